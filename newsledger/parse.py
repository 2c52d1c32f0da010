"""Article head parsing (headline, byline, date, source) and body paragraphs.

Input is text already passed through :func:`newsledger.text.normalize_text`;
every offset returned here points into that text.

The head is read line by line from the top, by shape rather than wording:

* metadata lines: ``Source: <url>``, ``License:``/copyright lines, a date alone
  on a line (weekday and clock time allowed), ``By X`` bylines, ``Name | date``
  and ``Name Genre date`` bylines, ``Updated``/``Published``/``Posted`` lines, a
  genre word alone (``ANALYSIS``);
* the headline: the first non-metadata line if it is short (< 25 words), does
  not end with a period, and is followed by a blank line, a metadata line, the
  end of the text, or a body line much longer than itself;
* a repeat of the headline (case- and whitespace-insensitive), and the body's
  first paragraph when it repeats it (one further down stays body text);
* a two-line byline: a bare name with a date alone on the next line; names alone
  on their line below the head's date ("Jane Doe, John Roe");
* an outlet's masthead ("DAILY BEACON | News | World News", a date in it, even
  "27 de Novembro de 2026", dating the article) and a desk's label in capitals
  over the byline ("NATION");
* a standfirst directly followed by byline/date lines ("Jane Doe in Kyiv" over
  its date counts): those lines are read as head, but the standfirst opens the
  body and the byline stays a paragraph of its own (:func:`is_byline`), which
  the sections make a note on the page. A standfirst without such lines is body.

The first other line starts the body. Metadata paragraphs at the very end
(a ``Source:`` footer) are dropped from the body but still read; a copyright
line and a closing credit ("Additional reporting by X in Accra") stay body, and
without a byline the credit's reporters, else its writer, are the author.

``published_date`` comes from a date line, a dated byline or a
``Published``/``Posted`` stamp; an ``Updated`` stamp is not the publication
date. A wire dateline opening the first body paragraph
(``BAKU, Sept. 28 (Reuters) - ...``) gives ``dateline`` and, when no head date
exists, the published date if the year is known: from the dateline itself, the
``Updated`` stamp, or a ``/2020/`` segment of the source URL. The dateline
paragraph stays body text.

Paragraphs are blank-line separated; see :func:`_block_groups` for when a
single line break also separates paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "MONTH_DATE_RE",
    "ArticleHead",
    "NoBodyError",
    "Paragraph",
    "ParsedArticle",
    "find_date",
    "parse_article",
    "parse_date",
    "split_paragraphs",
]


@dataclass(frozen=True)
class Paragraph:
    char_start: int  # offsets into the normalized text; text[char_start:char_end] == self.text
    char_end: int
    line: int  # 1-based line of the first line
    line_end: int  # 1-based line of the last line
    text: str


@dataclass(frozen=True)
class ArticleHead:
    headline: str | None
    author: str | None
    genre: str | None
    published_date: dt.date | None
    dateline: str | None
    source_url: str | None
    body_start: int


@dataclass(frozen=True)
class ParsedArticle:
    head: ArticleHead
    paragraphs: tuple[Paragraph, ...]


class NoBodyError(ValueError):
    """The text has a head (headline, metadata) but no body text."""


# --------------------------------------------------------------------------- data

# Words a byline uses to label the kind of piece ("Orkhan Jalilov Feature ...").
GENRES = (
    "Analysis",
    "Column",
    "Comment",
    "Commentary",
    "Editorial",
    "Explainer",
    "Feature",
    "Interview",
    "Investigation",
    "News analysis",
    "News",
    "Obituary",
    "Opinion",
    "Report",
    "Review",
)
_GENRE_BY_KEY = {g.casefold(): g for g in GENRES}
_GENRE_RE = "|".join(GENRES)

HEADLINE_MAX_WORDS = 25
# The text's first line, alone above a blank or metadata line, is the headline up to
# this many words: "Statement of the Ministry of Defence of Turkmenistan on the
# situation on the Turkmen-Uzbek state border; President of Turkmenistan holds ...".
FIRST_HEADLINE_MAX_WORDS = 45
# Real headlines stay far below this; a longer first line is body text (and the
# articles suite holds headlines to 400 characters).
HEADLINE_MAX_CHARS = 250
# A one-line headline or sub-heading sitting directly above a body line (no blank
# line between) must be shorter than this share of that line: wrapped prose has
# lines of similar width, so this keeps hard-wrapped paragraphs whole.
SHORT_LINE_RATIO = 0.5
# A line this short above its text in the same block is a title of its own.
TITLE_MAX_WORDS = 5
STANDFIRST_MAX_WORDS = 60

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Portuguese and Spanish month names, read only in a full "27 de Novembro de 2026" (a
# regional outlet's date line): alone, "Julio" or "Agosto" may be a name.
_ROMANCE_MONTHS = {
    name: k + 1
    for names in (
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    )
    for k, name in enumerate(names.split())
} | {"setiembre": 9, "marco": 3}
_ROMANCE_MONTH = "(?:" + "|".join(sorted(_ROMANCE_MONTHS, key=len, reverse=True)) + ")"
# Longest names first so that "Sept" wins over "Sep" and "March" over "Mar".
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
_DATE_BODY = (
    rf"(?:(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?(?:\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:(?:,\s*|\s+)(?P<y2>{_YEAR}))?"
    # "2024-03-09", and an ISO 8601 stamp's date ("2024-03-09T17:42:00Z").
    rf"|(?P<y3>{_YEAR})-(?P<m3>[01]?\d)-(?P<d3>[0-3]?\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    # "11/07/2024", "11.07.2024", "11-07-2024": day first, as most of the world writes it.
    rf"|(?P<d4>[0-3]?\d)(?P<sep>[/.-])(?P<m4>[0-3]?\d)(?P=sep)(?P<y4>{_YEAR})"
    # "27 de Novembro de 2026", "3 de marzo del 2027"
    rf"|(?P<d5>{_DAY})\s+de\s+(?P<m5>{_ROMANCE_MONTH})\s+del?\s+(?P<y5>{_YEAR})"
    # A wire's slug date, "01-DEC-26": the month by name makes two year digits safe.
    rf"|(?P<d6>[0-3]?\d)-(?P<m6>{_MONTH})-(?P<y6>{_YEAR}|\d\d))"
)
_DATE_RE = re.compile(rf"(?<![\w-])(?:{_WEEKDAY},?\s+)?{_DATE_BODY}(?![\w-])", re.IGNORECASE)
_DATE_WORD_RE = re.compile(rf"(?:{_MONTH}|{_WEEKDAY})", re.IGNORECASE)


def month_number(word: str) -> int | None:
    """1-12 for an English month's name or its short form ("Jan.", "Sept"), else None."""
    return _MONTHS.get(word.rstrip(".").casefold())


def is_date_word(word: str) -> bool:
    """A month or weekday name, full or abbreviated ("Sept.", "Tues")."""
    return _DATE_WORD_RE.fullmatch(word) is not None


# The start of a written date ("June 5", "16 January"), as a pattern to build others on.
MONTH_DATE_RE = rf"(?i:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})\b"
# Clock time and zone after a date: "10:32 GMT", "| 14:05", "at 9.15 a.m. EDT".
_TIME = (
    # "13.00-14.00 GMT": the hour of a live session
    r"(?:\s*[|,·•–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?"
    r"(?:\s*[ap]\.?m\.?)?"
    # "14:32 GMT", "14:32 (GMT+3)", "14:32, UK"
    r"(?:\s*,?\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?"
    # "20:35 Baghdad time", "10:15 local time"
    r"(?:\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s+time)?)?"
)
# Clock time before a date: "09:45 AM | 3 Feb, 2019", "14:05 - March 3, 2022".
_LEAD_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?\s*[|,·•/–—-]?\s*)?"
# A remark in brackets after a date line: "2017-11-01 (from the stored page)".
_REMARK = r"(?:\s*[(\[][^()\[\]\n]{0,160}[)\]])?"
_DATE_LINE_RE = re.compile(
    rf"^\s*{_LEAD_TIME}(?:{_WEEKDAY},?\s+)?{_DATE_BODY}{_TIME}\s*\.?{_REMARK}\s*$", re.IGNORECASE
)
_TRAILING_DATE_RE = re.compile(
    rf"(?<![\w-])(?:{_WEEKDAY},?\s+)?{_DATE_BODY}{_TIME}\s*\.?\s*$",
    re.IGNORECASE,
)

# "Nordwire / June 5, 2019", "Daily Star - 3 Feb 2019": an outlet or name, then a
# full date. Not a byline (an outlet is no author), but the date is the article's.
# "Goma / Nairobi, 10 February 2026": a release's places, then its date.
_OUTLET = r"[A-Z][\w'’&.]*(?:(?:\s+|\s*/\s*)[A-Z][\w'’&.]*){0,4}"
_OUTLET_DATE_RE = re.compile(
    rf"^{_OUTLET}(?:\s*[/|·•–—-]|,)\s*(?:{_WEEKDAY},?\s+)?{_DATE_BODY}{_TIME}\s*\.?$",
    re.IGNORECASE,
)
# A paragraph's label in a round-up: "Germany: Foreign Minister ... urged ...", or
# "Algeria – Foreign Minister ..." with a dash.
LABEL_RE = re.compile(
    r"^(?P<who>[A-Z][\w.'’ -]{1,40}?):\s|^(?P<dashed>[A-Z][\w.'’ ]{1,40}?) [–—-] "
)


def label_end(text: str) -> int | None:
    """Where the label a paragraph opens with ends (:data:`LABEL_RE`); a dashed one in
    capitals is a dateline ("BAMAKO – "), no label."""
    m = LABEL_RE.match(text)
    if m is None:
        return None
    if m.group("who") is not None:
        return m.end("who")
    return None if m.group("dashed").isupper() else m.end("dashed")


