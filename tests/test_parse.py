"""Article head parsing and paragraph splitting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsledger.parse import (
    NoBodyError,
    Paragraph,
    ParsedArticle,
    find_date,
    is_byline,
    parse_article,
    parse_date,
    split_paragraphs,
)
from newsledger.text import normalize_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "articles" / "000_e93990c706c29f3f.txt"
DATA = Path(__file__).resolve().parent / "data" / "articles"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEED_HEADLINE = "Azerbaijan Liberates Several Villages Within Counteroffensive Measures In Karabakh"


def load(path: Path) -> str:
    return normalize_text(path.read_text(encoding="utf-8"))


def line_offset(text: str, line: int) -> int:
    """Offset of the first character of 1-based ``line``."""
    return sum(len(ln) + 1 for ln in text.split("\n")[: line - 1])


def check_paragraphs(text: str, paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> None:
    previous_end = -1
    for p in paragraphs:
        assert text[p.char_start : p.char_end] == p.text
        assert p.text == p.text.strip() and p.text
        assert p.char_start > previous_end
        assert text.count("\n", 0, p.char_start) + 1 == p.line
        assert p.line_end == p.line + p.text.count("\n")
        previous_end = p.char_end


# ------------------------------------------------------------------------ the seed


def test_seed_head() -> None:
    text = load(SEED)
    article = parse_article(text)
    head = article.head
    assert head.headline == SEED_HEADLINE
    assert head.author == "Orkhan Jalilov"
    assert head.genre == "Feature"
    assert head.published_date == dt.date(2020, 9, 27)
    assert head.dateline is None
    assert head.source_url is None
    assert head.body_start == line_offset(text, 6)


def test_seed_paragraphs() -> None:
    text = load(SEED)
    article = parse_article(text)
    check_paragraphs(text, article.paragraphs)
    # Blank-line separated: even lines 6..48, sub-heading lines 22 and 38 included.
    assert [p.line for p in article.paragraphs] == list(range(6, 49, 2))
    assert article.paragraphs[0].text.startswith("The Azerbaijani army has liberated")
    assert article.paragraphs[-1].text.endswith("illegal occupation of Azerbaijani lands.")
    # Line 4 repeats the headline: head, not body.
    assert all(SEED_HEADLINE.casefold() not in p.text.casefold() for p in article.paragraphs)
    assert article.paragraphs[8].text == "Foreign reactions"  # trailing space normalized away


# -------------------------------------------------------------- wikinews corpus

WIKINEWS = {
    "01_nk2016_armenian_azerbaijani_clashes.txt": (
        "2016 Armenian–Azerbaijani clashes",
        dt.date(2016, 4, 2),
        "http://en.wikiactu.com/?m=20160402",
        "Azerbaijanian Defence Minister Zakir Hasanov",
        "none of these claims have been independently verified.",
        2,
    ),
    "02_ukraine2014_kramatorsk_airfield_retaken.txt": (
        "Ukrainian troops retake airfield from separatist militants",
        dt.date(2014, 4, 16),
        "https://en.wikinews.org/wiki/Ukrainian_troops_retake_airfield_from_separatist_militants",
        "Yesterday, Ukrainian troops seized an airfield",
        'help "de-escalate" the situation.',
        4,
    ),
    "03_crimea2016_russia_ukraine_tensions.txt": (
        "Tensions rise between Russia and Ukraine over Crimea",
        dt.date(2016, 8, 12),
        "http://en.wikiactu.com/?p=56093",
        "Tensions have risen between Russia and Ukraine",
        "political dissidents and others to their deaths.",
        3,
    ),
    "04_korea2015_quasi_state_of_war.txt": (
        "North Korea puts military in 'quasi-state of war'",
        dt.date(2015, 8, 21),
        "https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27",
        "According to Yonhap news agency",
        "Both countries have put their militaries on high levels of alert.",
        6,
    ),
}


def wikinews_text(name: str) -> str:
    path = CORPUS / "wikinews" / name
    if not path.is_file():
        pytest.skip(f"corpus file not available: {path}")
    return load(path)


@pytest.mark.parametrize("name", sorted(WIKINEWS))
def test_wikinews_article(name: str) -> None:
    headline, date, url, first_words, last_words, n_paragraphs = WIKINEWS[name]
    text = wikinews_text(name)
    article = parse_article(text)
    assert article.head.headline == headline
    assert article.head.published_date == date
    assert article.head.source_url == url
    assert article.head.author is None and article.head.genre is None
    assert article.head.dateline is None
    # Line 5 is blank, the body starts on line 6: the License and date lines are head.
    assert article.head.body_start == line_offset(text, 6)
    assert article.paragraphs[0].text.startswith(first_words)
    assert article.paragraphs[-1].text.endswith(last_words)
    assert len(article.paragraphs) == n_paragraphs
    assert not any(p.text.startswith(("Source:", "License:")) for p in article.paragraphs)
    check_paragraphs(text, article.paragraphs)


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*/*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not beside the repo: {CORPUS}")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.stem[:24]}")
def test_corpus_article_head(path: Path) -> None:
    """Every corpus file: line 1 is the headline, line 4 the date (alone, or with a
    bracketed remark on where it came from), the body starts on line 6."""
    text = load(path)
    raw_lines = text.split("\n")
    article = parse_article(text)
    assert article.head.headline == raw_lines[0].strip()
    assert article.head.published_date == find_date(raw_lines[3])
    assert article.head.body_start == line_offset(text, 6)
    assert not any(p.text.startswith(("Source:", "License:")) for p in article.paragraphs)
    check_paragraphs(text, article.paragraphs)


def test_corpus_is_covered() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not beside the repo: {CORPUS}")
    assert len(corpus_files()) >= 40
    assert {p.name for p in (CORPUS / "wikinews").glob("*.txt")} >= set(WIKINEWS)


# ------------------------------------------------------------ own test articles

DATA_HEADS = {
    # file: (headline, author, genre, published_date, dateline, source_url, first body words)
    "wire_dateline.txt": (
        "Rail bridge near Darvosk reopens after repairs",
        None,
        None,
        dt.date(2022, 3, 3),  # day from the dateline, year from the "Updated" stamp
        "DARVOSK",
        None,
        "DARVOSK, March 3 (Reuters) - Engineers",
    ),
    "dateline_with_year.txt": (
        "Border crossing closed for second day",
        None,
        None,
        dt.date(2020, 9, 28),
        "MERIDA CITY",
        None,
        "MERIDA CITY, Sept. 28, 2020 (AFP) --",
    ),
    "question_headings.txt": (
        "Floods cut off mountain villages in northern Veloria",
        "Jane Doe and John Roe",
        None,
        None,
        None,
        None,
        "Rescue teams reached",
    ),
    "photo_captions.txt": (
        "Ceasefire holds in Castrenne as talks resume",
        None,
        None,
        None,
        None,
        None,
        "Castrenne's ceasefire held",
    ),
    "no_headline.txt": (
        None,
        None,
        None,
        None,
        None,
        None,
        "Farmers in the southern province",
    ),
    "source_top.txt": (
        "New strike halts work at Castrenne's main port",
        "Jane Doe",
        None,
        dt.date(2021, 5, 12),
        None,
        "https://news.example.org/2021/05/12/castrenne-port-strike",
        "Dock workers at Castrenne's main port",
    ),
    "standfirst_byline.txt": (
        "Veloria names new army chief",
        "Ivan Sorel",
        None,
        dt.date(2023, 6, 7),
        None,
        None,
        "The appointment follows",
    ),
    "read_more_factbox.txt": (
        "Why the grain corridor matters",
        "Tomas Reyna",
        "Analysis",
        dt.date(2022, 8, 2),
        None,
        None,
        "Grain ships began leaving",
    ),
    "unheaded_sections.txt": (
        "Clashes erupt along Veloria-Castrenne frontier",
        None,
        None,
        dt.date(2020, 10, 10),
        None,
        None,
        "Fighting broke out on Saturday",
    ),
}


@pytest.mark.parametrize("name", sorted(DATA_HEADS))
def test_data_article_head(name: str) -> None:
    headline, author, genre, date, dateline, url, first_words = DATA_HEADS[name]
    text = load(DATA / name)
    article = parse_article(text)
    head = article.head
    assert (head.headline, head.author, head.genre) == (headline, author, genre)
    assert (head.published_date, head.dateline, head.source_url) == (date, dateline, url)
    assert article.paragraphs[0].text.startswith(first_words)
    assert head.body_start == article.paragraphs[0].char_start
    check_paragraphs(text, article.paragraphs)


def test_data_folder_is_covered() -> None:
    assert {p.name for p in DATA.glob("*.txt")} == set(DATA_HEADS)


def test_standfirst_before_byline_opens_the_body_and_the_byline_is_head() -> None:
    article = parse_article(load(DATA / "standfirst_byline.txt"))
    # The standfirst opens the body; the byline and date lines below it are read as
    # head and stay where they stand, a paragraph that is a byline.
    assert [p.text[:20] for p in article.paragraphs[:3]] == [
        "The appointment foll",
        "By Ivan Sorel, Reute",
        "Veloria's president ",
    ]
    assert [is_byline(p.text) for p in article.paragraphs[:3]] == [False, True, False]
    assert (article.head.author, article.head.published_date) == ("Ivan Sorel", dt.date(2023, 6, 7))


def test_standfirst_without_byline_is_body() -> None:
    text = (
        "Talks on river border to resume\n\n"
        "Negotiators from both countries will meet in a neutral city next week.\n\n"
        "The two delegations last met in March, when talks broke down over the island.\n"
    )
    article = parse_article(text)
    assert article.head.headline == "Talks on river border to resume"
    assert article.paragraphs[0].text.startswith("Negotiators from both")
    assert len(article.paragraphs) == 2


# ----------------------------------------------------------------- head shapes


@pytest.mark.parametrize(
    ("byline", "author", "genre", "date"),
    [
        ("By Jane Doe", "Jane Doe", None, None),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe", None, None),
        ("By Jane Doe, John Roe and Ann Poe", "Jane Doe, John Roe and Ann Poe", None, None),
        ("By Jane Doe, Reuters", "Jane Doe", None, None),
        ("By Jane Doe in Lisk", "Jane Doe", None, None),
        # A name set in capitals is written as names are; an outlet after FOR is dropped.
        ("BY JANE DOE", "Jane Doe", None, None),
        ("By JAMES WRIGHT FOR MAILONLINE", "James Wright", None, None),
        ("By JANE DOE AND JOHN ROE FOR NORDWIRE", "Jane Doe and John Roe", None, None),
        ("Analysis by Jane Doe", "Jane Doe", "Analysis", None),
        ("From Jane Doe, Lisk", "Jane Doe", None, None),
        (
            "Live reporting by Jane Doe in Lisk and John Roe in London",
            "Jane Doe and John Roe",
            None,
            None,
        ),
        (
            "Live coverage by Jane Doe in Lisk and John Roe in London",
            "Jane Doe and John Roe",
            None,
            None,
        ),
        ("Jane Doe | 12 March 2021", "Jane Doe", None, dt.date(2021, 3, 12)),
        ("Jane Doe | Opinion | March 12, 2021", "Jane Doe", "Opinion", dt.date(2021, 3, 12)),
        ("By Jane Doe, 12 March 2021 10:30 GMT", "Jane Doe", None, dt.date(2021, 3, 12)),
        ("Omar al-Rashid News 3 May 2019", "Omar al-Rashid", "News", dt.date(2019, 5, 3)),
        # A desk whose "and" joins no names; one writer in two places.
        ("By Jane Doe, Defence and Security Editor", "Jane Doe", None, None),
        ("By Jane Doe in Lisk and Varna", "Jane Doe", None, None),
        ("By Jane Doe in Lisk and John Roe", "Jane Doe and John Roe", None, None),
        # Writers listed before their outlet; a second writer "with" the first.
        ("By Jane Doe, Tom Roe and Ann Poe, HNN", "Jane Doe, Tom Roe and Ann Poe", None, None),
        ("By Jane Doe, with John Roe in Varna", "Jane Doe and John Roe", None, None),
        # Each writer's desk goes; a helper the byline does not name is no writer.
        (
            "By Jane Doe, Europe editor, with John Roe in Varna",
            "Jane Doe and John Roe",
            None,
            None,
        ),
        (
            "By Jane Doe in Lisk, with our correspondent in Varna, whose name we withhold "
            "for their safety",
            "Jane Doe",
            None,
            None,
        ),
        (
            "By Hiba Qasim in Doha and Rana al-Obaidi in al-Qaim",
            "Hiba Qasim and Rana al-Obaidi",
            None,
            None,
        ),
        # A section label and a date with its clock time; a breadcrumb and a posted stamp.
        ("Features | Saturday 19 December 2026", None, "Feature", dt.date(2026, 12, 19)),
        (
            "Interview | Wednesday 9 December 2026, 07:30 CET",
            None,
            "Interview",
            dt.date(2026, 12, 9),
        ),
        (
            "Home > Diplomatic Activities > Telephone exchanges | Posted on 8 December 2026, 18:30",
            None,
            None,
            dt.date(2026, 12, 8),
        ),
    ],
)
def test_byline_shapes(byline: str, author: str, genre: str | None, date: dt.date | None) -> None:
    text = f"Talks on river border to resume\n\n{byline}\n\nThe two delegations met on Monday."
    head = parse_article(text).head
    assert (head.author, head.genre, head.published_date) == (author, genre, date)
    assert head.headline == "Talks on river border to resume"


def test_name_then_date_on_two_lines_is_a_byline() -> None:
    text = "Talks resume\n\nJane Doe\n12 March 2021\n\nThe two delegations met on Monday."
    head = parse_article(text).head
    assert (head.author, head.published_date) == ("Jane Doe", dt.date(2021, 3, 12))


def test_by_in_prose_is_body() -> None:
    text = "Talks resume\n\nBy the end of the day, both delegations had left the city."
    article = parse_article(text)
    assert article.head.author is None
    assert article.paragraphs[0].text.startswith("By the end of the day")


def test_headline_directly_above_body_line() -> None:
    text = (
        "Ferry service restored\n"
        "The ferry between the two islands resumed on Monday after a week of storms, "
        "the operator said."
    )
    article = parse_article(text)
    assert article.head.headline == "Ferry service restored"
    assert article.paragraphs[0].text.startswith("The ferry between")


def test_no_headline_when_first_line_is_a_sentence() -> None:
    text = "The ferry resumed on Monday.\n\nThe operator said more boats would follow."
    article = parse_article(text)
    assert article.head.headline is None
    assert article.head.body_start == 0
    assert len(article.paragraphs) == 2


def test_question_headline() -> None:
    text = "Will the ferry run again?\n\nThe operator said on Monday it hoped so."
    assert parse_article(text).head.headline == "Will the ferry run again?"


def test_leading_blank_lines_keep_line_numbers() -> None:
    text = normalize_text("\n\nFerry service restored\n\nThe ferry resumed on Monday.\n")
    article = parse_article(text)
    assert article.head.headline == "Ferry service restored"
    assert article.paragraphs[0].line == 5


def test_repeated_headline_dropped_and_trailing_metadata_dropped() -> None:
    text = (
        "Ferry Service Restored\n\n"
        "ferry  service restored\n\n"
        "The ferry resumed on Monday.\n\n"
        "The operator said more boats would follow.\n\n"
        "Source: https://example.org/ferry"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The ferry resumed on Monday.",
        "The operator said more boats would follow.",
    ]
    assert article.head.source_url == "https://example.org/ferry"


def test_metadata_lines_in_any_order() -> None:
    text = (
        "Source: https://example.org/a\n"
        "License: CC BY 2.5\n"
        "Ferry service restored\n"
        "Updated 3 March 2021\n"
        "By Jane Doe\n"
        "Published: 2 March 2021\n\n"
        "The ferry resumed on Monday."
    )
    head = parse_article(text).head
    assert head.source_url == "https://example.org/a"
    assert head.headline == "Ferry service restored"
    assert head.author == "Jane Doe"
    assert head.published_date == dt.date(2021, 3, 2)  # "Updated" is not the publication date


def test_genre_kicker_line() -> None:
    text = "OPINION\nThe ferry must run\n\nThe islands need a daily boat, whatever the cost."
    head = parse_article(text).head
    assert (head.genre, head.headline) == ("Opinion", "The ferry must run")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "Ferry service restored",
        "Ferry service restored\n\nFerry Service Restored",
        "Ferry service restored\nSource: https://example.org/x\nLicense: CC BY 2.5\n"
        "Saturday, April 2, 2016",
        "Source: https://example.org/x\n\nBy Jane Doe\n12 March 2021",
    ],
)
def test_no_body(text: str) -> None:
    with pytest.raises(NoBodyError):
        parse_article(text)


def test_no_body_error_is_value_error() -> None:
    assert issubclass(NoBodyError, ValueError)


# -------------------------------------------------------------------- datelines


def test_dateline_without_known_year_gives_no_date() -> None:
    text = "Ferry sinks\n\nLISK, March 3 (Reuters) - A ferry sank off the coast on Thursday."
    head = parse_article(text).head
    assert head.dateline == "LISK"
    assert head.published_date is None


@pytest.mark.parametrize(
    "line",
    [
        "LISK, 3 March 2019 / Nordwire /",
        "LISK, March 3, 2019 (Nordwire) -",
        "LISK, 3 March 2019 | Nordwire",
    ],
)
def test_dateline_line_with_its_agency(line: str) -> None:
    head = parse_article(f"Ferry sinks\n\n{line}\n\nA ferry sank on Sunday.").head
    assert (head.dateline, head.published_date) == ("LISK", dt.date(2019, 3, 3))


def test_dated_dateline_after_a_caption_and_its_credit() -> None:
    text = (
        "Raid on Lisk\n\nWomen walk out of Lisk.\n\nIvo Marek © Nordwire\n\n"
        "Pemba, 9 September 2023 - Insurgents attacked the village on Friday."
    )
    head = parse_article(text).head
    assert (head.dateline, head.published_date) == ("Pemba", dt.date(2023, 9, 9))


def test_dated_dateline_with_a_state_agency_s_bare_initials() -> None:
    text = "Villages retaken\n\nSan Lorenzo, March 14, 2026 ANP -- Troops retook two villages."
    head = parse_article(text).head
    assert (head.dateline, head.published_date) == ("San Lorenzo", dt.date(2026, 3, 14))


@pytest.mark.parametrize(
    ("opening", "dateline", "date"),
    [
        ("April 21, 2012 (KHARTOUM) – The army said", "KHARTOUM", dt.date(2012, 4, 21)),
        ("21 April 2012 (Juba) - The army said", "Juba", dt.date(2012, 4, 21)),
        # A state agency between slashes, or named after the date and a comma.
        ("MOSCOW, October 7, 2012. /TASS/. The army said", "MOSCOW", dt.date(2012, 10, 7)),
        (
            "Tbilisi, 9 August 2008, Georgian News Agency. The army said",
            "Tbilisi",
            dt.date(2008, 8, 9),
        ),
    ],
)
def test_regional_and_state_agency_datelines(opening: str, dateline: str, date: dt.date) -> None:
    head = parse_article(f"Heglig retaken\n\n{opening} it retook Heglig on Friday.").head
    assert (head.dateline, head.published_date) == (dateline, date)


def test_updated_stamp_dates_a_page_that_states_nothing_else() -> None:
    text = (
        "Ferry sinks: live\nUpdated 14:32 GMT, 5 June 2017\n\n14:32 GMT - A ferry sank on Monday."
    )
    assert parse_article(text).head.published_date == dt.date(2017, 6, 5)


def test_dateline_year_from_source_url() -> None:
    text = (
        "Source: https://example.org/2019/03/04/ferry\nFerry sinks\n\n"
        "LISK, March 3 (Reuters) - A ferry sank off the coast on Thursday."
    )
    assert parse_article(text).head.published_date == dt.date(2019, 3, 3)


def test_dateline_across_new_year() -> None:
    text = (
        "Ferry sinks\nUpdated January 1, 2023\n\n"
        "LISK, Dec. 31 (Reuters) - A ferry sank off the coast on Saturday."
    )
    assert parse_article(text).head.published_date == dt.date(2022, 12, 31)


def test_head_date_wins_over_dateline() -> None:
    text = "Ferry sinks\n2 March 2021\n\nLISK, March 1 (AP) — A ferry sank on Monday."
    head = parse_article(text).head
    assert (head.dateline, head.published_date) == ("LISK", dt.date(2021, 3, 2))


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("MOSCOW (Reuters) - Officials said", "MOSCOW"),
        ("KYIV, Ukraine, March 3 (AP) — Officials said", "KYIV"),
        ("YEREVAN, Armenia — Officials said", "YEREVAN"),
        ("Baku (AFP) - Officials said", "Baku"),
        ("UN - and its agencies - said", None),
        ("NATO said on Monday that", None),
        ("US-backed forces said", None),
    ],
)
def test_dateline_shapes(opening: str, dateline: str | None) -> None:
    text = f"Ferry sinks\n\n{opening} the ferry sank off the coast."
    assert parse_article(text).head.dateline == dateline


# ------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("27 September 2020", dt.date(2020, 9, 27)),
        ("27th September, 2020", dt.date(2020, 9, 27)),
        ("September 27, 2020", dt.date(2020, 9, 27)),
        ("Sept. 28, 2020", dt.date(2020, 9, 28)),
        ("Sep 28 2020", dt.date(2020, 9, 28)),
        ("Saturday, April 2, 2016", dt.date(2016, 4, 2)),
        ("Sat 2 April 2016", dt.date(2016, 4, 2)),
        ("2020-09-27", dt.date(2020, 9, 27)),
        ("March 3, 2022 10:32 GMT", dt.date(2022, 3, 3)),
        ("3 March 2022 | 10:32", dt.date(2022, 3, 3)),
        ("30 February 2020", None),
        ("Sept. 28", None),
        ("September", None),
        ("In 2020 the army", None),
    ],
)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_parse_date_default_year() -> None:
    assert parse_date("Sept. 28", default_year=2020) == dt.date(2020, 9, 28)


def test_find_date() -> None:
    assert find_date("Posted on Monday, 3 May 2021 at noon") == dt.date(2021, 5, 3)
    assert find_date("no date here, only 2021") is None


# ------------------------------------------------------------------- paragraphs


def test_split_paragraphs_blank_lines_and_whitespace_lines() -> None:
    text = "First paragraph\nwrapped here.\n  \nSecond one."
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == ["First paragraph\nwrapped here.", "Second one."]
    assert [(p.line, p.line_end) for p in paragraphs] == [(1, 2), (4, 4)]
    check_paragraphs(text, paragraphs)


def test_split_paragraphs_one_paragraph_per_line() -> None:
    text = (
        "The army said it had taken the hill.\n"
        "“We hold the ridge,” a commander said.\n"
        "Residents left the village overnight."
    )
    assert len(split_paragraphs(text)) == 3


def test_split_paragraphs_keeps_hard_wrapped_prose() -> None:
    text = (
        "The army said it had taken the hill after a night of fighting, and\n"
        "that its soldiers were digging in. Residents of the village left on\n"
        "foot before dawn."
    )
    assert len(split_paragraphs(text)) == 1


def test_a_rule_line_separates_as_a_blank_line_does() -> None:
    # A script's item under a rule: the rule is no text, its item title heads the body.
    text = (
        "The health ministry said 63 people had been killed.\n\n"
        "--------------------\n"
        "ITEM 2 - FUEL\n"
        "THE ENERGY BOARD SAYS FUEL WILL BE RATIONED IN THREE PROVINCES FROM TODAY.\n"
        "* * *\n"
        "Residents left the village overnight."
    )
    assert [p.text for p in split_paragraphs(text)] == [
        "The health ministry said 63 people had been killed.",
        "ITEM 2 - FUEL",
        "THE ENERGY BOARD SAYS FUEL WILL BE RATIONED IN THREE PROVINCES FROM TODAY.",
        "Residents left the village overnight.",
    ]


def test_a_bare_time_over_a_title_as_short_is_two_paragraphs() -> None:
    text = "06:02 GMT\nWelcome\n\nGood morning and welcome to our live coverage."
    assert [p.text for p in split_paragraphs(text)][:2] == ["06:02 GMT", "Welcome"]


def test_a_bare_time_over_a_title_nearly_as_long_over_the_post_is_three_paragraphs() -> None:
    """ "7:25 PM IST" over "US, UK call for calm" over the post: the title is not half
    the time's length shorter than itself, yet it is the post's title."""
    text = (
        "7:25 PM IST\nUS, UK call for calm\nThe US State Department said Washington was "
        '"closely following" the clashes and urged both sides to show restraint.'
    )
    assert [p.text for p in split_paragraphs(text)][:2] == ["7:25 PM IST", "US, UK call for calm"]
    assert len(split_paragraphs(text)) == 3


def test_split_paragraphs_heading_above_paragraph_in_one_block() -> None:
    text = (
        "Background\n"
        "The two countries fought a war over the valley in the 1990s, and talks since then "
        "have failed."
    )
    assert [p.text for p in split_paragraphs(text)][0] == "Background"
    assert len(split_paragraphs(text)) == 2


def test_split_paragraphs_bullets_stay_together() -> None:
    text = "- Killed: 12.\n- Wounded: 40.\n- Displaced: 3,000."
    assert len(split_paragraphs(text)) == 1


def test_split_paragraphs_from_offset() -> None:
    text = "Head line\n\nBody one.\n\nBody two."
    paragraphs = split_paragraphs(text, text.index("Body one"))
    assert [p.text for p in paragraphs] == ["Body one.", "Body two."]
    assert paragraphs[0].line == 3
    assert split_paragraphs("") == []


def test_parsed_article_is_frozen() -> None:
    article = parse_article("Ferry sinks\n\nA ferry sank on Monday.")
    assert isinstance(article, ParsedArticle)
    with pytest.raises(AttributeError):
        article.head.headline = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("head", "date", "dateline"),
    [
        ("09:45 AM | 3 Feb, 2019", dt.date(2019, 2, 3), None),
        ("Nordwire / June 5, 2019", dt.date(2019, 6, 5), None),
        ("June 5, 2019 | Nordwire", dt.date(2019, 6, 5), None),
        ("2017-11-01 (date recorded with the stored page)", dt.date(2017, 11, 1), None),
        ("Photo: Jan Holm / Nordwire\n\nJune 5, 2019", dt.date(2019, 6, 5), None),
        ("PORT VESNA, Marland, Mar. 4\n\nA still from footage, March 4, 2019.", None, "PORT VESNA"),
        ("BAKU, Sept. 28, 2020", dt.date(2020, 9, 28), "BAKU"),
        ("People gather at the port of Vesna, Nov. 1, 2017.", dt.date(2017, 11, 1), None),
        ("[Photo: a burning truck near Oskel, 4 March 2021]", dt.date(2021, 3, 4), None),
        ("Posted On: 02-03-2022 | 10:15 AM", dt.date(2022, 3, 2), None),
        ("Wednesday 2 March 2022 14:32, UK", dt.date(2022, 3, 2), None),
    ],
)
def test_head_date_shapes(head: str, date: dt.date | None, dateline: str | None) -> None:
    """Dates stated in the many shapes outlets print them, above the first body line."""
    text = f"Ferry sinks near Vesna\n\n{head}\n\nThe ferry sank on Monday, officials said."
    parsed = parse_article(text).head
    assert parsed.dateline == dateline
    if dateline and date is None:
        # A year-less dateline takes its year from the caption below it.
        date = dt.date(2019, 3, 4)
    assert parsed.published_date == date


def test_lede_date_mid_sentence_does_not_date_the_article() -> None:
    text = "Ferry sinks\n\nOn March 5, 2019, rebels attacked the port of Vesna and left."
    assert parse_article(text).head.published_date is None


@pytest.mark.parametrize(
    ("opening", "dateline", "date"),
    [
        ("Lisk, 14 March 2024 (Nordwire).- The ministry said", "Lisk", dt.date(2024, 3, 14)),
        ("Geneva/Lisk, 18 February 2025 — Up to 20,000 fled", "Geneva/Lisk", dt.date(2025, 2, 18)),
    ],
)
def test_spanish_wire_dash_and_two_places(opening: str, dateline: str, date: dt.date) -> None:
    head = parse_article(f"Ferry sinks\n\n{opening} on Sunday.").head
    assert (head.dateline, head.published_date) == (dateline, date)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Published 11/07/2024", dt.date(2024, 7, 11)),  # day first
        ("Published 07/31/2024", dt.date(2024, 7, 31)),  # a month-first date no day-first reads
        ("11.07.2024", dt.date(2024, 7, 11)),
    ],
)
def test_numeric_dates(stamp: str, date: dt.date) -> None:
    head = parse_article(f"Ferry sinks\n\n{stamp}\n\nA ferry sank on Sunday.").head
    assert head.published_date == date


def test_a_full_stop_may_close_a_mixed_case_dateline_with_its_agency() -> None:
    head = parse_article("Ferry sinks\n\nLisk, 12 August 2024 (BIA). The ministry said.").head
    assert (head.dateline, head.published_date) == ("Lisk", dt.date(2024, 8, 12))


def test_a_live_page_stamp_is_head_and_dates_the_page() -> None:
    text = "Standoff - live\n\nLive updates, Thursday 16 May 2019\n\n08:10 GMT\n\nAn officer died."
    parsed = parse_article(text)
    assert parsed.head.published_date == dt.date(2019, 5, 16)
    assert not any("Live updates" in p.text for p in parsed.paragraphs)


def test_a_date_line_with_its_update_note_is_head():
    text = (
        "Troops cross the border\n\nBy Ana Vorn\n\n"
        "November 24, 2026 10:12 PM GMT Updated 35 mins ago\n\n"
        "LA PAZ, Nov 24 (Reuters) - Troops crossed the border at three points."
    )
    parsed = parse_article(text)
    assert parsed.head.published_date == dt.date(2026, 11, 24)
    assert parsed.paragraphs[0].text.startswith("LA PAZ")


def test_a_byline_listing_three_writers_each_with_a_town():
    text = (
        "Reef fighting live\n\n"
        "By Nurul Aisyah Rahim in Kuala Lumpur, Tran Minh Duc in Hanoi and Owen "
        "Kesterton-Ng in Singapore\n\n"
        "Malaysian and Vietnamese forces are fighting for Swallow Reef."
    )
    head = parse_article(text).head
    assert head.author == "Nurul Aisyah Rahim, Tran Minh Duc and Owen Kesterton-Ng"


def test_a_seat_and_its_city_are_no_writers():
    text = (
        "Highlights of the noon briefing\n\n"
        "UNITED NATIONS | Office of the Spokesperson\n"
        "UN Headquarters, New York\n"
        "Tuesday, 24 November 2026\n\n"
        "The Secretary-General is deeply alarmed by the fighting on Lake Chad."
    )
    head = parse_article(text).head
    assert head.author is None and head.published_date == dt.date(2026, 11, 24)


def test_a_head_block_with_a_standfirst_of_sentences_above_its_byline():
    text = (
        "Why Ethiopia went to war for a coastline\n\n"
        "THE MERIDIAN HERALD | World | Africa\n"
        "NEWS ANALYSIS\n"
        "Landlocked since 1993, Ethiopia has long called the sea a matter of survival. Its "
        "assault on Djibouti is the most dangerous answer yet.\n"
        "By Declan Moorcroft and Selamawit Haile\n"
        "Reporting from Nairobi, Kenya, and Paris\n"
        "Nov. 19, 2026, 5:00 a.m. ET\n\n"
        "When Ethiopian tanks rolled across the border at Galafi before dawn on Sunday, "
        "they drove down the highway that carries Ethiopia's fuel."
    )
    parsed = parse_article(text)
    head = parsed.head
    assert (head.author, head.genre) == ("Declan Moorcroft and Selamawit Haile", "News analysis")
    assert head.published_date == dt.date(2026, 11, 19)
    assert parsed.paragraphs[0].text.startswith("When Ethiopian tanks")


def test_a_byline_with_the_writers_desk_above_its_date_line():
    text = (
        "Border shooting: what we know\n\n"
        "Ana Vorn, Central America correspondent\n"
        "Thu 12 Mar 2026 06.00 GMT\n\n"
        "A soldier has been killed in an exchange of fire on the river.\n"
    )
    head = parse_article(text).head
    assert (head.author, head.published_date) == ("Ana Vorn", dt.date(2026, 3, 12))
    assert text[head.body_start :].startswith("A soldier")


@pytest.mark.parametrize(
    ("head_lines", "author", "date"),
    [
        ("By Staff and agencies\nPublished 9 June 2026, 18:30 GMT", None, dt.date(2026, 6, 9)),
        ("By our correspondent\n9 June 2026", None, dt.date(2026, 6, 9)),
        (
            "Ana Vorn (now) and Tom Baker (earlier)\nWed 18 Mar 2026 17.55 GMT",
            "Ana Vorn and Tom Baker",
            dt.date(2026, 3, 18),
        ),
        ("Ana Vorn\nNorth Africa reporter\n19 August 2026", "Ana Vorn", dt.date(2026, 8, 19)),
    ],
)
def test_bylines_naming_no_one_or_two_writers_or_a_desk_line(head_lines, author, date):
    text = f"Border shooting\n\n{head_lines}\n\nA soldier has been killed on the river.\n"
    head = parse_article(text).head
    assert (head.author, head.published_date) == (author, date)
    assert text[head.body_start :].startswith("A soldier")


def test_a_dateline_place_with_a_remark_and_a_headline_genre_label():
    text = (
        "Explainer: Why the border keeps burning\n\n"
        "Bir Lahlou (Liberated Territories), 21 April 2026 (SPS) - Units shelled the wall.\n"
    )
    head = parse_article(text).head
    assert (head.dateline, head.published_date) == ("Bir Lahlou", dt.date(2026, 4, 21))
    assert head.genre == "Explainer"


def test_a_masthead_line_with_its_published_stamp_is_head():
    text = (
        "Weekly conflict digest\n\n"
        "Conflict Pulse Weekly | Issue 142 | Published 10 June 2025\n\n"
        "Armed-group violence rose for a third consecutive week.\n"
    )
    head = parse_article(text).head
    assert head.published_date == dt.date(2025, 6, 10)
    assert text[head.body_start :].startswith("Armed-group")


def test_a_byline_with_the_writers_town_above_its_published_stamp():
    text = (
        "Two killed in border firing\n\n"
        "Rafiq Hasan, Kurigram\n"
        "Published: 11:40 PM, Thursday, November 20, 2025\n\n"
        "Two young men were killed near the border on Wednesday night.\n"
    )
    head = parse_article(text).head
    assert (head.author, head.published_date) == ("Rafiq Hasan", dt.date(2025, 11, 20))
    assert text[head.body_start :].startswith("Two young")


def test_a_masthead_of_desk_outlet_and_date_is_head():
    text = (
        "Rebels claim ambush on highway\n\n"
        "Our Correspondent | Coastal Times | March 12, 2026\n\n"
        "TURBAT: A banned group on Thursday claimed an ambush on a convoy.\n"
    )
    head = parse_article(text).head
    assert head.published_date == dt.date(2026, 3, 12)
    assert text[head.body_start :].startswith("TURBAT")


@pytest.mark.parametrize(
    ("masthead", "author", "date"),
    [
        # A printed strapline: each part is short, the line as a whole is long.
        (
            "THE LAKE ZONE COURIER\nMwanza's daily newspaper | Tuesday, 15 December 2026 | "
            "Vol. 19 No. 284 | TSh 1,000\n\nBy Neema Mushi in Mwanza",
            "Neema Mushi",
            dt.date(2026, 12, 15),
        ),
        # A live page's date, update stamp and two placed writers on one line.
        (
            "KILIMA TV | Live\nSaturday 12 December 2026 | Last updated 19:40 EAT | By Ana "
            "Lima-Okello in Nairobi and Juma Said-Berg in Arusha",
            "Ana Lima-Okello and Juma Said-Berg",
            dt.date(2026, 12, 12),
        ),
        # Two writers without "By" beside the date.
        (
            "Lake Region Security Institute | Weekly Update\nAna Lima-Okello and Juma Said "
            "| 26 November 2026",
            "Ana Lima-Okello and Juma Said",
            dt.date(2026, 11, 26),
        ),
        # One name-like part is a desk as often as a writer: no author.
        ("25 November 2026 | Humanitarian Aid", None, dt.date(2026, 11, 25)),
    ],
)
def test_a_masthead_line_of_parts_dates_the_article_and_names_its_writers(
    masthead: str, author: str | None, date: dt.date
) -> None:
    text = (
        "Shells hit the lake port\n\n"
        f"{masthead}\n\n"
        "MWANZA - Artillery shelled the port for a sixth day yesterday, officials said.\n"
    )
    head = parse_article(text).head
    assert (head.published_date, head.author) == (date, author)
    assert text[head.body_start :].startswith("MWANZA")


def test_an_as_of_line_dates_a_situation_report():
    text = (
        "Displacement in the highlands - Flash Update No. 2\n\n"
        "As of 24 September 2025\n\n"
        "As many as 4,200 people have fled eleven villages since 15 September.\n"
    )
    head = parse_article(text).head
    assert head.published_date == dt.date(2025, 9, 24)
    assert text[head.body_start :].startswith("As many")


def test_a_press_release_label_and_its_places_date_line_are_head():
    text = (
        "Civilians killed in attack on displacement site\n\n"
        "PRESS RELEASE - FOR IMMEDIATE RELEASE\n\n"
        "Goma / Nairobi, 10 February 2026\n\n"
        "At least 42 civilians were killed when armed men attacked the site.\n"
    )
    head = parse_article(text).head
    assert head.published_date == dt.date(2026, 2, 10)
    assert text[head.body_start :].startswith("At least")


def test_a_masthead_of_date_genre_and_byline_is_head():
    text = (
        "Press review: foreign papers weigh the barracks attack\n\n"
        "Thursday 12 June 2025 | Press review | by Ana Vorn\n\n"
        "The weekend attack on the barracks dominated coverage abroad this week.\n"
    )
    head = parse_article(text).head
    assert (head.published_date, head.author) == (dt.date(2025, 6, 12), "Ana Vorn")
    assert text[head.body_start :].startswith("The weekend")


@pytest.mark.parametrize(
    ("head_lines", "author", "genre", "date"),
    [
        # An outlet's name and town, the date, the byline and a translation note.
        (
            "El Diario del Sur - Tarija\nMonday, 30 November 2026\nBy Ana Ruiz Soto\n"
            "Translated from Spanish",
            "Ana Ruiz Soto",
            None,
            dt.date(2026, 11, 30),
        ),
        # A saved page's breadcrumb and share buttons around a byline with a reading time.
        (
            "Home > News > National\nBy Jo Banda | Wednesday, 25 November 2026 | 6 min read\n"
            "Share on Facebook | Share on X",
            "Jo Banda",
            None,
            dt.date(2026, 11, 25),
        ),
        # A radio programme's name, its broadcast stamp and the word "Transcript".
        (
            "AFRICA MORNING - Radio Example, English Service\n"
            "Broadcast: Saturday 28 November 2026, 06:30 GMT\nTranscript",
            None,
            None,
            dt.date(2026, 11, 28),
        ),
        # A genre label beside the outlet's name, over a byline with its date.
        (
            "ANALYSIS | The Gulf Review\nBy Nadia Fell | Tuesday 1 December 2026",
            "Nadia Fell",
            "Analysis",
            dt.date(2026, 12, 1),
        ),
        # A digest's name over its place and date: no writer named.
        (
            "UN Meetings Digest\nNew York, Friday, 20 November 2026",
            None,
            None,
            dt.date(2026, 11, 20),
        ),
        # The outlet's name over the date and a byline: the byline names the writers.
        (
            "Border Frontier News\nFriday, November 27, 2026 - 17:05 ICT\nBy Ploy Chan and Saw Moo",
            "Ploy Chan and Saw Moo",
            None,
            dt.date(2026, 11, 27),
        ),
    ],
)
def test_a_block_of_short_head_lines_with_a_date_is_head(head_lines, author, genre, date):
    text = (
        "Army retakes the town after three days of fighting\n\n"
        f"{head_lines}\n\n"
        "TARIJA - The army said on Monday it had retaken the town.\n"
    )
    head = parse_article(text).head
    assert (head.author, head.genre, head.published_date) == (author, genre, date)
    assert text[head.body_start :].startswith("TARIJA")


def test_a_box_of_short_lines_without_a_date_stays_body():
    text = (
        "Shelling goes on as toll rises\n\n"
        "By Jo Banda\nLast updated: 30 November 2026\n\n"
        "KEY POINTS\nToll rises to 11\nNATO calls talks\n\n"
        "The toll rose to 11 on Monday.\n"
    )
    head = parse_article(text).head
    assert text[head.body_start :].startswith("KEY POINTS")


def test_a_date_line_with_an_update_stamp_after_a_dot_is_head():
    text = (
        "FACTBOX-Border shelling: claims and reactions\n\n"
        "January 20, 2026 9:40 AM GMT · Updated 2 hours ago\n\n"
        "BANGKOK, Jan 20 (Nordwire) - Forces exchanged artillery fire for a third day.\n"
    )
    head = parse_article(text).head
    assert head.published_date == dt.date(2026, 1, 20)
    assert text[head.body_start :].startswith("BANGKOK")


@pytest.mark.parametrize(
    ("head", "tail", "published"),
    [
        # A wire dateline without a year takes the copyright line's.
        ("", "\n\n© 2026 Nordwire. All rights reserved.", dt.date(2026, 2, 18)),
        (
            "By Jane Doe\nWednesday 18 February 2026, updated 19:20 BST\n\n",
            "",
            dt.date(2026, 2, 18),
        ),
        (
            "Issued: 18 February 2026\nFigures as of 16 February 2026 unless otherwise stated\n\n",
            "",
            dt.date(2026, 2, 18),
        ),
    ],
)
def test_dates_of_a_copyright_line_an_updated_date_line_and_an_issued_stamp(head, tail, published):
    text = normalize_text(
        f"Fighting flares in the hills\n\n{head}"
        "GOMA, Feb 18 (Nordwire) - Fighting between troops and rebels killed nine civilians."
        "\n\nThe army said it had retaken two villages on Tuesday."
        f"{tail}\n"
    )
    parsed = parse_article(text)
    assert parsed.head.published_date == published
    assert parsed.paragraphs[0].text.startswith("GOMA")
    # The copyright line stays, the body's last paragraph (a section of its own).
    assert [p.text[:5] for p in parsed.paragraphs[1:]] == ["The a"] + (["© 202"] if tail else [])


def test_a_title_right_above_its_list_is_a_paragraph_of_its_own():
    text = (
        "Access constraints\n"
        "• The river has been closed to barges since 28 September.\n"
        "• Flights have been suspended.\n\n"
        "The enemy's losses were as follows:\n"
        "- 23 terrorists killed\n"
    )
    parts = [p.text for p in split_paragraphs(text)]
    assert parts[0] == "Access constraints"
    assert parts[1].startswith("• The river") and parts[1].endswith("suspended.")
    # A lead-in ending in a colon stays with its list.
    assert parts[2].startswith("The enemy's losses were as follows:\n- 23")


@pytest.mark.parametrize("stamp", ["2024-03-09T17:42:00Z", "Published 2024-03-09T17:42+03:00"])
def test_an_iso_8601_stamp_dates_the_article(stamp):
    text = (
        f"Fighting on the border\n\n{stamp}\n\n"
        "Troops clashed near Malanville on Friday, officials said.\n"
    )
    head = parse_article(text).head
    assert head.published_date == dt.date(2024, 3, 9)
    assert text[head.body_start :].startswith("Troops")


def test_a_standfirst_over_a_name_in_a_place_and_its_date_is_head() -> None:
    """ "Jane Doe in Kyiv" above the date line is a byline, also after a standfirst."""
    text = (
        "On the island, the border runs through the villages\n\n"
        "Our correspondent spent four days with the marines on the island the two "
        "countries share\n\n"
        "Rachel Tennant in Aji Kuning, Sebatik\n"
        "Sun 22 Nov 2026 06.00 GMT\n\n"
        "The marines dug in on Tuesday, a day after the shelling began.\n"
    )
    article = parse_article(text)
    assert article.head.author == "Rachel Tennant"
    assert article.head.published_date == dt.date(2026, 11, 22)
    assert [p.text[:16] for p in article.paragraphs] == [
        "Our corresponden",
        "Rachel Tennant i",
        "The marines dug ",
    ]
    assert is_byline(article.paragraphs[1].text)
    two = parse_article(
        "Explainer: what was signed\n\n"
        "Farah Nadia Ismail in Kuala Lumpur and Paolo Miguel de Leon in Manila\n"
        "Published 15 Dec 2026, 6:00 am\n\n"
        "The guns have been silent since Sunday.\n"
    )
    assert two.head.author == "Farah Nadia Ismail and Paolo Miguel de Leon"


def test_a_closing_credit_is_body_and_names_the_author_without_a_byline() -> None:
    """A wire story's closing credit stays a paragraph of its own (its names are people);
    without a byline, who reported it is the author, else who wrote it."""
    text = (
        "Clashes near the border\n\n"
        "Fighting continued on Monday near the river, the army said.\n\n"
        "(Reporting by Jean-Paul Mushagalusa in Goma and Ruth Kabongo in Kinshasa; "
        "Writing by Daniel Osei; Editing by Clare Whitmore)\n"
    )
    article = parse_article(text)
    assert article.head.author == "Jean-Paul Mushagalusa and Ruth Kabongo"
    staff = parse_article(
        text.replace("Jean-Paul Mushagalusa in Goma and Ruth Kabongo in Kinshasa", "staff")
    )
    assert staff.head.author == "Daniel Osei"
    trailing = parse_article(
        "Clashes near the border\n\nBy Ama Owusu\n\n"
        "Fighting continued on Monday near the river, the army said.\n\n"
        "Additional reporting by Edem Kwasi Agbenyega in Accra and Afi Ahadji in Lomé.\n"
    )
    assert trailing.head.author == "Ama Owusu"
    assert trailing.paragraphs[-1].text.startswith("Additional reporting by")


def test_a_masthead_line_and_a_desk_label_are_head() -> None:
    """ "DAILY BEACON | News | World News" below the headline, and "NATION" over the
    byline, are the page's chrome: the standfirst opens the body."""
    text = (
        "Tanks storm border town\n\n"
        "DAILY BEACON | News | World News\n\n"
        "ARMOURED columns crossed the border at dawn in a shock attack on the town.\n\n"
        "By Ellie Prendergast, Foreign News Reporter\n"
        "Published: 06:05, 8 Dec 2026 | Updated: 16:58, 8 Dec 2026\n\n"
        "The first shells fell on the market at 4am, residents said.\n"
    )
    article = parse_article(text)
    assert (article.head.author, article.head.published_date) == (
        "Ellie Prendergast",
        dt.date(2026, 12, 8),
    )
    assert article.paragraphs[0].text.startswith("ARMOURED columns")
    labelled = parse_article(
        "Troops hold the perimeter\n\n"
        "JORNAL DA BAÍA | English Edition\n\n"
        "NATION\n\n"
        "By Domingos Kalunga Tchissola, in Dundo, and Filomena Arcanjo\n"
        "27 November 2026\n\n"
        "Our troops held their positions yesterday.\n"
    )
    assert labelled.head.author == "Domingos Kalunga Tchissola and Filomena Arcanjo"
    assert labelled.paragraphs[0].text.startswith("Our troops")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # Names alone on their line below the head's date are the byline.
        (
            "Village shelled again\n\nPublished: 02.12.2026, 07:10\n\n"
            "Katarzyna Wróblewska-Sawicka, Marek Jaroszewicz\n\n"
            "Troops shelled the village overnight, the Border Guard said.\n",
            "Katarzyna Wróblewska-Sawicka and Marek Jaroszewicz",
        ),
        # A byline in capitals keeps its accents and its particles in lower case.
        (
            "Troops cross the river\n\nBy VERÓNICA CHOQUE LAYME and JULIÁN ORTIZ DE ZÁRATE\n"
            "Nov. 18, 2026\n\nTroops crossed the river before dawn on Tuesday.\n",
            "Verónica Choque Layme and Julián Ortiz de Zárate",
        ),
        # Each writer with her desk and town, over the date.
        (
            "Troops retake the post\n\n19 November 2026\n"
            "Meera Krishnaswamy, HBC News, Delhi and Tanvir Hasan Chowdhury, HBC Bangla, Dhaka"
            "\n\nTroops retook the post on Tuesday.\n",
            "Meera Krishnaswamy and Tanvir Hasan Chowdhury",
        ),
        # A second writer who reported from elsewhere: "with" joins the names.
        (
            "Troops retake the post\n\nPublished on 17/11/2026 at 17:52 GMT\n"
            "Efua Mensah-Bonsu, with Aminata Sawadogo in Ouagadougou\n\n"
            "Troops retook the post on Tuesday.\n",
            "Efua Mensah-Bonsu and Aminata Sawadogo",
        ),
    ],
)
def test_bylines_without_by_or_in_capitals(text: str, author: str) -> None:
    article = parse_article(text)
    assert article.head.author == author
    assert article.paragraphs[0].text.startswith("Troops")


