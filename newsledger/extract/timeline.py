"""Dated events: every date expression in the body, with the clause it dates.

Date forms and their precision (``date_start``..``date_end`` is every day the
words can mean):

======================================  ============  =======================
"27 September 2020", "September 27"     day           that day
"November 2-3", "2 and 3 May"           day           first..last day
"early September 27", "Sunday"          day           that day
"yesterday", "today", "tomorrow"        day           published date -1/0/+1
"last night"                            day           published date -1
"after midnight"                        day           published date
"this morning", "this evening"          day           published date
"between Monday and Thursday", "the     day           first..second weekday
night of Saturday to Sunday"
"the weekend", "last weekend"           day           Saturday..Sunday
"last week", "earlier this week"        day           Monday..Sunday
"July 2020", "in July", "last month"    month         the month
"January and February", "December       month         first..last month
of 2008 through January of this year"
"in 1993", "last year"                  year          the year
"1991-1994", "between 1991 and 1994"    years         1991-01-01..1994-12-31
"between 1 and 11 January"              day           January 1..11
"the 1990s"                             decade        1990..1999
"the early/mid/late 1990s", "mid-1990s" decade_part   1990-93 / 94-96 / 97-99
"three years ago", "more than a year    year          published year - n
ago"; "two months ago"; "weeks ago"     month / day   that month / week
"some three decades ago"                decade        the decade n*10 years back
"early 19th-century", "the 20th         years         1800-1832 / 1900-1999
century"
"the Second World War" (lexicon)        years         1939..1945
======================================  ============  =======================

"earlier this week" ends on the published date unless the clause speaks of the
future; "overnight" is the published date. "This week" and "this year" alone name
the time the story stands in, not an event's date: they are not dated.

Missing years come from the last month written with its year earlier in the same
sentence ("in July 2020 and again in August") or the year that opens it ("In 2005, ...
on August 15"), else from the published date (a past event dated after publication moves back
a year; one up to a month after it that no past tense tells of is a coming one; a future
one half a year or more before it is next year's: "must leave by 3 January" in
December). Weekdays and "the weekend" resolve against the published date: the
latest one on or before it, or the next one after it when the clause speaks
of the future ("is to host ... on Thursday", "will") or sets a deadline ("until
April 8", "by midnight on Monday"). Relative dates are
skipped when the published date is unknown; so is a bare month repeating a
month already dated in its paragraph ("In July 2020 ... After the July
clashes" is one event).

Never dates: a coming week, month or year ("would meet ... next week": a plan
that names no day; "next Monday" and "on Thursday" are dated); durations and ages
("four-year war", "11-year lull", "48 hours" do not match any form). A bare
four-digit number is a year only when spaCy tags it as a date or a year word
precedes it ("in", "since", "until" ...).
Sections of type "other" (captions, links, a live page's key points) are skipped; a
wire's factbox is read.

``text_date`` is the date words as written, with "the" for decades
("the late 1980s") but without a leading preposition ("on Thursday" gives
"Thursday"); ``description`` is the clause that holds the date: the subtree of
the nearest clause-level verb above it, else the sentence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsledger.extract.needles import Gate, needles
from newsledger.extract.syntax import ArticleContext, is_verb, lemma_of, lexicon, lexset
from newsledger.ids import row_id
from newsledger.parse import STAMP_LINE_RE, dateline_end, is_head_line, stamp_date

MONTHS = {m.casefold(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.casefold(): i for i, m in enumerate(calendar.month_abbr) if m
}
MONTHS["sept"] = 9
WEEKDAYS = {d.casefold(): i for i, d in enumerate(calendar.day_name)}
_MONTH_FULL = "|".join(m for m in calendar.month_name if m)
# A short month with its point or without ("Nov. 12", "Nov 12"), never a word's start.
# Military and maritime notices write it in capitals: "14 NOV 2026 2210".
_MONTH = (
    r"(?:(?:" + _MONTH_FULL + r")(?![a-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)(?:\.|(?![A-Za-z.])))"
)
_WEEKDAY = "|".join(d for d in calendar.day_name)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PART = r"(?:(?P<part>early|late|mid)[\s-]+)?"
_DAYPART = r"(?:\s+(?P<daypart>morning|afternoon|evening|night))?"
# Clause-level dependency labels: a verb with one of these heads a clause.
CLAUSE_LEVEL = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "parataxis", "csubj"})


def _re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Named periods ("the Second World War") from the lexicon, longest first.
_NAMED = "|".join(
    re.escape(n).replace(r"\ ", r"\s+")
    for n in sorted(lexicon()["named_periods"], key=len, reverse=True)
)


# (name, pattern) in priority order; earlier patterns win overlaps.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "decade_part",
        _re(
            r"(?:\b[Tt]he\s+)?\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?P<decade>(?:1[5-9]|20)\d0)s\b"
        ),
    ),
    # Not a time and a latitude: "15 NOV 2026 1720 – 28°12'N".
    ("years", _re(rf"\b(?P<y1>{_YEAR})\s*[-–—]\s*(?P<y2>{_YEAR}|\d\d)\b(?![°º'′])")),
    (
        "years",
        _re(rf"\b(?:[Ff]rom\s+)?(?P<y1>{_YEAR})\s+(?:to|until|till|through)\s+(?P<y2>{_YEAR})\b"),
    ),
    ("years", _re(rf"\b[Bb]etween\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b")),
    # "the night of 31 March to 1 April 2025": one span of days over two months.
    (
        "day_span",
        _re(
            rf"\b(?P<da>{_DAY})\s+(?P<ma>{_MONTH})\s+(?:to|until|through|[-–])\s+"
            rf"(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?(?![\w-])"
        ),
    ),
    # "between 1 and 11 January", "from 3 to 5 May": one span of days.
    (
        "day",
        _re(
            rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<d1>{_DAY})\s+(?:and|to|until|through)\s+"
            rf"(?P<e1>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?(?![\w-])"
        ),
    ),
    (
        "day",
        _re(
            rf"(?:\b(?P<part>[Ee]arly|[Ll]ate)\s+)?(?:(?:{_WEEKDAY}),?\s+)?"
            rf"(?:(?P<d1>{_DAY})(?:(?:\s*[-–]\s*|\s+and\s+)(?P<e1>{_DAY}))?\s+(?:of\s+)?(?P<m1>{_MONTH})"
            rf"(?:,?\s+(?P<y1>{_YEAR}))?"
            rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:\s*[-–]\s*(?P<e2>{_DAY}))?"
            rf"(?:,?\s+(?P<y2>{_YEAR}))?)(?![\w-])"
        ),
    ),
    (
        "month_range",
        _re(
            rf"\b(?P<ma>{_MONTH_FULL})(?:\s+(?:of\s+)?(?P<ya>{_YEAR}))?\s+(?:and|to|through|until|till)"
            rf"\s+(?P<mb>{_MONTH_FULL})(?:\s+(?:of\s+)?(?P<yb>{_YEAR}|this year|last year))?\b"
        ),
    ),
    (
        "month",
        _re(rf"(?:\b(?P<part>[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?\b(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b"),
    ),
    ("decade", _re(r"(?:\b[Tt]he\s+)?\b(?P<decade>(?:1[5-9]|20)\d0)s\b")),
    # "since the fighting began on the 17th": a day of the report's month, or of the
    # month before when that day is still to come.
    (
        "month_day",
        _re(
            r"\b(?:on|since|from|until|till|by)\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            rf"(?!\s+(?:of\s+)?(?:{_MONTH}|century|anniversary|brigade|division|battalion|regiment))"
        ),
    ),
    # A timeline entry dated by day and month in figures, as much of Europe writes them:
    # "21.11 – Belarusian artillery shells Kuźnica" (only before an entry's dash, where
    # "21.11" is no time of day).
    (
        "entry_day",
        _re(r"(?m)^(?P<d>[0-2]?\d|3[01])\.(?P<mo>0?[1-9]|1[0-2])\.?(?=\s*[–—-]\s|\s*$)"),
    ),
    ("relday", _re(r"\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b" + _DAYPART)),
    ("relday", _re(r"\b(?P<rel>[Tt]his\s+(?:morning|afternoon|evening))\b")),
    # "last night" is the evening before the report's day.
    ("lastnight", _re(r"\b[Ll]ast\s+night\b")),
    ("relday", _re(r"\b(?:after|before|around|since|at)\s+(?P<rel>midnight)\b")),
    # "overnight" dates the night before the report, unless a weekday follows.
    ("relday", _re(rf"\b(?P<rel>[Oo]vernight)\b(?!,?\s+(?:on\s+)?(?:{_WEEKDAY}))")),
    # "between Monday and Thursday", "the night of Saturday to Sunday", "from Saturday
    # night into the early hours of Sunday": every day from the first to the second.
    (
        "weekday_range",
        _re(
            rf"\b(?:[Bb]etween|[Ff]rom|[Nn]ight\s+(?:of|from))\s+(?P<wd>{_WEEKDAY})"
            r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:and|to|into|until|till)\s+"
            rf"(?:the\s+early\s+hours\s+of\s+)?(?P<wd2>{_WEEKDAY})\b"
        ),
    ),
    (
        "weekday",
        _re(rf"(?:\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+)?\b(?P<wd>{_WEEKDAY})\b" + _DAYPART),
    ),
    ("weekend", _re(r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he)\s+weekend\b")),
    (
        "period",
        _re(
            r"\b(?:[Ee]arlier\s+)?(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?P<unit>week|month|year)\b"
        ),
    ),
    ("daysago", _re(r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+ago\b")),
    (
        "ago",
        _re(
            r"\b(?:(?:more than|over|almost|nearly|about|around|some|roughly|less than)\s+)?"
            r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|a dozen|a few|several)\s+"
            r"(?P<unit>week|month|year|decade)s?\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (
        "century",
        _re(
            r"(?:\b[Tt]he\s+)?(?:\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?"
            r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+[Cc]entury\b"
        ),
    ),
    ("named", _re(r"\b(?:the\s+)?(?P<name>" + _NAMED + r")\b", re.IGNORECASE)),
    ("bare_month", _re(rf"\b(?P<m>{_MONTH_FULL})\b")),
    # Not the time after a date ("15 NOV 2026 1720") nor a bearing ("1720°"); "mid-2024"
    # is its year, as "late 2023" is.
    (
        "year",
        _re(rf"(?:(?<=\b[Mm]id-)|(?<![\w.,-]))(?<!\d{{4}} )(?P<y>{_YEAR})(?![\w%°º-])"),
    ),
]
# Each pattern with the words every match of it holds: a sentence without them is not
# searched (most sentences hold no date).
_GATED_PATTERNS = [(kind, pattern, needles(pattern)) for kind, pattern in PATTERNS]
_ENTRY_DASH_RE = re.compile(r"[ \t]*[–—-]\s")
_GATE = Gate(words for _, _, words in _GATED_PATTERNS)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_SMALL |= {"nine": 9, "ten": 10, "a": 1, "an": 1, "one": 1, "a few": 3, "several": 3}
_SMALL |= {"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
_SMALL |= {"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "a dozen": 12}


@dataclass
class _Date:
    start: dt.date
    end: dt.date
    precision: str
    year_known: bool = True  # False when the year was inferred


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# How far after the published date a date written without its year may be a coming one.
COMING_DAYS = 31


def _coming(date: dt.date, pub: dt.date, tok: Token | None) -> bool:
    """A date a few weeks after publication that no simple past tells of: a coming one
    ("has proposed a round in Geneva on 1 December" in a November story), not last year's."""
    if tok is None or (date - pub).days > COMING_DAYS:
        return False
    own = next((a for a in tok.ancestors if is_verb(a)), None)
    if own is None:
        return True
    past = own.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in own.children
    )  # "fought", "was held", "had begun"
    return not past


