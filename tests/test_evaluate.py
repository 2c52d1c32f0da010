"""Tests of the gold scorer, and checks that every gold file is well formed."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest

from newsledger.evaluate import (
    CLAIM_KINDS,
    FACT_TYPES,
    GOLD_KEYS,
    PLACE_KINDS,
    PRECISIONS,
    SECTION_TYPES,
    STANCES,
    Score,
    combine,
    format_scores,
    gold_source_stem,
    load_gold,
    score_article,
    section_lines,
)
from newsledger.ids import entity_id
from newsledger.sections import is_stamp_line

REPO = Path(__file__).resolve().parents[1]
# The shared folder holds the seed gold and the corpus the repo's gold files describe.
SHARED = Path(os.environ.get("NEWSLEDGER_SHARED", REPO.parent / "shared"))
OWN_GOLD = REPO / "tests" / "gold"
GOLD_FILES = sorted(OWN_GOLD.rglob("*.gold.yaml")) + sorted((SHARED / "gold").glob("*.gold.yaml"))

AID = "art_test"
TEXT = (
    "Clashes resume\n"  # 1
    "\n"
    "President Ilham Aliyev said \u201cwe are defending ourselves\u201d on 27 September.\n"  # 3
    "Aliev added that 6 villages were taken near Fuzuli.\n"  # 4
    "\n"
    "Foreign reactions\n"  # 6
    "\n"
    'Russia called for "an immediate ceasefire". Armenia lost 4-5 positions.\n'  # 8
)

GOLD = {
    "article": {"headline": "Clashes resume", "author": None, "genre": None,
                "published_date": "2020-09-27"},
    "sections": [
        {"type": "events", "heading": None, "first_line": 3, "last_line": 4},
        {"type": "foreign_reactions", "heading": "Foreign reactions", "first_line": 8,
         "last_line": 8},
    ],
    "persons": [{"name": "Ilham Aliyev", "role": "President", "country": "AZE",
                 "mentions": ["Ilham Aliyev", "Aliev"]}],
    "organizations": [],
    "countries": [{"code": "RUS", "mentions": ["Russia"]}, {"code": "ARM", "mentions": ["Armenia"]}],
    "places": [{"name": "Fuzuli", "kind": "district", "country": "AZE"}],
    "quotes": [
        {"speaker": "Ilham Aliyev", "cue": "said", "starts": "we are defending"},
        {"speaker": "RUS", "cue": "called for", "starts": "an immediate ceasefire"},
    ],
    "claims": [
        {"claimant": "Ilham Aliyev", "kind": "territory_taken", "items": ["a", "b"],
         "quantity": 6, "unit": "village"},
        {"claimant": None, "kind": "positions_lost", "quantity_min": 4, "quantity_max": 5},
    ],
    "reactions": [{"actor": "RUS", "person": None, "stances": ["call_for_ceasefire"]}],
    "timeline": [{"start": "2020-09-27", "end": "2020-09-27", "precision": "day",
                  "text_date": "27 September", "event": "x"}],
}  # fmt: skip


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def perfect_tables() -> dict[str, pd.DataFrame]:
    """Tables a flawless extractor would produce for TEXT."""
    events = (TEXT.index("President"), TEXT.index("Foreign"))
    reactions = (TEXT.index("Foreign"), len(TEXT))
    mentions = [
        ("person:ilham_aliyev", "Ilham Aliyev"),
        ("person:ilham_aliyev", "Aliev"),
        ("country:RUS", "Russia"),
        ("country:ARM", "Armenia"),
        ("place:fuzuli", "Fuzuli"),
    ]
    return {
        "articles": pd.DataFrame(
            [{"article_id": AID, "headline": "Clashes resume", "author": None, "genre": None,
              "published_date": pd.Timestamp("2020-09-27"), "text": TEXT}]
        ),
        "sections": pd.DataFrame(
            [{"article_id": AID, "section_type": "events", "heading": None,
              "char_start": events[0], "char_end": events[1]},
             {"article_id": AID, "section_type": "foreign_reactions",
              "heading": "Foreign reactions", "char_start": reactions[0],
              "char_end": reactions[1]}]
        ),
        "entities": pd.DataFrame(
            [{"entity_id": "person:ilham_aliyev", "entity_type": "PERSON",
              "canonical_name": "İlham Əliyev", "country_code": "AZE", "aliases": ["Aliev"]},
             {"entity_id": "country:RUS", "entity_type": "COUNTRY", "canonical_name": "Russia",
              "country_code": "RUS", "aliases": None},
             {"entity_id": "country:ARM", "entity_type": "COUNTRY", "canonical_name": "Armenia",
              "country_code": "ARM", "aliases": None},
             {"entity_id": "place:fuzuli", "entity_type": "PLACE", "canonical_name": "Füzuli",
              "country_code": "AZE", "place_kind": "district", "aliases": "Fizuli|Fuzuli"},
             # Global table: an entity of another article must not count here.
             {"entity_id": "person:someone_else", "entity_type": "PERSON",
              "canonical_name": "Someone Else", "country_code": None, "aliases": None}]
        ),
        "mentions": pd.DataFrame(
            [{"article_id": AID, "entity_id": eid, "surface": s,
              "char_start": span(TEXT, s)[0], "char_end": span(TEXT, s)[1]}
             for eid, s in mentions]
        ),
        "person_roles": pd.DataFrame(
            [{"article_id": AID, "person_id": "person:ilham_aliyev", "title": "President",
              "role": None}]
        ),
        "quotes": pd.DataFrame(
            [{"article_id": AID, "speaker_id": "person:ilham_aliyev",
              "text": "\u201cWe are  defending ourselves\u201d"},
             {"article_id": AID, "speaker_id": "country:RUS", "text": "an immediate ceasefire"}]
        ),
        "claims": pd.DataFrame(
            [{"article_id": AID, "claimant_id": "person:ilham_aliyev",
              "claim_kind": "territory_taken", "quantity_min": None, "quantity_max": None},
             {"article_id": AID, "claimant_id": None, "claim_kind": "positions_lost",
              "quantity_min": 4.0, "quantity_max": 5.0}]
        ),
        "reactions": pd.DataFrame(
            [{"article_id": AID, "actor_id": "country:RUS", "speaker_id": None,
              "stance": "call_for_ceasefire"}]
        ),
        "timeline": pd.DataFrame(
            [{"article_id": AID, "date_start": "2020-09-27", "date_end": "2020-09-27",
              "precision": "day"}]
        ),
    }  # fmt: skip


def by_type(scores: list[Score]) -> dict[str, Score]:
    return {s.fact_type: s for s in scores}


def counts(score: Score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


# ---------------------------------------------------------------- scorer


def test_perfect_extraction_scores_one_everywhere() -> None:
    scores = score_article(GOLD, perfect_tables(), AID)
    assert [s.fact_type for s in scores] == list(FACT_TYPES)
    for s in scores:
        assert (s.fp, s.fn) == (0, 0), s
        assert s.precision == s.recall == 1.0
    got = by_type(scores)
    assert counts(got["article"]) == (2, 0, 0)  # null author and genre are not facts
    assert counts(got["mentions"]) == (4, 0, 0)  # places without listed forms add none
    assert counts(got["persons"]) == (1, 0, 0)  # matched through the accented canonical name


def test_no_tables_means_misses_not_crashes() -> None:
    got = by_type(score_article(GOLD, {}, AID))
    assert all(s.tp == 0 and s.fp == 0 for s in got.values())
    assert counts(got["sections"]) == (0, 0, 2)
    assert counts(got["section_lines"]) == (0, 0, 0)  # no article text, no lines
    assert counts(got["quotes"]) == (0, 0, 2)
    assert counts(got["reactions"]) == (0, 0, 1)


def test_missing_columns_count_as_misses() -> None:
    tables = perfect_tables()
    tables["claims"] = tables["claims"].drop(columns=["quantity_min", "quantity_max"])
    tables["quotes"] = tables["quotes"].drop(columns=["speaker_id"])
    got = by_type(score_article(GOLD, tables, AID))
    assert counts(got["claims"]) == (1, 1, 1)  # the place-list claim needs no quantity
    assert counts(got["quotes"]) == (0, 2, 2)


def test_wrong_speaker_is_a_miss_and_a_false_positive() -> None:
    tables = perfect_tables()
    tables["quotes"].loc[0, "speaker_id"] = "country:RUS"
    got = by_type(score_article(GOLD, tables, AID))
    assert counts(got["quotes"]) == (1, 1, 1)


def test_misses_and_false_positives() -> None:
    tables = perfect_tables()
    tables["articles"].loc[0, "headline"] = "Something else"
    tables["articles"].loc[0, "genre"] = "Feature"  # gold genre is null
    # Aliev resolved to a separate entity: a split person and a wrong mention.
    tables["entities"] = pd.concat(
        [tables["entities"], pd.DataFrame([{"entity_id": "person:aliev", "entity_type": "PERSON",
                                            "canonical_name": "Aliev"}])]
    )  # fmt: skip
    tables["mentions"].loc[1, "entity_id"] = "person:aliev"
    tables["claims"].loc[1, "quantity_max"] = 6.0
    tables["reactions"].loc[0, "stance"] = "concern"
    tables["timeline"].loc[0, "date_start"] = "2020-09-28"
    tables["timeline"].loc[0, "date_end"] = "2020-09-28"
    tables["sections"].loc[1, "section_type"] = "history"
    got = by_type(score_article(GOLD, tables, AID))
    assert counts(got["article"]) == (1, 1, 1)
    assert counts(got["persons"]) == (1, 1, 0)
    assert counts(got["mentions"]) == (3, 1, 1)
    assert counts(got["claims"]) == (1, 1, 1)
    assert counts(got["reactions"]) == (0, 1, 1)
    assert counts(got["timeline"]) == (0, 1, 1)
    assert counts(got["sections"]) == (1, 1, 1)
    assert counts(got["section_lines"]) == (2, 1, 1)  # line 8 typed history


def test_a_section_split_in_two_keeps_its_lines_typed_right() -> None:
    """The span measure counts a split section as a miss and two extras; the line
    measure counts its lines, each typed right."""
    tables = perfect_tables()
    start, end = tables["sections"].loc[0, ["char_start", "char_end"]]
    cut = TEXT.index("Aliev added")
    halves = pd.DataFrame(
        [{"article_id": AID, "section_type": "events", "heading": None,
          "char_start": start, "char_end": cut},
         {"article_id": AID, "section_type": "events", "heading": None,
          "char_start": cut, "char_end": end}]
    )  # fmt: skip
    tables["sections"] = pd.concat([halves, tables["sections"].iloc[1:]], ignore_index=True)
    got = by_type(score_article(GOLD, tables, AID))
    assert counts(got["sections"]) == (1, 2, 1)
    assert counts(got["section_lines"]) == (3, 0, 0)


def test_wrong_district_or_level_is_a_different_place() -> None:
    gold = {**GOLD, "places": [{"name": "Fuzuli", "kind": "region", "country": "AZE"}]}
    got = by_type(score_article(gold, perfect_tables(), AID))
    assert counts(got["places"]) == (0, 1, 1)
    gold = {**GOLD, "places": [{"name": "Fuzuli", "kind": "district", "country": "ARM"}]}
    assert counts(by_type(score_article(gold, perfect_tables(), AID))["places"]) == (0, 1, 1)


def test_roles_use_token_overlap_and_defence_spelling() -> None:
    gold = {
        **GOLD,
        "persons": [{**GOLD["persons"][0], "role": "Defence Minister", "title": None}],
    }
    tables = perfect_tables()
    tables["person_roles"].loc[0, "title"] = "Minister of Defense"
    assert counts(by_type(score_article(gold, tables, AID))["roles"]) == (1, 0, 0)
    tables["person_roles"].loc[0, "title"] = "Chief of Staff"
    assert counts(by_type(score_article(gold, tables, AID))["roles"]) == (0, 1, 1)


def test_reactions_accept_a_person_acting_for_the_country() -> None:
    gold = {
        **GOLD,
        "persons": [*GOLD["persons"], {"name": "Sergey Lavrov", "mentions": []}],
        "reactions": [
            {"actor": "RUS", "person": "Sergey Lavrov", "stances": ["concern"]},
            {"actor": "RUS", "person": None, "stances": ["call_for_ceasefire"]},
        ],
    }
    tables = perfect_tables()
    tables["entities"] = pd.concat(
        [tables["entities"], pd.DataFrame([{"entity_id": "person:sergei_lavrov",
                                            "entity_type": "PERSON",
                                            "canonical_name": "Sergei Lavrov",
                                            "country_code": "RUS"}])]
    )  # fmt: skip
    tables["reactions"] = pd.DataFrame(
        [{"article_id": AID, "actor_id": "person:sergei_lavrov", "speaker_id": None,
          "stance": "concern"},
         {"article_id": AID, "actor_id": "country:RUS", "speaker_id": None,
          "stance": "call_for_ceasefire"}]
    )  # fmt: skip
    assert counts(by_type(score_article(gold, tables, AID))["reactions"]) == (2, 0, 0)


def test_reaction_stances_count_the_actor_s_stance_whoever_spoke() -> None:
    gold = {
        **GOLD,
        "persons": [*GOLD["persons"], {"name": "Sergey Lavrov", "mentions": []}],
        "reactions": [{"actor": "RUS", "person": "Sergey Lavrov", "stances": ["concern"]}],
    }
    tables = perfect_tables()
    tables["reactions"] = pd.DataFrame(
        [{"article_id": AID, "actor_id": "country:RUS", "speaker_id": None,
          "stance": "concern"}]
    )  # fmt: skip
    got = by_type(score_article(gold, tables, AID))
    assert counts(got["reactions"]) == (0, 1, 1)  # the speaker is missing
    assert counts(got["reaction_stances"]) == (1, 0, 0)  # Russia's concern is found
    tables["reactions"].loc[0, "stance"] = "support"
    got = by_type(score_article(gold, tables, AID))
    assert counts(got["reaction_stances"]) == (0, 1, 1)


def test_timeline_truncates_to_precision() -> None:
    gold = {**GOLD, "timeline": [{"start": "1991", "end": "1994", "precision": "years"}]}
    tables = perfect_tables()
    tables["timeline"] = pd.DataFrame(
        [{"article_id": AID, "date_start": pd.Timestamp("1991-01-01"),
          "date_end": "1994-12-31", "precision": "year"}]
    )  # fmt: skip
    assert counts(by_type(score_article(gold, tables, AID))["timeline"]) == (1, 0, 0)
    tables["timeline"].loc[0, "precision"] = "day"  # same dates, claims a day: wrong
    assert counts(by_type(score_article(gold, tables, AID))["timeline"]) == (0, 1, 1)


def test_up_to_quantity() -> None:
    gold = {**GOLD, "claims": [{"claimant": None, "kind": "killed", "quantity_max": 11}]}
    tables = perfect_tables()
    tables["claims"] = pd.DataFrame(
        [{"article_id": AID, "claimant_id": None, "claim_kind": "killed",
          "quantity_min": 0, "quantity_max": 11}]
    )  # fmt: skip
    assert counts(by_type(score_article(gold, tables, AID))["claims"]) == (1, 0, 0)
    tables["claims"].loc[0, "quantity_min"] = 11  # "11 killed" is not "up to 11"
    assert counts(by_type(score_article(gold, tables, AID))["claims"]) == (0, 1, 1)


def test_section_lines_skip_heading() -> None:
    start = TEXT.index("Foreign")
    assert section_lines(TEXT, start, len(TEXT), "Foreign reactions") == (8, 8)
    assert section_lines(TEXT, start, len(TEXT), None) == (6, 8)
    # A live entry's time stamp above its title, the heading, is no paragraph line either.
    live = "Live\n\n16:31\nFinland offers talks\n\nFinland offered to host talks.\n"
    start = live.index("16:31")
    assert section_lines(live, start, len(live), "Finland offers talks") == (6, 6)


def test_score_properties_combine_and_format() -> None:
    assert Score("x").precision == Score("x").recall == 1.0
    s = Score("claims", tp=1, fp=1, fn=3)
    assert (s.precision, s.recall) == (0.5, 0.25)
    total = combine([Score("quotes", 1, 0, 1), Score("article", 2, 0, 0), Score("quotes", 1, 1, 0)])
    assert [(t.fact_type, t.tp, t.fp, t.fn) for t in total] == [
        ("article", 2, 0, 0),
        ("quotes", 2, 1, 1),
    ]
    text = format_scores(total)
    assert "precision" in text and "recall" in text
    assert re.search(r"quotes\s+2\s+1\s+1\s+0\.67\s+0\.67", text)
    assert re.search(r"total\s+4\s+1\s+1", text)


# ---------------------------------------------------------------- gold files


def source_text(path: Path, gold: dict) -> str | None:
    """The raw article a gold file describes, when the shared folder is present."""
    candidates = [SHARED / gold["source"], REPO / gold["source"]] if gold.get("source") else []
    stem = gold_source_stem(gold, path)
    candidates += [SHARED / "seeds" / f"{stem}.txt", REPO / "seeds" / "articles" / f"{stem}.txt"]
    for c in candidates:
        if c.is_file():
            return c.read_text(encoding="utf-8")
    return None


def test_gold_files_exist() -> None:
    """A development split and a test split (scored for the floors in test_eval.py)."""
    assert len(list((OWN_GOLD / "dev").glob("*.gold.yaml"))) >= 4
    assert len(list((OWN_GOLD / "test").glob("*.gold.yaml"))) >= 12


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_is_valid(path: Path) -> None:
    gold = load_gold(path)
    assert set(GOLD_KEYS) <= set(gold), f"missing keys: {set(GOLD_KEYS) - set(gold)}"
    if OWN_GOLD in path.parents:
        stem = path.name.removesuffix(".gold.yaml")
        # Real articles live in the shared corpus; invented ones beside the tests.
        assert re.fullmatch(
            rf"corpus/(wikinews|voa|globalvoices)/{re.escape(stem)}\.txt"
            rf"|tests/fixtures/invented/{re.escape(stem)}\.txt",
            gold["source"],
        )
    assert set(gold["article"]) >= {"headline", "author", "genre", "published_date"}
    published = gold["article"]["published_date"]
    # null when the text states no date (a feature without dateline or byline date)
    assert published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
    for s in gold["sections"]:
        assert s["type"] in SECTION_TYPES and s["first_line"] <= s["last_line"]
    for c in gold["countries"]:
        assert re.fullmatch(r"[A-Z]{3}", c["code"])
    for p in gold["places"]:
        assert p["kind"] in PLACE_KINDS, p
    names = {e["name"] for group in ("persons", "organizations") for e in gold[group]}

    def who_ok(who: str | None) -> bool:
        # A named person or organization, a state as such (its code), or null
        # for an unnamed source.
        return who is None or who in names or re.fullmatch(r"[A-Z]{3}", who) is not None

    for q in gold["quotes"]:
        assert "speaker" in q and who_ok(q["speaker"]) and q["starts"], q
    for c in gold["claims"]:
        assert c["kind"] in CLAIM_KINDS, c
        assert who_ok(c["claimant"]), c
        assert "quantity" in c or "quantity_min" in c or "quantity_max" in c, c
    for r in gold["reactions"]:
        assert r["stances"] and set(r["stances"]) <= STANCES, r
        assert re.fullmatch(r"[A-Z]{3}", str(r["actor"])) or r["actor"] in names, r
        assert r.get("person") is None or r["person"] in names, r
    for t in gold["timeline"]:
        assert t["precision"] in PRECISIONS, t
        width = {"day": 10, "month": 7}.get(t["precision"], 4)
        assert len(t["start"]) == len(t["end"]) == width and t["start"] <= t["end"], t


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_agrees_with_its_text(path: Path) -> None:
    """Surface forms, quote openings and dates as written must occur verbatim."""
    gold = load_gold(path)
    text = source_text(path, gold)
    if text is None:
        pytest.skip("source article not available")
    lines = text.split("\n")
    assert lines[0].strip() == gold["article"]["headline"]
    for group in ("persons", "organizations", "countries", "places"):
        for e in gold[group]:
            for m in e.get("mentions") or []:
                assert m in text, (group, m)
    for q in gold["quotes"]:
        assert q["starts"] in text, q
    for t in gold["timeline"]:
        assert t["text_date"] in text, t
    for s in gold["sections"]:
        assert lines[s["first_line"] - 1].strip() and lines[s["last_line"] - 1].strip(), s
        if s["heading"]:
            # A heading stands above a blank line, or right above a box's first line
            # ("Key points" over its points), or over a live entry's stamp ("22:50").
            above = lines[s["first_line"] - 3 : s["first_line"] - 1]
            if is_stamp_line(lines[s["first_line"] - 3]):
                above = lines[s["first_line"] - 4 : s["first_line"] - 1]
            assert any(s["heading"] in ln for ln in above), s


# ---------------------------------------------------------------- gold against itself


def oracle_tables(gold: dict, text: str) -> dict[str, pd.DataFrame]:
    """Tables built from the gold itself: the scorer must give them full marks."""
    lines = text.split("\n")
    line_start = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    ids: dict[str, str] = {}
    entities, mentions = [], []
    types = {"persons": "PERSON", "organizations": "ORG", "countries": "COUNTRY", "places": "PLACE"}
    for group, etype in types.items():
        for e in gold[group]:
            key = e.get("code") or e["name"]
            eid = entity_id(etype, key)
            if etype == "PLACE" and any(x["entity_id"] == eid for x in entities):
                # Two places of one name at two levels ("the Kidal region", "the town of
                # Kidal") are two entities, as a gazetteer keeps them.
                eid = entity_id(etype, f"{key} {e.get('kind')}")
            ids.setdefault(key, eid)
            entities.append(
                {
                    "entity_id": eid,
                    "entity_type": etype,
                    "canonical_name": e.get("name", key),
                    "country_code": e.get("code") or e.get("country"),
                    "place_kind": e.get("kind"),
                    "admin2": e.get("district"),
                }
            )
            for surface in e.get("mentions") or [e.get("name", key)]:
                mentions.append({"article_id": AID, "entity_id": eid, "surface": surface})
    sections = []
    for s in gold["sections"]:
        first = s["first_line"] - 3 if s["heading"] else s["first_line"] - 1
        if s["heading"] and is_stamp_line(lines[first]):
            first -= 1  # the heading over its entry's stamp
        end = line_start[s["last_line"] - 1] + len(lines[s["last_line"] - 1])
        sections.append(
            {
                "article_id": AID,
                "section_type": s["type"],
                "heading": s["heading"],
                "char_start": line_start[first],
                "char_end": end,
            }
        )
    roles = [
        {
            "article_id": AID,
            "person_id": ids[p["name"]],
            "title": p.get("title"),
            "role": p.get("role"),
        }
        for p in gold["persons"]
        if p.get("role") or p.get("title")
    ]

    def actor(name: str | None) -> str | None:
        # A country code names the country itself; null is an unnamed source.
        if name and re.fullmatch(r"[A-Z]{3}", name):
            return ids.get(name, f"country:{name}")
        return ids.get(name)

    quotes = [
        {"article_id": AID, "speaker_id": actor(q["speaker"]), "text": q["starts"] + " ..."}
        for q in gold["quotes"]
    ]
    claims = []
    for c in gold["claims"]:
        qmin = c.get("quantity", c.get("quantity_min"))
        qmax = c.get("quantity", c.get("quantity_max"))
        claims.append(
            {
                "article_id": AID,
                "claimant_id": actor(c["claimant"]),
                "claim_kind": c["kind"],
                "quantity_min": qmin,
                "quantity_max": qmax,
            }
        )
    reactions = [
        {
            "article_id": AID,
            "actor_id": actor(r["actor"]),
            "speaker_id": ids.get(r.get("person")),
            "stance": stance,
        }
        for r in gold["reactions"]
        for stance in r["stances"]
    ]
    timeline = [
        {
            "article_id": AID,
            "date_start": t["start"],
            "date_end": t["end"],
            "precision": t["precision"],
        }
        for t in gold["timeline"]
    ]
    article = {
        "article_id": AID,
        "text": text,
        **{k: gold["article"][k] for k in ("headline", "author", "genre", "published_date")},
    }
    frames = {
        "articles": [article],
        "sections": sections,
        "entities": entities,
        "mentions": mentions,
        "person_roles": roles,
        "quotes": quotes,
        "claims": claims,
        "reactions": reactions,
        "timeline": timeline,
    }
    columns = {
        "claims": ["article_id", "claimant_id", "claim_kind", "quantity_min", "quantity_max"],
        "quotes": ["article_id", "speaker_id", "text"],
        "reactions": ["article_id", "actor_id", "speaker_id", "stance"],
    }
    return {name: pd.DataFrame(rows, columns=columns.get(name)) for name, rows in frames.items()}  # fmt: skip


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_scores_perfectly_against_itself(path: Path) -> None:
    gold = load_gold(path)
    text = source_text(path, gold)
    if text is None:
        pytest.skip("source article not available")
    for s in score_article(gold, oracle_tables(gold, text), AID):
        assert (s.fp, s.fn) == (0, 0), s


def test_fuzzy_names_tolerate_spelling_not_identity() -> None:
    gold = {**GOLD, "organizations": [{"name": "Ministry of Foreign Affairs of Iran"}]}
    tables = perfect_tables()
    org = {"entity_type": "ORG", "country_code": None, "aliases": None}
    tables["entities"] = pd.concat(
        [
            tables["entities"],
            pd.DataFrame([{**org, "entity_id": "org:mfa", "canonical_name": "x"}]),
        ]
    )
    tables["mentions"] = pd.concat(
        [tables["mentions"], pd.DataFrame([{"article_id": AID, "entity_id": "org:mfa"}])]
    )
    for name, found in [
        ("Ministry of Foreign Affairs of Iraq", False),
        ("Ministry of Foreign Affaires of Iran", True),
    ]:
        tables["entities"].loc[tables["entities"]["entity_id"] == "org:mfa", "canonical_name"] = (
            name
        )
        got = by_type(score_article(gold, tables, AID))["organizations"]
        assert counts(got) == ((1, 0, 0) if found else (0, 1, 1)), name