def test_an_outlet_name_over_its_masthead_line_and_a_desk_over_the_byline() -> None:
    """The outlet's name alone in capitals over "Regional daily of ... | Friday, 11
    December 2026 | No. 236 | €0.60" is masthead, which dates the article; "FRONT PAGE"
    over "By ..." is a desk's label, not the writer."""
    article = parse_article(
        "Empty villages under Osogovo\n\n"
        "KYUSTENDILSKI GLAS\n"
        "Regional daily of Kyustendil Province | English page | Friday, 11 December 2026 | "
        "No. 236 | €0.60\n\n"
        "FRONT PAGE\n\n"
        "By Desislava Tsvetkova-Mileva, Kyustendilski Glas\n\n"
        "KYUSTENDIL – The church bell in Gyueshevo has not rung since Sunday.\n"
    )
    assert (article.head.author, article.head.published_date) == (
        "Desislava Tsvetkova-Mileva",
        dt.date(2026, 12, 11),
    )
    assert article.paragraphs[0].text.startswith("KYUSTENDIL –")


def test_a_desk_label_over_a_standfirst_and_its_byline_is_no_writer() -> None:
    """ "COVER STORY" over the standfirst, then "By ...": the label is head, the
    standfirst opens the body and the byline names the writer."""
    article = parse_article(
        "Villages empty along the river\n\n"
        "THE HIGHLAND REVIEW | Weekly\n"
        "Vol. 3 No. 120 | Saturday, December 12, 2026 | Birr 35\n\n"
        "COVER STORY\n\n"
        "Two weeks after the fighting began, thousands have fled. Our reporter spent six "
        "days in the region.\n\n"
        "By Liya Tesfaye Bekele in Gambella\n\n"
        "On Thursday the stadium grounds were full of families.\n"
    )
    assert (article.head.author, article.head.published_date) == (
        "Liya Tesfaye Bekele",
        dt.date(2026, 12, 12),
    )
    assert article.paragraphs[0].text.startswith("Two weeks after")


