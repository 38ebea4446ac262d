"""``python -m samtalecoach``."""

from .cli import main

main()
