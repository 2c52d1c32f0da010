"""Entity mentions, per-article entity facts and person roles from parsed articles.

Input is an article parsed by :func:`newsledger.nlp.parse_articles`, whose pipeline ends with
:mod:`newsledger.components` (reference-data corrections of the NER); nothing is parsed again.

Resolution, in order:

- Countries: names and aliases are ``name`` mentions, demonyms ``demonym`` mentions
  ('Azerbaijanis'), capitals used for their government ``metonym`` mentions ('Ankara
  reiterated'); a capital that is only where something happens ('born in Baku') is a place.
- Places: curated gazetteer first, then GeoNames (countries named in the article break ties,
  then population); a cue word sets the kind ('the town of X', 'X and Y districts') and every
  item of a list after a cue ('the villages of A, B and C') is a place even when the model
  and the gazetteer miss it.
- Organizations: named aliases and country templates (``org_aliases.csv``); other model ORG
  spans keep their own name unless they are generic ('Security Council').
- People: full names from the model; surname-only mentions and transliteration variants
  ('Aliev' for 'Ilham Aliyev') join the full name of the same article by token match, then by
  rapidfuzz similarity of the anyascii forms. 'he'/'his' join the nearest preceding person.
- Roles: from the words around a name, with ``roles.csv``: premodifiers ('Russian Foreign
  Minister Sergey Lavrov'), a leading apposition ('The representative of the Ministry of
  Defense of Armenia, Artsrun Hovhannisyan,') or a trailing one ('Petro Poroshenko, president
  of Ukraine'). Ranks become the title ('Colonel Lieutenant' -> 'Lieutenant Colonel').
- Title-only mentions ('the Turkish president' with no name): a mention of kind ``title``
  whose entity is the country the title belongs to; no person entity is invented.

Mentions may nest when they name different entities: 'Azerbaijani army' is a mention of the
Azerbaijani Armed Forces and 'Azerbaijani' inside it one of Azerbaijan. No two mentions share
the same offsets (``mention_id`` is keyed by them).

Entity rows: countries have ``place_kind`` 'country', their centroid and ``geo_precision`` 3;
places take kind, admin1/admin2, coordinates and precision from the reference (see
``seeds/reference/README.md``); people and organizations have no place fields. ``person_roles``
rows carry, beside the contract columns, ``role_normalized`` (the roles.csv form: 'Defence
Minister' -> 'Defense Minister').
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from newsledger import reference as ref
from newsledger.components import COMPONENT, SPAN_KEY
from newsledger.ids import entity_id, row_id
from newsledger.nlp import ArticleDocs, load_nlp

MENTION_COLUMNS = [
    "mention_id",
    "article_id",
    "sentence_id",
    "entity_id",
    "surface",
    "mention_kind",
    "char_start",
    "char_end",
]
ENTITY_COLUMNS = [
    "entity_id",
    "entity_type",
    "canonical_name",
    "country_code",
    "place_kind",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "geo_precision",
    "aliases",
]
ROLE_COLUMNS = [
    "article_id",
    "person_id",
    "title",
    "role",
    "role_normalized",
    "org_id",
    "country_code",
]

# Cue words that give the kind of the place names next to them.
PLACE_CUES = {
    "village": "village",
    "villages": "village",
    "settlement": "village",
    "settlements": "village",
    "hamlet": "village",
    "town": "town",
    "towns": "town",
    "city": "city",
    "cities": "city",
    "district": "district",
    "districts": "district",
    "rayon": "district",
    "raion": "district",
    "region": "region",
    "regions": "region",
    "province": "region",
    "oblast": "region",
    "mountain": "mountain",
    "mountains": "mountain",
}
# A capital governed by one of these prepositions is a location, unless the phrase is about
# people who act for the state ('authorities in Baku').
LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "to",
    "into",
    "from",
    "outside",
    "around",
    "toward",
    "towards",
}
GOVERNMENT_NOUNS = {
    "authorities",
    "authority",
    "officials",
    "official",
    "government",
    "leadership",
    "regime",
    "administration",
    "diplomats",
    "sources",
    "leaders",
}
PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
PRONOUN_PARAGRAPH_WINDOW = 2  # a pronoun refers to a person named at most this far back
SURNAME_SIMILARITY = 85  # rapidfuzz ratio, anyascii lower case: 'aliev' vs 'aliyev' is 91
FULL_NAME_SIMILARITY = 88
_DETS = {"the", "a", "an"}
# Endings of ethnic and linguistic adjectives the model tags ORG ('Turkic', 'Slavic').
_ADJECTIVE_ENDINGS = ("ic", "ian", "ean", "ese", "ish")
_CHAIN_WORDS = {"the", "of", "for", "'s", "’s"}
_COUNTRY_LABELS = {"COUNTRY_NAME", "COUNTRY_DEMONYM", "COUNTRY_CAPITAL"}


@dataclass
class ArticleEntities:
    mentions: list[dict]
    entities: list[dict]
    person_roles: list[dict]


@dataclass
class _Mention:
    para: int
    start: int  # token index in the paragraph doc
    end: int
    entity_id: str
    kind: str  # name | demonym | metonym | title | pronoun
    char_start: int = 0  # article offsets, set by _Extractor._add
    char_end: int = 0


@dataclass
class _Entity:
    entity_id: str
    entity_type: str
    canonical_name: str
    country_code: str | None = None
    place: ref.Place | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass
class _RoleSpan:
    start: int
    end: int
    role: ref.Role


@lru_cache(maxsize=1)
def _role_patterns() -> dict[tuple[str, ...], ref.Role]:
    """roles.csv surfaces as lower-case folded token tuples (spaCy's English tokenizer)."""
    tok = spacy.blank("en").tokenizer
    out: dict[tuple[str, ...], ref.Role] = {}
    for r in ref.load_roles():
        out.setdefault(tuple(ref.key(t.text) for t in tok(r.surface)), r)
    return out


@lru_cache(maxsize=1)
def _role_max_len() -> int:
    return max(len(k) for k in _role_patterns())


# Spelling pairs that English transliterations of the same name swap (Aliyev/Aliev,
# Sergey/Sergei, Shoigu/Shoygu, Zelenskyy/Zelenskiy): folded to one form before comparing.
_TRANSLIT = (("kh", "h"), ("zh", "j"), ("ts", "c"), ("tz", "c"), ("ks", "x"), ("w", "v"),
             ("ou", "u"), ("ey", "i"), ("ei", "i"), ("iy", "i"), ("yi", "i"), ("y", "i"),
             ("ie", "i"))  # fmt: skip


def _skeleton(name: str) -> str:
    s = ref.key(name)
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    # Doubled letters carry no information across transliterations.
    return "".join(ch for i, ch in enumerate(s) if i == 0 or ch != s[i - 1])


def _sim(a: str, b: str) -> float:
    """Similarity of two names, 0-100: the better of plain and transliteration-folded forms."""
    return max(fuzz.ratio(ref.key(a), ref.key(b)), fuzz.ratio(_skeleton(a), _skeleton(b)))


class _Extractor:
    def __init__(self, article: ArticleDocs) -> None:
        self.article = article
        self.text = article.text
        self.docs = [self._ensure_component(d) for d in article.docs]
        self.offsets = article.offsets
        sents = list(article.sentences())
        self.sent_starts = [s for s, _, _ in sents]
        self.entities: dict[str, _Entity] = {}
        self.mentions: list[_Mention] = []
        self.roles: list[dict] = []
        self.used_roles: set[tuple[int, int]] = set()  # (para, token) consumed by persons
        self.hint_countries: set[str] = {
            s.id_.split(":", 1)[1]
            for d in self.docs
            for s in d.spans.get(SPAN_KEY, [])
            if s.label_ in ("COUNTRY_NAME", "COUNTRY_DEMONYM")
        }
        self._folded: list[list[str]] = [[ref.key(t.text) for t in d] for d in self.docs]

    @staticmethod
    def _ensure_component(doc: Doc) -> Doc:
        # Docs parsed without the component (older DocBins) get it now: cheap, no reparse.
        if SPAN_KEY not in doc.spans:
            load_nlp().get_pipe(COMPONENT)(doc)
        return doc

    # -- registry ----------------------------------------------------------------------

    def _add(self, m: _Mention) -> None:
        doc, off = self.docs[m.para], self.offsets[m.para]
        span = doc[m.start : m.end]
        m.char_start, m.char_end = off + span.start_char, off + span.end_char
        self.mentions.append(m)

    def _country(self, iso3: str) -> str:
        eid = entity_id("COUNTRY", iso3)
        if eid not in self.entities:
            c = ref.country(iso3)
            self.entities[eid] = _Entity(
                eid,
                "COUNTRY",
                c.name if c else iso3,
                iso3,
                latitude=c.latitude if c else None,
                longitude=c.longitude if c else None,
                geo_precision=3,
            )
        return eid

    def _place(self, place: ref.Place) -> str:
        eid = place.entity_id
        if eid not in self.entities:
            self.entities[eid] = _Entity(
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

    def _org(self, org: ref.Org) -> str:
        if org.entity_id not in self.entities:
            self.entities[org.entity_id] = _Entity(
                org.entity_id, "ORG", org.canonical_name, org.country_code
            )
        return org.entity_id

    # -- helpers -----------------------------------------------------------------------

    def _ref_spans(self, para: int) -> list[Span]:
        return list(self.docs[para].spans.get(SPAN_KEY, []))

    def _ref_label(self, para: int, start: int, end: int) -> str | None:
        for s in self._ref_spans(para):
            if s.start == start and s.end == end and s.label_ in _COUNTRY_LABELS:
                return s.label_
        return None

    @staticmethod
    def _core(span: Span) -> tuple[int, int]:
        start, end = span.start, span.end
        doc = span.doc
        while end - start > 1 and doc[start].lower_ in _DETS:
            start += 1
        while end - start > 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        return start, end

    def _kind_cue(self, doc: Doc, start: int, end: int) -> str | None:
        if end < len(doc) and doc[end].lower_ in PLACE_CUES:
            return PLACE_CUES[doc[end].lower_]
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_CUES:
            return PLACE_CUES[doc[start - 2].lower_]
        return None

    def _resolve_place(self, text: str, kind: str | None) -> ref.Place | None:
        place = ref.lookup_place(text, countries=self.hint_countries, kind=kind)
        if kind in ("region", "district") and (place is None or place.place_kind != kind):
            # 'the region of Donetsk' is the curated 'Donetsk region', not the city.
            for suffix in (kind, "Oblast" if kind == "region" else "District"):
                alt = ref.lookup_place(f"{text} {suffix}", geonames=False)
                if alt:
                    return alt
        return place

    def _capital_is_place(self, span: Span) -> bool:
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPS:
            return False
        governor = root.head.head
        return governor.lower_ not in GOVERNMENT_NOUNS

    # -- pass 1: entities of doc.ents ----------------------------------------------------

    def collect_ents(self) -> list[tuple[int, Span]]:
        persons: list[tuple[int, Span]] = []
        for p, doc in enumerate(self.docs):
            org_ranges: list[tuple[int, int, str]] = []
            for ent in doc.ents:
                eid = ent.id_
                if eid.startswith("country:"):
                    self._country_ent(p, ent)
                elif eid.startswith("place:"):
                    place = ref.curated_place(eid)
                    cue = self._kind_cue(doc, ent.start, ent.end)
                    if place and cue and cue != place.place_kind:
                        place = self._resolve_place(ent.text, cue) or place
                    if place:
                        self._add(_Mention(p, ent.start, ent.end, self._place(place), "name"))
                elif eid.startswith("org:"):
                    org = ref.org_registry().get(eid)
                    if org:
                        self._add(_Mention(p, ent.start, ent.end, self._org(org), "name"))
                        org_ranges.append((ent.start, ent.end, org.entity_id))
                elif ent.label_ == "PERSON":
                    persons.append((p, ent))
                elif ent.label_ == "ORG":
                    oid = self._unknown_org(p, ent)
                    if oid:
                        org_ranges.append((ent.start, ent.end, oid))
                elif ent.label_ in ("GPE", "LOC", "FAC"):
                    self._other_place(p, ent)
            self._nested(p, org_ranges)
        return persons

    def _country_ent(self, p: int, ent: Span) -> None:
        iso3 = ent.id_.split(":", 1)[1]
        label = self._ref_label(p, ent.start, ent.end) or "COUNTRY_NAME"
        if label == "COUNTRY_CAPITAL":
            if self._capital_is_place(ent):
                place = ref.lookup_place(ent.text, countries=[iso3], curated=False)
                if place and place.country_code == iso3:
                    self._add(_Mention(p, ent.start, ent.end, self._place(place), "name"))
                    return
            self._add(_Mention(p, ent.start, ent.end, self._country(iso3), "metonym"))
            return
        kind = "demonym" if label == "COUNTRY_DEMONYM" else "name"
        self._add(_Mention(p, ent.start, ent.end, self._country(iso3), kind))

    def _unknown_org(self, p: int, ent: Span) -> str | None:
        start, end = self._core(ent)
        span = ent.doc[start:end]
        text = span.text
        if self._inside_role(p, start, end):
            return None  # 'State' of 'Secretary of State' is part of a title
        index = ref.org_name_index()
        k = ref.key(text)
        if k in index:
            org = index[k]
            if org is None:
                return None  # generic: 'Security Council' alone names no one entity
        elif not text[:1].isupper() or any(t.like_num for t in span) or len(span) > 10:
            return None
        elif len(span) == 1 and (
            span[0].tag_ == "JJ"
            or span[0].dep_ == "amod"
            or (span[0].dep_ == "compound" and span[0].lower_.endswith(_ADJECTIVE_ENDINGS))
        ):
            return None  # an adjective ('the brotherly Turkic nation') names no organization
        else:
            countries = {
                s.id_.split(":", 1)[1]
                for s in self._ref_spans(p)
                if s.label_ in ("COUNTRY_NAME", "COUNTRY_DEMONYM")
                and start <= s.start
                and s.end <= end
            }
            iso3 = next(iter(countries)) if len(countries) == 1 else None
            org = ref.Org(entity_id("ORG", text), text, iso3)
        oid = self._org(org)
        self._add(_Mention(p, start, end, oid, "name"))
        return oid

    def _other_place(self, p: int, ent: Span) -> None:
        doc = ent.doc
        start, end = self._core(ent)
        text = doc[start:end].text
        if ref.lookup_country(text):
            return  # a country the component left unlabelled (inside another span)
        cue = self._kind_cue(doc, start, end)
        if end - start == 1 and start and doc[start - 1].lower_ == "the" and not cue:
            # 'into the North', 'the South retaliated': a common noun, not a town's name.
            place = ref.lookup_place(text, geonames=False)
        else:
            place = self._resolve_place(text, cue)
        if place is None:
            if ent.label_ != "GPE" or not text[:1].isupper():
                return
            place = self._unknown_place(text, cue, p, start)
        self._add(_Mention(p, start, end, self._place(place), "name"))

    def _unknown_place(self, text: str, kind: str | None, p: int, tok: int) -> ref.Place:
        """A place no reference knows; its country is the one all known places around share."""
        doc = self.docs[p]
        sent = doc[tok].sent
        around = {
            e.country_code
            for m in self.mentions
            if m.para == p and sent.start <= m.start < sent.end
            for e in [self.entities[m.entity_id]]
            if e.entity_type == "PLACE" and e.country_code
        }
        return ref.Place(
            key=text,
            name=text,
            variants=(),
            place_kind=kind,
            country_code=around.pop() if len(around) == 1 else None,
            admin1=None,
            admin2=None,
            latitude=None,
            longitude=None,
            geonameid=None,
            source="article text",
        )

    def _nested(self, p: int, containers: list[tuple[int, int, str]]) -> None:
        """Countries and places named inside an organization's name."""
        emitted: set[int] = set()
        spans = sorted(self._ref_spans(p), key=lambda s: (s.start - s.end, s.start))
        for s in spans:
            if s.label_ not in ("COUNTRY_NAME", "COUNTRY_DEMONYM", "PLACE"):
                continue
            if emitted.intersection(range(s.start, s.end)):
                continue  # 'Karabakh' inside 'Nagorno-Karabakh' inside an org name
            for start, end, _ in containers:
                if start <= s.start and s.end <= end and (s.start, s.end) != (start, end):
                    if s.label_ == "PLACE":
                        place = ref.curated_place(s.id_)
                        if place is None:
                            break
                        eid, kind = self._place(place), "name"
                    else:
                        eid = self._country(s.id_.split(":", 1)[1])
                        kind = "demonym" if s.label_ == "COUNTRY_DEMONYM" else "name"
                    self._add(_Mention(p, s.start, s.end, eid, kind))
                    emitted.update(range(s.start, s.end))
                    break

    # -- pass 2: places in lists after a cue ----------------------------------------------

    def place_lists(self) -> None:
        for p, doc in enumerate(self.docs):
            for i, tok in enumerate(doc):
                kind = PLACE_CUES.get(tok.lower_)
                if not kind:
                    continue
                plural = tok.lower_ != tok.lemma_.lower() or tok.tag_ == "NNS"
                items: list[tuple[int, int]] = []
                if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
                    # 'the city of X', 'the villages of A, B and C'
                    items = self._list_after(doc, i + 2)[: None if plural else 1]
                elif plural:
                    # 'Fuzuli and Jabrayil districts'
                    items = self._list_before(doc, i)
                for start, end in items:
                    self._list_item(p, start, end, kind)

    @staticmethod
    def _name_run(doc: Doc, i: int, step: int) -> int:
        """Index past the run of capitalized tokens from i (hyphens inside names allowed)."""
        j = i
        while 0 <= j < len(doc) and (doc[j].is_title or doc[j].is_upper or doc[j].text == "-"):
            if doc[j].text == "-" and not (0 <= j + step < len(doc) and doc[j + step].is_title):
                break
            j += step
        return j

    def _list_after(self, doc: Doc, i: int) -> list[tuple[int, int]]:
        items = []
        while i < len(doc):
            end = self._name_run(doc, i, 1)
            if end == i:
                break
            items.append((i, end))
            j = end
            if j < len(doc) and doc[j].text == ",":
                j += 1
            if j < len(doc) and doc[j].lower_ in ("and", "or"):
                j += 1
            if j == end:
                break
            i = j
        return items

    def _list_before(self, doc: Doc, cue: int) -> list[tuple[int, int]]:
        items = []
        i = cue - 1
        while i >= 0:
            start = self._name_run(doc, i, -1) + 1
            if start > i:
                break
            items.append((start, i + 1))
            j = start - 1
            if j >= 0 and doc[j].lower_ in ("and", "or"):
                j -= 1
            if j >= 0 and doc[j].text == ",":
                j -= 1
            if j == start - 1:
                break
            i = j
        return items if len(items) >= 2 else []

    def _list_item(self, p: int, start: int, end: int, kind: str) -> None:
        overlapping = [m for m in self.mentions if m.para == p and m.start < end and start < m.end]
        for m in overlapping:
            if self._reference_backed(self.entities[m.entity_id]):
                return  # a known country, place or organization stays what it is
        # The model called a listed village a person or an organization, or ran two list
        # items together ('Zarvandi, Pelkor Dash' as one ORG): its guesses give way.
        for m in overlapping:
            self.mentions.remove(m)
        doc = self.docs[p]
        text = doc[start:end].text
        place = self._resolve_place(text, kind)
        if place is None or (place.place_kind and place.place_kind != kind):
            place = self._unknown_place(text, kind, p, start)
        self._add(_Mention(p, start, end, self._place(place), "name"))

    @staticmethod
    def _reference_backed(e: _Entity) -> bool:
        if e.entity_type == "PLACE":
            return e.place is not None and e.place.source != "article text"
        if e.entity_type == "ORG":
            return e.entity_id in ref.org_registry()
        return e.entity_type == "COUNTRY"

    # -- pass 3: people ------------------------------------------------------------------

    def _role_at(self, p: int, start: int, end: int, at_end: bool) -> _RoleSpan | None:
        """Longest roles.csv entry within [start, end): ending at ``end`` if ``at_end``, else
        starting at ``start``."""
        folded = self._folded[p]
        patterns = _role_patterns()
        end = min(end, len(folded))
        for n in range(min(_role_max_len(), end - start), 0, -1):
            s, e = (end - n, end) if at_end else (start, start + n)
            role = patterns.get(tuple(folded[s:e]))
            if role:
                return _RoleSpan(s, e, role)
        return None

    def _inside_role(self, p: int, start: int, end: int) -> bool:
        for s0 in range(max(0, start - _role_max_len() + 1), start + 1):
            r = self._role_at(p, s0, len(self._folded[p]), at_end=False)
            if r and r.start <= start and end <= r.end and (r.start, r.end) != (start, end):
                return True
        return False

    def _clean_person(self, p: int, ent: Span) -> tuple[int, int] | None:
        doc = ent.doc
        start, end = self._core(ent)
        # Leading titles ('President Putin') and places ('Crimea Sergey Aksyonov') are not
        # part of the name; a place trimmed off is still a mention of that place.
        while end - start > 1:
            r = self._role_at(p, start, end, at_end=False)
            if r and r.end < end:
                start = r.end
                continue
            lead = [
                s
                for s in self._ref_spans(p)
                if s.start == start and s.end < end and s.label_ in (_COUNTRY_LABELS | {"PLACE"})
            ]
            if lead and end - lead[0].end >= 2:
                s = lead[0]
                if s.label_ == "PLACE" and ref.curated_place(s.id_):
                    eid = self._place(ref.curated_place(s.id_))  # type: ignore[arg-type]
                    self._add(_Mention(p, s.start, s.end, eid, "name"))
                elif s.label_ != "PLACE":
                    self._add(
                        _Mention(p, s.start, s.end, self._country(s.id_.split(":")[1]), "name")
                    )
                start = s.end
                continue
            break
        span = doc[start:end]
        text = span.text
        if not text[:1].isupper() or any(ch.isdigit() for ch in text):
            return None
        if ref.lookup_country(text) or ref.org_name_index().get(ref.key(text)):
            return None
        return start, end

    def _titled_names(self, persons: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
        """Names after a title that the model missed ('Colonel Lieutenant Petro Sydorenko')."""
        found = []
        for p, doc in enumerate(self.docs):
            taken = {i for m in self.mentions if m.para == p for i in range(m.start, m.end)}
            taken |= {i for q, e in persons if q == p for i in range(e.start, e.end)}
            taken |= {i for s in self._ref_spans(p) for i in range(s.start, s.end)}
            for i in range(len(doc)):
                r = self._role_at(p, i, len(doc), at_end=False)
                if not r or r.role.kind == "modifier" or not doc[r.start].is_title:
                    continue
                j = r.end
                if self._role_at(p, j, len(doc), at_end=False):
                    continue  # the title goes on ('Colonel Lieutenant ...')
                k = j
                while k < len(doc) and k - j < 3 and doc[k].is_title and doc[k].tag_ == "NNP":
                    k += 1
                if k - j >= 2 and not taken.intersection(range(j, k)):
                    found.append((p, Span(doc, j, k, label="PERSON")))
                    taken.update(range(j, k))
        return found

    def people(self, persons: list[tuple[int, Span]], author: str | None = None) -> None:
        persons = persons + self._titled_names(persons)
        # A name the place lists turned into a village ('the city of Stepanakert') stays one.
        places = {
            (m.para, i)
            for m in self.mentions
            if self.entities[m.entity_id].entity_type == "PLACE"
            for i in range(m.start, m.end)
        }
        persons = [
            (p, e)
            for p, e in persons
            if not places.intersection((p, i) for i in range(e.start, e.end))
        ]
        cleaned = [(p, c) for p, ent in persons if (c := self._clean_person(p, ent))]
        names = [(p, s, e, self.docs[p][s:e].text) for p, (s, e) in cleaned]
        clusters: list[list[str]] = []  # each: full-name forms, first is canonical
        full_names = [text for _, _, _, text in names]
        if author and len(author.split()) >= 2:
            full_names.insert(0, " ".join(author.split()))  # the byline names a person too
        for text in full_names:
            if len(text.split()) < 2:
                continue
            for cl in clusters:
                if self._same_person(text, cl[0]):
                    cl.append(text)
                    break
            else:
                clusters.append([text])
        for cl in clusters:
            # The fullest form names the person ('Nikol Pashinyan' over 'Nikol').
            order = sorted(enumerate(cl), key=lambda it: (-len(it[1].split()), it[0]))
            cl[:] = [t for _, t in order]
        # A one-word 'person' the article elsewhere calls a place ('hit Tartar and Ganja' ...
        # 'the city of Ganja') is that place.
        places_by_name: dict[str, str] = {}
        for m in self.mentions:
            if self.entities[m.entity_id].entity_type == "PLACE":
                span = self.docs[m.para][m.start : m.end]
                places_by_name.setdefault(ref.key(span.text), m.entity_id)
        for p, s, e, text in names:
            canonical = self._canonical(text, clusters)
            if canonical == text and len(text.split()) == 1 and ref.key(text) in places_by_name:
                self._add(_Mention(p, s, e, places_by_name[ref.key(text)], "name"))
                continue
            eid = entity_id("PERSON", canonical)
            if eid not in self.entities:
                self.entities[eid] = _Entity(eid, "PERSON", canonical)
            self._add(_Mention(p, s, e, eid, "name"))
        self._surname_scan(clusters)
        self._surnames_in_other_ents(clusters)

    def _surnames_in_other_ents(self, clusters: list[list[str]]) -> None:
        """A surname the model tagged ORG or GPE ('Bayramov said') when no reference knows it."""
        for m in self.mentions:
            e = self.entities[m.entity_id]
            if e.entity_type not in ("ORG", "PLACE") or self._reference_backed(e):
                continue
            if m.end - m.start != 1:
                continue
            surface = self.docs[m.para][m.start].text
            canonical = self._canonical(surface, clusters)
            if canonical != surface:
                pid = entity_id("PERSON", canonical)
                if pid not in self.entities:
                    self.entities[pid] = _Entity(pid, "PERSON", canonical)
                m.entity_id = pid

    @staticmethod
    def _same_person(a: str, b: str) -> bool:
        if ref.key(a) == ref.key(b):
            return True
        ta, tb = a.split(), b.split()
        return (
            _sim(ta[-1], tb[-1]) >= FULL_NAME_SIMILARITY
            and (_sim(ta[0], tb[0]) >= 80 or ref.key(ta[0])[:1] == ref.key(tb[0])[:1])
            and len(ta) == len(tb)
        )

    @staticmethod
    def _canonical(text: str, clusters: list[list[str]]) -> str:
        words = text.split()
        for cl in clusters:
            if text in cl:
                return cl[0]
        if len(words) >= 2:
            return text
        k = ref.key(text)
        # Surname, then any name token, then a transliteration-aware similarity.
        for pick in (lambda t: [t.split()[-1]], lambda t: t.split()):
            hits = [cl for cl in clusters if any(ref.key(w) == k for w in pick(cl[0]))]
            if len(hits) == 1:
                return hits[0][0]
        scored = sorted(
            ((_sim(text, cl[0].split()[-1]), i) for i, cl in enumerate(clusters)), reverse=True
        )
        unique_best = scored and (len(scored) == 1 or scored[1][0] < scored[0][0])
        if unique_best and scored[0][0] >= SURNAME_SIMILARITY:
            return clusters[scored[0][1]][0]
        return text

    def _surname_scan(self, clusters: list[list[str]]) -> None:
        """Surnames the model missed ('Aliev also said') that match a person of the article."""
        surnames = {ref.key(cl[0].split()[-1]): cl[0] for cl in clusters}
        if not surnames:
            return
        taken = {(m.para, i) for m in self.mentions for i in range(m.start, m.end)}
        for p, doc in enumerate(self.docs):
            for tok in doc:
                if (p, tok.i) in taken or not tok.is_title or tok.tag_ != "NNP":
                    continue
                if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
                    continue  # part of a longer name
                k = ref.key(tok.text)
                best = max(surnames, key=lambda s: _sim(k, s))
                if k == best or _sim(k, best) >= 90:
                    self._add(
                        _Mention(p, tok.i, tok.i + 1, entity_id("PERSON", surnames[best]), "name")
                    )

    # -- pass 4: roles and titles ------------------------------------------------------------

    def _mention_ending(self, p: int, end: int) -> list[_Mention]:
        return [m for m in self.mentions if m.para == p and m.end == end and m.kind != "title"]

    def _chain_left(self, p: int, end: int, floor: int) -> int:
        """Start of the premodifier chain ending at ``end``: roles, countries, orgs, 'of'."""
        j = end
        while j > floor:
            r = self._role_at(p, floor, j, at_end=True)
            if r and r.start >= floor:
                j = r.start
                continue
            ms = [m for m in self._mention_ending(p, j) if m.start >= floor]
            if ms:
                e = self.entities[ms[0].entity_id]
                if e.entity_type != "PERSON":
                    j = min(m.start for m in ms)
                    continue
            if self.docs[p][j - 1].lower_ in _CHAIN_WORDS or self.docs[p][j - 1].tag_ == "POS":
                j -= 1
                continue
            break
        doc = self.docs[p]
        while j < end and (doc[j].lower_ in _CHAIN_WORDS or doc[j].tag_ == "POS"):
            j += 1
        return j

    def _segment_info(self, p: int, a: int, b: int, appositive: bool) -> dict | None:
        doc = self.docs[p]
        roles: list[_RoleSpan] = []
        i = a
        while i < b:
            r = self._role_at(p, i, b, at_end=False)
            if r and r.end <= b:
                roles.append(r)
                i = r.end
            else:
                i += 1
        main = [r for r in roles if r.role.kind == "role"]
        ranks = [r for r in roles if r.role.kind == "rank"]
        if not main and not ranks:
            return None
        inside = [m for m in self.mentions if m.para == p and a <= m.start and m.end <= b]
        countries = [
            self.entities[m.entity_id].country_code
            for m in inside
            if self.entities[m.entity_id].entity_type == "COUNTRY"
        ]
        orgs = [
            self.entities[m.entity_id]
            for m in inside
            if self.entities[m.entity_id].entity_type == "ORG"
        ]
        role = (main[0] if appositive else main[-1]) if main else None
        org = orgs[0] if orgs else None
        country = (org.country_code if org else None) or (countries[0] if countries else None)
        org_id = org.entity_id if org else None
        if org is None and role and role.role.org_template and country:
            templ = ref.org_template_for(role.role.org_template, country)
            org_id = self._org(templ) if templ else None
        role_text = None
        if role and appositive:
            role_text = doc[role.start : role.end].text
        elif role:
            # As the article states it, minus articles, countries, ranks and honorifics.
            skip = {
                i
                for m in inside
                if self.entities[m.entity_id].entity_type == "COUNTRY"
                for i in range(m.start, m.end)
            }
            skip |= {
                i
                for r in roles
                if r.role.kind in ("rank", "honorific")
                for i in range(r.start, r.end)
            }
            kept = [t for t in doc[a:b] if t.i not in skip]
            while kept and kept[0].lower_ in _DETS:
                kept.pop(0)
            role_text = _join(kept) or None
        return {
            "title": ranks[-1].role.normalized if ranks else None,
            "role": role_text,
            "role_normalized": role.role.normalized if role else None,
            "org_id": org_id,
            "country_code": country,
            "roles": roles,
        }

    def person_roles(self) -> None:
        person_mentions = [
            m for m in self.mentions if self.entities[m.entity_id].entity_type == "PERSON"
        ]
        for m in person_mentions:
            doc = self.docs[m.para]
            sent = doc[m.start].sent
            info = None
            # Ranks right before the name ('Colonel Lieutenant Anar Eyvazov').
            j = m.start
            ranks = []
            while j > sent.start:
                r = self._role_at(m.para, sent.start, j, at_end=True)
                if not r or r.role.kind not in ("rank", "honorific"):
                    break
                ranks.append(r)
                j = r.start
            if j - 1 >= sent.start and doc[j - 1].text == ",":
                # 'The spokesperson for X, [rank] NAME': the role phrase before the comma.
                k = j - 1
                while (
                    k > sent.start
                    and doc[k - 1].text not in (",", ";", ":")
                    and not (doc[k - 1].tag_.startswith("VB"))
                ):
                    k -= 1
                info = self._segment_info(m.para, k, j - 1, appositive=True)
                if info and info["roles"] and info["roles"][0].start > self._skip_dets(doc, k):
                    info = None  # the segment must open with its role word
            if info is None:
                a = self._chain_left(m.para, m.start, sent.start)
                info = self._segment_info(m.para, a, m.start, appositive=False)
            elif ranks:
                info["title"] = ranks[-1].role.normalized
            if info is None and m.end < sent.end - 1 and doc[m.end].text == ",":
                # 'NAME, president of Ukraine, ...'
                a = m.end + 1
                b = a
                while (
                    b < sent.end
                    and doc[b].text not in (",", ";", ":")
                    and not (doc[b].tag_.startswith("VB"))
                ):
                    b += 1
                info = self._segment_info(m.para, a, b, appositive=True)
                if info and info["roles"] and info["roles"][0].start > self._skip_dets(doc, a):
                    info = None
            if info is None or not (info["role"] or info["title"]):
                continue
            for r in info["roles"]:
                self.used_roles.update((m.para, i) for i in range(r.start, r.end))
            person = self.entities[m.entity_id]
            if person.country_code is None:
                person.country_code = info["country_code"]
            self.roles.append(
                {
                    "article_id": self.article.article_id,
                    "person_id": m.entity_id,
                    "title": info["title"],
                    "role": info["role"],
                    "role_normalized": info["role_normalized"],
                    "org_id": info["org_id"],
                    "country_code": info["country_code"],
                }
            )

    @staticmethod
    def _skip_dets(doc: Doc, i: int) -> int:
        while i < len(doc) and (doc[i].lower_ in _DETS or doc[i].lower_ in ("acting", "former")):
            i += 1
        return i

    def titles(self) -> None:
        """Title-only mentions: 'the Turkish president' -> a title mention of Turkey."""
        for p, doc in enumerate(self.docs):
            i = 0
            while i < len(doc):
                r = self._role_at(p, i, len(doc), at_end=False)
                if not r or r.role.kind != "role" or (p, r.start) in self.used_roles:
                    i = r.end if r else i + 1
                    continue
                i = r.end
                sent = doc[r.start].sent
                a = self._chain_left(p, r.start, sent.start)
                b = r.end
                # 'the president of Turkey'
                if b + 1 < sent.end and doc[b].lower_ == "of":
                    k = b + 2 if doc[b + 1].lower_ == "the" else b + 1
                    after = [m for m in self.mentions if m.para == p and m.start == k]
                    if after and self.entities[after[0].entity_id].entity_type == "COUNTRY":
                        b = after[0].end
                info = self._segment_info(p, a, b, appositive=False)
                if not info or not info["country_code"]:
                    continue
                if b < len(doc) and doc[b].is_title and doc[b].tag_ == "NNP":
                    continue  # a name follows that the model did not tag: not title-only
                country_eid = self._country(info["country_code"])
                # The title mention replaces the country mention inside it.
                self.mentions = [
                    m
                    for m in self.mentions
                    if not (
                        m.para == p and a <= m.start and m.end <= b and m.entity_id == country_eid
                    )
                ]
                self._add(_Mention(p, a, b, country_eid, "title"))

    # -- pass 5: pronouns --------------------------------------------------------------------

    def pronouns(self) -> None:
        persons = sorted(
            (
                m
                for m in self.mentions
                if self.entities[m.entity_id].entity_type == "PERSON" and m.kind == "name"
            ),
            key=lambda m: (m.para, m.start),
        )
        if not persons:
            return
        for p, doc in enumerate(self.docs):
            for tok in doc:
                if tok.lower_ not in PRONOUNS or tok.tag_ not in ("PRP", "PRP$"):
                    continue
                before = [
                    m
                    for m in persons
                    if (m.para < p or (m.para == p and m.end <= tok.i))
                    and p - m.para <= PRONOUN_PARAGRAPH_WINDOW
                ]
                if before:
                    self._add(_Mention(p, tok.i, tok.i + 1, before[-1].entity_id, "pronoun"))

    # -- output ------------------------------------------------------------------------------

    def author(self, author: str | None) -> None:
        if not author or not author.strip():
            return
        name = " ".join(author.split())
        eid = entity_id("PERSON", name)
        if eid not in self.entities:
            self.entities[eid] = _Entity(eid, "PERSON", name)
        self.entities[eid].aliases.add(name)
        # The byline is a mention too: it sits in the head, before the first paragraph.
        head_end = self.article.offsets[0] if self.article.offsets else len(self.text)
        at = self.text.find(name, 0, head_end)
        if at >= 0:
            self.mentions.append(_Mention(-1, 0, 0, eid, "name", at, at + len(name)))
        self.roles.append(
            {
                "article_id": self.article.article_id,
                "person_id": eid,
                "title": None,
                "role": "author",
                "role_normalized": "author",
                "org_id": None,
                "country_code": None,
            }
        )

    def _sentence_id(self, char_start: int) -> str | None:
        i = bisect.bisect_right(self.sent_starts, char_start) - 1
        if i < 0:
            return None
        return row_id("sen", self.article.article_id, self.sent_starts[i])

    def result(self) -> ArticleEntities:
        aid = self.article.article_id
        # One mention per span (mention_id is keyed by the offsets): the earliest pass wins.
        first: dict[tuple[int, int], _Mention] = {}
        for m in self.mentions:
            first.setdefault((m.char_start, m.char_end), m)
        mentions = []
        for (start, end), m in sorted(first.items()):
            surface = self.text[start:end]
            if m.kind in ("name", "demonym", "metonym"):
                self.entities[m.entity_id].aliases.add(surface)
            mentions.append(
                {
                    "mention_id": row_id("men", aid, start, end),
                    "article_id": aid,
                    "sentence_id": self._sentence_id(start),
                    "entity_id": m.entity_id,
                    "surface": surface,
                    "mention_kind": m.kind,
                    "char_start": start,
                    "char_end": end,
                }
            )
        used = {m["entity_id"] for m in mentions} | {r["person_id"] for r in self.roles}
        used |= {r["org_id"] for r in self.roles if r["org_id"]}
        entities = [_entity_row(self.entities[e]) for e in sorted(used)]
        roles = []
        for r in self.roles:
            if r not in roles:
                roles.append(r)
        return ArticleEntities(mentions, entities, roles)


def _join(tokens: list) -> str:
    """Text of tokens with the article's spacing inside runs and one space between runs."""
    out = ""
    for prev, tok in zip([None, *tokens[:-1]], tokens, strict=True):
        if prev is not None:
            out += prev.whitespace_ if tok.i == prev.i + 1 else " "
        out += tok.text
    return out


def _entity_row(e: _Entity) -> dict:
    place = e.place
    return {
        "entity_id": e.entity_id,
        "entity_type": e.entity_type,
        "canonical_name": e.canonical_name,
        "country_code": e.country_code,
        "place_kind": place.place_kind
        if place
        else ("country" if e.entity_type == "COUNTRY" else None),
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "latitude": e.latitude,
        "longitude": e.longitude,
        "geo_precision": e.geo_precision,
        "aliases": sorted(e.aliases),
    }


def extract_entities(article: ArticleDocs, author: str | None = None) -> ArticleEntities:
    """Mentions, entity facts and person roles of one parsed article (body paragraphs)."""
    ex = _Extractor(article)
    persons = ex.collect_ents()
    ex.place_lists()
    ex.people(persons, author)
    ex.person_roles()
    ex.titles()
    ex.pronouns()
    ex.author(author)
    return ex.result()


def merge_entities(rows: Iterable[dict]) -> list[dict]:
    """One row per entity_id from the per-article rows of many articles.

    Attributes are the first non-null value in input order (pass rows in article order for
    stable output); aliases are the sorted union. Output is sorted by entity_id.
    """
    merged: dict[str, dict] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        eid = row["entity_id"]
        aliases[eid].update(row.get("aliases") or [])
        if eid not in merged:
            merged[eid] = {c: row.get(c) for c in ENTITY_COLUMNS}
            continue
        target = merged[eid]
        for c in ENTITY_COLUMNS:
            if target.get(c) is None and row.get(c) is not None:
                target[c] = row[c]
    out = []
    for eid in sorted(merged):
        row = merged[eid]
        row["aliases"] = sorted(aliases[eid])
        out.append(row)
    return out


def entity_counts(result: ArticleEntities) -> Counter[str]:
    """Entities per type, for metadata and logs."""
    return Counter(e["entity_type"] for e in result.entities)
