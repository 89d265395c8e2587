"""Counting visitors: what is still to count, recording and listing counts."""
