"""The per-article state every entity step reads and extends.

:class:`ArticleState` holds the parsed paragraphs, the mentions found so far and the
entities they point at; the steps (:mod:`.collect`, :mod:`.places`, :mod:`.people`,
:mod:`.roles`, :mod:`.pronouns`) are functions that take it and add to it. Entities are
registered through :meth:`ArticleState.country`, :meth:`~ArticleState.place` and
:meth:`~ArticleState.org`, which create each one once and return its ID.

Mentions may nest when they name different entities: 'Azerbaijani army' is a mention of the
Azerbaijani Armed Forces and 'Azerbaijani' inside it one of Azerbaijan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from newsledger.extract import reference as ref
from newsledger.extract.components import COMPONENT, SPAN_KEY, doc_text
from newsledger.extract.nlp import ArticleDocs, load_nlp
from newsledger.ids import entity_id

DETS = {"the", "a", "an"}
COUNTRY_LABELS = {"COUNTRY_NAME", "COUNTRY_DEMONYM", "COUNTRY_CAPITAL"}


@dataclass
class Mention:
    para: int
    start: int  # token index in the paragraph doc
    end: int
    entity_id: str
    kind: str  # name | demonym | metonym | title | pronoun
    char_start: int = 0  # article offsets, set by ArticleState.add
    char_end: int = 0


@dataclass
class Entity:
    entity_id: str
    entity_type: str
    canonical_name: str
    country_code: str | None = None
    place: ref.Place | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    aliases: set[str] = field(default_factory=set)


def country_entity(iso3: str) -> Entity:
    """The entity of a country, from the reference data."""
    c = ref.country(iso3)
    return Entity(
        entity_id("COUNTRY", iso3),
        "COUNTRY",
        c.name if c else iso3,
        iso3,
        latitude=c.latitude if c else None,
        longitude=c.longitude if c else None,
        geo_precision=3,
    )


@dataclass
class RoleSpan:
    start: int
    end: int
    role: ref.Role
    plural: bool = False  # 'photographers A and B', 'one of his deputies'


class ArticleState:
    """One article's docs, and the entities, mentions and roles found in it so far."""

    def __init__(self, article: ArticleDocs) -> None:
        self.article = article
        self.text = article.text
        self.docs = [self._ensure_component(d) for d in article.docs]
        self.offsets = article.offsets
        sents = list(article.sentences())
        self.sent_starts = [s for s, _, _ in sents]
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.roles: list[dict] = []
        self.used_roles: set[tuple[int, int]] = set()  # (para, token) consumed by persons
        self.outlet_tokens: set[tuple[int, int]] = set()  # (para, token) of a byline's outlet
        self.outlets: set[str] = set()  # organizations credited as the article's outlets
        self.credited: set[tuple[int, int]] = set()  # (para, start) of names a credit line gives
        # ... and the work it credits them with, where it says: "photographer", "editor"
        self.credit_roles: dict[tuple[int, int], str] = {}
        # (para, start, end, keep) of state bodies named without their state ('the
        # Ministry of Defence'): the dateline's state, once the dateline is known; with
        # keep, a body by its own words when there is none.
        self.unowned_bodies: list[tuple[int, int, int, bool]] = []
        # Places of a dateline alone on a line of the head, which has no doc of its own.
        self.head_dateline: list[str] = []
        # The paragraph a wire dateline opens: the first, or the one after a time stamp.
        self.dateline_para = 0
        # The state the dateline files the article from, once the dateline is read.
        self.home_state: str | None = None
        # The state of the dateline in capitals opening each paragraph, if one does.
        self.entry_states: dict[int, str | None] = {}
        # The countries the article names; a capital hints its country as a place too
        # ("the capital Tbilisi").
        named = Counter(
            s.id_.split(":", 1)[1]
            for d in self.docs
            for s in d.spans.get(SPAN_KEY, [])
            if s.label_ in ("COUNTRY_NAME", "COUNTRY_DEMONYM", "COUNTRY_CAPITAL")
        )
        self.hint_countries: set[str] = set(named)
        # The countries the article is mostly about: the two it names most, twice or more.
        self.core_countries: frozenset[str] = frozenset(
            c for c, n in named.most_common(2) if n >= 2
        )
        self.folded: list[list[str]] = [[ref.key(t.text) for t in d] for d in self.docs]
        self._ref_spans: dict[int, list[Span]] = {}
        self.person_words: set[str] | None = None  # words of full person names, on demand
        self.titled_names: set[str] | None = None  # names after a title in ORG spans, on demand
        # Words the article writes in lower case: 'war' makes a capitalised 'War' no name.
        self.lower_words: frozenset[str] = frozenset(
            t.text for d in self.docs for t in d if t.is_lower and t.is_alpha
        )

    @staticmethod
    def _ensure_component(doc: Doc) -> Doc:
        # Docs parsed without the component (older DocBins) get it now: cheap, no reparse.
        if SPAN_KEY not in doc.spans:
            load_nlp().get_pipe(COMPONENT)(doc)
        return doc

    # -- registry ----------------------------------------------------------------------

    def add(self, m: Mention) -> None:
        doc, off = self.docs[m.para], self.offsets[m.para]
        span = doc[m.start : m.end]
        m.char_start, m.char_end = off + span.start_char, off + span.end_char
        self.mentions.append(m)

    def country(self, iso3: str) -> str:
        eid = entity_id("COUNTRY", iso3)
        if eid not in self.entities:
            self.entities[eid] = country_entity(iso3)
        return eid

    def place(self, place: ref.Place, *, hint: bool = True) -> str:
        eid = place.entity_id
        if place.country_code and hint:
            # Later names are read in the light of earlier places: "Batumi,
            # Kutaisi and Poti" are all in Georgia.
            self.hint_countries.add(place.country_code)
        if eid not in self.entities:
            self.entities[eid] = Entity(
                eid,
                "PLACE",
                place.name,
                place.country_code,
                place=place,
                latitude=place.latitude,
                longitude=place.longitude,
                geo_precision=place.geo_precision,
            )
        return eid

    def lookup_place(self, text: str, **options: Any) -> ref.Place | None:
        """:func:`ref.lookup_place` with this article's countries as hints."""
        return ref.lookup_place(
            text, countries=self.hint_countries, core=self.core_countries, **options
        )

    def org(self, org: ref.Org) -> str:
        if org.entity_id not in self.entities:
            self.entities[org.entity_id] = Entity(
                org.entity_id, "ORG", org.canonical_name, org.country_code
            )
        self.entities[org.entity_id].aliases.update(org.aliases)
        return org.entity_id

    # -- the component's reference spans ----------------------------------------------------

    def ref_spans(self, para: int) -> list[Span]:
        # Read from the doc once per paragraph: the span group makes its Span objects
        # anew on every read, and the rules ask for them once per name.
        if (spans := self._ref_spans.get(para)) is None:
            spans = self._ref_spans[para] = list(self.docs[para].spans.get(SPAN_KEY, []))
        return list(spans)

    def country_span_at(
        self, para: int, start: int, labels: Iterable[str] = COUNTRY_LABELS
    ) -> Span | None:
        """The longest country span the component found from token ``start``:
        'Guinea-Bissau', not the 'Guinea' inside it."""
        found = [s for s in self.ref_spans(para) if s.start == start and s.label_ in labels]
        return max(found, key=lambda s: s.end, default=None)

    def ref_label(self, para: int, start: int, end: int) -> str | None:
        for s in self.ref_spans(para):
            if s.start == start and s.end == end and s.label_ in COUNTRY_LABELS:
                return s.label_
        return None


