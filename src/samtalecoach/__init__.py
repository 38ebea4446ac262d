"""samtale: a command-line conversation coach for Danish social work."""

__version__ = "0.1.0"
