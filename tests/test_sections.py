"""Section segmentation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.parse import NoBodyError, Paragraph, is_separator, parse_article, split_paragraphs
from newsledger.sections import SECTION_TYPES, Section, classify_heading, segment_sections
from newsledger.text import normalize_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "articles" / "000_e93990c706c29f3f.txt"
DATA = Path(__file__).resolve().parent / "data" / "articles"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def load(path: Path) -> str:
    return normalize_text(path.read_text(encoding="utf-8"))


def sections_of(text: str) -> list[Section]:
    article = parse_article(text)
    sections = segment_sections(text, article.paragraphs)
    check_cover(text, article.paragraphs, sections)
    return sections


def type_at(text: str, words: str) -> str:
    """The type of the section that holds the first occurrence of ``words``."""
    start = text.index(words)
    (s,) = [s for s in sections_of(text) if s.char_start <= start < s.char_end]
    return s.section_type


def check_cover(text: str, paragraphs: Sequence[Paragraph], sections: list[Section]) -> None:
    """The contract: ordered, non-overlapping, contiguous, every paragraph placed once."""
    assert [s.ordinal for s in sections] == list(range(len(sections)))
    placed: list[Paragraph] = []
    for s in sections:
        assert s.section_type in SECTION_TYPES
        assert s.paragraphs, "every section has body paragraphs"
        if s.heading is not None:
            heading = next(p for p in paragraphs if p.char_start == s.char_start)
            if heading.text.rstrip(":").strip() != s.heading:
                # A live entry's time stamp above its title, the heading.
                placed.append(heading)
                heading = paragraphs[paragraphs.index(heading) + 1]
            assert heading.text.rstrip(":").strip() == s.heading
            placed.append(heading)
        else:
            assert s.char_start == s.paragraphs[0].char_start
        assert s.char_end == s.paragraphs[-1].char_end
        placed.extend(s.paragraphs)
    assert placed == list(paragraphs)  # each paragraph exactly once, in text order
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.char_end <= b.char_start
        assert is_separator(text[a.char_end : b.char_start])


def shape(sections: list[Section]) -> list[tuple[str, str | None, int, int]]:
    return [
        (s.section_type, s.heading, s.paragraphs[0].line, s.paragraphs[-1].line_end)
        for s in sections
    ]


# ------------------------------------------------------------------------ the seed


def test_seed_sections() -> None:
    text = load(SEED)
    sections = sections_of(text)
    assert shape(sections) == [
        ("events", None, 6, 20),
        ("foreign_reactions", "Foreign reactions", 24, 36),
        ("history", "History of conflict", 40, 48),
    ]
    # The heading line is part of its section's range.
    assert text[sections[1].char_start :].startswith("Foreign reactions\n")
    assert text[sections[2].char_start :].startswith("History of conflict\n")
    assert sections[0].char_start == parse_article(text).head.body_start


def test_seed_without_headings_is_typed_by_content() -> None:
    text = load(SEED).replace("Foreign reactions\n\n", "").replace("History of conflict\n\n", "")
    sections = sections_of(text)
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("foreign_reactions", None),
        ("history", None),
    ]
    assert sections[1].paragraphs[0].text.startswith("President of the European Council")
    assert sections[1].paragraphs[-1].text.startswith("The foreign ministries of Georgia")
    assert sections[2].paragraphs[0].text.startswith("Armenia and Azerbaijan have been at odds")
    assert len(sections[2].paragraphs) == 5


# -------------------------------------------------------------- wikinews corpus

# Short single-section reports without sub-headings (corpus README).
WIKINEWS_PARAGRAPHS = {
    "01_nk2016_armenian_azerbaijani_clashes.txt": 2,
    "03_crimea2016_russia_ukraine_tensions.txt": 3,
    "04_korea2015_quasi_state_of_war.txt": 6,
}


@pytest.mark.parametrize("name", sorted(WIKINEWS_PARAGRAPHS))
def test_wikinews_is_one_events_section(name: str) -> None:
    path = CORPUS / "wikinews" / name
    if not path.is_file():
        pytest.skip(f"corpus file not available: {path}")
    sections = sections_of(load(path))
    assert [(s.section_type, s.heading) for s in sections] == [("events", None)]
    assert len(sections[0].paragraphs) == WIKINEWS_PARAGRAPHS[name]
    assert sections[0].paragraphs[0].line == 6


# ------------------------------------------------------------ own test articles

DATA_SECTIONS = {
    "wire_dateline.txt": [("events", None, 5, 9)],
    "dateline_with_year.txt": [("events", None, 3, 5)],
    "no_headline.txt": [("events", None, 1, 3)],
    "question_headings.txt": [
        ("events", None, 5, 9),
        ("history", "WHAT HAPPENED BEFORE?", 13, 15),
        # "Next" names no type: the content (plans, instructions) reads as events.
        ("events", "What Happens Next?", 19, 21),
    ],
    "photo_captions.txt": [
        ("events", None, 3, 3),
        ("other", None, 5, 5),  # "Photo: ..."
        ("events", None, 7, 9),  # the caption does not change the type around it
        ("foreign_reactions", "International reaction", 13, 13),
        ("other", None, 15, 15),  # "... REUTERS/Ana Petrova"
        ("foreign_reactions", None, 17, 17),
    ],
    "source_top.txt": [
        ("events", None, 5, 9),
        ("other", None, 11, 11),  # "Read more: ..."
        ("other", "FACTBOX", 15, 17),
    ],
    # The standfirst is news; the byline below it is a note on the page.
    "standfirst_byline.txt": [
        ("events", None, 3, 3),
        ("other", None, 5, 6),
        ("events", None, 8, 10),
    ],
    "read_more_factbox.txt": [
        ("events", None, 7, 7),
        ("other", None, 9, 11),  # "READ MORE" and the linked title below it
        ("other", "Key facts", 15, 17),
        ("events", None, 19, 19),
        ("other", None, 21, 21),  # "Related: ..."
        ("events", None, 23, 23),
    ],
    "unheaded_sections.txt": [
        ("events", None, 5, 11),
        ("foreign_reactions", None, 13, 17),
        ("history", None, 19, 21),
    ],
}


@pytest.mark.parametrize("name", sorted(DATA_SECTIONS))
def test_data_article_sections(name: str) -> None:
    assert shape(sections_of(load(DATA / name))) == DATA_SECTIONS[name]


def test_data_folder_is_covered() -> None:
    assert {p.name for p in DATA.glob("*.txt")} == set(DATA_SECTIONS)


# ------------------------------------------------------------------- headings


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Foreign reactions", "foreign_reactions"),
        ("International reaction", "foreign_reactions"),
        ("Reactions", "foreign_reactions"),
        ("World reacts", "foreign_reactions"),
        ("Global response", "foreign_reactions"),
        ("Background", "history"),
        ("History of conflict", "history"),
        ("What happened before?", "history"),
        ("WHAT HAPPENED BEFORE?", "history"),
        ("How did we get here?", "history"),
        ("Historical context", "history"),
        ("What happened", "events"),
        ("Latest", "events"),
        ("Fighting", "events"),
        ("Key facts", "other"),
        ("FACTBOX", "other"),
        # A newsletter's other stories.
        ("ALSO IN THE NEWS", "other"),
        ("In other news", "other"),
        ("What Happens Next?", None),
        ("Voices from Lisk", None),
        # Aid delivered is news of the ground, not a reaction.
        ("Humanitarian response", None),
        ("RESPONSE", None),
        ("Why are Nicaragua and Colombia fighting?", "history"),
        ("Key dates:", "history"),
    ],
)
def test_classify_heading(heading: str, expected: str | None) -> None:
    assert classify_heading(heading) == expected


def segment(text: str, published: str | None = None) -> list[Section]:
    text = normalize_text(text)
    paragraphs = split_paragraphs(text)
    date = dt.date.fromisoformat(published) if published else None
    sections = segment_sections(text, paragraphs, published_date=date)
    check_cover(text, paragraphs, sections)
    return sections


def test_unknown_heading_takes_its_content_type() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Voices from abroad\n\n"
        "The Norvian foreign minister expressed concern and urged restraint.\n\n"
        "The European Union called for talks and offered its support."
    )
    # "abroad" names the type; now the same under a heading that names none.
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Voices from Lisk\n\n"
        "The Norvian foreign minister expressed concern and urged restraint.\n\n"
        "The European Union called for talks and offered its support."
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("foreign_reactions", "Voices from Lisk"),
    ]


def test_news_of_this_week_under_a_background_heading_stays_news() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Background\n\n"
        "The fighting that began on Monday spread along the valley on Wednesday.\n\n"
        "Dorf tells a different story. Its army said it had killed 30 Syldavian troops.\n\n"
        "The Red Cross said 400 people had fled Lisk by Thursday evening.\n\n"
        "The two countries fought a war over the valley in 1994.",
        "2026-03-06",
    )
    assert [(s.section_type, s.heading, len(s.paragraphs)) for s in sections] == [
        ("events", None, 1),
        ("events", "Background", 3),
        ("history", None, 1),
    ]


def test_a_visiting_diplomat_s_state_is_no_party_and_its_minister_speaks_on() -> None:
    text = (
        "Bahrain vows to defend Hawar as Egypt's foreign minister visits Manama\n\n"
        "Bahrain's foreign minister said on Wednesday that his country would defend the "
        "islands, speaking beside his visiting Egyptian counterpart after a clash with Qatari "
        "forces.\n\n"
        "He said four Bahraini coastguards were killed when Qatari boats fired on them.\n\n"
        "Egyptian Foreign Minister Sameh Abdelrahman said Cairo stood fully behind Bahrain and "
        "urged restraint.\n\n"
        "Asked whether Egypt would send troops, Abdelrahman said a ceasefire came first.\n\n"
        "Qatar gives a very different account. Its Ministry of Defence said Bahraini boats "
        "fired first."
    )
    sections = segment(text, "2026-09-16")
    assert [(s.section_type, len(s.paragraphs)) for s in sections] == [
        ("events", 3),  # the headline, the lede and Bahrain's toll
        ("foreign_reactions", 2),
        ("events", 1),
    ]


def test_a_byline_at_the_foot_and_a_release_s_end_mark_are_other() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "The two countries fought a war over the valley in 1994.\n\n"
        "By SOK Chanthy\nAKP\n\n"
        "ENDS"
    )
    assert [(s.section_type, len(s.paragraphs)) for s in sections] == [
        ("events", 1),
        ("history", 1),
        ("other", 2),
    ]


def test_short_last_line_is_not_a_heading() -> None:
    sections = segment("Shelling hit the town of Lisk on Monday.\n\nMore to follow")
    assert [(s.section_type, s.heading, len(s.paragraphs)) for s in sections] == [
        ("events", None, 2)
    ]


def test_a_wh_clause_ending_on_its_particle_is_a_heading() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday.\n\nWhy Tolvia says it went in\n\n"
        "In a televised address on Thursday, President Jonas Pell said he had ordered "
        "troops across the river."
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("events", "Why Tolvia says it went in"),
    ]


def test_a_quoted_cross_head_in_capitals_and_a_newsletter_promotion() -> None:
    text = (
        "Tolvian troops crossed into Marland at three points on Tuesday.\n\n"
        "Get a look at the day ahead in global markets with the Morning Brief newsletter. "
        "Sign up here.\n\n"
        "'THIS IS A WAR'\n\n"
        "In Lisk, residents queued for fuel as shells fell on the market."
    )
    sections = segment(text)
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("other", None),
        ("events", "'THIS IS A WAR'"),
    ]


def test_an_outside_body_meeting_in_emergency_session_is_a_reaction() -> None:
    lede = (
        "Tolvian troops crossed into Marland at three points on Tuesday, and shells hit "
        "the market in Lisk.\n\n"
    )
    meets = (
        "The UN Security Council will meet in emergency session on Wednesday at Marland's request."
    )
    assert type_at(lede + meets, "The UN Security Council") == "foreign_reactions"
    # What was said at the meeting is the news.
    briefed = (
        "Briefing the Security Council in an emergency meeting, an assistant "
        "secretary-general said the fighting had spread south to the shores of the lake."
    )
    assert type_at(lede + briefed, "Briefing the Security Council") == "events"


def test_a_broadcaster_s_saved_captions_and_an_analysis_box() -> None:
    text = (
        "Image source, EPA\n"
        "Image caption, Smoke rises over the port of Saigo on Tuesday\n\n"
        "Tolvian missiles struck the port of Saigo before dawn on Tuesday, killing nine.\n\n"
        "Analysis by Jane Doe, diplomatic correspondent\n\n"
        "For seventy years the constitution was read as forbidding any strike abroad. That "
        "reading ended on Thursday morning."
    )
    sections = segment(text)
    assert [(s.section_type, s.heading) for s in sections][:2] == [
        ("other", None),
        ("events", None),
    ]
    assert sections[-1].heading == "Analysis by Jane Doe, diplomatic correspondent"
    assert sections[-1].section_type != "foreign_reactions"


def test_heading_with_colon() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday.\n\nBackground:\n\n"
        "The two countries fought a war over the valley in 1994."
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("history", "Background"),
    ]


def test_a_reporters_question_in_a_transcript_is_no_heading() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, the army spokesman said.\n\n"
        "Q: Colonel, can you give the final toll on the enemy side?\n\n"
        "VORN: Forty-seven fighters were killed and twelve were captured.\n\n"
        "Question: Is the offensive over?\n\n"
        "VORN: The operation continues."
    )
    assert [(s.section_type, s.heading, len(s.paragraphs)) for s in sections] == [
        ("events", None, 5)
    ]


def test_a_key_points_box_is_no_lede() -> None:
    """A live page's summary box is a factbox; the lede whose countries are the parties
    is the first entry, so a state the box lists as reacting is an outside state."""
    sections = segment(
        "Key points\n"
        "Gunmen attacked two army posts in Lisk commune, in the far north, overnight\n"
        "Tolvia's government says eight soldiers were killed and thirty attackers died\n"
        "France and the US condemn the attack; Norvia denies any role in it\n\n"
        "16:30 GMT\n\n"
        "Gunmen attacked two Tolvian army posts in Lisk overnight, killing eight soldiers, "
        "the Tolvian army said.\n\n"
        "15:45 GMT\n\n"
        'France\'s foreign ministry has condemned the attack "in the strongest terms".'
    )
    assert [s.section_type for s in sections] == ["other", "events", "foreign_reactions"]
    # The box's title, on the line above its items, is its heading.
    assert sections[0].heading == "Key points"


def test_a_what_we_know_box_of_sentences_is_other() -> None:
    """A summary box whose items are sentences, one per line (a block split line by
    line), is a factbox under its title; so are unended items in one paragraph."""
    box = (
        "Fighting has spread from Oskel to Lisk and Drava.\n"
        "The health ministry says 212 people have been killed.\n"
        "The rebels say they control the air base at Lisk.\n\n"
    )
    for title, gap in (("What we know so far", "\n"), ("What we know so far", "")):
        sections = segment(
            f"{title}\n{gap}{box}"
            "21:10 GMT\n\n"
            "Heavy shelling hit the centre of Oskel on Tuesday evening, residents said."
        )
        assert [(s.section_type, s.heading) for s in sections] == [
            ("other", "What we know so far"),
            ("events", None),
        ]


def test_a_digest_overview_is_news_and_its_methodology_note_is_other() -> None:
    sections = segment(
        "Overview\n\n"
        "Armed-group violence rose for a third consecutive week, with 19 people killed "
        "between 2 and 8 June, up from 12 deaths the previous week.\n\n"
        "Methodology: the digest compiles incidents from official statements and local "
        "media. Figures are provisional."
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", "Overview"),
        ("other", None),
    ]


def test_a_highlights_box_and_a_produced_by_credit_are_other() -> None:
    sections = segment(
        "HIGHLIGHTS\n"
        "As many as 4,200 people have fled eleven villages in two districts since Monday\n"
        "At least nine civilians killed, three of them children, the health office says\n"
        "Flights to the airstrip suspended since Monday and the only road cut as well\n\n"
        "Fighting displaced 4,200 people in Sugapa on Monday, officials said.\n\n"
        "Produced by OCHA Indonesia with humanitarian partners. The next update will be "
        "issued as the situation evolves."
    )
    assert [s.section_type for s in sections] == ["other", "events", "other"]


# -------------------------------------------------------------- content typing


def test_lone_background_paragraph_at_the_end_is_history() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "The region has been disputed since the 1990s, and a war in 1994 ended in a truce."
    )
    assert [s.section_type for s in sections] == ["events", "history"]


def test_who_an_actor_is_in_the_present_is_background() -> None:
    sections = segment(
        "The army said on Tuesday its troops killed 20 rebels near the town of Lisk.\n\n"
        "The army said two soldiers were also killed.\n\n"
        "The Lisk Liberation Army is one of the country's largest armed groups. "
        "It controls large areas along the border.\n\n"
        "The rebels have fought for autonomy for decades."
    )
    assert [s.section_type for s in sections] == ["events", "history"]
    assert len(sections[1].paragraphs) == 2


def test_lone_reaction_paragraph_is_foreign_reactions() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Residents fled to the hills overnight, the mayor said.\n\n"
        "Troops fired back at positions across the river, the army said.\n\n"
        "The United Nations urged both sides to show restraint.\n\n"
        "Shops stayed closed in the town centre on Monday."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions", "events"]


def test_an_aid_agency_counting_is_news_and_its_bare_appeal_a_reaction() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Residents fled to the hills overnight, the mayor said.\n\n"
        "The UN refugee agency, UNHCR, said 9,000 people had fled Lisk and warned that "
        "the camps were full.\n\n"
        "Shops stayed closed in the town centre on Monday.\n\n"
        "UNICEF condemned the shelling and urged both sides to spare schools."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]


def test_a_heading_naming_a_past_year_heads_background() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "What happened in 2014?\n\n"
        "Rebel fighters overran Lisk and killed hundreds of villagers.\n\n"
        "What happens next?\n\n"
        "Talks between the two sides resume in Oskel on Friday, officials said.",
        published="2026-07-02",
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("history", "What happened in 2014?"),
        ("events", "What happens next?"),
    ]


def test_a_quote_amid_background_is_background() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Who holds Lisk?\n\n"
        "Lisk has been disputed since the end of the war in the 1990s, and both armies "
        "have long kept posts on its hills.\n\n"
        '"Whoever holds the hills watches the whole valley," said Ivo Marek, a historian '
        "at the University of Oskel.",
        published="2026-07-02",
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("history", "Who holds Lisk?"),
    ]


def test_a_live_pages_latest_entry_is_no_lede() -> None:
    sections = segment(
        "Key points\n"
        "Tolvia's army says shelling hit Lisk overnight\n"
        "Two people were killed in Lisk\n\n"
        "17:55 GMT\n\n"
        "Norvia's foreign ministry has condemned what it called an act of aggression "
        "against Tolvia.\n\n"
        "17:10 GMT\n\n"
        "Residents of Lisk fled to the hills overnight, the mayor said."
    )
    assert [s.section_type for s in sections][-2:] == ["foreign_reactions", "events"]


def test_a_stamp_and_the_title_under_it_open_their_entry_s_section() -> None:
    text = (
        "17:10 GMT\n\n"
        "Norvia's foreign ministry has condemned what it called an act of aggression "
        "against Tolvia.\n\n"
        "16:45 GMT\n\n"
        "Thousands flee across the river\n\n"
        "The UN refugee agency said 9,000 people had crossed the river into Lisk since "
        "Monday night, fleeing the shelling."
    )
    sections = segment(text)
    last = sections[-1]
    assert last.section_type == "events", [(s.section_type, s.heading) for s in sections]
    assert text[last.char_start :].startswith("16:45 GMT\n\nThousands flee")


def test_a_foreign_minister_in_an_outside_capital_reacts() -> None:
    sections = segment(
        "Chilean troops shelled the Bolivian town of Ollagüe on Monday, killing two "
        "people.\n\n"
        "Bolivian residents fled to the hills overnight, the mayor said.\n\n"
        "In Buenos Aires, Foreign Minister Ana Petrova said Argentina called for an "
        "immediate ceasefire."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]


def test_outside_state_speaking_is_a_reaction_and_parties_are_not() -> None:
    sections = segment(
        "Azerbaijani troops shelled Armenian positions near Lisk on Monday.\n\n"
        "Armenia's defence ministry said two soldiers were killed.\n\n"
        "The president of Venezuela said he stands with the people of the region."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]


def test_a_war_named_by_its_sides_leaves_the_host_state_out_of_them() -> None:
    sections = segment(
        "Brazil took in 7,000 people fleeing the Venezuela-Guyana war on Monday.\n\n"
        "Venezuelan troops shelled Lethem on Sunday, killing four people.\n\n"
        "Brazil's Foreign Ministry called for an immediate ceasefire and said it was ready "
        "to host talks."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]


def test_war_pair_names_the_two_sides() -> None:
    from newsledger.extract.reference import war_pair

    assert war_pair("thousands flee the Venezuela-Guyana war") == {"VEN", "GUY"}
    assert war_pair("the fighting between India and Pakistan") == {"IND", "PAK"}
    assert war_pair("the Kyrgyz-Tajik border clashes") == {"KGZ", "TJK"}
    assert war_pair("a Franco-German summit on the war") == set()
    assert war_pair("tourists flee as Kenya and Uganda go to WAR") == {"KEN", "UGA"}


def test_an_outside_states_representative_speaking_is_a_reaction() -> None:
    sections = segment(
        "Government forces shelled Lisk in Moldova on Monday, killing two people.\n\n"
        "Shops stayed closed in the town centre on Monday.\n\n"
        "The Russian Federation's representative, Ivan Petrov, said Chisinau had every "
        "right to defend its territory.\n\n"
        "The representative of Iraq said his country had received thousands of people."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]


def test_a_party_calling_on_a_list_of_outside_bodies_is_no_reaction() -> None:
    sections = segment(
        "Serb forces shelled Gradacac in Bosnia on Monday, killing two people.\n\n"
        "The Presidency of Bosnia called on the international community, the United "
        "Nations Security Council and the guarantors of the peace to stop the attack. It "
        "also asked that the European Union force be reinforced.\n\n"
        "The ombudsman called on the International Committee of the Red Cross to visit "
        "the detained.\n\n"
        "Turkey's Ministry of Foreign Affairs condemned the attacks."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]
    assert [len(s.paragraphs) for s in sections] == [3, 1]


def test_a_list_a_sentence_introduces_goes_on_with_it() -> None:
    sections = segment(
        "Shelling killed 31 civilians in Bosnia on Sunday, the ombudsman said.\n\n"
        "According to the cantonal headquarters, the heaviest losses were recorded in:\n\n"
        "- Gradacac: 17 killed and 46 wounded;\n"
        "- Maglaj: 6 killed and 19 wounded.\n\n"
        "Turkey's Ministry of Foreign Affairs condemned the attacks."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]
    assert [len(s.paragraphs) for s in sections] == [3, 1]


def test_state_or_capital_as_subject_reacting_is_foreign_reactions() -> None:
    sections = segment(
        "Separatists seized the town of Soroca in Moldova on Tuesday.\n\n"
        "Washington said it was deeply concerned and urged restraint.\n\n"
        "Ukraine, which borders the region, called for talks.\n\n"
        "The Iran-backed militia said it would support the separatists."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions", "events"]


def test_paragraph_continuing_a_reaction_keeps_its_type() -> None:
    sections = segment(
        "Azerbaijani troops shelled Armenian positions near Lisk on Monday.\n\n"
        "The president of Venezuela said he stands with the people of the region.\n\n"
        '"We will send aid as soon as the roads open," he said.\n\n'
        "Shelling resumed near Lisk on Tuesday, killing a farmer."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions", "events"]
    assert len(sections[1].paragraphs) == 2


def test_paragraph_dated_this_week_is_news_despite_its_past() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "The conflict, dormant since a war ended in 1994, flared again over the weekend."
    )
    assert [s.section_type for s in sections] == ["events"]


@pytest.mark.parametrize(
    "caption",
    [
        "A still from army footage shows a burning truck near Oskel.",
        "[Photo: a burning truck near Oskel]",
        "Jan Holm © Nordwire",
        "People gather at the site of a strike in Oskel, Marland, Nov. 1, 2017.",
        "This army handout photo taken on April 29, 2015, shows a frigate in port.",
        "Some information for this report was provided by AFP and Reuters.",
        "Sources: Nordwire, the army's statement, witnesses.",
        "Residents load their belongings onto a truck in Talish. NW/Ivo Marek",
        "Residents outside the burnt dispensary on Monday. Photo: Omar bin Salim / Coast Daily",
    ],
)
def test_captions_and_credits_are_other_wherever_they_stand(caption: str) -> None:
    sections = segment(
        f"{caption}\n\nShelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Residents fled to the hills overnight, the mayor said."
    )
    assert [s.section_type for s in sections] == ["other", "events"]


def test_factbox_without_colons_and_sources_list_are_other() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Residents fled to the hills overnight, the mayor said.\n\n"
        "Marland in brief\nPopulation 3 million\nCapital Oskel\nArmy 40,000 troops\n\n"
        "Sources\n\nNordwire reporting, the army's statement and witnesses."
    )
    assert [s.section_type for s in sections] == ["events", "other", "other"]


def test_heading_does_not_override_clear_content() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "What happened\n\n"
        "Troops fired back at positions across the river, the army said.\n\n"
        "The two countries have been at odds since the 1990s; a war in 1994 ended in a truce, "
        "and decades of talks since the collapse of the Soviet Union have failed."
    )
    assert [s.section_type for s in sections][-1] == "history"


def test_published_date_decides_what_is_past() -> None:
    text = normalize_text(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Residents fled to the hills overnight, the mayor said.\n\n"
        "The valley saw heavy fighting in 2019, when both armies dug in along the river.\n\n"
        "Talks held in 2019 produced a truce that held for months."
    )
    paragraphs = split_paragraphs(text)
    later = segment_sections(text, paragraphs, published_date=dt.date(2021, 5, 1))
    assert [s.section_type for s in later] == ["events", "history"]
    same_year = segment_sections(text, paragraphs, published_date=dt.date(2019, 5, 1))
    assert [s.section_type for s in same_year] == ["events"]


def test_one_background_cue_is_enough_without_news_signs() -> None:
    lede = "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
    habit = "Vorn rebels regularly shell villages along the river."
    assert [s.section_type for s in segment(lede + habit)] == ["events", "history"]
    since = "The fighting comes almost a year since the president took office."
    assert [s.section_type for s in segment(lede + since)] == ["events", "history"]
    # Reported speech marks the same cue as part of the news.
    said = "Vorn rebels regularly shell villages along the river, the mayor said."
    assert [s.section_type for s in segment(lede + said)] == ["events"]
    # "long-range" and "once again" speak of no past.
    for text in ("Troops fired long-range rockets.", "Troops once again fired rockets."):
        assert [s.section_type for s in segment(lede + text)] == ["events"]


def test_paragraph_opening_on_the_reported_event_is_news() -> None:
    lede = "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
    for text in (
        # The event as subject, in the past; the past year sits in a relative clause.
        "The blasts hit a market that had suffered a similar attack in January 2015.",
        # A first sentence reporting the event, background only after it.
        "Nine were killed at the fish market. The market had been hit twice in 2015.",
    ):
        sections = segment_sections(
            normalize_text(lede + text),
            split_paragraphs(normalize_text(lede + text)),
            published_date=dt.date(2021, 5, 1),
        )
        assert [s.section_type for s in sections] == ["events"]
    # A clause of its own in the past is background; so is a present comparison.
    for text in (
        "The fighting ended in 1994 with a truce.",
        "The attacks are the deadliest in the valley since 2015.",
    ):
        sections = segment_sections(
            normalize_text(lede + text),
            split_paragraphs(normalize_text(lede + text)),
            published_date=dt.date(2021, 5, 1),
        )
        assert [s.section_type for s in sections] == ["events", "history"]


def test_foreign_minister_of_a_party_is_not_a_reaction() -> None:
    lede = "Azerbaijani troops shelled Armenian positions near Lisk on Monday.\n\n"
    party = "Armenia's foreign minister, Jonas Pell, criticized the shelling and called for talks."
    assert [s.section_type for s in segment(lede + party)] == ["events"]
    outside = "Norway's foreign minister, Jonas Pell, called for talks."
    assert [s.section_type for s in segment(lede + outside)] == ["events", "foreign_reactions"]


def test_denouncing_and_violations_of_international_law_are_reactions() -> None:
    lede = "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
    for text in (
        "The United Nations denounced the shelling of homes.",
        "The European Union said the shelling violated international humanitarian law.",
    ):
        assert [s.section_type for s in segment(lede + text)] == ["events", "foreign_reactions"]


def test_lede_opening_on_an_outside_actor_can_be_a_reaction() -> None:
    sections = segment(
        "A United Nations report released on Monday says raids on Lisk were a violation "
        "of international law.\n\n"
        "The raids left 40 people dead and 300 homes burned, the report said."
    )
    assert [s.section_type for s in sections] == ["foreign_reactions", "events"]
    # A lede reporting the news stays events even with an outside actor in it.
    sections = segment(
        "Shelling hit Lisk on Monday, and the United Nations urged restraint.\n\n"
        "Residents fled to the hills overnight, the mayor said."
    )
    assert [s.section_type for s in sections] == ["events"]


def test_closing_background_runs_to_the_end_without_news() -> None:
    lede = "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
    background = "Lisk declared independence from Marland in the early 1990s.\n\n"
    tail = "Marland accuses the militia of backing the rebels and has vowed to retake the town."
    assert [s.section_type for s in segment(lede + background + tail)] == ["events", "history"]
    news = "Marland accuses the militia of backing the rebels, the mayor said on Monday."
    died = "In the south, 22 people have reportedly died of cholera."
    for text in (news, died):
        assert [s.section_type for s in segment(lede + background + text)] == [
            "events",
            "history",
            "events",
        ]


def test_paragraph_on_the_subject_of_background_continues_it() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Vorn is considered a terrorist group by Marland.\n\n"
        "Vorn has also threatened the neighbouring states.\n\n"
        "Troops fired back at positions across the river, the army said."
    )
    assert [(s.section_type, len(s.paragraphs)) for s in sections] == [
        ("events", 1),
        ("history", 2),
        ("events", 1),
    ]


# ------------------------------------------------------------ other sections


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Soldiers near the river on Monday.",
        "Image: The damaged bridge at Lisk.",
        "A damaged bridge in Lisk (Reuters photo)",
        "Soldiers walk past a burned truck near Lisk / AFP",
        "Soldiers walk past a burned truck near Lisk. Getty Images",
        "Soldiers walk past a burned truck near Lisk. REUTERS/Ana Petrova",
        "Read more: Talks on the valley stall again",
        "READ MORE: Talks on the valley stall again",
        "Related: How the valley war began",
        "- Killed: 12\n- Wounded: 40",
        # A release's notes on itself.
        "For further information, please contact: Ana Petrova, Head of Communications",
        "Contact: Ivo Marek, press officer, Oskel",
        "(Translated by the state news agency)",
        "(Corrects paragraph 3 to show the spokesman is from the defence ministry)",
        "Issued on 12 March 2025",
        "By Ana Petrova",
        "Ivo Marek is The Oskel Post's defence correspondent, based in Oskel.",
        "The relief office will issue a further update within 72 hours.",
    ],
)
def test_other_paragraphs_are_their_own_section(line: str) -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        f"{line}\n\n"
        "Residents fled to the hills overnight, the mayor said."
    )
    assert [s.section_type for s in sections] == ["events", "other", "events"]


@pytest.mark.parametrize(
    "line",
    [
        "Related to the talks, the ministry said nothing.",
        "The photo agency said its reporter was safe.",
        "By Monday the army had retaken the town.",
        "The army will issue a statement on the losses on Monday.",
    ],
)
def test_prose_is_not_other(line: str) -> None:
    sections = segment(f"Shelling hit the town of Lisk on Monday.\n\n{line}")
    assert [s.section_type for s in sections] == ["events"]


def test_empty_input() -> None:
    assert segment_sections("", []) == []


# ---------------------------------------------------------------- robustness

_LINES = [
    "",
    "",
    "Background",
    "What happened before?",
    "Foreign reactions",
    "Source: https://example.org/x",
    "By Jane Doe",
    "12 March 2021",
    "Photo: A damaged bridge.",
    "Read more: Talks stall",
    "READ MORE",
    "FACTBOX",
    "- Killed: 12",
    "Key: value",
    "LISK, March 3 (Reuters) - Shelling hit the town on Monday.",
    "The United Nations urged restraint and expressed concern.",
    "The war in 1994 ended with a truce, and the dispute has been frozen since the 1990s.",
    "Shelling hit the town of Lisk on Monday, killing two people.",
    "   indented line with trailing words",
]


@given(st.lists(st.sampled_from(_LINES) | st.text(max_size=40), max_size=25))
@settings(max_examples=300, deadline=None)
def test_any_text_parses_or_has_no_body(lines: list[str]) -> None:
    text = normalize_text("\n".join(lines))
    try:
        article = parse_article(text)
    except NoBodyError:
        return
    assert article.paragraphs
    assert article.head.body_start == article.paragraphs[0].char_start
    for p in article.paragraphs:
        assert text[p.char_start : p.char_end] == p.text == p.text.strip()
    sections = segment_sections(text, article.paragraphs)
    placed = []
    for s in sections:
        assert s.section_type in SECTION_TYPES and s.paragraphs
        placed.extend(s.paragraphs)
    assert len(placed) + sum(s.heading is not None for s in sections) == len(article.paragraphs)
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.char_end <= b.char_start


def test_outside_state_reporting_its_own_combat_is_a_party() -> None:
    sections = segment(
        "Syrian troops killed 40 militants in Idlib province on Tuesday.\n\n"
        "The Turkish Defence Ministry said its forces destroyed 12 tanks in retaliation.\n\n"
        "Moscow called on Ankara to respect the ceasefire."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]
    assert len(sections[0].paragraphs) == 2


def test_a_state_whose_defence_ministry_speaks_is_a_party_wherever_named() -> None:
    # The lede names no country; the defence ministry's denial is the other side's word.
    sections = segment(
        "Hundreds fled the border district of Lisk on Thursday after shelling hit homes.\n\n"
        "Armenia's defence ministry denied targeting civilians and accused the other side "
        "of shelling.\n\n"
        "Norway's foreign minister called for talks."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]
    assert len(sections[0].paragraphs) == 2


def test_outside_officials_sanctions_blame_and_dismissals_are_reactions() -> None:
    lede = "Marland and Estria troops clashed near Lisk on Monday, killing 12 people.\n\n"
    for text in (
        "U.S. Secretary of State Jonas Pell said Washington was alarmed.",
        "The European Union threatened sanctions against those responsible.",
        "Russia blamed outside interference for the crisis.",
        "Kremlin spokesman Ivo Marek dismissed the reports as fake news.",
    ):
        assert [s.section_type for s in segment(lede + text)] == ["events", "foreign_reactions"]
    analyst = "A former British ambassador to Marland said the fighting could last months."
    assert [s.section_type for s in segment(lede + analyst)] == ["events"]


def test_a_foreign_minister_without_a_country_is_of_the_state_named_before() -> None:
    lede = "Peruvian troops shelled Ecuador's border villages on Monday, killing 12 people.\n\n"
    party = (
        "Peru's president vowed to go on.\n\nForeign Minister Ivo Marek accused Ecuador of lying."
    )
    assert [s.section_type for s in segment(lede + party)] == ["events"]
    outside = "Norway's king sent his condolences.\n\nForeign Minister Ivo Marek urged restraint."
    assert [s.section_type for s in segment(lede + outside)] == ["events", "foreign_reactions"]


def test_rights_groups_standing_assessments_and_undated_trends_are_background() -> None:
    lede = "Rebels ambushed an army convoy near Lisk on Monday, killing 12 soldiers.\n\n"
    for text in (
        "Rights groups say there has been little progress on abuses by the army.",
        "Human Rights Watch has accused the rebels of recruiting children.",
        "Violence has increased ahead of the May election.",
    ):
        assert [s.section_type for s in segment(lede + text)] == ["events", "history"], text
    dated = "Amnesty International said on Monday that 30 civilians were killed in Lisk."
    assert [s.section_type for s in segment(lede + dated)] == ["events"]


def test_a_party_s_appeal_to_outsiders_is_no_reaction() -> None:
    sections = segment(
        "Georgian troops repelled an attack near Nikozi on Monday, the army said.\n\n"
        "The Ministry of Foreign Affairs of Georgia condemned the attack and called on the "
        "international community to respond."
    )
    assert [s.section_type for s in sections] == ["events"]


def test_live_page_stamps_join_their_entry_and_promos_are_other() -> None:
    sections = segment(
        "Follow our live coverage of the border fighting.\n\n"
        "10:02 AM\n\nShells hit Lisk overnight, killing two people, police said.\n\n"
        "02:20 PM\n\nNorway's foreign minister urged both sides to show restraint.\n\n"
        "02:55 PM\n\nJapan and Australia called for talks."
    )
    assert [(s.section_type, len(s.paragraphs)) for s in sections] == [
        ("other", 1),
        ("events", 2),
        ("foreign_reactions", 4),
    ]


def test_words_above_a_credit_line_are_a_caption_and_other_kinds_stay_apart() -> None:
    sections = segment(
        "Women carry what they saved along the road out of Lisk.\n\nIvo Marek © Nordwire\n\n"
        "Shelling hit Lisk on Friday, killing five people, the mayor said.\n\n"
        "Key facts\nPopulation 3 million\nCapital Oskel\nArmy 40,000 troops\n\n"
        "Sources: Nordwire, the army's statement"
    )
    assert [s.section_type for s in sections] == ["other", "events", "other", "other"]


def test_regional_bodies_coordinated_states_and_appeals_are_reactions() -> None:
    lede = "Thai and Cambodian troops clashed near the temple on Monday, killing 3 soldiers.\n\n"
    for text in (
        "The Association of Southeast Asian Nations offered to mediate.",
        "Chile and Argentina, which guarantee the accord, urged restraint.",
        "The U.N. refugee agency said it was alarmed and appealed for funds.",
    ):
        assert [s.section_type for s in segment(lede + text)] == ["events", "foreign_reactions"]


def test_a_state_whose_troops_open_fire_is_a_party() -> None:
    sections = segment(
        "Shells landed on villages near Lisk after midnight, police said.\n\n"
        "The army says Indian troops opened fire on civilian areas.\n\n"
        "India's foreign ministry rejected the account and accused the other side."
    )
    assert [s.section_type for s in sections] == ["events"]


def test_earlier_agreements_lasting_states_and_years_of_war_are_background() -> None:
    sections = segment(
        "Gunmen attacked a police post in the town of Lisk on Tuesday, killing six officers.\n\n"
        "Police said two attackers were arrested.\n\n"
        "Fighting has intensified recently despite a 2002 cease-fire.\n\n"
        "The rebel leader remains in control of the hills. More than 20,000 people have "
        "been killed in the three years of civil war.",
        published="2011-01-12",
    )
    assert [s.section_type for s in sections] == ["events", "history"]
    assert len(sections[1].paragraphs) == 2


def test_outside_state_as_subject_accusing_or_mediating_is_a_reaction() -> None:
    sections = segment(
        "Gunmen attacked a police post in the town of Lisk in Norvia on Tuesday.\n\n"
        "The United States has leveled accusations of ethnic cleansing against the "
        "government.\n\n"
        "The U.S. military did not identify the attackers, police said."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions", "events"]


def test_a_month_named_alone_before_the_article_s_is_background() -> None:
    sections = segment(
        "Gunmen attacked a police post in Lisk on Tuesday, killing six officers.\n\n"
        "Police said two attackers were arrested.\n\n"
        "The president has rejected demands that he cede power after the elections in "
        "November.",
        published="2011-01-12",
    )
    assert [s.section_type for s in sections] == ["events", "history"]


def test_a_report_in_the_present_tense_is_news() -> None:
    sections = segment(
        "Rockets hit the town of Lisk on Thursday.\n\n"
        "Norvia says it has lost 30 people since the fighting erupted after militants "
        "captured two soldiers.",
        published="2006-07-20",
    )
    assert [s.section_type for s in sections] == ["events"]


def test_officials_saying_between_background_paragraphs_report_the_news() -> None:
    sections = segment(
        "Rebels attacked the town of Lisk on Monday.\n\n"
        "The war began in 1994, when the region declared independence.\n\n"
        "Officials say they have the situation under control but soldiers die almost "
        "daily.\n\n"
        "The region has been disputed since the 1990s.",
        published="2002-01-08",
    )
    assert [s.section_type for s in sections] == ["events", "history", "events", "history"]


def test_a_community_to_be_misled_is_no_actor_and_the_reaction_of_foreign_states_is() -> None:
    sections = segment(
        "Marland's army repelled an incursion near Lisk on Sunday, killing 14 soldiers.\n\n"
        "Syldavia's claims that only two of its soldiers were wounded are dismissed as "
        "propaganda aimed at misleading the international community.\n\n"
        "Regarding the reaction of foreign states, the foreign ministry informs that the "
        "statement of the State Department is considered a gross interference."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]


def test_a_round_up_labelled_by_state_is_one_reactions_section() -> None:
    sections = segment(
        "Rebels fired rockets at the town of Lisk on Sunday, killing four people.\n\n"
        "Germany: Foreign Minister Anna Kask urged both sides to exercise restraint.\n\n"
        "Iran: A foreign ministry spokesman blamed the escalation on the coalition.\n\n"
        "Oman: The foreign minister said Muscat was ready to host talks at any level.\n\n"
        "China: A spokeswoman said Beijing hoped all parties would stay calm."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]


def test_a_relative_time_stamp_and_a_lead_in_go_with_the_entry_they_introduce() -> None:
    sections = segment(
        "18:05\n\nTwo police officers were killed in Lisk late on Saturday.\n\n"
        "1h ago\n\nInternational reactions are coming in:\n\n"
        "The EU's foreign affairs spokesperson said the bloc strongly condemns the attack.\n\n"
        "Albania's prime minister said Tirana stood shoulder to shoulder with Marland."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]
    assert sections[1].paragraphs[0].text == "1h ago"


def test_numbered_statements_are_body_text_but_short_numbered_lines_a_list() -> None:
    sections = segment(
        "The rebel front said it had overrun an army camp near Lisk on Monday.\n\n"
        "2. Our fighters killed 20 soldiers of the army and took six of them prisoner.\n\n"
        "3. We destroyed four armoured vehicles and seized a large quantity of ammunition."
    )
    assert [s.section_type for s in sections] == ["events"]
    listed = segment(
        "Rebels overran an army camp near Lisk on Monday.\n\n1) Lisk\n2) Dorf\n3) Vesk"
    )
    assert [s.section_type for s in listed][-1] == "other"


def test_a_round_up_of_rejections_and_calls_to_stop_is_reactions() -> None:
    sections = segment(
        "Drones from Marland struck the offices of rebel groups near Lisk on Wednesday, "
        "killing nine people.\n\n"
        "Germany's Foreign Office described the strikes as unacceptable.\n\n"
        "Kuwait and Jordan issued statements rejecting any attack on Syldavia's territory.\n\n"
        "The UN mission said the strikes must stop immediately."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]


def test_wire_credits_are_other() -> None:
    sections = segment(
        "Gunmen attacked two army posts near Lisk overnight, killing eight soldiers, "
        "the army said on Friday.\n\n"
        "(Reporting by Ana Vorn in Oskel; Writing by Jan Holm; Editing by Eva Dal)"
    )
    assert [s.section_type for s in sections] == ["events", "other"]


def test_a_round_up_intro_line_opens_the_reactions() -> None:
    sections = segment(
        "Tolvian and Norvian border guards clashed near Lisk on Monday, killing four, "
        "both governments said.\n\n"
        "Here is how the world has reacted:\n\n"
        "Russia: The foreign ministry said Moscow was seriously concerned and urged restraint.\n\n"
        "France: Paris condemned the use of force and called for talks."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions"]
    assert sections[1].paragraphs[0].text.startswith("Here is")


def test_a_timeline_of_this_weeks_fighting_is_news() -> None:
    sections = segment(
        "Pakistani and Afghan troops clashed at Torkham for a fifth day on Tuesday.\n\n"
        "Timeline of the fighting\n\n"
        "February 27: Afghan forces fire on Pakistani troops building fence posts near Torkham.\n\n"
        "March 2: Afghanistan says it has captured seven Pakistani posts.\n\n"
        "Timeline of the dispute\n\n"
        "November 12: The Durand Line is drawn under British rule, splitting the tribes.",
        published="2026-03-03",
    )
    assert [s.section_type for s in sections] == ["events", "events", "history"]


def test_a_state_s_statement_offering_to_resume_mediation_is_a_reaction() -> None:
    sections = segment(
        "Eritrean troops shelled Djiboutian positions near Moulhoule on Sunday.\n\n"
        "Residents fled to the hills overnight, the mayor said.\n\n"
        "A Qatari statement said Doha was ready to resume its mediation efforts.\n\n"
        "Shops stayed closed in the town centre on Monday."
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions", "events"]


def test_a_closing_copyright_line_is_a_section_of_type_other():
    secs = sections_of(
        "Clashes in Masisi\n\n"
        "GOMA, Feb 18 (Nordwire) - Fighting between troops and rebels killed nine civilians "
        "in North Kivu on Tuesday, the army said.\n\n"
        "The army said it had retaken two villages.\n\n"
        "© 2026 Nordwire. All rights reserved.\n"
    )
    assert secs[-1].section_type == "other"
    assert secs[-1].heading is None
    assert [s.section_type for s in secs[:-1]] == ["events"]


def test_a_transcript_answer_goes_on_with_the_exchange_it_answers():
    secs = sections_of(
        "Army briefing on Mota\n\n"
        "The army said on Thursday it had retaken the town of Mota after three days of "
        "fighting with Fano militiamen.\n\n"
        "Q (foreign news agency): Fano says it still holds the rural areas and that you "
        "have lost many soldiers this week.\n\n"
        "COL. TESFAYE: They have been saying this for two years. Their propaganda is on "
        "Facebook; our forces are on the ground.\n"
    )
    assert [s.section_type for s in secs] == ["events"]


def test_a_live_page_s_correction_note_is_no_part_of_the_story():
    secs = sections_of(
        "Border clashes - live\n\n"
        "14:05 GMT\n\n"
        "Update: This page has been updated to correct the location of the soldiers' "
        "deaths.\n\n"
        "13:40 GMT\n\n"
        "Two Thai soldiers were killed and seven wounded in overnight rocket fire in Surin "
        "province, the army said on Monday.\n"
    )
    assert [s.section_type for s in secs] == ["other", "events"]
    assert len(secs[0].paragraphs) == 2  # the stamp and its note


def test_a_key_events_box_is_other_and_a_lede_s_reaction_clause_names_no_party():
    secs = sections_of(
        "Rebels shell the capital - as it happened\n\n"
        "Key events\n"
        "Rockets hit two districts of the capital; hospital says at least 14 dead\n"
        "Tolvian army claims more than 200 rebels killed north of the capital\n"
        "France condemns the offensive as Norvia closes its border crossing\n\n"
        "17:55 GMT\n\n"
        "A summary of the day: rebels shelled Lisk for a second night, the Tolvian army "
        "says it has pushed them back, and governments from Paris to Berlin have called for "
        "an end to the fighting.\n\n"
        "14:10 GMT\n\n"
        'The French foreign ministry said France "firmly condemns" the rebel offensive. '
        "France withdrew its last troops from Tolvia in January 2025.\n"
    )
    assert [s.section_type for s in secs] == ["other", "events", "foreign_reactions"]
    assert secs[0].heading == "Key events"


def test_a_quotation_paragraph_recalling_a_past_year_is_no_history():
    path = (
        Path(__file__).parent
        / "fixtures"
        / "invented"
        / "96_bahrain_qatar_hawar_press_conference.txt"
    )
    text = path.read_text(encoding="utf-8")
    secs = sections_of(text)
    lines = text.split("\n")

    def type_of(words: str) -> str:
        line = next(i for i, t in enumerate(lines) if t.startswith(words))
        start = sum(len(t) + 1 for t in lines[:line])
        return next(s.section_type for s in secs if s.char_start <= start < s.char_end)

    # A minister's words that recall the court's 2001 ruling, and an offer that recalls
    # a 2021 understanding, are the news, not its background.
    assert type_of('"Our sailors were on a routine patrol') == "events"
    assert type_of('"Egypt is ready, together with') != "history"
    assert type_of("The International Court of Justice in 2001") == "history"


def test_reactions_without_a_heading_by_a_bloc_a_ministry_of_foreign_affairs_and_the_us():
    text = (
        "Fighting on the border\n\nBy Staff\n14 May 2026\n\n"
        "Rwandan troops crossed into Burundi on Thursday, the Burundian army said, and "
        "fighting went on through the night.\n\n"
        "Burundi's army said 28 people had been killed.\n\n"
        "The East African Community's Secretary General, Joseph Mwangi, offered to convene "
        "an extraordinary summit of the bloc's heads of state in Arusha.\n\n"
        "Uganda's Ministry of Foreign Affairs said Kampala understood Rwanda's concerns and "
        "urged Bujumbura to stop harbouring armed groups.\n\n"
        "The US Secretary of State, Rebecca Holm, says she has spoken to both foreign "
        'ministers and urged "an immediate ceasefire".\n\n'
        "The Philippine Foreign Secretary offered to send an ASEAN observer team."
    )
    secs = sections_of(text)

    def type_of(words: str) -> str:
        start = text.index(words)
        return next(s.section_type for s in secs if s.char_start <= start < s.char_end)

    assert type_of("The East African Community") == "foreign_reactions"
    assert type_of("Uganda's Ministry of Foreign Affairs") == "foreign_reactions"
    assert type_of("The US Secretary of State") == "foreign_reactions"
    assert type_of("The Philippine Foreign Secretary") == "foreign_reactions"
    assert type_of("Burundi's army said") == "events"


def test_a_foreign_state_getting_its_people_out_is_a_reaction() -> None:
    text = (
        "Fighting between the army and rebels spread across Bissau on Tuesday, killing 30 "
        "people, Guinea-Bissau's health ministry said.\n\n"
        "Portugal says it has flown about 1,200 people out of the city's airport, and Spain "
        "said 600 of its nationals had crossed into Senegal by road.\n\n"
    )
    assert [s.section_type for s in segment(text)] == ["events", "foreign_reactions"]
    # Another outside state's deed inside that stretch is one of the reactions too.
    more = text.replace(
        "by road.\n\n",
        "by road.\n\nItaly has sent a navy ship to the port to pick up 2,000 people.\n\n"
        "Senegal's government said 186 Senegalese citizens had been flown out of Bissau.\n\n",
    )
    sections = segment(more)
    assert [(s.section_type, len(s.paragraphs)) for s in sections] == [
        ("events", 1),
        ("foreign_reactions", 3),
    ], sections
    # Aid workers carrying the wounded out are events, not a reaction of a state.
    text = text.replace(
        "Portugal says it has flown about 1,200 people out of the city's airport, and Spain "
        "said 600 of its nationals had crossed into Senegal by road.",
        "The Red Cross evacuated five wounded patients to a hospital in Gabu on Wednesday.",
    )
    assert [s.section_type for s in segment(text)] == ["events"]


def test_a_live_entry_s_stamp_does_not_hide_a_reaction():
    text = normalize_text(
        "Farmer shot dead in buffer zone\n\nMonday 2 March 2026\n\n"
        "A Greek Cypriot farmer has been shot dead in the UN buffer zone, police said.\n\n"
        "UPDATE 22:30: The Turkish Cypriot side has hit back.\n\n"
        "Its Security Forces Command said soldiers had fired warning shots.\n\n"
        "UPDATE 23:02: Greece has condemned the killing.\n\n"
        'Athens said the shooting was "unacceptable" and called on the Security Council to act.'
    )
    assert type_at(text, "UPDATE 23:02") == "foreign_reactions"


@pytest.mark.parametrize(
    ("head", "reaction"),
    [
        # A state standing with a party.
        (
            "Guyana and Venezuela clash on border\n\nTuesday 5 March 2024\n\n"
            "Venezuelan troops crossed the Cuyuní river into Guyana on Monday, the Guyanese "
            "army said.",
            "The US State Department spokesperson, Matthew Miller, told reporters that "
            'Washington "stands with Guyana".',
        ),
        # A regional body named in full, not by its acronym.
        (
            "Border clashes between Kyrgyzstan and Tajikistan\n\nFriday 16 September 2022\n\n"
            "Clashes on the Kyrgyz-Tajik border killed at least 24 people on Friday, Kyrgyz "
            "health officials said.",
            "Meanwhile, the Collective Security Treaty Organisation, of which both countries "
            "are members, offered to send a monitoring mission.",
        ),
        # An outside state watching, then its unnamed spokesperson's words.
        (
            "India China clash: 20 Indian soldiers killed\n\nJune 16, 2020\n\n"
            "Twenty Indian soldiers have been killed in a face-off with Chinese troops in the "
            "Galwan Valley, the Indian Army has confirmed.",
            "The US State Department said it was closely monitoring the situation.",
        ),
        (
            "India China clash: 20 Indian soldiers killed\n\nJune 16, 2020\n\n"
            "Twenty Indian soldiers have been killed in a face-off with Chinese troops in the "
            "Galwan Valley, the Indian Army has confirmed.\n\n"
            "The US State Department said it was following developments with concern.",
            'A spokesperson said: "The two sides must talk."',
        ),
        # Branding a side, and a side's right to act affirmed from outside.
        (
            "Israel strikes Gaza\n\nMay 13, 2021\n\nIsraeli warplanes struck targets in the "
            "Gaza Strip, the IDF said. Hamas fired rockets at Israel.",
            'Turkey\'s President Recep Tayyip Erdogan called Israel a "terror state".',
        ),
        (
            "Israel strikes Gaza\n\nMay 13, 2021\n\nIsraeli warplanes struck targets in the "
            "Gaza Strip, the IDF said. Hamas fired rockets at Israel.",
            'Britain\'s foreign secretary said Israel "has a right to defend itself".',
        ),
        # A secretary named by portfolio.
        (
            "Russian jets strike Syria\n\nOctober 7, 2015\n\nRussian aircraft destroyed 45 "
            "targets in Syria over the past 24 hours, the Russian Defense Ministry said.",
            "US Defense Secretary Ashton Carter criticized Moscow's operation.",
        ),
        # Good offices offered.
        (
            "Border clashes between Kyrgyzstan and Tajikistan\n\nMarch 3, 2026\n\nFighting "
            "broke out on Tuesday along the border, killing at least 24 people.",
            "Uzbekistan's President Shavkat Mirziyoyev spoke by phone with both leaders and "
            "offered his country's good offices.",
        ),
        # A state named as the subject of what its leader said; air defence sent.
        (
            "Russian troops attack Zilupe\n\nNovember 17, 2026\n\nRussian troops attacked "
            "the Latvian town of Zilupe on Sunday, Latvia's Ministry of Defence said.",
            "Prime Minister Heikki Vartiainen said after a government session that Finland "
            "would send two NASAMS air defence batteries to Latvia.",
        ),
        # A regional body by name; a state whose words open on a quote mark.
        (
            "Colombian troops cross the Mataje\n\nDecember 10, 2026\n\nColombian troops "
            "crossed the Mataje river into Ecuador overnight, Ecuador's army said.",
            "The Andean Community said its foreign ministers would meet in Lima and offered "
            'its "good offices" to the two governments.',
        ),
        (
            "Colombian troops cross the Mataje\n\nDecember 10, 2026\n\nColombian troops "
            "crossed the Mataje river into Ecuador overnight, Ecuador's army said.",
            'Mexico "will not take sides between two sister nations", President Ernesto '
            "Salgado Ruiz said, offering to host negotiations in Mexico City.",
        ),
        # An ally's pledge.
        (
            "Russian troops attack Zilupe\n\nNovember 17, 2026\n\nRussian troops attacked "
            "the Latvian town of Zilupe on Sunday, Latvia's Ministry of Defence said.",
            '"An attack on Latvia is an attack on all of us," NATO Secretary General Henrik '
            "Dahlqvist said.",
        ),
    ],
)
def test_reactions_without_a_heading_are_typed_from_their_words(head, reaction):
    text = normalize_text(f"{head}\n\n{reaction}")
    at = text.index(reaction[:20])
    (s,) = [s for s in sections_of(text) if s.char_start <= at < s.char_end]
    assert s.section_type == "foreign_reactions"


def test_a_live_entry_s_stamped_title_and_a_video_label_go_with_their_content():
    text = normalize_text(
        "Clashes on the border\n\n13 September 2022\n\n"
        "At least 49 Armenian soldiers have been killed in overnight clashes with Azerbaijan, "
        "Armenian Prime Minister Nikol Pashinyan said.\n\n"
        "2.15pm: Russia says it has brokered a ceasefire\n\n"
        "Russia's foreign ministry said a ceasefire had been agreed and urged restraint.\n\n"
        "WATCH: Footage shows shelling near Jermuk\n\n"
        "France's President Emmanuel Macron called on Azerbaijan to respect the ceasefire."
    )
    got = [(s.section_type, text[s.char_start : s.char_end][:12]) for s in sections_of(text)]
    assert got == [
        ("events", "At least 49 "),
        ("foreign_reactions", "2.15pm: Russ"),
        ("other", "WATCH: Foota"),
        ("foreign_reactions", "France's Pre"),
    ], got


def test_a_heading_naming_an_outside_state_heads_its_reaction() -> None:
    """A world-reacts story under one heading per state: a non-party's name, a body's or
    a group of states' is that actor's reaction, and the lead-in above the first heading
    leads into them; a party's name is no reaction."""
    sections = segment(
        "Egyptian warplanes struck sites near the dam in Ethiopia on Tuesday, killing 63 "
        "people, Ethiopia said.\n\n"
        "Here is how the world has reacted:\n\n"
        "CHINA\n\n"
        '"China hopes Egypt and Ethiopia will resolve their differences," a spokesperson '
        "told a briefing in Beijing.\n\n"
        "GULF STATES\n\n"
        "The foreign ministers of Saudi Arabia and Qatar offered their good offices.\n\n"
        "ETHIOPIA\n\n"
        "Ethiopian troops shelled two Egyptian positions near the border overnight."
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("foreign_reactions", None),
        ("foreign_reactions", "CHINA"),
        ("foreign_reactions", "GULF STATES"),
        ("events", "ETHIOPIA"),
    ]