def _is_future(ctx: ArticleContext, tok: Token | None) -> bool:
    """Does the clause around a date speak of the future ("will", "is to host")?"""
    if tok is None:
        return False
    future = lexset("future_lemmas")
    prep = next((a for a in tok.ancestors if a.dep_ == "prep"), None)
    deadline = prep if prep is not None and prep.lower_ in ("until", "till", "by") else None
    if deadline is None and prep is not None and prep.lower_ in ("on", "at") and prep.i >= 1:
        # "by midnight on Monday": an hour of the day before it is the deadline's, wherever
        # the parser hung "on Monday".
        before = tok.doc[prep.i - 1]
        if (
            before.dep_ == "pobj"
            and before.head.lower_ in ("until", "till", "by")
            and (before.ent_type_ == "TIME" or before.lower_ in lexset("hours_of_day"))
        ):
            deadline = before.head
    if (
        deadline is not None
        and deadline.head.tag_ != "VBD"
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in deadline.head.children)
    ):
        # A deadline: "has given the militia until April 8", "to stop fighting by
        # midnight on Monday"; "by Thursday evening had retaken the hamlet" is past.
        return True
    if prep is not None and prep.lower_ == "for" and tok.head.i == prep.i:
        # A date set: "called an emergency session for Saturday".
        return True
    own = next((a for a in [tok, *tok.ancestors] if is_verb(a)), None)
    if own is not None and any(c.dep_ == "aux" and c.lower_ == "would" for c in own.children):
        # "would" is the future of reported speech when it governs the date itself:
        # "said ministers would discuss sanctions on Monday" (not "the operation, which
        # began on Sunday, would go on").
        return True
    if (
        own is not None
        and own.dep_ == "advcl"
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN_WORDS for c in own.children)
        and any(
            c.dep_ == "aux" and c.lower_ in ("would", "will")
            for anc in own.ancestors
            for c in anc.children
        )
    ):
        # "would ask the Legislature ... when it convenes in January": the time of a
        # deed to come.
        return True
    for anc in [tok, *tok.ancestors]:
        if any(c.dep_ == "aux" and lemma_of(c) in ("will", "shall") for c in anc.children):
            return True
        # "is to host": be + to-infinitive
        if lemma_of(anc) == "be" and any(
            c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in anc.children
        ):
            return True
        # "were due to meet on Tuesday": "due" is an adjective.
        if (is_verb(anc) or anc.pos_ == "ADJ") and lemma_of(anc) in future:
            return True
    return False