# A press release's label: "PRESS RELEASE - FOR IMMEDIATE RELEASE".
_RELEASE_LABEL_RE = re.compile(
    r"^(?:(?:press|news|media) release|for immediate release|embargoed[^.]{0,40})"
    r"(?:\s*[-–—:|]\s*(?:for immediate release|embargoed[^.]{0,40}))?\s*$",
    re.IGNORECASE,
)
# "June 5, 2019 | Nordwire": the same, date first.
_DATE_OUTLET_RE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?{_DATE_BODY}{_TIME}\s*[/|·•–—-]\s*{_OUTLET}\s*\.?$", re.IGNORECASE
)
# A wire dateline alone on its line: "PORT VESNA, Marland, Mar. 4", "BAKU, Sept. 28, 2020",
# with its agency after the date: "KARSK, 12 March 2019 / Norstat /", "BAKU, Oct. 2 (APA) -".
_DATELINE_AGENCY = r"(?:\s*\([A-Za-z][\w .&/'-]{0,30}\)|\s*[/|]\s*[A-Z][\w .&'-]{0,30}?\s*[/|]?)?"
_DATELINE_LINE_RE = re.compile(
    rf"^(?-i:(?P<place>[A-Z][A-Z'’.\-]*(?:[ /][A-Z][A-Z'’.\-]*)*)(?:,\s*(?P<country>[A-Z][\w .'’-]{{1,30}}?))?),"
    rf"\s*(?P<date>(?:{_WEEKDAY},?\s+)?{_DATE_BODY}){_DATELINE_AGENCY}\s*(?:[-–—]\s*)?$",
    re.IGNORECASE,
)
# A paper's place and date of issue, the place in title case: "Paramaribo, Thursday, 3
# December 2026 | Year 41 | No. 12.087".
_ISSUE_PLACE_LINE_RE = re.compile(
    rf"^(?-i:(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}})),\s*(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_DATE_BODY})(?=\s*(?:$|[|·•/–—-]))",
    re.IGNORECASE,
)
# A masthead's cells giving the paper's seat before the date of issue: "SOUTH CAUCASUS
# STANDARD | Tbilisi | Thursday, October 29, 2026".
_MASTHEAD_PLACE_RE = re.compile(
    rf"\|\s*(?-i:(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}}))\s*\|\s*"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_DATE_BODY})(?=\s*(?:$|[|·•/–—-]))",
    re.IGNORECASE,
)
# Photo captions and credits that may carry the article's date: "Photo: ...",
# "[Photo: ...]", "... © Agency", "File photo ...".
_CAPTION_RE = re.compile(r"^\[?\(?(?:photo|file photo|picture|image)\b|©|\bcredit:", re.IGNORECASE)
_COPYRIGHT_YEAR_RE = re.compile(r"(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)\b", re.IGNORECASE)
# "Thursday 16 April 2026, updated 19:20 BST", "November 24, 2026 10:12 PM GMT Updated 35
# mins ago".
_DATE_THEN_UPDATED_RE = re.compile(
    r"^(?P<date>.+?)(?:\s*[,;|·•–—-]\s*|\s+)(?P<updated>(?:last\s+)?updated\b.*)$", re.IGNORECASE
)
_SOURCE_RE = re.compile(r"^source\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_URL_RE = re.compile(r"https?://\S+")
_LICENSE_RE = re.compile(
    r"^(?:licen[cs]e[ds]?\b|copyright\b|©|\(c\)\s|all rights reserved)", re.IGNORECASE
)
# The mark closing a release or a text printed in full: "ENDS", "– ENDS –", "###", "-30-".
END_MARK_RE = re.compile(
    r"^\s*(?:[-–—]+\s*)?(?:ENDS?|###)(?:\s*[-–—]+)?\s*$|^\s*[-–—]+\s*30\s*[-–—]+\s*$"
)
_STAMP_RE = re.compile(
    r"^(?P<kind>last updated|updated|first published|published|posted|modified|issued|"
    r"first broadcast|first aired|broadcast|aired|"
    r"(?:figures\s+)?as of|date(?=\s*:)|"
    r"live(?: updates?| blog| coverage| report(?:ing)?)?)\b\s*(?:on|at)?\s*[:,]?\s*",
    re.IGNORECASE,
)
# One word of a person's name: capitalised ("O'Neil", "Jean-Luc", "J."), all caps,
# a lower-case particle, or an Arabic article prefix ("al-Assad").
# Capitals of the Latin alphabets ("Łukasz", "Ömer", "Ángel"), which ``[A-Z]`` misses.
UPPER_LETTER = "[" + "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper()) + "]"
# Lower-case particles inside a name ("Julián Ortiz de Zárate", "Jan van der Berg").
_PARTICLES = frozenset(
    {"de", "da", "das", "di", "do", "dos", "du", "del", "der", "den", "van", "von", "bin",
     "ibn", "la", "le", "y"}
)  # fmt: skip
_NAME_WORD = (
    rf"(?:{UPPER_LETTER}[\w'’.\-]*|(?:al|el|ad|as)-{UPPER_LETTER}[\w'’\-]*"
    rf"|{'|'.join(sorted(_PARTICLES))})"
)
_NAME_RE = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}$")
_BY_RE = re.compile(
    rf"^(?:(?P<genre>{_GENRE_RE})\s+)?"
    # "Live reporting by ...", "Reporting by ...", "Words by ..."
    r"(?:(?:live\s+|additional\s+)?(?:reporting|reported|written|compiled|words|coverage|"
    r"moderated|hosted|presented)\s+)?"
    # "From Aminu Bello Kaura, Gusau": a regional outlet's byline; "Reported By: Jane Doe",
    # as some sites label it
    r"(?:by:?|(?<!\w)from(?=\s+[A-Z]\w+\s+[A-Z]))\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# A byline's outlet and its staff: "Sahil News Staff", "Horizon World Desk"; not the desk
# after its writers ("Jane Doe and John Roe, Monitoring Desk").
_OUTLET_STAFF_RE = re.compile(r"^[^,]*\b(?:staff|desk|newsroom)\s*$", re.IGNORECASE)
# "Jane Doe | 12 March 2021", "Jane Doe · Analysis · 12 March 2021"
_BYLINE_SEP_RE = re.compile(r"\s*(?:[|·•,–—]|\s-\s)\s*")
# A byline of these words names no one: "By Staff and agencies", "By our correspondent".
_STAFF_WORDS = frozenset(
    [
        "our",
        "a",
        "the",
        "and",
        "staff",
        "agencies",
        "agency",
        "wire",
        "wires",
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "writer",
        "writers",
        "desk",
        "news",
        "special",
        "foreign",
        "team",
    ]
)
# A credit line rather than a byline: "Additional reporting by ...", "Reporting by ...".
_CREDIT_RE = re.compile(r"^\(?(?:additional\s+)?reporting\s+by\s", re.IGNORECASE)
# A sentence that only leads into what follows ("Here is how the world has reacted:",
# "Here is an extract:", "The following is his statement:"). (Read by the sections and
# by the attribution of introduced statements.)
LEAD_IN_RE = re.compile(
    r"^(?:here (?:is|are)|here['’]s|this is|these are|the following (?:is|are))\s", re.I
)
# Who wrote it, on a staff line at the foot: "Reporter: Jane Doe", "Writers: A, B".
_STAFF_LINE_RE = re.compile(
    r"^(?:reporters?|writers?|written by|text|story)\s*:\s*(?P<names>[^:]{4,120})$",
    re.IGNORECASE,
)
# ... and one that only closes a story: bracketed, or crediting additional reporting.
_CLOSING_CREDIT_RE = re.compile(r"^(?:\(|additional\s+reporting\s+by\s)", re.IGNORECASE)
# Trailers after a byline name: "By Jane Doe in Kyiv", "By Jane Doe for Reuters".
# Where a writer filed from: "in Kyiv", "in al-Qaim" (an Arabic article before the name),
# "in the Ipel valley".
_BY_TRAILER_RE = re.compile(
    r"\s+(?:in|for|from|at|IN|FOR|FROM|AT)\s+(?:the\s+)?(?:(?:al|el|ad|ar|as|ash|an|az)-)?"
    r"[A-Z].*$"
)
# A helper a byline leaves unnamed, and all after it: ", with our correspondent in ...".
_UNNAMED_HELPER_RE = re.compile(r",?\s+with\s+(?:our|an?|the|other)\s+[a-z].*$")
_PLACES_TRAILER_RE = re.compile(
    r"\s+(?:in|IN)\s+[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)*\s+and\s+[A-Z][\w'’-]*$"
)

# Wire dateline at the start of the first body paragraph: "BAKU, Sept. 28 (Reuters) - ",
# "KYIV, Ukraine, March 3 (AP) — ", "MOSCOW (Reuters) - ", "YEREVAN, Armenia — ".
# An upper-case place needs no agency; a mixed-case one ("Baku (AFP) -") does.
_DL_DASH = r"\.?\s*(?:--|[-–—])\s+"  # "(EFE).- " in Spanish wire copy
# Labels a paragraph may open with in capitals and a colon: no place.
_CAPS_LABELS = (
    r"UPDATED?|BREAKING|WATCH|LIVE|LATEST|NOTE|EDITOR|EDITORS|CORRECTION|CLARIFICATION|"
    r"ANALYSIS|OPINION|COMMENT|EXCLUSIVE|VIDEO|PHOTOS?|READ|FACTBOX|SUMMARY|BACKGROUND|"
    r"CONTEXT|WARNING|ALERT|URGENT|FLASH|NEW|MORE|ALSO|PLUS|LISTEN|TIMELINE|KEY|WHAT|WHO|"
    r"WHY|HOW|WHEN|WHERE|QUESTION|ANSWER|TRANSCRIPT|STATEMENT|DISCLAIMER|SOURCE|SOURCES"
)
_DL_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&/'-]{0,30})\)"
_DATELINE_RES = (
    re.compile(
        r"^(?P<place>[A-Z][A-Z'’.\-]*(?:[ /][A-Z][A-Z'’.\-]*)*)"
        rf"(?P<rest>,[^()\n–—]{{0,60}}?)?\s*(?:{_DL_AGENCY})?{_DL_DASH}"
    ),
    # A mixed-case place needs its agency; a full stop may close it: "Caracas, 12 August
    # (BIA). The ministry ...".
    # The place may carry a remark: "Bir Lahlou (Liberated Territories), 21 April (SPS) -".
    re.compile(
        r"^(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})(?:\s*\([^()\n]{1,40}\))?"
        rf"(?P<rest>,[^()\n–—]{{0,60}}?)?\s*{_DL_AGENCY}(?:{_DL_DASH}|\.\s+(?=[A-Z]))"
    ),
    # A mixed-case place with a full date and no agency, or a state agency's initials
    # unbracketed: "Pemba, 9 September 2023 - ", "Phnom Penh, March 14, 2026 AKP -- ";
    # a court's or ministry's release closes it with a full stop: "The Hague, 4
    # December 2026. Today the Court ...".
    re.compile(
        r"^(?P<place>[A-Z][\w'’.\-]*(?:(?: |/ ?)[A-Z][\w'’.\-]*){0,3})"
        rf"(?P<rest>,\s*(?i:(?:{_WEEKDAY},?\s+)?{_DATE_BODY}))(?:\s+(?P<initials>[A-Z]{{2,8}}))?"
        rf"(?:{_DL_DASH}|(?<=\d{{4}})\.\s+(?=[A-Z]))"
    ),
    # An agency named after the date and closed by a full stop, as state agencies write
    # it: "Tbilisi, 9 August 2008, Georgian News Agency. ", "Baku, 27 September, AZERTAC. ".
    re.compile(
        r"^(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})"
        rf"(?P<rest>,\s*(?i:(?:{_WEEKDAY},?\s+)?{_DATE_BODY})),\s*"
        r"(?P<agency>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})\.\s+(?=[A-Z])"
    ),
    # A state agency between slashes: "MOSCOW, October 7. /TASS/. ".
    re.compile(
        r"^(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})(?P<rest>,[^()/\n–—]{0,60}?)?"
        r"\.?\s*/(?P<agency>[A-Za-z][A-Za-z .&'-]{0,30})/\.?\s+"
    ),
    # Place and date in brackets, as rights groups open a release: "(Nairobi, November
    # 20, 2026) – ".
    re.compile(
        r"^\((?P<place>[A-Z][\w'’.\-]*(?:(?: |/ ?)[A-Z][\w'’.\-]*){0,3})"
        rf"(?P<rest>,\s*(?i:(?:{_WEEKDAY},?\s+)?{_DATE_BODY}))\){_DL_DASH}"
    ),
    # The date first, the place in brackets, as regional outlets write it: "April 21,
    # 2012 (KHARTOUM) – ", "21 April 2012 (Juba) - ".
    re.compile(
        rf"^(?P<rest>(?i:(?:{_WEEKDAY},?\s+)?{_DATE_BODY}))\s*"
        r"\((?P<place>[A-Z][\w'’.\-]*(?:[ /][A-Z][\w'’.\-]*){0,3})\)"
        rf"{_DL_DASH}"
    ),
)
# The place in capitals and a colon, as South Asian papers write it: "RAWALPINDI/SIALKOT:
# Four soldiers ...". A transcript's speaker ("SISSOKO: Forty-seven ...") and a label
# ("UPDATE:") look the same: only the references can tell the places.
_COLON_DATELINE_RE = re.compile(
    rf"^(?!(?:{_CAPS_LABELS})\b)"
    r"(?P<place>[A-Z][A-Z'’.\-]{2,}(?:[ /][A-Z][A-Z'’.\-]*){0,3}):\s+(?=[A-Z\"“])"
)
_YEAR_IN_URL_RE = re.compile(r"/((?:19|20)\d\d)/")
# The label of a transcript's paragraph written as names are ("Levan Gvritishvili: No.",
# "Formula TV: Is that true?"): who speaks or asks. (Read by the quotes and the entities.)
SPEAKER_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|\d+)){0,3}):[ \t]+(?=\S)"
)
# A reader's question in a live Q&A, labelled by first name and town: "Maria, Lisbon:".
READER_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?), [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}:"
    r"[ \t]+(?=\S)"
)
# A transcript's turn: "Q:", "ANSWER:", "SPOKESPERSON (MAJOR GENERAL X):", "Q (Hadiza
# Abubakar-Lawal, Daily Trust):": a label in capitals, the speaker perhaps in brackets;
# or a question's asker after a dash, the outlet in brackets: "Q – Tuyeni Amakali (The
# Namibian):". A broadcast's recorded clip names its speaker the same way: "CLIP – HADIZA,
# DISPLACED MOTHER, AYOROU (through interpreter):". A talk show names a guest, then the
# guest's part after commas: "MARCUS LIM, HOST:", "LIN CHIEN-HUNG, MINISTER OF NATIONAL
# DEFENSE, TAIWAN (through interpreter):".
# A word in capitals, of any Latin alphabet: "YALÇINKAYA".
_CAPS_WORD = UPPER_LETTER + UPPER_LETTER[:-1] + "'’.-]+"
TRANSCRIPT_LABEL_RE = re.compile(
    rf"(?P<label>Q|A|Question|Answer|{_CAPS_WORD}(?: {_CAPS_WORD}){{0,4}})"
    rf"(?P<part>(?:,[ \t]+{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,5}}){{1,2}})?"
    r"(?:(?:[ \t]+\(|(?:(?<=\bQ)|(?<=\bQuestion)|(?<=\bCLIP)|(?<=\bSOUNDBITE)|(?<=\bSOT))"
    r"[ \t]+[–—-][ \t]+)(?P<who>[^()\n]{2,120}?)"
    r"(?:\)|[ \t]+\([^()\n]{2,80}\))?)?:[ \t]+(?=\S)"
)
# The labels of a broadcast's recorded clips, whose speaker follows a dash.
CLIP_LABELS = frozenset({"CLIP", "SOUNDBITE", "SOT"})
# A parliamentary record's speaker: a member with constituency and party ("Harriet
# Osei-Lambert (Bristol North West) (Lab):"), a minister by office with the name in
# brackets ("The Secretary of State for Foreign ... Affairs (Alistair Penhaligon-Reid):").
PARLIAMENT_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][^():\n]{1,120}?)(?P<brackets>(?: \([^()\n]{2,80}\)){1,2}):[ \t]+(?=\S)"
)
# The credit line under a post a page embeds: "— Secretary Antony Blinken (@SecBlinken)
# September 13, 2022", "- Ministry of Defence (@DefenceHQ) March 3, 2024".
POST_CREDIT_RE = re.compile(
    r"^[ \t]*[—–-]{1,2}[ \t]*(?P<who>[^()\n@]{2,80}?)[ \t]*\(@\w{1,30}\)[^\n]{0,40}$", re.M
)

