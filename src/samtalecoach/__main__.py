"""``python -m samtalecoach``."""

from samtalecoach.cli.app import main

main()