def test_a_long_byline_with_an_unnamed_helper_in_a_head_block_dates_the_article() -> None:
    article = parse_article(
        "Fighting in the capital\n\n"
        "RIVER WITNESS | Independent news, edited in exile\n"
        "By Awa Diallo-Kane in Dakar, with our correspondent in the capital, whose name we "
        "withhold for their safety\n"
        "Tuesday 24 November 2026, 20:45 GMT\n\n"
        "Fighting raged for a fourth day on Tuesday.\n"
    )
    assert (article.head.author, article.head.published_date) == (
        "Awa Diallo-Kane",
        dt.date(2026, 11, 24),
    )


def test_a_live_page_standfirst_among_its_head_lines_and_a_byline_in_the_valley() -> None:
    article = parse_article(
        "Fighting live: Harare claims the dam wall\n\n"
        "The Westminster Post | World news | Zambia\n"
        "Zambia and Zimbabwe fight for a third day at Kariba and Chirundu as the UK tells "
        "Britons to leave the border area – latest updates\n"
        "Daniel Okafor (now) and Harriet Mbewe (earlier)\n"
        "Thu 3 Dec 2026 16.42 GMT\n\n"
        "Summary\n\n"
        "Zimbabwe's army says it holds the dam wall.\n"
    )
    assert (article.head.author, article.head.published_date) == (
        "Daniel Okafor and Harriet Mbewe",
        dt.date(2026, 12, 3),
    )
    assert article.paragraphs[0].text == "Summary"
    feature = parse_article(
        "A war runs through families\n\n"
        "THE SUNDAY MERIDIAN | London | 22 November 2026 | No. 2,417\n\n"
        "THE BIG READ\n\n"
        "Two weeks into a war nobody thought possible, the valley is empty.\n\n"
        "By Clodagh Reeve in the Ipel valley, Slovakia\n\n"
        "The road into the village ends at a wall of sandbags.\n"
    )
    assert feature.head.author == "Clodagh Reeve"


