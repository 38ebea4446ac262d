"""The command line: one thin module per command group (parse, call one use case, render)."""
