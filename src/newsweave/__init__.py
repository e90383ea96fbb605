"""newsweave: follow one news story across languages."""

__version__ = "0.1.0"