def test_an_agencys_staff_lines_at_the_foot_name_the_writers() -> None:
    article = parse_article(
        "Jakarta urges restraint\n\n"
        "Friday, 27 November 2026 18:47 WIB\n\n"
        "The government on Friday called on both sides to stop the fighting.\n\n"
        "Reporter: Sari Dewi Lestari, Budi Santoso Wirawan\n"
        "Editor: Hendra Kusuma\n"
        "Copyright © Agency 2026\n"
    )
    assert article.head.author == "Sari Dewi Lestari and Budi Santoso Wirawan"


def test_a_portuguese_date_in_a_masthead_dates_the_article() -> None:
    article = parse_article(
        "Troops hold the perimeter\n\n"
        "JORNAL DA BAÍA | English Edition\n"
        "Luanda, sexta-feira, 27 de Novembro de 2026 | Ano XIX | N.º 6.214\n\n"
        "Our troops held their positions yesterday.\n"
    )
    assert article.head.published_date == dt.date(2026, 11, 27)
    assert find_date("el 3 de marzo del 2027") == dt.date(2027, 3, 3)
    assert find_date("Julio 12 de Agosto") is None  # a name, no date


def test_a_byline_with_its_place_and_a_date_at_a_time_is_head():
    """ "By X in Chitipa | Thursday, 19 November 2026 at 16:45 | Updated 20:10" under a
    masthead and a breadcrumb: the writer and the day."""
    text = (
        "Shells hit Chitipa boma market\n\n"
        "KUMPOTO TIMES | News from Malawi's Northern Region\n"
        "Home › Districts › Chitipa › Border war\n"
        "By Tiyamike Mwakasungula in Chitipa | Thursday, 19 November 2026 at 16:45 | "
        "Updated 20:10\n\n"
        "CHITIPA — Tanzanian artillery shells landed in the boma market on Wednesday.\n"
    )
    head = parse_article(text).head
    assert (head.published_date, head.author) == (dt.date(2026, 11, 19), "Tiyamike Mwakasungula")
    assert text[head.body_start :].startswith("CHITIPA")


