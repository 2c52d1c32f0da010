"""The model's entities (``doc.ents``, corrected by the component): countries, places, orgs.

- Countries: names and aliases are ``name`` mentions, demonyms ``demonym`` mentions
  ('Azerbaijanis'), capitals used for their government ``metonym`` mentions ('Ankara
  reiterated'); a capital that is only where something happens ('born in Baku') is a place.
- Places: the component's curated places, and the model's GPE/LOC/FAC spans looked up in
  the references (:mod:`.places`).
- Organizations: named aliases and country templates (``org_aliases.csv``); other model ORG
  spans keep their own name unless they are generic ('Security Council'). Countries and places
  named inside an organization's name are mentions too.
- People: the model's PERSON spans are returned for :mod:`.people`.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsledger.extract import reference as ref
from newsledger.extract.entities.places import kind_cue, resolve_place, unknown_place
from newsledger.extract.entities.roles import inside_role
from newsledger.extract.entities.state import ArticleState, Mention, core
from newsledger.ids import entity_id

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
# Endings of ethnic and linguistic adjectives the model tags ORG ('Turkic', 'Slavic').
_ADJECTIVE_ENDINGS = ("ic", "ian", "ean", "ese", "ish")


def collect_ents(st: ArticleState) -> list[tuple[int, Span]]:
    """Mentions of the countries, places and organizations in ``doc.ents``; the PERSON spans."""
    persons: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        org_ranges: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            eid = ent.id_
            if eid.startswith("country:"):
                _country_ent(st, p, ent)
            elif eid.startswith("place:"):
                place = ref.curated_place(eid)
                cue = kind_cue(doc, ent.start, ent.end)
                if place and cue and cue != place.place_kind:
                    place = resolve_place(st, ent.text, cue) or place
                if place:
                    st.add(Mention(p, ent.start, ent.end, st.place(place), "name"))
            elif eid.startswith("org:"):
                org = ref.org_registry().get(eid)
                if org:
                    st.add(Mention(p, ent.start, ent.end, st.org(org), "name"))
                    org_ranges.append((ent.start, ent.end, org.entity_id))
            elif ent.label_ == "PERSON":
                persons.append((p, ent))
            elif ent.label_ == "ORG":
                oid = _unknown_org(st, p, ent)
                if oid:
                    org_ranges.append((ent.start, ent.end, oid))
            elif ent.label_ in ("GPE", "LOC", "FAC"):
                _other_place(st, p, ent)
        _nested(st, p, org_ranges)
    return persons


def _capital_is_place(span: Span) -> bool:
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPS:
        return False
    governor = root.head.head
    return governor.lower_ not in GOVERNMENT_NOUNS


def _country_ent(st: ArticleState, p: int, ent: Span) -> None:
    iso3 = ent.id_.split(":", 1)[1]
    label = st.ref_label(p, ent.start, ent.end) or "COUNTRY_NAME"
    if label == "COUNTRY_CAPITAL":
        if _capital_is_place(ent):
            place = ref.lookup_place(ent.text, countries=[iso3], curated=False)
            if place and place.country_code == iso3:
                st.add(Mention(p, ent.start, ent.end, st.place(place), "name"))
                return
        st.add(Mention(p, ent.start, ent.end, st.country(iso3), "metonym"))
        return
    kind = "demonym" if label == "COUNTRY_DEMONYM" else "name"
    st.add(Mention(p, ent.start, ent.end, st.country(iso3), kind))


def _unknown_org(st: ArticleState, p: int, ent: Span) -> str | None:
    start, end = core(ent)
    span = ent.doc[start:end]
    text = span.text
    if inside_role(st, p, start, end):
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
            for s in st.ref_spans(p)
            if s.label_ in ("COUNTRY_NAME", "COUNTRY_DEMONYM") and start <= s.start and s.end <= end
        }
        iso3 = next(iter(countries)) if len(countries) == 1 else None
        org = ref.Org(entity_id("ORG", text), text, iso3)
    oid = st.org(org)
    st.add(Mention(p, start, end, oid, "name"))
    return oid


def _other_place(st: ArticleState, p: int, ent: Span) -> None:
    doc = ent.doc
    start, end = core(ent)
    text = doc[start:end].text
    if ref.lookup_country(text):
        return  # a country the component left unlabelled (inside another span)
    cue = kind_cue(doc, start, end)
    if end - start == 1 and start and doc[start - 1].lower_ == "the" and not cue:
        # 'into the North', 'the South retaliated': a common noun, not a town's name.
        place = ref.lookup_place(text, geonames=False)
    else:
        place = resolve_place(st, text, cue)
    if place is None:
        if ent.label_ != "GPE" or not text[:1].isupper():
            return
        place = unknown_place(st, text, cue, p, start)
    st.add(Mention(p, start, end, st.place(place), "name"))


def _nested(st: ArticleState, p: int, containers: list[tuple[int, int, str]]) -> None:
    """Countries and places named inside an organization's name."""
    emitted: set[int] = set()
    spans = sorted(st.ref_spans(p), key=lambda s: (s.start - s.end, s.start))
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
                    eid, kind = st.place(place), "name"
                else:
                    eid = st.country(s.id_.split(":", 1)[1])
                    kind = "demonym" if s.label_ == "COUNTRY_DEMONYM" else "name"
                st.add(Mention(p, s.start, s.end, eid, kind))
                emitted.update(range(s.start, s.end))
                break
