"""The one text normalizer and the one byte decoder.

Every offset in the lake points into the text this module returns, so nothing
else may change article text after it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Unicode space characters that should read as a plain space. U+00A0 appears in
# the seed; the rest are common in copy-pasted web text.
_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
    ),
    " ",
)
# Invisible characters that carry no meaning in running text.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_LINE_SEPARATORS = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def normalize_text(text: str) -> str:
    """Return the canonical form of an article text.

    NFC composition, one kind of line break (``\\n``), one kind of space, no
    invisible characters, no trailing spaces on a line and no blank lines at
    the end. Idempotent: ``normalize_text(normalize_text(t)) == normalize_text(t)``.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_SEPARATORS.sub("\n", text)
    text = text.translate(_SPACES).translate(_INVISIBLE)
    text = text.replace("\t", " ")
    text = _TRAILING_SPACE.sub("", text)
    # Leading blank lines are kept so that line numbers match the raw file.
    return text.rstrip("\n ")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None


class DecodeError(ValueError):
    """The bytes are not text in any encoding newsledger accepts."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control characters other than tab and line breaks; text has almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_RATIO = 0.01


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes, strictly.

    Order: a byte-order mark decides; then UTF-8 (a character cut off at the very
    end is dropped, with a note); then cp1252, the usual
    encoding of Western news text not in UTF-8, with a note. Latin-1 is not a
    fallback because it decodes anything, binary included. Bytes with NULs or
    many control characters are binary and raise :class:`DecodeError`.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec, f"decoded as {codec} (byte-order mark)")
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"{codec} BOM but invalid bytes: {exc}") from exc
    if b"\x00" in data:
        raise DecodeError("binary", f"NUL byte at offset {data.index(0)}")
    try:
        return _checked(data.decode("utf-8"), "utf-8", None)
    except UnicodeDecodeError as utf8_error:
        # A file cut off inside its last character (a partial copy or download) is
        # UTF-8 all the same: cp1252 would garble every character, not just the last.
        if utf8_error.reason == "unexpected end of data" and utf8_error.end == len(data):
            cut = len(data) - utf8_error.start
            try:
                return _checked(
                    data[: utf8_error.start].decode("utf-8"),
                    "utf-8",
                    f"truncated UTF-8: the last {cut} byte(s), an incomplete character, dropped",
                )
            except UnicodeDecodeError:
                pass
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                "undecodable",
                f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor cp1252",
            ) from exc
        return _checked(
            text,
            "cp1252",
            f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}); decoded as cp1252",
        )


def _checked(text: str, encoding: str, note: str | None) -> Decoded:
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > MAX_CONTROL_RATIO:
        raise DecodeError("binary", f"{controls} control characters in {len(text)} ({encoding})")
    return Decoded(text=text, encoding=encoding, note=note)
