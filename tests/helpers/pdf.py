"""Reading a PDF the app wrote as text, page by page, as a reader of it would see it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pdf_pages(path: Path) -> list[str]:
    """The text of every page of the PDF at ``path``, runs of white space made one space."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """The text of the whole PDF at ``path``, pages one after the other."""
    return "\n".join(pdf_pages(path))
