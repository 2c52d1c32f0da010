"""Places: resolving a name to a place, places in lists after a cue word, unknown places.

Curated gazetteer first, then GeoNames (countries named in the article break ties, then
population); a cue word sets the kind ('the town of X', 'X and Y districts') and every item of
a list after a cue ('the villages of A, B and C', 'in cities A, B', 'the capital A') is a
place even when the model and the gazetteer miss it. Seas, bays, airports and mountains are
places by their feature word ('Red Sea'), 'West Darfur' and 'east Africa' by a compass word
before a known place, and the all-caps dateline is the place the article is filed from. A
place no reference knows keeps the article's name, and the country all known places around
it share, else the one the phrase states ('Souda Bay, Greece', 'Nigeria's state of Borno').

Places take kind, admin1/admin2, coordinates and precision from the reference (see
``seeds/reference/README.md``).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from newsledger.extract import reference as ref
from newsledger.extract.components import doc_text
from newsledger.extract.entities.state import ArticleState, Entity, Mention, reference_backed
from newsledger.extract.syntax import (
    conjuncts,
    first_conjunct,
    holding_words,
    hyphen_joined_end,
    lemma_of,
    lexicon,
    lexset,
    role_words,
)
from newsledger.ids import entity_id
from newsledger.parse import (
    MONTH_DATE_RE,
    TRANSCRIPT_LABEL_RE,
    byline_place_spans,
    colon_dateline_span,
    dateline_spans,
    find_date,
    head_dateline,
)

PLACE_DATA = Path(__file__).resolve().parent.parent / "data" / "places.yaml"


def _by_word(groups: dict[str, list[str]]) -> dict[str, str]:
    """{kind: [words]} as {word: kind}."""
    return {word: kind for kind, words in groups.items() for word in words}


# The lexicons (data/places.yaml), read once on import: every rule below consults them.
_DATA = ref.read_lexicon(PLACE_DATA)
VICINITY = "vicinity"  # a cue that names no kind of its own
# Cue words that give the kind of the place names next to them.
PLACE_CUES = _by_word(_DATA["place_cues"])
# ... of which these only in lower case ('the Department of Foreign Affairs' is a body).
LOWER_CASE_CUES = frozenset(_DATA["lower_case_cues"])
# Last or first words of a geographic feature's name ('Red Sea', 'Mount Ararat').
FEATURE_WORDS = _by_word(_DATA["feature_words"])
# ... and those that only open one ('Lago del Desierto', 'Pulau Sebatik').
LEADING_FEATURE_WORDS = _by_word(_DATA["leading_feature_words"])
# Words written before a settlement's name ('Kibbutz Be'eri'), with the kind they give.
NAME_PREFIXES: dict[str, str] = _DATA["name_prefixes"]
# Lower-case words inside place names: 'Norte de Santander', 'al-Anbar'.
NAME_PARTICLES = frozenset(_DATA["name_particles"])
# Compass words that make a region of a known place ('West Darfur', 'east Africa').
COMPASS = frozenset(_DATA["compass"])


LIST_REACH = 12  # tokens a list of names may run for before its plural cue


def _cue_phrase(doc: Doc, k: int, plural: bool = False) -> str | None:
    """The kind a lower-case division phrase at token ``k`` gives ('local government
    area'; with ``plural``, only its plural, 'local government areas')."""
    for words, kind in DIVISION_SUFFIXES.items():
        tail = doc[k : k + len(words)]
        if len(words) < 2 or len(tail) < len(words) or not all(t.is_lower for t in tail):
            continue
        last = tail[-1].lower_
        if [t.lower_ for t in tail[:-1]] == list(words[:-1]) and (
            last == words[-1] + "s" or (not plural and last == words[-1])
        ):
            return kind
    return None


def _list_cue(doc: Doc, start: int, end: int) -> str | None:
    """The kind a plural cue after a list of names gives each of them: 'Kukawa, Monguno and
    Abadam local government areas', 'Mandera East and Lafey sub-counties'."""
    last = start > 0 and doc[start - 1].lower_ in ("and", "or")  # 'and Abadam'
    listed = last or (start > 0 and doc[start - 1].text == ",")
    k = end
    while k < len(doc) and k - end < LIST_REACH:
        tok = doc[k]
        if tok.text == "," or tok.lower_ in ("and", "or"):
            listed = listed or tok.lower_ in ("and", "or")
        elif not (tok.is_title or tok.text == "-"):
            break
        k += 1
    if not listed or k >= len(doc) or (k == end and not last):
        return None
    if doc[k].tag_ == "NNS" and doc[k].is_lower and doc[k].lower_ in PLACE_CUES:
        return PLACE_CUES[doc[k].lower_]
    return _cue_phrase(doc, k, plural=True)


def kind_cue(doc: Doc, start: int, end: int) -> str | None:
    """The place kind a cue word next to tokens [start, end) gives them, if any:
    'X district', 'the town of X', 'the capital, X' / 'the capital X', 'X, Y and Z
    districts'."""
    if end < len(doc) and (kind := _cue_phrase(doc, end)):
        return kind  # 'Abadam local government area'
    if (kind := _list_cue(doc, start, end)) is not None:
        return kind
    if end < len(doc) and doc[end].lower_ in PLACE_CUES and doc[end].is_lower:
        if end + 1 < len(doc) and doc[end + 1].lower_ == "of" and doc[end].tag_ == "NNS":
            # 'the West Darfur villages of A and B': the cue is for A and B; 'the Kidal
            # region of Mali' is Kidal's.
            return None
        return PLACE_CUES[doc[end].lower_]
    if (
        end + 1 < len(doc)
        and doc[end].is_lower
        and doc[end].dep_ in ("compound", "amod")
        and doc[end].lower_ not in FEATURE_WORDS  # 'the Lipa river crossing': a river's
        and doc[end].head.i == end + 1
        and doc[end + 1].lower_ in PLACE_CUES
        and doc[end + 1].is_lower
        and doc[end + 1].tag_ != "NNS"
    ):
        return PLACE_CUES[doc[end + 1].lower_]  # 'the Kalemba displacement site'
    if (
        end + 2 < len(doc)
        and doc[end].lower_ == "international"
        and doc[end + 1].lower_ == "border"
        and doc[end + 2].lower_ in PLACE_CUES
        and doc[end + 2].is_lower
    ):
        return PLACE_CUES[doc[end + 2].lower_]  # 'the Cau Treo international border gate'
    if (
        start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in PLACE_CUES
        and (doc[start - 2].is_lower or doc[start - 2].lower_ not in LOWER_CASE_CUES)
        # 'every ward of Sittwe', 'each district of X': the parts of a place, not its kind
        and not (start >= 3 and doc[start - 3].lower_ in ("every", "each", "all"))
    ):
        return PLACE_CUES[doc[start - 2].lower_]
    before = start - 1 if start and doc[start - 1].text == "," else start
    if before and doc[before - 1].lower_ in PLACE_CUES and doc[before - 1].is_lower:
        root = doc[start:end].root
        # 'the capital, X' is X's apposition; in 'The mayor of Amedi district, Shirwan
        # Bapir' the name is the mayor's.
        if (before == start or root.dep_ != "appos" or root.head.i == before - 1) and not (
            before < start and _titled_place(doc, before - 1)
        ):
            return PLACE_CUES[doc[before - 1].lower_]
    # 'X, the strategic town ...', 'X, capital of Y': an apposition that names the kind;
    # 'X, the largest of the three islands': one of places of a kind.
    if end + 1 < len(doc) and doc[end].text == ",":
        partitive = False
        for tok in doc[end + 1 : min(end + 10, len(doc))]:
            if tok.lower_ in PLACE_CUES and tok.is_lower and (not partitive or tok.tag_ == "NNS"):
                return PLACE_CUES[tok.lower_]
            if tok.lower_ == "of" and not partitive and tok.head.tag_ in ("JJS", "CD"):
                partitive = True
                continue
            if (
                tok.is_punct
                or tok.pos_ in ("VERB", "AUX", "ADP")
                or (partitive and tok.tag_ == "NN")
            ):
                break
    return None


def _titled_place(doc: Doc, cue: int) -> bool:
    """ "The akim of Zhambyl region, Nurlybek Sarsenbayev": the place cue closes a title
    (a role word, "of", the place), so the name set off after it is the holder's."""
    i = cue - 1
    while i > 0 and (doc[i].is_title or doc[i].is_upper) and cue - i <= 4:
        i -= 1
    return (
        i > 0
        and i < cue - 1
        and doc[i].lower_ == "of"
        and (doc[i - 1].lower_ in role_words() or lemma_of(doc[i - 1]) in role_words())
    )


# Title-case words that end an administrative division's official name ('Cross River
# State'); the place goes by the name before them, as with a lower-case cue. Words that
# also end bodies' names ('Islamic State') count only when the name before them is a
# known place.
DIVISION_SUFFIXES = {tuple(k.split()): v for k, v in _DATA["division_suffixes"].items()}
_AMBIGUOUS_SUFFIXES = {(word,) for word in _DATA["ambiguous_suffixes"]}


# A division word after a name in plain text, in any case ('Kidal region').
DIVISION_AFTER_RE = re.compile(
    r" (?:" + "|".join(" ".join(words) for words in DIVISION_SUFFIXES) + r")\b", re.IGNORECASE
)


def division_suffix(doc: Doc, start: int, end: int) -> tuple[int, str] | None:
    """Where the name of tokens [start, end) ends before a title-case division suffix, and
    the kind the suffix gives; None when there is none or the name is not known as a place
    where the suffix is ambiguous."""
    for words, kind in DIVISION_SUFFIXES.items():
        cut = end - len(words)
        if cut <= start:
            continue
        tail = doc[cut:end]
        if tuple(t.lower_ for t in tail) != words or not all(t.is_title for t in tail):
            continue
        name = doc[start:cut]
        if not all(t.is_title or t.lower_ in NAME_PARTICLES or t.text == "-" for t in name):
            return None
        if words in _AMBIGUOUS_SUFFIXES and ref.lookup_place(name.text, kind=kind) is None:
            return None
        return cut, kind
    return None


def feature_kind(doc: Doc, start: int, end: int) -> str | None:
    """The kind of a geographic feature name: 'Red Sea', 'Mount Ararat', 'Horn of Africa'."""
    words = [t.lower_ for t in doc[start:end]]
    if len(words) < 2 or not doc[start].is_title and not doc[start].is_upper:
        return None
    if words[-1] in lexset("org_name_words") - FEATURE_WORDS.keys():
        return None  # 'Frontier Corps', 'Coast Guard': a body named after ground it keeps
    return (
        FEATURE_WORDS.get(words[-1])
        or FEATURE_WORDS.get(words[0])
        or LEADING_FEATURE_WORDS.get(words[0])
    )


def compass_region(st: ArticleState, text: str) -> ref.Place | None:
    """'West Darfur', 'east Africa': a region of a place or continent the references know,
    in that place's country."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in COMPASS:
        return None
    rest = " ".join(words[1:])
    country = ref.lookup_country(rest)
    base = None if country else st.lookup_place(rest)
    if country is None and base is None:
        return None
    code = country.iso3 if country else base.country_code  # type: ignore[union-attr]
    return _article_place(text, "region", code)


def _article_place(text: str, kind: str | None, country_code: str | None) -> ref.Place:
    return ref.Place(
        key=text,
        name=text,
        variants=(),
        place_kind=kind,
        country_code=country_code,
        admin1=None,
        admin2=None,
        latitude=None,
        longitude=None,
        geonameid=None,
        source="article text",
    )


def resolve_place(st: ArticleState, text: str, kind: str | None) -> ref.Place | None:
    """The reference place ``text`` names, of the cue's ``kind`` when there is one.

    A region or district cue never turns the name into a town: 'Gereshk district' and 'Borno
    state' are areas of their own, unknown to GeoNames (it has towns, not districts): None.
    """
    if kind == VICINITY:
        kind = None
    place = st.lookup_place(text, kind=kind)
    if kind in ("region", "district") and (place is None or place.place_kind != kind):
        # 'the region of Donetsk' is the curated 'Donetsk region', not the city.
        for suffix in (kind, "Oblast" if kind == "region" else "District"):
            alt = ref.lookup_place(f"{text} {suffix}", geonames=False)
            if alt:
                return alt
        # 'Kasese district': GeoNames' division 'Kasese District'.
        division = ref.lookup_region(text, countries=st.hint_countries, kind=kind)
        if division is not None and division.place_kind == kind:
            return division
        if place is not None and place.place_kind in ("town", "city", "village"):
            return None  # a same-named town says nothing of the area: an unknown place
    return place


def unknown_place(
    st: ArticleState, text: str, kind: str | None, p: int, tok: int, end: int | None = None
) -> ref.Place:
    """A place no reference knows; its country is the one the phrase around it states
    (:func:`_country_beside`), else the one all known places in its sentence share when
    the article is about that country.

    The phrase goes first: in "from Jibia ... around the Nigerien border town of Dan Issa"
    the sentence's other places are across the border. A sentence-mate of another country
    says nothing: "Briefing journalists in Geneva, ... the districts of El Buur" are not
    Swiss."""
    kind = None if kind == VICINITY else kind
    beside = _country_beside(st, p, tok, end or tok + 1)
    if beside is not None:
        return _article_place(text, kind, beside)
    doc = st.docs[p]
    sent = doc[tok].sent
    around = {
        e.country_code
        for m in st.mentions
        if m.para == p and sent.start <= m.start < sent.end
        for e in [st.entities[m.entity_id]]
        if e.entity_type == "PLACE" and e.country_code
    }
    if len(around) == 1 and (not st.core_countries or around <= st.core_countries):
        return _article_place(text, kind, around.pop())
    return _article_place(text, kind, None)


def _closes_apposition(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a country set off after a place ('Kaya, South Sudan.'):
    the text ends or stops there, and no list goes on ('Washington, Brazil, Chile and
    the United States') nor a clause the country opens ('in Niamey, Algeria proposed')."""
    if i >= len(doc):
        return True
    tok = doc[i]
    if tok.text == ",":
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is None or not (nxt.is_title or nxt.lower_ in ("and", "or"))
    return tok.is_punct and tok.text not in ("'s", "-")


def _country_beside(
    st: ArticleState, p: int, start: int, end: int, *, cued: bool = False
) -> str | None:
    """The country a phrase around a place name states: 'Souda Bay, Greece', 'Nigeria's
    northeastern state of Borno', 'the Russian federal subject of X'. With ``cued``, a
    country before 'of' counts only with a place word before it ('the Nigerien border
    town of Dan Issa'), not 'Chinese residents of Katima Mulilo'."""
    doc = st.docs[p]
    countries = [s for s in st.ref_spans(p) if s.label_ in ("COUNTRY_NAME", "COUNTRY_DEMONYM")]
    if end < len(doc) and doc[end].lower_ in PLACE_CUES:
        end += 1  # 'Borno state, Nigeria'
    for s in countries:
        if s.start == end + 1 and doc[end].text == "," and _closes_apposition(doc, s.end):
            return s.id_.split(":", 1)[1]
    if start and doc[start - 1].lower_ == "of":
        if cued and (start < 2 or doc[start - 2].lower_ not in PLACE_CUES):
            return None
        floor = start - 1
        while floor > 0 and start - floor < 6 and not doc[floor - 1].is_punct:
            floor -= 1
            if doc[floor].pos_ in ("VERB", "AUX", "ADP") and doc[floor].lower_ != "of":
                break
        hits = [s for s in countries if floor <= s.start and s.end < start]
        if hits:
            return hits[-1].id_.split(":", 1)[1]
    return None


# -- places in lists after a cue ----------------------------------------------------------


# Plural nouns that name places only before a list set off by a dash or colon.
SET_OFF_LIST_CUES = _DATA["set_off_list_cues"]
# Ways whose ends, named after "between", are places ("the road between A and B").
ROUTE_CUES = dict.fromkeys(_DATA["route_cues"], "route")
MEMBER_LIST_OPENERS = tuple(tuple(words.split()) for words in _DATA["member_list_openers"])
MEMBER_LIST_REACH: int = _DATA["member_list_reach"]


def _members_after(doc: Doc, cue: int) -> list[tuple[int, int]]:
    """The names listed as members of the plural place cue at ``cue`` ('three villages
    east of the border, including A and B'): the list must open in the cue's clause,
    with no verb between."""
    for j in range(cue + 1, min(cue + 1 + MEMBER_LIST_REACH, len(doc))):
        tok = doc[j]
        for words in MEMBER_LIST_OPENERS:
            if tuple(t.lower_ for t in doc[j : j + len(words)]) == words:
                return _list_after(doc, j + len(words))
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":") or tok.is_sent_start:
            return []
    return []


