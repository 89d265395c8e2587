"""Draw housedesk's icon once: packaging/housedesk.png (256 px) and packaging/housedesk.ico.

    .venv/bin/python packaging/make_icon.py

Both files are committed; run this again only to change the drawing. The .ico holds
every size Windows asks for (16 to 256 px), each as a PNG, as Windows Vista and later read
them; Qt's own .ico writer stores one size only.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = QColor("#2f5f8a")  # the charts' blue, darker, so white stands out on it
WHITE = QColor("#ffffff")
ROOF = QColor("#f2b33d")


def draw(size: int) -> QImage:
    """A white house with a yellow roof and a door on a rounded blue square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)  # drawn on a 64 x 64 grid
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawRoundedRect(QRectF(1, 1, 62, 62), 12, 12)
    painter.setBrush(WHITE)
    painter.drawRect(QRectF(16, 30, 32, 24))  # the walls
    roof = QPainterPath(QPointF(9, 32))
    roof.lineTo(32, 11)
    roof.lineTo(55, 32)
    roof.closeSubpath()
    painter.setBrush(ROOF)
    painter.setPen(QPen(ROOF, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(roof)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawRoundedRect(QRectF(28, 40, 9, 14), 1.5, 1.5)  # the door
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An .ico file: the ICONDIR header, one entry per size, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(images)


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    pngs = [png_bytes(draw(size)) for size in SIZES]
    (HERE / "housedesk.ico").write_bytes(ico_bytes(pngs, SIZES))
    (HERE / "housedesk.png").write_bytes(pngs[-1])
    del app


if __name__ == "__main__":
    main()