def test_a_state_only_the_headline_names_is_no_party_and_she_said_goes_on() -> None:
    """Its people told to leave in the headline make Britain no party when the lede and
    the combat name two; "She said ..." opening the next paragraph goes on with her."""
    text = normalize_text(
        "Algerian tanks push into Morocco - and Brits told to get out NOW\n\n"
        "Moroccan jets hit Algerian army positions near Figuig on Monday, Algeria's army "
        "said.\n\n"
        "British Foreign Secretary Harriet Colborne has urged the 1,300 Britons in eastern "
        "Morocco to get out while commercial routes remain open.\n\n"
        "She said Britain was talking to both Rabat and Algiers and backed calls for an "
        "immediate ceasefire.\n"
    )
    parsed = parse_article(text)
    sections = segment_sections(text, parsed.paragraphs)
    assert [(s.section_type, len(s.paragraphs)) for s in sections] == [
        ("events", 1),
        ("foreign_reactions", 2),
    ]


def test_a_paragraph_of_dated_past_keeps_its_type_with_one_word_of_today() -> None:
    """Dates years back in every sentence make a paragraph background even when its close
    ties them to the news ("Today ... repeat", "On Wednesday that day came"), while
    a first sentence of this weekend's news outweighs one past year."""
    text = normalize_text(
        "Fighting erupts on the Tolvian border\n\n"
        "Tolvian artillery shelled the border town of Marsk on Wednesday, killing four "
        "soldiers, the Estrian army said.\n\n"
        "This is not the first time the border has been stained with blood. On 31 July "
        "1991 Soviet troops murdered seven customs officers at the Marsk post. In 1995 the "
        "two states signed a border treaty, in the summer of 2021 Tolvia began pushing "
        "migrants across the line, and in October 2025 its balloons closed our airport. "
        "Today its propagandists repeat that Marsk is Tolvian land. On Wednesday that day "
        "came.\n\n"
        "The conflict, dormant since a war over the region in 1994, exploded over the "
        "weekend with a reported 30 combatants killed on both sides.\n"
    )
    parsed = parse_article(text)
    sections = segment_sections(text, parsed.paragraphs, published_date=dt.date(2026, 11, 8))
    assert [(s.section_type, len(s.paragraphs)) for s in sections] == [
        ("events", 1),
        ("history", 1),
        ("events", 1),
    ]


