"""The date and time the screens go by: one place, so that a test can move the clock.

Screens take ``today`` as a callable that defaults to ``clock.today``; the main
window's day watcher asks ``clock.today`` too. Tests replace ``clock.source``
(a function returning the current ``datetime``) to cross midnight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

#: Where the current time comes from; replaced by tests.
source: Callable[[], dt.datetime] = dt.datetime.now


def now() -> dt.datetime:
    return source()


def today() -> dt.date:
    return source().date()
