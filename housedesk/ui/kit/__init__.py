"""Shared UI pieces: table models, list screens, forms, messages, dates, charts.

Also background work with progress, and small widgets every screen uses.
"""
