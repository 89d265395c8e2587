"""Opening the database when the window starts: lock, check, back up, open, with Dutch messages.

The core does the work (``housedesk.db.startup.start_session``); this module
tells the person what happened when it cannot: housedesk is already open on
another computer (named, with the time), or the database is damaged (then the
newest good backup is offered and restored on request).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from housedesk.common.paths import is_read_only
from housedesk.db import OpenError
from housedesk.db.lock import LockedError, LockError
from housedesk.db.restore import RestoreError
from housedesk.db.startup import DamagedError, OpenSession, restore, start_session
from housedesk.ui.kit.date_text import qdatetime
from housedesk.ui.kit.i18n import file_error_text
from housedesk.ui.kit.messages import Messages

log = logging.getLogger("housedesk.startup")

#: Exit statuses of the window process when it cannot start.
EXIT_IN_USE = 3
EXIT_DAMAGED = 4
EXIT_CANNOT_OPEN = 2


def open_session(db_path: Path) -> tuple[OpenSession | None, int]:
    """The open session, or ``None`` with the exit status after telling the person why."""
    while True:
        try:
            return start_session(db_path, daily_backup=False), 0
        except LockedError as locked:
            log.warning("refused: %s", locked.describe())
            Messages.error(
                None,
                QCoreApplication.translate("Startup", "housedesk is already open"),
                in_use_text(locked),
            )
            return None, EXIT_IN_USE
        except LockError as error:
            log.error("cannot lock: %s", error.describe())
            Messages.error(
                None,
                QCoreApplication.translate("Startup", "housedesk cannot start"),
                file_error_text(error)
                if error.reason == LockError.NOT_PLAIN
                else QCoreApplication.translate(
                    "Startup",
                    "The folder of the database is read-only (alleen-lezen), for example a "
                    "CD or a protected stick:\n%1\n\nhousedesk needs to write in it. Copy "
                    "the database to a folder on this computer and open it there.",
                ).replace("%1", str(db_path.parent))
                if is_read_only(db_path)
                else QCoreApplication.translate(
                    "Startup",
                    "housedesk cannot write in the folder of its database:\n%1\n\n"
                    "Check that the folder exists and that you may write in it.",
                ).replace("%1", str(db_path.parent)),
            )
            return None, EXIT_CANNOT_OPEN
        except OpenError as error:
            log.error("cannot open: %s", error.describe())
            Messages.error(
                None,
                QCoreApplication.translate("Startup", "housedesk cannot start"),
                file_error_text(error),
            )
            return None, EXIT_CANNOT_OPEN
        except DamagedError as damaged:
            log.error("damaged: %s", damaged.describe())
            if not offer_restore(damaged, db_path):
                return None, EXIT_DAMAGED


def in_use_text(locked: LockedError) -> str:
    where = locked.hostname or QCoreApplication.translate("Startup", "another computer")
    if locked.started is None:
        return QCoreApplication.translate(
            "Startup",
            "housedesk is already open on computer %1. Only one housedesk at a time can work "
            "with the same data, so that nothing gets lost.\n\nClose housedesk there first.",
        ).replace("%1", where)
    since = locked.started.astimezone()
    return (
        QCoreApplication.translate(
            "Startup",
            "housedesk is already open on computer %1, since %2. Only one housedesk at a time "
            "can work with the same data, so that nothing gets lost.\n\nClose housedesk there "
            "first. If that computer was switched off or crashed, wait a moment and try again.",
        )
        .replace("%1", where)
        .replace("%2", QLocale().toString(qdatetime(since.replace(tzinfo=None)), "d MMMM HH:mm"))
    )


def offer_restore(damaged: DamagedError, db_path: Path) -> bool:
    """Explain the damage and restore the newest good backup if the person agrees."""
    if damaged.newest_good is None:
        Messages.error(
            None,
            QCoreApplication.translate("Startup", "The database is damaged"),
            QCoreApplication.translate(
                "Startup",
                "The database of housedesk is damaged and there is no good backup in the "
                "backups folder next to it:\n%1\n\nhousedesk does not open a damaged database, "
                "to keep it from getting worse. If you have a backup elsewhere (a USB stick), "
                "restore it with: housedesk restore FILE",
            ).replace("%1", str(db_path)),
        )
        return False
    question = QCoreApplication.translate(
        "Startup",
        "The database of housedesk is damaged:\n%1\n\nhousedesk does not open a damaged "
        "database, to keep it from getting worse. The newest good backup is:\n%2\n\n"
        "Put that backup back? The damaged database is kept beside it, so nothing is thrown "
        "away; what was entered after the backup has to be entered again.",
    )
    text = question.replace("%1", str(db_path)).replace("%2", damaged.newest_good.name)
    if not Messages.confirm(
        None,
        QCoreApplication.translate("Startup", "The database is damaged"),
        text,
        QCoreApplication.translate("Startup", "Restore backup"),
    ):
        return False
    try:
        restore(damaged.newest_good, db_path)
    except (RestoreError, LockError) as error:
        log.error("restore at start failed: %s", error.describe())
        Messages.error(
            None,
            QCoreApplication.translate("Startup", "The backup could not be restored"),
            file_error_text(error),
        )
        return False
    log.warning("restored %s after damage", damaged.newest_good)
    return True
