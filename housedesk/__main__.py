"""Entry point: ``housedesk`` and ``python -m housedesk``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from housedesk.cli import base
from housedesk.cli import main as cli


def start_gui(args: argparse.Namespace) -> int:
    path = base.db_path(args)
    if getattr(args, "db", None) is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        base.check_path(path)  # before Qt loads: a bad path is one line and exit 2
    except base.CommandError as refused:
        # Someone who double-clicked has no terminal to read: say it in a window too.
        from housedesk.app import can_show_window, show_start_error

        if can_show_window():
            show_start_error(refused, args.lang)
        raise

    from housedesk.app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(path, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, start_gui)


if __name__ == "__main__":
    sys.exit(main())
