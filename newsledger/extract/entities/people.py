"""People: full names, surname-only mentions and transliteration variants, the byline.

Full names come from the model, plus names after a title it missed ('Colonel Lieutenant Petro
Sydorenko'); leading titles and places are trimmed off. Surname-only mentions and
transliteration variants ('Aliev' for 'Ilham Aliyev') join the full name of the same article
by token match, then by rapidfuzz similarity of the anyascii forms. The byline's author is a
person with role ``author``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from newsledger.extract import reference as ref
from newsledger.extract.components import CREDIT_SUFFIXES, doc_text
from newsledger.extract.entities.collect import (
    names_machine,
    names_structure,
    names_vessel,
    org_words,
    past_portfolio_words,
)
from newsledger.extract.entities.places import NAME_PARTICLES, outlet_at
from newsledger.extract.entities.roles import role_at, role_held_in_place
from newsledger.extract.entities.state import (
    COUNTRY_LABELS,
    ArticleState,
    Entity,
    Mention,
    core,
    reference_backed,
)
from newsledger.extract.gender import word_gender
from newsledger.extract.syntax import (
    SIGNED_RE,
    aged,
    hyphen_joined_end,
    lemma_of,
    lexset,
    people_nouns,
)
from newsledger.ids import entity_id
from newsledger.parse import (
    CLIP_LABELS,
    POST_HEADER_RE,
    READER_LABEL_RE,
    SPEAKER_LABEL_RE,
    TRANSCRIPT_LABEL_RE,
)

SURNAME_SIMILARITY = 85  # rapidfuzz ratio, anyascii lower case: 'aliev' vs 'aliyev' is 91
FULL_NAME_SIMILARITY = 88

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


def people(st: ArticleState, persons: list[tuple[int, Span]], author: str | None = None) -> None:
    """Person mentions of the model's PERSON spans (``persons``) and of names it missed."""
    titled = _titled_names(st, persons)
    # A surname the model tagged alone inside a titled name found here is that name.
    persons = [
        (p, e)
        for p, e in persons
        if not any(q == p and n.start <= e.start and e.end <= n.end for q, n in titled)
    ]
    persons = _with_given_names(st, _with_name_honorifics(st, persons + titled))
    persons = persons + _untagged_full_names(st, persons)
    persons = persons + _appositive_names(st, persons)
    persons = persons + _described_names(st, persons)
    persons = persons + _names_before_a_role(st, persons)
    # A name the place lists turned into a village ('the city of Stepanakert') stays one;
    # so does an outlet the byline names ('told Nordwire that').
    places = {
        (m.para, i)
        for m in st.mentions
        if st.entities[m.entity_id].entity_type == "PLACE"
        for i in range(m.start, m.end)
    } | st.outlet_tokens
    persons = [
        (p, e) for p, e in persons if not places.intersection((p, i) for i in range(e.start, e.end))
    ]
    cleaned = [(p, c) for p, ent in persons if (c := _clean_person(st, p, ent))]
    # A name set in capitals ("GRANT HALLOWAY-PIERCE:") is written as names are.
    names = [
        (p, s, e, text.title() if (text := st.docs[p][s:e].text).isupper() else text)
        for p, (s, e) in cleaned
    ]
    clusters: list[list[str]] = []  # each: full-name forms, first is canonical
    full_names = [text for _, _, _, text in names]
    full_names[:0] = [n for n in author_names(author) if len(n.split()) >= 2]  # bylines name people
    for text in full_names:
        if len(text.split()) < 2:
            continue
        for cl in clusters:
            if _same_person(text, cl[0]):
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
    for m in st.mentions:
        if st.entities[m.entity_id].entity_type == "PLACE":
            span = st.docs[m.para][m.start : m.end]
            places_by_name.setdefault(ref.key(span.text), m.entity_id)
    alias_of, given = _known_as(st, names, clusters)
    for p, s, e, text in names:
        canonical = _canonical(text, clusters)
        canonical = alias_of.get(ref.key(canonical), canonical)
        if canonical == text and len(text.split()) == 1 and ref.key(text) in places_by_name:
            st.add(Mention(p, s, e, places_by_name[ref.key(text)], "name"))
            continue
        eid = entity_id("PERSON", canonical)
        if eid not in st.entities:
            st.entities[eid] = Entity(eid, "PERSON", canonical)
        st.add(Mention(p, s, e, eid, "name"))
    # An alias the model did not tag as a person is that person where it is given.
    taken = {(m.para, i) for m in st.mentions for i in range(m.start, m.end)}
    for p, s, e, person in given:
        if not any((p, i) in taken for i in range(s, e)):
            st.add(Mention(p, s, e, _person(st, person), "name"))
    _surname_scan(st, clusters, alias_of)
    _surnames_in_other_ents(st, clusters, alias_of)


_ALIAS_CUES = ("known as", "nicknamed", "alias", "a.k.a.", "aka", "nom de guerre", "dubbed")
# Words that may stand between a name and its alias cue ("Mohamed Dagalo, widely known as").
_ALIAS_ADVERBS = frozenset(
    {"also", "better", "widely", "popularly", "commonly", "locally", "more", "often"}
    | {"simply", "affectionately", "universally", "usually", "generally"}
)
ALIAS_WORDS = 5  # the longest alias read after a cue


def _alias_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """The span of the alias a cue gives right after a name ending at ``end``
    ("Mohamed Dagalo, better known as 'Kabila',"), or None."""
    i = end + (end < len(doc) and doc[end].text in (",", "("))
    while i < len(doc) and doc[i].lower_ in _ALIAS_ADVERBS:
        i += 1
    for cue in _ALIAS_CUES:
        n = next((n for n in range(1, 5) if len(doc[i : i + n].text) >= len(cue)), 0)
        if n and doc[i : i + n].text.lower() == cue:
            i += n
            break
    else:
        return None
    i += i < len(doc) and (doc[i].is_quote or doc[i].lower_ == "as")
    i += i < len(doc) and doc[i].lower_ == "the"  # 'known as "the Fox"'
    j = i
    while j < len(doc) and j - i < ALIAS_WORDS and (j == i or not doc[j].is_sent_start):
        tok = doc[j]
        joined = (
            j > i and not doc[j - 1].whitespace_ and (tok.text == "-" or doc[j - 1].text == "-")
        )
        if not (tok.is_title or joined or (tok.lower_ in NAME_PARTICLES and j > i)):
            break
        j += 1
    while j > i and not doc[j - 1].is_title:
        j -= 1  # a name ends on a name word, not on a particle or hyphen
    return (i, j) if j > i else None


def _known_as(
    st: ArticleState, names: list[tuple[int, int, int, str]], clusters: list[list[str]]
) -> tuple[dict[str, str], list[tuple[int, int, int, str]]]:
    """Names given as another name's alias ("Mahmoud Jassim Khalaf, known as Abu Harith
    al-Diyali", "Mohamed Dagalo, widely known as Kabila"): the alias's key (and its own
    cluster's) -> the person it names, and where each alias is given (paragraph, start,
    end, person). Wherever the article later uses the alias, it names that person."""
    alias_of: dict[str, str] = {}
    given: list[tuple[int, int, int, str]] = []
    for p, _, e, text in names:
        span = _alias_after(st.docs[p], e)
        if span is None:
            continue
        alias = st.docs[p][span[0] : span[1]].text
        target = _canonical(text, clusters)
        if ref.key(alias) in (ref.key(target), ref.key(text)):
            continue
        alias_of.setdefault(ref.key(alias), target)
        alias_of.setdefault(ref.key(_canonical(alias, clusters)), target)
        given.append((p, span[0], span[1], target))
    return alias_of, given