def _apposed_list(doc: Doc, cue: int) -> list[tuple[int, int]]:
    """The names a plural place cue stands in apposition to ('Leklebi and Gbefi, two
    farming villages near the frontier')."""
    tok = doc[cue]
    comma = tok.left_edge.i - 1
    if tok.dep_ != "appos" or comma < 1 or doc[comma].text != ",":
        return []
    return _list_before(doc, comma)


def place_lists(st: ArticleState) -> None:
    """Every item of a list after (or before) a place cue word is a place of its kind."""
    for p, doc in enumerate(st.docs):
        for i, tok in enumerate(doc):
            kind = (
                PLACE_CUES.get(tok.lower_)
                or SET_OFF_LIST_CUES.get(tok.lower_)
                or ROUTE_CUES.get(tok.lower_)
            )
            if not kind or (tok.lower_ in LOWER_CASE_CUES and not tok.is_lower):
                continue
            if tok.is_upper and len(tok.text) > 1:
                continue  # a name's word in a label: "ORGANIZATION OF AMERICAN STATES:"
            plural = tok.lower_ != tok.lemma_.lower() or tok.tag_ == "NNS"
            items: list[tuple[int, int]] = []
            set_off = i + 2 < len(doc) and doc[i + 1].text in ("–", "—", "-", ":")
            if kind == "route":
                if i + 2 < len(doc) and doc[i + 1].lower_ == "between":
                    items = _list_after(doc, i + 2)  # 'the road between Al-Azim and Tuz'
                    kind = VICINITY
            elif plural and set_off:
                items = _list_after(doc, i + 2)  # 'the villages – A, B and C –'
            elif tok.lower_ in SET_OFF_LIST_CUES and not (
                kind == "village" and i + 1 < len(doc) and doc[i + 1].lower_ == "of"
            ):
                # 'the localities of A, B and C' are places; 'areas of' need not be. Two
                # names or more before one are ('the Nikial and Khuiratta areas'), unless
                # they name peoples or states ('Kurdish and Yazidi areas').
                items = _list_before(doc, i)
                if len(items) < 2 or any(
                    ref.key(doc[a:b].text) in ref.people_names()
                    or ref.lookup_country(doc[a:b].text) is not None
                    for a, b in items
                ):
                    continue
            elif i + 1 < len(doc) and doc[i + 1].lower_ == "of":
                # 'the city of X', 'the villages of A, B and C'; but 'the Nikial and
                # Khuiratta areas of Kotli district' lists its places before the cue.
                if i and doc[i - 1].lower_ in ("every", "each", "all"):
                    continue  # 'every ward of Sittwe': the parts of a place, not its kind
                before = _list_before(doc, i) if plural else []
                if len(before) >= 2:
                    items = before
                else:
                    items = _list_after(doc, i + 2)[: None if plural else 1]
            elif _name_follows(doc, i):
                # 'the capital Oskel', 'in cities Oskel, Drava and Tarn'
                items = _list_after(doc, i + 1)[: None if plural else 1]
            elif plural:
                # 'Fuzuli and Jabrayil districts', 'A and B, two farming villages', 'three
                # villages, including A and B'
                items = _list_before(doc, i) or _apposed_list(doc, i) or _members_after(doc, i)
            elif (
                kind in ("region", "district", VICINITY)
                and tok.is_lower
                and i
                and doc[i - 1].is_title
            ):
                # 'oil-rich Unity state', 'Helmand province': one area named before its cue
                items = _list_before(doc, i, single=True)
            if tok.lower_ in _ROUTE_END_NOUNS:
                # 'the Semalka-Fishkhabour crossing': two ends, which route_ends places
                items = [item for item in items if not _dash_joined(doc, item)]
            for start, end in items:
                _list_item(st, p, start, end, kind)