def core(span: Span) -> tuple[int, int]:
    """Token range of a span without leading articles, a trailing possessive or
    punctuation, or anything after a colon or an opening bracket."""
    start, end = span.start, span.end
    doc = span.doc
    # A sentence adverb the model ran into the name: "Later PM Desta", "Meanwhile Gen. Ruiz".
    while end - start > 1 and doc[start].tag_ in ("RB", "RBR") and doc[start].is_sent_start:
        start += 1
    while end - start > 1 and doc[start].lower_ in DETS:
        start += 1
    # A label the model ran into the sentence after it: "Organisation of Islamic
    # Cooperation: The Jeddah-based body": the name ends at the colon.
    end = next((i for i in range(start + 1, end) if doc[i].text == ":"), end)
    # ... and at an opening bracket: 'Line of Control (LoC': the acronym is its own mention.
    end = next((i for i in range(start + 1, end) if doc[i].text == "("), end)
    while end - start > 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return start, end


def reference_backed(e: Entity) -> bool:
    """Is the entity known to the reference data (not only to this article's text)?"""
    if e.entity_type == "PLACE":
        return e.place is not None and e.place.source != "article text"
    if e.entity_type == "ORG":
        return e.entity_id in ref.org_registry()
    return e.entity_type == "COUNTRY"


