"""NEO Desktop: case management for partnerships that get young people into work or education."""

__version__ = "0.1.0"