def _dash_joined(doc: Doc, item: tuple[int, int]) -> bool:
    """Do the words hold two names joined by a dash with no space ('Semalka-Fishkhabour')?"""
    start, end = item
    return any(doc[k].text in _DASHES and not doc[k].whitespace_ for k in range(start + 1, end - 1))


def _name_follows(doc: Doc, i: int) -> bool:
    """Does a name stand right after the lower-case cue word at i ('cities Oskel')? 'state'
    is left out: 'state Television' is a broadcaster, not a state."""
    if not doc[i].is_lower or doc[i].lower_ in ("state", "states") or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ not in ("DATE", "TIME", "NORP")


def _name_run(doc: Doc, i: int, step: int) -> int:
    """Index past the run of capitalized tokens from i, in the direction ``step``. Hyphens
    and lower-case particles ('Norte de Santander', 'al-Anbar') belong to the name when a
    capitalized word or, for a leading 'al-', the hyphen follows them."""
    n, j = len(doc), i
    while 0 <= j < n:
        tok = doc[j]
        if tok.is_title or tok.is_upper:
            j += step
            continue
        if tok.text != "-" and tok.lower_ not in NAME_PARTICLES:
            break
        ahead = [doc[k] for k in (j + step, j + 2 * step) if 0 <= k < n]
        if ahead and (ahead[0].is_title or ahead[0].is_upper):
            j += step
        elif tok.text == "-" and ahead and ahead[0].lower_ in NAME_PARTICLES and j != i:
            # 'al-Anbar', read backwards: '-' then the leading 'al'. An article written as
            # it sounds ('ez', 'es') stands inside a name: 'Deir ez-Zor', not 'the Sunni
            # al-Anbar'.
            particle = ahead[0].lower_
            j += 2 * step
            if particle in ("al", "el") or not (0 <= j < n and doc[j].is_title):
                break
        elif (
            tok.lower_ in NAME_PARTICLES
            and step == 1
            and len(ahead) == 2
            and ahead[0].text == "-"
            and (j == i or ahead[1].is_title)
        ):
            j += step  # 'al-Anbar', 'Al-Qarn al-Ahmar', read forwards: the particle
        else:
            break
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


def _list_before(doc: Doc, cue: int, single: bool = False) -> list[tuple[int, int]]:
    if single:
        start = _name_run(doc, cue - 1, -1) + 1
        names = start < cue and all(
            t.pos_ == "PROPN" or t.text == "-" or t.lower_ in NAME_PARTICLES for t in doc[start:cue]
        )
        if names and start >= 2 and doc[start - 1].lower_ == "and":
            # 'Sistan and Baluchestan province': a singular cue after "A and B" names one
            # place, unless the model tagged A apart ('Iraq and Anbar province').
            first = _name_run(doc, start - 2, -1) + 1
            if first < start - 1 and not any(t.ent_id_ for t in doc[first : start - 1]):
                start = first
        return [(start, cue)] if names else []
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


# A town or a city, whichever a cue calls it; a village named like a town elsewhere is
# another place.
_SETTLEMENTS = frozenset({"city", "town"})


def _list_item(st: ArticleState, p: int, start: int, end: int, kind: str) -> None:
    overlapping = [m for m in st.mentions if m.para == p and m.start < end and start < m.end]
    doc = st.docs[p]
    text = doc[start:end].text
    for m in overlapping:
        e = st.entities[m.entity_id]
        if reference_backed(e):
            if _relisted(st, e, m, (start, end), kind):
                continue
            return  # a known country, place or organization stays what it is
        if (
            st.entities[m.entity_id].entity_type == "PLACE"
            and m.start <= start
            and end <= m.end
            and not any(t.lower_ in ("and", "or") for t in st.docs[p][m.start : m.end])
        ):
            return  # already a place, read whole ('Norte de Santander' over 'Santander')
    # The model called a listed village a person or an organization, or ran two list
    # items together ('Zarvandi, Pelkor Dash' as one ORG, 'Pobé-Mengao and Kel-Gorou' as
    # one place): its guesses give way.
    for m in overlapping:
        st.mentions.remove(m)
    place = resolve_place(st, text, kind)
    if place is None or (
        place.place_kind
        and place.place_kind != kind
        # "the cities of Zakho and Duhok": GeoNames' town of Zakho all the same
        and not {place.place_kind, kind} <= _SETTLEMENTS
    ):
        place = unknown_place(st, text, kind, p, start, end)
    st.add(Mention(p, start, end, st.place(place), "name"))