_WHEN_WORDS = frozenset({"when", "once", "after", "before", "until"})


# A future date without its year that falls this many days or more before the article's
# is in the next year.
FUTURE_WRAP_DAYS = 180


def _wraps_ahead(date: dt.date, pub: dt.date) -> bool:
    return (pub - date).days >= FUTURE_WRAP_DAYS


def _weekday(pub: dt.date, wd: int, which: str | None, future: bool) -> dt.date:
    which = (which or "").casefold()
    if which == "next":
        delta = (wd - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta)
    if future and which != "last":
        # "The council will meet on Friday" in Friday's paper is today; a week ahead
        # would be "next Friday".
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    delta = (pub.weekday() - wd) % 7
    if which == "last" and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


def _resolve(
    kind: str,
    m: re.Match[str],
    ctx: ArticleContext,
    year_ctx: int | None,
    tok: Token | None,
    posted: dt.date | None = None,
) -> _Date | None:
    g = m.groupdict()
    pub = posted or ctx.published_date
    if kind == "decade_part":
        decade = int(g["decade"])
        lo, hi = lexicon()["decade_parts"][g["part"].casefold()]
        return _Date(dt.date(decade + lo, 1, 1), dt.date(decade + hi, 12, 31), "decade_part")
    if kind == "decade":
        decade = int(g["decade"])
        return _Date(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), "decade")
    if kind == "years":
        y1 = int(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else y1 // 100 * 100 + int(g["y2"])
        if y2 <= y1:
            return None
        return _Date(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "years")
    if kind == "year":
        y = int(g["y"])
        return _Date(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if kind == "named":
        y1, y2 = lexicon()["named_periods"][" ".join(g["name"].casefold().split())]
        return _Date(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "years")
    if kind == "century":
        first = (int(g["n"]) - 1) * 100
        lo, hi = lexicon()["century_parts"][(g["part"] or "whole").casefold()]
        return _Date(dt.date(first + lo, 1, 1), dt.date(first + hi, 12, 31), "years")
    if kind == "month_range":
        return _month_range(g, pub, year_ctx)
    if kind == "day_span":
        # The span's last day, dated as a date alone is; its first day goes before it.
        last = _resolve("day", m, ctx, year_ctx, tok)
        if last is None:
            return None
        month, day = MONTHS[g["ma"].rstrip(".").casefold()], int(re.sub(r"\D", "", g["da"]))
        try:
            first = last.start.replace(month=month, day=day)
        except ValueError:
            return None
        if first > last.start:
            first = first.replace(year=first.year - 1)
        return _Date(first, last.end, "day", last.year_known)
    if kind in ("day", "month", "bare_month"):
        month_word = (g.get("m1") or g.get("m2") or g.get("m") or "").rstrip(".").casefold()
        month = MONTHS[month_word]
        year_text = g.get("y1") or g.get("y2") or g.get("y")
        if year_text:
            year, known = int(year_text), True
        elif year_ctx is not None:
            year, known = year_ctx, False
        elif pub is not None:
            year, known = pub.year, False
        else:
            return None
        if kind == "day":
            day = int(re.sub(r"\D", "", g.get("d1") or g.get("d2") or ""))
            try:
                date = dt.date(year, month, day)
            except ValueError:
                return None
            if (
                not known
                and pub
                and date > pub
                and not _is_future(ctx, tok)
                and not _coming(date, pub, tok)
            ):
                date = date.replace(year=year - 1)
            elif (
                not known
                and pub
                and year == pub.year
                and _wraps_ahead(date, pub)
                and _is_future(ctx, tok)
            ):
                # "must leave by 3 January" in a December story: next year's (not "retook
                # them by 14 June" after "on 2 April 1982": the sentence gave the year).
                date = date.replace(year=year + 1)
            last = g.get("e1") or g.get("e2")  # "the night of November 2-3", "2-3 May"
            end = date
            if last and int(re.sub(r"\D", "", last)) > day:
                try:
                    end = date.replace(day=int(re.sub(r"\D", "", last)))
                except ValueError:
                    return None
            return _Date(date, end, "day", known)
        start = dt.date(year, month, 1)
        if not known and pub and start > pub and not _is_future(ctx, tok):
            start = start.replace(year=year - 1)
        elif not known and pub and _wraps_ahead(start, pub) and _is_future(ctx, tok):
            # "when it convenes in January" in a December story: next year's.
            start = start.replace(year=year + 1)
        return _Date(start, _month_end(start.year, month), "month", known)
    if pub is None:
        return None  # relative dates need the published date
    if kind == "entry_day":
        try:
            date = dt.date(pub.year, int(g["mo"]), int(g["d"]))
        except ValueError:
            return None
        if date > pub:  # "21.12" in a January story: last year's December
            date = date.replace(year=pub.year - 1)
        return _Date(date, date, "day")
    if kind == "month_day":
        day, month_start = int(g["d"]), pub.replace(day=1)
        if day > pub.day:
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        try:
            date = month_start.replace(day=day)
        except ValueError:
            return None
        return _Date(date, date, "day")
    if kind == "lastnight":
        return _Date(pub - dt.timedelta(days=1), pub - dt.timedelta(days=1), "day")
    if kind == "relday":
        offset = lexicon()["relative_days"][" ".join(g["rel"].casefold().split())]
        day = pub + dt.timedelta(days=offset)
        return _Date(day, day, "day")
    if kind == "weekday":
        day = _weekday(pub, WEEKDAYS[g["wd"].casefold()], g.get("which"), _is_future(ctx, tok))
        return _Date(day, day, "day")
    if kind == "weekday_range":
        future = _is_future(ctx, tok)
        first = _weekday(pub, WEEKDAYS[g["wd"].casefold()], None, future)
        span = (WEEKDAYS[g["wd2"].casefold()] - first.weekday()) % 7
        if not future and first + dt.timedelta(days=span) > pub:
            first -= dt.timedelta(days=7)  # a span told as past ends by the report's day
        return _Date(first, first + dt.timedelta(days=span), "day")
    if kind == "weekend":
        which = g["which"].casefold()
        sat = _weekday(pub, 5, "next" if which == "next" else None, False)
        if which == "last" and pub.weekday() >= 5:
            sat -= dt.timedelta(days=7)
        if which != "last" and which != "next" and _is_future(ctx, tok) and pub.weekday() < 5:
            sat = _weekday(pub, 5, "next", True)
        return _Date(sat, sat + dt.timedelta(days=1), "day")
    if kind == "period":
        which, unit = g["which"].casefold(), g["unit"]
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
            if shift == 0 and not _is_future(ctx, tok):
                return _Date(monday, pub, "day")  # "earlier this week": up to today
            return _Date(monday, monday + dt.timedelta(days=6), "day")
        if unit == "month":
            idx = pub.year * 12 + pub.month - 1 + shift
            y, mo = divmod(idx, 12)
            return _Date(dt.date(y, mo + 1, 1), _month_end(y, mo + 1), "month")
        y = pub.year + shift
        return _Date(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if kind == "daysago":
        n = int(g["n"]) if g["n"].isdigit() else _SMALL[g["n"].casefold()]
        day = pub - dt.timedelta(days=n)
        return _Date(day, day, "day")
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _SMALL[" ".join(g["n"].casefold().split())]
        unit = g["unit"].casefold()
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday(), weeks=n)
            return _Date(monday, monday + dt.timedelta(days=6), "day")
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return _Date(dt.date(y, mo + 1, 1), _month_end(y, mo + 1), "month")
        if unit == "year":
            y = pub.year - n
            return _Date(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
        decade = (pub.year - 10 * n) // 10 * 10
        return _Date(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), "decade")
    return None


def _month_range(g: dict, pub: dt.date | None, year_ctx: int | None) -> _Date | None:
    """ "January and February", "December of 2008 through January of this year"."""
    ma, mb = MONTHS[g["ma"].casefold()], MONTHS[g["mb"].casefold()]
    yb_text = (g["yb"] or "").casefold()
    if yb_text in ("this year", "last year"):
        if pub is None:
            return None
        yb = pub.year - (yb_text == "last year")
    elif yb_text:
        yb = int(yb_text)
    elif g["ya"]:
        yb = int(g["ya"]) + (mb < ma)
    elif year_ctx is not None or pub is not None:
        yb = year_ctx if year_ctx is not None else pub.year  # type: ignore[assignment]
    else:
        return None
    ya = int(g["ya"]) if g["ya"] else yb - (mb < ma)
    start, end = dt.date(ya, ma, 1), _month_end(yb, mb)
    if start > end:
        return None
    return _Date(start, end, "month")


def _accept(kind: str, m: re.Match[str], tok: Token | None) -> bool:
    """Reject look-alikes: a bare year needs a date tag or a year word before it, and a
    coming week, month or year is no date of an event."""
    if kind == "year":
        if tok is None:
            return False
        if tok.ent_type_ == "DATE":
            return True
        prev = tok.nbor(-1) if tok.i > 0 else None
        return prev is not None and prev.lower_ in lexset("year_cues")
    if kind == "bare_month":
        # "May" is also a verb; a month alone must be tagged as a date.
        return tok is not None and tok.ent_type_ == "DATE"
    # "would meet ... next week": a plan that names no day is no event yet; a scheduled
    # day ("on Thursday") is dated. "killed hundreds this year", "fighting this week":
    # the time the story stands in, no event's date ("earlier this week" dates one).
    if kind != "period":
        return True
    which, unit = m["which"].casefold(), m["unit"]
    earlier = m.group(0)[:1] in "Ee" and m.group(0).casefold().startswith("earlier")
    return which != "next" and not (which == "this" and unit in ("week", "year") and not earlier)


def _description(ctx: ArticleContext, sent: Span, tok: Token | None) -> str:
    clause = None
    if tok is not None:
        for anc in tok.ancestors:
            if is_verb(anc) and anc.dep_ in CLAUSE_LEVEL:
                clause = anc
                break
    if clause is None:
        text = sent.text
    else:
        s = ctx.start(clause.doc[clause.left_edge.i])
        e = ctx.end(clause.doc[clause.right_edge.i])
        text = ctx.text[s:e]
    return text.strip().strip(',;:"“”').strip()


def _on_head_line(text: str, at: int) -> bool:
    """Is the offset on a line the head would read, which a page's clutter pushed into the
    body ("By Jane Doe" over "14 October 2026, 18:05 | Updated 19:40")?"""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    if len(line.split()) > HEAD_LINE_WORDS or line.endswith((".", "!", "?")):
        return False  # a key date's line tells its event: "Aug. 14, 1971 - Bahrain declares ..."
    # An embedded post's credit: "— Assam Rifles (@AssamRiflesHQ) December 8, 2026".
    return is_head_line(line) or _POST_HANDLE_RE.search(line) is not None


_POST_HANDLE_RE = re.compile(r"\(@\w{1,30}\)")


# Longest line read as a head line: a byline or a date line is short.
HEAD_LINE_WORDS = 16


def extract_timeline(ctx: ArticleContext) -> list[dict]:
    rows: list[dict] = []
    # A post's time stamp ("8 December 2026, 06:50") dates no event: it is the day the
    # post's own "today" and "this evening" fall on.
    posted: dt.date | None = None
    for pstart, pend in ctx.paragraphs:
        stamp = STAMP_LINE_RE.match(ctx.text + "\n", pstart, pend + 1)
        day = stamp_date(stamp.group(0)) if stamp is not None else None
        if day is not None:
            posted = day
        if ctx.section_type(pstart) == "other" and not ctx.in_factbox(pstart):
            continue
        year_ctx: int | None = None
        months_seen: set[tuple[int, int]] = set()
        opening = pstart + dateline_end(ctx.text[pstart:pend])
        if day is not None:
            opening = max(opening, stamp.end())  # type: ignore[union-attr]
        for sent in ctx.sentences_starting(pstart, pend):
            year_ctx = None  # a year carries within its sentence only
            s_off = ctx.start(sent)
            text = ctx.text[s_off : ctx.end(sent)]
            taken: list[tuple[int, int]] = []
            found: list[tuple[int, int, str, re.Match[str]]] = []
            present = _GATE.present(text)
            for kind, pattern, words in _GATED_PATTERNS:
                if words is not None and words.isdisjoint(present):
                    continue  # none of the words every match holds
                for m in pattern.finditer(text):
                    if any(m.start() < e and m.end() > s for s, e in taken):
                        continue
                    if s_off + m.start() < opening:
                        continue  # the dateline's date: when the story was filed
                    if _on_head_line(ctx.text, s_off + m.start()):
                        continue  # "Imphal, UPDATED: Dec 8, 2026": when the page was made
                    if _SOURCE_NOTE_END_RE.match(text, m.end()) and _cited_in_brackets(
                        text, m.start()
                    ):
                        continue  # "(MND briefing, 23 Nov)": when a source said it
                    if kind == "entry_day" and not _ENTRY_DASH_RE.match(ctx.text, s_off + m.end()):
                        continue  # the parser may end the sentence before the dash
                    toks = ctx.tokens_in(s_off + m.start(), s_off + m.end())
                    tok = _date_token(toks)
                    if not _accept(kind, m, tok):
                        continue
                    taken.append((m.start(), m.end()))
                    found.append((m.start(), m.end(), kind, m))
            for start, end, kind, m in sorted(found, key=lambda f: f[0]):
                toks = ctx.tokens_in(s_off + start, s_off + end)
                tok = _date_token(toks)
                date = _resolve(kind, m, ctx, year_ctx, tok, posted)
                if date is None:
                    continue
                if date.year_known and date.precision in ("day", "month"):
                    # Only a written month carries its year to later bare months ("In
                    # July 2020 ... in August"); a year alone ("a 2003 cease-fire")
                    # names another time, not the story's.
                    year_ctx = date.start.year
                elif kind == "year" and text[:start].strip() in (
                    "In",
                    "By",
                    "Early in",
                    "Later in",
                ):
                    # "In 2005, ... signed the memorandum on August 15": a year opening the
                    # sentence sets the time its dates fall in.
                    year_ctx = date.start.year
                ym = (date.start.year, date.start.month)
                if kind == "bare_month" and ym in months_seen:
                    continue  # "After the July clashes": the July already dated
                if date.precision in ("day", "month"):
                    months_seen.add(ym)
                cs, ce = s_off + start, s_off + end
                rows.append(
                    {
                        "event_id": row_id("evt", ctx.article_id, cs, ce),
                        "article_id": ctx.article_id,
                        "section_id": ctx.section_id(cs),
                        "date_start": date.start,
                        "date_end": date.end,
                        "precision": date.precision,
                        "text_date": ctx.text[cs:ce],
                        "description": _entry_line(ctx.text, cs)
                        if kind == "entry_day"
                        else _description(ctx, sent, tok),
                        "char_start": cs,
                        "char_end": ce,
                    }
                )
    return _first_since(ctx.text, rows)


# A bracketed source note closing on its date: "(MND briefing, 23 Nov)", or one of its
# sources: "(MND briefing, 23 Nov; Nepal Army, 24 Nov)".
_SOURCE_NOTE_END_RE = re.compile(r"\s*[);]")


def _cited_in_brackets(text: str, start: int) -> bool:
    """Is the date at ``start`` the last item of a source's entry in a bracketed note,
    after a comma ("(MND briefing, 23 Nov)", "(Nepal Army, 24 Nov; MFA, 23 Nov)")?"""
    opened = text.rfind("(", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    item = max(opened, text.rfind(";", opened, start))
    inner = text[item + 1 : start].rstrip()
    return inner.endswith(",") and len(inner.split()) <= 8


def _first_since(text: str, rows: list[dict]) -> list[dict]:
    """A date a story counts from ("fled since Sunday", "killed since Sunday") dates one
    event, the first the story counts from it; its later mentions repeat that start."""
    seen: set[tuple[dt.date, dt.date]] = set()
    kept = []
    for row in rows:
        if _SINCE_RE.search(text, max(row["char_start"] - 8, 0), row["char_start"]):
            key = (row["date_start"], row["date_end"])
            if key in seen:
                continue
            seen.add(key)
        kept.append(row)
    return kept


_SINCE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _entry_line(text: str, start: int) -> str:
    """A dated entry's whole line: the parser may split "22.11 – Poland requests ..."
    after the date."""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)].strip()


def _date_token(toks: list[Token]) -> Token | None:
    """The token that stands for a date expression in the parse (its head)."""
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        is_head = t.head.i not in ids or t.head.i == t.i
        if is_head and (t.like_num or t.ent_type_ == "DATE" or t.pos_ in ("PROPN", "NOUN", "NUM")):
            return t
    return toks[-1]
