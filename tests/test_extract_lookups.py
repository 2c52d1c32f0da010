"""The extractors' indexes and caches answer as the scans they replace (issue 13).

Each look-up below was a scan per token or per sentence; the NLP stage now answers it
from an index built once per article or per process, or skips a regex search that
cannot match. These tests run both ways on the seed article and compare.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsledger.extract import reference as ref
from newsledger.extract.components import COMPONENT
from newsledger.extract.entities import extract_entities
from newsledger.extract.entities.roles import role_at, role_max_len, role_patterns
from newsledger.extract.entities.state import ArticleState
from newsledger.extract.needles import needles
from newsledger.extract.nlp import ParagraphSpan, load_nlp, parse_articles
from newsledger.extract.reactions import _stance_patterns
from newsledger.extract.syntax import ArticleContext, lemma_string, lexicon
from newsledger.extract.timeline import PATTERNS
from newsledger.ids import article_id
from newsledger.parse import parse_article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_e93990c706c29f3f.txt"


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    parsed = parse_article(text)
    spans = [ParagraphSpan(p.char_start, p.char_end) for p in parsed.paragraphs]
    (docs,) = parse_articles([(article_id(text), text, spans)])
    found = extract_entities(docs, parsed.head.author)
    return docs, found


def test_needles_of_patterns():
    assert needles(r"(?<!security )(?<!legitimate )\bconcern(?:ed)?\b") == {"concern"}
    assert needles(r"\bworr(?:y|ied)\b") == {"worr"}
    assert needles(r"\b(?:grim|precarious)\b") == {"grim", "precarious"}
    assert needles(r"\btroubl(?:ed|ing)\b|\bdeeply trouble\b") == {"troubl", "deeply trouble"}
    assert needles(r"\b(?:a|b)?c+") == {"c"}
    # Nothing every match must hold: searched always.
    assert needles(r"\b(?:foo)?\d+") is None
    assert needles(r"foo|\d+") is None
    assert needles(re.compile("foo", re.IGNORECASE)) is None
    assert needles(r"(?i:foo)bar") == {"bar"}
    assert needles(r"(?i)foo") is None
    assert needles(r"[^a]") is None


def test_without_the_interpreters_pattern_parser_every_pattern_is_searched(monkeypatch):
    """The parser is CPython's private module: were it gone or changed, no pattern may
    be skipped."""
    import newsledger.extract.needles as module

    monkeypatch.setattr(module, "sre_parse", None)
    assert needles(r"\bworr(?:y|ied)\b") is None

    class Changed:
        @staticmethod
        def parse(source, flags):
            raise AttributeError("state")

    monkeypatch.setattr(module, "sre_parse", Changed)
    assert needles(r"\bworr(?:y|ied)\b") is None


def test_needles_never_skip_a_match(seed):
    """Every stance and date pattern that matches a sentence of the seed article, or of a
    lexicon example, finds one of its needles in it."""
    docs, _ = seed
    lemma_texts = [lemma_string(s)[0] for d in docs.docs for s in d.sents]
    raw_texts = [s.text for d in docs.docs for s in d.sents]
    # The stance patterns' own words as text, so that each of them matches somewhere.
    samples = [p.replace("\\b", "").replace("(?:", "").replace(")", "") for p in (
        pattern.pattern for pattern, _, _ in _stance_patterns())]  # fmt: skip
    for pattern, words, _ in _stance_patterns():
        for text in lemma_texts + samples:
            if pattern.search(text):
                assert words is None or any(w in text for w in words), (pattern.pattern, text)
    for _, pattern in PATTERNS:
        words = needles(pattern)
        for text in raw_texts + ["On 3 March 2022, and in the mid-1990s, yesterday"]:
            if pattern.search(text):
                assert words is None or any(w in text for w in words), (pattern.pattern, text)
    assert sum(1 for s in lexicon()["stances"].values() for _ in s) == len(_stance_patterns())


def test_mentions_in_matches_the_scan(seed):
    docs, found = seed
    ctx = ArticleContext(docs, found.mentions, found.entities, [], None)
    assert ctx.mentions
    ends = [m["char_end"] for m in ctx.mentions]
    for start in range(0, len(docs.text) + 5, 3):
        for width in (1, 4, 17, 60):
            end = start + width
            scan = [
                m
                for m, e in zip(ctx.mentions, ends, strict=True)
                if m["char_start"] < end and e > start
            ]
            assert ctx.mentions_in(start, end) == scan


def test_sentences_starting_matches_the_scan(seed):
    docs, found = seed
    ctx = ArticleContext(docs, found.mentions, found.entities, [], None)
    for lo, hi in ctx.paragraphs:
        assert ctx.sentences_starting(lo, hi) == [
            s for s in ctx.sentences if lo <= ctx.start(s) < hi
        ]


def test_role_at_matches_every_length(seed):
    docs, _ = seed
    st = ArticleState(docs)
    patterns = role_patterns()

    def scan(p, start, end, at_end):
        folded = st.folded[p]
        end = min(end, len(folded))
        for n in range(min(role_max_len(), end - start), 0, -1):
            s, e = (end - n, end) if at_end else (start, start + n)
            if (hit := patterns.get(tuple(folded[s:e]))) is not None:
                return (s, e, hit[0], hit[1])
        return None

    found = 0
    for p, folded in enumerate(st.folded):
        n = len(folded)
        for start in range(-2, n + 1):
            for end in (start - 1, start + 1, start + 3, n, n + 2):
                for at_end in (False, True):
                    r = role_at(st, p, start, end, at_end)
                    got = None if r is None else (r.start, r.end, r.role, r.plural)
                    assert got == scan(p, start, end, at_end), (p, start, end, at_end)
                    found += r is not None
    assert found  # the seed names roles


def test_state_body_cache_answers_as_the_scan():
    names = ["Ministry of Defence", "Foreign Office", "Police", "Army", "Interior Ministry"]
    for name in names:
        for iso3 in ("GBR", "PAK", "IRQ", "UKR", "RUS", "XXX"):
            assert ref.state_body(name, iso3) == ref.state_body.__wrapped__(name, iso3)


def test_org_second_word_filter_finds_what_every_candidate_finds(seed, monkeypatch):
    """The reference component passes over an alias whose second word is not there; trying
    every alias that starts at a word finds the same organizations, in the same order."""
    docs, _ = seed
    comp = load_nlp().get_pipe(COMPONENT)
    unfiltered = {
        first: [(pat, None, False) for pat, _, _ in pats]
        for first, pats in comp._org_by_first.items()
    }
    texts = [d.text for d in docs.docs] + [
        "The self-proclaimed Donetsk People's Republic and the Ukrainian Ministry of Defence",
        "Russia's Ministry of Foreign Affairs and the U.N. Security Council said",
    ]
    found = 0
    for doc in (load_nlp().make_doc(t) for t in texts):
        folded = [ref.fold(t.text) for t in doc]
        gaz = comp._gazetteer_matches(doc, folded)
        filtered = comp._org_matches(folded, gaz)
        with monkeypatch.context() as m:
            m.setattr(comp, "_org_by_first", unfiltered)
            assert comp._org_matches(folded, gaz) == filtered
        found += len(filtered)
    assert found


def test_mention_at_is_the_first_overlapping_mention(seed):
    docs, found = seed
    ctx = ArticleContext(docs, found.mentions, found.entities, [], None)
    hits = 0
    for tok in ctx.tokens:
        listed = ctx.mentions_in(ctx.start(tok), ctx.end(tok))
        assert ctx.mention_at(tok) is (listed[0] if listed else None)
        hits += bool(listed)
    assert hits


def test_ref_spans_read_once_are_the_doc_s(seed):
    docs, _ = seed
    st = ArticleState(docs)

    def key(spans):
        return [(s.start, s.end, s.label_, s.id_) for s in spans]

    for _ in range(2):
        for p, doc in enumerate(st.docs):
            got = st.ref_spans(p)
            assert key(got) == key(doc.spans.get("newsledger_ref", []))
            got.clear()  # the caller's copy: the next read is whole
    assert any(st.ref_spans(p) for p in range(len(st.docs)))