# The header above the text of a post a page embeds: "Grant Holloway @SecHolloway",
# "Vyacheslav Dronov | Telegram", "NATO (@NATO)". (Read by the quotes too.)
POST_HEADER_RE = re.compile(
    r"[ \t]*(?P<who>[^@|()\n]{2,60}?)[ \t]*(?:\(?@\w{1,30}\)?|\|[ \t]*(?:Telegram|X|Twitter|"
    r"Facebook|Instagram|TikTok|VK|Threads|Truth Social))[ \t]*$"
)

# A line that ends a sentence (a heading does not). (Read by the quotes too.)
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*$")
# A numbered or bulleted line ("2. Our fighters ...", "- The army", "• Key point").
BULLET_RE = re.compile(r"^\s*(?:[-*•·▪►–—]|\d{1,2} ?[.)/–—-]|\(\d{1,2}\))\s+")
# A factbox's title: "FACTBOX: previous clashes", "Key facts", "At a glance".
FACTBOX_RE = re.compile(
    r"^(?:factbox|fact box|key facts|fast facts|facts|at a glance|in numbers|by the numbers|"
    r"key points|key events|highlights|key messages|what we know so far$)\b",
    re.IGNORECASE,
)
# A wire's own factbox ("FACTBOX: previous clashes"): facts told nowhere else in the story,
# unlike a live page's "Key points", which repeat it.
WIRE_FACTBOX_RE = re.compile(r"^fact ?box\b", re.IGNORECASE)
_OPENER_RE = re.compile(r"^[\"'“‘(\[]*[A-Z0-9]")
# Lines that end like this continue on the next line, so they are never headings.
_CONTINUES_RE = re.compile(r"[,;:(\-–—]$|\b(?:and|or|of|the|a|an|to|in|on|by|for|with|at)$")


# -------------------------------------------------------------------------- dates


def _date_from_match(m: re.Match[str], default_year: int | None) -> dt.date | None:
    g = m.groupdict()
    if g["y3"]:
        year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
    elif g["y4"]:
        year, month, day = int(g["y4"]), int(g["m4"]), int(g["d4"])
        if month > 12 >= day:  # "07/31/2024": month first, as the US writes it
            month, day = day, month
    elif g["y5"]:
        year, month = int(g["y5"]), _ROMANCE_MONTHS[g["m5"].casefold()]
        day = int(re.sub(r"\D", "", g["d5"]))
    elif g["y6"]:
        year = int(g["y6"])
        if len(g["y6"]) == 2:  # POSIX's pivot: 69-99 are the 1900s
            year += 1900 if year >= 69 else 2000
        month, day = _MONTHS[g["m6"].rstrip(".").casefold()], int(g["d6"])
    else:
        idx = "1" if g["m1"] else "2"
        month = _MONTHS[g["m" + idx].rstrip(".").casefold()]
        day = int(re.sub(r"\D", "", g["d" + idx]))
        year_text = g["y" + idx]
        if year_text is None and default_year is None:
            return None
        year = int(year_text) if year_text else default_year  # type: ignore[assignment]
    try:
        return dt.date(year, month, day)
    except ValueError:  # "30 February 2020"
        return None


def parse_date(value: str, default_year: int | None = None) -> dt.date | None:
    """Parse a string that is just a date (weekday and clock time allowed).

    Accepts "27 September 2020", "September 27, 2020", "Sept. 28, 2020",
    "Saturday, April 2, 2016", "2020-09-27". A date without a year
    ("Sept. 28") needs ``default_year``. Returns None for anything else.
    """
    m = _DATE_LINE_RE.match(value)
    return _date_from_match(m, default_year) if m else None


# A post's own time stamp on the line above it: "8 December 2026, 06:50", "Dec. 8, 21:05".
STAMP_LINE_RE = re.compile(
    r"[ \t]*(?:(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?,?[ \t]+)?"
    r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,5}))?[ \t]*\n"
)


def stamp_date(stamp: str) -> dt.date | None:
    """The date of a time stamp line ``STAMP_LINE_RE`` matched ("8 December 2026, 06:50"),
    when the stamp gives its year."""
    return parse_date(re.sub(r",?[ \t]+\d{1,2}[:.]\d{2}\b.*$", "", stamp.strip()))


def full_dates(value: str) -> list[tuple[dt.date, int, int]]:
    """(date, start, end) of every date with its year in ``value``."""
    out = []
    for m in _DATE_RE.finditer(value):
        if (date := _date_from_match(m, None)) is not None:
            out.append((date, m.start(), m.end()))
    return out


# A page's own note at its foot on when it last changed: "This page was last edited on
# 9 December 2026, at 14:22 (UTC).", "Page last updated: 3 March 2026".
FOOTER_NOTE_RE = re.compile(
    r"^\s*(?:this )?page (?:was )?last (?:edited|modified|updated|reviewed)\b(?: on)?\s*:?",
    re.IGNORECASE | re.MULTILINE,
)
# How many paragraphs from the end the foot's note may stand.
FOOTER_REACH = 3


def _footer_date(paragraphs: list[Paragraph]) -> dt.date | None:
    """The date a page's foot says it last changed, for a page whose head gives none."""
    for para in paragraphs[-FOOTER_REACH:][::-1]:
        for m in FOOTER_NOTE_RE.finditer(para.text):
            line_end = para.text.find("\n", m.end())
            found = find_date(para.text[m.end() : None if line_end < 0 else line_end])
            if found is not None:
                return found
    return None


def find_date(value: str, default_year: int | None = None) -> dt.date | None:
    """The first date anywhere in ``value`` (same formats as :func:`parse_date`); the
    first of a range takes the year the second states ("Edition of Saturday 28 November
    – Friday 4 December 2026" is of 28 November 2026)."""
    matches = list(_DATE_RE.finditer(value))
    for k, m in enumerate(matches):
        found = _date_from_match(m, default_year)
        if found is None and k + 1 < len(matches):
            nxt = matches[k + 1]
            end = _date_from_match(nxt, None)
            if end is not None and _DATE_RANGE_SPLIT_RE.fullmatch(value[m.end() : nxt.start()]):
                found = _date_from_match(m, end.year)
                if found is not None and found > end:
                    found = _date_from_match(m, end.year - 1)  # "28 December – 3 January 2027"
        if found is not None:
            return found
    return None


# What stands between the two dates of a range: "28 November – Friday 4 December 2026".
_RANGE_GAP = r"\s+(?:to|until|[–—-])\s+"
# A range's first date and its gap before the second: "Saturday 28 November – ".
_RANGE_END_RE = re.compile(_RANGE_GAP.removesuffix("+") + "*$")


# --------------------------------------------------------------------- paragraphs


# A fact check's lines under a claim it checks: who made it, the verdict. (Read by the
# sections too.)
CHECK_LINE_RE = re.compile(
    r"^(?:Who (?:said|shared|made|posted|claimed) it|Said by|Shared by|Claimed by|Claim by|"
    r"Verdict|Rating|Ruling|Our ruling)\s*:\s*\S",
    re.IGNORECASE,
)
_DATE_RANGE_SPLIT_RE = re.compile(_RANGE_GAP)


def is_date_only_line(line: str) -> bool:
    """A line that is a date alone, or a range of two, the year perhaps left to the
    page's ("Monday 30 November", "Monday 30 November to Thursday 3 December")."""
    parts = _DATE_RANGE_SPLIT_RE.split(line.strip())
    return (
        "\n" not in line.strip()
        and len(parts) <= 2
        # a leap year, so that any day a page writes parses ("29 February")
        and all(parse_date(part, default_year=2000) is not None for part in parts)
    )


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def _is_heading_line(line: str, following: str | None) -> bool:
    """A short title-like line directly above a longer body line in the same block."""
    line = line.strip()
    words = line.split()
    if not words or len(words) > 10 or not _OPENER_RE.match(line):
        return False
    if _CONTINUES_RE.search(line) or line.endswith((".", "!", "…")):
        return False
    if following is None or not _OPENER_RE.match(following.strip()):
        return False
    return len(line) < SHORT_LINE_RATIO * len(following.strip())


ENTRY_TITLE_MAX_WORDS = 15
# A time alone on its line: "22:50", "9.15 a.m.", "14:05 GMT", "Posted at 21:40 GMT".
_CLOCK_LINE_RE = re.compile(
    r"^(?:(?:posted|updated|published)(?: at)?:?\s+)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$",
    re.IGNORECASE,
)


# A broadcast script's cue on its own line: "(VOICE-OVER)", "SOT", "STAND-UP", "NATS".
_SCRIPT_CUE_RE = re.compile(
    r"^(?:\((?:voice[- ]?over|vo|nats?|natural sound|sot)\)|sot(?:/full)?|soundbite|"
    r"stand[- ]?up|piece to camera|nat(?:ural)? sound|nats)\s*:?$",
    re.IGNORECASE,
)


