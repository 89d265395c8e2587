"""Building blocks that know nothing of the rest of housedesk.

Codes, problems, times and the house's local date, periods, paths, the log.
"""