def test_a_speaker_s_argument_that_recalls_a_year_is_the_news_not_background() -> None:
    """A paragraph that opens on its speaker ("Counsel for Tolvia, Professor X, said ...")
    reports the hearing even where the argument recalls a past year; the same years
    with no one speaking are background."""
    text = normalize_text(
        "Estria asks the court to halt Tolvia's offensive\n\n"
        "Estria asked the court on Monday to order Tolvian troops out of the border zone.\n\n"
        "Counsel for Tolvia, Professor Lukas Brandt of Marsk University, said Estrian drones "
        'had struck the town first, and that its troops stood on "a line a tribunal gave to '
        'Tolvia in 1994".\n\n'
        "The 1881 treaty put the border on the highest peaks. A tribunal drew the line in "
        "1994, and the two states signed an agreement in 1998.\n"
    )
    parsed = parse_article(text)
    sections = segment_sections(text, parsed.paragraphs, published_date=dt.date(2026, 11, 10))
    assert [(s.section_type, len(s.paragraphs)) for s in sections] == [
        ("events", 2),
        ("history", 1),
    ]


def test_a_live_entry_s_quoted_title_and_a_links_entry() -> None:
    """An entry's title ending on a quoted word goes with its entry ("Kremlin sneers at
    NATO 'theatre'"); an entry that is only links ("15:02" over "Read more:") is a note
    on the page; an outside state's leader standing "shoulder to shoulder" with a side,
    and capitals promising ammunition, react."""
    text = (
        "Russia Estonia war LIVE\n\n"
        "16:31\n"
        "Finland: 'What happens in Narva happens to us'\n\n"
        'Finnish Prime Minister Aleksi Honkanen has vowed to stand "shoulder to shoulder" '
        "with Estonia.\n\n"
        "Riga and Vilnius have promised ammunition, and Warsaw has put two brigades on "
        "standby.\n\n"
        "15:02\n"
        "Read more:\n"
        "Inside Narva, the city Moscow says it is 'saving'\n\n"
        "14:26\n"
        "Russian tanks enter Narva\n\n"
        "Russian tanks entered the eastern districts of Narva on Tuesday morning, the "
        "Estonian army said.\n"
    )
    got = [(s.section_type, s.heading, s.paragraphs[0].text[:12]) for s in sections_of(text)]
    assert got == [
        ("foreign_reactions", "Finland: 'What happens in Narva happens to us'", "Finnish Prim"),
        ("other", None, "15:02\nRead m"),
        ("events", "Russian tanks enter Narva", "Russian tank"),
    ], got