def test_a_live_page_s_update_stamp_with_a_weekday_dates_it() -> None:
    """ "Updated 3:47 p.m. ET, Wed November 18, 2026" under a masthead and a byline: no
    place and its day, but the page's only date."""
    article = parse_article(
        "Live updates: Troops trade fire along the border\n\n"
        "HNN | World | Live updates\n"
        "By Dana Whitcombe, HNN\n"
        "Updated 3:47 p.m. ET, Wed November 18, 2026\n\n"
        "Troops traded fire along the border on Wednesday.\n"
    )
    assert article.head.published_date == dt.date(2026, 11, 18)
    assert article.head.author == "Dana Whitcombe"


def test_a_state_agency_s_long_headline_over_its_masthead_and_date() -> None:
    article = parse_article(
        "Statement of the Ministry of Defence of Marland on the situation on the Marland-"
        "Borduria state border; President of Marland holds telephone conversations with "
        "foreign leaders on the situation\n\n"
        "MNA | Marland News Agency | English\n"
        "18.12.2026 | 20:40\n\n"
        "Lisk, 18 December (MNA). Today the Ministry of Defence disseminated a statement.\n"
    )
    assert article.head.headline.startswith("Statement of the Ministry of Defence")
    assert article.head.published_date == dt.date(2026, 12, 18)