def _block_groups(lines: list[str]) -> list[tuple[int, int]]:
    """Split one blank-line separated block into paragraphs, as index ranges.

    Decision: a block stays one paragraph (a hard-wrapped paragraph) unless every
    line is a complete paragraph on its own, i.e. each line ends with sentence
    punctuation and the next line opens like a new sentence, or is a short
    heading line above a much longer line. That handles "one paragraph per line"
    texts without breaking wrapped prose, whose lines end mid-sentence. Bulleted
    blocks (factboxes, lists) always stay whole.
    """
    n = len(lines)
    if n > 1 and _SCRIPT_CUE_RE.match(lines[0].strip()):
        # A broadcast script's cue over what it cues ("(VOICE-OVER)" over the narration,
        # "SOT" over the lower third and the clip's words): one paragraph.
        return [(0, n)]
    if (
        n > 1
        and not BULLET_RE.match(lines[0])
        and BULLET_RE.match(lines[1])
        and len(lines[0].split()) <= TITLE_MAX_WORDS
        and _OPENER_RE.match(lines[0].strip())
        and not _CONTINUES_RE.search(lines[0].strip())
        and not SENTENCE_END_RE.search(lines[0].strip())
    ):
        # A title right above its list ("Access constraints", "KEY MESSAGES").
        return [(0, 1), *((lo + 1, hi + 1) for lo, hi in _block_groups(lines[1:]))]
    if (
        n > 1
        and _CLOCK_LINE_RE.match(lines[0].strip())
        and not lines[0].strip()[:1].isdigit()
        and not BULLET_RE.match(lines[1])
    ):
        # A live entry's labelled time over its title ("Posted at 21:40 GMT" over "UK
        # sends ..."); a bare time splits off as a short line over a longer one does.
        return [(0, 1), *((lo + 1, hi + 1) for lo, hi in _block_groups(lines[1:]))]
    if (
        n == 2
        and _CLOCK_LINE_RE.match(lines[0].strip())
        and len(lines[1].split()) <= ENTRY_TITLE_MAX_WORDS
        and _OPENER_RE.match(lines[1].strip())
        and not SENTENCE_END_RE.search(lines[1].strip())
    ):
        # A bare time over a title as short as itself ("06:02 GMT" over "Welcome"): two
        # paragraphs, as a longer title's.
        return [(0, 1), (1, 2)]
    if (
        n > 2
        and _CLOCK_LINE_RE.match(lines[0].strip())
        and _is_heading_line(lines[1], lines[2])
        and SENTENCE_END_RE.search(lines[2].strip())
    ):
        # A bare time over a title over the entry's text ("9:30 PM IST" over "Pakistan
        # jumps in" over the post): the time, the title, the text. ("07:40" over
        # "BREAKING" over a title alone is the entry's head, one paragraph.)
        return [(0, 1), (1, 2), *((lo + 2, hi + 2) for lo, hi in _block_groups(lines[2:]))]
    if (
        n == 2
        and _CLOCK_LINE_RE.match(lines[1].strip())
        and len(lines[0].split()) <= ENTRY_TITLE_MAX_WORDS
        and not SENTENCE_END_RE.search(lines[0].strip())
    ):
        # A live entry's title over its time ("Death toll rises to 97" over "22:50").
        return [(0, 1), (1, 2)]
    if (
        n > 1
        and all(CHECK_LINE_RE.match(line.strip()) for line in lines[1:])
        and not CHECK_LINE_RE.match(lines[0].strip())
        and len(lines[0].split()) <= ENTRY_TITLE_MAX_WORDS
        and not SENTENCE_END_RE.search(lines[0].strip().rstrip("\"”’'"))
    ):
        # A fact check's claim over who made it and the verdict ('1. "We destroyed 40
        # tanks"' over "Who said it: ..." and "Verdict: False"): a title over its lines.
        return [(k, k + 1) for k in range(n)]
    if (
        n == 2
        and is_date_only_line(lines[1])
        and not is_byline("\n".join(lines))
        and len(lines[0].split()) <= ENTRY_TITLE_MAX_WORDS
        and _OPENER_RE.match(lines[0].strip())
        and not SENTENCE_END_RE.search(lines[0].strip())
    ):
        # A round-up item's title over its date ("Port Howard: Britain says settlement
        # retaken" over "Monday 30 November"): two paragraphs.
        return [(0, 1), (1, 2)]
    if n == 1 or any(BULLET_RE.match(line) for line in lines) or POST_HEADER_RE.match(lines[0]):
        return [(0, n)]  # one paragraph: a list, or a post under its header
    if len(lines[0].split()) <= TITLE_MAX_WORDS and _is_heading_line(lines[0], lines[1]):
        # A title right above its text ("Key points", "HIGHLIGHTS") is a paragraph.
        return [(0, 1), *((lo + 1, hi + 1) for lo, hi in _block_groups(lines[1:]))]
    if not SENTENCE_END_RE.search(lines[-1].strip()):
        return [(0, n)]
    for k in range(n - 1):
        line, nxt = lines[k].strip(), lines[k + 1]
        complete = bool(SENTENCE_END_RE.search(line)) and bool(_OPENER_RE.match(nxt.strip()))
        if not complete and not _is_heading_line(line, nxt):
            return [(0, n)]
    return [(k, k + 1) for k in range(n)]


# A horizontal rule ("--------", "* * *", "====="): it separates, as a blank line does.
_RULE_LINE_RE = re.compile(r"^\s*(?:[-=_*~#•·]\s*){3,}$")


def is_separator(text: str) -> bool:
    """Is this text between paragraphs only blank lines and rules?"""
    return all(not line.strip() or _RULE_LINE_RE.match(line) for line in text.split("\n"))


def split_paragraphs(text: str, start: int = 0) -> list[Paragraph]:
    """Paragraphs of ``text`` from offset ``start``, in order.

    Paragraphs are separated by blank (or whitespace-only) lines and by rule lines
    ("-----", "* * *"); a block is
    further split at single line breaks only under the rule in
    :func:`_block_groups`. Offsets and line numbers refer to ``text``; each
    paragraph's text has no leading or trailing whitespace.
    """
    starts = _line_starts(text)
    paragraphs: list[Paragraph] = []
    block: list[tuple[int, int]] = []  # (start, end) of each non-blank line

    def flush() -> None:
        if not block:
            return
        lines = [text[s:e] for s, e in block]
        for lo, hi in _block_groups(lines):
            s, e = block[lo][0], block[hi - 1][1]
            chunk = text[s:e]
            s += len(chunk) - len(chunk.lstrip())
            e -= len(chunk) - len(chunk.rstrip())
            paragraphs.append(
                Paragraph(
                    char_start=s,
                    char_end=e,
                    line=bisect_right(starts, s),
                    line_end=bisect_right(starts, e - 1),
                    text=text[s:e],
                )
            )
        block.clear()

    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip() and not _RULE_LINE_RE.match(text[pos:end]):
            block.append((pos, end))
        else:
            flush()
        pos = end + 1
    flush()
    return paragraphs


# --------------------------------------------------------------------------- head


@dataclass
class _HeadFields:
    headline: str | None = None
    author: str | None = None
    genre: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None  # a year for a dateline; the date when nothing else is
    source_url: str | None = None
    dateline: str | None = None  # a dateline alone on its line
    dateline_text: str | None = None  # its date words ("Mar. 4")
    copyright_year: int | None = None  # "© 2026 Equator Wire": a year for a dateline


def _name_like(value: str) -> bool:
    return bool(_NAME_RE.match(value.strip()))


def _genre(word: str) -> str | None:
    """The genre a label names: "Feature", and a site's section of them, "Features"."""
    key = word.strip().casefold()
    return _GENRE_BY_KEY.get(key) or (_GENRE_BY_KEY.get(key[:-1]) if key.endswith("s") else None)


_PLACED_LIST_COMMA_RE = re.compile(
    r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*,\s+(?=[A-Z])"
)


def _by_names(rest: str) -> str | None:
    """Author from the part after "By": names, dropping a trailing outlet or place."""
    # "Jane Doe, Defence and Security Editor": her desk, whose "and" joins no names.
    name, comma, desk = rest.strip().rstrip(".").rpartition(",")
    if comma and _DESK_RE.fullmatch(desk.strip()):
        rest = name
    # "Jane Doe, with our correspondent in Niamey, whose name we withhold": a helper
    # the byline does not name.
    rest = _UNNAMED_HELPER_RE.sub("", rest)
    # "Jane Doe, with John Roe in Gitega": a second writer who reported from elsewhere.
    rest = re.sub(r",?\s+with\s+(?=[A-Z])", " and ", rest)
    # "Jane Doe in Kyiv, John Roe in Hanoi and Ann Poe in Singapore": a list of writers,
    # each with the town she wrote from.
    rest = _PLACED_LIST_COMMA_RE.sub(", ", rest)
    # "Jane Doe, Europe editor, and John Roe": each writer's own desk goes.
    rest = " and ".join(
        _DESK_TAIL_RE.sub("", part) for part in re.split(r"\s+(?:and|AND)\s+", rest.strip())
    )
    # "Jane Doe in Haa and Thimphu": one writer in two places, each named in one word.
    rest = _PLACES_TRAILER_RE.sub("", rest.strip().rstrip("."))
    # Each name may have its own trailer: "Jane Doe in Kyiv and John Roe in London".
    # "Jane Doe, in Kyiv, and John Roe": the trailer and its commas go.
    rest = " and ".join(
        _BY_TRAILER_RE.sub("", part).rstrip(", ")
        for part in re.split(r"\s+(?:and|AND)\s+", rest.strip().rstrip("."))
    )
    pieces = [p.strip() for p in rest.split(",") if p.strip()]
    if not pieces:
        return None
    # "Jane Doe, John Roe and Ann Poe" is a list of names; "Jane Doe, Reuters" is
    # a name and its outlet.
    if len(pieces) > 2 and " and " in pieces[-2] and _outlet_like(pieces[-1]):
        pieces = pieces[:-1]  # "Jane Doe, John Roe and Ann Poe, HNN": the list, its outlet
    if len(pieces) > 1 and " and " not in pieces[-1]:
        pieces = pieces[:1]
    names = re.split(r"\s+(?:and|&)\s+|\s*,\s*", ", ".join(pieces))
    if not all(_name_like(n) for n in names):
        return None
    author = ", ".join(pieces)
    # "By JAMES WRIGHT FOR MAILONLINE": a name set in capitals is written as names are,
    # its particles in lower case ("JULIÁN ORTIZ DE ZÁRATE").
    words = re.findall(r"[^\W\d_]{2,}", author)
    if all(w.isupper() for w in words if w != "and"):
        author = re.sub(r"[^\W\d_][^\W\d_'’.-]+", _name_case, author)
    return author


def _outlet_like(part: str) -> bool:
    """ "HNN", "Kyiv Independent": an outlet closing a byline, no person's name."""
    words = part.split()
    return (
        len(words) < 2 or not _name_like(part) or any(w.casefold() in _OUTLET_WORDS for w in words)
    )


def _name_case(word: re.Match[str]) -> str:
    lower = word[0].lower()
    return lower if lower in _PARTICLES or lower == "and" else word[0].title()


def _credited_author(para: Paragraph) -> str | None:
    """The author a wire story's closing credit gives when no byline does: who reported it
    ("(Reporting by A in Goma and B in Kinshasa; Editing by C)"), else who wrote it
    ("(Reporting by staff in Aden; Writing by D)")."""
    for line in para.text.split("\n"):
        # An agency's staff lines at the foot: "Reporter: Jane Doe, John Roe" over
        # "Editor: Ann Poe".
        if (m := _STAFF_LINE_RE.match(line.strip())) and (names := _author_line(m["names"])):
            return names
    if not _CREDIT_RE.match(para.text) or para.text.lower().startswith(("additional", "(add")):
        return None
    credits = {}
    for part in para.text.strip("()").split(";"):
        if m := re.match(r"\s*(reporting|writing)\s+by\s+(.+)$", part.strip(), re.IGNORECASE):
            credits.setdefault(m[1].lower(), _by_names(m[2]))
    return credits.get("reporting") or credits.get("writing")


_LINKING_WORDS = frozenset({"in", "on", "at", "of", "from", "by", "for", "and", "the", "to"})


