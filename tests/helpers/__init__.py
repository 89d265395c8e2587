"""Builders and helpers shared by the tests, one module to a concern.

- ``register``: users, activities and rooms made through the core, as a volunteer makes them.
- ``rows``: rows written straight into the tables (set codes, old rooms, held sessions).
- ``databases``: whole database files on disk, demo houses, and damage to a file.
- ``files``: exchange workbooks, valid and broken.
- ``processes``: the command line run as a process, and a process holding a database's lock.
- ``queries``: the SQL statements a block of code sends.
- ``screens``: a screen or dialog shown for a test.
- ``logfail``: the check that fails a test on an ERROR in the log it did not expect.
- ``windows``: Windows' rules on open files and its lock, simulated; and the ``needs_*``
  markers that skip a test where the system lacks what it needs (most of them on Windows).
"""