def test_a_cross_head_in_capitals_inside_quote_marks_heads_its_section() -> None:
    text = (
        "Chad says it has taken Baga\n\n"
        "Chad's army said on Wednesday its troops had captured the fishing town of Baga on "
        "Tuesday, killing 40 soldiers.\n\n"
        "'A GIFT TO ISWAP'\n\n"
        'France said it was following the fighting "with great concern" and urged both '
        "governments to return to dialogue.\n"
    )
    assert shape(sections_of(text)) == [
        ("events", None, 3, 3),
        ("foreign_reactions", "'A GIFT TO ISWAP'", 7, 7),
    ]


def test_a_tabloid_lede_in_capitals_names_the_parties() -> None:
    """ "VENEZUELA'S socialist regime has sent tanks into Brazil": Venezuela is a party,
    so its foreign minister's words are no outside reaction; a former British Army
    officer makes Britain no party."""
    text = (
        "JUNGLE BLITZ Tanks storm border town\n\n"
        "VENEZUELA'S socialist regime has sent tanks into Brazil in a shock invasion.\n\n"
        "Military expert Colonel Hugh Ashcombe-Reeve, a former British Army officer, said "
        "the town was the key to the state.\n\n"
        "Venezuela's Foreign Minister said Caracas condemned the Brazilian provocations.\n"
    )
    types = [s.section_type for s in sections_of(text)]
    assert "foreign_reactions" not in types, types