def _byline(line: str) -> tuple[str | None, str | None, dt.date | None] | None:
    """(author, genre, date) if the line is a byline, else None."""
    date = None
    prefix = line.strip()
    m = _TRAILING_DATE_RE.search(prefix)
    if m and m.start() > 0:
        date = _date_from_match(m, None)
        prefix = prefix[: m.start()]
        if _RANGE_END_RE.search(prefix):
            # "Edition of Saturday 28 November – Friday 4 December 2026": from its first day
            date = find_date(line) or date
    prefix = _UNNAMED_HELPER_RE.sub("", prefix.strip()).strip("|·•,–—- ")
    if not prefix:
        return None
    by = _BY_RE.match(prefix)
    if by and (
        set(re.findall(r"[\w']+", by["rest"].casefold())) <= _STAFF_WORDS
        # "By Sahil News Staff": an outlet's staff, no one by name
        or _OUTLET_STAFF_RE.search(by["rest"])
    ):
        # "By Staff and agencies", "By our correspondent": a byline naming no one.
        return None, _genre(by["genre"]) if by["genre"] else None, date
    if by:
        # Commas stay: _by_names tells "Jane Doe, Reuters" from a list of names.
        genre = _genre(by["genre"]) if by["genre"] else None
        parts = re.split(r"\s*[|·•–—]\s*|\s-\s", by["rest"])
        author = _by_names(parts[0])
        # Longer than a byline runs, unless each writer's town makes it so.
        if author is None or len(prefix.split()) > 14 + 3 * prefix.count(" in "):
            return None
        for part in parts[1:]:
            genre = genre or _genre(part)
        return author, genre, date
    prefix = _BYLINE_SEP_RE.sub("|", prefix).strip("| ")
    if date is None:  # a bare name line is too ambiguous without a date
        return None
    author = genre = None
    for part in prefix.split("|"):
        words = part.split()
        if _genre(part):
            genre = _genre(part)
        elif len(words) >= 3 and _genre(words[-1]) and _name_like(" ".join(words[:-1])):
            author, genre = " ".join(words[:-1]), _genre(words[-1])
        elif (
            len(words) >= 3
            and _genre(words[0])
            and _name_like(" ".join(words[1:]))
            and not {w.casefold() for w in words[1:]} & _LINKING_WORDS
        ):
            # "Analysis Jane Doe"; "NEWS IN BRIEF" is a desk's label.
            author, genre = " ".join(words[1:]), _genre(words[0])
        elif (
            2 <= len(words) <= 4
            and _name_like(part)
            and author is None
            # "NEWS IN BRIEF | Friday, 4 December 2026": a desk's label in capitals
            and not (part.isupper() and {w.casefold() for w in words} & _LINKING_WORDS)
        ):
            author = part.strip()
        else:
            return None
    return (author, genre, date) if author else None


def unended_lines(text: str) -> bool:
    """Two or more lines, none ending a sentence: a box's items under its title."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return len(lines) >= 2 and not any(ln.endswith((".", "?", "!")) for ln in lines)


def _is_stamp(rest: str) -> bool:
    """Whether what follows "Updated", "Live coverage" and the like makes the line a
    stamp: a short rest with a date or a figure ("Live reporting by Jane Doe" is a
    byline)."""
    if not rest or len(rest.split()) > 12:
        return False
    return find_date(rest) is not None or bool(re.search(r"\d", rest))


def _apply_meta(line: str, fields: _HeadFields) -> bool:
    """Record what a metadata line says; False if ``line`` is not metadata."""
    line = line.strip()
    if m := _SOURCE_RE.match(line):
        url = _URL_RE.search(m["value"])
        if url and fields.source_url is None:
            fields.source_url = url.group(0).rstrip(".,;)")
        return True
    if _LICENSE_RE.match(line) or _RELEASE_LABEL_RE.match(line):
        if year := _COPYRIGHT_YEAR_RE.search(line):
            fields.copyright_year = fields.copyright_year or int(year[1])
        return True
    if (m := _STAMP_RE.match(line)) and (
        _is_stamp(rest := line[m.end() :])
        # "Published on 10 December 2026 at 11:42 – Updated on 10 December 2026 at 15:08"
        or (
            (both := _DATE_THEN_UPDATED_RE.match(rest)) is not None
            and _is_stamp(both["date"])
            and not _STAMP_RE.match(both["date"])
        )
    ):
        date = find_date(rest)
        # A live page's stamp ("Live updates, Thursday 16 May 2019") dates the page.
        # A situation report's "As of 24 September 2025" is its date.
        kind = m["kind"].casefold()
        if (
            kind
            in {
                "published",
                "first published",
                "posted",
                "issued",
                "first broadcast",
                "first aired",
                "broadcast",
                "aired",
                "date",
            }
            or kind.endswith("as of")
            or kind.startswith("live")
        ):
            fields.published = fields.published or date
        else:
            fields.updated = fields.updated or date
        return True
    if date := parse_date(line):
        fields.published = fields.published or date
        return True
    if (
        (m := _PLACE_BEFORE_STAMP_RE.match(line))
        and _STAMP_RE.match(line[m.end() :])
        and _apply_meta(line[m.end() :], fields)
    ):
        return True  # "Imphal, UPDATED: Dec 8, 2026 21:14 IST": the desk's town, the stamp
    if date := _written_twice(line):
        fields.published = fields.published or date
        return True
    if (m := _DATE_THEN_UPDATED_RE.match(line)) and (date := parse_date(m["date"])):
        # "Thursday 16 April 2026, updated 19:20 BST": published, then the update.
        fields.published = fields.published or date
        fields.updated = fields.updated or find_date(m["updated"])
        _writers_among_parts(line, fields)
        return True
    if (m := _DATELINE_LINE_RE.match(line)) and len(m["place"]) >= 3:
        fields.dateline = fields.dateline or m["place"]
        fields.dateline_text = fields.dateline_text or m["date"]
        return True
    outlet_date = _OUTLET_DATE_RE.match(line) or _DATE_OUTLET_RE.match(line)
    if outlet_date and (date := find_date(line)) and not _byline(line):
        fields.published = fields.published or date
        # "Features | Saturday 19 December 2026": the label is the piece's genre.
        label = re.split(r"\s*[/|·•–—,]\s*", line, maxsplit=1)[0]
        fields.genre = fields.genre or _genre(label)
        _writers_among_parts(line, fields)
        return True
    if _genre(line):
        fields.genre = fields.genre or _genre(line)
        return True
    if _READING_TIME_RE.match(line):
        return True  # "8 min read": page chrome beside the date
    if _FIELD_LINE_RE.match(line):
        return True  # "Restrictions: must credit", a video agency's header fields
    if byline := _byline(line):
        author, genre, date = byline
        if date is None and " | " in line:
            # "By Jane Doe | Wednesday, 25 November 2026 | 6 min read"
            date = next((d for p in line.split(" | ")[1:] if (d := parse_date(p.strip()))), None)
        fields.author = fields.author or author
        fields.genre = fields.genre or genre
        fields.published = fields.published or date
        return True
    dotted = [p.strip() for p in re.split(r"\s+[·•]\s+", line)]
    if len(dotted) > 1 and all(p and _apply_meta(p, _HeadFields()) for p in dotted):
        # "January 20, 2026 9:40 AM GMT · Updated 2 hours ago": each part is head.
        for p in dotted:
            _apply_meta(p, fields)
        return True
    parts = [p.strip() for p in line.split(" | ")]
    stamps = [
        p
        for p in parts
        if (_STAMP_RE.match(p) or parse_date(_TIME_TAIL_RE.sub("", p))) and find_date(p)
    ]
    bylines = [p for p in parts if _BY_RE.match(p) and _byline(p)]
    if (
        len(parts) > 1
        and all(
            len(p.split()) <= 5 or p in stamps or p in bylines or _BREADCRUMB_RE.match(p)
            for p in parts
        )
        and stamps
        and all(p in stamps or p in bylines or _OPENER_RE.match(p) for p in parts)
    ):
        # A masthead: "Conflict Pulse Weekly | Issue 142 | Published 10 June 2025",
        # "Our Correspondent | Coastal Times | March 12, 2026",
        # "Thursday 12 June 2025 | Press review | by Marta Sequeira",
        # "Interview | Wednesday 9 December 2026, 07:30 CET",
        # "Home > Diplomatic Activities > Telephone exchanges | Posted on 8 December 2026".
        for p in parts:
            if p in stamps or p in bylines or _genre(p):
                _apply_meta(_TIME_TAIL_RE.sub("", p) if p in stamps else p, fields)
        _writers_among_parts(line, fields)
        return True
    return False


# A head line of short parts set apart by bars or dots, one of them the date: "PRESS
# RELEASE | PR/2026/118 | Juba, 3 December 2026", "Source: Xinhua | 2026-11-12 22:41:06 |
# Editor: huaxia", "Episode 1,214 · Wednesday 18 November 2026 · 28 min 14 sec". A part
# with a label of its own ("Appeal launched 13 November 2026") dates something else.
_HEAD_PART_SPLIT_RE = re.compile(r"\s+[|·•]\s+")
_ISO_STAMP_RE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_PLACE_THEN_DATE_RE = re.compile(r"^[A-Z][\w'’. -]{1,30},\s+(?P<date>.+)$")
_UPDATED_PART_RE = re.compile(r"^(?:last )?updated:?\s+(?P<date>.+)$", re.IGNORECASE)
# "Map date: Thursday, 29 October 2026", "As of 3 December 2026"
_LABELLED_DATE_PART_RE = re.compile(
    r"^(?:[\w ]{0,20}\bdate|as of|as at|posted(?: on)?|published(?: on)?|issued(?: on)?)"
    r"\s*:?\s+(?P<date>.+)$",
    re.IGNORECASE,
)
HEAD_PART_MAX_WORDS = 8


def _dated_parts(line: str, fields: _HeadFields) -> None:
    """Record the dates a line of head parts states, if it is one."""
    parts = _HEAD_PART_SPLIT_RE.split(line.strip())
    if len(parts) < 2 or SENTENCE_END_RE.search(line):
        return
    if any(len(p.split()) > HEAD_PART_MAX_WORDS for p in parts):
        return
    for part in parts:
        if m := _UPDATED_PART_RE.match(part):
            fields.updated = fields.updated or parse_date(m["date"])
            continue
        m = (
            _ISO_STAMP_RE.match(part)
            or _LABELLED_DATE_PART_RE.match(part)
            or _PLACE_THEN_DATE_RE.match(part)
        )
        fields.published = fields.published or (parse_date(m["date"]) if m else parse_date(part))


def _written_twice(line: str) -> dt.date | None:
    """The date of a line that writes one date twice, in figures and in words ("12/08/2026
    December 8, 2026"): the words say which figure is the day."""
    dates = full_dates(line)
    rest = line
    for _, start, end in reversed(dates):
        rest = rest[:start] + rest[end:]
    if len(dates) != 2 or rest.strip(" |·•,–—-"):
        return None
    (first, a, b), (second, c, d) = dates
    if first == second:
        return first
    worded = [bool(re.search(r"[A-Za-z]", line[x:y])) for x, y in ((a, b), (c, d))]
    if worded == [False, True] and (first.day, first.month) == (second.month, second.day):
        return second
    if worded == [True, False] and (second.day, second.month) == (first.month, first.day):
        return first
    return None


def _writers_among_parts(line: str, fields: _HeadFields) -> None:
    """The writers of a masthead line's parts: "Saturday 12 December 2026 | Last updated
    19:40 | By Jane Doe in Kampala"; without "By", only two or more people named as
    names are written ("Jane Doe and John Roe | 26 November 2026"): one name-like part
    alone is as often a desk ("Humanitarian Aid", "WEST AFRICA DESK")."""
    for part in (p.strip() for p in line.split(" | ")):
        if _BY_RE.match(part):
            found = _byline(part)
            name = found[0] if found else None
        else:
            name = _author_line(part)
            if name is None or part.isupper() or " and " not in name:
                continue
        if name and not {w.casefold() for w in name.split()} & _OUTLET_WORDS:
            fields.author = fields.author or name
            return


# A clock time and zone after a date: "9 December 2026, 07:30 CET", "8 December 2026, 18:30".
_TIME_TAIL_RE = re.compile(
    r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\(?[A-Z]{2,5}\)?)?$", re.I
)
# A saved page's own chrome above its head: the cookie notice, the skip link.
_PAGE_CHROME_RE = re.compile(
    r"^(?:we use cookies|this (?:web)?site uses cookies|we value your privacy|"
    r"skip to (?:the )?(?:main )?content|accept (?:all )?cookies|"
    r"listen to this (?:story|article))\b",
    re.I,
)
# A page's breadcrumb trail: "Home > Diplomatic Activities > Telephone exchanges".
_BREADCRUMB_RE = re.compile(r"^[A-Z][^>|]{0,40}(?:\s+[>»›]\s+[^>|]{1,40}){1,5}$")


