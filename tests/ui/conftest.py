"""Fixtures for the UI tests: the app object with its translators, removed afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from housedesk.db import Database
from housedesk.db.startup import OpenSession
from housedesk.ui.kit import i18n
from housedesk.ui.kit.messages import Messages
from housedesk.ui.shell.application import HousedeskApp
from housedesk.ui.shell.settings import Settings

#: Milliseconds the work a test put in Qt's global thread pool gets to end after it.
POOL_GRACE_MS = 5_000


@pytest.fixture(autouse=True)
def no_pool_work_left_behind() -> Iterator[None]:
    """Fail a test that leaves work running in Qt's global thread pool (after a grace period)."""
    yield
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(POOL_GRACE_MS):
        pytest.fail(
            f"the test left {pool.activeThreadCount()} task(s) running in the global "
            f"QThreadPool after {POOL_GRACE_MS} ms",
            pytrace=False,
        )


@pytest.fixture
def make_app(qapp: QApplication) -> Iterator:
    """Build a ``HousedeskApp`` on a database; its windows and translators are cleaned up."""
    made: list[HousedeskApp] = []

    def make(
        db: Database, language: str | None = None, *, session: OpenSession | None = None
    ) -> HousedeskApp:
        app = HousedeskApp(qapp, db, Settings(), language, session=session)
        made.append(app)
        return app

    yield make
    for app in reversed(made):
        app.wait_for_background_work()  # the warm-up, and what its windows started
        app.restore_normal_font()
        if app.window is not None:
            app.window.close()
            app.window.deleteLater()
        i18n.uninstall(qapp, app.translators)
    i18n.install(qapp, "en")  # back to the source language for the next test


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The interface in Dutch for the test, in the source language again afterwards."""
    translators = i18n.install(qapp, "nl")
    yield
    i18n.uninstall(qapp, translators)
    i18n.install(qapp, "en")


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box shown, as (kind, text); confirmations are answered yes."""
    shown: list[tuple[str, str]] = []
    for kind in ("error", "warning", "information"):
        monkeypatch.setattr(
            Messages,
            kind,
            classmethod(lambda cls, parent, title, text, kind=kind: shown.append((kind, text))),
        )
    monkeypatch.setattr(
        Messages,
        "confirm",
        classmethod(
            lambda cls, parent, title, text, action: shown.append(("confirm", text)) or True
        ),
    )
    return shown
