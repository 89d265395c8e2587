"""A realistic demo house, built deterministically."""
