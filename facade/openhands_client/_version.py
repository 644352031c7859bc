"""The package's version: the one source the wheel's metadata and ``__version__`` read."""

__version__ = "0.1.0"