def _is_meta(line: str) -> bool:
    return _apply_meta(line, _HeadFields())


def is_head_line(line: str) -> bool:
    """A line the head would read (a byline, a date or stamp line, a masthead with its
    date), wherever it stands: a page's clutter may push the head into the body."""
    return _is_meta(line)


BYLINE_MAX_LINES = 3
# How many lines below a desk's label its byline may stand: past a standfirst.
KICKER_REACH = 5


def is_byline(text: str) -> bool:
    """A paragraph that is a byline, with its desk or date lines ("By Jane Doe, Reuters"
    over "Posted 7 June 2023"; "Jane Doe in Kyiv"), wherever it stands."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not 0 < len(lines) <= BYLINE_MAX_LINES:
        return False
    signed = [ln for ln in lines if _BY_RE.match(ln) and _byline(ln)]
    # Names without "By" only over a date: "GULF STATES" alone is a heading.
    named = [ln for ln in lines if ln not in signed and _author_line(ln)]
    metas = [ln for ln in lines if ln not in signed and ln not in named and _is_meta(ln)]
    return len(signed) + len(named) + len(metas) == len(lines) and bool(signed or (named and metas))


def _is_date_line(line: str) -> bool:
    """A date alone, or a stamp with its date ("Published: 20 May 2025")."""
    return bool(parse_date(line) or (_STAMP_RE.match(line) and find_date(line)))


_IN_PLACE_RE = re.compile(r"\s+in\s+[A-Z].*$")


def _names_states(words: str) -> bool:
    """Does a line name two countries, as a story's slug does ("Colombia Ecuador
    Fighting") and a writer's name does not ("Jordan Smith" names one by chance)?"""
    # Imported here: the reference data loads with the extraction, which the head's other
    # lines never need.
    from newsledger.extract.reference import countries_in

    return len({iso3 for w in words.split() for iso3, _, _ in countries_in(w)}) >= 2


def _author_line(line: str) -> str | None:
    """The names of a byline without "By": "Name", "Name, Central America correspondent",
    "Name, Town", "Name in Town"; "Jane Doe (now) and John Roe (earlier)" on a live page."""
    names = re.sub(r"\s*\((?:now|earlier|later|until \S+|from \S+)\)", "", line)
    # "Jane Doe, with John Roe in Kyiv": a second writer who reported from elsewhere.
    names = re.sub(r",?\s+with\s+(?=[A-Z])", " and ", names)
    # "Jane Doe in Kyiv and John Roe in London": each name with where it was written.
    placed = re.split(r"\s+(?:and|&)\s+", names)
    if any(_IN_PLACE_RE.search(part) for part in placed):
        names = " and ".join(_IN_PLACE_RE.sub("", part) for part in placed)
    # "Jane Doe, HBC News, Delhi and John Roe, HBC Bangla, Dhaka": each writer with her
    # desk and town.
    placed = re.split(r"\s+(?:and|&)\s+", names)
    firsts = [part.split(",")[0].strip() for part in placed]
    if (
        len(placed) > 1
        and all("," in part for part in placed)
        and all(2 <= len(f.split()) <= 4 and _name_like(f) for f in firsts)
        and all(
            len(extra.split()) <= 3 and extra.strip()[:1].isupper()
            for part in placed
            for extra in part.split(",")[1:]
        )
    ):
        return " and ".join(firsts)
    # "Jane Doe, John Roe": two writers; "Jane Doe, Kyiv" a writer and her town.
    listed = [part.strip() for part in names.split(",")]
    if len(listed) >= 2 and all(
        2 <= len(part.split()) <= 4
        and _name_like(part)
        and not _DESK_RE.fullmatch(part)
        and not {w.casefold() for w in part.split()} & _OUTLET_WORDS
        for part in listed
    ):
        return " and ".join(listed)
    name, _, desk = names.partition(",")
    if (
        all(
            2 <= len(part.split()) <= 4 and _name_like(part)
            for part in re.split(r"\s+(?:and|&)\s+", name)
        )
        and len(name.split()) <= 9
        and (
            not desk
            or _DESK_RE.fullmatch(desk.strip())
            or (len(desk.split()) <= 3 and _name_like(desk.strip()))
        )
    ):
        return name.strip()
    return None


# Words of an outlet's, a programme's or a desk's name in a masthead line.
_OUTLET_WORDS = frozenset(
    {"news", "digest", "times", "post", "review", "daily", "weekly", "herald", "observer",
     "tribune", "gazette", "journal", "monitor", "radio", "tv", "television", "agency",
     "service", "bulletin", "briefing", "brief", "press", "wire", "chronicle", "courier",
     "telegraph", "express", "mirror", "standard", "guardian", "independent", "dispatch",
     "sentinel", "inquirer", "examiner", "clarion", "globe", "echo", "record", "mail",
     "star", "voice", "institute", "centre", "center", "update",
     # a body's name over its own release ("CIVILIANS FIRST INTERNATIONAL")
     "international", "foundation", "federation", "association", "organisation",
     "organization", "watch", "council", "committee", "commission", "network", "union",
     "ministry", "office", "coalition", "alliance", "society", "fund", "trust", "forum",
     "initiative", "campaign",
     # where the page comes from ("UN Headquarters, New York")
     "headquarters", "secretariat", "bureau", "newsroom"}
)  # fmt: skip
_PLACE_DAY_RE = re.compile(rf"^[^,|]{{2,40}},\s+{_WEEKDAY},?\s", re.IGNORECASE)
HEAD_BLOCK_MAX_LINES = 8
HEAD_LINE_MAX_WORDS = 14
# The desk's town before a stamp: "Imphal, UPDATED: Dec 8, 2026 21:14 IST".
_PLACE_BEFORE_STAMP_RE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2},\s+")
# A line of a saved page's chrome: "Home > News > National", "Share on Facebook | ...".
# The labelled fields of an agency's header block: "Story No: 4471926", "Length: 3:24",
# "Restrictions: ...", "Video source: ...".
_FIELD_LINE_RE = re.compile(
    r"^(?:restrictions?|video source|length|duration|audio|story (?:no|number)|keywords?)\s*:",
    re.IGNORECASE,
)
_READING_TIME_RE = re.compile(r"^\d{1,3}\s*(?:min|mins|minute|minutes)\.?\s+read$", re.IGNORECASE)
_TIME_END_RE = re.compile(r"(?<=\d)\s*[ap]\.m\.$", re.IGNORECASE)
# A breadcrumb's " > " after some word ("Home > World > Africa"), or a share bar. The
# word is the last one before the arrow, so no ".*" is needed: searched from every
# position of a 100,000-character line, ".*" made the search quadratic (70 s).
_CHROME_RE = re.compile(r"\S[^\S\n]*\s>\s\S|^share(?: on| this)\b", re.IGNORECASE)


def _head_block(lines: list[str], i: int, fields: _HeadFields) -> int | None:
    """End of a block of head lines opening at ``i``, or None if it is body.

    Below the headline, a page often stacks its masthead, programme or section name,
    breadcrumb, byline and date on short lines of their own ("El Heraldo del Norte -
    Concepción", "Monday, 30 November 2026", "By ...", "Translated from Spanish").
    Lines that say nothing known sit among lines that do: a block of short lines, none
    a sentence, that states a date is head, whatever its other lines are.
    """
    j = i
    while j < len(lines) and lines[j].strip():
        j += 1
    block = [ln.strip() for ln in lines[i:j]]
    long_parts = [
        p
        for ln in block
        for p in ln.split(" | ")
        if len(p.split()) > HEAD_LINE_MAX_WORDS and not _byline(p)
    ]
    # A live page's standfirst between its masthead and its writers ("Zambia and Zimbabwe
    # fight for a third day ... – latest updates"): one long line, no sentence, among
    # three or more.
    standfirst = (
        len(long_parts) == 1
        and len(block) >= 3
        and len(long_parts[0].split()) <= FIRST_HEADLINE_MAX_WORDS
        and long_parts[0] in block
    )
    # ... or a standfirst of a sentence or two, between a masthead and the "By" line of
    # the writers ("Landlocked since 1993, Ethiopia has ... . Its assault ... yet.").
    told = standfirst and len(block) >= 4 and any(_BY_RE.match(ln) for ln in block)
    if (
        len(block) > HEAD_BLOCK_MAX_LINES
        # A masthead line's parts count apart: "Farafenni's daily newspaper | Tuesday,
        # 15 December 2026 | Vol. 19 No. 284 | D30" is four short parts, no sentence.
        or (long_parts and not standfirst)
        # "UPDATED 4:15 p.m." ends on a time's abbreviation, not a sentence.
        or any(
            _TIME_END_RE.sub("", ln).endswith((".", "!", "?", ":", ";", ","))
            and not (told and ln == long_parts[0])
            for ln in block
        )
        or any(not _OPENER_RE.match(ln) for ln in block)  # bullets, dashes: a box's items
    ):
        return None
    found = _HeadFields()
    metas = [_apply_meta(ln, found) for ln in block]
    if found.published is None and found.updated is None:
        return None
    for ln, meta in zip(block, metas, strict=True):
        if meta and _PLACE_DAY_RE.match(ln) and not _STAMP_RE.match(ln):
            # "New York, Friday, 20 November 2026" below a masthead: a place and its date,
            # no writer.
            own = _HeadFields()
            _apply_meta(ln, own)
            fields.published = fields.published or own.published
        elif meta:
            _apply_meta(ln, fields)
    for ln, meta in zip(block, metas, strict=True):
        if meta or _CHROME_RE.search(ln):
            continue
        # A byline without "By", when the block has none with it; an outlet's or a
        # programme's name ("UN Meetings Digest") is no writer, nor is a story's slug
        # naming the states it is about ("Colombia Ecuador Fighting").
        if (
            fields.author is None
            and (name := _author_line(ln))
            and not {w.casefold() for w in name.split()} & _OUTLET_WORDS
            and not _names_states(name)
        ):
            fields.author = name
            continue
        # "ANALYSIS | The Gulf Quarterly Review": a label among the masthead's parts.
        genres = [g for p in re.split(r"\s+[|·•-]\s+", ln) if (g := _genre(p))]
        fields.genre = fields.genre or (genres[0] if genres else None)
    return j


MASTHEAD_PART_MAX_WORDS = 8


def _masthead_line(line: str) -> bool:
    """ "DAILY BEACON | News | World News", "JORNAL DA BAÍA | English Edition": an
    outlet's name with its desks or edition, short parts set apart by bars."""
    parts = [p.strip() for p in line.split(" | ")]
    return (
        len(parts) >= 2
        and all(
            p and len(p.split()) <= MASTHEAD_PART_MAX_WORDS and _MASTHEAD_PART_RE.match(p)
            for p in parts
        )
        and not SENTENCE_END_RE.search(line)
    )


# A masthead part opens like a title, or with a price: "€0.60".
_MASTHEAD_PART_RE = re.compile(r"^[\"'“‘(\[€$£¥]*[A-Z0-9]")


