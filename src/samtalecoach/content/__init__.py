"""Content as data: YAML loading with file:line problems, banks, tree, guide, practice cases."""
