"""Bytes to text: detect the encoding, refuse what is not text, normalise.

Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32); a binary signature; UTF-8
(most files); an encoding the file declares (`<?xml encoding=...>`, `<meta charset=...>`);
then, for a file that is not UTF-8, one of the legacy single-byte code pages, chosen by
which decoding gives letters that belong together in one alphabet.

A file that is UTF-8 apart from a few invalid bytes (damage, or two encodings pasted
together) is refused with the byte offset rather than decoded as a legacy code page,
which would garble every non-ASCII letter in it.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata

from newsweave.ingest.binary import binary_kind
from newsweave.ingest.problem import Unreadable


class InvalidUtf8(Unreadable):
    """A file that is UTF-8 apart from invalid bytes (damaged, or mixing encodings)."""


# Longest byte-order marks first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Legacy code pages tried for a file that is not UTF-8, in order of preference on a tie.
LEGACY_ENCODINGS: tuple[str, ...] = ("cp1252", "iso-8859-2", "cp1250", "cp1251", "koi8-r")

# Letters beyond ASCII, lower case, of alphabets written in those code pages. A correct
# decoding gives letters of one alphabet; a wrong one gives a mixture, symbols or
# control characters. (Encoding-detection data: which language a text is in is decided
# later, by the language stage.)
_ALPHABETS: tuple[str, ...] = (
    "æøåé",  # Danish, Norwegian
    "åäöé",  # Swedish, Finnish
    "äöüß",  # German
    "àâæçéèêëîïôœùûüÿ",  # French
    "áéíñóúü",  # Spanish
    "àèéìíîòóùú",  # Italian
    "àáâãçéêíóôõú",  # Portuguese
    "éëïóöüè",  # Dutch
    "áðéíóúýþæö",  # Icelandic
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "čćđšž",  # Croatian, Slovenian
    "áéíóöőúüű",  # Hungarian
    "ăâîşţ",  # Romanian
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",  # Russian, Ukrainian, Belarusian, Bulgarian
)
# Typographic characters that any of the code pages may carry in a real text.
_PUNCTUATION = "«»“”„‘’‚–—…€°§©®™•·£\u00a0"
_ALPHABET_SETS: tuple[frozenset[str], ...] = tuple(
    frozenset(a + a.upper() + _PUNCTUATION) for a in _ALPHABETS
)

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Words, to find a lower-case letter followed by an upper-case one ("пРЕЗИДЕНТ"): what
# Cyrillic looks like in the wrong one of cp1251 / KOI8-R.
_WORD = re.compile(r"[^\W\d_]{2,}")
_LEGACY_SAMPLE = 65536

# Valid UTF-8 sequences beyond ASCII; a legacy-encoded file rarely contains one by chance.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTES = bytes(range(128, 256))

_DECLARED = re.compile(
    rb"""<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)"""
    rb"""|<meta[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
# What browsers (WHATWG) do: a page that says Latin-1 is decoded as its superset cp1252.
_DECLARED_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def decode(data: bytes) -> str:
    """The text of a file's bytes, NFC-normalised with `\\n` line endings.

    Raises `Unreadable` for data that is not text or is damaged UTF-8.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_text(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise Unreadable(
                    f"invalid {encoding.upper()} at byte {exc.start + len(bom)} "
                    "(the file starts with a byte-order mark for that encoding)",
                    _line_of(data, exc.start + len(bom)),
                ) from None
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return normalize_text(data.decode(utf16))
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: reported as binary below
    kind = binary_kind(data)
    if kind:
        raise Unreadable(f"binary file ({kind}), not text")
    try:
        return normalize_text(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = _declared_encoding(data)
    if declared:
        try:
            return normalize_text(data.decode(declared))
        except UnicodeDecodeError:
            pass  # the declaration is wrong; judge by the bytes
    if _looks_like_utf8(data):
        raise InvalidUtf8(
            f"invalid UTF-8 at byte {first_bad} (the file is UTF-8 elsewhere: it is damaged "
            "or mixes encodings; re-save it as UTF-8)",
            _line_of(data, first_bad),
        )
    return normalize_text(data.decode(guess_legacy_encoding(data), errors="replace"))


def normalize_text(text: str) -> str:
    """`\\r\\n` and `\\r` become `\\n`; Unicode NFC; a leading byte-order mark goes."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def guess_legacy_encoding(data: bytes) -> str:
    """The legacy code page (of `LEGACY_ENCODINGS`) under which `data` reads best."""
    sample = data[:_LEGACY_SAMPLE]
    best, best_score = "latin-1", float("-inf")  # latin-1 decodes anything
    for encoding in LEGACY_ENCODINGS:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue  # a byte this code page does not define
        score = _plausibility(text)
        if score > best_score:
            best, best_score = encoding, score
    return best


def _plausibility(text: str) -> float:
    """How much the non-ASCII characters of `text` look like one real alphabet (max 1)."""
    chars = _NON_ASCII.findall(text)
    if not chars:
        return 0.0
    in_alphabet = max(sum(c in alphabet for c in chars) for alphabet in _ALPHABET_SETS)
    flips = sum(
        a.islower() and b.isupper()
        for word in _WORD.findall(text)
        if not word.isascii()
        for a, b in itertools.pairwise(word)
    )
    return (in_alphabet - flips) / len(chars)


def _looks_like_utf8(data: bytes) -> bool:
    """Whether data that failed to decode as UTF-8 is nevertheless mostly UTF-8."""
    valid = _UTF8_MULTIBYTE.findall(data)
    if not valid:
        return False
    valid_bytes = sum(len(seq) for seq in valid)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    invalid = high - valid_bytes
    return len(valid) * 10 >= invalid


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for UTF-16 without a byte-order mark, judged by where the
    NUL bytes of ASCII characters fall; None otherwise."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.5 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.5 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:2048])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec == "utf-8":
        return None  # already tried
    return _DECLARED_ALIASES.get(codec, codec)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
