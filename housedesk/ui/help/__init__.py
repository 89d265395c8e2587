"""The guide inside the app: short Dutch pages, one per screen, shipped with the package.

The pages are plain HTML files beside this module (``<page>.html``), so they
are read offline, from the wheel or a bundled app alike; ``browser`` shows
them. ``index`` is the table of contents, ``settings`` covers the menus
(language, large text, backups), ``shortcuts`` lists the keys. A screen's page
is named after its key in ``housedesk.ui.shell.screens``.
"""

from __future__ import annotations

from pathlib import Path

PAGES_DIR = Path(__file__).resolve().parent

#: The pages that are not about one screen.
GENERAL_PAGES = ("index", "settings", "shortcuts")


def page_path(page: str) -> Path:
    """The file of the guide's ``page``."""
    return PAGES_DIR / f"{page}.html"


def pages() -> list[str]:
    """Every page of the guide."""
    return sorted(path.stem for path in PAGES_DIR.glob("*.html"))