def _masthead_block(lines: list[str], i: int, fields: _HeadFields) -> int | None:
    """End of a block of masthead lines opening at ``i``, else None; a date the block
    states ("Luanda, sexta-feira, 27 de Novembro de 2026 | Ano XIX") dates the article."""
    j = i
    while j < len(lines) and lines[j].strip():
        line = lines[j].strip()
        # The outlet's name alone in capitals over its masthead line ("KYUSTENDILSKI
        # GLAS" over "Regional daily of Kyustendil Province | ... | No. 236").
        named = is_kicker(line) and j + 1 < len(lines) and _masthead_line(lines[j + 1].strip())
        if not (named or _masthead_line(line) or _CHROME_RE.search(lines[j])):
            return None
        j += 1
    fields.published = fields.published or next(
        (d for ln in lines[i:j] if (d := find_date(ln)) is not None), None
    )
    return j


def is_kicker(line: str) -> bool:
    """ "NATION", "WORLD NEWS": a desk's label set in capitals over the byline."""
    return line.isupper() and len(line.split()) <= 3 and not SENTENCE_END_RE.search(line)


def _repeats_headline(line: str, headline: str | None) -> bool:
    """The headline again, perhaps without the outlet a saved page's title adds to it
    ("Syrian army storms Tabqa ... | The Levant Dispatch")."""
    if headline is None:
        return False
    bare = re.sub(r"\s+[|–—-]\s+[^|–—]{2,40}$", "", headline)
    return _same_text(line, headline) or (bare != headline and _same_text(line, bare))


def _chrome_block(lines: list[str], i: int) -> int | None:
    """End of a block of a saved page's chrome opening at ``i`` (the outlet's name, a
    breadcrumb trail, a share bar), else None."""
    j = i
    while j < len(lines) and lines[j].strip():
        j += 1
    block = [ln.strip() for ln in lines[i:j]]
    chrome = [ln for ln in block if _CHROME_RE.search(ln) or _BREADCRUMB_RE.match(ln)]
    if any(find_date(ln) for ln in block):
        return None  # "Home > News | Posted on 8 December 2026": the head's date line
    if chrome and all(
        ln in chrome or (len(ln.split()) <= MASTHEAD_PART_MAX_WORDS and _outlet_like(ln))
        for ln in block
    ):
        return j
    return None


