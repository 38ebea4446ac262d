"""The baseline for the start-up benchmark: a minimal Typer app printing one line with Rich."""

import typer
from rich.console import Console

app = typer.Typer(add_completion=False)


@app.command()
def hello() -> None:
    """Print one line."""
    Console().print("hej")


if __name__ == "__main__":
    app()