# A page's list of its topics: "Tags: Croatia, Airspace, NOTAM", or "Topics" over the list.
_TAG_LINE_RE = re.compile(r"(?:tags|topics|related topics|filed under|keywords)[ \t]*:", re.I)
_TAG_HEAD_RE = re.compile(r"(?:tags|topics|related topics|keywords)[ \t]*", re.I)


def tag_line_names(st: ArticleState) -> None:
    """Drop what only a page's topic list names, unless the references know it: 'Airspace'
    and a team's nickname there are labels, not places or people."""
    tagged: set[tuple[int, int]] = set()  # (paragraph, token)
    for p, doc in enumerate(st.docs):
        lo, under_head = 0, False
        for line in doc_text(doc).split("\n"):
            if _TAG_LINE_RE.match(line) or under_head:
                span = doc.char_span(lo, lo + len(line), alignment_mode="expand")
                tagged.update((p, t.i) for t in span or ())
            under_head = _TAG_HEAD_RE.fullmatch(line.strip()) is not None
            lo += len(line) + 1
    if not tagged:
        return

    def in_tags(m: Mention) -> bool:
        return (m.para, m.start) in tagged

    elsewhere = {m.entity_id for m in st.mentions if not in_tags(m)}
    st.mentions = [
        m
        for m in st.mentions
        if not in_tags(m) or m.entity_id in elsewhere or reference_backed(st.entities[m.entity_id])
    ]


def home_state_at(st: ArticleState, p: int) -> str | None:
    """The state paragraph ``p`` is filed from: that of the last dateline in capitals
    opening a paragraph up to it, as each entry of a live page has its own ("PHNOM PENH,
    Cambodia (AP) — ..."), else the article's dateline's."""
    for q in range(p, -1, -1):
        if q not in st.entry_states:
            st.entry_states[q] = _opening_dateline_state(st, q)
        if st.entry_states[q] is not None:
            return st.entry_states[q]
    return st.home_state


def _opening_dateline_state(st: ArticleState, p: int) -> str | None:
    """The state of a dateline in capitals that opens paragraph ``p``."""
    doc = st.docs[p]
    # The city in capitals, up to the comma before its state or the stop after it.
    city = 0
    while city < len(doc) and doc[city].is_alpha and doc[city].is_upper:
        city += 1
    if city == 0 or city >= len(doc):
        return None
    for m in st.mentions:
        if m.para != p or not dateline_stop(doc, m.end):
            continue
        entity = st.entities[m.entity_id]
        at_city = m.start == 0 and m.end == city and entity.entity_type == "PLACE"
        after_comma = doc[city].text == "," and m.start == city + 1
        if at_city or (after_comma and entity.entity_type == "COUNTRY"):
            return entity.country_code
    return None


def dateline_stop(doc: Doc, i: int) -> bool:
    """Does a dateline's place end at token ``i`` ('Kabul,', 'KABUL (Nordwire)', 'Kabul -')
    rather than act in a sentence ('Kabul said')?"""
    return i < len(doc) and doc[i].text in (",", "(", "-", "\u2013", "\u2014", ":")