def test_a_name_in_capitals_before_a_colon_may_be_a_dateline_and_a_label_is_not() -> None:
    from newsledger.parse import colon_dateline_span, dateline_spans

    assert colon_dateline_span("RAWALPINDI/SIALKOT: Four soldiers were killed.") == (0, 18)
    assert colon_dateline_span("ISLAMABAD: The government said.") == (0, 9)
    for label in ("UPDATE: The army said.", "WATCH: Video of the strike."):
        assert colon_dateline_span(label) is None
    # A transcript's speaker in capitals is no wire dateline.
    assert dateline_spans("SISSOKO: Forty-seven terrorists were neutralised.") is None


def test_a_date_with_its_time_after_a_dash_under_a_masthead_is_head() -> None:
    article = parse_article(
        "Health Ministry: toll of Gorvan shelling rises to 120\n\n"
        "THE LISK OBSERVER | Marland | War on the border\n"
        "Saturday, 12 December 2026 – 21:10\n"
        "By Rana Khoury-Salameh\n\n"
        "The Ministry of Health issued its fourth report on Saturday.\n"
    )
    assert article.head.published_date == dt.date(2026, 12, 12)
    assert article.head.author == "Rana Khoury-Salameh"


def test_an_updated_time_in_p_m_closing_a_masthead_block_is_no_sentence() -> None:
    """A regional paper's stack of masthead, byline, date and "UPDATED 4:15 p.m.": the
    stamp's abbreviation ends no sentence, so the block is head, not the story's first
    paragraph."""
    article = parse_article(
        "Local team reaches safety after two nights under shelling\n\n"
        "THE PRAIRIE REGISTER | Local News | Waterloo\n"
        "By Jordan Tiedemann-Price | Register staff writer\n"
        "Wednesday, December 9, 2026\n"
        "UPDATED 4:15 p.m.\n\n"
        "WATERLOO — Eleven members of a church team reached the city safely.\n"
    )
    assert article.head.published_date == dt.date(2026, 12, 9)
    assert article.head.author == "Jordan Tiedemann-Price"
    assert article.paragraphs[0].text.startswith("WATERLOO")