def test_a_capital_after_only_backing_a_side_and_a_state_on_alert_are_reactions() -> None:
    """ "Only Havana backed Caracas": a capital after a leading adverb is the subject;
    "Guyana put its Defence Force on alert": an outside state readies its own forces."""
    text = (
        "Venezuelan tanks in Pacaraima\n\n"
        "Venezuelan troops have seized most of the Brazilian border town of Pacaraima.\n\n"
        "Guyana put its Defence Force on alert in Lethem, across the Takutu river.\n\n"
        'Only Havana backed Caracas, blaming "Yankee provocations".\n'
    )
    assert shape(sections_of(text)) == [
        ("events", None, 3, 3),
        ("foreign_reactions", None, 5, 7),
    ]


def test_a_desk_s_call_to_readers_is_no_part_of_the_story() -> None:
    text = (
        "Venezuelan tanks in Pacaraima\n\n"
        "Venezuelan troops have seized most of the Brazilian border town of Pacaraima.\n\n"
        "Got a story? Get in touch with the Daily Crier news desk.\n"
    )
    assert shape(sections_of(text))[-1] == ("other", None, 5, 5)


def test_a_heading_inside_a_live_entry_heads_that_entry_only() -> None:
    """ "Statement by the Ministry for Foreign Affairs of Finland" heads the statement in
    its entry; the entries below it are typed by their own words."""
    text = normalize_text(
        "Latvia-Russia war live\n\nNovember 17, 2026\n\n"
        "15:40\n\nFinland to send air defence to Latvia\n\n"
        "Finland's Prime Minister said the country would send air defence batteries.\n\n"
        "Statement by the Ministry for Foreign Affairs of Finland\n\n"
        "Finland condemns Russia's unprovoked attack on Latvia in the strongest terms.\n\n"
        "13:15\n\nRussia claims two villages\n\n"
        "Russia's Defence Ministry says its troops have taken the villages of Pasiene and "
        "Lauderi and killed 40 Latvian soldiers.\n"
    )
    at = text.index("Russia's Defence Ministry says")
    (s,) = [s for s in sections_of(text) if s.char_start <= at < s.char_end]
    assert s.section_type == "events"


def test_an_image_caption_label_and_a_lead_in_ending_in_a_full_stop() -> None:
    text = normalize_text(
        "The world reacts\n\nDecember 10, 2026\n\n"
        "Image caption: Ecuadorian soldiers guard the Rumichaca international bridge between "
        "Tulcán and Ipiales\n\n"
        "Colombian troops crossed the Mataje river into Ecuador overnight, Ecuador's army "
        "said.\n\n"
        "Here is how governments and international bodies have responded.\n\n"
        "Brazil's President called for an immediate ceasefire and offered to host talks.\n"
    )
    got = [(s.section_type, text[s.char_start : s.char_end][:9]) for s in sections_of(text)]
    assert got == [
        ("other", "Image cap"),
        ("events", "Colombian"),
        ("foreign_reactions", "Here is h"),
    ]


def test_a_party_whose_troops_held_a_crossing_and_past_recalled_in_a_quote() -> None:
    """A regional paper's story names its own state only as a side that fights
    ("Bulgarian troops held the crossing"), so its neighbour's Prime Minister asking for
    a meeting of the UN Security Council is a party's move; a year inside a quote is
    the speaker's memory, not the paragraph's background."""
    text = normalize_text(
        "Empty villages under Osogovo\n\nDecember 11, 2026\n\n"
        "KYUSTENDIL – The village lies empty under Macedonian artillery fire.\n\n"
        'About 3,100 of the evacuees are staying in Kyustendil itself. "This town took in '
        'refugees from Macedonia in 1913 and it will take in its own people now," she said.'
        "\n\n"
        "In Sofia, Defence Minister Kaloyan Petrunov told parliament that Bulgarian troops "
        "held the Gyueshevo crossing.\n\n"
        "On Thursday evening North Macedonia's Prime Minister, Blagoja Sterjovski, accused "
        'Sofia of "a war of conquest" and said his government had asked for an urgent '
        "meeting of the UN Security Council.\n"
    )
    assert {s.section_type for s in sections_of(text)} == {"events"}


def test_a_fact_check_s_claims_head_their_verdicts() -> None:
    """ "Claim 1: ..." heads what the desk found; "Verdict: False" under it is the finding,
    no heading of its own."""
    text = normalize_text(
        "Fact check: four claims about the border\n\nDecember 10, 2026\n\n"
        "Since fighting broke out on Saturday, four claims have spread online.\n\n"
        'Claim 1: Video shows "a new exodus" across the Naf this week\n\n'
        "Verdict: False\n\n"
        "A two-minute video of hundreds of people wading through water was shared on "
        "Sunday.\n"
    )
    got = [(s.section_type, s.heading) for s in sections_of(text)]
    assert got == [
        ("events", None),
        ("events", 'Claim 1: Video shows "a new exodus" across the Naf this week'),
    ], got


def test_a_page_s_greeting_sign_off_and_disclaimer_are_no_part_of_the_story() -> None:
    """A live page's greeting that only speaks of the page is "other"; one that goes on to
    the news is typed by the news. So are a sign-off, an opinion page's disclaimer and a
    newsletter's foot."""
    text = (
        "Border war live\n\n"
        "Good afternoon and welcome to our live coverage of the third day of fighting. "
        "We'll bring you the latest from our correspondents.\n\n"
        "Welcome to our live coverage. Shells hit Narva overnight, killing four people.\n\n"
        "That's it for tonight - we'll be back early tomorrow.\n\n"
        "The views expressed here are the author's own.\n\n"
        "Forwarded this email? Sign up here.\n"
    )
    typed = {first: kind for kind, _, first, _ in shape(sections_of(text))}
    assert typed[3] == "other", typed
    assert typed[5] == "events", typed
    assert [typed.get(n, typed[max(k for k in typed if k <= n)]) for n in (7, 9, 11)] == [
        "other"
    ] * 3, typed


def test_a_readout_s_long_title_over_its_dateline_is_its_heading() -> None:
    text = (
        "Telephone exchanges of the Head of State\n\n"
        "Chadian forces shelled Kousséri again overnight, the army said.\n\n"
        "Telephone conversation between the Head of State and the Minister of Foreign "
        "Affairs of the Federal Republic of Nigeria\n\n"
        "Yaoundé, 2 December 2026 - The Minister of Foreign Affairs of Nigeria called for "
        "an immediate ceasefire and offered to host talks.\n"
    )
    secs = sections_of(text)
    assert [s.heading for s in secs][-1] is not None and secs[-1].heading.startswith(
        "Telephone conversation"
    ), shape(secs)


def test_a_speaker_does_not_carry_on_across_a_live_entry_s_stamp() -> None:
    # "he said" in the newer entry is its own speaker's, not the reacting state's above.
    text = normalize_text(
        "LIVE: Gunmen attack border posts\n\nFriday 9 January 2026\n\n"
        "13:00 GMT\n\n"
        'France\'s foreign ministry has condemned the attack "in the strongest terms".\n\n'
        "11:30 GMT\n\n"
        "Government spokesman Jean Dossou has given the first official toll in the capital. "
        "Eight soldiers were killed and 13 wounded, he said."
    )
    assert type_at(text, "Government spokesman") == "events"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # "he said" in the first sentence carries on the reacting speaker ("Mr." ends no
        # sentence) ...
        (
            "Mr. Obama is on vacation in Hawaii, but he said in a letter on Sunday that "
            "troops were deployed to help with the evacuation.",
            "foreign_reactions",
        ),
        # ... but not after a first sentence that brings in a speaker of its own.
        (
            "Government spokesman Jean Dossou gave the first official toll in the capital. "
            "Eight soldiers were killed and 13 wounded, he said.",
            "events",
        ),
    ],
)
def test_he_said_carries_on_a_reaction_only_in_the_first_sentence(
    after: str, expected: str
) -> None:
    text = normalize_text(
        "Gunmen attack border posts\n\nFriday 9 January 2026\n\n"
        "Gunmen attacked two army posts in the north of Benin overnight, the army said.\n\n"
        'U.S. President Barack Obama condemned the attack as "cowardly" and called for '
        "restraint.\n\n" + after
    )
    assert type_at(text, after[:20]) == expected


@pytest.mark.parametrize(
    ("heading", "entry"),
    [
        # An outside state's reaction dated in the weeks before the story.
        ("THE WAR", 'Nov. 15 - The U.S. State Department urges both governments "to step back".'),
        # Any recent entry under a heading of reactions.
        ("DIPLOMACY", "Nov. 20 - Managua warns it will not tolerate foreign warships."),
    ],
)
def test_a_timeline_s_recent_entry_may_be_a_reaction(heading: str, entry: str) -> None:
    text = normalize_text(
        "TIMELINE-Border war between Honduras and El Salvador\n\nFriday 4 December 2026\n\n"
        "Honduras and El Salvador agreed on Thursday to hold talks. Here is how the war "
        "unfolded.\n\n"
        "Nov. 14 - Honduran soldiers and Salvadoran police exchange fire near the border.\n\n"
        f"{heading}\n\n"
        f"{entry}"
    )
    assert type_at(text, entry) == "foreign_reactions"


@pytest.mark.parametrize(
    "footer",
    [
        "Dilnoza Usmonova contributed to this report from Tashkent.",
        "Press writers Ana Lima in Lima and Kevin Doyle in Washington contributed to this report.",
        "This story has been updated to add comments from the State Department.",
        "Translated from the Portuguese edition. With Angop.",
        "(end) ak.zh",
        "Leia também | Read also: Where to find shelter in Lisk",
        "Soldiers load ammunition at Lisk on 11 December. Photograph: Tashi Dorji for Weekly",
        # A print page's jump lines, a desk's credit, a programme's sign-off.
        "Continued on page 4",
        "BORDER: Continued from page 1",
        "Editor: Elira Dushku",
        "PRESENTER: Dr Ana Lima in Lisk, thank you. You are listening to The Border Hour on "
        "Radio Lisk. After the news: the harvest.",
        # Notes on the text itself and an interview's closing thanks.
        "The following is a near-verbatim transcript of today's noon briefing.",
        "Quotes from Marland sources are translated from Marlish by the Weekly.",
        "Thank you. The next briefing will take place on Thursday, 26 November.",
        "The Briefing Room airs on weekdays at 21:00 CET.",
        "ANA LIMA: Eirik Dal, thank you.",
        # A picture credit of an agency's photo library.
        "Families wait for supplies at a school in Lisk on Monday. UN Photo/Ana Lima-Okello",
        # Wire desks' slugs of initials, a site's topic links, an agency's standards line.
        "nk-jcn/ah",
        "OBN/AKS/MBD",
        "gdr/mcl 1432 GMT",
        "Related topics: Marland, Borduria, Europe",
        "Our Standards: The Nordwire Trust Principles.",
    ],
)
def test_a_story_s_footer_after_its_background_is_other(footer: str) -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "The two countries fought a border war in 1994 and signed a treaty in 1996.\n\n"
        f"{footer}",
        "2026-12-04",
    )
    assert [s.section_type for s in sections] == ["events", "history", "other"]


def test_a_timeline_of_entries_dated_in_figures_is_news_when_recent() -> None:
    # "21.11" is a day and a month here, not a time; the first entry types the list.
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "TIMELINE\n\n"
        "21.11 – Marland artillery shells Lisk; troops cross the border near Oskel\n"
        "22.11 – Borduria requests NATO consultations under Article 4\n"
        "30.11 – EU foreign ministers agree first sanctions package",
        "2026-12-02",
    )
    assert [s.section_type for s in sections] == ["events", "events"]
    assert sections[1].heading == "TIMELINE"


def test_launching_an_appeal_is_news_and_how_funded_it_is_a_note() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Aid agencies on Tuesday launched a $58 million flash appeal to assist "
        "240,000 people.\n\n"
        "OCHA said its $94 million flash appeal, launched on Monday, was 11 per cent funded.",
        "2026-12-04",
    )
    assert [s.section_type for s in sections] == ["events", "other"]
    assert len(sections[0].paragraphs) == 2


def test_bulleted_items_of_several_sentences_are_typed_by_their_content() -> None:
    # A weekly's key developments close each item on its sources, after a full stop.
    text = normalize_text(
        "Weekly conflict update\n\nThursday 26 November 2026\n\n"
        "Key developments\n\n"
        "- Lisk: Marland troops have taken the village of Oskel, the army said on Monday. "
        "Borduria says it still holds the ridge. (Army statement, 23 Nov)\n"
        "- Casualties: Borduria said 41 of its soldiers had been killed. Marland put its "
        "losses at 12. (Ministry of Defence, 24 Nov)\n\n"
        "International response\n\n"
        "- France: The foreign ministry condemned the offensive. It urged Marland to withdraw "
        "its forces. (Quai d'Orsay, 21 Nov)\n"
        "- Germany: Berlin called for an immediate ceasefire. It offered to host talks. "
        "(Federal Foreign Office, 22 Nov)"
    )
    assert type_at(text, "- Lisk: Marland troops") == "events"
    assert type_at(text, "- France: The foreign ministry") == "foreign_reactions"