def _clean_person(st: ArticleState, p: int, ent: Span) -> tuple[int, int] | None:
    doc = ent.doc
    start, end = core(ent)
    dash = next(
        (t.i for t in doc[start:end] if t.text in ("-", "–", "—", "/", "©") and t.whitespace_),
        None,
    )
    if dash is not None and dash > start:
        # 'Laurent Gbagbo - burned': a caption's dash ends the name; so does a credit's
        # agency ('Ahmed Gedi / Shabelle Images', 'Hodan Warsame © Agency').
        end = dash
        while end - start > 1 and doc[end - 1].is_punct:
            end -= 1
    # Leading titles ('President Putin') and places ('Crimea Sergey Aksyonov') are not
    # part of the name; a place trimmed off is still a mention of that place.
    ranks = lexset("rank_abbreviations")
    titled = start > 0 and role_at(st, p, max(0, start - 6), start, at_end=True) is not None
    for k in range(end - 1, start, -1):
        # 'Minister of National [Defence Tomasz Nowak]': the model's span opens inside
        # a title that ends within it.
        r = role_at(st, p, max(0, start - 6), k, at_end=True)
        if r is not None and r.start < start:
            start, titled = k, True
            break
    while end - start > 1:
        r = role_at(st, p, start, end, at_end=False)
        if r and r.end < end:
            start = r.end
            titled = True
            continue
        if doc[start].lower_.rstrip(".") in ranks and doc[start + 1].is_title:
            start += 1  # 'Staff Lt. Gen. X' of 'Chief of General Staff Lt. Gen. X'
            continue
        lead = [
            s
            for s in st.ref_spans(p)
            if s.start == start and s.end < end and s.label_ in (COUNTRY_LABELS | {"PLACE"})
        ]
        held_in = role_held_in_place(st, p, start, end)
        if held_in is not None:
            # 'Tak Governor Somsak Inthanon': a title held in a place, which is a mention.
            place = st.lookup_place(doc[start : held_in.start].text)
            if place is not None:
                st.add(Mention(p, start, held_in.start, st.place(place), "name"))
            start = held_in.end
            continue
        if (
            titled
            and not lead
            and end - start >= 3
            and (place := _place_after_title(st, doc, start)) is not None
        ):
            # 'Deputy Commissioner Sialkot Zulqarnain Haider Tarar': the title's place,
            # written after it without "of", is a mention of that place.
            st.add(Mention(p, start, start + 1, st.place(place), "name"))
            start += 1
            continue
        if lead and titled and lead[0].label_ == "COUNTRY_CAPITAL":
            break  # 'Mayor Santiago Rosario Batista': a given name after the title
        if lead and end - lead[0].end >= 2:
            s = lead[0]
            if s.label_ == "PLACE" and ref.curated_place(s.id_):
                eid = st.place(ref.curated_place(s.id_))  # type: ignore[arg-type]
                st.add(Mention(p, s.start, s.end, eid, "name"))
            elif s.label_ != "PLACE":
                st.add(Mention(p, s.start, s.end, st.country(s.id_.split(":")[1]), "name"))
            start = s.end
            continue
        break
    if dash is None:
        end = hyphen_joined_end(doc, end)  # 'Harold Chikweza-Banda', the model stopping short
    if start == ent.start and _given_name_before(st, p, doc, start):
        start -= 1  # ', Héctor [Cifuentes Monzón],': the model left the given name out
    span = doc[start:end]
    text = span.text
    # A surname may open with a lower-case particle ('al-Maliki') when the article
    # names the person in full ('Nouri al-Maliki'); alone it may be a place's name.
    particle = (
        doc[start].lower_ in NAME_PARTICLES
        and end - start > 1
        and any(
            e.label_ == "PERSON"
            and e.start != ent.start
            and doc[end - 1].text in e.text.split("-")[-1]
            for d in st.docs
            for e in d.ents
            if len(e) > end - start
        )
    )
    if not (text[:1].isupper() or particle) or any(ch.isdigit() for ch in text):
        return None
    if ref.lookup_country(text) or ref.org_name_index().get(ref.key(text)):
        return None
    if any(t.lower_.rstrip(".") in lexset("company_words") for t in span):
        return None  # "Maxar Technologies": a company the model took for a person
    if names_vessel(doc, start):
        return None  # "the corvette KRI Sultan Iskandar Muda", its title taken off
    if (r := role_at(st, p, start, end, at_end=False)) and r.start == start and r.end >= end:
        return None  # "Spokesperson: No." opening a transcript's turn: an office, no name
    if len(span) == 1 and (
        (text.isupper() and not _titled_capital_surname(doc, start))
        or _common_word(st, span[0])
        or span[0].lower_ in org_words()  # "the Commissariat stressed"
    ):
        return None  # 'KHRI', 'THAILAND'; 'Schools' opening a sentence, 'Clan del Golfo'
    # Words no name is made of alone: 'Brig', 'Staff Lt' (a rank cut off its name),
    # 'van der' (particles cut off theirs).
    filler = NAME_PARTICLES | lexset("rank_abbreviations")
    if all(t.is_punct or t.lower_.rstrip(".") in filler for t in span):
        return None
    if names_structure(span, "structure_name_ends") or names_machine(span):
        return None
    if _names_structure_after(doc, start, end):
        return None
    return start, end


def _names_structure_after(doc: Doc, start: int, end: int) -> bool:
    """ "the Farhad hydroelectric complex", "the Farhad reservoir": a name between "the"
    and a structure's common noun names the structure, no person."""
    if start == 0 or doc[start - 1].lower_ != "the":
        return False
    for k in range(end, min(end + 3, len(doc))):
        tok = doc[k]
        if not tok.is_lower or not tok.is_alpha:
            return False
        if tok.lower_ in lexset("structure_nouns"):
            return True
    return False


def _place_after_title(st: ArticleState, doc: Doc, i: int) -> ref.Place | None:
    """A town or district of the article's countries, named in one word right after a
    title, that the article names again elsewhere: the place the title is held in, no
    part of the name ('Mayor Santiago Rosario Batista' keeps a given name that is also a
    city's)."""
    tok = doc[i]
    # Named again as a place, after a preposition or "the" and before no other name:
    # 'in Sialkot', 'the Sialkot sector'; not 'Yao Kouadio' or 'said Kyaw'.
    alone = re.search(
        rf"\b(?:in|of|near|at|from|to|around|outside|across|into|the) "
        rf"{re.escape(tok.text)}\b(?![\s-]*[A-Z])(?!-)",
        st.text,
    )
    if not (tok.is_title and tok.is_alpha and tok.whitespace_) or alone is None:
        return None
    place = st.lookup_place(tok.text)
    if place is None or place.name != tok.text or place.country_code not in st.core_countries:
        return None
    return place if place.place_kind in ("city", "town", "district", "region") else None


def _given_name_before(st: ArticleState, p: int, doc: Doc, start: int) -> bool:
    """A capitalized proper noun right before a person's name, itself after a comma, a
    bracket or a title ('foreign minister, Héctor Cifuentes Monzón', 'Lt.-Col. Emeka
    Obiagwu-Danladi'): the given name the model left out."""
    if start < 2:
        return False
    tok, before = doc[start - 1], doc[start - 2]
    # The model may tag the given name alone as a body or a place ('Esteban' of
    # 'coordinator, Esteban Solís Rojas').
    alone = (
        tok.ent_iob_ == "B"
        and doc[start].ent_iob_ != "I"
        and tok.ent_type_ in ("ORG", "GPE", "NORP")
    )
    if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and (alone or not tok.ent_type_)):
        return False
    if (
        _common_word(st, tok)
        or word_gender(tok.text) is not None  # 'Father Ignacio Rolón', 'Ms Ngozi Okafor'
        or role_at(st, p, max(0, start - 6), start, at_end=True)
    ):
        return False  # 'Minister Cifuentes': a title, no name
    if (
        before.text in (",", "(")
        or before.lower_.rstrip(".") in lexset("rank_abbreviations")
        or role_at(st, p, max(0, start - 7), start - 1, at_end=True) is not None
    ):
        return True
    # 'Minister of Foreign Affairs and Trade Balázs Kertai-Somogyi': a title whose
    # portfolio runs on past the role's words.
    for k in range(start - 2, max(start - 5, 0), -1):
        if not all(t.is_title or t.lower_ in ("and", "of", "&") for t in doc[k : start - 1]):
            break
        if role_at(st, p, max(0, k - 7), k, at_end=True) is not None:
            return doc[k].lower_ in ("and", "&")
    return False


