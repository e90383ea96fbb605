"""Recognise files that are not text at all, and say what they look like."""

from __future__ import annotations

# Leading bytes of common non-text formats that end up among news files (or renamed to
# .txt), with what to call them in a message.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, or a document packed as ZIP such as .docx or .epub"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"\x1f\x8b", "gzip-compressed file"),
    (b"BZh", "bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "xz-compressed file"),
    (b"(\xb5/\xfd", "zstd-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable program"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg audio or video"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
)

# Bytes below 0x20 that text uses: tab, line feed, vertical tab, form feed, carriage
# return, escape.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_OTHER_CONTROLS = bytes(b for b in range(1, 32) if b not in _TEXT_CONTROLS)
_SAMPLE = 8192


def binary_kind(data: bytes) -> str | None:
    """What a non-text file looks like ("PNG image", ...), or None when it may be text.

    Call it on data without a Unicode byte-order mark (UTF-16 text is full of NUL bytes).
    """
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime video or audio"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[data[8:12]]
    if b"\x00" in data:
        return "contains NUL bytes"
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _OTHER_CONTROLS))
    if sample and controls / len(sample) > 0.05:
        return "many control characters"
    return None