def test_a_paragraph_only_about_an_appeal_s_money_is_other() -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Aid convoys need military escorts, OCHA said. The response plan for Marland, which "
        "seeks $48 million, was only 9 per cent funded.\n\n"
        "The 2026 Humanitarian Response Plan requires US$1.7 billion. As of 7 October, it "
        "was 31 per cent funded.",
        "2026-12-04",
    )
    assert [s.section_type for s in sections] == ["events", "other"]


@pytest.mark.parametrize(
    "geography",
    [
        "Marland shares a border of some 1,340km with Borduria, much of it along the Lisk.",
        "Oskel, a village of some 200 people, lies on the line that Marland calls the border.",
    ],
)
def test_the_lie_of_the_land_is_background(geography: str) -> None:
    sections = segment(
        "Shelling hit the town of Lisk on Monday, killing two people.\n\n"
        "Residents fled to the hills overnight, the mayor said.\n\n"
        f"{geography}",
        "2026-12-04",
    )
    assert [s.section_type for s in sections] == ["events", "history"]


@pytest.mark.parametrize(
    "reaction",
    [
        'The President of the Republic of Kosovo, Mrs. Vesa Krasniqi, expressed the "full '
        'solidarity" of her people with Albania.',
        "The Minister of Foreign Affairs and International Cooperation of Italy, Mr. Luca "
        "Ferri, expressed the deep concern of Rome and offered to host direct talks.",
    ],
)
def test_an_office_of_a_state_in_its_formal_style_or_a_long_brief_is_an_outside_actor(
    reaction: str,
) -> None:
    text = normalize_text(
        "Greek shells hit Kakavia\n\nThursday 10 December 2026\n\n"
        "Greek artillery shelled the Albanian border village of Kakavia on Monday, killing "
        "two people, Albania's Ministry of Defence said.\n\n"
        "Albanian troops returned fire near Delvine, the ministry said.\n\n"
        f"{reaction}\n\n"
        "Greek troops shelled Konispol again on Tuesday, the ministry said."
    )
    assert type_at(text, reaction) == "foreign_reactions"


def test_what_a_reacting_state_did_long_ago_leaves_its_offer_a_reaction() -> None:
    offer = (
        "Oslo, which brokered a ceasefire between the government and the rebels in 2002, "
        'said it was ready to help "if both parties ask".'
    )
    text = normalize_text(
        "Indian marines land on Katchatheevu\n\nWednesday 9 December 2026\n\n"
        "Indian marines seized the islet of Katchatheevu on Wednesday, India's Ministry of "
        "Defence said, and Sri Lanka's navy said it still held the island.\n\n"
        "NEIGHBOURS URGE TALKS\n\n"
        'The Maldives offered to host talks. "We are ready," its foreign minister said.\n\n'
        f"{offer}\n\n"
        "Sri Lankan gunboats shelled Rameswaram again on Wednesday, the ministry said."
    )
    assert type_at(text, offer) == "foreign_reactions"


def test_a_party_s_account_after_the_reactions_is_not_their_speaker_s() -> None:
    account = (
        "India says the war began on Nov. 26, when Sri Lankan craft fired on Indian trawlers. "
        "Sri Lanka says the trawlers were fishing illegally in its waters."
    )
    text = normalize_text(
        "Indian marines land on Katchatheevu\n\nWednesday 9 December 2026\n\n"
        "Indian marines seized the islet of Katchatheevu on Wednesday, India's Ministry of "
        "Defence said, and Sri Lanka's navy said it still held the island.\n\n"
        "Norway, which brokered a ceasefire between Sri Lanka's government and the rebels, "
        'called for restraint. "Both sides must talk," its foreign minister said.\n\n'
        "The Maldives offered to host talks.\n\n"
        f"{account}"
    )
    assert type_at(text, account) == "events"


def test_a_transcript_turn_after_no_question_is_typed_by_its_own_words() -> None:
    reaction = (
        "PRESENTER: There has been alarm across the region. Sierra Leone, which borders both "
        "countries, has offered to host talks in Freetown."
    )
    background = (
        "ANALYST (Dr Ana Lima): Because of iron ore. The line across the mountain was first "
        "drawn by France and Liberia in 1892 and moved in 1907, and the two states fought "
        "over it in 1980."
    )
    text = normalize_text(
        "Shells hit Yekepa\n\nThursday 26 November 2026\n\n"
        "PRESENTER: Good evening. Guinean artillery shelled the Liberian mining town of Yekepa "
        "overnight, killing nine people, Liberia's government said.\n\n"
        "CORRESPONDENT: The road from Yekepa has been busy all day with pickups.\n\n"
        f"{reaction}\n\n"
        "PRESENTER: With me is Dr Ana Lima. Dr Lima, this border has been quiet for twenty "
        "years. Why now?\n\n"
        f"{background}"
    )
    assert type_at(text, reaction) == "foreign_reactions"
    assert type_at(text, background) == "history"


def test_a_gallery_s_numbered_captions_with_credits_are_other() -> None:
    gallery = (
        "1/3 Stalls burn in the market in Chitipa after Wednesday's shelling. (Kumpoto "
        "Times/Chisomo Mhango)\n"
        "2/3 Soldiers on the road to Misuku. (MDF handout)\n"
        "3/3 The clinic at Misuku after Monday's shelling. (Courtesy of Livingstonia Synod)"
    )
    text = normalize_text(
        "Shells hit Chitipa\n\nThursday 19 November 2026\n\n"
        "Tanzanian shells hit the market in Chitipa on Wednesday, killing four people, the "
        "district commissioner said.\n\n"
        "Map: The border between Chitipa and the Songwe river. Graphic by the desk\n\n"
        f"{gallery}\n\n"
        "Tags: Chitipa | Misuku Hills | Border war\n\n"
        "37 comments | Join the conversation"
    )
    for words in (gallery, "Map: The border", "Tags: Chitipa", "37 comments"):
        assert type_at(text, words) == "other", words


def test_a_live_page_s_close_and_change_of_hands_and_a_newsletter_s_frame_are_other() -> None:
    news = "Heavy shelling was reported overnight around Doropo, the army said."
    text = normalize_text(
        "War live\n\nWednesday 16 December 2026\n\n"
        "3m ago\n\nThis live blog is now closed. Thanks for following.\n\n"
        "15:22\n\nDanny Oyelowo-Briggs here, taking over the blog from Chloe for the rest of "
        "the day.\n\n"
        f"08:30\n\n{news}\n\n"
        "Good morning. It is day nine of the fighting on the northern border. Here is what "
        "you need to know before your first coffee.\n\n"
        "This explainer will be updated as more information becomes available.\n\n"
        "The Morning Five is written by Valeria Mora Castillo and edited by Gerardo Solís. "
        "Got this from a friend? Sign up at the bottom of any page.\n\n"
        "(ADI)"
    )
    for words in (
        "This live blog is now closed",
        "taking over the blog",
        "Good morning. It is day nine",
        "This explainer will be updated",
        "The Morning Five is written",
        "(ADI)",
    ):
        assert type_at(text, words) == "other", words
    assert type_at(text, news) == "events"


def test_reactions_set_in_a_capital_naming_the_deed_or_declining_to_comment() -> None:
    text = normalize_text(
        "Benin and Niger fight on\n\nWednesday 9 December 2026\n\n"
        "Nigerien artillery shelled Malanville on Tuesday, killing 19 civilians, Benin's "
        "Ministry of National Defence said.\n\n"
        'The President of the ECOWAS Commission called the shelling of Malanville "a grave '
        'attack on the territory of a member state".\n\n'
        'In Accra, President Kwame Asiedu-Boakye wrote on social media that "West Africa has '
        'enough wars already" and called for an immediate ceasefire.\n\n'
        "China, whose state company built the pipeline to Benin's coast, declined to comment."
    )
    for words in ("The President of the ECOWAS", "In Accra", "China, whose"):
        assert type_at(text, words) == "foreign_reactions", words


def test_an_interviewer_s_question_is_about_what_its_answer_is_about() -> None:
    question = "**And the big powers? France has had soldiers in Gabon since independence.**"
    text = normalize_text(
        "The Interview\n\nMonday 21 December 2026\n\n"
        "Gabonese troops landed on Mbanié on Sunday, and fighting has spread to the land "
        "border, the army said.\n\n"
        "**Minister, who holds Mbanié today?**\n\n"
        "We do. Our marines hold Mbanié and they repelled an attack on Tuesday night.\n\n"
        f"{question}\n\n"
        'Paris tells us it is "concerned by the fighting" and urges "restraint on both '
        'sides". Madrid has offered to host talks.\n\n'
        "*Aurelio Mba Esono, 58, has been Equatorial Guinea's Minister of Foreign Affairs "
        "since 2024.*"
    )
    assert type_at(text, question) == "foreign_reactions"
    assert type_at(text, "**Minister, who holds") == "events"
    assert type_at(text, "*Aurelio Mba Esono") == "other"


def test_a_numbered_point_leading_into_its_items_is_a_statement() -> None:
    points = (
        "3. The losses inflicted on the enemy since the beginning of the aggression are "
        "established as follows:\n"
        "– seven (7) T-55 tanks destroyed;\n"
        "– one hundred and forty-six (146) enemy soldiers killed."
    )
    text = normalize_text(
        "Communiqué No. 14\n\nMonday 14 December 2026\n\n"
        "1. On the night of 13 December, enemy forces attacked our positions near Dadda'to.\n\n"
        f"{points}"
    )
    assert type_at(text, points) == "events"


def test_a_newsletter_s_numbered_item_titles_are_headings() -> None:
    """ "1. Rockets hit La Cruz overnight" alone on its line over the item's paragraphs
    heads them; a numbered point that is a sentence stays text."""
    text = normalize_text(
        "Five things to know\n\nTuesday 15 December 2026\n\n"
        "1. Rockets hit La Cruz overnight\n\n"
        "Nicaraguan rockets hit La Cruz overnight, killing two people, police said.\n\n"
        "2. Panama offers talks, Washington condemns Managua\n\n"
        "Panama's foreign minister offered to host talks. Washington condemned the attack.\n\n"
        "3. The army said it had retaken the post.\n\n"
        "More than 1,800 trucks are stuck on the border."
    )
    heads = {s.heading for s in sections_of(text)}
    assert "1. Rockets hit La Cruz overnight" in heads, heads
    assert type_at(text, "Panama's foreign minister") == "foreign_reactions"
    assert "3. The army said it had retaken the post." not in heads


def test_a_live_entry_s_title_names_its_paragraphs_as_a_heading_does() -> None:
    background = (
        "The fighting began before dawn on Sunday, when patrols clashed near Kalamon; "
        "last week Ouagadougou had accused Abidjan of sheltering saboteurs. Relations "
        "soured after the coups of 2022, and in 2023 the border was closed."
    )
    text = normalize_text(
        "War live\n\nWednesday 16 December 2026\n\n"
        "14:40\nFinland: 'What happens in Kalamon happens to us'\n\n"
        "Burkina Faso's army said it had retaken Kalamon, killing 40 Ivorian soldiers.\n\n"
        f"10:20\nHow did we get here?\n\n{background}\n\n"
        "08:30\nGood morning\n\n"
        "Heavy shelling was reported overnight around Doropo, the army said."
    )
    assert type_at(text, background) == "history"
    assert type_at(text, "Burkina Faso's army said") == "events"


def test_a_state_telling_its_nationals_to_leave_reacts() -> None:
    advice = (
        "The Foreign Office has told British nationals in the Bounkani region to leave "
        "immediately. The Foreign Secretary backed calls for an immediate ceasefire."
    )
    text = normalize_text(
        "War live\n\nWednesday 16 December 2026\n\n"
        "Ivorian drones destroyed six Burkinabe armoured vehicles near Kampti on Tuesday, "
        "Ivory Coast's army said.\n\n"
        f"{advice}"
    )
    assert type_at(text, advice) == "foreign_reactions"


def test_a_wire_s_cross_heads_between_dashes_head_their_parts() -> None:
    sections = segment(
        "LISK (Marland) (NWP) - Shelling hit the town of Lisk on Monday, killing two people "
        "as fighting between Marland and Borduria went on.\n\n"
        '- "We are afraid" -\n\n'
        '"The shells fell all night," said a farmer in Lisk.\n\n'
        "- Calls for restraint -\n\n"
        'Mali\'s transitional government said it was "deeply concerned" by the fighting.\n\n'
        "- A border of refugees -\n\n"
        "The two countries fought a border war in 1994 and signed a treaty in 1996.",
        "2026-12-04",
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        ("events", None),
        ("events", '- "We are afraid" -'),
        ("foreign_reactions", "- Calls for restraint -"),
        ("history", "- A border of refugees -"),
    ]


def test_a_live_entry_s_title_under_its_stamp_heads_the_entry() -> None:
    """Titled entries are sections of their own, headed by their titles, even side by
    side with the same type; each stamp opens its entry's span, above the title."""
    sections = segment(
        "Live: Marland and Borduria trade fire\n\n"
        "16:31\nFinland: 'What happens in Lisk happens to us'\n\n"
        'Finnish Prime Minister Aleksi Honkanen vowed to stand "shoulder to shoulder" with '
        "Borduria.\n\n"
        "16:04\nWashington warns Marland of 'severe consequences'\n\n"
        "The US Secretary of State urged Marland to pull back its troops.\n\n"
        "15:40\nShelling hits Lisk market\n\n"
        "Marland artillery shelled the market in Lisk on Monday, killing two people.",
        "2026-12-04",
    )
    titled = [(s.section_type, s.heading) for s in sections if s.heading]
    assert titled == [
        ("foreign_reactions", "Finland: 'What happens in Lisk happens to us'"),
        ("foreign_reactions", "Washington warns Marland of 'severe consequences'"),
        ("events", "Shelling hits Lisk market"),
    ], sections


def test_a_quoted_phrase_alone_on_its_line_is_a_cross_head() -> None:
    sections = segment(
        "Fighting raged for a fourth day in the capital on Tuesday, the army said.\n\n"
        "'We bury our dead in the courtyard'\n\n"
        "The doctors' committee said at least 212 civilians had been killed since Saturday.\n"
    )
    assert [s.heading for s in sections] == [None, "'We bury our dead in the courtyard'"]


def test_caption_credits_sent_by_a_reader_or_an_outlet_s_own_photo() -> None:
    for caption in (
        "Smoke rises over the Plateau district on Monday. Photo sent to River Witness by a "
        "reader in Harobanda",
        "Mourners offer funeral prayers at his village near Narowal on Saturday. - Courier photo",
    ):
        sections = segment(
            f"{caption}\n\nFighting raged for a fourth day in the capital on Tuesday.\n"
        )
        assert [s.section_type for s in sections] == ["other", "events"], caption


def test_a_third_state_s_agency_leads_with_its_own_state_s_reaction() -> None:
    """'Jakarta (Agency) - The Indonesian government called on ...' opens a round-up of the
    world's reactions: the lede is a reaction; "The following is a summary ..." leads
    into the reactions after it; a state named in four words is a state."""
    sections = segment(
        "Jakarta (NUSA) - The Indonesian government on Friday called on Saudi Arabia and "
        "Qatar to stop the fighting on their border and to settle their dispute through "
        "dialogue. The fighting between Saudi and Qatari troops has killed 150 people.\n\n"
        "Several countries and organisations have also reacted to the conflict. The "
        "following is a summary compiled by NUSA.\n\n"
        'Kuwait offered to host talks "at any time and at any level".\n\n'
        'The United Arab Emirates expressed its "full solidarity with the Kingdom of Saudi '
        'Arabia" and its support for its measures.\n\n'
        "Speaking as a non-member of the Council, Kazakhstan's representative said Astana "
        'had offered to host talks, while Japan said Tokyo was "seriously concerned" and '
        "would give $5 million to the flash appeal.\n",
        published="2026-11-27",
    )
    assert [s.section_type for s in sections] == ["foreign_reactions"], sections


