"""Text cells as both sides write them: a text is always a text cell, never a formula.

The contract (``Writing, both sides``) asks that every text value is written as
a text cell whatever it begins with (``=``, ``+``, ``-``, ``@``, a tab): names
of houses, rooms, activities and files, and messages too. openpyxl stores a
string beginning with ``=`` as a formula and one equal to an error code
(``#N/A``) as an error value; those are forced to text cells here. The house
export (``writer``) and the municipality's aggregate (``aggregate``) both write
their texts through ``text_cell``.
"""

from __future__ import annotations

from typing import Any

#: The longest text a cell can hold.
CELL_TEXT_MAX = 32_767


def without_illegal_characters(text: str) -> str:
    """``text`` without the control characters a workbook cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def clean_text(text: str) -> str:
    """``text`` without the control characters a workbook cannot hold, cut to a cell's size."""
    return without_illegal_characters(text)[:CELL_TEXT_MAX]


def text_cell(sheet: Any, text: str) -> Any:
    """A value for ``sheet.append`` that is read back as exactly ``text``, in a text cell.

    ``sheet`` is the sheet the row goes to (an ordinary or a write-only one): a
    forced text cell belongs to that sheet and to one row. Plain texts stay plain
    strings, which openpyxl writes as text cells already.
    """
    from openpyxl.cell.cell import ERROR_CODES

    if text.startswith("=") or text in ERROR_CODES:
        from openpyxl.cell import WriteOnlyCell

        # openpyxl would store these as a formula or an error value; force a text cell.
        cell = WriteOnlyCell(sheet, text)
        cell.data_type = "s"
        return cell
    return text