def _titled_capital_surname(doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """A surname in capitals after a title, as official French and African sites write
    them: "President VILLEMAIN", "Mr ZHOU" (an acronym takes no title: 'KHRI')."""
    return bool(i) and (
        ref.key(doc[i - 1].text) in ref.title_words() and doc[i - 1].is_title and len(doc[i]) > 2
    )


def _common_word(st: ArticleState, tok) -> bool:  # type: ignore[no-untyped-def]
    """A word the article also writes in lower case, and no part of a full name in it."""
    if tok.lower_ not in st.lower_words:
        return False
    return not any(
        e.label_ == "PERSON" and len(e) > 1 and any(t.lower_ == tok.lower_ for t in e)
        for d in st.docs
        for e in d.ents
    )


def _titled_names(st: ArticleState, persons: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """Names after a title that the model missed ('Colonel Lieutenant Petro Sydorenko')."""
    found = []
    for p, doc in enumerate(st.docs):
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        taken |= {i for q, e in persons if q == p for i in range(e.start, e.end)}
        # A gazetteer's name may end a person's ("DSP Abdullahi Sani Yabo", Yabo a town).
        gazetteer = {i for s in st.ref_spans(p) for i in range(s.start, s.end)}
        for i in range(len(doc)):
            r = role_at(st, p, i, len(doc), at_end=False)
            if not r or r.role.kind == "modifier":
                continue
            # A title in lower case names the one right after it, or after its body, as
            # one in capitals does: "spokeswoman Maria Zakharova", "representative of the
            # Russian Foreign Ministry Marina Sirotkina".
            j = r.end
            if role_at(st, p, j, len(doc), at_end=False):
                continue  # the title goes on ('Colonel Lieutenant ...')
            if j + 1 < len(doc) and (
                doc[j].lower_ in ("of", "for")
                or (doc[j].lower_ == "and" and (doc[j + 1].is_title or doc[j + 1].lower_ == "the"))
            ):
                # 'Minister of Foreign Affairs of Ukraine Dmytro Kuleba': the name after
                # the body or state the title is of; 'Minister of Foreign Affairs and
                # International Cooperation, X': after the rest of the brief.
                named_after = _name_after_complement(st, p, j, taken, gazetteer, persons)
                if named_after is not None and not _body_words(named_after):
                    found.append((p, named_after))
                    taken.update(range(named_after.start, named_after.end))
                continue
            k, words = j, 0
            while k < len(doc) and words < 3:
                if doc[k].is_title and doc[k].tag_ == "NNP":
                    # 'Abdoul-Karim Zongo-Tapsoba': a hyphen's parts are one word
                    words += not (k > j and doc[k - 1].text == "-")
                    k += 1
                elif _name_hyphen(doc, k, j):
                    k += 1
                else:
                    break
            if (
                words == 3
                and k + 1 < len(doc)
                and doc[k].is_title
                and doc[k].tag_ == "NNP"
                and (doc[k + 1].is_punct or doc[k + 1].pos_ in ("VERB", "AUX"))
            ):
                k += 1  # a fourth word closing the name: 'Lieutenant-General Marcus Teo Kian Boon,'
            named = [t for t in range(j, k) if t not in gazetteer]
            guessed = _guessed_places(st, p, j, k)
            # A given name the model tagged alone, its surname read as a body: one name.
            alone = {e.start for q, e in persons if q == p and len(e) == 1 and j <= e.start < k}
            if (
                len(named) >= 2
                and named[0] == j
                and not taken.intersection(range(j, k)) - guessed - alone
                and not _body_words(doc[j:k])
                # 'the Chief Medical Director': the title goes on, no name follows it
                and not any(role_at(st, p, t, k, at_end=True) for t in range(j, k))
            ):
                # 'spokesperson Vikram Anand Saxena': a surname the model took for a
                # place no reference knows is the name's last word.
                st.mentions = [m for m in st.mentions if not (m.para == p and m.start in guessed)]
                found.append((p, Span(doc, j, k, label="PERSON")))
                taken.update(range(j, k))
    return found


def _name_hyphen(doc: Doc, k: int, start: int) -> bool:
    """A hyphen inside a name's word, between two capitalised parts: "Zongo-Tapsoba"."""
    return (
        doc[k].text == "-"
        and k > start
        and k + 1 < len(doc)
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].is_title
    )


def _guessed_places(st: ArticleState, p: int, j: int, k: int) -> set[int]:
    """Tokens in [j, k) of places no reference knows, or of bodies no reference knows
    with no word of a body in their name (the model's guesses: "Spokesperson Oluwatoyin
    [Achterberg-Díaz]")."""
    doc = st.docs[p]
    return {
        i
        for m in st.mentions
        if m.para == p
        and j <= m.start
        and m.end <= k
        and (e := st.entities[m.entity_id]).entity_type in ("PLACE", "ORG")
        and not reference_backed(e)
        and not (
            e.entity_type == "ORG"
            and (_body_words(doc[m.start : m.end]) or m.entity_id in st.outlets)
        )
        for i in range(m.start, m.end)
    }


def _body_words(span: Span) -> bool:
    """Whether a run of capitalized words names a body ("Border Guard Service")."""
    return any(t.lower_ in org_words() for t in span)


# How far a title's complement ('of the Armed Forces of Ukraine') may run before a name.
COMPLEMENT_REACH = 10
_COMPLEMENT_WORDS = frozenset({"of", "for", "the", "and", "'s"})


def _name_after_complement(
    st: ArticleState,
    p: int,
    j: int,
    taken: set[int],
    gazetteer: set[int],
    persons: list[tuple[int, Span]],
) -> Span | None:
    """The two or three title-case proper nouns right after a title's complement that ends
    in a state or body the model or the references found ('Commander-in-Chief of the
    Armed Forces of Ukraine Oleksandr Petrenko'). A surname the model tagged alone
    ('Petrenko') is part of the name."""
    doc = st.docs[p]
    # The brief may end in a 'person' the model made of it ("... and International
    # Cooperation"); a comma may part it from the name.
    ends = {e.end for e in doc.ents if e.label_ in ("GPE", "ORG", "NORP", "LOC", "PERSON")}
    ends |= {e.end + 1 for e in doc.ents if e.end < len(doc) and doc[e.end].text == ","}
    ends |= {s.end for s in st.ref_spans(p)}
    alone = {(e.start, e.end) for q, e in persons if q == p}
    k = j
    while k < min(len(doc), j + COMPLEMENT_REACH):
        tok = doc[k]
        if not (
            tok.is_title
            or tok.is_upper
            or tok.lower_ in _COMPLEMENT_WORDS
            or tok.text in ("-", ",")
        ):
            return None
        k += 1
        if k not in ends or k == len(doc):
            continue
        end = k
        while end < len(doc) and end - k < 3 and doc[end].is_title and doc[end].tag_ == "NNP":
            end += 1
        if end - k < 2 or (end < len(doc) and doc[end].is_title and doc[end].tag_ == "NNP"):
            continue
        end = hyphen_joined_end(doc, end)  # 'Marguerite Ndiaye-Kamara'
        if gazetteer.intersection(range(k, end)) or ref.lookup_country(doc[k:end].text):
            continue
        if (r := role_at(st, p, k, end, at_end=False)) is not None and r.end >= end - 1:
            continue  # '..., Deputy Minister of ...': another title, no name
        if ref.org_name_index().get(ref.key(doc[k:end].text)):
            continue
        k = past_portfolio_words(doc, k, end)  # "... Government Communication Mohannad"
        clash = taken.intersection(range(k, end))
        inside = {i for s, e in alone if k <= s and e <= end for i in range(s, e)}
        if clash - inside:
            continue
        return Span(doc, k, end, label="PERSON")
    return None


# Words that open a photo credit or byline: the names after them are people.
CREDIT_CUES = {"photo", "photos", "photograph", "picture", "pictures", "image", "video", "by",
               "credit", "©", "producer", "newsreader", "presenter", "editor",
               "photographer"}  # fmt: skip
_CREDIT_SEPARATORS = {"/", "&", "and", ","}
_CREDITED_WORK = {"reporting", "editing", "writing", "reported", "edited", "written", "compiled"}
# The role a credit gives the people it names, by its cue word: a picture's credit names
# who took it, a wire story's credits who reported, wrote and edited it.
_CREDIT_ROLES = {
    "photo": "photographer", "photos": "photographer", "photograph": "photographer",
    "picture": "photographer", "pictures": "photographer", "image": "photographer",
    "credit": "photographer", "©": "photographer", "/": "photographer",
    "reporting": "reporter", "reported": "reporter", "writing": "writer", "written": "writer",
    "editing": "editor", "edited": "editor", "producer": "producer",
    "newsreader": "newsreader", "presenter": "presenter", "editor": "editor",
    "photographer": "photographer",
}  # fmt: skip


def credit_names(st: ArticleState) -> list[tuple[int, Span]]:
    """Names in photo credits and bylines ('Photo: Ivo Marek/Nordwire', 'NW/Ivo Marek', 'Ivo
    Marek © Nordwire', 'Jan Holm & Eva Dal'): people, never one organization. The agency beside a slash is left
    alone; an unknown organization or place the model made of the names is dropped."""
    found: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        for i, tok in enumerate(doc):
            credit = tok.lower_ in CREDIT_CUES and (
                i == 0
                or doc[i - 1].text in "([:\n"
                # "... on 14 November 2026. © Chancel Ngoma-Bissila for Africa Horizons"
                or tok.text == "©"
                or (i + 1 < len(doc) and doc[i + 1].text == ":")  # "... burial. PHOTO: X/Y"
                # A wire story's credits: "(Additional reporting by X in Niamey; Editing by Y)"
                or (tok.lower_ == "by" and doc[i - 1].lower_ in _CREDITED_WORK)
            )
            if credit or tok.text == "/":
                # "Meridian/Ingrid Lemus/File Photo": the last part names no one.
                named = [
                    (p, span)
                    for span in _credited(doc, i + 1, signed=tok.text == "©")
                    if span.text.casefold() not in CREDIT_SUFFIXES
                ]
                cue = doc[i - 1].lower_ if tok.lower_ == "by" and i else tok.lower_
                if role := _CREDIT_ROLES.get(cue):
                    st.credit_roles.update(((p, span.start), role) for _, span in named)
                found += named
            if tok.text == "©":  # "Ivo Marek © Nordwire": the names before the sign
                line = i
                while line and "\n" not in doc[line - 1].text:
                    line -= 1
                found += [(p, span) for span in _name_parts(doc, line, i)]
        first_line = doc_text(doc).split("\n", 1)[0]
        if "\n" in doc_text(doc) and (header := POST_HEADER_RE.match(first_line)):
            # "Antony Blinken | Telegram" over the post: its author.
            who = doc.char_span(header.start("who"), header.end("who"), alignment_mode="expand")
            if who is not None and not _body_words(who):
                # The model may read the name as a place: the header says who posts.
                found += [(p, x) for x in _name_parts(doc, who.start, who.end, placed=True)]
        for ent in doc.ents:
            if ent.label_ == "ORG" and not ent.id_ and any(t.text == "&" for t in ent):
                parts = _name_parts(ent.doc, ent.start, ent.end)
                if parts and sum(len(x) for x in parts) + len(parts) - 1 == len(ent):
                    found += [(p, x) for x in parts]
    taken = {(p, i) for p, span in found for i in range(span.start, span.end)}
    st.credited.update((p, span.start) for p, span in found)
    st.mentions = [
        m
        for m in st.mentions
        if not (
            st.entities[m.entity_id].entity_type in ("ORG", "PLACE")
            and not reference_backed(st.entities[m.entity_id])
            and (m.para, m.start) in taken
        )
    ]
    return found


# Longest office before a name in a transcript's label, in words ("DEPUTY PRESS SECRETARY").
LABEL_OFFICE_MAX_WORDS = 3


@cache
def _label_offices() -> frozenset[str]:
    """Folded roles, ranks and honorifics a transcript's label may open with."""
    return frozenset(
        ref.key(r.surface)
        for r in ref.load_roles()
        if r.kind in ("role", "rank", "honorific", "modifier")
    )


def _past_offices(doc: Doc, start: int, end: int, offices: frozenset[str]) -> int:
    """Where the name starts in a label's words, past the offices, ranks and honorifics
    that open it ("PRESS SECRETARY", "MAJOR GENERAL")."""
    i = start
    while i < end:
        width = next(
            (
                k
                for k in range(LABEL_OFFICE_MAX_WORDS, 0, -1)
                if i + k <= end and ref.key(doc[i : i + k].text) in offices
            ),
            0,
        )
        if not width:
            break
        i += width
    return i


def _drop_readings_of(st: ArticleState, names: list[tuple[int, Span]]) -> None:
    """Drop the places and bodies the model made of the words of names found in labels."""
    taken = {(p, i) for p, span in names for i in range(span.start, span.end)}
    st.mentions = [
        m
        for m in st.mentions
        if not (
            st.entities[m.entity_id].entity_type in ("ORG", "PLACE")
            and any((m.para, i) in taken for i in range(m.start, m.end))
        )
    ]


def bracketed_label_names(st: ArticleState) -> list[tuple[int, Span]]:
    """The speaker a transcript's label names in brackets, before any outlet: "Q (Hadiza
    Abubakar-Lawal, Daily Trust):", "SPOKESPERSON (MAJOR GENERAL IBRAHIM DANLADI-OKORO):"
    (a rank before the name aside): a person, whatever the model read there; what it
    made of those words is dropped."""
    offices = _label_offices()
    found: list[tuple[int, Span]] = []
    labels: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        m = TRANSCRIPT_LABEL_RE.match(doc_text(doc))
        if m is None or m["who"] is None:
            continue
        who = m["who"].split(",")[0].strip()
        bracket = doc.char_span(m.start("who"), m.start("who") + len(who))
        label = doc.char_span(0, m.end("label"))
        if bracket is None or label is None:
            continue
        if _label_names_someone(st, doc, label, m["label"], offices):
            continue  # "MERVE AKSOY (Kanal Meridyen):": the label names her, her outlet after
        span = doc[_past_offices(doc, bracket.start, bracket.end, offices) : bracket.end]
        name = span.text
        folded = {w.casefold() for w in name.split()}
        # A clip may name a civilian by a first name alone: "CLIP – HADIZA, DISPLACED MOTHER".
        clip = m["label"].upper() in CLIP_LABELS
        if (
            not (1 if clip else 2) <= len(name.split()) <= 4
            or (len(name.split()) == 1 and ref.lookup_place(name.title()) is not None)
            or not all(w[:1].isupper() for w in name.split())
            or not name.replace("-", "").replace(" ", "").replace("'", "").isalpha()
            # "Question (Awoko Newspaper):", "(Sierra Leone Broadcasting Corporation)": an
            # outlet or a body asks, no person.
            or folded & (org_words() | lexset("media_nouns") | lexset("media_title_words"))
            or ref.org_name_index().get(ref.key(name))
            or ref.lookup_country(name)
        ):
            continue
        found.append((p, span))
        if clip:
            labels.append((p, label))
    _drop_readings_of(st, found)
    _drop_readings_of(st, labels)  # "CLIP" is no body
    return found


# Labels that name no one themselves: the speaker is in the brackets or after the dash.
_UNNAMING_LABELS = CLIP_LABELS | {"Q", "A", "QUESTION", "ANSWER"}


def _label_names_someone(
    st: ArticleState, doc: Doc, label: Span, text: str, offices: frozenset[str]
) -> bool:
    """Does a transcript's label in capitals name its speaker ("MERVE AKSOY", "REAR ADMIRAL
    KEREM YALÇINKAYA"), rather than a part ("VILLAGER", "PRESENTER", "SENIOR OFFICIAL")?
    Two words or more past any office, none of which the article writes in lower case."""
    if text.upper() in _UNNAMING_LABELS:
        return False
    words = doc[_past_offices(doc, label.start, label.end, offices) : label.end]
    return len(words) >= 2 and not any(t.lower_ in st.lower_words for t in words)


# Longest outlet name a label's brackets give after its asker ("Levant Horizon TV").
OUTLET_MAX_WORDS = 5


def without_label_outlets(
    st: ArticleState, persons: list[tuple[int, Span]]
) -> list[tuple[int, Span]]:
    """The model's persons less the outlet a question's label gives in brackets after its
    asker ("Q – Johannes Kruger (Republikein):"): a paper, no one."""
    outlets: set[tuple[int, int]] = set()
    offices = _label_offices()
    for p, doc in enumerate(st.docs):
        m = TRANSCRIPT_LABEL_RE.match(doc_text(doc))
        if m is None or m["who"] is None or m["who"][:1].islower():
            continue  # "(through interpreter)": a stage direction, no outlet
        label = doc.char_span(0, m.end("label"))
        who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
        if (
            label is not None
            and who is not None
            and _label_names_someone(st, doc, label, m["label"], offices)
            and len(who) <= OUTLET_MAX_WORDS
        ):
            # "ELİF TUNÇER (Başkent Postası):": the label names the asker, the brackets
            # her outlet.
            outlets.update((p, i) for i in range(who.start, who.end))
            outlet_at(st, p, doc, (m.start("who"), m.end("who")), bracketed=True)
            continue
        rest = doc_text(doc)[m.end("who") : m.end()]
        if (lo := rest.find("(")) < 0 or (hi := rest.find(")")) < lo:
            continue
        outlet = doc.char_span(m.end("who") + lo + 1, m.end("who") + hi, alignment_mode="expand")
        if outlet is not None:
            outlets.update((p, i) for i in range(outlet.start, outlet.end))
    return [(p, e) for p, e in persons if not any((p, i) in outlets for i in range(e.start, e.end))]


def _known_otherwise(text: str) -> bool:
    """Do the references know a label's words as a country, a place or a body (in
    capitals or not), so that they name no person?"""
    return (
        ref.lookup_country(text.title()) is not None
        or ref.lookup_place(text.title()) is not None
        or bool(ref.org_name_index().get(ref.key(text)))
    )


def transcript_label_names(st: ArticleState) -> list[tuple[int, Span]]:
    """The name in a transcript's label in capitals after the speaker's office ("PRESS
    SECRETARY GRANT HALLOWAY-PIERCE: Good afternoon"): a person, whom the later labels
    name by surname ("MR. HALLOWAY-PIERCE:"); the model reads such capitals as a place or
    a body, which is dropped."""
    offices = _label_offices()
    found: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        # ... its office perhaps in brackets after it ("MS NDAPEWA SHIKONGO-HAMUTENYA
        # (GOVERNMENT SPOKESPERSON):").
        m = SPEAKER_LABEL_RE.match(doc_text(doc)) or TRANSCRIPT_LABEL_RE.match(doc_text(doc))
        if m is None or not m["label"].isupper():
            continue
        label = doc.char_span(0, m.end("label"))
        if label is None:
            continue
        i = _past_offices(doc, label.start, label.end, offices)
        name = doc[i : label.end]
        # "MERVE AKSOY (Kanal Meridyen):": a name with no office is an asker when her
        # outlet follows in brackets, or a guest when a part follows after a comma
        # ("MARCUS LIM, HOST:"), and no reference knows the words as anything else.
        asker = (
            i == label.start
            and (m.groupdict().get("who") is not None or m.groupdict().get("part") is not None)
            and _label_names_someone(st, doc, label, m["label"], offices)
            and len(name) <= 4
            and not _known_otherwise(name.text)
        )
        if (
            (i == label.start and not asker)
            or len(name.text.split()) < 2
            or not name.text.replace("-", "").replace(" ", "").isalpha()
        ):
            continue
        found.append((p, name))
    _drop_readings_of(st, found)
    return found


# A broadcast script's clip line, which names who speaks in it: "SOT: BRIG. GEN. ADNAN
# HALABI-SAWAF, SPOKESMAN, SYRIAN MINISTRY OF DEFENCE (ARABIC) (0:12)".
_CLIP_LINE_RE = re.compile(
    r"^(?:SOT|SOUNDBITE)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:?[ \t]*(?P<who>[^,/(\n]+)", re.M
)


def clip_label_names(st: ArticleState) -> list[tuple[int, Span]]:
    """The person a script's clip line names in capitals, past a rank or office: the model
    reads such capitals as a place or a body, which is dropped."""
    offices = _label_offices()
    found: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        for m in _CLIP_LINE_RE.finditer(doc_text(doc)):
            label = doc.char_span(m.start("who"), m.start("who") + len(m["who"].rstrip()))
            if label is None or not label.text.isupper():
                continue
            name = doc[_past_offices(doc, label.start, label.end, offices) : label.end]
            words = name.text.split()
            if (
                not 2 <= len(words) <= 4
                or not name.text.replace("-", "").replace(" ", "").isalpha()
                or _known_otherwise(name.text)
            ):
                continue
            found.append((p, name))
    _drop_readings_of(st, found)
    return found


# A correspondent naming himself or herself and the outlet at a briefing's question:
# "Question: Good afternoon. Nadia Fuchs-Morello, Adriatic Press. The declaration ...".
_ASKER_RE = re.compile(
    r"^(?:Question|Q)[ \t]*:[ \t]*(?:[^.?!\n]{0,40}[.!][ \t]+)?"
    r"(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}), [A-Z][^.\n]{2,60}\.[ \t]"
)


def asker_names(st: ArticleState) -> list[tuple[int, Span]]:
    """The correspondent a briefing transcript's question opens by naming, with the
    outlet after a comma."""
    found: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        m = _ASKER_RE.match(doc_text(doc))
        if m is None:
            continue
        name = doc.char_span(m.start("who"), m.end("who"))
        if name is None or _known_otherwise(name.text):
            continue
        found.append((p, name))
    _drop_readings_of(st, found)
    return found


def signature_names(st: ArticleState) -> list[tuple[int, Span]]:
    """The person who signs a letter the article reproduces, whom the model may miss on a
    line of its own."""
    found: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        for m in SIGNED_RE.finditer(doc_text(doc)):
            who = re.split(r"[,(]", m["who"], maxsplit=1)[0].rstrip()  # "X, Ambassador"
            name = doc.char_span(m.start("who"), m.start("who") + len(who))
            words = [t for t in name or () if t.text != "-"]
            if name is None or not 2 <= len(words) <= 5 or not all(t.is_title for t in words):
                continue
            found.append((p, name))
    _drop_readings_of(st, found)
    return found


# A surname in a list: capitalised, perhaps hyphened ("Lefèvre-Hanssen", "Al-Mansouri").
_LISTED_NAME = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*"
# A court's or a chamber's record naming its members by surname under a plural title
# ("Judges Kowalczyk, Al-Mansouri, Nakagawa"), or one of them between semicolons
# ("; Judge ad hoc Kaboré-Zongo;", "Vice-President Ivanišević;").
_TITLED_LIST_RE = re.compile(
    rf"\b(?:(?P<plural>Judges|Justices|Senators|Messrs\.?)(?: ad hoc)?|"
    rf"(?P<single>Judge|Justice|Senator|President|Vice-President)(?: ad hoc)?)[ \t]+"
    rf"(?P<names>{_LISTED_NAME}(?:,[ \t]+{_LISTED_NAME})*(?:,?[ \t]+and[ \t]+{_LISTED_NAME})?)"
    r"(?=[;.,:]|[ \t]*$)",
    re.MULTILINE,
)


def titled_surname_lists(st: ArticleState) -> list[tuple[int, Span]]:
    """The members a record lists by surname under their title ("IN FAVOUR: President
    Salazar-Whitby; Judges Kowalczyk, Nakagawa, Haidari; Judge ad hoc Kaboré-Zongo;"):
    each a person, whatever the model read there. A single title counts only where a
    semicolon closes its name, as in such a list."""
    found: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        for m in _TITLED_LIST_RE.finditer(doc_text(doc)):
            if m["single"] and doc_text(doc)[m.end("names") : m.end("names") + 1] != ";":
                continue
            for n in re.finditer(_LISTED_NAME, m["names"]):
                if n.group(0) == "and":
                    continue
                start = m.start("names") + n.start()
                span = doc.char_span(start, start + len(n.group(0)))
                # A town may share the surname ("Nakagawa", "Abernethy"): the title says
                # whom; a state or a body it does not.
                if (
                    span is None
                    or ref.lookup_country(span.text) is not None
                    or ref.org_name_index().get(ref.key(span.text))
                ):
                    continue
                found.append((p, Span(doc, span.start, span.end, label="PERSON")))
    _drop_readings_of(st, found)
    return found


# Fewest readers' labels that make a page a live Q&A.
READER_QUESTIONS_MIN = 2


def reader_label_names(st: ArticleState) -> list[tuple[int, Span]]:
    """The first names of a live Q&A's readers, each labelling a question with the town
    it comes from ("Maria, Lisbon: What happened on Monday?"): persons, when two or more
    paragraphs open so; the model reads a first name alone as anything or nothing."""
    found: list[tuple[int, Span]] = []
    for p, doc in enumerate(st.docs):
        m = READER_LABEL_RE.match(doc_text(doc))
        if m is None or (name := doc.char_span(0, m.end("label"))) is None:
            continue
        found.append((p, Span(doc, name.start, name.end, label="PERSON")))
    if len(found) < READER_QUESTIONS_MIN:
        return []
    taken = {(p, i) for p, span in found for i in range(span.start, span.end)}
    st.mentions = [
        m for m in st.mentions if not any((m.para, i) in taken for i in range(m.start, m.end))
    ]
    return found


def _credited(doc, start: int, signed: bool = False) -> list[Span]:  # type: ignore[no-untyped-def]
    """The person names of a credit from ``start`` to its end (a bracket, full stop or line,
    or "for" before the outlet). Where each reported from is no name of theirs: "reporting
    by A in Goma and B in Kinshasa" credits A and B. After a copyright sign (``signed``)
    the model's reading of the name as a place does not count either."""
    if start < len(doc) and doc[start].text == ":":
        start += 1
    parts: list[Span] = []
    end = start
    while (
        end < len(doc)
        and doc[end].text not in (")", "]", ".", ";", "\n", "|")
        and doc[end].lower_ != "for"
        and end - start < 12
    ):
        if doc[end].lower_ in ("in", "at") and end > start:
            parts += _name_parts(doc, start, end, placed=True)
            # Past the place: its capitalized words, up to the next name's separator.
            end += 1
            while end < len(doc) and (doc[end].is_title or doc[end].text == "-"):
                end += 1
            if end >= len(doc) or doc[end].text not in (",", "and", "&"):
                return parts
            start = end = end + 1
            continue
        end += 1
    return parts + _name_parts(doc, start, end, placed=signed)


def _name_parts(doc, start: int, end: int, placed: bool = False) -> list[Span]:  # type: ignore[no-untyped-def]
    """Runs of two or three capitalized proper nouns between credit separators. With
    ``placed`` (the run is who reported from a place named next) the model's reading of
    the name as a place does not count: "Ndapewa Shikongo in Windhoek"."""
    parts, run = [], []
    for tok in [*doc[start:end], None]:
        if tok is not None and tok.text not in _CREDIT_SEPARATORS:
            run.append(tok)
            continue
        # 'Jean-Paul Mushagalusa': a hyphen joins two words into one.
        words = [t for t in run if t.text != "-"]
        joined = all(
            t.text != "-" or (0 < k < len(run) - 1 and not run[k - 1].whitespace_)
            for k, t in enumerate(run)
        )
        # 'Sophie de Vaucelles': particles inside the name.
        inner = {t.i for t in words[1:-1] if t.is_lower and t.lower_ in lexset("surname_particles")}
        named = [t for t in words if t.i not in inner]
        if 2 <= len(named) <= 4 and joined and all(_credit_word(t, placed) for t in named):
            if len(named) - sum(t.text == "-" for t in run) <= 3:
                parts.append(Span(doc, run[0].i, run[-1].i + 1, label="PERSON"))
        elif run and tok is not None and tok.text != "/":
            return parts  # prose after the names: the credit has ended
        run = []
    return parts


def _credit_word(tok, placed: bool = False) -> bool:  # type: ignore[no-untyped-def]
    if not (tok.is_title and tok.tag_ in ("NNP", "NNPS")):  # 'Vaucelles' as a plural
        return False
    if placed:
        return ref.lookup_country(tok.text) is None
    return tok.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")


def _with_name_honorifics(
    st: ArticleState, persons: list[tuple[int, Span]]
) -> list[tuple[int, Span]]:
    """Honorifics that are part of a name stay in it: 'Sheikh' before a name joins it (not
    before a patronymic's name: 'Sheikh Jassim bin Fahad'), and two
    names with only such honorifics between them, or none, are one ('Sharif' + 'Sheikh
    Ahmed', 'Sardar Imtiaz' + 'Khan'). A generational suffix the model left out ends the
    name ('Ngeh Lukong III')."""
    honorifics = ref.name_honorifics()
    suffixes = lexset("name_suffixes")
    out: list[tuple[int, Span]] = []
    for p, ent in sorted(persons, key=lambda pe: (pe[0], pe[1].start)):
        doc, start = ent.doc, ent.start
        # A Gulf ruler's or minister's "Sheikh" before a name with its patronymic ("Sheikh
        # Jassim bin Fahad Al Thani") is his title, as "Prince" is.
        royal = any(t.lower_ in lexset("patronymic_particles") for t in ent)
        if royal and len(ent) > 2 and ref.key(ent[0].text) in honorifics:
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
            start = ent.start
        while start and ref.key(doc[start - 1].text) in honorifics and not royal:
            start -= 1
        if ent.end < len(doc) and doc[ent.end].text in suffixes and len(ent) > 1:
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        if out and out[-1][0] == p and out[-1][1].end <= ent.start:
            prev = out[-1][1]
            gap = doc[prev.end : ent.start]
            # Two spans side by side are one name the model cut ('Sardar Imtiaz' + 'Khan').
            if all(ref.key(t.text) in honorifics for t in gap):
                out[-1] = (p, Span(doc, prev.start, ent.end, label="PERSON"))
                continue
        out.append((p, Span(doc, start, ent.end, label="PERSON")))
    return out


def _untagged_full_names(
    st: ArticleState, persons: list[tuple[int, Span]]
) -> list[tuple[int, Span]]:
    """'Hugo Chávez' the model missed, where it tagged the surname alone elsewhere ('Chavez
    said'): a run of capitalized proper nouns ending in that surname is the full name."""
    single = {ref.key(e.text) for _, e in persons if len(e) == 1}
    if not single:
        return []
    found = []
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if tok.ent_type_ or ref.key(tok.text) not in single or not tok.i:
                continue
            start = tok.i
            while (
                start
                and tok.i - start < 2
                and _bare_name_word(doc[start - 1])
                and ref.key(doc[start - 1].text) not in ref.title_words()
            ):
                start -= 1  # 'Mr Arnaud VILLEMAIN': the name after the title
            if start < tok.i and not role_at(st, p, start, tok.i + 1, at_end=False):
                found.append((p, Span(doc, start, tok.i + 1, label="PERSON")))
    return found


def _appositive_names(st: ArticleState, persons: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """A name the model missed set off by commas after a title: 'Head of the United
    Nations mission in Sudan, Jan Pronk, has warned ...', 'SICA's secretary general,
    Héctor Maldonado Ruiz, said ...', 'the head of the UN Office for West Africa and the
    Sahel, Abdou Karim Sall, condemned ...'."""
    found = []
    for p, doc in enumerate(st.docs):
        taken = {i for q, e in persons if q == p for i in range(e.start, e.end)}
        for sent in doc.sents:
            opening = sent.start + (1 if doc[sent.start].lower_ == "the" else 0)
            role = role_at(st, p, opening, sent.end, at_end=False)
            commas = []
            if role is not None and role.role.kind != "modifier":
                comma = next((t.i for t in doc[role.end : sent.end] if t.text == ","), None)
                if comma is not None:
                    commas.append(comma)
            commas += [c for c in _titled_commas(st, p, sent) if c not in commas]
            for comma in commas:
                if (name := _name_after(doc, sent, comma, taken)) is not None:
                    found.append((p, name))
    return found


def _titled_commas(st: ArticleState, p: int, sent: Span) -> list[int]:
    """Commas inside a sentence right after a title, or after 'title of <body>'."""
    doc = sent.doc
    out = []
    for t in sent:
        if t.text != "," or t.i == sent.start:
            continue
        role = role_at(st, p, sent.start, t.i, at_end=True)
        if role is None and doc[t.i - 1].ent_type_ in ("ORG", "GPE", "LOC", "NORP"):
            # "the head of the UN Office for West Africa and the Sahel,": the title
            # before the body's name and its "of"
            i = t.i - 1
            while i > sent.start and doc[i].ent_iob_ == "I":
                i -= 1  # back to the first word of the name
            while i > sent.start and doc[i - 1].ent_type_ in ("NORP", "GPE"):
                i -= 1  # "the Central African Government": its state's words before it
            i -= 1 if i > sent.start and doc[i - 1].lower_ == "the" else 0
            if i > sent.start and doc[i - 1].lower_ == "of":
                role = role_at(st, p, sent.start, i - 1, at_end=True)
        if role is not None and role.role.kind != "modifier":
            out.append(t.i)
    return out


def _name_after(doc: Doc, sent: Span, comma: int, taken: set[int]) -> Span | None:
    """Two to four bare name words after ``comma`` ("Ana Lucía Obando Ruiz": a given name
    and both surnames), closed by a comma and a verb."""
    end = comma + 1
    while True:
        while end < sent.end and end - comma <= 4 and _bare_name(doc[end]):
            end += 1
        if end == comma + 1:
            break
        # "Marcel Kouadio-Yao", and a hyphened given name before the surname: "Hervé-Landry
        # Ngakola"
        joined = hyphen_joined_end(doc, end)
        if joined == end or joined - comma > 6:
            break
        end = joined
    if end == comma + 1 and end + 1 < sent.end and doc[end].ent_type_ == "NORP":
        end += 1  # one name the model took for a people's: "minister, Retnosari, said"
    closing = end < sent.end and doc[end].text == ","
    after = doc[end + 1] if end + 1 < sent.end else None
    words = end - comma - 1
    if (
        closing
        and (words >= 2 or (words == 1 and _single_name(doc[comma + 1], after)))
        and after is not None
        and after.pos_ in ("VERB", "AUX")
        and not taken.intersection(range(comma + 1, end))
    ):
        return Span(doc, comma + 1, end, label="PERSON")
    return None


def _single_name(tok, after) -> bool:  # type: ignore[no-untyped-def]
    """One name word set off after a title before a speech verb: "Indonesia's foreign
    minister, Retnosari, said" (many Indonesians and Burmese go by one name)."""
    return (
        after is not None
        and lemma_of(after) in lexset("speech_verbs")
        and tok.ent_type_ not in ("GPE", "ORG", "LOC", "FAC")
        and ref.lookup_country(tok.text) is None
        and ref.lookup_place(tok.text) is None
        and ref.org_name_index().get(ref.key(tok.text)) is None
    )


def _described_names(st: ArticleState, persons: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """A name the model missed that the text describes as someone: 'said Halime, a
    34-year-old mother of three', 'Ahmed, a farmer, fled'. Eyewitnesses often go by a
    given name alone."""
    people = people_nouns()
    found = []
    for p, doc in enumerate(st.docs):
        taken = {i for q, e in persons if q == p for i in range(e.start, e.end)}
        taken |= {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in doc:
            if tok.dep_ != "appos" or tok.lemma_.lower() not in people:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                continue
            head = tok.head
            if not _bare_name(head) or head.i in taken or head.i > tok.i:
                continue
            start = head.i
            while start > 0 and _bare_name(doc[start - 1]) and head.i - start < 2:
                start -= 1
            if doc[head.i + 1].text != "," or taken.intersection(range(start, head.i + 1)):
                continue
            if ref.lookup_place(doc[start : head.i + 1].text) or ref.lookup_country(
                doc[start : head.i + 1].text
            ):
                continue
            found.append((p, Span(doc, start, head.i + 1, label="PERSON")))
        for tok in doc:
            # "Aye, 34, who sells dried fish, said ...": a name with an age set off after
            # it and then who the person is.
            span = Span(doc, tok.i, tok.i + 1)
            if (
                not _bare_name(tok)
                or tok.i in taken
                or not aged(span)
                or tok.i + 4 >= len(doc)
                or doc[tok.i + 4].lower_ not in ("a", "an", "who", "whose", "said", "says", "told")
                or st.lookup_place(tok.text)
                or ref.lookup_country(tok.text)
                or any(q == p and e.start <= tok.i < e.end for q, e in found)
            ):
                continue
            found.append((p, Span(doc, tok.i, tok.i + 1, label="PERSON")))
    return found


def _names_before_a_role(
    st: ArticleState, persons: list[tuple[int, Span]]
) -> list[tuple[int, Span]]:
    """A name the model missed with its title set off after it: 'María Gabriela Salazar
    Ortiz, Ecuadorian Defence Minister:', '..., said Joan Okoth, the county commissioner'.
    Two to four title-case words, none a place's, country's or body's."""
    found = []
    for p, doc in enumerate(st.docs):
        taken = {i for q, e in persons if q == p for i in range(e.start, e.end)}
        taken |= {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for comma in (t.i for t in doc if t.text == ","):
            after = comma + 1 + (comma + 1 < len(doc) and doc[comma + 1].lower_ == "the")
            role = role_at(st, p, after, len(doc), at_end=False)
            if role is None and after < len(doc) and doc[after].ent_type_ in ("NORP", "GPE"):
                role = role_at(
                    st, p, after + 1, len(doc), at_end=False
                )  # 'Ecuadorian Defence Minister'
            if role is None or role.role.kind == "modifier":
                continue
            if role.end < len(doc) and doc[role.end].is_title:
                continue  # ', Dr Ekanem Offiong-Ita': the title of the name after it
            start = comma
            while start > 0 and comma - start < 4 and _bare_name(doc[start - 1]):
                start -= 1
            if comma - start < 2 or taken.intersection(range(start, comma)):
                continue
            if any(
                role_at(st, p, t, comma, at_end=True) or ref.key(doc[t].text) in ref.title_words()
                for t in range(start, comma)
            ):
                continue  # 'the Chief Medical Director, ...', 'the Chief Monitor': a title
            if start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
                continue  # a longer run of capitals: a heading or a body's name
            name = doc[start:comma]
            if _body_words(name) or ref.lookup_place(name.text) or ref.lookup_country(name.text):
                continue
            found.append((p, Span(doc, start, comma, label="PERSON")))
    return found


def _bare_name(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.is_title and tok.tag_ == "NNP" and not tok.ent_type_


def _with_given_names(st: ArticleState, persons: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """Given names the model left out before the name it tagged: one after a role word
    ('governor Jacinto' + 'Muianga Lopes' is 'Jacinto Muianga Lopes'), or two or three
    whatever comes before them ('General of Division Yacouba Maïga' + 'Dembélé')."""
    out = []
    for p, ent in persons:
        doc, start = ent.doc, ent.start
        k = start
        while (
            k > 0
            and start - k < 3
            and _bare_name_word(doc[k - 1])
            and start <= doc[k - 1].head.i < ent.end
            and role_at(st, p, k - 1, k, at_end=True) is None
        ):
            k -= 1
        if start - k >= 2:
            ent = Span(doc, k, ent.end, label="PERSON")
        elif (
            start >= 2
            and _bare_name_word(doc[start - 1])
            and role_at(st, p, start - 1, start, at_end=True) is None
            and role_at(st, p, start - 2, start - 1, at_end=True) is not None
        ):
            ent = Span(doc, start - 1, ent.end, label="PERSON")
        out.append((p, ent))
    return out


def _bare_name_word(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.is_title and tok.tag_ == "NNP" and not tok.ent_type_ and tok.dep_ == "compound"


def _same_person(a: str, b: str) -> bool:
    a, b = _without_honorifics(a), _without_honorifics(b)
    ka, kb = ref.key(a), ref.key(b)
    if ka == kb:
        return True
    if ka.endswith(" " + kb) or kb.endswith(" " + ka):
        return True  # a surname with its particle ('La Russa') ends the full name
    if (ka.startswith(kb + " ") and len(kb.split()) >= 2) or (
        kb.startswith(ka + " ") and len(ka.split()) >= 2
    ):
        return True  # given names of two words ('Mohamed Lemine') begin the full name
    ta, tb = a.split(), b.split()
    return (
        _sim(ta[-1], tb[-1]) >= FULL_NAME_SIMILARITY
        and (_sim(ta[0], tb[0]) >= 80 or ref.key(ta[0])[:1] == ref.key(tb[0])[:1])
        and len(ta) == len(tb)
    )


def _without_honorifics(name: str) -> str:
    words = [w for w in name.split() if ref.key(w) not in ref.name_honorifics()]
    return " ".join(words) or name


def _canonical(text: str, clusters: list[list[str]]) -> str:
    words = text.split()
    for cl in clusters:
        if text in cl:
            return cl[0]
    if len(words) >= 2:
        # A surname of particles and words ('La Russa') names the full name it ends.
        ends = [cl[0] for cl in clusters if ref.key(cl[0]).endswith(" " + ref.key(text))]
        return ends[0] if len(ends) == 1 else text
    k = ref.key(text)
    # Surname (also without its particle: 'Obeidi' of 'al-Obeidi'), then any name token,
    # then a transliteration-aware similarity.
    for pick in (lambda t: [t.split()[-1], t.split()[-1].split("-")[-1]], lambda t: t.split()):
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


def _surname_scan(
    st: ArticleState, clusters: list[list[str]], alias_of: dict[str, str] | None = None
) -> None:
    """Surnames the model missed ('Aliev also said') that match a person of the article,
    and one-word aliases ("Kabila said") of a person the article gives them to."""
    alias_of = alias_of or {}
    surnames = {ref.key(cl[0].split()[-1]): alias_of.get(ref.key(cl[0]), cl[0]) for cl in clusters}
    surnames.update((k, v) for k, v in alias_of.items() if " " not in k and k not in surnames)
    if not surnames:
        return
    firsts = [ref.key(cl[0].split()[0]) for cl in clusters]
    # A name of two surnames ("Marcelo Tavares Guimarães", "Andrés Felipe Cárdenas
    # Londoño") is shortened to the first of them ("Tavares said").
    paternal = Counter(
        ref.key(words[-2])
        for cl in clusters
        if len(words := cl[0].split()) >= 3 and words[-2][:1].isupper()
    )
    for cl in clusters:
        words = cl[0].split()
        if len(words) >= 3 and words[-2][:1].isupper():
            k = ref.key(words[-2])
            if paternal[k] == 1 and k not in surnames and k not in firsts:
                surnames[k] = cl[0]
    given = {
        k: cl[0]
        for k, cl in zip(firsts, clusters, strict=True)
        if firsts.count(k) == 1 and k not in surnames
    }
    taken = {(m.para, i) for m in st.mentions for i in range(m.start, m.end)}
    for p, doc in enumerate(st.docs):
        skip_to = 0
        for tok in doc:
            if tok.i < skip_to or (p, tok.i) in taken or not tok.is_title:
                continue
            end = hyphen_joined_end(doc, tok.i + 1)  # 'Sarhaddi-Nejad'
            if end > tok.i + 1:
                # 'Sarhaddi-Nejad was quoted as saying': one surname of hyphenated parts.
                skip_to = end
                k = ref.key(doc[tok.i : end].text)
                if k in surnames and not any((p, i) in taken for i in range(tok.i, end)):
                    st.add(Mention(p, tok.i, end, _person(st, surnames[k]), "name"))
                continue
            if tok.tag_ != "NNP" and ref.key(tok.text) not in surnames:
                continue  # a word the tagger calls common ('Vizcarra, speaking ...') only exactly
            if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
                continue  # part of a longer name
            start = tok.i
            if (
                tok.i >= 2
                and doc[tok.i - 1].text == "-"
                and not doc[tok.i - 2].whitespace_
                and doc[tok.i - 2].lower_ in NAME_PARTICLES
                and (p, tok.i - 2) not in taken
            ):
                start = tok.i - 2  # 'al-Obeidi said': the particle is part of the surname
            k = ref.key(doc[start : tok.i + 1].text)
            best = max(surnames, key=lambda s: _sim(k, s))
            if k == best or _sim(k, best) >= 90:
                st.add(Mention(p, start, tok.i + 1, _person(st, surnames[best]), "name"))
            elif k in given and role_at(st, p, 0, tok.i, at_end=True):
                # A title before a given name ("PM Desta") names the person of that
                # given name, as cultures that address people by it do.
                st.add(Mention(p, tok.i, tok.i + 1, _person(st, given[k]), "name"))


def _person(st: ArticleState, canonical: str) -> str:
    """The ID of the person of a cluster's name, the entity made if the text named them
    only by the byline so far."""
    eid = entity_id("PERSON", canonical)
    if eid not in st.entities:
        st.entities[eid] = Entity(eid, "PERSON", canonical)
    return eid


def _surnames_in_other_ents(
    st: ArticleState, clusters: list[list[str]], alias_of: dict[str, str] | None = None
) -> None:
    """A surname or an alias the model tagged ORG or GPE ('Bayramov said', 'La Russa
    said') when no reference knows it."""
    alias_of = alias_of or {}
    for m in st.mentions:
        e = st.entities[m.entity_id]
        if e.entity_type not in ("ORG", "PLACE") or reference_backed(e):
            continue
        if m.end - m.start > 3:
            continue
        surface = st.docs[m.para][m.start : m.end].text
        canonical = _canonical(surface, clusters)
        canonical = alias_of.get(ref.key(canonical), canonical)
        pid = entity_id("PERSON", canonical)
        # ... or the whole name, of three words and no body's, of a person found
        # elsewhere ("Liberia's Minister of Information, Jefferson Kpadeh Saywah" ...
        # "CLIP (Jefferson Kpadeh Saywah, ...)"); the model calls some bodies persons too
        # ("Maghreb Video Agency", "Dawlah Islamiyah").
        known = (
            e.entity_type == "ORG"
            and len(surface.split()) >= 3
            and not {w.casefold() for w in surface.split()} & org_words()
            and pid in st.entities
            and st.entities[pid].entity_type == "PERSON"
        )
        if canonical != surface or known:
            if pid not in st.entities:
                st.entities[pid] = Entity(pid, "PERSON", canonical)
            m.entity_id = pid


_AUTHOR_SEP_RE = re.compile(r"\s*(?:,|&|\band\b)\s*")


# Bylines that name a desk, not a person: "Web Desk", "Staff Reporter", "News Bureau".
_DESK_RE = re.compile(
    r"\b(?:desk|staff|correspondents?|reporters?|bureau|team|agencies|editors?|newsroom)$", re.I
)


def author_names(author: str | None) -> list[str]:
    """The people a byline names: "Jan Holm & Eva Dal", "A. Roth, M. Lee and K. Poe"."""
    names = [" ".join(n.split()) for n in _AUTHOR_SEP_RE.split(author or "") if n.strip()]
    return [n for n in names if not _DESK_RE.search(n)]


def add_author(st: ArticleState, author: str | None) -> None:
    """Each of the byline's authors: a person, a mention where the head names them, role
    ``author``."""
    for name in author_names(author):
        _add_author(st, name)


def _add_author(st: ArticleState, name: str) -> None:
    eid = entity_id("PERSON", name)
    if eid not in st.entities:
        st.entities[eid] = Entity(eid, "PERSON", name)
    st.entities[eid].aliases.add(name)
    # The byline is a mention too: it sits in the head, before the first paragraph.
    head_end = st.article.offsets[0] if st.article.offsets else len(st.text)
    at = st.text.find(name, 0, head_end)
    if at < 0:
        # A byline in capitals ("By JAMES WRIGHT FOR MAILONLINE") names the author as
        # names are written; the mention is the head's own form.
        found = re.compile(re.escape(name), re.IGNORECASE).search(st.text, 0, head_end)
        at = found.start() if found else -1
        if found:
            st.entities[eid].aliases.add(found[0])
    if at >= 0:
        st.mentions.append(Mention(-1, 0, 0, eid, "name", at, at + len(name)))
    st.roles.append(
        {
            "article_id": st.article.article_id,
            "person_id": eid,
            "title": None,
            "role": "author",
            "role_normalized": "author",
            "org_id": None,
            "country_code": None,
        }
    )


def credit_roles(st: ArticleState) -> None:
    """The work a credit line gives a person with no other role: "(Kumpoto Times/Chisomo
    Mhango)" under a picture names its photographer, "Writing by A; Editing by B" the
    story's writer and editor."""
    with_roles = {str(r["person_id"]) for r in st.roles}
    for m in st.mentions:
        role = st.credit_roles.get((m.para, m.start))
        if role is None or m.entity_id in with_roles:
            continue
        if st.entities[m.entity_id].entity_type != "PERSON":
            continue
        with_roles.add(m.entity_id)
        st.roles.append(
            {
                "article_id": st.article.article_id,
                "person_id": m.entity_id,
                "title": None,
                "role": role,
                "role_normalized": role,
                "org_id": None,
                "country_code": None,
            }
        )


def question_labels(st: ArticleState) -> None:
    """In a transcript whose answers are labelled by the speaker's name (two or more
    paragraphs opening "<person>:"), the label of a question that names no person is
    the outlet that asked ("Interpressnews: ... Is that true?"), an organization; the
    model may have read it as a person ("Formula TV" as "Formula")."""
    labelled: list[tuple[int, int, int, bool]] = []  # (para, start, end, by a person)
    for p, doc in enumerate(st.docs):
        m = SPEAKER_LABEL_RE.match(doc_text(doc))
        if m is None or m["label"].isupper():
            continue
        end_char = m.end("label")
        span = doc.char_span(0, end_char)
        if span is None:
            continue
        # (The model may tag only the surname of a labelled name: "Ana [Beridze]:".)
        person = any(
            x.para == p
            and x.end == span.end
            and (x.start == 0 or x.start > 0 and doc[: x.start].text.istitle())
            and st.entities[x.entity_id].entity_type == "PERSON"
            and not lexset("media_title_words") & {t.lower_ for t in doc[: span.end]}
            for x in st.mentions
        )
        labelled.append((p, 0, span.end, person))
    if sum(1 for *_, person in labelled if person) < 2:
        return
    for p, start, end, person in labelled:
        doc = st.docs[p]
        if person or not doc_text(doc).rstrip().endswith("?"):
            continue
        name = doc[start:end].text
        if ref.lookup_country(name) or len(doc[start:end]) > 3:
            continue
        if name.casefold() in lexset("generic_org_words"):
            continue  # "Question:" is the label's kind, no outlet
        found = ref.org_name_index().get(ref.key(name))
        org = found or ref.Org(entity_id("ORG", name), name, None)
        st.mentions = [
            x
            for x in st.mentions
            if not (
                x.para == p
                and x.start < end
                and start < x.end
                and st.entities[x.entity_id].entity_type == "PERSON"
            )
        ]
        st.add(Mention(p, start, end, st.org(org), "name"))
