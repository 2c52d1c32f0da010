import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.ids import article_id, entity_id, row_id
from newsledger.text import DecodeError, decode_bytes, normalize_text


def test_normalize_spaces_breaks_and_nfc():
    raw = "Cafe\u0301\u00a0bar \r\nnext\rline\u200b\n\n\n"
    assert normalize_text(raw) == "Caf\u00e9 bar\nnext\nline"


def test_normalize_keeps_leading_lines_for_line_numbers():
    assert normalize_text("\nA\nB").split("\n")[1] == "A"


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_decode_utf8_cp1252_utf16():
    assert decode_bytes("Türkiye".encode()).encoding == "utf-8"
    d = decode_bytes("Türkiye “quoted”".encode("cp1252"))
    assert d.text == "Türkiye “quoted”" and d.encoding == "cp1252" and "cp1252" in d.note
    assert decode_bytes("\ufeffKyiv".encode("utf-16")).text.lstrip("\ufeff") == "Kyiv"


def test_utf8_cut_inside_its_last_character_stays_utf8():
    d = decode_bytes("Baku “quoted” Şuş".encode()[:-1])
    assert d.text == "Baku “quoted” Şu" and d.encoding == "utf-8"
    assert d.note.startswith("truncated UTF-8: the last 1 byte(s)")
    # Not at the end: not truncation, so not UTF-8.
    assert decode_bytes("Zoë".encode()[:-1] + b" ok").encoding == "cp1252"


@pytest.mark.parametrize(
    "data,reason",
    [(b"\x00\x01\x02abc", "binary"), (b"abc\x81\x8d\x8f\x90\x9d\xff", "undecodable")],
)
def test_decode_rejects(data, reason):
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.reason == reason


def test_ids_are_deterministic():
    assert article_id("x") == article_id("x") != article_id("y")
    assert row_id("sec", "a", 1) == row_id("sec", "a", 1) != row_id("sec", "a", 2)
    assert entity_id("PERSON", "Hulusi  Akar") == "person:hulusi_akar"
    assert entity_id("PLACE", "Ağdərə") == "place:agdere"
    assert entity_id("COUNTRY", "aze") == "country:AZE"
