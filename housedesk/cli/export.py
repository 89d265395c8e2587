"""``housedesk export``: the exchange workbook of a period, for the municipality.

``--remarks TEXT`` or ``--remarks-file FILE`` (UTF-8 text) gives the board's
remarks for the Toelichting sheet. They are kept with the period's approval,
as the Export screen's "Save" does, so the screen and the next export show
the same: an approved period's remarks can only be given again unchanged
(reopen it first), and remarks with personal data, or any other free text of
the export with it, are refused before anything is kept or written. Without
either option the export holds the remarks kept before.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from housedesk.cli.base import CommandError, checked_output, db_path, open_or_fail, parse_period
from housedesk.common.periods import Period
from housedesk.common.personal import refuse_personal_data
from housedesk.common.problems import ValidationError
from housedesk.core import installation
from housedesk.core.board import approval
from housedesk.db import Database
from housedesk.exchange import format as fmt
from housedesk.exchange import outgoing
from housedesk.exchange.writer import export_period

#: A remarks file longer than this is not a board's remarks (and is not read whole).
REMARKS_FILE_MAX_BYTES = 64 * 1024


def read_remarks(args: argparse.Namespace) -> str | None:
    """The remarks given with ``--remarks`` or read from ``--remarks-file``; ``None``: neither."""
    if args.remarks is not None:
        text: str = args.remarks
        return text
    path: Path | None = args.remarks_file
    if path is None:
        return None
    try:
        with path.open("rb") as stream:
            data = stream.read(REMARKS_FILE_MAX_BYTES + 1)
    except OSError as exc:
        raise CommandError(f"cannot read the remarks file {path}: {exc.strerror or exc}") from None
    if len(data) > REMARKS_FILE_MAX_BYTES:
        raise CommandError(
            f"the remarks file {path} is too long: remarks hold at most "
            f"{approval.REMARKS_MAX} characters"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(
            f"the remarks file {path} is not UTF-8 text; save it as UTF-8 and try again"
        ) from None


def keep_remarks(db: Database, period: Period, remarks: str) -> None:
    """Keep ``remarks`` with ``period``'s approval, after checking everything that will leave.

    Raises ``ValidationError`` (nothing kept) when they are too long, when the
    period is approved with other remarks, or when they or any other text of
    the export hold personal data.
    """
    problems = approval.remarks_problems(remarks, leaving=False)
    if problems:
        raise ValidationError(problems)
    tidy = approval.tidy_remarks(remarks)
    with db.reading() as session:
        kept = approval.approval_state(session, period).remarks
        texts = outgoing.read_leaving_texts(session, period, remarks=tidy or "")
    refuse_personal_data(outgoing.outgoing(texts))
    if tidy != kept:
        approval.save_approval_draft(db, period, remarks=tidy)


def run(args: argparse.Namespace) -> int:
    """``housedesk export --period 2026-Q3 [--db PATH] [-o FILE_OR_DIR] [--remarks TEXT]``.

    Prints the file's path.
    """
    period = parse_period(args.period)
    remarks = read_remarks(args)
    path = db_path(args)
    if not path.is_file():
        raise CommandError(f"{path} does not exist")
    db = open_or_fail(path)
    try:
        target = Path(args.output or Path.cwd())
        installed = installation.load(db)
        if not target.suffix and not target.exists():  # meant as a folder
            raise CommandError(f"the folder {target} does not exist")
        if installed is not None and installed.house is not None:
            if target.is_dir():
                target = target / fmt.suggested_file_name(installed.house.code, str(period))
            target = checked_output(target, ".xlsx", args, database=path)
            if remarks is not None:
                keep_remarks(db, period, remarks)
        result = export_period(db, period, target)
    except ValidationError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.close()
    print(result.path)
    return 0
