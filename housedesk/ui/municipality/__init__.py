"""Gemeente, the municipality's screen: its widget (``screen``), tables (``models``), texts
shared with its PDF report (``texts``), and the report (``report``)."""