def _same_text(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _headline_like(line: str, first: bool = False) -> bool:
    """A line shaped like a headline; the text's first line may run longer, as state
    agencies' and tabloids' headlines do."""
    words = line.split()
    return (
        0 < len(words) < (FIRST_HEADLINE_MAX_WORDS if first else HEADLINE_MAX_WORDS)
        and len(line) <= HEADLINE_MAX_CHARS
        and not line.endswith(".")
        and not _CONTINUES_RE.search(line)
        and bool(_OPENER_RE.match(line))
        and not BULLET_RE.match(line)
    )


def head_dateline(head: str) -> tuple[int, int, str | None, bool | None] | None:
    """A wire dateline alone on a line of the head ("QUITO, Ecuador, Nov. 6, 2018"), or a
    paper's place and date of issue ("Paramaribo, Thursday, 3 December 2026 | No. 12.087",
    "SOUTH CAUCASUS STANDARD | Tbilisi | Thursday, October 29, 2026"):
    the character span of its place in ``head``, the country named after it, if any, and
    whether the place is in capitals (else only a known place is one); None for a
    masthead's cell, a desk's seat that may lie far from the story."""
    offset = 0
    for line in head.split("\n"):
        m = _DATELINE_LINE_RE.match(line)
        if m and len(m["place"]) >= 3:
            return offset + m.start("place"), offset + m.end("place"), m["country"], True
        m = _ISSUE_PLACE_LINE_RE.match(line)
        if m and not _DATE_WORD_RE.fullmatch(m["place"]):
            return offset + m.start("place"), offset + m.end("place"), None, False
        m = _MASTHEAD_PLACE_RE.search(line)
        if m and not _DATE_WORD_RE.fullmatch(m["place"]):
            return offset + m.start("place"), offset + m.end("place"), None, None
        offset += len(line) + 1
    return None


# Where a byline says its reporter is: "By Hana Choi in Seoul", "By Chinedu Okafor, Calabar",
# "By Laura Quintero Vélez | Bogotá | 4 November 2025".
_BYLINE_PLACE_RE = re.compile(
    r"(?:\bin\s+|[,|]\s*)(?P<place>[A-Z][\w'’.-]+(?:[ -](?:de |del |la |el )?[A-Z][\w'’.-]+){0,2})"
    r"(?=\s*(?:$|[,|;]|\band\b))"
)


def byline_place_spans(head: str) -> list[tuple[int, int]]:
    """Character spans in ``head`` of the names a byline places its reporters at: what
    follows "in" or a separator after the names. Which of them are places is for the
    gazetteer to say."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in head.split("\n"):
        found = _byline(line)
        if found is not None and found[0]:
            # After the names ("By Jan Holm, Calabar"), or after "in" wherever it stands
            # ("By Hannah Ferris in Pristina and Luka Marić in Belgrade").
            names_end = line.find(found[0]) + len(found[0]) if found[0] in line else 0
            for m in _BYLINE_PLACE_RE.finditer(line):
                if m.start("place") >= names_end or m[0].startswith("in"):
                    spans.append((offset + m.start("place"), offset + m.end("place")))
        offset += len(line) + 1
    return spans


def dateline_end(paragraph: str) -> int:
    """Where a wire dateline opening the paragraph ends (0 when there is none): its date
    is the story's, not an event in it."""
    m = _dateline_match(paragraph)
    return m.end() if m else 0


def dateline_spans(paragraph: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Character spans of a wire dateline's place and of its agency in brackets
    ("BAKU", "Reuters"), the agency None when there is none."""
    m = _dateline_match(paragraph)
    if m is None:
        return None
    return m.span("place"), (m.span("agency") if m.groupdict().get("agency") else None)


def colon_dateline_span(paragraph: str) -> tuple[int, int] | None:
    """The span of a place in capitals opening a paragraph before a colon, which may be a
    dateline ("ISLAMABAD: ...") or a speaker's or a label's name (see
    ``_COLON_DATELINE_RE``)."""
    m = _COLON_DATELINE_RE.match(paragraph)
    return m.span("place") if m else None


def _dateline(paragraph: str) -> tuple[str, str] | None:
    """(place, text between place and agency/dash) of a wire dateline, if any."""
    m = _dateline_match(paragraph)
    return (m["place"].strip(), m["rest"] or "") if m else None


def _dateline_match(paragraph: str) -> re.Match[str] | None:
    """The match of the first dateline pattern that opens the paragraph as a dateline."""
    for pattern in _DATELINE_RES:
        m = pattern.match(paragraph)
        if not m:
            continue
        agency = m.groupdict().get("agency")
        dated = "agency" not in m.groupdict()  # the pattern that needs a full date
        if not (agency or dated or m["place"].isupper()):
            continue
        # A bare "UN - ..." opening is prose; a bare dateline names a real place.
        if agency or dated or m["rest"] or len(m["place"]) >= 4:
            return m
    return None


# What a byline says of its writer after the name: "Central America correspondent".
_DESK_RE = re.compile(
    r"(?:[\w'’-]+ ){0,4}(?:correspondent|reporter|editor|writer|journalist|bureau chief|"
    r"staff|contributor)s?",
    re.IGNORECASE,
)
# A writer's desk after her name: "Jane Doe, Europe editor".
_DESK_TAIL_RE = re.compile(rf",\s*{_DESK_RE.pattern},?\s*$", re.IGNORECASE)


def parse_article(text: str) -> ParsedArticle:
    """Split a normalized article text into its head and body paragraphs.

    Raises :class:`NoBodyError` when nothing but head lines (or nothing) is there.
    """
    lines = text.split("\n")
    offsets = _line_starts(text)
    fields = _HeadFields()
    n = len(lines)
    i = 0
    body_line: int | None = None
    standfirst_checked = False
    standfirst: int | None = None  # the line of a standfirst above the byline
    while i < n:
        line = lines[i].strip()
        if not line or _repeats_headline(line, fields.headline) or _PAGE_CHROME_RE.match(line):
            i += 1
            continue
        if fields.headline is not None and (end := _chrome_block(lines, i)) is not None:
            i = end  # "The Levant Dispatch" over "Home > Middle East > Syria"
            continue
        if _apply_meta(line, fields):
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < n else ""
        if (
            fields.headline is None
            and _headline_like(line, first=not any(ln.strip() for ln in lines[:i]))
            and (
                not nxt.strip()
                or _is_meta(nxt)
                or _same_text(nxt.strip(), line)
                or _is_heading_line(line, nxt)
            )
        ):
            fields.headline = line
            i += 1
            continue
        if fields.headline is not None and (
            end := _head_block(lines, i, fields) or _masthead_block(lines, i, fields)
        ):
            i = end
            continue
        # "Name" alone, or "Name, Central America correspondent", with the date on the
        # next line is a two-line byline; "Name, Town" the same, above a published stamp.
        # "Jane Doe (now) and John Roe (earlier)" on a live page: who wrote when.
        # "Name" over "North Africa reporter" over the date: the desk line is head too.
        desk_below = bool(_DESK_RE.fullmatch(nxt.strip())) and "," not in line
        dated = lines[i + 2].strip() if desk_below and i + 2 < n else nxt.strip()
        # Names alone on their line below the head's date are its writers too.
        # "FRONT PAGE" over "By Jane Doe, Staff Reporter", or over a standfirst and then
        # the byline: a desk's label, not a writer.
        desk_over_byline = is_kicker(line) and any(
            _byline(ln.strip()) is not None for ln in lines[i + 1 : i + 1 + KICKER_REACH]
        )
        if desk_over_byline and not nxt.strip() and not standfirst_checked:
            i += 1
            continue
        if (
            fields.author is None
            and not desk_over_byline
            and (name := _author_line(line))
            and (_is_date_line(dated) or (fields.published is not None and not nxt.strip()))
        ):
            fields.author = name
            i += 2 if desk_below else 1
            continue
        # A standfirst followed by byline/date lines: the head runs past them.
        if fields.headline is not None and not standfirst_checked:
            standfirst_checked = True
            j = i
            while j < n and lines[j].strip():
                j += 1
            words = sum(len(lines[k].split()) for k in range(i, j))
            k = j
            while k < n and not lines[k].strip():
                k += 1
            meta_end = k
            byline = None
            if (
                k + 1 < n
                and not _is_meta(lines[k])
                and (name := _author_line(lines[k].strip()))
                and _is_meta(lines[k + 1])
            ):
                byline, meta_end = name, k + 1  # "Jane Doe in Kyiv" over the date line
            while (
                meta_end < n
                and lines[meta_end].strip()
                and (
                    (
                        _is_meta(lines[meta_end])
                        and not _CLOSING_CREDIT_RE.match(lines[meta_end].strip())
                    )
                    # "By Jane Doe and John Roe" over "STAFF WRITERS": their desk
                    or (
                        meta_end > k
                        and _DESK_RE.fullmatch(lines[meta_end].strip())
                        and is_byline(lines[meta_end - 1])
                    )
                )
            ):
                meta_end += 1
            closes = meta_end == n or not lines[meta_end].strip()
            if words <= STANDFIRST_MAX_WORDS and meta_end > k and closes:
                if byline and fields.author is None:
                    fields.author = byline
                for m_line in lines[k + (byline is not None) : meta_end]:
                    _apply_meta(m_line, fields)
                # The standfirst opens the body, a desk's label over the byline does not;
                # the byline and date lines below it stay where they stand, read as head.
                # Nor does a block that repeats the headline between its kicker and its
                # deck: the page's own head, set again above the byline.
                repeats = any(
                    _repeats_headline(lines[x].strip(), fields.headline) for x in range(i, j)
                )
                if not (j == i + 1 and is_kicker(line)) and not repeats:
                    standfirst = i
                i = meta_end
                continue
        body_line = i
        break
    if body_line is None:
        raise NoBodyError("no body text after the head" if text.strip() else "empty text")

    if standfirst is not None:
        body_line = standfirst
    first = lines[body_line]
    body_start = offsets[body_line] + len(first) - len(first.lstrip())
    # A repeat of the headline opening the body is no body text. Further down it stays
    # a paragraph (a subject line in capitals over a parliament's answer): dropped, it
    # would leave text between two sections that belongs to neither.
    paragraphs = split_paragraphs(text, body_start)
    if paragraphs and _same_text(paragraphs[0].text, fields.headline):
        paragraphs = paragraphs[1:]
    # Trailing metadata ("Source: ...", a copyright line) is not body either, but
    # what it says counts (the head's own lines take precedence).
    kept: list[Paragraph] = []
    while paragraphs and all(_is_meta(ln) for ln in paragraphs[-1].text.split("\n")):
        last = paragraphs.pop()
        for meta_line in last.text.split("\n"):
            _apply_meta(meta_line, fields)
        if (_LICENSE_RE.match(last.text) and not _SOURCE_RE.match(last.text)) or _CREDIT_RE.match(
            last.text
        ):
            # A copyright line, or the credit of who reported ("Additional reporting by
            # X in Accra"), ends the body: a section of its own, its names people.
            kept.insert(0, last)
    paragraphs += kept
    if not paragraphs:
        raise NoBodyError("no body text after the head")

    lead = _lead(paragraphs)
    # Head lines a page's clutter pushed below the body's start ("THE ROCK COURIER" over
    # its menu, then "By Jane Doe" over the date): read as the head's.
    below = _HeadFields()
    for para in lead:
        for line in para.text.split("\n"):
            if len(line.split()) <= HEAD_LINE_MAX_WORDS:
                _apply_meta(line, below)
    if fields.author is None:
        fields.author = below.author or next(
            filter(None, map(_credited_author, paragraphs[-2:][::-1])), None
        )
    published = fields.published
    caption_date = None if published else _caption_date(paragraphs) or below.published
    dateline, rest = fields.dateline, fields.dateline_text
    # The dateline opens the story, which may come after captions and their credits.
    for para in lead if dateline is None else ():
        if found := _dateline(para.text):
            dateline, rest = found
            break
    if dateline is not None and rest:
        ref = _reference_year(fields) or caption_date or _body_year(paragraphs)
        date = find_date(rest, default_year=ref.year if ref else None)
        if date is not None and ref is not None and date > ref and not re.search(_YEAR, rest):
            # Dateline without a year, reference in January: the story is from December.
            date = date.replace(year=date.year - 1)
        published = published or date
    # A head line of parts that no other reading dated ("PRESS RELEASE | PR/2026/118 |
    # Juba, 3 December 2026"), in the head or pushed below the body's start.
    parts = _HeadFields()
    for line in [
        *text[: paragraphs[0].char_start].split("\n"),
        *(ln for para in lead for ln in para.text.split("\n")),
    ]:
        _dated_parts(line, parts)
    # A live page may state only when it was last updated: that still dates its
    # "on Tuesday" better than nothing does, and better than a photo caption's date.
    published = (
        published
        or parts.published
        or fields.updated
        or parts.updated
        or caption_date
        or below.updated
        or _headline_date(fields.headline)
        or _footer_date(paragraphs)
    )

    paragraphs = _past_clutter(paragraphs, fields.headline)

    genre = fields.genre
    # "Explainer: Why ...", "Analysis - ...": the headline labels the piece.
    label = rf"({_GENRE_RE})\s*(?::|\s[-–—|])\s"
    if genre is None and fields.headline and (m := re.match(label, fields.headline, re.I)):
        genre = _genre(m[1])
    head = ArticleHead(
        headline=fields.headline,
        author=fields.author,
        genre=genre,
        published_date=published,
        dateline=dateline,
        source_url=fields.source_url,
        body_start=paragraphs[0].char_start,
    )
    return ParsedArticle(head=head, paragraphs=tuple(paragraphs))


# A report's issue date closing its title: "Flash Update No. 4 (4 December 2026)",
# "Situation Report - 12 May 2026".
_HEADLINE_DATE_RE = re.compile(r"(?:\(([^()]{6,40})\)|(?:\s[-–—|]|,)\s+([^-–—|,()]{6,40}))\s*$")


def _headline_date(headline: str | None) -> dt.date | None:
    """The full date (day, month and year) that closes a headline, if any."""
    m = _HEADLINE_DATE_RE.search(headline or "")
    if m is None:
        return None
    text = (m[1] or m[2]).strip()
    if not re.search(_YEAR, text):
        return None
    return parse_date(text)


# How far the body's first paragraphs may hold head lines and the dateline: up to the
# first paragraph of prose, and never past this many.
LEAD_MAX_PARAGRAPHS = 8
LEAD_PROSE_WORDS = 25


def _lead(paragraphs: Sequence[Paragraph]) -> Sequence[Paragraph]:
    """The body's first paragraphs up to its first of prose (three at least): where a
    page's clutter may have pushed its head lines and its dateline."""
    for k, para in enumerate(paragraphs[:LEAD_MAX_PARAGRAPHS]):
        words = [w for w in para.text.split() if any(c.isalpha() for c in w)]
        if len(words) >= LEAD_PROSE_WORDS and SENTENCE_END_RE.search(para.text.strip()):
            return paragraphs[: max(3, k + 1)]
    return paragraphs[:LEAD_MAX_PARAGRAPHS]


def _clutter_line(line: str, headline: str | None, caps: bool = True) -> bool:
    """A line of a release's letterhead or a page's clutter: a head line, a masthead,
    a breadcrumb or share bar, the headline again, a subject line, one of
    :data:`_LETTERHEAD_RES` ("Tel.: +31 70 302 2323", "Press Release No. 2026/56",
    "Army Headquarters, Bhadrakali, Kathmandu") or, with ``caps``, a short line in
    capitals ("INTERNATIONAL COURT OF JUSTICE")."""
    if _is_meta(line) or _PAGE_CHROME_RE.match(line) or _masthead_line(line):
        return True
    if _CHROME_RE.search(line) or _BREADCRUMB_RE.match(line) or _SUBJECT_RE.match(line):
        return True
    if _repeats_headline(line, headline) or _within_headline(line, headline):
        return True
    if SENTENCE_END_RE.search(line):
        return False
    if caps and line.isupper() and len(line.split()) <= MASTHEAD_PART_MAX_WORDS:
        return True
    return any(r.search(line) for r in _LETTERHEAD_RES)


_LETTERHEAD_RES = (
    # Telephone, fax and mail lines
    re.compile(r"^(?:tel|phone|telephone|fax|e-?mail|hotline)\b\.?\s*:?|\+\d{1,3}[\s(]", re.I),
    # A release's number: "Press Release No. 31 (2083/84)", "No. 2026/56", "SB0412"
    re.compile(
        r"^(?:(?:press |news |media )?(?:release|statement|communiqu[eé]|bulletin)\s+)?"
        r"(?:no\.|number|nr\.|#)\s*[\w/().-]+(?:\s+\([\w/ -]+\))?$|^[A-Z]{1,4}-?\d{2,}[\w/-]*$",
        re.I,
    ),
    # An address: capitalised parts set apart by commas, no verb among them
    re.compile(
        r"^[A-Z0-9][\w'’.-]*(?: [\w'’.-]+){0,3}(?:, [A-Z0-9][\w'’.-]*(?: [\w'’.-]+){0,3}){2,}$"
    ),
    # A menu of links set apart by wide spaces: "Website   X   YouTube   LinkedIn"
    re.compile(r"^[\w'’.-]+(?: [\w'’.-]+)?(?:\s{2,}[\w'’.-]+(?: [\w'’.-]+)?){2,}$"),
)


def _within_headline(line: str, headline: str | None) -> bool:
    """A part of the headline set again on its own ("Armed Activities in the Agacher
    Frontier Area (Burkina Faso v. Mali)" under "... – The Court indicates ...")."""
    if headline is None or len(line.split()) < 3:
        return False
    return " ".join(line.split()).casefold() in " ".join(headline.split()).casefold()


# A letter's or release's subject line: "Subject: Operations update on ...".
_SUBJECT_RE = re.compile(r"^(?:subject|re|ref|reference)\s*:\s", re.IGNORECASE)


def _past_clutter(paragraphs: list[Paragraph], headline: str | None) -> list[Paragraph]:
    """The body from its first paragraph of prose, when only clutter stands above it:
    a release's letterhead, address and reference lines, a page's share bar. Their
    head lines were read already (:func:`_lead`); as body they would open a section."""
    for k, para in enumerate(paragraphs[:LEAD_MAX_PARAGRAPHS]):
        words = [w for w in para.text.split() if any(c.isalpha() for c in w)]
        ended = SENTENCE_END_RE.search(para.text.strip()) or para.text.strip().endswith(":")
        if len(words) >= LEAD_PROSE_WORDS and ended:
            # A line alone over the prose is its heading ("BREAKING - 0712 GMT",
            # "CHAD/NIGER"), unless it is clutter by more than its capitals.
            above = paragraphs[k - 1].text.strip() if k else ""
            if k and "\n" not in above and not _clutter_line(above, headline, caps=False):
                k -= 1
            return paragraphs[k:]
        lines = [ln.strip() for ln in para.text.split("\n") if ln.strip()]
        # A short word beside the letterhead's lines is its too ("Unofficial").
        short = [ln for ln in lines if len(ln.split()) <= 2 and not SENTENCE_END_RE.search(ln)]
        clutter = [ln for ln in lines if _clutter_line(ln, headline)]
        if not clutter or len(clutter) + len(short) < len(lines):
            break
    return paragraphs


def _caption_date(paragraphs: Sequence[Paragraph]) -> dt.date | None:
    """A full date stated by the first paragraphs when the head states none.

    A date alone on its line below a photo credit, or a photo caption's date
    ("People gather at the site ..., Nov. 1, 2017.", "[Photo: ... 3 March 2021]"),
    dates the article: captions are written the day the story runs. So does a head line
    set among the lines of a first paragraph ("... | Issued 3 December 2026 | ...").
    """
    for para in paragraphs[:3]:
        text = para.text.strip()
        if date := parse_date(text):
            return date
        for line in text.split("\n") if "\n" in text else ():
            # A head line the page set among the body's first lines: "Daily Report
            # 4/2026 | Issued 3 December 2026 | All times are local".
            stated = _HeadFields()
            if _apply_meta(line, stated) and stated.published is not None:
                return stated.published
        if len(text.split()) > 60:
            continue
        dated = full_dates(text)
        if not dated:
            continue
        date, start, end = dated[-1]
        if _RANGE_END_RE.search(text[:start]):
            # "Edition of Saturday 28 November – Friday 4 December 2026": its first day
            date = find_date(text[text.rfind("\n", 0, start) + 1 : end]) or date
        tail = text[end:].strip(" .)]")
        if _CAPTION_RE.search(text) or (para is paragraphs[0] and not tail):
            return date
    return None


def _body_year(paragraphs: Sequence[Paragraph]) -> dt.date | None:
    """The latest year a full date in the body states, for a year-less dateline."""
    years = [d.year for p in paragraphs for d, _, _ in full_dates(p.text)]
    return dt.date(max(years), 12, 31) if years else None


def _reference_year(fields: _HeadFields) -> dt.date | None:
    """A date whose year a year-less dateline can borrow (updated stamp, URL year, the
    copyright line's year)."""
    if fields.updated:
        return fields.updated
    if fields.copyright_year:
        return dt.date(fields.copyright_year, 12, 31)
    if fields.source_url and (m := _YEAR_IN_URL_RE.search(fields.source_url)):
        return dt.date(int(m.group(1)), 12, 31)
    return None