def test_a_service_note_for_readers_is_other() -> None:
    sections = segment(
        "Shells fell on the town overnight, the provincial government said.\n\n"
        "Residents looking for shelter or missing relatives can go to the municipal offices "
        "in Ficksburg or to the showgrounds.\n"
    )
    assert [s.section_type for s in sections] == ["events", "other"]


def test_a_newsletter_s_desks_for_other_things_are_other_and_its_long_item_titles_head() -> None:
    sections = segment(
        "TOP STORY: Bangkok says it holds the border post, Malaysia says its flag still flies\n\n"
        "Thai artillery and Malaysian rocket batteries traded fire across the border overnight.\n\n"
        "WEATHER: Thundery showers, flash floods possible\n\n"
        "The weather service expects thundery showers over the island this afternoon.\n\n"
        "SPORT: Lions edge Vietnam\n\n"
        "Singapore beat Vietnam 2-1 at the National Stadium on Wednesday night.\n",
        published="2026-12-10",
    )
    assert [(s.section_type, s.heading) for s in sections] == [
        (
            "events",
            "TOP STORY: Bangkok says it holds the border post, Malaysia says its flag still flies",
        ),
        ("other", "WEATHER: Thundery showers, flash floods possible"),
        ("other", "SPORT: Lions edge Vietnam"),
    ]


def test_a_timeline_entry_dated_by_a_year_long_before_is_history() -> None:
    sections = segment(
        "DUBAI, Dec 11 (Tern) - A ceasefire between Oman and the UAE took effect on Friday.\n\n"
        "Oct. 26, 1955 - British-led levies retake the Buraimi oasis.\n\n"
        "2008 - Border guards exchange fire at Hatta on Tuesday; two soldiers are killed.\n\n"
        "January 2011 - Oman says its troops have clashed with Emirati units overnight.\n\n"
        "Dec. 3 - Oman says its troops broke the siege of Madha overnight.\n",
        published="2026-12-11",
    )
    assert [s.section_type for s in sections] == ["events", "history", "events"]
    assert [len(s.paragraphs) for s in sections] == [1, 3, 1]


def test_a_report_s_note_on_itself_under_its_office_line_is_other() -> None:
    """A humanitarian update's note on itself sits under the line of the office that
    issues it, with no blank line between: the pair is no lede."""
    text = (
        "Senegal / Guinea-Bissau: Cross-border hostilities - Flash Update No. 2\n\n"
        "OCHA | Regional Office for West and Central Africa (ROWCA), Dakar\n"
        "This Flash Update is produced by OCHA ROWCA with humanitarian partners in Senegal, "
        "Guinea-Bissau and The Gambia. It covers the period from 24 to 27 November 2026.\n\n"
        "Fighting between Senegalese and Bissau-Guinean troops near Mpack displaced an "
        "estimated 38,500 people, the health authorities said.\n"
    )
    assert type_at(text, "This Flash Update") == "other"
    assert type_at(text, "Fighting between") == "events"
    # An office line over a sentence of news is news.
    news = text.replace("This Flash Update is produced by OCHA ROWCA with", "Troops shelled")
    assert type_at(news, "Troops shelled") == "events"


def test_a_dateline_in_an_outside_capital_names_no_party() -> None:
    """'OTTAWA, Dec. 2 (Agency) -- Canada on Tuesday urged ...': the outlet files from
    Ottawa; Canada does not fight, so its call in the lede is a reaction."""
    text = normalize_text(
        "Canada urges Chile, Bolivia to stop fighting\n\n"
        "OTTAWA, Dec. 2 (MapleNews) -- Canada on Tuesday urged Chile and Bolivia to stop "
        "the fighting and return to talks, as clashes between the two neighbours spread to "
        "the salt flats near Uyuni.\n\n"
        "Chilean troops crossed the border near Ollague on Friday. Bolivia's army said 40 "
        "of its soldiers had been killed.\n"
    )
    assert type_at(text, "Canada on Tuesday") == "foreign_reactions"
    assert type_at(text, "Chilean troops") == "events"


def test_an_outside_spokesman_s_briefing_transcript_is_a_reaction_throughout() -> None:
    """A third state's ministry answering questions ("A: Canada is following ...") speaks
    for that state in every answer, and the questions put to it belong to its reaction,
    even those that retell the fighting."""
    text = normalize_text(
        "Chile and Bolivia fight near Uyuni\n\n"
        "Chilean troops crossed into Bolivia near Ollague on Friday. Bolivia's army said 40 "
        "of its soldiers had been killed and that the town of Avaroa had fallen.\n\n"
        "Excerpts from the answers of the ministry's spokesman at Tuesday's briefing:\n\n"
        "Q: Chile says its forces have taken Avaroa and Bolivia denies it. What is your "
        "comment?\n\n"
        "A: Canada is following the situation closely and is deeply concerned about the "
        "civilian casualties. We call on both sides to cease fire immediately.\n\n"
        "Q: Were any Canadian citizens hurt when shells hit a mining camp near Uyuni?\n\n"
        "A: According to the Canadian Embassy in La Paz, two Canadian engineers were "
        "slightly injured on Saturday and 120 Canadians have been moved to Sucre.\n"
    )
    for words in ("Q: Chile says", "A: Canada is", "Q: Were any", "A: According to"):
        assert type_at(text, words) == "foreign_reactions", words
    assert type_at(text, "Chilean troops") == "events"


def test_a_credit_to_agencies_closing_the_story_is_other() -> None:
    text = normalize_text(
        "Chile and Bolivia fight near Uyuni\n\n"
        "Chilean troops crossed into Bolivia near Ollague on Friday, Bolivia's army said.\n\n"
        "(MapleNews English, with inputs from agencies)\n"
    )
    assert type_at(text, "(MapleNews English") == "other"


def test_a_joint_statement_s_point_led_by_they_goes_on_with_its_reaction() -> None:
    """'2. They call on both Governments ...' after the point naming the signatories."""
    text = normalize_text(
        "Joint statement on the fighting between Chile and Bolivia\n\n"
        "Chilean troops crossed into Bolivia near Ollague on Friday and fighting has gone "
        "on since.\n\n"
        "1. The Governments of Argentina, Brazil and Paraguay express their grave concern "
        "at the fighting between Chile and Bolivia.\n\n"
        "2. They call on both Governments to agree to a separation of forces.\n"
    )
    assert type_at(text, "2. They call") == "foreign_reactions"


def test_a_markets_report_is_other_and_the_fighting_around_it_news() -> None:
    """Prices, shares and freight moved by the war are the money side of the story."""
    text = normalize_text(
        "Oil jumps as Chile and Bolivia fight\n\n"
        "Oil prices jumped 6% on Monday after Chilean troops crossed into Bolivia.\n\n"
        "Brent crude futures were up $4.10 at $69.50 a barrel, and shares of Andean "
        "miners fell 3% in early trade as investors sought safe havens.\n\n"
        "Bolivia's army said 40 of its soldiers had been killed near Uyuni.\n"
    )
    assert type_at(text, "Brent crude") == "other"
    assert type_at(text, "Oil prices jumped") == "events"
    assert type_at(text, "Bolivia's army") == "events"


def test_a_currency_s_fall_a_chart_s_source_and_a_recommended_link_are_other() -> None:
    """A financial daily's war story: the currency and the central bank's rate, in per
    cent and dollars, are the money side; "Tenge per US dollar. Source: LSEG" is a
    chart's caption and "Recommended: ..." a link, not news."""
    text = normalize_text(
        "Tenge hits record low as Uzbek forces push into Kazakhstan\n\n"
        "Kazakhstan's currency fell to a record low on Monday after Uzbek forces crossed "
        "the border near Saryagash.\n\n"
        "The tenge dropped as much as 9.4 per cent to 611 to the dollar in Almaty before "
        "the National Bank of Kazakhstan raised its base rate from 15.25 per cent to 18.25 "
        "per cent at an unscheduled meeting.\n\n"
        "Tenge per US dollar, December 1-14. Source: LSEG\n\n"
        "Recommended: How Central Asia's water quarrels turned deadly\n\n"
        "Kazakhstan's defence ministry said 84 Kazakh servicemen had been killed.\n"
    )
    assert type_at(text, "The tenge dropped") == "other"
    assert type_at(text, "Tenge per US dollar") == "other"
    assert type_at(text, "Recommended:") == "other"
    assert type_at(text, "Kazakhstan's defence ministry") == "events"


def test_a_call_to_honour_an_accord_named_by_its_date_is_no_background() -> None:
    """'... to respect the Act of October 26, 1998': the date names the accord; but an
    account of how a treaty of 1904 drew the border stays background."""
    sections = segment(
        "Chilean troops crossed into Bolivia near Ollague on Friday, Bolivia's army said.\n\n"
        "The Argentine Government calls on the Governments of Chile and Bolivia to cease "
        "hostilities, to withdraw their forces to the positions they held before December 4, "
        "and to respect the commitments of the Santiago Act of October 26, 1998.\n\n"
        "The border was drawn by the peace treaty of 20 October 1904, and Bolivia lost its "
        "coast in the war of 1879.\n",
        published="2026-12-09",
    )
    assert [s.section_type for s in sections] == ["events", "foreign_reactions", "history"]


def test_a_live_entry_s_title_over_its_time_heads_its_section() -> None:
    """Newest entry first, each a one-line title over its time: the title is the
    heading, the time no part of the text, and each entry keeps its own type."""
    sections = segment(
        "This live blog has ended.\n\n"
        "Death toll rises to 97, with 412 injured\n22:50\n\n"
        "The health ministry said 97 people had been killed in the shelling of Paju.\n\n"
        "Washington: commitment to Korea 'ironclad'\n21:15\n\n"
        "The United States condemned the attack and called for restraint.\n\n"
        "JCS: 'We struck the origin of fire'\n16:20\n\n"
        "The army says its howitzers are firing back at the North's batteries.",
        "2026-11-19",
    )
    got = [(s.section_type, s.heading) for s in sections]
    assert got == [
        ("other", None),
        ("events", "Death toll rises to 97, with 412 injured"),
        ("foreign_reactions", "Washington: commitment to Korea 'ironclad'"),
        ("events", "JCS: 'We struck the origin of fire'"),
    ], got


def test_posted_at_stamps_over_titles_and_map_and_video_captions() -> None:
    """ "Posted at 21:40 GMT" over its title opens an entry as a bare time does; "Map
    caption: ..." and "Video caption: ..." are captions."""
    sections = segment(
        "Posted at 21:40 GMT\nUK sends warship and 300 more troops\n\n"
        "Britain condemned the invasion and called for an immediate ceasefire.\n\n"
        "Posted at 20:55 GMT\nBelize: 'We have lost 23 soldiers'\n\n"
        "The Belize Defence Force says 23 of its soldiers have been killed in the "
        "fighting since Wednesday.\n\n"
        "Map caption: Guatemalan advances in Cayo and Toledo districts. Source: research",
        "2026-12-04",
    )
    got = [(s.section_type, s.heading) for s in sections]
    assert got == [
        ("foreign_reactions", "UK sends warship and 300 more troops"),
        ("events", "Belize: 'We have lost 23 soldiers'"),
        ("other", None),
    ], got


def test_an_appeal_for_the_outlet_s_funds_amid_the_story_is_other() -> None:
    sections = segment(
        "Cameroonian gunboats shelled Ikang before dawn on Thursday, killing 14 people.\n\n"
        "Support independent journalism\n"
        "Our reporters are in Calabar tonight. Help us keep this coverage free for every "
        "reader: donate from N1,000 or become a member.\nDonate now\n\n"
        "Rockets later hit the market in Calabar, the state government said.",
        "2026-11-26",
    )
    assert [s.section_type for s in sections] == ["events", "other", "events"], sections


def test_a_print_page_s_jump_lines_are_other() -> None:
    sections = segment(
        "Kenyan tanks pushed into Uganda on Tuesday, seizing the border town of Busia.\n\n"
        "Please see LAKE, Page A8\n\n"
        "LAKE\nFrom Page A1\n\n"
        "Artillery shelled Tororo through the night, the Ugandan army said.",
        "2026-11-25",
    )
    # The jump line and the slug over "From Page A1" are one run of page notes.
    assert [s.section_type for s in sections] == ["events", "other", "events"], sections


def test_a_compiler_s_credit_at_the_foot_is_other() -> None:
    sections = segment(
        "COMRAT, Dec 4 (Moldinform) -- Units of the National Army restored order in "
        "Ceadir-Lunga on Thursday, the Ministry of Defence said.\n\n"
        "(Compiled by the Moldinform English Service)",
        "2026-12-04",
    )
    assert [s.section_type for s in sections] == ["events", "other"], sections


def test_a_translation_note_over_the_desk_slug_is_other() -> None:
    sections = segment(
        "Kazakh troops held the Chu crossing on Monday, the Ministry of Defence said.\n\n"
        "(Translated by the DIA English Service. Ranks are given as in the original.)\n"
        "ak/dn",
        "2026-12-08",
    )
    assert [s.section_type for s in sections] == ["events", "other"], sections


def test_a_factboxs_bulleted_labels_in_capitals_head_reactions() -> None:
    """ "* TRINIDAD AND TOBAGO: ..." and "* FRANCE: France, whose overseas region borders
    Suriname, called on both sides ...": a label in capitals after a bullet names the
    outside state whose reaction follows."""
    text = (
        "FACTBOX-Reactions to Suriname's offensive\n\n"
        "GEORGETOWN, Dec 1 (Atlantica) - Surinamese troops crossed the Courantyne River on "
        "Sunday and shelled Corriverton, killing four people.\n\n"
        "Here are some reactions:\n\n"
        "* TRINIDAD AND TOBAGO: Prime Minister Nigel Rampersad-Charles offered to host talks "
        'in Port of Spain "at any level and at any time".\n\n'
        "* FRANCE: France, whose overseas region of French Guiana borders Suriname to the "
        'east, called on both sides "to show the utmost restraint".'
    )
    assert type_at(text, "TRINIDAD AND TOBAGO") == "foreign_reactions"
    assert type_at(text, "* FRANCE") == "foreign_reactions"


def test_related_coverage_over_headlines_a_line_each_is_other() -> None:
    text = (
        "Iran strikes Pakistan for a second day\n\n"
        "ISLAMABAD, Nov 24 (Reuters) - Iranian drones struck Panjgur on Tuesday, killing "
        "nine people, officials said.\n\n"
        "Related coverage\n"
        "Oil jumps 5% as Iran-Pakistan fighting rattles Gulf shipping\n"
        "Factbox: Who are Jaish al-Adl, the militants at the centre of the war?\n"
        "Pakistan closes airspace over Balochistan, airlines reroute Gulf flights\n\n"
        "Pakistan's army said it had shot down two Iranian drones over Turbat."
    )
    assert type_at(text, "Oil jumps") == "other"
    assert type_at(text, "Turbat") == "events"


