"""Render the application icon's PNGs and the multi-size Windows ``neo.ico`` from the SVGs beside this file.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/build_icons.py

16 and 24 px come from ``neo-small.svg`` (a bold N that stays readable), the rest from ``neo.svg``.
Qt's ICO writer writes one image per file, so each size up to 128 px is written by Qt (as a 32-bit bitmap
with its mask) and the entries are then joined into one file; 256 px goes in as PNG, as Windows expects.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL = (16, 24)


def render(size: int) -> QImage:
    """The icon at ``size`` × ``size`` pixels."""
    source = HERE / ("neo-small.svg" if size in SMALL else "neo.svg")
    renderer = QSvgRenderer(str(source))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def encode(image: QImage, fmt: str) -> bytes:
    """``image`` in ``fmt`` ("png" or "ico"), written by Qt."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise RuntimeError(f"Qt could not write {fmt}")
    buffer.close()
    return bytes(data.data())


def ico_entry(image: QImage) -> bytes:
    """The one image of a single-image ICO written by Qt (its bitmap data, without the file's headers)."""
    single = encode(image, "ico")
    _reserved, _kind, count = struct.unpack_from("<HHH", single, 0)
    assert count == 1, "Qt wrote more than one image"
    size, offset = struct.unpack_from("<II", single, 6 + 8)
    return single[offset:offset + size]


def build_ico(images: dict[int, QImage]) -> bytes:
    """A multi-size ICO: bitmaps (by Qt's ICO writer) up to 128 px, PNG at 256 px."""
    payloads = [(size, encode(images[size], "png") if size >= 256 else ico_entry(images[size]))
                for size in sorted(images)]
    header = struct.pack("<HHH", 0, 1, len(payloads))
    offset = len(header) + 16 * len(payloads)
    entries, blobs = b"", b""
    for size, payload in payloads:
        dimension = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(payload), offset)
        blobs += payload
        offset += len(payload)
    return header + entries + blobs


def main() -> int:
    """Write ``neo-<size>.png`` and ``neo.ico``."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    images = {size: render(size) for size in SIZES}
    for size, image in images.items():
        (HERE / f"neo-{size}.png").write_bytes(encode(image, "png"))
    (HERE / "neo.ico").write_bytes(build_ico(images))
    print(f"wrote {len(images)} PNGs and neo.ico into {HERE}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
