"""The agenda: sessions and series, their recurrence, calendar files."""
