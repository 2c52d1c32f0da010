"""Places: resolving a name to a place, places in lists after a cue word, unknown places.

Curated gazetteer first, then GeoNames (countries named in the article break ties, then
population); a cue word sets the kind ('the town of X', 'X and Y districts') and every item of
a list after a cue ('the villages of A, B and C') is a place even when the model and the
gazetteer miss it. A place no reference knows keeps the article's name, and the country all
known places around it share.

Places take kind, admin1/admin2, coordinates and precision from the reference (see
``seeds/reference/README.md``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract import reference as ref
from newsledger.extract.entities.state import ArticleState, Mention, reference_backed

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


def kind_cue(doc: Doc, start: int, end: int) -> str | None:
    """The place kind a cue word next to tokens [start, end) gives them, if any."""
    if end < len(doc) and doc[end].lower_ in PLACE_CUES:
        return PLACE_CUES[doc[end].lower_]
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_CUES:
        return PLACE_CUES[doc[start - 2].lower_]
    return None


def resolve_place(st: ArticleState, text: str, kind: str | None) -> ref.Place | None:
    place = ref.lookup_place(text, countries=st.hint_countries, kind=kind)
    if kind in ("region", "district") and (place is None or place.place_kind != kind):
        # 'the region of Donetsk' is the curated 'Donetsk region', not the city.
        for suffix in (kind, "Oblast" if kind == "region" else "District"):
            alt = ref.lookup_place(f"{text} {suffix}", geonames=False)
            if alt:
                return alt
    return place


def unknown_place(st: ArticleState, text: str, kind: str | None, p: int, tok: int) -> ref.Place:
    """A place no reference knows; its country is the one all known places around share."""
    doc = st.docs[p]
    sent = doc[tok].sent
    around = {
        e.country_code
        for m in st.mentions
        if m.para == p and sent.start <= m.start < sent.end
        for e in [st.entities[m.entity_id]]
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


# -- places in lists after a cue ----------------------------------------------------------


def place_lists(st: ArticleState) -> None:
    """Every item of a list after (or before) a place cue word is a place of its kind."""
    for p, doc in enumerate(st.docs):
        for i, tok in enumerate(doc):
            kind = PLACE_CUES.get(tok.lower_)
            if not kind:
                continue
            plural = tok.lower_ != tok.lemma_.lower() or tok.tag_ == "NNS"
            items: list[tuple[int, int]] = []
            if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
                # 'the city of X', 'the villages of A, B and C'
                items = _list_after(doc, i + 2)[: None if plural else 1]
            elif plural:
                # 'Fuzuli and Jabrayil districts'
                items = _list_before(doc, i)
            for start, end in items:
                _list_item(st, p, start, end, kind)


def _name_run(doc: Doc, i: int, step: int) -> int:
    """Index past the run of capitalized tokens from i (hyphens inside names allowed)."""
    j = i
    while 0 <= j < len(doc) and (doc[j].is_title or doc[j].is_upper or doc[j].text == "-"):
        if doc[j].text == "-" and not (0 <= j + step < len(doc) and doc[j + step].is_title):
            break
        j += step
    return j


def _list_after(doc: Doc, i: int) -> list[tuple[int, int]]:
    items = []
    while i < len(doc):
        end = _name_run(doc, i, 1)
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


def _list_before(doc: Doc, cue: int) -> list[tuple[int, int]]:
    items = []
    i = cue - 1
    while i >= 0:
        start = _name_run(doc, i, -1) + 1
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


def _list_item(st: ArticleState, p: int, start: int, end: int, kind: str) -> None:
    overlapping = [m for m in st.mentions if m.para == p and m.start < end and start < m.end]
    for m in overlapping:
        if reference_backed(st.entities[m.entity_id]):
            return  # a known country, place or organization stays what it is
    # The model called a listed village a person or an organization, or ran two list
    # items together ('Zarvandi, Pelkor Dash' as one ORG): its guesses give way.
    for m in overlapping:
        st.mentions.remove(m)
    doc = st.docs[p]
    text = doc[start:end].text
    place = resolve_place(st, text, kind)
    if place is None or (place.place_kind and place.place_kind != kind):
        place = unknown_place(st, text, kind, p, start)
    st.add(Mention(p, start, end, st.place(place), "name"))