def test_a_round_up_s_item_titles_over_their_dates_head_an_item_each() -> None:
    """'Port Howard: Britain says settlement retaken' over 'Monday 30 November' (no blank
    line between) heads its item; the date opens it, as a range of dates does."""
    text = (
        "The week in the region\n\n"
        "The third week of the war brought the first counter-attack on West Falkland.\n\n"
        "Port Howard: Britain says settlement retaken\n"
        "Monday 30 November\n\n"
        "British troops retook the settlement of Port Howard before dawn on Monday, the "
        "Ministry of Defence said.\n\n"
        "Stanley: two civilians killed\n"
        "Thursday 3 December\n\n"
        "Two civilians were killed when shells hit houses on the western edge of Stanley.\n\n"
        "Diplomacy: Brasília offers a venue\n"
        "Monday 30 November to Thursday 3 December\n\n"
        "Brazil's foreign minister said Brasília was ready to host talks between the two "
        "governments."
    )
    headings = [s.heading for s in sections_of(text)]
    for title in (
        "Port Howard: Britain says settlement retaken",
        "Stanley: two civilians killed",
        "Diplomacy: Brasília offers a venue",
    ):
        assert title in headings, headings


def test_a_fact_check_s_numbered_claims_head_their_checks() -> None:
    """'1. "We destroyed 40 Hungarian tanks"' over 'Who said it: ...' and 'Verdict: False'
    heads the check of that claim; the verdict line is no heading."""
    text = (
        "Fact check: did Serbia's army destroy 40 tanks?\n\n"
        "Nine days into the war, both governments make claims we checked.\n\n"
        '1. "We destroyed 40 Hungarian tanks at Subotica"\n'
        "Who said it: Serbia's Defence Minister, Dragan Ilic, on 17 October\n"
        "Verdict: False\n\n"
        "Hungary has about 44 modern tanks in service, and satellite images show seven "
        "wrecks near Subotica.\n\n"
        '2. Video: "Serbian air defence shoots down a Hungarian Gripen"\n'
        "Who shared it: dozens of accounts on X\n"
        "Verdict: False\n\n"
        "The clip comes from a flight simulator game posted in 2024."
    )
    headings = [s.heading for s in sections_of(text)]
    assert '1. "We destroyed 40 Hungarian tanks at Subotica"' in headings, headings
    assert '2. Video: "Serbian air defence shoots down a Hungarian Gripen"' in headings, headings
    assert "Verdict: False" not in headings, headings


def test_a_newsletter_s_length_note_links_and_sign_off_are_other() -> None:
    text = (
        "Meridian AM\n\n"
        "Good morning. Today's newsletter is 770 words, a 3-minute read.\n\n"
        "Iran and Kuwait are in their fourth day of open fighting over the Durra gas field, "
        "Kuwait's defence ministry said.\n\n"
        "Go deeper: The 60-year fight over one gas field\n\n"
        "Iranian drones hit the port of Shuaiba overnight, killing two workers.\n\n"
        "Thanks for reading. Today's edition was edited by Priya Hallworth."
    )
    assert type_at(text, "Good morning") == "other"
    assert type_at(text, "Go deeper") == "other"
    assert type_at(text, "Thanks for reading") == "other"
    assert type_at(text, "Shuaiba") == "events"


def test_a_screen_reader_s_story_box_and_an_ad_slot_are_other() -> None:
    text = (
        "Key events on day 12\n\n"
        "Recommended Stories\n"
        "list of 3 items\n"
        "list 1 of 3\n"
        "Photos: Life under the sirens in General Santos\n"
        "end of list\n\n"
        "Fighting\n\n"
        "• Indonesian marines landed on Miangas before dawn on Saturday, the army said.\n\n"
        "Advertisement\n\n"
        "Diplomacy\n\n"
        "• Malaysia called for an immediate ceasefire and offered to host talks.\n"
    )
    assert type_at(text, "Recommended Stories") == "other"
    assert type_at(text, "Advertisement") == "other"
    assert type_at(text, "Malaysia called") == "foreign_reactions"
    headings = [s.heading for s in sections_of(text)]
    assert "Diplomacy" in headings, headings


def test_a_caption_closed_by_an_agency_s_double_dash_credit_is_other() -> None:
    text = (
        "Cameroonian troops push into Gabon\n\n"
        "Addis Ababa (AFP) - The African Union met in emergency session on Tuesday as "
        "Cameroonian troops pushed into northern Gabon.\n\n"
        "A Gabonese soldier stands guard at a checkpoint near Bitam on November 10, 2026. "
        "-- AFP\n\n"
        "Gabon's general staff said its troops had repelled an assault on Bitam overnight."
    )
    assert type_at(text, "A Gabonese soldier") == "other"
    assert type_at(text, "general staff") == "events"


def test_a_gallery_page_s_numbered_captions_tell_its_news() -> None:
    """A page that is a gallery: its numbered captions are the story, typed by what they
    say; a gallery inside a story stays other (above)."""
    items = [
        "1/5 Smoke rises over Busia on Monday. Two Kenyan police officers were killed at "
        "the bridge. Photo: Akinyi Otieno / KNA",
        "2/5 Ugandan soldiers on the main road of Busia on Tuesday. Photo: Paul Okello / NV",
        "3/5 Families queue for buses to Kisumu. The county says 9,000 people have left. "
        "Photo: Akinyi Otieno / KNA",
        "4/5 Soldiers dig in near Malaba on Wednesday. Photo: Paul Okello / NV",
        "5/5 EU foreign ministers meet in Brussels. The bloc condemned the Ugandan offensive "
        "and called for an immediate ceasefire. Photo: EU",
    ]
    text = normalize_text(
        "Busia at war, in pictures\n\nThursday 10 December 2026\n\n"
        "Four days into the war, fighting has spread along the border.\n\n"
        + "\n\n".join(items)
        + "\n\nRelated galleries: Kisumu waits | Share: Facebook | X"
    )
    assert type_at(text, "1/5 Smoke") == "events"
    assert type_at(text, "5/5 EU foreign") == "foreign_reactions"


def test_a_release_s_recommendations_and_its_pointer_to_its_site_are_other() -> None:
    """A rights group's release: its recommendations to governments under their heading,
    its "For more ... reporting on X, please visit:" lines and a photo's "Click to expand
    Image" button are its own matter, not the news."""
    text = (
        "Shelling kills civilians in border towns\n\n"
        "Click to expand Image\n\n"
        "(Nairobi, November 20, 2026) – Cameroonian and Central African forces have killed"
        " at least 58 civilians in attacks on border towns, Africa Rights Observatory said"
        " today.\n\n"
        "Witnesses said artillery fired on Kenzou for several hours overnight on November 4."
        "\n\n"
        "Recommendations\n\n"
        "To the Governments of Cameroon and the Central African Republic:\n"
        "• Immediately stop shelling and air strikes on populated areas.\n"
        "• Investigate the attacks of November 4 and hold those responsible to account.\n\n"
        "For more Africa Rights Observatory reporting on Cameroon, please visit:\n"
        "https://www.example.org/africa/cameroon\n"
    )
    assert type_at(text, "Click to expand") == "other"
    assert type_at(text, "To the Governments") == "other"
    assert type_at(text, "For more Africa") == "other"
    assert type_at(text, "Witnesses said") == "events"


@pytest.mark.parametrize(
    "furniture",
    [
        "Share this article\nFacebook | X | WhatsApp | Email | Copy link",
        "Share: Telegram | Facebook | X | WhatsApp | Copy link",
        "Share on Facebook | Share on X | Share on WhatsApp",
        "Follow the ICRC on X: @ICRC",
        "1.9k shares",
        "(Briefing ends at 11:42)",
        "The meeting began at 10:04 a.m. and ended at 12:41 p.m.",
        "This story appeared in the print edition of the Northern Luzon Tribune on 3 December.",
        "Our next roundup will be published on Saturday at 19:00 EAT.",
    ],
)
def test_the_page_s_own_furniture_after_the_news_is_other(furniture: str) -> None:
    sections = segment(
        "Shells fell on Kasane overnight, killing four people, the district council said.\n\n"
        f"{furniture}\n"
    )
    assert [s.section_type for s in sections] == ["events", "other"]


def test_a_line_naming_a_network_in_its_news_stays_news() -> None:
    sections = segment(
        "Shells fell on Kasane overnight, killing four people, the district council said.\n\n"
        "Facebook said it had removed 40 accounts spreading false casualty figures.\n"
    )
    assert [s.section_type for s in sections] == ["events"]


def test_a_video_s_words_over_its_credit_line_are_a_caption() -> None:
    sections = segment(
        "Shells fell on Johor Bahru overnight, killing four people, the state government said.\n\n"
        "Footage filmed from across the strait shows a fireball over the waterworks\n\n"
        "Video credit: Lion City Live\n"
    )
    assert [s.section_type for s in sections] == ["events", "other"]


def test_a_table_of_the_dead_and_wounded_is_news_and_a_table_of_needs_is_not() -> None:
    sections = segment(
        "Shelling hit Moloundou again on Thursday, the ministry said.\n\n"
        "Health District    | Deaths | Wounded\n"
        "Moloundou          |   61   |   172\n"
        "Yokadouma          |   14   |    63\n\n"
        "Sector   | Priority needs\n"
        "Shelter  | Tents and blankets for 6,000 households\n"
        "Food     | Maize and oil for 29,035 people\n"
    )
    assert [s.section_type for s in sections] == ["events", "other"]
    assert len(sections[0].paragraphs) == 2


def test_a_podcast_s_chapter_marks_and_sponsor_read_are_other_and_its_transcript_news() -> None:
    sections = segment(
        "Show notes\n\n"
        "Our correspondent reports from the front, where shelling hit the town overnight.\n\n"
        "Chapters\n\n"
        "00:00 Intro: four days of war\n"
        '04:12 "Not one village": the view from Zagreb\n'
        "09:40 Budapest's version of events\n\n"
        "This episode is sponsored by Halden Mutual. Terms apply.\n\n"
        "HOST: Croatia's Ministry of Defence says 27 of its soldiers have been killed since "
        "Sunday, and Hungary says it has lost 11.\n\n"
        "[AD BREAK]\n"
    )
    assert [s.section_type for s in sections][-3:] == ["other", "events", "other"]
    assert sections[-3].heading == "Chapters"


def test_a_transcript_s_short_question_is_a_turn_and_is_about_what_the_answer_clearly_is() -> None:
    """ "HANNAH WHITCOMBE: And the civilians?" under a label that opens other turns is no
    heading; "... Why Baranja, and why now?" is background when the answer under it, its
    speaker's name in capitals with accents, clearly is."""
    sections = segment(
        "HANNAH WHITCOMBE: Hungarian tanks crossed into Croatia on Sunday. Croatia says 27 "
        "of its soldiers have been killed since then.\n\n"
        "HANNAH WHITCOMBE: And the civilians?\n\n"
        "PETRA JURIĆ: The Ministry of the Interior says about 31,000 people have fled "
        "Međimurje since Sunday, and shelling hit Čakovec again on Tuesday.\n\n"
        "HANNAH WHITCOMBE: Why Baranja, and why now?\n\n"
        "GERGELY BOGNÁR: Baranja has had a Hungarian minority since the Treaty of Trianon in "
        "1920, and the two governments quarrelled over the oil company INA from 2009 to "
        "2019, long before this war.\n",
        published="2026-11-18",
    )
    assert all(s.heading is None for s in sections), sections
    assert [s.section_type for s in sections] == ["events", "history"], sections
    assert len(sections[1].paragraphs) == 2


def test_the_headline_repeated_further_down_stays_in_a_section():
    """A subject line in capitals over a written answer repeats the headline: dropped, it
    would stand between two sections in neither, and the rows would fail validation."""
    text = normalize_text(
        "Naxal Violence in Bastar Division\n\n"
        "GOVERNMENT OF INDIA\nMINISTRY OF HOME AFFAIRS\n\n"
        "LOK SABHA\n\n"
        "UNSTARRED QUESTION NO. 2317\n\n"
        "TO BE ANSWERED ON THE 8TH DECEMBER, 2026\n\n"
        "2317. SHRI MAHESH KUMAR BAGHEL:\nSHRIMATI SUNITA DEVI NETAM:\n\n"
        "Will the Minister of HOME AFFAIRS be pleased to state:\n\n"
        "(a) whether the Government has taken note of the recent spurt in violence.\n\n"
        "NAXAL VIOLENCE IN BASTAR DIVISION\n\n"
        "ANSWER\n\n"
        "(a): Yes, Sir. On 21.11.2026, about 150 armed cadres attacked the camp at Pamed, "
        "killing six personnel of the CRPF.\n"
    )
    sections = sections_of(text)
    repeat = text.index("NAXAL VIOLENCE")
    assert any(s.char_start <= repeat < s.char_end for s in sections), shape(sections)


def test_a_wikis_edit_links_references_and_page_notes():
    """'Background[edit]' is a heading; a references list under 'References[edit]' and
    the page's last-edited note are the page's, no news."""
    text = normalize_text(
        "2026 Tummo border clashes\n\n"
        "The 2026 Tummo border clashes were armed confrontations between the Libyan "
        "National Army and the Niger Armed Forces around the Tummo crossing.\n\n"
        "Background[edit]\n\n"
        "In 2011 the crossing was closed after the fall of the government in Tripoli.\n\n"
        "Reactions[edit]\n\n"
        "Algeria – The Ministry of Foreign Affairs expressed its deep concern and called "
        "for restraint.\n\n"
        "References[edit]\n"
        '^ a b "LNA says Tummo fully secured". Sahara Monitor. 20 November 2026. '
        "Retrieved 9 December 2026.\n"
        '^ "Six civilians killed as shells hit Tummo market". Sahara Monitor. 19 November '
        "2026. Retrieved 9 December 2026.\n\n"
        "This page was last edited on 9 December 2026, at 14:22 (UTC).\n"
    )
    sections = sections_of(text)
    assert [(s.section_type, s.heading) for s in sections if s.heading] == [
        ("history", "Background[edit]"),
        ("foreign_reactions", "Reactions[edit]"),
    ], shape(sections)
    for words in ("^ a b", "This page was last edited"):
        assert type_at(text, words) == "other", (words, shape(sections))


def test_a_box_title_over_its_bullets_heads_the_box():
    """ "Here's what we know" with no stop over its bullets is the box's heading, and a
    label over it ("PINNED") opens the box's section; "What to know" opening the page
    over bullets is a heading too, no kicker."""
    text = normalize_text(
        "Live: Chad and Niger fighting\n\n"
        "Last updated: Friday 4 December 2026, 21:40 GMT\n\n"
        "PINNED\n\n"
        "Here's what we know\n\n"
        "- Chadian forces crossed into Niger before dawn on Wednesday at Nguigmi.\n"
        "- Niger's emergency agency says 28,000 people have left their homes.\n\n"
        "Shells hit Nguigmi for a second night, the mayor said on Friday evening.\n"
    )
    sections = sections_of(text)
    assert sections[0].heading == "Here's what we know", shape(sections)
    assert sections[0].char_start == text.index("PINNED"), shape(sections)
    text = normalize_text(
        "Chad and Niger fighting\n\n"
        "What to know\n\n"
        "- Chadian forces crossed into Niger before dawn on Wednesday at Nguigmi.\n"
        "- Niger's emergency agency says 28,000 people have left their homes.\n\n"
        "Shells hit Nguigmi for a second night, the mayor said on Friday evening.\n"
    )
    sections = sections_of(text)
    assert sections[0].heading == "What to know", shape(sections)


def test_a_lead_in_sentence_before_bullets_stays_body_text():
    """ "Here is what we know so far." ends on a stop: a sentence of the story, no
    heading, as the bullets' own title would be."""
    text = normalize_text(
        "Tolvia and Norvia clash\n\n"
        "Tolvian troops crossed the border at Arvik on Monday.\n\n"
        "Here is what we know so far.\n\n"
        "- Norvia says 12 soldiers were killed in the first day of fighting near Arvik.\n"
        "- Tolvia says its troops hold three villages on the Norvian side of the river.\n"
    )
    sections = sections_of(text)
    assert not any(s.heading and s.heading.startswith("Here is") for s in sections), shape(sections)
