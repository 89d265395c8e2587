"""housedesk: the registry of a community house (gemeenschapshuis)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("housedesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