def test_an_issue_date_among_a_report_s_first_lines_dates_it() -> None:
    """A report's masthead set as its first paragraph, with a line of its own for the
    public: its 'Issued 3 December 2026' still dates the report."""
    article = parse_article(
        "Latest from the Ceasefire Monitoring Mission\n\n"
        "Organization of American States | Ceasefire Monitoring Mission | Daily reports\n"
        "Daily Report 4/2026 | Issued 3 December 2026 | All times are local (UTC-6)\n"
        "This report is for the media and the general public.\n\n"
        "The Mission recorded 42 ceasefire violations.\n"
    )
    assert article.head.published_date == dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("date_line", "date"),
    [
        # A reading time beside the date, and a wire's slug date with two year digits.
        ("December 3, 2026 · 8 min read", dt.date(2026, 12, 3)),
        ("01-DEC-26 15:32 CET", dt.date(2026, 12, 1)),
    ],
)
def test_a_masthead_line_over_its_date_line_is_head(date_line: str, date: dt.date) -> None:
    text = (
        "Two armies, two maps\n\n"
        f"ANDEAN SIGNAL | Analysis | Colombia · Venezuela\n{date_line}\n\n"
        "Venezuela says its troops hold Paraguachón.\n"
    )
    head = parse_article(text).head
    assert head.published_date == date
    assert text[head.body_start :].startswith("Venezuela says")


def test_a_two_digit_year_needs_its_month_by_name() -> None:
    assert parse_date("12-Mar-99") == dt.date(1999, 3, 12)
    assert find_date("an F-16 and 3-11-26 are no dates") is None


def test_a_video_agency_s_header_block_is_head_and_its_slug_no_writer() -> None:
    text = (
        "Colombia and Ecuador fight for a fourth day\n\n"
        "MERIDIAN PRESS VIDEO | Story No: 4471926\nColombia Ecuador Fighting\n"
        "Date: 26/11/2026 | Length: 3:24 | Audio: Natural / Spanish / English\n"
        "Restrictions: Armed Forces handout: must credit; no archive\n"
        "Video source: Meridian Press; UNTV\n\n"
        "SHOTLIST:\n1. Wide of smoke rising over houses in Ipiales\n"
    )
    head = parse_article(text).head
    assert (head.published_date, head.author) == (dt.date(2026, 11, 26), None)
    assert text[head.body_start :].startswith("SHOTLIST:")


def test_a_front_page_s_kicker_headline_and_deck_over_its_desk_byline_are_head() -> None:
    """A print replica's head set again above the story: kicker, the headline, a deck,
    then "By X and Y" over "STAFF WRITERS". All head; the writers are the byline's."""
    text = (
        "Kenyan armor drives into Uganda; Nairobi says border town taken\n\n"
        "A1 | THE LAKESIDE DISPATCH | WEDNESDAY, NOVEMBER 25, 2026 | $3.00\n\n"
        "WAR ON THE LAKE\n"
        "Kenyan armor drives into Uganda; Nairobi says border town taken\n"
        "Columns seize Busia and shell Tororo. Kampala urges the world to act.\n\n"
        "By Renata Okafor-Blum and Samir Haddadin-Cole\nSTAFF WRITERS\n\n"
        "Kenyan tanks pushed into Uganda on Tuesday, seizing the border town of Busia.\n"
    )
    head = parse_article(text).head
    assert head.author == "Renata Okafor-Blum and Samir Haddadin-Cole"
    assert text[head.body_start :].startswith("Kenyan tanks pushed")


def test_a_desk_label_in_capitals_over_its_date_is_no_writer() -> None:
    text = (
        "Moldova news in brief: army retakes Ceadir-Lunga\n\n"
        "MOLDINFORM | State News Agency | English Service\n"
        "NEWS IN BRIEF | Friday, 4 December 2026\n\n"
        "COMRAT, Dec 4 (Moldinform) -- Units of the National Army restored order.\n"
    )
    head = parse_article(text).head
    assert (head.author, head.published_date) == (None, dt.date(2026, 12, 4))


def test_a_broadcast_script_s_cue_stays_with_what_it_cues() -> None:
    text = (
        "(VOICE-OVER)\nAt the border post the line of people stretched back a kilometre.\n\n"
        "SOT\nSUPER: Mariama Lamboni, trader from Cinkassé\n"
        "They came on Saturday morning with big guns and drones.\n"
    )
    assert [p.text.split("\n")[0] for p in split_paragraphs(text)] == ["(VOICE-OVER)", "SOT"]


def test_a_saved_page_s_cookie_notice_and_chrome_above_its_head() -> None:
    """A page saved from a browser: its cookie notice, skip link, outlet name and
    breadcrumb stand above the headline repeated without the outlet the title adds."""
    text = (
        "Syrian army storms Tabqa as Damascus cuts internet | The Levant Dispatch\n\n"
        "We use cookies to give you the best experience on our website. By clicking "
        '"Accept all", you agree to the storing of cookies. Accept all | Reject all\n\n'
        "Skip to main content\nThe Levant Dispatch\nHome > Middle East > Syria\n\n"
        "Syrian army storms Tabqa as Damascus cuts internet\n\n"
        "By Nour Haddad-Kessler in Beirut\n"
        "Published 25 November 2026, 09:12 GMT\n\n"
        "Syrian government forces pushed into the city of Tabqa on Wednesday.\n"
    )
    head = parse_article(text).head
    assert (head.author, head.published_date) == ("Nour Haddad-Kessler", dt.date(2026, 11, 25))
    assert text[head.body_start :].startswith("Syrian government forces")


def test_a_live_session_s_hour_after_its_date_and_its_moderator() -> None:
    text = (
        "Ask our correspondent: your questions answered\n\n"
        "THE CLYDESIDE LEDGER | World | Live Q&A\n"
        "Friday 4 December 2026, 13.00-14.00 GMT\n"
        "Moderated by Hannah Whitcombe, world desk\n\n"
        "Hannah Whitcombe: Venezuelan troops crossed into Brazil on Monday.\n"
    )
    head = parse_article(text).head
    assert (head.author, head.published_date) == ("Hannah Whitcombe", dt.date(2026, 12, 4))


def test_a_date_line_with_the_hour_in_a_city_s_time_dates_the_article() -> None:
    """ "Thursday 10 December 2026, 20:35 Baghdad time" under a masthead line, then the
    byline: the head's date and author."""
    text = normalize_text(
        "Health ministry: Turkish offensive has killed 612 in Iraq\n\n"
        "THE DIJLA POST | Iraq | The war in the north\n"
        "Thursday 10 December 2026, 20:35 Baghdad time\n"
        "By Noor Jubouri-Karim\n\n"
        "The Ministry of Health released on Thursday afternoon its eighth bulletin.\n"
    )
    head = parse_article(text).head
    assert head.published_date == dt.date(2026, 12, 10)
    assert head.author == "Noor Jubouri-Karim"


def test_a_bodys_name_over_its_own_release_is_no_writer() -> None:
    article = parse_article(
        normalize_text(
            "Nigeria: Air strikes killed at least 118 civilians\n\n"
            "CIVILIANS FIRST INTERNATIONAL\nFOR IMMEDIATE RELEASE\n"
            "Abuja and London, 3 December 2026\n\n"
            "Air strikes killed at least 118 civilians, Civilians First International said "
            "today."
        )
    )
    assert article.head.author is None
    assert article.head.published_date == dt.date(2026, 12, 3)