def _relisted(st: ArticleState, e: Entity, m: Mention, span: tuple[int, int], kind: str) -> bool:
    """Whether a known place listed after an area cue is that area rather than the town
    it was taken for: 'the departments of La Paz and Intibucá' are Honduras's
    departments, which the references know, not the town of Intibucá."""
    if e.entity_type != "PLACE" or kind not in ("region", "district") or e.place is None:
        return False
    if (m.start, m.end) != span or e.place.place_kind not in ("town", "city", "village"):
        return False
    area = resolve_place(st, st.docs[m.para][m.start : m.end].text, kind)
    return area is not None and area.place_kind == kind


# -- town names the model cut up or mistyped -------------------------------------------------

# Lower-case words and marks inside a town's name: the name particles ('Santa Elena de
# Uairén', 'Dar es Salaam') and a few more ('Mazar-i-Sharif', "Cox's Bazar").
_NAME_JOINERS = NAME_PARTICLES | frozenset(_DATA["name_joiners"])
# The smallest town whose name, found in a country the article names, overrules the model.
KNOWN_TOWN_POPULATION = 15_000
_LONGEST_NAME = 6


def _run_words(doc: Doc, i: int) -> int:
    """End of the title-case run from token i, joiners inside it, ending on a name word."""
    end, j = i, i
    while j < len(doc) and j - i < _LONGEST_NAME:
        tok = doc[j]
        if tok.is_title and tok.is_alpha:
            end = j + 1
        elif tok.lower_ not in _NAME_JOINERS or (tok.whitespace_ and tok.text == "-"):
            break
        j += 1
    return end


def _known_town(st: ArticleState, span: Span) -> bool:
    """Is the span, word for word, a town or division the references know in a country
    the article names ('Boa Vista' in a story that names Brazil)?"""
    place = st.lookup_place(span.text, curated=False)
    if place is None or place.country_code not in st.hint_countries:
        return False
    if place.geonameid is not None and (place.population or 0) < KNOWN_TOWN_POPULATION:
        return False
    # Its name, in another spelling at most: 'Tay Ninh' is no old name of Xining.
    return SequenceMatcher(None, ref.key(place.name), ref.key(span.text)).ratio() >= 0.75


def _struck_town(st: ArticleState, doc: Doc, i: int) -> bool:
    """A one-word name struck, shelled or attacked ("missiles hit Kharkiv", "shelled
    Narva"), which the model left untagged or took for a body or a person, when the
    references know a town of that name in a country the article names."""
    tok = doc[i]
    if not (tok.is_title and tok.is_alpha and tok.tag_ == "NNP"):
        return False
    if (i and doc[i - 1].is_title and doc[i - 1].tag_ == "NNP") or (
        i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].tag_ == "NNP"
    ):
        return False  # part of a longer name
    root = first_conjunct(tok)
    verbs = lexset("place_object_verbs") | lexset("capital_object_verbs")
    if not (root.dep_ == "dobj" and lemma_of(root.head) in verbs):
        return False
    return _known_town(st, doc[i : i + 1])


def known_town_names(st: ArticleState) -> None:
    """A town's name of two words or more that the model cut in two ('Boa' a place and
    'Vista' an organization), left untagged or took for an organization, or for a person
    after a placing word ('fled to Velikiye Luki'), is one place name when the references
    know that town in a country the article names. Runs before the mentions are read, so
    every later rule sees the corrected name."""
    for doc in st.docs:
        fixed: list[Span] = []
        i = 0
        while i < len(doc):
            end = _run_words(doc, i) if doc[i].is_title and doc[i].is_alpha else i
            found = next(
                (
                    doc[i:j]
                    for j in range(end, i + 1, -1)
                    if doc[j - 1].is_title and _known_town(st, doc[i:j])
                ),
                None,
            )
            if found is None and _struck_town(st, doc, i):
                found = doc[i : i + 1]
            if found is None:
                i += 1
                continue
            i = found.end
            if (
                found.start and doc[found.start - 1].is_title and doc[found.start - 1].tag_ == "NNP"
            ) or (found.end < len(doc) and doc[found.end].is_title):
                continue  # part of a longer name ("Cox's Bazar Medical College Hospital")
            ents = [e for e in doc.ents if e.start < found.end and found.start < e.end]
            if any(e.start < found.start or found.end < e.end or e.id_ for e in ents):
                continue  # a longer name, or one the references already know
            if len(ents) == 1 and (ents[0].start, ents[0].end) == (found.start, found.end):
                label = ents[0].label_
                if label in ("GPE", "LOC", "FAC"):
                    continue
                before = doc[found.start - 1].lower_ if found.start else ""
                if label == "PERSON" and before not in _PLACING_PREPS | _WEAK_PREPS:
                    continue  # a person's name may be a town's too ('Lázaro Cárdenas')
            fixed.append(Span(doc, found.start, found.end, label="GPE"))
        if fixed:
            keep = [
                e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in fixed)
            ]
            doc.ents = sorted(keep + fixed, key=lambda s: s.start)


# -- the dateline --------------------------------------------------------------------------


def add_known_place(st: ArticleState, p: int, start: int, end: int) -> bool:
    """Make tokens [start, end) a place mention when the reference knows a place by that
    name in a country the article already places things in (names the model left
    untagged are otherwise too often something else)."""
    place = st.lookup_place(st.docs[p][start:end].text)
    if place is None or place.country_code not in st.hint_countries:
        return False
    st.add(Mention(p, start, end, st.place(place), "name"))
    return True


# Marks opening a list item: "- Goražde: 11 killed", "• Kharkiv: ...".
_BULLETS = {"-", "–", "—", "•", "*", "·"}


def labelled_places(st: ArticleState) -> None:
    """A list item labelled with a place's name ("- Goražde: 11 killed and 38 wounded"),
    which the model often leaves untagged: a place when the reference knows one by that
    name in a country the article already places things in."""
    for p, doc in enumerate(st.docs):
        starts = [0] + [t.i + 1 for t in doc if "\n" in t.text or "\n" in t.whitespace_]
        for start in starts:
            j = start
            while j < len(doc) and doc[j].text in _BULLETS:
                j += 1
            if j == start and "\n" not in doc_text(doc):
                continue  # a paragraph of its own opening "Sarajevo: ..." is a dateline's
            k = j
            while k < len(doc) and k - j < 4 and doc[k].is_title and doc[k].is_alpha:
                k += 1
            if k == j or k >= len(doc) or doc[k].text != ":":
                continue
            if any(m.para == p and m.start < k and j < m.end for m in st.mentions):
                continue
            add_known_place(st, p, j, k)


def dateline(st: ArticleState) -> None:
    """'PORT VESNA, Marland (Nordwire) -', 'Baku, 4 March (Trend) -': the words opening the
    first paragraph name the place the article is filed from (the city, even when it is a
    capital), the name in brackets the news agency."""
    if not st.docs:
        return
    _head_dateline(st)
    found = dateline_spans(st.docs[0].text) or _colon_dateline(st, st.docs[0].text)
    # 'June 5, 2025 4:12 PM GMT+3 Updated 2 hours ago', 'Photo: press service of the
    # Ministry of Defence' or a caption with its picture's credit ('Families arrive in
    # Kigoma on Tuesday. (ALP/Baraka Mwaipopo)') above 'ADEN, June 5 (Nordwire) -'.
    k = 0
    while (
        found is None
        and k + 1 < min(len(st.docs), 3)
        and (_time_stamp(st.docs[k]) or _caption(st.docs[k]) or _credited(st.docs[k]))
    ):
        k += 1
        found = dateline_spans(st.docs[k].text)
    if found is None:
        # A rights group's release opens with the city alone in brackets, below its
        # headline, standfirst, share buttons and photo: "(Bangkok) – A rocket attack ...".
        k, found = next(
            (
                (j, (m.span("place"), None))
                for j, doc in enumerate(st.docs[:BRACKETED_CITY_WITHIN])
                if (m := _BRACKETED_CITY_RE.match(doc.text)) and _known_city(st, m["place"])
            ),
            (0, None),
        )
    st.dateline_para = k if found is not None else 0
    doc = st.docs[st.dateline_para]
    if found is not None:
        place_chars, agency_chars = found
        if agency_chars is not None:
            outlet_at(st, st.dateline_para, doc, agency_chars, bracketed=True)
        span = doc.char_span(*place_chars, alignment_mode="expand")
        start, end = (span.start, span.end) if span is not None else (0, 0)
        slash = next((t.i for t in doc[start:end] if t.text == "/"), None)
        if slash is not None:
            # "ISLAMABAD/KABUL -": filed from two places; each is one.
            _dateline_place(st, doc, slash + 1, end)
            end = slash
    else:
        if (label := TRANSCRIPT_LABEL_RE.match(doc_text(doc))) is not None and label["who"]:
            return  # "MS X (GOVERNMENT SPOKESPERSON):" opens a transcript's turn
        start = end = 0
        while end < len(doc) and end < 5 and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        if not end or end >= len(doc) or doc[end].text not in (",", "-", "(", "\u2014", "\u2013"):
            return
        if doc[end].text != "," and not doc[end - 1].whitespace_:
            return  # "HALLOWAY-PIERCE:": a hyphen inside a name, no dateline's dash
        from newsledger.extract.entities.collect import org_words

        if any(t.lower_ in org_words() for t in doc[start:end]):
            return  # "INTER SERVICES PUBLIC RELATIONS (ISPR) | Media": a body's masthead
    _dateline_place(st, doc, start, end)


