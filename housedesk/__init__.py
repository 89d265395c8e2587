"""housedesk: the registry of a community house (gemeenschapshuis)."""

# The one place the version is written (pyproject.toml reads it from here); a
# plain string, because asking importlib.metadata costs start-up time.
__version__ = "0.1.0"