def test_a_report_s_issue_date_closing_its_title_dates_it() -> None:
    """ "Flash Update No. 4 (4 December 2026)": the date in brackets after a report's
    title is its issue date when nothing else dates it; a date inside a title is not."""
    flash = parse_article(
        "Cameroon: Hostilities in Logone-et-Chari, Flash Update No. 4 (4 December 2026)\n\n"
        "OCHA | Cameroon | Yaoundé and Maroua\n\n"
        "Shelling of Kousseri continued overnight.\n"
    )
    assert flash.head.published_date == dt.date(2026, 12, 4)
    inside = parse_article(
        "The attack of 7 October 2025 remembered in Kousseri\n\n"
        "Shelling of Kousseri continued overnight.\n"
    )
    assert inside.head.published_date is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a radio programme's transcript: when it first went on air
        (
            "AFRICA EVENING | Programme transcript\n"
            "Continental Radio Service | First broadcast: Friday 27 November 2026, 17:06 GMT"
            " | Duration: 26'40\"\n"
            "This transcript was produced from the broadcast and may not be 100% accurate.",
            dt.date(2026, 11, 27),
        ),
        # the desk's town before the stamp
        ("Imphal, UPDATED: Dec 8, 2026 21:14 IST", dt.date(2026, 12, 8)),
        # a stamp whose update follows on its line
        (
            "Published on 10 December 2026 at 11:42 – Updated on 10 December 2026 at 15:08",
            dt.date(2026, 12, 10),
        ),
        # one date in figures and in words: the words say which figure is the day
        (
            "Conflicts\nFighting flares in the hills\nTobias Reinhardt-Ocampo with AFP\n"
            "12/08/2026 December 8, 2026",
            dt.date(2026, 12, 8),
        ),
    ],
)
def test_head_stamps_of_broadcasts_desks_and_dates_written_twice(line, published) -> None:
    parsed = parse_article(
        f"Fighting flares in the hills\n\n{line}\n\n"
        "Fighting that began on 2 August 2026 killed nine civilians on Tuesday, police said."
        "\n"
    )
    assert parsed.head.published_date == published


def test_head_lines_under_a_page_s_menu_and_a_bracketed_dateline() -> None:
    """A saved page's masthead and menu push its byline and date below the body's start:
    they are still the head's. A rights group's "(Nairobi, November 20, 2026) –" is the
    dateline, past the caption and its earlier date."""
    page = parse_article(
        "Troops hold runway - The Rock Courier\n\n"
        "THE ROCK COURIER\n\n"
        "Home | News | Politics | Frontier | Business | Sport | Community | Opinion | Jobs\n"
        "BREAKING NEWS: Civil Contingencies opens shelters in Upper Town\n\n"
        "Troops hold runway\n\n"
        "By Kelvin Sacarello\n14 October 2026, 18:05 | Updated 19:40\n\n"
        "Spanish troops held the runway for a second day on Wednesday, the government said,"
        " as shelling reached the housing estates north of the airport overnight.\n"
    )
    assert page.head.published_date == dt.date(2026, 10, 14)
    assert page.head.author == "Kelvin Sacarello"
    release = parse_article(
        "Cameroon: Shelling Kills Civilians in Border Towns\n\n"
        "AFRICA RIGHTS OBSERVATORY\nPress Release\n\n"
        "Click to expand Image\n\n"
        "A house destroyed by shelling in Kenzou, Cameroon, November 12, 2026. © 2026 Private"
        "\n\n(Nairobi, November 20, 2026) – Shelling and air strikes have killed at least 58"
        " civilians in border towns since October, the group said today.\n"
    )
    assert release.head.published_date == dt.date(2026, 11, 20)
    assert release.head.dateline == "Nairobi"


def test_a_byline_of_an_outlet_s_staff_names_no_writer() -> None:
    parsed = parse_article(
        "World reacts to the strikes\n\n"
        "SAHIL NEWS | World\n\n"
        "By Sahil News Staff\n"
        "December 3, 2026\n\n"
        "Governments around the world called on Wednesday for calm after the strikes.\n"
    )
    assert parsed.head.author is None
    assert parsed.head.published_date == dt.date(2026, 12, 3)
    desk = parse_article(
        "Daugava war on Telegram\n\n"
        "Compiled by Rūta Vaitkevičiūtė and Andrei Lashkevich, Monitoring Desk\n"
        "25 November 2026\n\n"
        "Channels in Minsk claimed on Tuesday that the village had fallen.\n"
    )
    assert desk.head.author == "Rūta Vaitkevičiūtė and Andrei Lashkevich"


@pytest.mark.parametrize(
    ("head_line", "published"),
    [
        ("PRESS RELEASE | PR/2026/118 | Juba, 3 December 2026", dt.date(2026, 12, 3)),
        ("Source: Xinhua | 2026-11-12 22:41:06 | Editor: huaxia", dt.date(2026, 11, 12)),
        ("Episode 1,214 · Wednesday 18 November 2026 · 28 min 14 sec", dt.date(2026, 11, 18)),
        ("Daily map update #9 · Map date: Thursday, 29 October 2026", dt.date(2026, 10, 29)),
        # The appeal's launch dates the appeal; the page's update dates the page.
        (
            "Appeal launched 13 November 2026 | Last updated Thursday, 3 December 2026",
            dt.date(2026, 12, 3),
        ),
    ],
)
def test_a_head_line_of_parts_dates_the_article_by_its_date_part(
    head_line: str, published: dt.date
) -> None:
    article = parse_article(
        f"Shelling hits the border town\n\nUNITED NATIONS MISSION IN SOUTH SUDAN\n{head_line}\n\n"
        "Photo: Families shelter in a school in Texistepeque, 24 November 2026.\n\n"
        "Shelling hit the border town again on Tuesday, killing four people and wounding "
        "eleven, the district council said in a statement.\n"
    )
    assert article.head.published_date == published


def test_a_headline_closed_by_its_date_after_a_comma_dates_the_article() -> None:
    article = parse_article(
        "Border war: daily map update, 29 October 2026\n\n"
        "Forces retook the town overnight, the largest change since the war began.\n"
    )
    assert article.head.published_date == dt.date(2026, 10, 29)


def test_a_page_whose_head_gives_no_date_is_dated_by_its_foots_last_edited_note() -> None:
    text = (
        "2026 Tummo border clashes\n\n"
        "From Wikipedia, the free encyclopedia\n\n"
        "The 2026 Tummo border clashes were armed confrontations on 17 November.\n\n"
        "Categories: 2026 in Libya | 2026 in Niger\n"
        "This page was last edited on 9 December 2026, at 14:22 (UTC).\n"
    )
    assert parse_article(text).head.published_date == dt.date(2026, 12, 9)


_RELEASE_BODY = (
    "Today the Court delivered its Order on the request for provisional measures "
    "submitted by the Applicant in the case concerning armed activities on the frontier, "
    "and found that the rights claimed are plausible.\n"
)


@pytest.mark.parametrize(
    "letterhead",
    [
        # A court's letterhead: its name in capitals, its address, its telephone and
        # links, the release's number over a word, the case title again.
        "INTERNATIONAL COURT OF JUSTICE\n"
        "Peace Palace, Carnegieplein 2, 2517 KJ The Hague, Netherlands\n"
        "Tel.: +31 (0)70 302 2323   Fax: +31 (0)70 364 9928\n"
        "Website   X   YouTube   LinkedIn\n\n"
        "Press Release No. 2026/56\nUnofficial\n\n"
        "Armed Activities on the Frontier (Applicant v. Respondent)\n\n",
        # An army's release: masthead, headquarters, number and date, subject line.
        "ARMY | Directorate of Public Relations | Press Releases\n"
        "Army Headquarters, Bhadrakali, Kathmandu\n\n"
        "Press Release No. 31 (2083/84)\nDate: 24 November 2026\n\n"
        "Subject: Operations update on the security operations in the districts\n\n",
        # A ministry's page: its name, its breadcrumb, the headline again, a code.
        "U.S. DEPARTMENT OF THE TREASURY\nHome › News › Press Releases\n\n"
        "Armed Activities on the Frontier (Applicant v. Respondent)\n\nSB0412\n\n",
    ],
)
def test_a_release_s_letterhead_above_its_first_paragraph_is_no_body(letterhead: str) -> None:
    text = (
        "Armed Activities on the Frontier (Applicant v. Respondent) – The Court rules\n\n"
        + letterhead
        + "The Hague, 4 December 2026. "
        + _RELEASE_BODY
    )
    head = parse_article(text).head
    assert text[head.body_start :].startswith("The Hague, 4 December 2026.")
    assert head.published_date == dt.date(2026, 12, 4)


def test_a_line_alone_over_the_first_paragraph_stays_its_heading() -> None:
    text = "Court rules on frontier\n\nINTERNATIONAL COURT OF JUSTICE\n\nBACKGROUND\n\n" + (
        _RELEASE_BODY
    )
    head = parse_article(text).head
    assert text[head.body_start :].startswith("BACKGROUND")


def test_a_weekly_s_edition_range_dates_the_article_by_its_first_day() -> None:
    """ "Edition of Saturday 28 November – Friday 4 December 2026": the year stands once,
    after the range's last day; the edition is of its first."""
    text = (
        "The village two flags claim\n\n"
        "ANTILLES WEEKLY\nRegional | Guyana | Feature\n"
        "Edition of Saturday 28 November – Friday 4 December 2026\n\n"
        "A dispute settled by an arbitration in 1904 has turned the savannah into a front "
        "line, and both armies now claim the village of Pirara as their own.\n"
    )
    assert parse_article(text).head.published_date == dt.date(2026, 11, 28)