# The city alone in brackets opening a paragraph, and how many paragraphs down it may
# stand. "(Nordwire) –" looks the same: only a city the references know is a dateline.
_BRACKETED_CITY_RE = re.compile(
    r"^\((?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})\)\s*[-\u2013\u2014]\s"
)
BRACKETED_CITY_WITHIN = 6


def _known_city(st: ArticleState, name: str) -> bool:
    """Is the name a city or town of some size the references know (a capital, a
    curated city, or a GeoNames town of at least KNOWN_TOWN_POPULATION)?"""
    place = st.lookup_place(name, kind="city")
    if place is None or place.place_kind not in ("city", "town"):
        return False
    return place.geonameid is None or (place.population or 0) >= KNOWN_TOWN_POPULATION


def _colon_dateline(
    st: ArticleState, text: str
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """ "RAWALPINDI/SIALKOT: ...": a dateline when each of its names is a town or city the
    references know in a country the article names, not a speaker's name in capitals."""
    span = colon_dateline_span(text)
    if span is None:
        return None
    for part in text[span[0] : span[1]].split("/"):
        place = st.lookup_place(part.strip().title())
        if place is None or place.place_kind not in ("city", "town", "village"):
            return None
    return span, None


def _headline_states(st: ArticleState) -> set[str]:
    """The states the headline names, or whose towns of some size it names."""
    headline = st.text.split("\n", 1)[0]
    states = {c for c, _, _ in ref.countries_in(headline)}
    for m in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", headline):
        place = ref.lookup_place(m.group(0), curated=False)
        if place is not None and (place.population or 0) >= ref.BIG_CITY:
            states.add(str(place.country_code))
    return states


def _head_dateline(st: ArticleState) -> None:
    """A dateline alone on a line of the head ("QUITO, Ecuador, Nov. 6, 2018"): each of its
    places ("ISLAMABAD/KABUL") is the city the story was filed from, capital or not."""
    head_end = st.offsets[0] if st.offsets else len(st.text)
    found = head_dateline(st.text[:head_end])
    if found is None:
        return
    start, end, country, caps = found
    match = ref.lookup_country(country) if country else None
    iso3 = match.iso3 if match else None
    at = start
    for part in st.text[start:end].split("/"):
        name = part.strip().title()
        s = st.text.index(part.strip(), at)
        at = s + len(part.strip())
        place = ref.lookup_place(name, countries=[iso3]) if iso3 else st.lookup_place(name)
        if place is None or place.place_kind not in ("town", "city", "village"):
            if not caps:
                continue  # "Thursday, 3 December": only a known town is a paper's seat
            place = _article_place(name, "city", iso3)
        if caps is None and place.country_code not in _headline_states(st):
            # A masthead's seat ("WEST AFRICA DESK | Dakar | ...") is the story's place
            # only when the headline names its country or one of its towns.
            continue
        eid = st.place(place)
        st.head_dateline.append(eid)
        st.mentions.append(Mention(-1, 0, 0, eid, "name", s, at))


# Ways and crossings named by their two ends ('the Maiduguri-Dikwa road', 'the
# Semalka-Fishkhabour crossing').
_ROUTE_END_NOUNS = frozenset(_DATA["route_cues"]) | frozenset(_DATA["crossing_cues"])
_DASHES = ("-", "\u2013")


def route_ends(st: ArticleState, persons: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """The two ends of a way named by them ('the Nimule-Juba road') are places, whatever
    the model made of the words: a capital there is the city, not its state speaking, and
    neither end is a person or a body. The kind and coordinates come from the gazetteer
    when it knows the name in the article's countries. Returns ``persons`` without the
    spans now read as places."""
    ends: list[tuple[int, int, int]] = []
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if tok.lower_ not in _ROUTE_END_NOUNS or not tok.is_lower or tok.i < 3:
                continue  # not 'the Mandalay-Lashio Union Highway': a road's own name
            second = _name_before(doc, tok.i)
            if second is None or second[0] < 2:
                continue
            dash = doc[second[0] - 1]
            if dash.text not in _DASHES or dash.whitespace_ or doc[second[0] - 2].whitespace_:
                continue
            first = _name_before(doc, dash.i)
            if first is None:
                continue
            if any(_country_word(doc[a:b].text) for a, b in (first, second)):
                continue  # 'the Iraq-Syria crossing', 'the Pan-American highway'
            ends += [(p, *first), (p, *second)]
    for p, start, end in ends:
        inside = [m for m in st.mentions if m.para == p and m.start < end and start < m.end]
        if any(st.entities[m.entity_id].entity_type == "PLACE" for m in inside):
            continue
        st.mentions = [m for m in st.mentions if m not in inside]
        text = st.docs[p][start:end].text
        place = st.lookup_place(text)
        if place is None or place.place_kind not in ("town", "city", "village"):
            place = unknown_place(st, text, None, p, start, end)
        st.add(Mention(p, start, end, st.place(place), "name"))
    return [
        (q, span)
        for q, span in persons
        if not any(q == p and span.start < end and start < span.end for p, start, end in ends)
    ]


def _country_word(text: str) -> bool:
    """A country's name or demonym; a capital is a city at a way's end."""
    found = ref.lookup_country(text)
    return found is not None and found.mention_kind != "metonym"


def _name_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The title-case name of one to three words ending just before token ``i``."""
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    while start < i and doc[start].is_stop:
        start += 1  # 'The' opening the sentence
    return (start, i) if start < i else None


def byline_places(st: ArticleState) -> None:
    """Where the byline places its reporters ("By Hana Choi in Seoul", "By Chinedu Okafor,
    Calabar"): a place when the gazetteer knows a town or city by that name."""
    head_end = st.offsets[0] if st.offsets else len(st.text)
    for start, end in byline_place_spans(st.text[:head_end]):
        place = st.lookup_place(st.text[start:end])
        if place is None or place.place_kind not in ("town", "city", "village"):
            continue
        # Where a reporter sits says nothing of where the story is: no hint of its
        # country for the names read after it.
        eid = st.place(place, hint=False)
        st.mentions.append(Mention(-1, 0, 0, eid, "name", start, end))


def _credited(doc: Doc) -> bool:
    """One line closing on a picture's credit, in brackets or after the caption's last
    sentence: '... (ALP/Baraka Mwaipopo)', '... Friday. SAMUDRA/Rizky Pratama', '...
    afternoon. Photo: Luka Vidović-Tomić/Posavski glasnik'."""
    return "\n" not in doc_text(doc) and bool(_CREDIT_END_RE.search(doc_text(doc)))


_CREDIT_END_RE = re.compile(
    r"(?:\((?:[A-Z]{2,8}/[^()\n]{2,60}|[A-Z]{2,8})\)"
    r"|(?<=[.!?)] )[A-Z]{2,8}/[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
    # "... on Monday afternoon. Photo: Luka Vidović-Tomić/Posavski glasnik"
    r"|(?<=[.!?)] )(?:Photo|Picture|Image)s?: [^\n.!?]{2,80})\s*$"
)


def _caption(doc: Doc) -> bool:
    """A picture's caption or credit line above the story ('Photo: ...', '[Photo: ...]')."""
    return "\n" not in doc_text(doc) and bool(_CAPTION_RE.match(doc_text(doc)))


# 'Photo: ...', '[Photo: ...]', and a gallery's numbered picture: '[1/2] A Tunisian army ...'
_CAPTION_RE = re.compile(
    r"\[?(?:photo|picture|image|file photo|video)\b|\[\d{1,2}/\d{1,2}\]", re.IGNORECASE
)


def _time_stamp(doc: Doc) -> bool:
    """A paragraph that is only a date and time line, as web pages put above the story."""
    return (
        len(doc) <= 16
        and "\n" not in doc_text(doc)
        and find_date(doc_text(doc)) is not None
        and not any(t.pos_ == "VERB" and t.lower_ != "updated" for t in doc)
    )


def _dateline_place(st: ArticleState, doc: Doc, start: int, end: int) -> None:
    if end <= start:
        return
    p = st.dateline_para
    inside = [m for m in st.mentions if m.para == p and m.start < end and start < m.end]
    text = doc[start:end].text
    text = text.title() if text.isupper() else text
    from newsledger.extract.entities.collect import org_words

    if any(t.lower_ in org_words() for t in doc[start:end]) and st.lookup_place(text) is None:
        return  # "MINISTRY OF PUBLIC SECURITY – FUERZA PÚBLICA": a body's masthead
    # A capital in a dateline is the city the story was filed from, not its state; a
    # name the model took for an organization ('ISLAMABAD/KABUL -') is a place too, and
    # so is the city a region shares its name with ('(KHARTOUM) -').
    city = st.lookup_place(text, kind="city")
    if any(
        (e := st.entities[m.entity_id]).entity_type not in ("COUNTRY", "ORG", "PLACE")
        or (e.entity_type == "ORG" and reference_backed(e))
        or (
            e.entity_type == "PLACE"
            and (e.place is None or e.place.place_kind != "region" or city is None)
        )
        for m in inside
    ):
        return
    st.mentions = [m for m in st.mentions if m not in inside]
    place = city if city is not None and city.place_kind in ("town", "city") else None
    place = place or st.lookup_place(text)
    if place is None or place.place_kind not in ("town", "city", "village"):
        place = unknown_place(st, text, "city", p, start, end)
    st.add(Mention(p, start, end, st.place(place), "name"))


# Where an outlet is credited outside a dateline: "(Nordwire) - Three soldiers ...",
# "Ivo Marek © Nordwire", "Nordwire / June 5, 2024", '"..." - Nordwire, January 16, 2024'.
_OUTLET = r"(?P<agency>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})"
_CREDIT_RES = (
    re.compile(rf"^\({_OUTLET}\)\s*[-\u2013\u2014]\s"),
    re.compile(rf"\u00a9\s*{_OUTLET}\s*$", re.M),
    re.compile(rf"^{_OUTLET}\s*/\s*(?={MONTH_DATE_RE})", re.M),
    re.compile(rf"\s[-\u2013\u2014]\s{_OUTLET},\s*(?={MONTH_DATE_RE})"),
)


# The outlet a byline names its writer's post at: "By Jane Doe, Nordwire correspondent in
# Dori", "Jane Doe, Daily Star staff reporter".
# A masthead line: the outlet's name of two to four words in capitals, then its desks
# or edition after a bar.
_MASTHEAD_NAME_RE = re.compile(
    r"^(?:THE )?(?P<name>[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){1,3})\s+\|\s", re.M
)
_BYLINE_OUTLET_RE = re.compile(
    rf"(?:,|\bfor)\s+{_OUTLET}\s+(?:(?:special|senior|chief|staff|foreign|regional|local)\s+)?"
    r"(?:correspondent|reporter|writer|stringer|bureau chief)s?\b"
)


def credited_outlets(st: ArticleState) -> None:
    """Outlets credited in a line of their own or in brackets (see ``_CREDIT_RES``), and
    the one a byline names its writer's post at, are organizations, ones the model rarely
    tags (and often takes for a person: "told Nordwire that ...")."""
    texts = [doc_text(doc) for doc in st.docs]
    for p, doc in enumerate(st.docs):
        for pattern in _CREDIT_RES:
            for m in pattern.finditer(texts[p]):
                outlet_at(st, p, doc, m.span("agency"))
    head = st.text[: st.offsets[0]] if st.offsets else ""
    names = {m["agency"] for m in _BYLINE_OUTLET_RE.finditer(head)}
    # The masthead's name in capitals ("SAHEL WITNESS | Niger | ..."), which the body
    # writes as a name ("told Sahel Witness"): the outlet, whatever the model read.
    mastheads = {string.capwords(m["name"]) for m in _MASTHEAD_NAME_RE.finditer(head)}
    for name in names | mastheads:
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        for p, doc in enumerate(st.docs):
            for m in pattern.finditer(texts[p]):
                outlet_at(st, p, doc, m.span(), bracketed=name in mastheads)
                if (span := doc.char_span(*m.span(), alignment_mode="expand")) is not None:
                    st.outlet_tokens.update((p, i) for i in range(span.start, span.end))


def outlet_at(
    st: ArticleState, p: int, doc: Doc, chars: tuple[int, int], bracketed: bool = False
) -> None:
    """The outlet at ``chars`` of paragraph ``p``: a known organization, or a new one
    named so; the organization already named there, if any; nothing where another
    mention stands or the name is a country or place. In a dateline's brackets ('(Sahel
    Wire) -') it is the agency whatever the model read, unless the references know the
    name as something else. Outlets are kept in ``st.outlets``."""
    span = doc.char_span(*chars, alignment_mode="expand")
    if span is None:
        return
    inside = [m for m in st.mentions if m.para == p and m.start < span.end and span.start < m.end]
    orgs = [m.entity_id for m in inside if st.entities[m.entity_id].entity_type == "ORG"]
    if orgs:
        st.outlets.update(orgs)  # 'Iraqi News Agency (INA)', named before the dateline's 'INA'
        return
    if inside and bracketed and not any(reference_backed(st.entities[m.entity_id]) for m in inside):
        st.mentions = [m for m in st.mentions if m not in inside]
    elif inside:
        return
    # The name as written, not the token the tokenizer grew around it ('/TASS/.').
    name = doc_text(doc)[chars[0] : chars[1]]
    if ref.lookup_country(name) or ref.lookup_place(name, geonames=False):
        return
    index = ref.org_name_index()
    org = index.get(ref.key(name)) or ref.Org(entity_id("ORG", name), name, None)
    st.add(Mention(p, span.start, span.end, st.org(org), "name"))
    st.outlets.add(org.entity_id)


# Prepositions that place a thing ('over Safim'), those that take people too ('from
# Ali'), and nouns a place name modifies ('the Bure front').
_PLACING_PREPS = frozenset(_DATA["placing_preps"])
_WEAK_PREPS = frozenset(_DATA["weak_preps"])
_PLACE_HEADS = frozenset(_DATA["place_heads"])
_SITE_HEADS = frozenset(_DATA["site_heads"])
_PLACING_OF_HEADS = frozenset(_DATA["placing_of_heads"])


# People named by where they live ('residents of Nyive', 'villagers from Ban Khok').
HOME_DWELLERS = frozenset(_DATA["home_dwellers"])


def situated_names(st: ArticleState) -> None:
    """A name the model left untagged that the sentence itself situates, as a place the
    reference knows in a country the article already places things in: one a distance
    is given from ("Damboa is 70 kilometers from Maiduguri") or one opening a line
    placed in a known place ("Bama in Borno state, Nigeria", a caption); and the home
    of the people named by it ("residents of Nyive"), known to a reference or not."""
    for p, doc in enumerate(st.docs):
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        starts = {m.start for m in st.mentions if m.para == p}
        for tok in doc:
            if tok.i in taken or tok.ent_type_ or tok.tag_ != "NNP" or not tok.is_title:
                continue
            placed = tok.i == tok.sent.start and (
                tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "in" and tok.i + 2 in starts
            )
            distance = (
                tok.dep_ == "nsubj"
                and tok.head.lemma_ == "be"
                and any(
                    lemma_of(t) in lexset("length_units") for t in tok.head.subtree if t.i > tok.i
                )
            )
            if placed or distance:
                add_known_place(st, p, tok.i, tok.i + 1)
            elif (
                tok.i
                and doc[tok.i - 1].lower_ in ("of", "from")
                and lemma_of(doc[tok.i - 1].head) in HOME_DWELLERS
                and doc[tok.i - 1].head.i < tok.i - 1
            ):
                # 'Residents of Nyive fled': where people live, known to a reference or not.
                # 'Ma-ei': a hyphen joins the name's lower-case part
                end = hyphen_joined_end(doc, _name_run(doc, tok.i, 1), titled=False)
                if end < len(doc) and doc[end].pos_ == "NOUN":
                    continue  # 'residents of Federation villages': the name is a modifier
                if any(i in taken or doc[i].ent_type_ for i in range(tok.i, end)):
                    continue
                if not add_known_place(st, p, tok.i, end):
                    place = unknown_place(st, doc[tok.i : end].text, None, p, tok.i, end)
                    st.add(Mention(p, tok.i, end, st.place(place), "name"))
                taken.update(range(tok.i, end))


# How many times more often the article must name the other state by its own names
# than the one a shared name most often means, for the shared name to mean the other.
SHARED_NAME_MAJORITY = 3


def shared_country_names(st: ArticleState) -> None:
    """ "the Congo" and "Congolese" in a story of the Republic of the Congo, which the
    article names as such ("Republic of the Congo", "Congo-Brazzaville", "Brazzaville")
    and the Democratic Republic by its own names never, or at most a third as often
    ("Kinshasa" once, across the river): the Republic's (``shared_country_names``)."""
    shared: dict[str, list[str]] = lexicon()["shared_country_names"]

    def surface(m: Mention) -> str:
        return re.sub(r"^the\s+", "", st.docs[m.para][m.start : m.end].text.casefold())

    countries = [m for m in st.mentions if st.entities[m.entity_id].entity_type == "COUNTRY"]
    for form in {surface(m) for m in countries} & shared.keys():
        default, other = shared[form][0], shared[form][1:]
        own = Counter(
            st.entities[m.entity_id].country_code for m in countries if surface(m) not in shared
        )
        named = [iso for iso in other if own[iso]]
        if len(named) != 1 or own[default] * SHARED_NAME_MAJORITY > own[named[0]]:
            continue
        target = st.country(named[0])
        moved = {m.entity_id for m in countries if surface(m) == form}
        for m in countries:
            if surface(m) == form and st.entities[m.entity_id].country_code == default:
                m.entity_id = target
        for eid in moved - {m.entity_id for m in st.mentions}:
            del st.entities[eid]


def stated_countries(st: ArticleState) -> None:
    """A town the references put in one country that the text places in another: 'Kaya,
    South Sudan' is not Burkina Faso's Kaya. It becomes the stated country's town of that
    name, else a place the references lack, in that country. Only GeoNames' picks give
    way; the curated places and the countries the text states for them agree by design."""
    by_place: dict[str, list[Mention]] = {}
    for m in st.mentions:
        if m.para >= 0 and st.entities[m.entity_id].entity_type == "PLACE":
            by_place.setdefault(m.entity_id, []).append(m)
    for eid, mentions in by_place.items():
        ent = st.entities[eid]
        if ent.place is None or ent.place.geonameid is None or not ent.country_code:
            continue
        stated = {
            c
            for m in mentions
            if (c := _country_beside(st, m.para, m.start, m.end, cued=True)) is not None
        }
        if len(stated) != 1 or ent.country_code in stated:
            continue
        iso3 = stated.pop()
        name = st.docs[mentions[0].para][mentions[0].start : mentions[0].end].text
        place = ref.lookup_place(name, countries=[iso3], core=[iso3], curated=False)
        if place is None or place.country_code != iso3:
            place = _article_place(name, None, iso3)
        new = st.place(place, hint=False)
        for m in mentions:
            m.entity_id = new
        if not any(m.entity_id == eid for m in st.mentions):
            del st.entities[eid]


def repeated_places(st: ArticleState) -> None:
    """A place's name the model tagged once and left untagged elsewhere ("Tigray's regional
    health bureau" after "the Tigray region"): the same place wherever its name stands
    alone, title-case and not part of another name, so the rules that read a place's
    company (its bodies, what happened there) see it there too."""
    forms: dict[tuple[str, ...], str] = {}
    for m in st.mentions:
        if m.para < 0 or st.entities[m.entity_id].entity_type != "PLACE":
            continue
        words = tuple(t.text for t in st.docs[m.para][m.start : m.end])
        if all(w[:1].isupper() for w in words) and words[0].lower() not in st.lower_words:
            forms.setdefault(words, m.entity_id)
    if not forms:
        return
    for p, doc in enumerate(st.docs):
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in doc:
            if tok.i in taken or tok.ent_type_ or not tok.is_title:
                continue
            for words, eid in forms.items():
                end = tok.i + len(words)
                if (
                    end <= len(doc)
                    and tuple(t.text for t in doc[tok.i : end]) == words
                    and not any(t.i in taken or t.ent_type_ for t in doc[tok.i : end])
                    # Not the start of a longer name ('Tigray People's Liberation Front').
                    and not (end < len(doc) and doc[end].is_title and doc[end].tag_ == "NNP")
                    and not (tok.i and doc[tok.i - 1].is_title and doc[tok.i - 1].tag_ == "NNP")
                ):
                    st.add(Mention(p, tok.i, end, eid, "name"))
                    taken.update(range(tok.i, end))
                    break


_SHORT_FORM_FEATURES = frozenset(_DATA["short_form_features"])


def feature_short_forms(st: ArticleState) -> None:
    """ "The Strip" after "the Gaza Strip": a feature's last word alone, capitalised after
    "the", is the one place of the article whose name ends with it (the model takes it
    for a place of its own, "Strip", or leaves it untagged)."""
    full: dict[str, set[str]] = {}
    for m in st.mentions:
        if m.para < 0 or st.entities[m.entity_id].entity_type != "PLACE" or m.end - m.start < 2:
            continue
        last = st.docs[m.para][m.end - 1]
        if last.lower_ in _SHORT_FORM_FEATURES and last.is_title:
            full.setdefault(last.lower_, set()).add(m.entity_id)
    full = {w: eids for w, eids in full.items() if len(eids) == 1}
    if not full:
        return
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if tok.lower_ not in full or not tok.is_title or not tok.i:
                continue
            if doc[tok.i - 1].lower_ != "the" or (
                tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].tag_ == "NNP"
            ):
                continue  # 'the Strip Club', and the full name itself ('the Gaza Strip')
            (eid,) = full[tok.lower_]
            at = [m for m in st.mentions if m.para == p and m.start <= tok.i < m.end]
            if not at:
                st.add(Mention(p, tok.i, tok.i + 1, eid, "name"))
            for m in at:
                one_word = m.start == tok.i and m.end == tok.i + 1
                if one_word and st.entities[m.entity_id].entity_type == "PLACE":
                    m.entity_id = eid


# Feature words an island's name may drop: "Migingo Island" is "Migingo".
_ISLAND_WORDS = frozenset(
    {"island", "islands", "isle", "islet", "cay", "caye", "cayes", "atoll", "reef", "reefs"}
)


def feature_full_forms(st: ArticleState) -> None:
    """ "Migingo Island" beside "Migingo": an island named with its feature word where the
    article also names it without is that one place, the short name's entity, which takes
    the full name as an alias."""
    by_key = {
        ref.key(st.entities[m.entity_id].canonical_name): m.entity_id
        for m in st.mentions
        if m.para >= 0 and st.entities[m.entity_id].entity_type == "PLACE"
    }
    for m in st.mentions:
        if m.para < 0 or m.end - m.start < 2 or st.entities[m.entity_id].entity_type != "PLACE":
            continue
        doc = st.docs[m.para]
        last = doc[m.end - 1]
        if not last.is_title or last.lower_ not in _ISLAND_WORDS:
            continue  # "the Narva River" is no name of the city of Narva
        short = by_key.get(ref.key(doc[m.start : m.end - 1].text))
        if short is None or short == m.entity_id:
            continue
        st.entities[short].aliases.add(doc[m.start : m.end].text)
        m.entity_id = short


def coordinated_places(st: ArticleState) -> None:
    """A name the model left untagged among places coordinated with it ("from Caracas to
    Maracay, Valencia and Maracaibo"): a place when the reference knows one by that name
    in a country the article already places things in."""
    for p, doc in enumerate(st.docs):
        placed = {
            i
            for m in st.mentions
            if m.para == p and st.entities[m.entity_id].entity_type == "PLACE"
            for i in range(m.start, m.end)
        }
        if not placed:
            continue
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in doc:
            if tok.i in taken or tok.tag_ != "NNP" or not tok.is_title:
                continue
            if tok.ent_type_ and not (tok.ent_type_ == "NORP" and not tok.ent_id_):
                continue  # a people no reference knows ('Dalwatu') may be a town
            kin = [c for c in tok.children if c.dep_ == "conj"]
            if tok.dep_ == "conj":
                kin.append(tok.head)
            if not any(k.i in placed for k in kin):
                continue
            start = min([c.i for c in tok.lefts if c.dep_ == "compound"] + [tok.i])
            if any(i in taken for i in range(start, tok.i)):
                continue
            if add_known_place(st, p, start, tok.i + 1) or _add_listed_place(
                st, p, start, tok.i + 1, placed
            ):
                taken.update(range(start, tok.i + 1))


def placed_names(st: ArticleState) -> None:
    """A name the model left untagged where a placing word sets it ('fighting in Ghat',
    'the outskirts of Ghat', 'fled from Ghat towards Ubari'): a place when the reference
    knows one by that name in a country the article already places things in. The model
    said nothing of the name, so a small town counts too; only a name it left untagged,
    never one it read as something else."""
    for p, doc in enumerate(st.docs):
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in doc:
            if tok.i in taken or tok.ent_type_ or tok.tag_ != "NNP" or not tok.is_title:
                continue
            if tok.dep_ != "pobj" or any(c.dep_ == "det" for c in tok.children):
                continue  # 'the Zambezi', 'to the Mission': a river, a body
            start = min([c.i for c in tok.lefts if c.dep_ == "compound"] + [tok.i])
            span = range(start, tok.i + 1)
            if any(i in taken or doc[i].ent_type_ or not doc[i].is_title for i in span):
                continue
            # 'in', 'near', 'the outskirts of'; 'from' or 'to' only after a verb ('fled
            # from Ghat'), for people are from somewhere too ('a letter from Ghat').
            placing = _placing(st, Mention(p, start, tok.i + 1, "", "name"))
            if placing not in ("strong", "weak") or (
                placing == "weak" and conjuncts(tok)[0].head.head.pos_ != "VERB"
            ):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
                continue  # part of a longer name the parse split
            if add_known_place(st, p, start, tok.i + 1):
                taken.update(span)


def _add_listed_place(st: ArticleState, p: int, start: int, end: int, placed: set[int]) -> bool:
    """A name no reference knows in a list of two or more places set after a placing word
    ('clinics in Maiduguri, Monguno, Gwoza, Pulka and Rann'): a place, of no known kind."""
    items = conjuncts(st.docs[p][end - 1])
    first = items[0]
    if first.dep_ != "pobj" or first.head.lower_ not in _PLACING_PREPS - _WEAK_PREPS:
        return False
    if sum(t.i in placed for t in items) < 2:
        return False
    place = unknown_place(st, st.docs[p][start:end].text, None, p, start, end)
    st.add(Mention(p, start, end, st.place(place), "name"))
    return True


def persons_as_places(st: ArticleState) -> None:
    """A 'person' the article only ever places things at, who never speaks, acts, holds
    a role or is called 'he' or 'she', is a place the model mistook: 'shot down a
    helicopter over Safim', 'the Bure front'. The references give it coordinates when
    they know it in the article's countries; a strong placing word ('in', 'near') is
    enough without them."""
    with_roles = {str(r["person_id"]) for r in st.roles}
    by_entity: dict[str, list[Mention]] = {}
    for m in st.mentions:
        by_entity.setdefault(m.entity_id, []).append(m)
    for eid, mentions in by_entity.items():
        e = st.entities.get(eid)
        if e is None or e.entity_type != "PERSON" or eid in with_roles:
            continue
        if any(m.kind != "name" for m in mentions):
            continue  # 'he', 'Mr X', a title: a person
        if any((m.para, m.start) in st.credited for m in mentions):
            continue  # 'reporting by A in Goma and B in Kinshasa': B reported
        contexts = [_placing(st, m) for m in mentions]
        # The fullest form names it: 'Debre Markos', not the 'Markos' the model cut out.
        first = max(mentions, key=lambda m: m.end - m.start)
        text = st.docs[first.para][first.start : first.end].text
        if not all(contexts) and _great_city(st, text) is None:
            continue
        place = st.lookup_place(text)
        if place is not None and place.country_code not in st.hint_countries:
            place = None
        if place is None and all(c in ("weak", "site") for c in contexts):
            continue
        if place is None:
            place = unknown_place(st, text, None, first.para, first.start, first.end)
        pid = st.place(place)
        for m in mentions:
            m.entity_id = pid
        del st.entities[eid]


def _great_city(st: ArticleState, text: str) -> ref.Place | None:
    """A city of the article's countries of more than ref.GREAT_CITY people, named in
    full by words of more than one ('Ho Chi Minh City'): no person's name, whatever the
    words around it."""
    if len(text.split()) < 2:
        return None
    place = st.lookup_place(text, curated=False)
    if (
        place is None
        or place.country_code not in st.hint_countries
        or place.place_kind != "city"
        or (place.population or 0) < ref.GREAT_CITY
        or ref.key(place.name) != ref.key(text)
    ):
        return None
    return place


def orgs_as_places(st: ArticleState) -> None:
    """An 'organization' with no word of one in its name and no acronym, that no reference
    knows and the article credits nowhere, and that the article only ever places things
    at ('west of Benque Viejo del Carmen', 'the mayor of Melchor de Mencos'): a place the
    model mistook, as :func:`persons_as_places` finds for persons."""
    from newsledger.extract.entities.collect import org_words

    words = org_words()
    by_entity: dict[str, list[Mention]] = {}
    for m in st.mentions:
        by_entity.setdefault(m.entity_id, []).append(m)
    for eid, mentions in by_entity.items():
        e = st.entities.get(eid)
        if e is None or e.entity_type != "ORG" or reference_backed(e) or eid in st.outlets:
            continue
        if any(m.kind != "name" or m.para < 0 for m in mentions):
            continue
        spans = [st.docs[m.para][m.start : m.end] for m in mentions]
        if any(t.lower_ in words or (t.is_upper and len(t) > 1) for s in spans for t in s):
            continue
        contexts = [_placing(st, m) for m in mentions]
        if not all(contexts) or all(c == "weak" for c in contexts):
            continue
        first = max(mentions, key=lambda m: m.end - m.start)
        text = st.docs[first.para][first.start : first.end].text
        place = st.lookup_place(text)
        if place is None or place.country_code not in st.hint_countries:
            place = unknown_place(st, text, None, first.para, first.start, first.end)
        pid = st.place(place)
        for m in mentions:
            m.entity_id = pid
        for r in st.roles:
            if r.get("org_id") == eid:
                r["org_id"] = None  # 'the mayor of Melchor de Mencos' serves no body of it
        del st.entities[eid]


def _placing(st: ArticleState, m: Mention) -> str | None:
    """'strong', 'weak' or 'site' (a site's name before its head noun) when a mention's
    words place something at it, else None."""
    span = st.docs[m.para][m.start : m.end]
    root = span.root
    head = root
    # 'in Maiduguri, Monguno, Ngala and Rann': a later item of a list is placed by the
    # list's word, when the list already holds places.
    items = conjuncts(root)
    first = items[0]
    if first is not root and any(
        n.entity_id in st.entities and st.entities[n.entity_id].entity_type == "PLACE"
        for n in st.mentions
        if n.para == m.para and any(n.start <= t.i < n.end for t in items)
    ):
        root = first
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # 'the Bure-Assab road'
        if head.lower_ in _PLACE_HEADS:
            return "strong"
        if head.lower_ in _SITE_HEADS:
            return "site"
    if root.dep_ == "pobj" and root.head.lower_ in _PLACING_PREPS | _WEAK_PREPS:
        return "weak" if root.head.lower_ in _WEAK_PREPS else "strong"
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "as"
        and root.doc[root.head.i - 1].lower_ == "far"
    ):
        return "strong"  # 'as far as Meyo-Kye'
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in _PLACING_OF_HEADS
    ):
        return "strong"  # 'west of Benque Viejo', 'the mayor of Melchor de Mencos'
    if root.dep_ == "nsubj" and _held(root.head):
        return "strong"  # 'Bentiu remains in rebel hands', 'is under army control'
    return None


def _held(verb: Token) -> bool:
    """Does the verb say its subject is held: 'in rebel hands', 'in the hands of the
    army', 'under the control of the army'? Said of ground; a person held so is told
    by other words too (a role, 'he' or 'she'), which keep it a person."""
    return any(lemma_of(t) in ("hand", "control") for t in holding_words(verb))
