"""The model's entities (``doc.ents``, corrected by the component): countries, places, orgs.

- Countries: names and aliases are ``name`` mentions, demonyms ``demonym`` mentions
  ('Azerbaijanis'), capitals used for their government ``metonym`` mentions ('Ankara
  reiterated'); a capital that is only where something happens ('born in Baku') is a place.
- Places: the component's curated places, and the model's GPE/LOC/FAC spans looked up in
  the references (:mod:`.places`); a PERSON or ORG span that its context calls a place ('in
  Herat', 'Gori, the strategic town') and GeoNames knows is that town.
- Organizations: named aliases and country templates (``org_aliases.csv``); other model ORG
  spans keep their own name unless they are generic ('Security Council', weapons such as
  'RPG'), without leading demonstratives or trailing adjectives ('Boko Haram Islamic').
  A body named after its leader ('a Saudi-led coalition', 'the U.S.-led coalition') is an
  organization, its leader a mention, and a later 'the coalition' the same body
  (:func:`led_coalitions`).
  Countries and places named inside an organization's name are mentions too. An acronym in
  brackets after an organization names it throughout the article (:func:`acronyms`).
- People: the model's PERSON spans are returned for :mod:`.people`.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract import reference as ref
from newsledger.extract.components import doc_text, lists_portfolios
from newsledger.extract.entities.places import (
    COMPASS,
    FEATURE_WORDS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    PLACE_CUES,
    add_known_place,
    compass_region,
    division_suffix,
    feature_kind,
    kind_cue,
    resolve_place,
    unknown_place,
)
from newsledger.extract.entities.roles import (
    inside_role,
    list_label,
    role_at,
    role_held_in_place,
)
from newsledger.extract.entities.state import (
    ArticleState,
    Entity,
    Mention,
    core,
    dateline_stop,
    home_state_at,
    reference_backed,
)
from newsledger.extract.syntax import (
    aged,
    first_conjunct,
    hyphen_joined_end,
    hyphen_joined_start,
    lemma_of,
    lexicon,
    lexset,
    people_nouns,
    tokens_lowered,
)
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
    "over",
    "across",
    "inside",
    "throughout",
    "within",
    # 'the hills above Fnideq', 'off Saint-Louis', 'along the road beyond Kasulu'
    "above",
    "below",
    "beyond",
    "along",
    "off",
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
        for ent in _names_run_on(doc.ents):
            eid = ent.id_
            if _platform_as_medium(ent):
                continue  # 'wrote on Telegram', 'a Facebook post': where, not who
            if eid.startswith("country:") and _named_water(ent):
                _other_place(st, p, Span(doc, ent.start, ent.end + 1, label="FAC"))
            elif eid.startswith("country:"):
                _country_ent(st, p, ent)
            elif (
                eid.startswith("place:") or (not eid and ent.label_ in ("GPE", "LOC", "FAC"))
            ) and _person_name_part(st, ent):
                # 'Yakubu' of 'Ibrahim Danladi Yakubu' is the person, no alias of a town.
                persons.append((p, Span(doc, ent.start, ent.end, label="PERSON")))
            elif eid.startswith("place:"):
                place = ref.curated_place(eid)
                cue = kind_cue(doc, ent.start, ent.end)
                start = ent.start
                if (wider := _compass_wider(st, doc, ent.start, ent.end)) is not None:
                    place, start = wider, ent.start - 1  # 'Eastern Equatoria', not Equatoria
                elif place and cue and cue != place.place_kind:
                    place = resolve_place(st, ent.text, cue) or place
                if place:
                    st.add(Mention(p, start, ent.end, st.place(place), "name"))
            elif eid.startswith("org:"):
                org = ref.org_registry().get(eid)
                if org and (owned := _other_states_body(st, p, ent, org)) is not None:
                    org = owned  # "Honduras' Secretariat of National Defense", not Mexico's
                if org and (wider := _second_portfolio(doc, ent, org)) is not None:
                    org, ent = wider  # "Botswana's Ministry of Defence and Security"
                if org:
                    st.add(Mention(p, ent.start, ent.end, st.org(org), "name"))
                    org_ranges.append((ent.start, ent.end, org.entity_id))
            elif (
                not eid
                and ent.label_ in ("GPE", "LOC", "FAC", "NORP")
                and ref.is_state_body_name(ent.text)
            ):
                # "The MoD said ...", which the model took for a place: a state's body,
                # the state the text tells or the dateline's.
                oid = _unknown_org(st, p, Span(doc, ent.start, ent.end, label="ORG"))
                if oid:
                    org_ranges.append((ent.start, ent.end, oid))
            elif (
                not eid
                and ent.label_ in ("GPE", "LOC", "FAC", "NORP")
                and _rank_before_name(st, p, ent)
            ):
                continue  # 'Brig.' of 'Brig. Gen. Nabil Haddad', which the model took for a place
            elif ent.label_ in ("GPE", "LOC", "PERSON", "ORG") and (halves := _two_places(st, ent)):
                for half in halves:
                    _other_place(st, p, half)  # 'in Zvečan and Leposavić'
            elif ent.label_ == "PERSON" and _name_of_a_thing(ent):
                continue  # 'the temple, which Cambodians call Prasat Ta Moan Thom'
            elif ent.label_ == "ORG" and _is_title(st, p, ent):
                continue  # 'Humanitarian Coordinator' of 'UN Resident and Humanitarian ...'
            elif ent.label_ == "ORG" and _adjective_before_title(st, p, ent):
                continue  # 'Furious Supreme' of 'Furious Supreme Leader Ali Khamenei'
            elif ent.label_ == "ORG" and (held := _title_of_state(st, p, ent)) is not None:
                # 'the Minister of Foreign Affairs of the Federal Republic of Nigeria': a
                # title and its state, no body; the title mention comes with the roles.
                st.add(Mention(p, held[0], held[1], st.country(held[2]), "name"))
            elif ent.label_ == "ORG" and (owner := _org_before_role(st, p, ent)) is not None:
                # 'UN Resident Coordinator': the body, then a title a person holds there.
                s0, k, org = owner
                st.add(Mention(p, s0, k, st.org(org), "name"))
                _state_after_title(st, p, ent)
            elif _names_no_one(ent):
                continue  # 'Hutu militiamen', 'Operation Moshtarak', 'Tuareg and Toubou groups'
            elif ent.label_ == "ORG" and not eid and _generic_word(ent):
                continue  # 'the Treaty', 'the Organization', 'the hon. Gentleman' name no body
            elif ent.label_ == "ORG" and (
                (names_machine(ent) and _no_org_word(ent))
                or names_structure(ent, "structure_org_ends")
            ):
                continue  # 'T-155 Firtina howitzers', 'the Maseru Bridge border post'
            elif _page_label(ent):
                continue  # 'Verdict: False'
            elif ent.label_ in ("PERSON", "ORG") and (
                names_vessel(doc, ent.start) or doc[ent.start].text in lexset("street_name_heads")
            ):
                continue  # 'USS George Washington', 'a block on Calea Aradului'
            elif _portfolio(ent):
                # 'Commissioner for Security and Home Affairs'; the state that closes a
                # brief ('... and International Cooperation of Italy') is named all the same.
                _state_closing(st, p, ent)
                continue
            elif ent.label_ in ("PERSON", "ORG") and _dateline_place(st, p, ent):
                continue  # 'TBILISI, Oct. 5 (Nordwire) -'
            elif ent.label_ in ("PERSON", "ORG") and _located_place(st, p, ent):
                continue
            elif (
                ent.label_ == "NORP"
                and not ent.id_
                and _went_to(ent)
                and _located_place(st, p, Span(doc, ent.start, ent.end, label="ORG"))
            ):
                continue  # 'sending supplies to Ipiales', the model's nationality
            elif ent.label_ in ("PERSON", "ORG") and _place_already(st, p, ent):
                continue  # 'the village of Kok-Jar' ... 'shelled Kok-Jar'; 'Dhok Nakka and X'

            elif ent.label_ in ("PERSON", "ORG") and feature_kind(ent.doc, *core(ent)):
                _other_place(st, p, ent)  # 'Jebel Moon': a named feature
            elif ent.label_ in ("PERSON", "ORG") and division_suffix(doc, *core(ent)):
                if _reporting_subject(ent.root):
                    # "The Nkomazi Local Municipality says ...": the division's government
                    oid = _unknown_org(st, p, Span(doc, ent.start, ent.end, label="ORG"))
                    if oid:
                        org_ranges.append((ent.start, ent.end, oid))
                else:
                    _other_place(st, p, ent)  # 'Bakassi Local Government Area'
            elif _continent_part(ent):
                _other_place(st, p, ent)  # 'Central Asia', whatever the model called it
            elif ent.label_ in ("PERSON", "WORK_OF_ART") and _media_title(st, ent):
                oid = _unknown_org(st, p, Span(doc, ent.start, ent.end, label="ORG"))
                if oid:  # 'told the Gusau Mirror', 'read on Télé Sahel'
                    org_ranges.append((ent.start, ent.end, oid))
            elif ent.label_ in ("PERSON", "ORG") and _foreign_body(ent):
                oid = _unknown_org(st, p, Span(doc, ent.start, ent.end, label="ORG"))
                if oid:  # 'Fuerza de Tarea Conjunta', 'Ejército del Pueblo Paraguayo'
                    org_ranges.append((ent.start, ent.end, oid))
            elif ent.label_ == "PERSON" and _ends_on_body_word(ent):
                oid = _unknown_org(st, p, Span(doc, ent.start, ent.end, label="ORG"))
                if oid:  # 'the London consultancy Marlowe Defence', 'Tihama Watch'
                    org_ranges.append((ent.start, ent.end, oid))
            elif ent.label_ == "PERSON" and _named_group(st, ent):
                oid = _unknown_org(st, p, ent)  # 'linked to the Dawlah Islamiyah group'
                if oid:
                    org_ranges.append((ent.start, ent.end, oid))
            elif ent.label_ in ("PERSON", "ORG", "GPE") and (site := _site(st, ent)) is not None:
                _other_place(st, p, site)  # 'Shorja market', 'Kakuma camp'
            elif ent.label_ == "PERSON" and _last_of_places(ent):
                _other_place(st, p, ent)  # 'struck Bandar Abbas, Qeshm Island and Bandar Lengeh'
            elif (
                ent.label_ == "PERSON"
                and _after_the_place_preposition(ent)
                and ref.lookup_place(ent.text) is None
            ):
                continue  # 'along the Crișul Repede': a river the references do not know
            elif ent.label_ == "PERSON" and _one_word_after_the(ent):
                # 'West Africa and the Sahel', 'between the Litani and the Marouini': no
                # one is named with the article.
                if ref.lookup_place(ent.text) is not None:
                    _other_place(st, p, ent)
                continue
            elif ent.label_ == "PERSON":
                persons.append((p, ent))
            elif ent.label_ in ("ORG", "GPE", "LOC", "NORP") and _aged_first_name(ent):
                # 'Álvaro, 58, a bean farmer', 'said Yessenia, 31, who crossed ...': a
                # person the article names by the first name alone, or the surname after
                # a given name the model left out ('Esau Silungwe, 58, who grows ...')
                given = ent.start > 0 and _bare_given_name(doc[ent.start - 1])
                start = ent.start - 1 if given else ent.start
                persons.append((p, Span(doc, start, ent.end, label="PERSON")))
            elif ent.label_ in _SPEAKING_MISLABELS and not ent.id_ and _speaking_name(ent):
                persons.append((p, Span(ent.doc, ent.start, ent.end, label="PERSON")))
            elif ent.label_ == "ORG" and (name := _titled_person(st, p, ent)) is not None:
                persons.append((p, name))  # "President of Estria Jonas Pell", "PM Desta"
            elif ent.label_ == "ORG" and _speaker_with_a_role_after(st, p, ent):
                # '"...," said Helena Strandqvist, a researcher at SIPRI'
                persons.append((p, Span(doc, ent.start, ent.end, label="PERSON")))
            elif ent.label_ in _MISTYPED_LABELS | {"FAC"} and _called_person(ent):
                # "a man called Yevyen Panov", which the model took for a product
                persons.append((p, Span(doc, ent.start, ent.end, label="PERSON")))
            elif ent.label_ in ("ORG", "PERSON") and _listed_with_places(ent):
                # 'taken Kastanies, Marasia and Rizia', 'to Keşan and Uzunköprü'
                _other_place(st, p, ent)
            elif ent.label_ == "ORG" and _named_as_person(ent):
                # "named the dead man as Michalis Georgiou, 52", "identified as X"
                persons.append((p, Span(doc, ent.start, ent.end, label="PERSON")))
            elif ent.label_ == "ORG" and _person_named_elsewhere(st, ent):
                persons.append((p, Span(doc, ent.start, ent.end, label="PERSON")))
            elif ent.label_ == "ORG" and (name := _name_in_role_slot(st, p, ent)) is not None:
                persons.append((p, name))  # "Ambassador to Kenya, Henriette de la Fontaine"
            elif (
                ent.label_ == "ORG"
                and (split := _org_then_name(ent, _title_before(st, p, ent))) is not None
            ):
                # "(Chairman of the) State Committee Almazbek Tursunbaev": body, then person.
                org, name = split
                persons.append((p, name))
                oid = _unknown_org(st, p, org)
                if oid:
                    org_ranges.append((org.start, org.end, oid))
            elif ent.label_ == "ORG":
                oid = _unknown_org(st, p, ent)
                if oid:
                    org_ranges.append((ent.start, ent.end, oid))
            elif (
                ent.label_ in ("GPE", "LOC", "FAC")
                or (
                    # 'the Gereshk district'; but 'Christian towns' are a faith's towns
                    ent.label_ == "NORP"
                    and kind_cue(doc, ent.start, ent.end)
                    and ref.key(doc[slice(*core(ent))].text) not in ref.people_names()
                )
                or (ent.label_ == "LANGUAGE" and _town_of_the_story(st, ent))
            ):
                _other_place(st, p, ent)  # a NORP with a cue: 'the Gereshk district'
            elif _mistyped_name(st, ent):
                # 'told reporters in Turbat' with Turbat read as a DATE: the context and
                # GeoNames decide, as for a name the model took for a body; as for a
                # person's name where it is ground taken or held ('had "liberated" Beled
                # Hawo', a WORK_OF_ART after the quote mark).
                label = "PERSON" if _ground_object(ent) else "ORG"
                _located_place(st, p, Span(doc, ent.start, ent.end, label=label))
        _nested(st, p, org_ranges)
    return persons


def names_machine(span: Span) -> bool:
    """A model's name before the machine it names: "Rooikat armoured cars", "T-155 Firtina
    howitzers". The parser hangs the name on the machine's noun."""
    head = span.root.head
    return (
        span.root.dep_ in ("compound", "nmod", "amod")
        and head.i >= span.end
        and head.is_lower
        and head.lemma_ in lexset("machine_nouns")
    )


def _one_word_after_the(ent: Span) -> bool:
    """A name of one word after "the" ("the Sahel"), not a given name before a surname
    the model left out, nor a name before the noun it qualifies ("the Kamau family", "the
    Kagando mission hospital")."""
    doc, start = ent.doc, ent.start
    return (
        len(ent) == 1
        and start > 0
        and doc[start - 1].lower_ == "the"
        and not (ent.end < len(doc) and (doc[ent.end].is_title or doc[ent.end].pos_ == "NOUN"))
    )


def _after_the_place_preposition(ent: Span) -> bool:
    """A name after "the" and a preposition of place ("along the Crișul Repede"): no
    person is written so, whatever the model read."""
    doc, start = ent.doc, ent.start
    return start > 1 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in LOCATIVE_PREPS


def names_vessel(doc: Doc, start: int) -> bool:
    """Does a name at ``start`` name a ship: its navy's prefix opens it or stands just
    before it ("USS George Washington", "KRI [Sultan] Iskandar Muda"), or the kind of
    ship it is does ("the corvette Sultan Iskandar Muda")?"""
    prefixes = lexset("ship_prefixes")
    for k in range(start, max(start - 3, -1), -1):
        if doc[k].text in prefixes:
            return True
        if k < start and not doc[k].is_title:
            break
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].lemma_ in lexset("vessel_nouns")


def names_structure(span: Span, ends: str) -> bool:
    """A name that ends in a structure's word of the list ``ends`` ("the General Seyni
    Kountche Bridge", "Al Udeid Air Base"): a structure, no person or body."""
    start, end = core(span)
    return (
        end - start > 1 and span.doc[end - 1].is_title and span.doc[end - 1].lower_ in lexset(ends)
    )


def _platform_as_medium(ent: Span) -> bool:
    """A platform's name where something is posted: after "on", "via", "through" or
    "in", or as a modifier ("his Telegram channel", "a Facebook post")."""
    if ent.text.casefold() not in lexset("platform_names"):
        return False
    text = doc_text(ent.doc)
    line = text[text.rfind("\n", 0, ent.start_char) + 1 :].split("\n", 1)[0]
    if "|" in line or "·" in line:
        return True  # a page's share bar: 'Share: Telegram | Facebook | X'
    root = first_conjunct(ent.root)  # 'on Facebook and WhatsApp', 'by telephone or WhatsApp'
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "via", "through", "in", "across", "by"):
        return True
    return root.dep_ in ("compound", "nmod", "poss") and root.head.pos_ == "NOUN"


def _rank_before_name(st: ArticleState, p: int, ent: Span) -> bool:
    """Is the span a rank or title of roles.csv, or its first words, before a name?"""
    doc = ent.doc
    r = role_at(st, p, ent.start, min(ent.start + 6, len(doc)), at_end=False)
    return (
        r is not None
        and r.end >= ent.end
        and r.end < len(doc)
        and doc[r.end].is_title
        and doc[r.end].pos_ == "PROPN"
    )


def _division_after(st: ArticleState, p: int, start: int, end: int) -> int | None:
    """Where "of" and a first-order division's name end after a body's name that closes
    on a body's word ("Secretariat of Chiapas", "Health Department of Punjab"): the
    division's own body, named with it; the division is mentioned too."""
    doc = st.docs[p]
    if doc[end - 1].lower_ not in lexset("organization_nouns") or end + 1 >= len(doc):
        return None
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].is_title:
        k += 1
    if k == end + 1:
        return None
    place = st.lookup_place(doc[end + 1 : k].text)
    if place is None or place.place_kind != "region":
        return None
    st.add(Mention(p, end + 1, k, st.place(place), "name"))
    return k


def _two_places(st: ArticleState, ent: Span) -> tuple[Span, Span] | None:
    """A place span the model ran over "and" into the next place ("Zvečan and Leposavić"):
    both halves are places the references know and the whole is none ("Bosnia and
    Herzegovina", "Sistan and Baluchestan" stay whole). Or over "in" into the area that
    holds it ("Bentiu in Unity state"): a known place, then a known one or a division."""
    doc = ent.doc
    s0, e0 = core(ent)
    ands = [i for i in range(s0 + 1, e0 - 1) if doc[i].lower_ in ("and", "in")]
    if len(ands) != 1:
        return None
    whole = doc[s0:e0].text
    left, right = (
        Span(doc, s0, ands[0], label=ent.label_),
        Span(doc, ands[0] + 1, e0, label=ent.label_),
    )
    if not (left[0].is_title and right[0].is_title):
        return None
    if doc[ands[0]].lower_ == "in":
        known = ref.lookup_place(left.text) is not None
        area = ref.lookup_place(right.text) is not None or kind_cue(doc, right.start, right.end)
        return (left, right) if known and area else None
    after = doc[e0] if e0 < len(doc) else None
    if after is not None and after.is_lower and after.tag_ == "NNS" and after.lower_ in PLACE_CUES:
        return left, right  # 'the Dobrinja and Otoka neighbourhoods': a plural cue says two
    if (
        ent.label_ == "PERSON"
        and s0 > 0
        and doc[s0 - 1].lower_ in ("in", "at", "near", "around", "outside")
        and any(ref.lookup_place(h.text) for h in (left, right))
    ):
        return left, right  # no one's name runs over "and": 'in Rig Rig and Liwa'
    # Otherwise the split is decided on the references alone; each half is then placed as
    # any other name is, in the light of the article's countries.
    if ref.lookup_country(whole) or ref.lookup_place(whole):
        return None
    for half in (left, right):
        if ref.lookup_place(half.text) is None:
            return None
    return left, right


def _cut_before_title(ent: Span) -> Span:
    """A body's name the model cut inside a title it holds ("Office of the Prime" of
    "Office of the Prime Minister"): the name with the title's last word."""
    doc = ent.doc
    if (
        ent.label_ == "ORG"
        and ent.end < len(doc)
        and ent[-1].lower_ in ("prime", "vice", "deputy", "chief", "attorney")
        and doc[ent.end].is_title
    ):
        return Span(doc, ent.start, ent.end + 1, label="ORG")
    return ent


def _portfolio_alone(ent: Span) -> Span:
    """A portfolio the model took without its ministry ("Interior" of "Our Ministry of
    the Interior"): the ministry's whole name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2:
        return ent
    j = ent.start - 1
    if doc[j].lower_ == "the" and j > 0:
        j -= 1
    if doc[j].lower_ != "of" or j == 0 or doc[j - 1].text not in ("Ministry", "Department"):
        return ent
    return Span(doc, j - 1, ent.end, label="ORG")


def _cut_before_portfolio(ent: Span) -> Span:
    """A ministry's name the model cut before its portfolio ("The Republika Srpska
    Ministry" of "... Ministry of the Interior"): the name with "of" and the portfolio's
    capitalised words."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent[-1].lower_ not in ("ministry", "department"):
        return ent
    j = ent.end
    if j >= len(doc) or doc[j].lower_ != "of":
        return ent
    j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    end = j
    while end < len(doc) and (
        doc[end].is_title
        or (doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title)
    ):
        end += 1
    if end == j or doc[end - 1].lower_ == "and":
        return ent
    return Span(doc, ent.start, end, label="ORG")


def _titled_founder(ent: Span) -> Span:
    """A facility named after a titled person, the title cut off by the model ("The Dr.
    Josip Benčević General Hospital"): the name with its title."""
    doc = ent.doc
    if (
        ent.label_ == "ORG"
        and ent.start > 0
        and doc[ent.start - 1].text in ("Dr.", "St.", "Dr", "St")
        and ent[-1].lower_ in lexset("facility_heads")
    ):
        return Span(doc, ent.start - 1, ent.end, label="ORG")
    return ent


def _run_past_from(ent: Span) -> Span:
    """A name the model ran on through "from" and a people or a state ("retook the post
    at Paga from Burkinabe forces" as one body): the name before "from", a place."""
    if ent.label_ not in ("ORG", "PERSON") or ent.id_:
        return ent
    at = next((t.i for t in ent[1:-1] if t.lower_ == "from"), None)
    if at is None or not all(t.is_title and t.pos_ == "PROPN" for t in ent.doc[ent.start : at]):
        return ent
    if not ref.countries_in(ent.doc[at + 1 : ent.end].text):
        return ent
    return Span(ent.doc, ent.start, at, label="GPE")


def _state_after_comma(ent: Span) -> list[Span]:
    """ "In its Application, Burkina Faso alleges": a body's span the model ran past a
    comma into a state's name ("Application, Burkina Faso") is the words before the
    comma and the state, named as the reference names it."""
    doc = ent.doc
    comma = next((t.i for t in reversed(ent) if t.text == ","), None)
    if ent.label_ != "ORG" or ent.id_ or comma is None or comma == ent.start:
        return [ent]
    state = doc[comma + 1 : ent.end]
    found = ref.lookup_country(state.text)
    if not state or found is None or found.mention_kind != "name":
        return [ent]
    named = Span(doc, state.start, state.end, label="GPE", span_id=f"country:{found.iso3}")
    if comma - ent.start == 1:
        return [named]  # "Application" alone is a common word the model capitalised
    return [Span(doc, ent.start, comma, label="ORG"), named]


def _names_run_on(ents: tuple[Span, ...]) -> list[Span]:
    """The model's entities, with a person's name it cut in two made whole again: a
    one-word place right after a name of two words or more, then a comma or a bracket
    ("Lieutenant Colonel Eric Mbuyi Kalala, spokesman for ..."), is its last word; so is
    a one-word name the parse makes the head of the person's words, a country's included
    ("Co-President Rosaura Téllez Montenegro said", "Ibrahim Mamman Tsafe (rtd)"); and a
    one-word place the parse hangs on the name after it is its first word ("Mayor Santiago
    Rosario Batista")."""
    out: list[Span] = []
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    # One-word places the model guessed, which may be a surname ("Ospina Salcedo").
    guessed = {
        ent.start
        for ent in ents
        if len(ent) == 1 and ent.label_ in ("GPE", "LOC") and not ent.id_.startswith("country:")
    }
    for ent in [part for whole in ents for part in _state_after_comma(whole)]:
        doc = ent.doc
        ent = _cut_before_title(_run_past_from(ent))
        ent = _titled_founder(_cut_before_portfolio(_portfolio_alone(ent)))
        if (start := _given_name_before_particle(ent, taken)) is not None:
            ent = Span(doc, start, ent.end, label="PERSON")  # 'Francisca dos' + 'Santos Lima'
        if ent.label_ == "PERSON":
            ent = _without_postnominal(_without_occupation(_without_portfolio_words(ent)))
            start = min(_abbreviated_given_name(ent), _given_names_before(ent, taken))
            if (joined := hyphen_joined_start(doc, start)) < start:
                # 'Tomasz Szczęsny-' before 'Wołowicz': the first half of a double
                # surname and the given name before it.
                start = joined - (joined > 0 and _given_name_word(doc[joined - 1], taken))
            while start < ent.start and out and out[-1].end > start:
                # The model's span of the short given name ('Md.' as a place, 'Datuk
                # Mohd' as a person of its own) is part of this name.
                start = min(start, out[-1].start) if out[-1].label_ == "PERSON" else start
                out.pop()
            ent = Span(doc, start, ent.end, label="PERSON")
        prev = out[-1] if out else None
        if prev is not None and ent.start < prev.end:
            # The name took the first word of this span ("Ali Jama' Jangeli", below); what
            # is left is the model's run past the name ("Jangeli, Somali Foreign"): no span
            # if it is cut from it by punctuation.
            if prev.end >= ent.end or doc[prev.end].is_punct:
                continue
            ent = Span(doc, prev.end, ent.end, label=ent.label_)
        if prev is not None and (
            _last_name_place(prev, ent) or _first_name_word(prev, ent) or _last_name_org(prev, ent)
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        elif prev is not None and _one_name_split(prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        elif prev is not None and (
            _body_of_body(prev, ent) or _brief_split(prev, ent) or _foreign_body_split(prev, ent)
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
        else:
            out.append(ent)
        last = out[-1]
        if (
            last.label_ == "PERSON"
            and len(last) >= 2
            and (last.end not in taken or _after_ayn(last))
            and last.end < len(doc)
            and doc[last.end].is_title
            and doc[last.end].is_alpha
            and doc[last.end].pos_ == "PROPN"
            and (_after_ayn(last) or _last_name_word(last, last.end))
        ):
            out[-1] = Span(doc, last.start, last.end + 1, label="PERSON")
        elif last.label_ == "PERSON" and (tail := _name_tail(last, taken)):
            out[-1] = Span(doc, last.start, last.end + tail, label="PERSON")
        elif last.label_ == "PERSON" and (end := _surnames_after(last, taken, guessed)):
            out[-1] = Span(doc, last.start, end, label="PERSON")
        if out[-1].label_ == "PERSON" and (end := _particle_surname_end(out[-1])):
            out[-1] = Span(doc, out[-1].start, end, label="PERSON")
        if (
            out[-1].label_ == "PERSON"
            and (end := hyphen_joined_end(doc, out[-1].end)) > out[-1].end
        ):
            out[-1] = Span(doc, out[-1].start, end, label="PERSON")  # 'Dennis Mugisha' -Okello
    return out


def _abbreviated_given_name(person: Span) -> int:
    """Where a name opens when a given name written short stands before the model's span
    ("Ma. Lourdes Dimaculangan-Reyes", "Md. Abdul Karim")."""
    doc, short = person.doc, lexset("given_name_abbreviations")
    s = person.start
    if (
        s >= 2
        and doc[s - 1].text == "."
        and doc[s - 2].text in short
        and not doc[s - 2].whitespace_
    ):
        return s - 2
    if s >= 1 and doc[s - 1].text.endswith(".") and doc[s - 1].text[:-1] in short:
        return s - 1
    return s


GIVEN_NAMES_BEFORE_MAX = 3


def _given_names_before(person: Span, taken: set[int]) -> int:
    """Where a name opens when the model took only its last word ("Renata Albuquerque"
    before "Lins said", "Luz Dary" as a body before "Palacios Cuesta"): up to three
    capitalized proper nouns the parse hangs on the name, none a word of a title, a
    calendar word, a country or an organization's word, nor part of a known entity."""
    doc, titles = person.doc, ref.role_vocabulary()
    if any(t.whitespace_ for t in person[:-1]) and person[0].lower_ not in lexset(
        "surname_particles"
    ):
        # The model's name of two words or more has its given name, unless it opens on
        # a particle ("Ben Slimane-Okello" of "Thameur Ben Slimane-Okello").
        return person.start
    k = person.start
    while k > 0 and person.start - k < GIVEN_NAMES_BEFORE_MAX:
        w = doc[k - 1]
        if not (
            w.is_title
            and w.is_alpha
            and w.pos_ == "PROPN"
            and w.whitespace_
            and w.dep_ == "compound"
            and w.i < w.head.i < person.end
        ):
            break
        if (
            w.lower_ in org_words()
            or w.lower_ in _CALENDAR_WORDS
            or ref.key(w.text) in titles
            or ref.lookup_country(w.text) is not None
            or (w.i in taken and (w.ent_type_ not in ("ORG", "PERSON") or w.ent_id_))
        ):
            break
        k -= 1
    while k < person.start and doc[k].ent_iob_ == "I":
        k += 1  # never half of another span ('Foreign Relations' of a ministry)
    return k


def _without_portfolio_words(person: Span) -> Span:
    """ "Minister of Government Communication Mohannad Zoubi-Tarawneh": the model's name
    that opens on the last words of the portfolio before it, words of titles (roles.csv,
    "Communications"), is the name after them."""
    doc = person.doc
    j = person.start - 1
    while j >= 0 and (doc[j].is_title or doc[j].lower_ in ("of", "for", "and", "the")):
        j -= 1
    if not any(
        lemma_of(t) in lexset("portfolio_titles")
        and t.i + 1 < person.start
        and t.nbor().lower_ in ("of", "for")
        for t in doc[j + 1 : person.start]
    ):
        return person
    start = past_portfolio_words(doc, person.start, person.end)
    return Span(doc, start, person.end, label=person.label_) if start > person.start else person


def past_portfolio_words(doc: Doc, start: int, end: int) -> int:
    """Where a name opens past the words of a title's portfolio that run into it
    ("Communication" of "... Government Communication Mohannad Zoubi-Tarawneh"), two
    words of the name kept."""
    vocabulary = ref.role_vocabulary()
    while end - start > 2 and (
        ref.key(doc[start].text) in vocabulary or ref.key(doc[start].text) + "s" in vocabulary
    ):
        start += 1
    return start


def _without_occupation(person: Span) -> Span:
    """The name without the occupation a sentence opens with ("Baker Zoran Pejovic, 52,
    told ..."): a word of ``described_people`` capitalized before a full name."""
    first = person[0]
    if len(person) < 3 or not first.is_title or first.lower_ not in lexset("described_people"):
        return person
    return Span(person.doc, person.start + 1, person.end, label="PERSON")


def _without_postnominal(person: Span) -> Span:
    """The name without the letters after it ("Rosalind Okafor-Hughes KC")."""
    end = person.end
    while end - person.start > 2 and person.doc[end - 1].text in lexset("postnominals"):
        end -= 1
    return person if end == person.end else Span(person.doc, person.start, end, label="PERSON")


def _particle_surname_end(person: Span) -> int | None:
    """Where a name the model cut at or before its surname's particles ends: "Marieke
    van" before "den Broek", "Inés Marcó" before "del Pont". The particles are lower
    case and a capitalized word that is no country follows them."""
    doc, particles = person.doc, lexset("surname_particles")
    k = person.end
    while k > person.start + 1 and doc[k - 1].is_lower and doc[k - 1].lower_ in particles:
        k -= 1  # the model's span ends on a particle
    j = k
    while j < len(doc) and doc[j].is_lower and doc[j].lower_ in particles:
        j += 1
    if j == k or j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha):
        return None
    if ref.lookup_country(doc[j].text) is not None or j - k > 2:
        return None
    end = hyphen_joined_end(doc, j + 1)  # 'de la Torre-Ugarte'
    return end if end > person.end else None


def _name_tail(person: Span, taken: set[int]) -> int:
    """How many untagged words after a person's span end the name ("Chairperson Moussa"
    before "Faki Mahamat has called"): two proper nouns the parse hangs the person's
    words on, the last followed by a comma, a bracket or the verb it is subject of."""
    doc = person.doc
    n = 2
    head = person.end + n - 1
    if head + 1 >= len(doc) or any(i in taken for i in range(person.end, head + 1)):
        return 0
    tail = doc[person.end : head + 1]
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and not t.ent_type_ for t in tail):
        return 0
    if not all(t.dep_ == "compound" and t.head.i == head for t in doc[person.end - 1 : head]):
        return 0
    after = doc[head + 1]
    subject = doc[head].dep_ in ("nsubj", "nsubjpass") and after.pos_ in ("VERB", "AUX")
    return n if after.text in (",", "(") or subject else 0


SURNAMES_AFTER_MAX = 2


def _surnames_after(person: Span, taken: set[int], guessed: set[int]) -> int:
    """End of a name that runs on past the model's span through one or two surnames
    ("María Fernanda" before "Ospina Salcedo called for ..."): capitalized proper nouns,
    untagged or a one-word place the model guessed, the last of which the parse makes the
    head of every word of the name, a comma, a bracket or a verb right after it."""
    doc = person.doc
    # A hyphenated surname ("Villanueva-Ocampo") counts as one, its hyphen a token more.
    for n in range(2 * SURNAMES_AFTER_MAX + 1, 0, -1):
        head = person.end + n - 1
        if head + 1 >= len(doc):
            continue
        tail = doc[person.end : head + 1]
        hyphens = [t for t in tail if _surname_hyphen(t, head)]
        if len(tail) - len(hyphens) > SURNAMES_AFTER_MAX or not all(
            t in hyphens
            or (
                t.is_title
                and t.is_alpha
                and t.pos_ == "PROPN"
                and (t.i not in taken or t.i in guessed)
            )
            for t in tail
        ):
            continue
        # A hyphenated given name ("Léon-Richard" before "Kasongo Ilunga told") is one
        # word of the name: its parts are joined by the hyphen, not by the parse.
        joined = {
            t.i
            for t in doc[person.start : head]
            if t.text == "-" or (t.i + 1 < head and doc[t.i + 1].text == "-")
        }
        if sum(t.i in guessed for t in tail) > 1 or any(
            not t.whitespace_ for t in doc[person.start : head] if t.i not in joined
        ):
            continue
        if not all(
            (t.i in joined and person.start <= t.head.i <= head)
            or (t.dep_ == "compound" and t.i < t.head.i <= head)
            for t in doc[person.start : head]
        ):
            continue
        after = doc[head + 1]
        if after.text in (",", "(") or after.pos_ in ("VERB", "AUX"):
            return head + 1
    return 0


def _surname_hyphen(tok: Token, last: int) -> bool:
    """A hyphen inside a surname: no space on either side, a capitalised word after it."""
    doc = tok.doc
    return (
        tok.text == "-"
        and 0 < tok.i < last
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and doc[tok.i + 1].is_title
    )


def _given_name_before_particle(ent: Span, taken: set[int]) -> int | None:
    """Where a person's name opens when the model took only its surname after a particle,
    for a person, a body or a place: "Francisca dos" before "Santos Lima, 54", "Ulugbek
    Tursunboy ugli" before "Karshiyev". The given names are one or two untagged
    capitalized words, the particles lower case, the span no known entity and no body's
    name."""
    doc, particles = ent.doc, lexset("surname_particles")
    if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "NORP") or ent.id_:
        return None
    k = ent.start
    while k > 0 and ent.start - k < 2 and doc[k - 1].is_lower and doc[k - 1].lower_ in particles:
        k -= 1
    if k == ent.start or any(t.lower_ in org_words() for t in ent):
        return None
    given = k
    while given > 0 and k - given < 2 and _given_name_word(doc[given - 1], taken):
        given -= 1
    if given == k or (given > 0 and doc[given - 1].lower_ == "the"):
        return None  # 'the Hôpital Général de Référence Nationale': a body's name
    return given


def _given_name_word(word: Token, taken: set[int]) -> bool:
    return (
        word.i not in taken
        and word.is_title
        and word.is_alpha
        and word.lower_ not in org_words()
        and ref.lookup_country(word.text) is None
    )


def _body_of_body(prev: Span, ent: Span) -> bool:
    """Two unknown bodies the model cut at "of" ("Joint Command" of "the Armed
    Forces"): one body's name."""
    doc = ent.doc
    return (
        prev.label_ == ent.label_ == "ORG"
        and not prev.id_
        and not ent.id_
        and ent.start == prev.end + 1
        and doc[prev.end].lower_ == "of"
        and all(t.is_title for t in doc[prev.start : prev.end])
        and ent[0].lower_ == "the"
        and all(t.is_title for t in ent[1:])
    )


def _foreign_body_split(prev: Span, ent: Span) -> bool:
    """A body's name in Portuguese, Spanish or French the model cut at its link word
    ("The Liga Guineense" and "Direitos Humanos" of "Liga Guineense dos Direitos
    Humanos"): one body's name."""
    doc = ent.doc
    first = prev[1] if prev[0].lower_ == "the" and len(prev) > 1 else prev[0]
    return (
        prev.label_ in ("ORG", "FAC", "PERSON", "GPE", "LOC")
        and not prev.id_
        and not ent.id_
        and ent.start == prev.end + 1
        and doc[prev.end].is_lower
        and doc[prev.end].lower_ in _NAME_LINKS | _IBERIAN_LINKS
        and first.lower_ in lexset("foreign_body_words")
        and first.lower_ not in org_words()  # "the Police" of an English name
        and all(t.is_title for t in ent)
    )


def _brief_split(prev: Span, ent: Span) -> bool:
    """A ministry's brief the model cut at "and" ("Ministry of Foreign" and "Diaspora
    Affairs"): one body's name, the second part ending in a body's word."""
    doc = ent.doc
    return (
        prev.label_ == "ORG"
        and ent.label_ in ("ORG", "PERSON")
        and not prev.id_
        and not ent.id_
        and ent.start == prev.end + 1
        and doc[prev.end].lower_ == "and"
        and doc[prev.start].lower_ in ("ministry", "department", "secretariat", "office")
        and all(t.is_title for t in ent)
        and ent[-1].lower_ in org_words()
    )


def _one_name_split(prev: Span, ent: Span) -> bool:
    """Two spans of one label side by side that the parse makes one name ("Helena Varga"
    and "Costa": both words compounds of the last), with no organization word: the
    model cut a name in two."""
    doc = ent.doc
    return (
        prev.label_ == ent.label_
        and prev.label_ in ("PERSON", "ORG")
        and not prev.id_
        and not ent.id_
        and prev.end == ent.start
        and all(t.is_title and t.is_alpha for t in doc[prev.start : ent.end])
        and all(t.dep_ == "compound" and ent.start <= t.head.i < ent.end for t in prev)
        and not any(t.lower_ in org_words() for t in doc[prev.start : ent.end])
    )


def _after_ayn(person: Span) -> bool:
    """ "Ali Jama' Jangeli": a name the model ended at an apostrophe (a transliterated ayn)
    goes on in the name right after it, whatever the model made of that."""
    doc = person.doc
    return (
        len(person) >= 3
        and person[-1].text in ("'", "’")
        and person[-2].whitespace_ == ""
        and person[-1].whitespace_ == " "
        and person.end < len(doc)
    )


def _last_name_place(person: Span, ent: Span) -> bool:
    """Is a one-word place right after a name of two words or more its last word?"""
    doc = person.doc
    return (
        person.label_ == "PERSON"
        and len(person) >= 2
        and ent.start == person.end
        and len(ent) == 1
        and ent.label_ in ("GPE", "LOC")
        and (not ent.id_.startswith("country:") or _last_name_word(person, ent.start))
        and ent[0].is_title
        and doc[person.end - 1].whitespace_ == " "
        and ent.end < len(doc)
        and (doc[ent.end].text in (",", "(") or _last_name_word(person, ent.start))
    )


def _last_name_org(person: Span, ent: Span) -> bool:
    """Is a one-word 'organization' right after a name of two words or more its last word
    ("Foreign Minister Dimas Prasetyo" + "Hadiningrat")? The parse makes the person's
    words compounds of it, and it is no known body nor an organization's word."""
    word = ent[0]
    return (
        person.label_ == "PERSON"
        and len(person) >= 2
        and ent.label_ == "ORG"
        and len(ent) == 1
        and not ent.id_
        and ent.start == person.end
        and word.is_title
        and word.is_alpha
        and word.lower_ not in org_words()
        and all(t.dep_ == "compound" and t.head.i == word.i for t in person[-1:])
    )


def _first_name_word(place: Span, person: Span) -> bool:
    """Is a one-word place the first word of the person named right after it ("Mayor
    Santiago Rosario Batista")? The parse hangs it on the person's words, and no
    preposition or article puts it before them as a place."""
    doc = person.doc
    word = place[0]
    return (
        person.label_ == "PERSON"
        and place.label_ in ("GPE", "LOC")
        and len(place) == 1
        and place.end == person.start
        and word.whitespace_ == " "
        and word.dep_ == "compound"
        and person.start <= word.head.i < person.end
        and (place.start == 0 or doc[place.start - 1].pos_ not in ("ADP", "DET"))
    )


def _last_name_word(person: Span, i: int) -> bool:
    """Is the word at ``i``, right after a person's words, the last word of the name? The
    parse hangs the person's last word on it, and a comma, a bracket or the verb of the
    name's clause follows it."""
    doc = person.doc
    last = doc[person.end - 1]
    if i != person.end or i + 1 >= len(doc) or last.whitespace_ != " ":
        return False
    if last.dep_ != "compound" or last.head.i != i:
        return False
    after = doc[i + 1]
    return after.text in (",", "(") or (after.pos_ in ("VERB", "AUX") and doc[i].head.i == after.i)


_CALENDAR_WORDS = frozenset(
    w.casefold()
    for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)
    if w
)
# Labels the small model gives some town names ('Turbat' a DATE, 'Quetta' a WORK_OF_ART).
_MISTYPED_LABELS = frozenset({"DATE", "TIME", "WORK_OF_ART", "NORP", "PRODUCT", "EVENT", "LAW"})


def _mistyped_name(st: ArticleState, ent: Span) -> bool:
    """A proper name under a label that cannot be a town's: no date word in it, and no
    word the article also writes in lower case ('War')."""
    return (
        ent.label_ in _MISTYPED_LABELS
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
        and not any(
            t.ent_id_ or t.lower_ in _CALENDAR_WORDS or t.lower_ in st.lower_words for t in ent
        )
    )


def orgs_named_as_places(st: ArticleState) -> None:
    """A body no reference knows whose name the article also gives a place ('the
    outposts at Ohn Chaw village' ... 'Ohn Chaw was quiet'): the model's two readings of
    one name; the place wins, unless the body is an outlet the article credits ('BAMAKO
    (Sahel Wire) -' ... 'said in a voice message to Sahel Wire')."""
    places: dict[str, str] = {}
    for e in st.entities.values():
        if e.entity_type == "PLACE":
            places.setdefault(ref.key(e.canonical_name), e.entity_id)
    known = ref.org_registry()
    for eid, e in list(st.entities.items()):
        if e.entity_type != "ORG" or eid in known:
            continue
        target = places.get(ref.key(e.canonical_name))
        if target is None:
            continue
        if eid in st.outlets:
            if not reference_backed(st.entities[target]):
                for m in st.mentions:
                    if m.entity_id == target:
                        m.entity_id = eid
            continue
        for m in st.mentions:
            if m.entity_id == eid:
                m.entity_id = target
        del st.entities[eid]


def _continent_part(ent: Span) -> bool:
    """'Central Asia', 'East Africa': a compass word and a continent name no one."""
    start, end = core(ent)
    doc = ent.doc
    return (
        end - start >= 2
        and doc[start].lower_ in COMPASS
        and ref.is_continent(doc[start + 1 : end].text)
    )


def _named_group(st: ArticleState, ent: Span) -> bool:
    """A name before a lower-case group noun is the group's ('the Maute group', 'the
    Dawlah Islamiyah group'), unless the article names a person so ('the Gbagbo camp')."""
    start, end = core(ent)
    doc = ent.doc
    if end >= len(doc) or not doc[end].is_lower or lemma_of(doc[end]) not in lexset("group_nouns"):
        return False
    if end - start == 1 and doc[start].is_sent_start:
        return False  # 'Clan militias in Hermel': a common noun opening the sentence
    return ref.key(doc[start:end].text) not in _name_words(st) and not speaks(doc[start:end].root)


def _media_title(st: ArticleState, ent: Span) -> bool:
    """'the Gusau Mirror', 'Télé Sahel', 'its propaganda outlet Amaq': a newspaper's or a
    station's title, or a name a media noun puts before it, not a person, unless the
    article names a person so ("broadcaster" also describes people)."""
    start, end = core(ent)
    doc = ent.doc
    words = [t.lower_ for t in doc[start:end]]
    if ref.key(doc[start:end].text) in _name_words(st):
        return False
    before = doc[start - 1] if start else None
    if (
        before is not None
        and before.is_lower
        and before.lower_ in lexset("media_nouns") - {"broadcaster"}
    ):
        return True
    if len(words) < 2:
        return False
    return words[-1] in lexset("media_title_words") or words[0] in lexset("media_lead_words")


def _foreign_body(ent: Span) -> bool:
    """ "Fuerza de Tarea Conjunta", "Ministère de la Défense": a body's name in Spanish,
    Portuguese or French (its first word a body's, a lower-case link after it), no person."""
    start, end = core(ent)
    words = ent.doc[start:end]
    return (
        len(words) >= 3
        and words[0].lower_ in lexset("foreign_body_words")
        and any(t.lower_ in _NAME_LINKS or t.lower_ in _IBERIAN_LINKS for t in words)
    )


def _ends_on_body_word(ent: Span) -> bool:
    """ "Marlowe Defence", "Tihama Watch", "Jeju Air": a name of two words or more ending
    on a body's word ("Defence", "Watch", "Air") is a body's, whatever the model read,
    unless the word is also a family name ("Frank Church")."""
    start, end = core(ent)
    words = ent.doc[start:end]
    last = words[-1].lower_ if len(words) else ""
    return (
        len(words) >= 2
        and all(t.is_title for t in words)
        and last in org_words()
        and last not in lexset("surname_body_words")
    )


def _generic_word(ent: Span) -> bool:
    """A body the model made of one common word standing for a thing named in full
    elsewhere, or for no body at all ("the Treaty", "the Organization", "the Gentleman")."""
    words = [t for t in ent if t.lower_ not in ("the", "a", "an") and not t.is_punct]
    if (
        len(words) == 2
        and words[0].lower_ in ("my", "our", "your", "his", "her", "its", "their")
        and words[1].lower_ in lexset("state_nouns")
    ):
        return True  # "My Government": the writer's own, which the text names otherwise
    if len(words) == 1 and re.fullmatch(r"Q\d{1,4}", words[0].text):
        return True  # a report's reference to its oral evidence: "(Q57)"
    return len(words) == 1 and words[0].lower_ in lexset("generic_org_words")


def _name_of_a_thing(ent: Span) -> bool:
    """A name a relative clause gives the thing before it ("the temple, which Cambodians
    call Prasat Ta Moan Thom"): what the thing is called, no person."""
    verb = ent.root.head
    return (
        lemma_of(verb) in ("call", "name", "know", "dub")
        and verb.dep_ == "relcl"
        and verb.head.ent_type_ != "PERSON"
        and lemma_of(verb.head) not in lexset("described_people")
        and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children
        )
    )


def _is_title(st: ArticleState, p: int, ent: Span) -> bool:
    """A span that is a title alone, a body's name of none ("Humanitarian Coordinator")."""
    s0, e0 = core(ent)
    r = role_at(st, p, s0, e0, at_end=True)
    return (
        r is not None
        and (r.start, r.end) == (s0, e0)
        and ref.org_name_index().get(ref.key(ent.doc[s0:e0].text)) is None
    )


def _adjective_before_title(st: ArticleState, p: int, ent: Span) -> bool:
    """A span of adjectives the model ran into the first word of a title that goes on
    after it ("Furious Supreme" of the popular papers' "Furious Supreme Leader Ali
    Khamenei"): no body's name."""
    doc = ent.doc
    for k in range(ent.start + 1, ent.end):
        r = role_at(st, p, k, min(len(doc), k + 6), at_end=False)
        if r is not None and r.end > ent.end:
            return all(t.tag_ == "JJ" or t.lower_ in ("the", "a", "an") for t in doc[ent.start : k])
    return False


def _title_of_state(st: ArticleState, p: int, ent: Span) -> tuple[int, int, str] | None:
    """A title and the state that holds it in one span ("the Minister of Foreign Affairs
    of the Federal Republic of Nigeria", "President of the French Republic"): where the
    state's name runs, and its ISO3."""
    doc = ent.doc
    s0, e0 = core(ent)
    if doc[e0 - 1].lower_ == "of":
        e0 -= 1  # the model stopped at the "of" before the state's name
    if e0 < len(doc) and doc[e0].lower_ == "of":
        # The state's name after the span: "the Minister of Foreign Affairs of" +
        # "the Federal Republic of Nigeria".
        k = e0 + 2 if e0 + 2 < len(doc) and doc[e0 + 1].lower_ == "the" else e0 + 1
        found = st.country_span_at(p, k, ("COUNTRY_NAME",))
        r = role_at(st, p, s0, e0, at_end=True)
        if found is None or r is None or (r.start, r.end) != (s0, e0) or r.role.kind != "role":
            return None
        return found.start, found.end, found.id_.split(":")[1]
    for t in doc[s0 + 1 : e0 - 1]:
        if t.lower_ != "of" or (c := ref.lookup_country(doc[t.i + 1 : e0].text)) is None:
            continue
        r = role_at(st, p, s0, t.i, at_end=True)
        if r is None or (r.start, r.end) != (s0, t.i) or r.role.kind != "role":
            return None
        k = t.i + 2 if doc[t.i + 1].lower_ == "the" else t.i + 1
        return k, e0, c.iso3
    return None


def _state_after_title(st: ArticleState, p: int, ent: Span) -> None:
    """The state that ends a body's title in one span ("the G7 Foreign Ministers of
    Canada") is a mention of that state."""
    s0, e0 = core(ent)
    of = next((t.i for t in ent.doc[s0 + 1 : e0] if t.lower_ == "of"), None)
    if of is not None and (c := ref.lookup_country(ent.doc[of + 1 : e0].text)) is not None:
        st.add(Mention(p, of + 1, e0, st.country(c.iso3), "name"))


def _org_before_role(st: ArticleState, p: int, ent: Span) -> tuple[int, int, ref.Org] | None:
    """A known body's name and a title after it in one span ("UN Resident Coordinator",
    "UN Resident and Humanitarian Coordinator"): where the body's name ends, and the body."""
    doc = ent.doc
    s0, e0 = core(ent)
    # "the G7 Foreign Ministers of Canada": the title's state (the first of a list of
    # members) runs into the span; the title ends before it.
    of = next((t.i for t in doc[s0 + 1 : e0] if t.lower_ == "of"), None)
    if of is not None and ref.lookup_country(doc[of + 1 : e0].text) is not None:
        e0 = of
    r = role_at(st, p, s0 + 1, e0, at_end=True)
    if r is None or r.end != e0:
        return None
    index = ref.org_name_index()
    for k in range(r.start, s0, -1):
        between = doc[k : r.start]
        if not all(t.lower_ == "and" or t.is_title for t in between):
            continue
        if (org := index.get(ref.key(doc[s0:k].text))) is not None:
            return s0, k, org
    return None


def _names_no_one(ent: Span) -> bool:
    """A span the model took for a person, body or place that names a people, clan or
    faith ("Hutu", "Pashtuns", "Tuareg"), a military operation ("Operation Moshtarak"), a
    treaty or charter ("the Esguerra-Bárcenas Treaty", "the UN Charter"), a war ("the
    Football War") or opens a sentence with a participle ("Briefing the Council")."""
    start, end = core(ent)
    doc = ent.doc
    if ref.key(doc[start:end].text) in ref.people_names():
        return True
    events = lexset("named_event_words")
    if doc[start].text in events or (start > 0 and doc[start - 1].text in events):
        return True
    if end - start > 1 and doc[end - 1].text in lexset("named_document_words"):
        return True  # a treaty or accord
    while end - start > 1 and doc[end - 1].is_lower:
        end -= 1  # 'The South African Border War ended': the model ran on into the verb
    if (
        end - start > 1
        and doc[end - 1].text in lexset("named_war_words")
        and doc[end - 2].lower_ != "of"
    ):
        return True  # a war: 'the South African Border War'

    # "Writing by Marcus Feldt; Editing by ...": a wire credit's label, not a body.
    if (
        end - start == 1
        and end < len(doc)
        and doc[end].lower_ == "by"
        and doc[start].lower_ in lexset("credit_labels")
    ):
        return True
    # "Briefing the Council, X said": a participle opening the sentence, not a name.
    return doc[start].is_sent_start and doc[start].tag_ == "VBG" and doc[start + 1].lower_ == "the"


def _portfolio(ent: Span) -> bool:
    """The brief in an official's title, which the model tags as a body: "Commissioner
    for Security and Home Affairs", "Minister for Foreign Affairs and Trade". A name
    with a body's head word ("the Secretary of the Defence Council") is a body."""
    doc = ent.doc
    start, end = core(ent)
    if ent.label_ not in ("ORG", "PERSON") or ent.id_:
        return False
    if (
        ent.label_ == "ORG"
        and end - start >= 3
        and lemma_of(doc[start]) in lexset("portfolio_titles")
        and doc[start + 1].lower_ in ("of", "for")
        and not any(
            t.lower_ in lexset("organization_nouns") | lexset("body_head_words")
            for t in doc[start:end]
        )
    ):
        return True  # "the Minister of Public Health, Dr X": the whole title, no body
    if start < 2:
        return False
    k = start - 1
    if doc[k].lower_ == "the" and doc[k - 1].lower_ == "and":
        k -= 1  # '... and the National Community Abroad'
    if doc[k].lower_ == "and":
        # "Minister of Foreign Affairs and International Cooperation", "... and the
        # National Community Abroad": the brief's second part, a person to the model.
        k -= 1 + (doc[k - 1].lower_ == "the")
        while k > 0 and (doc[k].is_title or doc[k].lower_ == "the"):
            k -= 1
    elif ent.label_ == "PERSON":
        return False
    if k < 1 or doc[k].lower_ not in ("for", "of"):
        return False
    if any(
        t.lower_ in lexset("organization_nouns") | lexset("body_head_words") for t in doc[start:end]
    ):
        return False
    return lemma_of(doc[k - 1]) in lexset("portfolio_titles")


# 'X-based', 'X-headquartered': the city a body sits in.
_SEAT_WORDS = frozenset({"based", "headquartered"})


def _state_closing(st: ArticleState, p: int, ent: Span) -> None:
    """A mention of the country that ends a span after "of" ("International Cooperation
    of Italy")."""
    for k in range(ent.start + 1, ent.end - 1):
        if ent.doc[k].lower_ != "of":
            continue
        found = st.country_span_at(p, k + 1, ("COUNTRY_NAME",))
        if found is not None and found.end == ent.end:
            st.add(
                Mention(p, found.start, found.end, st.country(found.id_.split(":", 1)[1]), "name")
            )
            return


def _capital_is_place(span: Span) -> bool:
    if kind_cue(span.doc, span.start, span.end) == "city":
        return True  # 'the capital city of X', 'X, capital of Y'
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in _SEAT_WORDS:
        return True  # 'a Canberra-based think tank': where it sits, not who governs
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in COMPASS:
        return True  # 'the village of Deneia, west of Nicosia': a bearing from the city
    root = first_conjunct(root)  # 'evacuated to Gori and Tbilisi': the list's preposition
    verbs = lexset("place_object_verbs") | lexset("capital_object_verbs")
    if root.dep_ == "dobj" and lemma_of(root.head) in verbs:
        return True  # 'have reached Riga', 'shelled Kharkiv': the city, not its government
    if root.dep_ == "dobj" and _as_venue(root):
        return True  # 'offered Brasília as a venue for talks'
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPS:
        return False
    governor = root.head.head
    if root.head.lower_ == "from" and lemma_of(governor) in lexset("voiced_nouns"):
        return False  # 'calls for restraint from Moscow', 'warnings from Ankara': who spoke
    if root.head.lower_ == "to" and governor.lower_ == "according":
        return False  # 'according to Tokyo': its government's account
    return governor.lower_ not in GOVERNMENT_NOUNS


def _as_venue(tok: Token) -> bool:
    """ "offered Brasília as a venue": a city offered for a meeting."""
    doc = tok.doc
    words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 4]]
    return bool(words) and words[0] == "as" and any(w in lexset("venue_nouns") for w in words)


def _region_named_after(st: ArticleState, ent: Span) -> ref.Place | None:
    """'Middle Juba', 'Upper Nile', 'South America', 'Latin America': a division or a
    continent's part named by a word before a name the references know for a capital or
    a country."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if before is None or not before.is_title or before.lower_ not in ref.NAME_QUALIFIERS:
        return None
    whole = doc[ent.start - 1 : ent.end].text
    if ref.is_continent(whole):
        return ref.lookup_place(whole)
    return ref.lookup_region(whole, countries=st.hint_countries) or ref.lookup_place(
        whole, geonames=False
    )


def _country_ent(st: ArticleState, p: int, ent: Span) -> None:
    iso3 = ent.id_.split(":", 1)[1]
    label = st.ref_label(p, ent.start, ent.end) or "COUNTRY_NAME"
    if (region := _region_named_after(st, ent)) is not None:
        st.add(Mention(p, ent.start - 1, ent.end, st.place(region), "name"))
        return
    if label == "COUNTRY_CAPITAL":
        cue = kind_cue(ent.doc, ent.start, ent.end)
        if cue in ("district", "region"):
            # 'Tashkent district of Tashkent region': the divisions named after the capital
            doc = ent.doc
            after = doc[ent.end] if ent.end < len(doc) and doc[ent.end].is_lower else None
            # named with its word ('Tashkent Region'), apart from the city and each other
            name = f"{ent.text} {after.text.title()}" if after is not None else ent.text
            division = resolve_place(st, ent.text, cue) or replace(
                unknown_place(st, name, cue, p, ent.start, ent.end), country_code=iso3
            )
            st.add(Mention(p, ent.start, ent.end, st.place(division), "name"))
            return
        if _capital_is_place(ent):
            place = ref.lookup_place(ent.text, countries=[iso3], curated=False)
            if place and place.country_code == iso3:
                st.add(Mention(p, ent.start, ent.end, st.place(place), "name"))
                return
        st.add(Mention(p, ent.start, ent.end, st.country(iso3), "metonym"))
        return
    kind = "demonym" if label == "COUNTRY_DEMONYM" else "name"
    st.add(Mention(p, ent.start, ent.end, st.country(iso3), kind))


def _titled_person(st: ArticleState, p: int, ent: Span) -> Span | None:
    """The name in an ORG span that is a person's title and name run together: a
    roles.csv title (country words inside it allowed) followed by one to three
    capitalized proper nouns that name no known organization or country."""
    start, end = core(ent)
    doc = ent.doc
    # "Tak Governor Somsak Inthanon": the place a title is held in, then the title.
    r = role_at(st, p, start, end, at_end=False) or role_held_in_place(st, p, start, end)
    if r is None or r.role.kind == "modifier":
        return None
    j = r.end
    if j < end and doc[j].lower_ == "of":  # "President of Ecuador Jonas Pell"
        country = st.country_span_at(p, j + 1)
        if country is None:
            return None
        j = country.end
    name = doc[j:end]
    if not 1 <= len(name) <= 3 or not all(t.is_title and t.tag_ == "NNP" for t in name):
        return None
    if any(t.lower_ in org_words() for t in name):
        return None  # "General Police Inspectorate": a rank's word opens a body's name
    if ref.lookup_country(name.text) or ref.org_name_index().get(ref.key(name.text)):
        return None
    return Span(doc, j, end, label="PERSON")


def _person_named_elsewhere(st: ArticleState, ent: Span) -> bool:
    """An ORG span of two or three words that the model tags as a person elsewhere in
    the article ('Khin Thandar said' once a PERSON, once an ORG)."""
    if not 2 <= len(ent) <= 3 or not all(t.is_title for t in ent):
        return False
    k = ref.key(ent.text)
    if ref.org_name_index().get(k):
        return False
    if st.titled_names is None:
        # Names the article gives with a title in an ORG span ("Daw Khin Thandar").
        st.titled_names = {
            ref.key(name.text)
            for q, d in enumerate(st.docs)
            for e in d.ents
            if e.label_ == "ORG" and (name := _titled_person(st, q, e)) is not None
        }
    return k in st.titled_names or any(
        e.label_ == "PERSON" and ref.key(e.text) == k for d in st.docs for e in d.ents
    )


@cache
def org_words() -> frozenset[str]:
    """Words that make a name an organization's ("Ministry", "Brigade", "Navy")."""
    return (
        lexset("organization_nouns")
        | lexset("group_nouns")
        | lexset("org_name_words")
        | lexset("company_words")
    )


# How far before a name's comma the role it stands in apposition to may open.
APPOSITION_REACH = 16


def _name_in_role_slot(st: ArticleState, p: int, ent: Span) -> Span | None:
    """An ORG span the model made of a person's name: two to four title-case words (name
    particles between them allowed) with no organization word, right after a role
    ("Foreign Affairs Minister Nkechi Adeyemi-Bello") or in apposition to one ("The
    ICRC's head of delegation in Bangui, Lukas Brunner,")."""
    start, end = core(ent)
    doc = ent.doc
    # Titles the model ran into the span: 'Spokeswoman Lieutenant General Chhay Sovannary'.
    while (r := role_at(st, p, start, end, at_end=False)) is not None and r.end < end:
        start = r.end
    words = [t for t in doc[start:end] if t.text != "-"]
    if not 2 <= len(words) <= 5 or not words[0].is_title or not words[-1].is_title:
        return None
    if any(
        t.lower_ in org_words() or t.is_upper or not (t.is_title or t.lower_ in NAME_PARTICLES)
        for t in words
    ):
        return None
    if ref.lookup_country(doc[start:end].text) or ref.org_name_index().get(
        ref.key(doc[start:end].text)
    ):
        return None
    if role_at(st, p, max(start - 6, 0), start, at_end=True) is not None:
        return Span(doc, start, end, label="PERSON")
    if (
        end + 1 < len(doc)
        and doc[end].text == ","
        and any(
            role_at(st, p, k, min(k + 6, len(doc)), at_end=False) is not None
            and all(t.is_title for t in doc[end + 1 : k])  # "Regional Director"
            for k in range(end + 1, min(end + 4, len(doc)))
        )
    ):
        # '... said Mamadou Diallo-Verhoeven, Regional Director for West and Central
        # Africa at the UN refugee agency': the role set after the name.
        return Span(doc, start, end, label="PERSON")
    given = start - 1
    if (
        given > 0
        and doc[given].is_title
        and doc[given].pos_ == "PROPN"
        and not doc[given].ent_type_
        and role_at(st, p, max(given - 6, 0), given, at_end=True) is not None
    ):
        # "spokesperson Anders Kvale-Mensah": the model left the given name out.
        return Span(doc, given, end, label="PERSON")
    if (k := _portfolio_start(doc, start)) is not None and role_at(
        st, p, max(k - 6, 0), k, at_end=True
    ) is not None:
        # "Under-Secretary-General for Political and Peacebuilding Affairs Helena Costa"
        return Span(doc, start, end, label="PERSON")
    if start < 2 or doc[start - 1].text != ",":
        return None
    # An apposition: a role in the phrase before the comma, no verb between; the body
    # the role is held in may run long ("The Secretary-General of the Organisation of
    # Islamic Cooperation (OIC), Mamadou Sall-Ndour,").
    k = start - 1
    while (
        k > max(start - APPOSITION_REACH, 0)
        and doc[k - 1].pos_ not in ("VERB", "AUX")
        and doc[k - 1].text not in (",", ";")
    ):
        k -= 1
        if role_at(st, p, k, start - 1, at_end=False) is not None:
            return Span(doc, start, end, label="PERSON")
    return None


def _portfolio_start(doc: Doc, start: int) -> int | None:
    """Where a title's portfolio ("for Political and Peacebuilding Affairs", "of Foreign
    Affairs") opens, right before token ``start``: "for" or "of", then only capitalized
    words and joining words up to ``start``."""
    k = start - 1
    while k > max(start - 9, 0) and (doc[k].is_title or doc[k].lower_ in ("and", "the", "&")):
        k -= 1
    if k == start - 1 or doc[k].lower_ not in ("for", "of") or not doc[k + 1].is_title:
        return None
    return k


def _org_then_name(ent: Span, titled: bool = False) -> tuple[Span, Span] | None:
    """An ORG span that runs an organization's name into a person's: it ends in two or
    three title-case proper nouns after an organization noun ('Committee', 'Ministry')
    or a body's name ('Spokesperson of the Ministry of Defence Nino Kiknadze'). After a
    title held in the body (``titled``), any word of an organization's name ends the
    body ('Spokesperson for the Eastern Group of Forces Serhii Cherevatyi')."""
    start, end = core(ent)
    doc = ent.doc
    heads = org_words() if titled else lexset("organization_nouns") | lexset("group_nouns")
    for n in (2, 3):
        cut = end - n
        if cut - start < 1 or not (
            doc[cut - 1].lower_ in heads or _names_a_body(doc[start:cut].text)
        ):
            continue
        name = doc[cut:end]
        if not all(t.is_title and t.tag_ == "NNP" and t.lower_ not in heads for t in name):
            continue
        if ref.lookup_country(name.text) or ref.org_name_index().get(ref.key(name.text)):
            continue
        return Span(doc, start, cut, label="ORG"), Span(doc, cut, end, label="PERSON")
    return None


def _title_before(st: ArticleState, p: int, ent: Span) -> bool:
    """Does a title held in the body stand right before it ('Spokesperson for the ...',
    'Head of ...')?"""
    doc = ent.doc
    i = core(ent)[0]
    if i and doc[i - 1].lower_ == "the":
        i -= 1
    if not i or doc[i - 1].lower_ not in ("of", "for", "at"):
        return False
    r = role_at(st, p, max(0, i - 7), i - 1, True)
    return r is not None and r.role.kind == "role"


def _page_label(ent: Span) -> bool:
    """A label that opens a paragraph and names a part of the page ('Verdict:',
    'Editor's note:') or a broadcast script's cue ('UPSOUND'), which the model may take
    for a name."""
    doc = ent.doc
    if (
        len(ent) == 1
        and not ent.text.isupper()
        and ent.text.casefold() in lexset("page_action_words")
    ):
        return True  # 'Share: Facebook | X | Email', 'Download', 'Map' (not 'MAP', an acronym)
    opens = ent.start == 0 or doc[ent.start - 1].is_space
    if opens and ent.text.isupper() and ent.text.casefold() in lexset("script_cues"):
        return True  # 'UPSOUND (hymn singing outside the base gates)'
    return (
        ent.end < len(doc)
        and doc[ent.end].text == ":"
        and opens
        and ent.text.casefold() in lexset("page_labels")
    )


def _names_a_body(text: str) -> bool:
    """Is ``text`` a known body's name, or a state body's with or without its state
    ('Ministry of Defence', 'Ministry of Defence of Georgia')?"""
    if ref.is_state_body_name(text) or ref.org_name_index().get(ref.key(text)) is not None:
        return True
    body, of, state = text.rpartition(" of ")
    return bool(of) and ref.lookup_country(state) is not None and ref.is_state_body_name(body)


def _org_core(ent: Span) -> tuple[int, int]:
    """The name inside a model ORG span: without a leading demonstrative ('This U.S. Navy') and
    trailing lower-case or adjective words ('European Union-brokered', 'Boko Haram Islamic')."""
    start, end = core(ent)
    doc = ent.doc
    if end - start > 1 and doc[start].lower_ in ("this", "that", "these", "those"):
        start += 1
    bracket = next((t.i for t in doc[start + 1 : end] if t.text == "("), None)
    if bracket is not None:
        end = bracket  # 'People's Defence Forces (HPG': the acronym after is its own mention
    verb = next(
        (
            t.i
            for t in doc[start + 1 : end]
            if t.is_lower
            and t.tag_ in ("VBZ", "VBD", "VBP")
            and t.lower_ not in _IBERIAN_LINKS  # "Liga Guineense dos Direitos Humanos"
        ),
        None,
    )
    if verb is not None:
        end = verb  # '... Nagorno Karabakh Republic informs Armenpress': the name ends there
    while end - start > 1 and (
        doc[end - 1].is_lower
        or doc[end - 1].text == "-"
        or (doc[end - 1].tag_ == "JJ" and doc[end - 1].lower_.endswith(_ADJECTIVE_ENDINGS))
    ):
        end -= 1
    while end - start > 1 and doc[end - 1].is_punct:
        end -= 1
    index = ref.org_name_index()
    if index.get(ref.key(doc[start:end].text)) is None:
        # "the European Union for Foreign Affairs" of "High Representative of the European
        # Union for Foreign Affairs and Security Policy": a known body, then the brief of
        # the title held in it.
        cut = next((t.i for t in doc[start + 1 : end] if t.lower_ == "for"), None)
        if cut is not None and index.get(ref.key(doc[start:cut].text)) is not None:
            end = cut
    return start, end


# First words of a state body's name that take the state after them ("... of Colombia").
_STATE_BODY_WORDS = {"ministry", "department", "committee", "agency", "directorate", "bureau"}


def _owner_before(st: ArticleState, p: int, start: int, labelled: bool = False) -> set[str]:
    """The country owning a name from just before it: "Colombia's Ministry of ...",
    "the Colombian Ministry of ..."; with ``labelled``, else the country a list item is
    labelled with ("Qatar: The Ministry of Foreign Affairs ...")."""
    doc = st.docs[p]
    end = start
    if end > 0 and (doc[end - 1].tag_ == "POS" or doc[end - 1].dep_ == "case"):
        end -= 1  # "Colombia's", and "Honduras'" whose bare apostrophe is a case marker
    owners = {
        s.id_.split(":", 1)[1]
        for s in st.ref_spans(p)
        if s.end == end and s.label_ in ("COUNTRY_NAME", "COUNTRY_DEMONYM")
    }
    if not owners and labelled:
        label = list_label(st, p, start)
        if label is not None and label.entity_type == "COUNTRY" and label.country_code:
            owners = {label.country_code}
    return owners


def _other_states_body(st: ArticleState, p: int, ent: Span, org: ref.Org) -> ref.Org | None:
    """A state body's name the references give one state, owned by another just before
    it ("Honduras' Secretariat of National Defense"): the owner's body of that name."""
    owners = _owner_before(st, p, ent.start)
    if len(owners) != 1 or not org.country_code or org.country_code in owners:
        return None
    return ref.state_body(ent.text, next(iter(owners)))


# Bodies named after the country they are posted in or to ('UN Support Mission in Libya').
_POSTED_BODIES = {"mission", "office", "delegation", "embassy", "representation", "command"}


def _body_name(words: str) -> str:
    """A body's name as the references write it: "health ministry" is "Ministry of
    Health"; other words are title-cased ("border guard command")."""
    if (m := re.fullmatch(r"(\w+) ministry", words, re.IGNORECASE)) is not None:
        return f"Ministry of {m[1].title()}"
    return words if not words.islower() else words.title()


def _owned_body(st: ArticleState, p: int, start: int, text: str) -> ref.Org | None:
    """A generic body's name after an organization's possessive ("The GNU's Ministry of
    Defence", "the Houthis' Ministry of Health"): that organization's body of the name."""
    doc = st.docs[p]

    def named_ending_at(i: int, prefixes: tuple[str, ...]) -> Entity | None:
        return next(
            (
                st.entities[m.entity_id]
                for m in st.mentions
                if m.para == p and m.end == i and m.entity_id.startswith(prefixes)
            ),
            None,
        )

    owner = None
    if start >= 2 and doc[start - 1].tag_ == "POS":
        owner = named_ending_at(start - 1, ("org:",))
    elif start >= 3 and doc[start - 1].lower_ in _RUN_BY and doc[start - 2].text == "-":
        # "Yemen's Houthi-run health ministry": the territory it serves names it, else
        # the group that runs it ("the Taliban-run interior ministry").
        runner = named_ending_at(start - 2, ("org:",))
        at = start - 2 - len(runner.canonical_name.split()) if runner else start - 3
        place = None
        for i in range(max(at - 2, 1), start - 2):
            if doc[i].tag_ == "POS":
                place = named_ending_at(i, ("place:", "country:"))
        seat = None if place else _city_after_body(doc, start, text)
        if seat is not None:
            # "the Houthi-run defence ministry in Sanaa": named after the city it sits
            # in, for in a civil war it is not the state's own (seated in Aden).
            name = f"{_body_name(text)} of {seat[0]}"
            return ref.Org(entity_id("ORG", name), name, seat[1])
        owner = place or runner
    if owner is None:
        return None
    name = _body_name(text)
    the = "" if owner.entity_type in ("PLACE", "COUNTRY") else "the "
    short = owner.canonical_name.removesuffix(" Strip")
    name = f"{name} of {the}{short}"
    return ref.Org(entity_id("ORG", name), name, owner.country_code)


def _city_after_body(doc: Doc, start: int, text: str) -> tuple[str, str] | None:
    """The city a body's name is followed by ("health ministry in Sanaa"): its name as
    written and its state (:func:`_seat_state`: a capital or a big city)."""
    end = start + len(text.split())
    while end < len(doc) and doc[start:end].text != text:
        end += 1
    state = _seat_state(doc, end, capital_only=False)
    if state is None:
        return None
    stop = end + 1
    while stop < len(doc) and stop - end <= 3 and doc[stop].is_title:
        stop += 1
    return doc[end + 1 : stop].text, state


# Participles by which a group runs a body: "the Houthi-run health ministry".
_RUN_BY = {"run", "controlled", "led", "administered"}


def _name_around_acronym(doc: Doc, start: int, end: int) -> ref.Org | None:
    """The known body a name and its "of" phrase make once the acronym between them is
    left out: "Peace and Security Council (PSC) of the African Union (AU)"."""
    if not (
        end + 3 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and doc[end + 1].is_upper
        and doc[end + 3].lower_ in ("of", "for", "on")
    ):
        return None
    index = ref.org_name_index()
    found = None
    for e in range(end + 5, min(end + 12, len(doc)) + 1):
        if doc[e - 1].is_punct:
            break
        found = index.get(ref.key(f"{doc[start:end].text} {doc[end + 3 : e].text}")) or found
    return found


def _known_name_end(doc: Doc, start: int, end: int) -> int:
    """The end of the longest known organization name that the span opens and the
    model cut at a preposition ("the UN Office" of "UN Office for the Coordination of
    Humanitarian Affairs"), or of a ministry's two portfolios the model cut at "and"."""
    if end < len(doc) and doc[end].lower_ == "and":
        return _second_portfolio_end(doc, start, end)
    if end >= len(doc) or doc[end].lower_ not in ("for", "of", "on", "in"):
        return end
    index = ref.org_name_index()
    best = end
    for e in range(end + 2, min(end + 10, len(doc)) + 1):
        if doc[e - 1].is_punct:
            break
        if index.get(ref.key(doc[start:e].text)):
            best = e
    return best


def _second_portfolio(doc: Doc, ent: Span, org: ref.Org) -> tuple[ref.Org, Span] | None:
    """A state's ministry the references know, whose name in the text goes on with a
    second portfolio ("Botswana's Ministry of Defence and Security"): that ministry, by
    the text's name, and the span that names it."""
    head = next((t.i for t in ent if t.lower_ in ("ministry", "department")), None)
    country = ref.country(org.country_code) if org.country_code else None
    if head is None or country is None or ent.end >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    end = _second_portfolio_end(doc, head, ent.end)
    if end == ent.end:
        return None
    name = f"{doc[head:end].text} of {country.after_of}"
    return ref.Org(entity_id("ORG", name), name, country.iso3), Span(doc, ent.start, end)


def _second_portfolio_end(doc: Doc, start: int, end: int) -> int:
    """ "Ministry of Defence and Security", "Ministry of National Defense and Veterans of
    the Homeland": a ministry's name that goes on past "and" with a second portfolio in
    capitals (no body's name of its own: "the Ministry of Defence and the Army" are two)."""
    first = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < end else doc[start]
    if first.lower_ not in ("ministry", "department", "secretariat") or end - start < 3:
        return end
    bodies = lexset("organization_nouns")
    e = end + 1
    while e < len(doc) and e - end < 8:
        t = doc[e]
        word = t.is_title and t.is_alpha and t.lower_ not in bodies and t.ent_type_ != "GPE"
        if word or (t.lower_ in ("of", "the") and e + 1 < len(doc) and doc[e + 1].is_title):
            e += 1
        elif t.lower_ == "of" and e + 2 < len(doc) and doc[e + 1].lower_ == "the":
            e += 2  # "... and Veterans of the Homeland"
        else:
            break
    while e > end + 1 and doc[e - 1].lower_ in ("of", "the"):
        e -= 1
    return e if e > end + 1 else end


def _body_in_capital(st: ArticleState, p: int, start: int, end: int) -> str | None:
    """'the Ministry of Defence in Santo Domingo', run together by the model: the state
    body of the country whose capital (or name) ends the span, and that city."""
    doc = st.docs[p]
    at = next((t.i for t in doc[start + 1 : end - 1] if t.lower_ == "in"), None)
    if at is None:
        return None
    seat = doc[at + 1 : end]
    found = [c for c in ref.countries_in(seat.text) if c[1] == 0 and c[2] == len(seat.text)]
    if not found:
        return None
    org = _generic_body(st, p, start, at, home=False)  # its "in <capital>" reading
    words = doc[start + (doc[start].lower_ == "the") : at]
    capital = ref.lookup_country(seat.text)
    if (
        org is None
        and capital is not None
        and capital.mention_kind == "metonym"
        and any(t.lower_ in org_words() for t in words)
    ):
        # "the National Assembly in Sofia": a state's institution, named for its state;
        # "the Centre for the Study of Democracy in Sofia": a body seated there.
        iso3 = found[0][0]
        state = ref.country(iso3)
        name = words.text
        if words[-1].lower_ in lexset("state_institution_heads") and state is not None:
            name = f"{name} of {state.after_of}"
        org = ref.Org(entity_id("ORG", name), name, iso3)
    if org is None:
        return None
    oid = st.org(org)
    st.add(Mention(p, start, at, oid, "name"))
    place = ref.lookup_place(seat.text, countries=[found[0][0]], curated=False)
    if place is not None and place.country_code == found[0][0]:
        st.add(Mention(p, seat.start, seat.end, st.place(place), "name"))
    return oid


def _reporting_subject(tok: Token) -> bool:
    """Is the word the subject of a reporting verb ("... says", "... claimed")?"""
    return tok.dep_ == "nsubj" and lemma_of(tok.head) in lexset("speech_verbs") | lexset(
        "claim_verbs"
    )


def _body_reporting(tok: Token) -> bool:
    """A state body's common name opening a report ("Police say four people died"): a
    body even where the text also writes the word lower case."""
    return tok.is_title and _reporting_subject(tok) and ref.is_state_body_name(tok.text)


# Nouns of people by where they live, which a model may read as a body's first word.
_DWELLER_NOUNS = frozenset({"resident", "native", "inhabitant", "citizen"})


def _bracketed(doc: Doc, i: int) -> bool:
    """Does token ``i`` stand in brackets that close right after it ("(Greens/EFA, DE)")?"""
    lo = next((k for k in range(i - 1, max(-1, i - 6), -1) if doc[k].text == "("), None)
    hi = next((k for k in range(i + 1, min(len(doc), i + 3)) if doc[k].text == ")"), None)
    return lo is not None and hi is not None


def _machine_acronym(text: str) -> bool:
    """An acronym for a machine ("UAV", "USV", "APC") or any acronym in the plural
    ("UAVs", "IEDs"): a thing counted, no body's name."""
    plural = len(text) > 2 and text.endswith("s") and text[:-1].isupper()
    return plural or (text.isupper() and text.lower() in lexset("machine_acronyms"))


def _unknown_org(st: ArticleState, p: int, ent: Span) -> str | None:
    doc = ent.doc
    s0, e0 = core(ent)
    if doc[e0 - 1].is_lower and doc[e0 - 1].lower_ in lexset("organization_nouns"):
        # A body named in lower case ("the Houthi-run health ministry", "Foreign
        # ministry") is known only by whose it is.
        text = doc[s0:e0].text
        owned = _owned_body(st, p, s0, text) if all(t.is_lower for t in doc[s0:e0]) else None
        if owned is None and ref.key(text) in ref.org_name_index():
            # Only the body named before: a lower-case one is read as a reference back.
            owned = _generic_body(st, p, s0, e0, home=False)
        if owned is None:
            return None
        oid = st.org(owned)
        st.add(Mention(p, s0, e0, oid, "name"))
        return oid
    start, end = _org_core(ent)
    if (
        end - start > 2
        and doc[start].is_upper
        and doc[start].lower_ in lexset("alert_labels")
        and doc[start + 1].text in ("-", "\u2013", "\u2014", ":")
    ):
        start += 2  # "URGENT - Residents of Khafji": the alert's label, then the line
    end = _known_name_end(doc, start, end)
    if (whole := _name_around_acronym(doc, start, end)) is not None:
        # "the Peace and Security Council (PSC) of the African Union": the body the
        # references know by the name with its acronym left out.
        oid = st.org(whole)
        st.add(Mention(p, start, end, oid, "name"))
        return oid
    if end - start == 1 and _machine_acronym(doc[start].text):
        return None  # "two UAVs", "a USV": a machine, no body
    if (
        end - start == 1
        and start
        and doc[start - 1].lower_ == "the"
        and doc[start].is_title
        and doc[start].lower_ in lexset("organization_nouns")
        and not (end < len(doc) and doc[end].lower_ in ("of", "for"))
    ):
        # "in what the Ministry described as ...": the ministry named before, in capitals
        # as agencies write it, no body called "Ministry" (which it stays when none was).
        before = _body_named_before(st, p, start, doc[start].lower_)
        if before is not None:
            st.add(Mention(p, start, end, before, "title"))
            return before
    if (seated := _body_in_capital(st, p, start, end)) is not None:
        return seated
    if (
        end + 1 < len(doc)
        and (
            doc[end].lower_ == "of"
            or (doc[end - 1].lower_ in _POSTED_BODIES and doc[end].lower_ in ("in", "to", "for"))
        )
        and doc[end - 1].is_title
    ):
        # 'New Light of Myanmar', 'University of Khartoum', 'OSCE Mission to Moldova': the
        # model stopped at the preposition.
        # ('... of the People's Republic of China': the article before a state's name)
        at = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        found = st.country_span_at(p, at, ("COUNTRY_NAME",))
        country = [found] if found is not None else []
        if country and len(doc[start:end]) >= 2:
            st.add(
                Mention(
                    p,
                    country[0].start,
                    country[0].end,
                    st.country(country[0].id_.split(":")[1]),
                    "name",
                )
            )
            if at == end + 2:
                # Named as the reference names a state's bodies: 'Ministry of Foreign
                # Affairs of China', whatever long form of the state the text uses.
                iso3 = country[0].id_.split(":")[1]
                name = f"{doc[start:end].text} of {ref.country(iso3).after_of}"
                org = ref.org_name_index().get(ref.key(name)) or _named_before(st, name)
                oid = st.org(org or ref.Org(entity_id("ORG", name), name, iso3))
                st.add(Mention(p, start, country[0].end, oid, "name"))
                return oid
            end = country[0].end
        elif (division := _division_after(st, p, start, end)) is not None:
            end = division  # 'the Civil Protection Secretariat of Chiapas': a state's body
    span = doc[start:end]
    text = span.text
    if len(span) == 1 and (
        (span[0].is_upper and _whole_line(doc, start, end))
        # 'Unofficial', 'Judgment' alone on a line: a page's label; 'Reuters' is a body
        or (
            span[0].is_title
            and _whole_line(doc, start, end)
            and not ref.org_name_index().get(ref.key(span.text))
        )
        or (
            not span[0].is_upper
            and span[0].lower_ in st.lower_words
            and not _body_reporting(span[0])
        )
        or (span[0].is_title and span[0].lower_ in lexset("state_words_alone"))
    ):
        return None  # a heading ('BACKGROUND'), a common word ('Foreign', 'State')
    if any(t.text in (",", ";", ">") for t in span) and not lists_portfolios(span):
        return None  # two names run together ('Jangeli, Somali Foreign'), a page's trail
    if (
        len(span) == 1
        and span[0].is_upper
        and _bracketed(doc, start)
        and (
            (len(span[0]) == 2 and ref.iso3_of_iso2(span[0].text) is not None)
            or (start >= 2 and doc[start - 2].like_num)
        )
    ):
        return None  # a member's country code, a phone line's town: "(EPP, NL)", "719 (BXL)"
    if (
        len(span) > 2
        and (
            span[0].lemma_.lower() in _DWELLER_NOUNS or span[0].lower_.rstrip("s") in _DWELLER_NOUNS
        )
        and span[1].lower_ == "of"
    ):
        return None  # "Resident of District Bannu": where a soldier lived, no body
    letters = [t for t in span if t.is_alpha]
    if (
        letters
        and all(t.is_upper and len(t) > 2 for t in letters)
        and (
            all(t.lower_ in st.lower_words or ref.lookup_country(t.text) for t in letters)
            or _shouted_line(doc, start, end)
        )
        and ref.org_name_index().get(ref.key(text)) is None
    ):
        return None  # shouted words: 'toll rises AGAIN', 'HUNGARY SHUTS BORDER.', 'OFFICER:'
    if (
        start == 0
        and len(span) == 1
        and span[0].is_upper
        and span[0].lower_ in lexset("caption_markers")
        and end < len(doc)
        and doc[end].text in ("-", "\u2013", "\u2014")
    ):
        return None  # "FILE - Smoke rises over Zakho ...": a caption's marker

    known = [s for s in st.ref_spans(p) if s.label_ == "ORG" and (s.start, s.end) == (start, end)]
    if known and known[0].id_ in ref.org_registry():
        oid = st.org(ref.org_registry()[known[0].id_])
        st.add(Mention(p, start, end, oid, "name"))
        return oid
    if inside_role(st, p, start, end):
        return None  # 'State' of 'Secretary of State' is part of a title
    index = ref.org_name_index()
    k = ref.key(text)
    owned = (
        _owned_body(st, p, start, text)
        if index.get(k) is None and any(t.lower_ in lexset("organization_nouns") for t in span)
        else None
    )
    if owned is not None:
        org = owned  # "The GNU's Ministry of Defence"
    elif k in index or ref.is_state_body_name(text):
        # A generic name ("Defence Ministry", "Ministry of Interior") is a state's body
        # when the text tells which state; else the dateline's (home_bodies), and a
        # template's form no generic row lists keeps its own words there.
        org = index.get(k) or _generic_body(st, p, start, end, keep=k not in index)
        if org is None:
            return None
    elif span[0].like_num and (len(span) == 1 or span[-1].lower_ not in org_words()):
        return None  # a count, not a numbered formation ('the 92nd Caribe Brigade')
    elif (
        not span[int(span[0].like_num)].text[:1].isupper()
        or (len(span) > 10 and not lists_portfolios(span))
        # a figure inside is no name's; a capitalised ordinal is ("Civilians First")
        or any(t.like_num and not (t.is_alpha and t.is_title) for t in span[1:])
    ):
        return None
    elif len(span) == 1 and span[0].tag_ == "NNPS":
        return None  # a people ('Tamils', 'Kurds'); known groups ('Houthis') are in the aliases
    elif len(span) == 1 and (
        span[0].tag_ == "JJ"
        or span[0].dep_ == "amod"
        or (span[0].dep_ == "compound" and span[0].lower_.endswith(_ADJECTIVE_ENDINGS))
    ):
        return None  # an adjective ('the brotherly Turkic nation') names no organization
    else:
        # "American" in "the Permanent Council of the Organization of American States"
        # is the international body's name, no owner.
        stateless = [
            s
            for s in st.ref_spans(p)
            if s.label_ == "ORG"
            and start <= s.start
            and s.end <= end
            and (org := ref.org_registry().get(s.id_)) is not None
            and not org.country_code
        ]
        countries = {
            s.id_.split(":", 1)[1]
            for s in st.ref_spans(p)
            if s.label_ in ("COUNTRY_NAME", "COUNTRY_DEMONYM")
            and start <= s.start
            and s.end <= end
            and not any(b.start <= s.start and s.end <= b.end for b in stateless)
            # The country a mission is posted in or to is not its owner.
            and not (
                s.start >= start + 2
                and doc[s.start - 1].lower_ in ("in", "to", "for")
                and doc[s.start - 2].lower_ in _POSTED_BODIES
            )
        }
        possessed = False
        if not countries:
            countries = _owner_before(st, p, start, span[0].lower_ in _STATE_BODY_WORDS)
            # "Uganda's Office of the Prime Minister": the state's possessive before it.
            possessed = bool(countries) and start > 0 and doc[start - 1].tag_ == "POS"
        iso3 = next(iter(countries)) if len(countries) == 1 else None
        name = text
        c = ref.country(iso3) if iso3 else None
        # "Colombia's Ministry of National Defence", "the Peruvian Ministry of ...": a
        # state's ministry is named with its state, as the reference names them
        # ("Ministry of Defense of Iraq").
        owner = st.country_span_at(p, start, ("COUNTRY_NAME", "COUNTRY_DEMONYM"))
        body = doc[owner.end : end] if owner is not None else span
        if len(body) > 1 and body[0].tag_ == "POS":
            possessed = True
            body = body[1:]  # "Niger's Ministry of National Defence"
        cut = _state_named_at_end(st, p, body) if c is not None else None
        if cut is not None:
            body = cut  # "Ministry of Defence of the Republic of Serbia": its own state
        found = ref.state_body(body.text, iso3) if cut is not None and iso3 else None
        if found is not None:
            org = found
        else:
            official = any(t.lower_ in lexset("organization_nouns") for t in body)
            if (
                c is not None
                and len(body) > 1
                and ((possessed and official) or body[0].lower_ in _STATE_BODY_WORDS)
            ):
                # ... and any office, service or agency after its state's possessive:
                # "Angola's Civil Protection and Fire Service" is the Civil Protection and
                # Fire Service of Angola (not "Kenya's Daily Nation", an outlet).
                name = f"{body.text} of {c.after_of}"
            org = _named_before(st, name) or ref.Org(entity_id("ORG", name), name, iso3)
    oid = st.org(org)
    st.add(Mention(p, start, end, oid, "name"))
    return oid


def _body_named_before(st: ArticleState, p: int, start: int, noun: str) -> str | None:
    """The last organization named before (paragraph ``p``, token ``start``) whose name
    holds the noun ("the Ministry" after "the Ministry of Defence of Serbia")."""
    found = [
        m
        for m in st.mentions
        if (m.para, m.start) < (p, start)
        and m.para >= 0
        and st.entities[m.entity_id].entity_type == "ORG"
        and noun in ref.key(st.entities[m.entity_id].canonical_name).split()
    ]
    if not found:
        return None
    last = max(found, key=lambda m: (m.para, m.start))
    # The noun named in between in a name no mention holds ("Chairman of the Council of
    # Ministers ... said the Council"): which body is meant is not clear.
    here = st.offsets[p] + st.docs[p][start].idx
    between = st.text[last.char_end : here]
    if re.search(rf"\b{re.escape(st.docs[p][start].text)}\b", between):
        return None
    return last.entity_id


def _state_named_at_end(st: ArticleState, p: int, body: Span) -> Span | None:
    """A body's name that ends with its state, in any of the state's long forms
    ("Ministry of Defence of the Republic of Serbia"): the name without it."""
    doc = body.doc
    at_end = [
        s
        for s in st.ref_spans(p)
        if s.label_ == "COUNTRY_NAME" and s.end == body.end and s.start > body.start
    ]
    if not at_end:
        return None
    i = at_end[0].start
    forms = lexset("state_form_words")
    while i - 1 > body.start and (doc[i - 1].lower_ in ("of", "the") or doc[i - 1].lower_ in forms):
        i -= 1
    while i < at_end[0].start and doc[i].lower_ != "of":
        i += 1  # back to the "of" that opens the state's form
    if i - body.start < 2 or doc[i].lower_ != "of":
        return None
    return doc[body.start : i]


_INHABITANTS = {
    "resident", "villager", "inhabitant", "family", "refugee", "farmer", "population",
    "displaced", "evacuee", "people", "civilian",
}  # fmt: skip


def _dateline_place(st: ArticleState, p: int, ent: Span) -> bool:
    """An upper-case name opening a paragraph before a comma or an agency in brackets is a
    wire dateline: the town the story was filed from."""
    doc = ent.doc
    if ent.start != 0 or not ent.text.isupper() or ent.end >= len(doc):
        return False
    if doc[ent.end].text not in (",", "(", "-", "–", "—"):
        return False
    if doc[ent.end].text in ("-", "–", "—") and not doc[ent.end - 1].whitespace_:
        return False  # "HALLOWAY-PIERCE:": a hyphen inside a name, no dateline's dash
    place = st.lookup_place(ent.text.title())
    if place is None:
        return False
    st.add(Mention(p, ent.start, ent.end, st.place(place), "name"))
    return True


def _town_of_the_story(st: ArticleState, ent: Span) -> bool:
    """A 'language' the model found that is a town of a country the article names ('the
    shelling of Gori'); languages themselves are demonyms ('in Georgian')."""
    if ref.lookup_country(ent.text):
        return False
    place = st.lookup_place(ent.text)
    return place is not None and place.country_code in st.hint_countries


# Labels under which the small model hides a speaking person's name: a facility or place
# ('Nino Beridze told reporters'), a title ('Martina Awia, a cloth seller, told AHP').
_SPEAKING_MISLABELS = frozenset({"FAC", "LOC", "GPE", "WORK_OF_ART", "PRODUCT", "EVENT"})


def _speaking_name(ent: Span) -> bool:
    """A two- or three-word name the model called a facility, place or work that speaks
    ('Spokeswoman for the ministry Nino Beridze told reporters'): places and works do not
    tell reporters; bodies do, so a body's word or a known body's name keeps it out."""
    words = [t for t in ent if not t.is_punct]
    return (
        2 <= len(words) <= 3
        and all(t.is_title and t.tag_ == "NNP" for t in words)
        and not any(t.lower_ in org_words() for t in words)
        and not ref.org_name_index().get(ref.key(ent.text))
        and not ref.lookup_place(ent.text)
        and speaks(ent.root)
    )


def _speaker_with_a_role_after(st: ArticleState, p: int, ent: Span) -> bool:
    """A name the model called a body that speaks with a person's role in apposition after
    it ('said Helena Strandqvist, a researcher at SIPRI'): bodies have no researchers."""
    start, end = core(ent)
    doc = ent.doc
    words = doc[start:end]
    named = [t for t in words if t.text != "-"]  # "Funmilayo Haastrup-Adeyemi"
    if not (
        2 <= len(words.text.split()) <= 3
        # "KHALED EL-HAMRAOUI-BERG, Under-Secretary-General ..., said": capitals too
        and all((t.is_title or (t.is_upper and len(t) > 1)) and t.tag_ == "NNP" for t in named)
        and not any(t.lower_ in org_words() for t in words)
        and speaks(words.root)
        and end + 2 < len(doc)
        and doc[end].text == ","
    ):
        return False
    if ref.org_name_index().get(ref.key(words.text)) or ref.lookup_place(words.text):
        return False
    k = end + 2 if doc[end + 1].lower_ in ("a", "an", "the") else end + 1
    # "..., CFI's Africa director": the role after its body's possessive.
    k = next((t.i + 1 for t in doc[k : min(k + 5, len(doc))] if t.tag_ == "POS"), k)
    # "Africa director": a region or desk's capitalised words before the role.
    for j in range(k, min(k + 3, len(doc))):
        if j > k and not doc[j - 1].is_title:
            break
        r = role_at(st, p, j, min(j + 6, len(doc)), at_end=False)
        if r is not None and r.start == j and r.role.kind in ("role", "occupation"):
            return True
    return False


def speaks(tok) -> bool:  # type: ignore[no-untyped-def]
    """Is the word the subject of a speech verb, or set beside that subject?"""
    verbs = lexset("speech_verbs")
    if tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.i != tok.i:
        tok = tok.head.head  # 'Spokeswoman for the ministry Nino Beridze told'
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in verbs


def _short_feature(place: Entity) -> str | None:
    """The key of a feature's name without its feature word: 'Chafarinas' of the
    'Chafarinas Islands', as a headline writes it once the story named it."""
    words = place.canonical_name.split()
    if len(words) > 1 and words[-1].lower() in FEATURE_WORDS:
        return ref.key(" ".join(words[:-1]))
    return None


def _place_already(st: ArticleState, p: int, ent: Span) -> bool:
    """A name the model calls a person or organization that this article already made a
    place, or that is coordinated with a place it named ('Dhok Nakka and Sarai Bala'):
    a place mention. Known people keep their names."""
    start, end = core(ent)
    span = ent.doc[start:end]
    if start and ent.doc[start - 1].is_title:
        # 'Souq al-Juma' named before, the model now tagging only 'al-Juma'.
        known = _place_named(st, ref.key(ent.doc[start - 1 : end].text))
        if known is not None:
            st.add(Mention(p, start - 1, end, known.entity_id, "name"))
            return True
    if not span.text[:1].isupper() or ref.key(span.text) in _name_words(st):
        return False
    k = ref.key(span.text)
    place = next(
        (
            e
            for e in st.entities.values()
            if e.entity_type == "PLACE" and k in (ref.key(e.canonical_name), _short_feature(e))
        ),
        None,
    ) or next(
        # "Khorog" named before as the place the references spell "Khorugh"
        (
            st.entities[m.entity_id]
            for m in st.mentions
            if st.entities[m.entity_id].entity_type == "PLACE"
            and ref.key(st.docs[m.para][m.start : m.end].text) == k
        ),
        None,
    )
    root = first_conjunct(span.root)
    if (
        place is None
        and root.dep_ == "pobj"
        and root.head.lower_ in ("of", "from")
        and root.head.head.lemma_.lower() in _INHABITANTS
    ):
        # 'residents of Sarai Bala', 'villagers from Ban Nong Khiao': where people live.
        place_obj = unknown_place(st, span.text, None, p, start, end)
        st.add(Mention(p, start, end, st.place(place_obj), "name"))
        return True
    if place is None:
        place = _place_named(st, k)
    if (
        place is None
        and span.root.dep_ == "conj"
        and (ent.label_ == "PERSON" or _no_org_word(span))
    ):
        first = span.root.head
        beside = next(
            (
                st.entities[m.entity_id]
                for m in st.mentions
                if m.para == p and m.start <= first.i < m.end
            ),
            None,
        )
        # A list has its 'and' or 'or': "in Geneva, Jens Lauritzen, spokesperson for ..."
        # is the model joining a place and the speaker after it.
        listed = any(c.dep_ == "cc" for t in (first, *first.conjuncts) for c in t.children)
        if beside is not None and beside.entity_type == "PLACE" and listed:
            kind = beside.place.place_kind if beside.place else None
            # "the cities of Zakho and Duhok": the town or city the references know, else
            # a new place of the listed one's kind ("Siem Pang and X districts").
            known = st.lookup_place(span.text)
            if known is None or not {known.place_kind, kind} <= {"city", "town"}:
                known = unknown_place(st, span.text, kind, p, start, end)
            place_obj = known
            st.add(Mention(p, start, end, st.place(place_obj), "name"))
            return True
    if (
        place is None
        and (ent.label_ == "PERSON" or _no_org_word(span))
        and any(c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC") for c in span.root.children)
    ):
        # The first of a list of places ('the directions of Dashkasan, Kalbajar and
        # Lachin'): a place the reference knows in a country the article places things in.
        return add_known_place(st, p, start, end)
    if place is None:
        return False
    st.add(Mention(p, start, end, place.entity_id, "name"))
    return True


def _named_before(st: ArticleState, text: str, at: tuple[int, int] | None = None) -> ref.Org | None:
    """The organization whose full name, found before, holds this short one: "the State
    Committee" after "the Kyrgyz State Committee for National Security". With ``at`` (a
    paragraph and token), only one the text names before it: the Tunisian ministry a
    later paragraph names is not "the Ministry of National Defence" of an Algerian
    agency's lede."""
    short = f" {ref.key(text)} "
    if short.count(" ") < 3:
        return None  # one word ('Committee') is too little to tell
    named = _named_by(st, at)
    for e in st.entities.values():
        if e.entity_type != "ORG" or short not in f" {ref.key(e.canonical_name)} ":
            continue
        if named is not None and e.entity_id not in named:
            continue
        return ref.Org(e.entity_id, e.canonical_name, e.country_code)
    return None


def _named_by(st: ArticleState, at: tuple[int, int] | None) -> set[str] | None:
    """The entities the text names before paragraph and token ``at``; None (no limit)
    without ``at``."""
    if at is None:
        return None
    return {m.entity_id for m in st.mentions if (m.para, m.start) < at}


def _generic_body(
    st: ArticleState, p: int, start: int, end: int, home: bool = True, keep: bool = False
) -> ref.Org | None:
    """A generic name ('Security Council', 'the Ministry of Defence') names no one entity
    alone; followed by its state's capital ('the Ministry of Defence in Baghdad') or after
    the full name ('the UN Security Council', 'Iraq's Ministry of Defence') it is that
    one, and else perhaps the dateline's state's (:func:`home_bodies`)."""
    doc = st.docs[p]
    text = doc[start:end].text
    org = None
    # "the United Arab Emirates' Ministry of Defence", where the model left the
    # possessive state out of the body's name; "China: Foreign ministry spokesperson".
    owners = _owner_before(st, p, start, labelled=True) or _possessive_state(st, p, start)
    if len(owners) == 1:
        org = ref.state_body(text, next(iter(owners)))
    if org is None:
        # "Britain said ... Foreign Office minister X told parliament": one state's own
        # short name for its body (many states have a "Ministry of Interior"), that
        # state named before in the paragraph.
        mine = ref.short_form_states(text)
        if len(mine) == 1 and mine <= _states_named(st, p, before=start):
            org = ref.state_body(text, next(iter(mine)))
    if org is None and (seat := _seat_state(doc, end, capital_only=False)) is not None:
        # "The Ministry of Defence in Baghdad": the body of the state whose capital it sits in.
        org = ref.state_body(text, seat)
    if org is None and (opening := _opening_state(st, p, start)) is not None:
        # "In Ankara, the Ministry of Foreign Affairs condemned ...": the state the
        # sentence opens in, its capital or its name, set off by a comma.
        org = ref.state_body(text, opening)
    if org is None and (seat := _speaking_in(st, p, end - 1)) is not None:
        # "..., Foreign Ministry spokeswoman Liu Yanhong said in Beijing": the state
        # whose capital its official speaks in.
        org = ref.state_body(text, seat)
    org = org or _named_before(st, text, (p, start)) or _state_body_before(st, p, text, start)
    if org is None and home:
        st.unowned_bodies.append((p, start, end, keep))
    return org


_ARMED_HEADS = frozenset({"armed", "army", "forces", "military", "troops"})


def _possessive_state(st: ArticleState, p: int, start: int) -> set[str]:
    """The state an "its" or "their" before a body's name stands for: the state the
    subject of its sentence names before it, else the subject of the sentence before
    ("Buenos Aires tells a very different story. Its Ministry of Defence claims ...")."""
    doc = st.docs[p]
    if start == 0 or doc[start - 1].lower_ not in ("its", "their"):
        return set()
    if any(t.lower_ in _ARMED_HEADS for t in doc[start : start + 3]):
        return set()  # "its armed forces": the state's own, which the text does not name
    sent = doc[start].sent
    sents = [sent] if sent.start < start - 1 else []
    if sent.start > 0:
        sents.append(doc[sent.start - 1].sent)
    for s in sents:
        for tok in s:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i >= start:
                continue
            # The state itself, or whose government it is ("Djibouti's government says
            # ... . Its defense ministry said ...").
            for who in (tok, *(c for c in tok.children if c.dep_ == "poss")):
                for span in st.ref_spans(p):
                    if (
                        span.label_ in ("COUNTRY_NAME", "COUNTRY_CAPITAL")
                        and span.start <= who.i < span.end
                        # (the article of "The Maldives tells a different story")
                        and (
                            who.left_edge.i >= span.start
                            or who.left_edge.i == span.start - 1
                            and who.left_edge.lower_ == "the"
                        )
                        and (who is tok or tok.lower_ in GOVERNMENT_NOUNS)
                    ):
                        return {span.id_.split(":", 1)[1]}
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.i < start for t in s):
            return set()  # its own subject names no state
    return set()


def _states_named(
    st: ArticleState,
    p: int,
    before: int | None = None,
    kinds: tuple[str, ...] = ("COUNTRY_NAME", "COUNTRY_DEMONYM", "COUNTRY_CAPITAL"),
) -> set[str]:
    """ISO codes of the states a paragraph names, by name, demonym or capital (``kinds``;
    those before token ``before`` only, when given)."""
    return {
        s.id_.split(":", 1)[1]
        for s in st.ref_spans(p)
        if s.label_ in kinds and (before is None or s.end <= before)
    }


def _state_body_before(
    st: ArticleState, p: int, text: str, start: int | None = None
) -> ref.Org | None:
    """The state body found before that a name without its state names: "the Ministry of
    Defence" after "Iraq's Defence Ministry"; none when two states' were, or when its
    paragraph names another state ("Foreign Ministry spokesman Zhou said China ...").
    With ``start``, only a body the text names before that token."""
    here = _states_named(st, p)
    named = _named_by(st, None if start is None else (p, start))
    found = _bodies_so_named(
        st, text, lambda e: (named is None or e.entity_id in named) and here <= {e.country_code}
    )
    doc = st.docs[p]
    if (
        not found
        and start is not None
        # "the MoD", not "Beijing's foreign ministry", whose owner is its own, nor a
        # common noun ("the army"), which may be any side's
        and (doc[start].lower_ == "the" or start == 0 or doc[start - 1].lower_ == "the")
        and not text.islower()
    ):
        # "The Ministry of Defence in London said ... . The MoD said British forces had
        # destroyed two Spanish armoured vehicles": the one such body its own paragraph
        # named before, no other state the subject of a clause between ("China's
        # foreign ministry ... Russia took a different line: ... foreign ministry
        # spokeswoman X said" is Russia's).
        last: dict[str, int] = {}
        for m in st.mentions:
            if m.para == p and m.end <= start:
                last[m.entity_id] = max(last.get(m.entity_id, 0), m.end)

        def speaking_between(e: Entity) -> set[str]:
            return {
                s.id_.split(":", 1)[1]
                for s in st.ref_spans(p)
                if s.label_ in ("COUNTRY_NAME", "COUNTRY_CAPITAL")
                and s.start >= last[e.entity_id]
                and s.end <= start
                and s.root.dep_ in ("nsubj", "nsubjpass")
            }

        found = _bodies_so_named(
            st,
            text,
            lambda e: e.entity_id in last and speaking_between(e) <= {e.country_code},
        )
    return next(iter(found.values())) if len(found) == 1 else None


def _bodies_so_named(st: ArticleState, text: str, keep) -> dict[str, ref.Org]:  # type: ignore[no-untyped-def]
    """The article's state bodies (those ``keep`` accepts) that a name without its state
    names in their own state's words."""
    return {
        org.entity_id: org
        for e in list(st.entities.values())
        if e.entity_type == "ORG"
        and e.country_code
        and keep(e)
        and (org := ref.state_body(text, e.country_code)) is not None
        and org.entity_id == e.entity_id
    }


def _place_context(span: Span, person: bool) -> bool:
    """Do the words around a name say it is a place: 'in Herat', 'Gori, the strategic
    town', 'Bentiu in Unity state', 'Bama, Nigeria'? A name the model took for a person
    needs a preposition or cue word of its own ('at a clinic and Martin' is a person)."""
    doc, root = span.doc, span.root
    if span.start and doc[span.start - 1].lower_ in ("a", "an"):
        return False  # 'a Marine': a common noun, never a town's name
    if person and root.dep_ == "conj":
        return False
    root = first_conjunct(root)  # 'in Tarn and Vesk': the first conjunct's preposition
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS - {"to"}:
        return True
    if (
        not person
        and root.dep_ == "pobj"
        and root.head.lower_ == "to"
        and lemma_of(root.head.head) in lexset("motion_verbs") | lexset("departure_verbs")
    ):
        return True  # 'evacuated to Gori', 'fled to Gori': where one goes
    if not person and _division_after_place(span):
        return True
    if kind_cue(doc, span.start, span.end):
        return True
    for child in span.root.children:
        located = child.dep_ == "prep" and child.lower_ in ("in", "near")
        if located and any(t.ent_type_ in ("GPE", "LOC") for t in child.subtree):
            return True
    if _compass_of_after(span):
        return True
    after = span.end + 1
    return (
        after < len(doc)
        and doc[span.end].text == ","
        and doc[after].ent_type_ == "GPE"
        and bool(doc[after].ent_id_.startswith("country:"))
    )


# Prepositions that place a thing and almost never take a person ('fighting spread to the
# Syrian side around Tall al-Rummana'); 'from', 'at' and 'to' do ('a letter from Ali').
_SPATIAL_PREPS = {
    "near", "around", "outside", "inside", "into", "across", "throughout", "within", "opposite"
}  # fmt: skip


@cache
def _ground_nouns() -> frozenset[str]:
    """Nouns of ground and positions (claims' unit classes): what lies at a place."""
    classes = lexicon()["unit_classes"]
    return frozenset(classes["territory"]) | frozenset(classes["positions"])


def _big_city(st: ArticleState, span: Span) -> ref.Place | None:
    """A one-word 'person' that is a city of the article's countries, one of more than
    ref.BIG_CITY people ('Hargeisa declared independence'), and no word of a person's
    name the article gives in full."""
    if len(span) != 1 or ref.key(span.text) in _name_words(st):
        return None
    if _place_named(st, ref.key(span.text)) is not None:
        return None  # the place the article made of it before ('Jazan province')
    place = st.lookup_place(span.text, curated=False)
    if (
        place is None
        or place.country_code not in st.hint_countries
        or place.place_kind not in ("city", "town")
        or (place.population or 0) < ref.BIG_CITY
        # Its name, in another spelling at most: 'Stalin' is no old name of Donetsk.
        or SequenceMatcher(None, ref.key(place.name), ref.key(span.text)).ratio() < 0.75
    ):
        return None
    return place


def _went_to(span: Span) -> bool:
    """A name reached by motion ('fled inland to Ikang', 'pushed into X') or nearness
    ('closer to Duhok'): a body is told things, it is not gone to."""
    root = first_conjunct(span.root)
    if root.dep_ in ("amod", "compound") and root.head.dep_ == "pobj" and root.head.i > root.i:
        root = root.head  # 'for Oujda and Ain Beni Mathar', parsed as one name
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "into", "toward", "towards", "for"):
        return False
    governor = root.head.head
    if root.head.lower_ == "for":
        # 'had left the two towns for Oujda', 'fled for the capital'
        if governor.dep_ == "dobj":
            governor = governor.head
        return lemma_of(governor) in lexset("departure_verbs")
    if _delivered_to(governor):
        return True  # 'sending emergency supplies to Ipiales'
    return lemma_of(governor) in lexset("motion_verbs") or governor.lower_ in _NEARNESS


def _delivered_to(governor: Token) -> bool:
    """ "sending supplies to X", "trucking water to X": goods carried somewhere; a letter
    or a request sent to X goes to someone (:func:`_addressed`)."""
    if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
        if lemma_of(governor) in lexset("addressed_nouns"):
            return False  # 'sent [a letter to X]', parsed on the noun
        governor = governor.head  # 'sending [supplies to X]'
    return lemma_of(governor) in lexset("delivery_verbs") and not _addressed(governor)


def _addressed(verb: Token) -> bool:
    """Does what the verb sends or says after "to" go to someone ("reported to X", "sent
    a letter to X")?"""
    return lemma_of(verb) in lexset("addressing_to_verbs") or any(
        c.dep_ == "dobj" and lemma_of(c) in lexset("addressed_nouns") for c in verb.children
    )


_NEARNESS = {"close", "closer", "closest", "near", "nearer", "nearest", "next"}


def _division_after_place(span: Span) -> bool:
    """'in Piagapo, Lanao del Sur': a name set after a place, comma between, is the
    division it lies in."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "appos"
        # 'The head of delegation in Bangui, Lukas Brunner, said': the speaker.
        and not speaks(root)
        and not (
            span.end + 1 < len(span.doc)
            and span.doc[span.end].text == ","
            and span.doc[span.end + 1].pos_ in ("VERB", "AUX")
        )
        and span.start >= 2
        and span.doc[span.start - 1].text == ","
        and head.i < span.start
        and head.ent_type_ in ("GPE", "LOC", "FAC")
        and head.dep_ == "pobj"
        and head.head.lower_ in LOCATIVE_PREPS
    )


def _no_org_word(span: Span) -> bool:
    """A name with no word of an organization's name and no acronym ('Ndugusiga', not
    'Frontier Corps' or 'BSF'): a model ORG that may be a place."""
    return not any(
        t.lower_ in org_words() or (t.is_upper and len(t) > 1 and not t.like_num and t.is_alpha)
        for t in span
    )


def _one_plain_name(span: Span) -> bool:
    """No word of an organization's name, and one name, not a list the model ran
    together ('the villages of Zarvandi, Pelkor Dash and ...')."""
    return _no_org_word(span) and not any(t.text in (",", ";") or t.lower_ == "and" for t in span)


def _town_after_in_or_at(span: Span) -> bool:
    """A name of one or two words the model took for a person after "in", or after "at"
    on anything but aiming or looking ("traded fire across the border at Fassala"), is
    where something happened: people are seldom "in" anyone."""
    doc, root = span.doc, span.root
    first = first_conjunct(root)
    if first.dep_ != "pobj" or len(span) > 2 or not all(t.is_title for t in span):
        return False
    if speaks(root) or any(
        c.dep_ == "appos" or (c.dep_ == "conj" and c.pos_ == "NOUN") for c in root.children
    ):
        return False  # 'in Dakola, Salifou Nabie, a mechanic, said': a person described
    if span.start > 0 and not doc[span.start - 1].whitespace_:
        return False  # 'at Hilla-' + 'Condji': part of a name the model cut
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
        return False
    if first.i != root.i and kind_cue(doc, first.i, first.i + 1):
        return False  # 'in cities Oskel, Drava and Tarnow': the list's cue gives its kind
    prep = first.head
    return prep.lower_ == "in" or (
        prep.lower_ == "at" and lemma_of(prep.head) not in lexset("aiming_verbs")
    )


def _spatial_object(span: Span) -> bool:
    root = first_conjunct(span.root)
    if root.dep_ == "pobj" and root.head.lower_ in _SPATIAL_PREPS:
        return True
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in COMPASS | {"northeast", "northwest", "southeast", "southwest"}
    ):
        return True  # 'three hideouts east of Nawnghkio': a bearing from a place
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in ("at", "in")
        and lemma_of(root.head.head) in _ground_nouns()
    ):
        return True  # 'their positions at Tinzaouatene' ('the position of X' is a view)
    if (
        root.dep_ == "compound"
        and root.head.tag_ == "NNS"
        and lemma_of(root.head) in _ground_nouns()
    ):
        return True  # 'the Gambella camps': where they are (one camp may be a person's side)
    return _compass_of_after(span)


def _compass_of_after(span: Span) -> bool:
    """'Tall al-Rummana, west of the town of Qusayr': a name placed by a bearing."""
    doc, after = span.doc, span.end + 1
    return (
        after + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[after].lower_ in COMPASS
        and doc[after + 1].lower_ == "of"
    )


def _place_named(st: ArticleState, k: str) -> Entity | None:
    """The place the article already made of a name written so (key ``k``), in whatever
    spelling its reference gives it ('Las Anod' for GeoNames' 'Laascaanood')."""
    return next(
        (
            st.entities[m.entity_id]
            for m in st.mentions
            if st.entities[m.entity_id].entity_type == "PLACE"
            and ref.key(st.docs[m.para][m.start : m.end].text) == k
        ),
        None,
    )


def _person_name_part(st: ArticleState, ent: Span) -> bool:
    """A one-word place match that is a word of a full person name in the article and is
    not the name of a place the article's own words call one ('in Yakubu')."""
    if len(ent) != 1 or ref.key(ent.text) not in _name_words(st):
        return False
    return not _place_context(ent, person=True)


def _name_words(st: ArticleState) -> set[str]:
    """Words of the article's full person names: 'Martin' of 'Guy Martin' stays a person."""
    if st.person_words is None:
        st.person_words = {
            ref.key(t.text)
            for doc in st.docs
            for e in doc.ents
            if e.label_ == "PERSON" and len(e) >= 2
            for t in e
        }
    return st.person_words


def _located_place(st: ArticleState, p: int, ent: Span) -> bool:
    """A name the model tagged PERSON or ORG that its context and GeoNames call a town ('in
    Herat'): a place mention, when the town lies in a country the article names."""
    start, end = core(ent)
    while end - start > 1 and ref.key(ent.doc[start].text) in ref.people_names():
        start += 1  # 'the Shi'ite Obeidi neighborhood': a faith's word, the place is Obeidi
    span = ent.doc[start:end]
    particle = span[0].lower_ in NAME_PARTICLES and len(span) > 1  # 'al-Shorja area'
    if sum(not t.is_punct for t in span) > 3 or not (span.text[:1].isupper() or particle):
        return False
    if ref.key(span.text) in _name_words(st):
        return False
    if ent.label_ == "ORG" and all(t.lower_ in org_words() for t in span if not t.is_punct):
        return False  # 'lawmakers in Congress': a body, whatever town bears its name
    if ent.label_ == "PERSON" and len(span) >= 2 and speaks(span.root):
        return False  # 'The governor of the region, Levan Tsiklauri, said': a speaker
    if ent.label_ == "PERSON" and role_at(st, p, max(0, start - 4), start, True) is not None:
        return False  # 'sent to President Vladimir Putin': a title says who
    # An ORG is told things ('said to Press TV'); a PERSON sent to is a place.
    moved = ent.label_ == "PERSON" and _moved_to(st, span)
    went = ent.label_ == "ORG" and _went_to(span)  # 'fled inland to Ikang', 'closer to Duhok'
    spatial = _spatial_object(span) and (ent.label_ == "PERSON" or _no_org_word(span))
    spatial = spatial or (ent.label_ == "PERSON" and _town_after_in_or_at(span))
    province = ent.label_ == "ORG" and _province_after(st, span)
    # 'held Massaguet and Mani', 'the raid on Mpeketoni': a town only if GeoNames has one
    # of that name in the article's countries (below), for people are held and raided too.
    ground = ent.label_ == "PERSON" and not moved and _ground_object(span)
    # "liberated Burtinle and Jalam": only ground is liberated or retaken, whatever the
    # model made of the name and whether or not a reference knows it.
    retaken = ent.label_ in ("PERSON", "ORG") and _no_org_word(span) and _retaken(span)
    only_ground = ground and not (_place_context(span, True) or went or spatial or province)
    if only_ground and _place_named(st, ref.key(span.text)) is not None:
        return False  # the place named before ('Jazan province' ... 'the attack on Jazan')
    if not (
        _place_context(span, ent.label_ == "PERSON")
        or moved
        or went
        or spatial
        or province
        or ground
        or retaken
    ):
        # Without a cue, only a division of a country the article names: a region's
        # name ('Azad Kashmir', 'Gilgit-Baltistan') is seldom anything else.
        division = ref.lookup_region(span.text, countries=st.hint_countries)
        if division is None or division.country_code not in st.hint_countries:
            city = _big_city(st, span) if ent.label_ == "PERSON" else None
            if city is None:
                return False
            division = city
        st.add(Mention(p, start, end, st.place(division), "name"))
        return True
    if ref.org_name_index().get(ref.key(span.text)) or ref.lookup_country(span.text):
        return False
    cue = kind_cue(ent.doc, start, end)
    place = resolve_place(st, span.text, cue)
    # (A longer ORG span before a cue may hold a modifier: "the Shi'ite Obeidi
    # neighborhood"; the place lists take those.)
    unnamed_site = ent.label_ == "ORG" and _site_not_body(span)
    if place is None and (
        (cue and (len(span) == 1 or ent.label_ == "PERSON" or _one_plain_name(span)))
        or moved
        or unnamed_site
        or spatial
        or retaken
        or (ent.label_ != "PERSON" and _division_after_place(span))
    ):
        # No reference knows it, but a cue word ('Samba sector') or a place one goes to
        # or is posted around ('sent to Hamrat al-Sheikh') says it is a place.
        place = unknown_place(st, span.text, cue, p, start, end)
        st.add(Mention(p, start, end, st.place(place), "name"))
        return True
    if place is None or (only_ground and place.country_code not in st.core_countries):
        return False
    # A town cue ('Gori, the strategic town') vouches for the town even abroad.
    if place.country_code not in st.hint_countries and not (cue and cue == place.place_kind):
        return False
    st.add(Mention(p, start, end, st.place(place), "name"))
    return True


def _retaken(span: Span) -> bool:
    """A name of one or two words liberated, retaken or overrun."""
    root = first_conjunct(span.root)
    if len(span) > 2 or not all(t.is_title for t in span):
        return False
    if any(t.dep_ == "appos" for t in root.subtree):
        return False  # 'retaken Leklebi and Gbefi, two farming villages': the cue's kind
    if root.dep_ == "dobj" and lemma_of(root.head) in lexset("retaking_verbs"):
        return True
    # 'the SNA "liberated" Burtinle': the marks make the parser read the verb a modifier.
    return any(
        c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and lemma_of(c) in lexset("retaking_verbs")
        for c in root.children
    )


def _ground_object(span: Span) -> bool:
    """A name held, taken or lost as ground ('still holds Nimule', 'held Massaguet and
    Mani'), or the target of a raid or an attack ('the raid on Mpeketoni')."""
    if aged(span):
        return False
    root = first_conjunct(span.root)
    if root.dep_ == "dobj":
        return lemma_of(root.head) in lexset("ground_verbs")
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("on", "against")
        and lemma_of(root.head.head) in lexset("attack_nouns")
    )


def _province_after(st: ArticleState, span: Span) -> bool:
    """'Segovia (Antioquia):': a name with a division of a country the article names in
    brackets after it is a place in that division."""
    doc = span.doc
    close = next((t.i for t in doc[span.end : span.end + 6] if t.text.startswith(")")), None)
    if close is None or doc[span.end].text != "(" or close <= span.end + 1:
        return False
    region = ref.lookup_region(doc[span.end + 1 : close].text, countries=st.hint_countries)
    return region is not None and region.country_code in st.hint_countries


def _site_not_body(span: Span) -> bool:
    """A name the model took for an organization that stands where a place does ("clashed
    near Valea Sorii", "fled into Crasnogorca") and has no word of an organization's
    name: a place no reference knows."""
    root = span.root
    prep = root.head
    # The preposition hangs on a verb ("clashed near X") or on a place noun ("villages
    # around Pibor", "the area near X").
    on_place = lemma_of(prep.head) in lexicon()["unit_classes"]["territory"]
    if (
        root.dep_ != "pobj"
        or prep.lower_ not in _SITE_PREPS
        or (prep.head.pos_ not in ("VERB", "AUX") and not on_place)
    ):
        return False
    return _no_org_word(span)


# Prepositions that put a thing somewhere (not "at", which also names bodies: "at NATO").
_SITE_PREPS = {"in", "near", "outside", "around", "across", "into", "inside"}

# Prepositions of motion and surrounding: their object is a place, never a person,
# when they hang on a verb ("sent to X", "posted outside X", "snipers around X").
_MOTION_PREPS = {"to", "into", "outside", "around", "toward", "towards", "inside"}
# Nouns of ways between places: the name after their "to" or "from" is a place.
_ROUTE_NOUNS = frozenset({"road", "highway", "route", "motorway", "railway", "corridor", "way"})


def _under_held_state(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb puts its subject 'under' control, occupation or siege."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "under"
        and any(g.dep_ == "pobj" and g.lemma_ in lexset("held_state_nouns") for g in c.children)
        for c in verb.children
    )


def _moved_to(st: ArticleState, span: Span) -> bool:
    """A name that stands where a place does: after a preposition of motion on a verb
    ("sent to X", "moved from X"), or as the object of a verb whose object is a place
    ("fled X", "retook X and Y", "shelled X")."""
    if aged(span):
        return False  # 'We have reached Zurab Beruashvili, 67, whose orchard ...'
    # 'retook Bur Dhiigle and Harqaan': the first conjunct's verb
    root = first_conjunct(span.root)
    if root.dep_ == "dobj" and lemma_of(root.head) in lexset("place_object_verbs"):
        pass
    elif root.dep_ in ("nsubj", "nsubjpass") and _under_held_state(root.head):
        pass  # 'Gharyan is fully under the control of the army'
    elif (
        root.dep_ == "pobj"
        and root.head.lower_ in ("to", "from")
        and lemma_of(root.head.head) in _ROUTE_NOUNS
    ):
        pass  # 'the road to Tmassah', 'the highway from Sabha'
    elif root.dep_ == "pobj" and root.head.lower_ == "for" and _went_to(span):
        pass  # 'had left Desaguadero for Juli'
    elif root.dep_ == "pobj" and (
        root.head.lower_ in _MOTION_PREPS
        or (root.head.lower_ == "from" and lemma_of(root.head.head) in lexset("motion_verbs"))
    ):
        governor = root.head.head
        if governor.pos_ not in ("VERB", "AUX") and governor.dep_ not in ("ROOT",):
            return False
        if governor.lower_ in ("according", "thanks", "due", "owing", "next"):
            return False  # 'according to village chief X': a source, no destination
        if root.head.lower_ == "to" and _addressed(governor):
            return False  # 'reported to X', 'sent a letter to X': someone addressed
    else:
        return False
    # A person the article names speaking or titled elsewhere stays a person.
    name = ref.key(span.text)
    return not any(
        ref.key(e.text) == name
        and e.root.dep_ in ("nsubj", "nsubjpass")
        and not _under_held_state(e.root.head)
        for doc in st.docs
        for e in doc.ents
        if e.label_ == "PERSON"
    )


_IDENTIFYING_VERBS = frozenset({"name", "identify"})


def _named_as_person(ent: Span) -> bool:
    """A name the model took for a body that the words around make a person's: an age set
    off after it ("Michalis Georgiou, 52,"), "who" after it ("said Tunde Ferreira-Ng, who
    led the imagery work"), a person's name it is coordinated with, or "named /
    identified as" before it ("the terrorist Mahmoud
    Jassim Khalaf"), or a kin word it stands in apposition to ("his wife, Ngun Tin
    Par"). Two to four title-case words, none a body's."""
    start, end = core(ent)
    doc = ent.doc
    words = [t for t in doc[start:end] if t.text != "-"]  # "Ferreira-Ng" is one word
    if not 2 <= len(words) <= 4 or not all(t.is_title or t.lower_ in NAME_PARTICLES for t in words):
        return False
    if any(t.lower_ in org_words() for t in words) or ref.org_name_index().get(
        ref.key(doc[start:end].text)
    ):
        return False
    if aged(doc[start:end]):
        return True
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k < len(doc) and doc[k].lower_ == "who":
        return True
    # "Analysis by Sofía Quispe-Lindholm and Marek Zieliński-Ortiz": a name coordinated
    # with a person's is a person's.
    root = doc[start:end].root
    partners = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    if any(t.ent_type_ == "PERSON" and not (start <= t.i < end) for t in partners):
        return True
    root = ent.doc[start:end].root
    if root.dep_ == "appos" and lemma_of(root.head) in lexset("kin_units"):
        return True  # "recalled his wife, Ngun Tin Par"
    head = root
    while head.dep_ in ("appos", "compound") and head.head.i != head.i:
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "as" and lemma_of(prep.head) in _IDENTIFYING_VERBS


def _called_person(ent: Span) -> bool:
    """ "a man called Yevyen Panov", "a girl named Amina Musa": two to four title-case
    words after a person noun and "called" or "named"."""
    start, end = core(ent)
    doc = ent.doc
    words = list(doc[start:end])
    if start < 2 or not 2 <= len(words) <= 4 or not all(t.is_title for t in words):
        return False
    people = people_nouns()
    return doc[start - 1].lower_ in ("called", "named") and lemma_of(doc[start - 2]) in people


_PLACE_LABELS = ("GPE", "LOC", "FAC")


def _listed_with_places(ent: Span) -> bool:
    """A name the gazetteer knows as a place, coordinated with names the model took for
    places ("Kastanies, Marasia and Rizia"): a place of the list, whatever its tag."""
    if len(ent) > 3:
        return False
    if ref.lookup_place(ent.text) is None:
        return _last_of_places(ent)
    root = ent.root
    linked = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        linked.append(root.head)
    # ... or with another name the gazetteer knows ("to Keşan and Uzunköprü", both
    # mistagged).
    return any(
        t.ent_type_ in _PLACE_LABELS
        or (t.ent_type_ and t.is_title and ref.lookup_place(t.text) is not None)
        for t in linked
    )


def _last_of_places(ent: Span) -> bool:
    """A name the references do not know, closing a list whose other members are all
    places ("struck Bandar Abbas, Qeshm Island and Bandar Lengeh"): a place too."""
    root = ent.root
    if root.dep_ != "conj" or not any(c.dep_ == "cc" for c in root.head.children):
        return False
    first = root.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first, *(t for t in first.conjuncts if t.i != root.i)]
    members = [t for t in members if t.i < ent.start]
    return len(members) >= 2 and all(
        t.ent_type_ in _PLACE_LABELS
        or (t.ent_type_ and ref.lookup_place(t.doc[t.left_edge.i : t.i + 1].text) is not None)
        for t in members
    )


def _aged_first_name(ent: Span) -> bool:
    """One title-case word with an age set off after it and then who the person is ("a
    bean farmer", "who crossed ..."): a first name, whatever the model took it for."""
    doc, i = ent.doc, ent.end
    return (
        len(ent) == 1
        and ent[0].is_title
        and aged(ent)
        and i + 3 < len(doc)
        and doc[i + 3].lower_ in ("a", "an", "the", "who", "whose", "said", "says", "told")
    )


def _bare_given_name(tok: Token) -> bool:
    """A title-case proper noun in no entity, as a given name the model left out is."""
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and not tok.ent_type_


def _compass_wider(st: ArticleState, doc: Doc, start: int, end: int) -> ref.Place | None:
    """The division the reference knows by the name with the title-case compass word
    before it ('Eastern Equatoria state', 'North Darfur'), where the model left it out."""
    if not start or not doc[start - 1].is_title or doc[start - 1].lower_ not in COMPASS:
        return None
    text = doc[start - 1 : end].text
    place = resolve_place(st, text, kind_cue(doc, start - 1, end))
    return place if place is not None and place.source != "article text" else None


def _other_place(st: ArticleState, p: int, ent: Span) -> None:
    doc = ent.doc
    start, end = core(ent)
    while end - start > 1 and doc[end - 1].lower_ in ("and", "or"):
        end -= 1  # 'Gori and' (the model ran the name into the conjunction)
    natural = None
    titled = None
    if end - start > 1 and doc[start].is_title and doc[start].lower_ in NAME_PREFIXES:
        # 'Kibbutz Nir Am': the place is Nir Am, written with its title as well.
        titled, natural = doc[start:end].text, NAME_PREFIXES[doc[start].lower_]
        start += 1
    if (
        end + 1 < len(doc)
        and doc[end].is_title
        and not doc[end].ent_type_
        and doc[end + 1].is_lower
        and doc[end + 1].lower_ in PLACE_CUES
    ):
        end += 1  # 'Preah' of 'Preah Vihear province': the model cut the name short
    division = division_suffix(doc, start, end)
    if division is not None:
        end, natural = division  # 'Cross River State': the place is Cross River, a region
    elif end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in PLACE_CUES:
        end -= 1  # 'Jazan province': the place is Jazan, the cue gives its kind
    elif end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in _WATER_WORDS:
        # 'the Cenepa river', 'Gazivode lake': a river or lake goes by its own name
        # ('the Dniester'), the lower-case word only says what it is. Other features
        # keep their word ('the Neelum valley' is Neelum Valley, 'Shorja market').
        natural = FEATURE_WORDS[doc[end - 1].lower_]
        if not ref.lookup_country(doc[start : end - 1].text):
            end -= 1  # ... unless a state's name is its own: the Niger River
    text = doc[start:end].text
    if ref.lookup_country(text):
        return  # a country the component left unlabelled (inside another span)
    if text.isupper() and (c := ref.lookup_country(text.title())) and c.mention_kind == "name":
        # A heading in capitals ("CHINA" over China's reaction) names the country, not a
        # town of that name; a capital in capitals opens a dateline, a place.
        st.add(Mention(p, start, end, st.country(c.iso3), "name"))
        return
    if start and doc[start - 1].lower_ in COMPASS and ref.is_continent(text):
        start -= 1  # 'east Africa': a region of the continent; the model tagged 'Africa'
        text = doc[start:end].text
    elif _compass_wider(st, doc, start, end) is not None:
        start -= 1  # 'Western Bahr el Ghazal': the model tagged 'Bahr el Ghazal'
        text = doc[start:end].text
    cue = kind_cue(doc, start, end) or natural
    if (
        end - start == 1
        and start
        and doc[start - 1].lower_ == "the"
        and not cue
        and not _name_before_noun(doc, start)
    ):
        # 'into the North', 'the South retaliated': a common noun, not a town's name.
        place = ref.lookup_place(text, geonames=False)
    else:
        place = resolve_place(st, text, cue)
    if place is None:
        place = compass_region(st, text)
    if place is None and _is_acronym(text):
        _unknown_org(st, p, Span(doc, start, end, label="ORG"))  # 'KDF spokesperson'
        return
    if place is None:
        # A sea, bay or airport no reference lists ('Red Sea', 'Souda Bay') is still a place.
        feature = natural or feature_kind(doc, start, end)
        # A facility or area the model found where the words around say a place ('shelled
        # positions near Béni Ounif', 'the Rwenzori mountains') is one, known or not.
        # Not 'the North' or 'the Gulf' (a common word), nor a hospital or a university.
        common = COMPASS | FEATURE_WORDS.keys() | PLACE_CUES.keys()
        named = _no_org_word(doc[start:end]) and not (
            end - start == 1 and doc[start].lower_ in common
        )
        located = (
            ent.label_ in ("FAC", "LOC")
            and named
            and bool(cue or _place_context(doc[start:end], person=False))
        )
        if (ent.label_ != "GPE" and not feature and not located) or not text[:1].isupper():
            return
        if _whole_line(doc, start, end):
            return  # a sub-heading ('Background') the model read as a place
        place = unknown_place(st, text, cue or feature, p, start, end)
        _feature_forms(st, st.place(place), doc, start, end)
    eid = st.place(place)
    if titled:
        st.entities[eid].aliases.add(titled)
    st.add(Mention(p, start, end, eid, "name"))


def _name_before_noun(doc: Doc, i: int) -> bool:
    """ "the Aden ministry", "the Aden-based centre": a proper name that places a body
    (or anything "based" there) is a place's name, whatever the article before it."""
    tok = doc[i]
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "based":
        return True
    return (
        tok.tag_ == "NNP"
        and tok.dep_ == "compound"
        and tok.head.i > i
        and lemma_of(tok.head) in lexset("organization_nouns") | lexset("state_nouns")
    )


def _feature_forms(st: ArticleState, eid: str, doc: Doc, start: int, end: int) -> None:
    """A feature the text names with its common word ('the Rwenzori mountains', 'the
    Afungi peninsula') goes by the name with and without it: both are its aliases."""
    words = _SITE_WORDS | {w for w, kind in PLACE_CUES.items() if kind == "mountain"}
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in words:
        st.entities[eid].aliases.add(f"{doc[start:end].text} {doc[end].text}")
    elif end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in words:
        st.entities[eid].aliases.add(doc[start : end - 1].text)


# Bodies of water named by their proper name alone ('the Cenepa river' is the Cenepa).
_WATER_WORDS = {"river", "lake"}
# Feature words that, lower case after a name, make it that feature ('the Lipa river').
_SITE_WORDS = {w for w, kind in FEATURE_WORDS.items() if kind == "district"} | {
    "river", "lake", "sea", "valley", "mountains", "hills", "island", "bay", "gulf",
    "desert", "plateau", "canal", "strait", "gorge", "airport", "airbase", "airfield", "forest",
    "islet", "jungle", "swamp", "oasis", "peninsula", "reservoir",
}  # fmt: skip


def untagged_sites(st: ArticleState) -> None:
    """A name the model left untagged before a site word ('the Sarstoon river', 'the
    Mutaibijah desert') is that site, as for a tagged name (:func:`_site`); before a
    place cue ('retook Marte town', 'in Kalemba village') it is a place of that kind."""
    cues = PLACE_CUES.keys() - _AMBIGUOUS_CUES
    for p, doc in enumerate(st.docs):
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in doc:
            site = tok.lower_ in _SITE_WORDS
            cue = tok.lower_ in cues and tok.tag_ == "NN"  # one place: 'Marte town'
            if not (site or cue) or not tok.is_lower or tok.i < 2:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and _name_word(doc[start - 1]):
                start -= 1
            before = doc[start - 1]
            if start == tok.i or before.ent_type_:
                continue
            if not (before.lower_ == "the" or (not site and before.pos_ in ("ADP", "VERB"))):
                continue
            name = doc[start : tok.i]
            if taken & set(range(start, tok.i + 1)) or name.root.pos_ != "PROPN":
                continue
            # The model reads an unknown name before 'river' as a people ('NORP'): one no
            # reference knows as a people is the site's name.
            if (
                any(t.ent_type_ and (t.ent_type_ != "NORP" or t.ent_id_) for t in name)
                or ref.key(name.text) in ref.people_names()
            ):
                continue
            _other_place(st, p, Span(doc, start, tok.i + 1, label="FAC"))
            taken.update(range(start, tok.i + 1))


# Cues that also end bodies' and peoples' names ('the Islamic State', 'the Kurdish region').
_AMBIGUOUS_CUES = {"state", "region", "sector", "quarter", "capital"}


def _named_water(ent: Span) -> bool:
    """ "the Niger river", "the Gambia river": a river or lake named as a state is, "the"
    before the name and the water word after it in lower case."""
    doc = ent.doc
    return (
        ent.end < len(doc)
        and doc[ent.end].is_lower
        and doc[ent.end].lower_ in _WATER_WORDS
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
    )


def _site(st: ArticleState, ent: Span) -> Span | None:
    """A name with the site word after it ('Shorja market', 'the Lipa river'): the site, word
    included; not a person's camp ('the Gbagbo camp')."""
    doc = ent.doc
    if ent.end >= len(doc) or not doc[ent.end].is_lower:
        return None
    if doc[ent.end].lower_ not in _SITE_WORDS or ref.lookup_country(ent.text):
        return None
    if ent.label_ == "PERSON" and ref.key(ent.text) in _name_words(st):
        return None
    return Span(doc, ent.start, ent.end + 1, label="FAC")


def _shouted_line(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """The span stands in a kicker or box title written in capitals, from its line's start
    to the first stop ('KEY POINTS', 'HUNGARY SHUTS BORDER. Budapest has ...')."""
    text = doc_text(doc)
    lo = text.rfind("\n", 0, doc[start].idx) + 1
    m = re.compile(r"[.:!?\n]|$").search(text, doc[end - 1].idx + len(doc[end - 1].text))
    segment = text[lo : m.start() if m else len(text)]
    words = [w for w in re.findall(r"[^\W\d_]+", segment) if len(w) > 2]
    return len(words) >= 2 and not any(ch.islower() for ch in segment)


def _whole_line(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """The span is a line of its own."""
    before = doc_text(doc)[: doc[start].idx].rstrip(" \t")
    after = doc_text(doc)[doc[end - 1].idx + len(doc[end - 1].text) :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


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


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    # "MoD", "MoFA", "DoD": the "of" of the name may stay a small "o".
    caps = letters.replace("o", "") if letters[:1].isupper() else letters
    return 2 <= len(letters) <= 8 and letters.isalpha() and len(caps) >= 2 and caps.isupper()


def acronyms(st: ArticleState) -> None:
    """'the Department of Administrative Security (DAS)': the acronym in brackets after an
    organization names it, there and everywhere else in the article.

    An acronym the references know wins ('Russian security services (FSB)' is the FSB) unless
    the words before spell it out, else the spelled-out name; every mention of the acronym
    or the name joins it.
    """
    for p, doc in enumerate(st.docs):
        for i in range(1, len(doc) - 2):
            if doc[i].text != "(" or not _is_acronym(doc[i + 1].text):
                continue
            if doc[i + 2].text == ",":
                _acronym_of_name_after(st, p, i)
                continue
            if doc[i + 2].text != ")":
                continue
            longs = [
                m
                for m in st.mentions
                if m.para == p and m.end == i and st.entities[m.entity_id].entity_type == "ORG"
            ]
            if not longs and (start := _spelled_out(doc, i)) is not None:
                # 'The Azawad Liberation Front (ALF)', which the model did not tag: the
                # words whose initials spell the acronym are the organization's name.
                taken = any(m.para == p and m.start < i and m.end > start for m in st.mentions)
                if not taken and _unknown_org(st, p, Span(doc, start, i, label="ORG")):
                    longs = [m for m in st.mentions if m.para == p and m.end == i]
            if longs:
                long = max(longs, key=lambda m: m.end - m.start)
                _join_acronym(st, p, i + 1, long, spelled=_spelled_out(doc, i) is not None)


# Lower-case words inside an organization's name that give no letter to its acronym.
_NAME_LINKS = {"of", "for", "and", "the", "de", "du", "des", "la", "le", "el", "al", "&"}
# Links of Spanish and Portuguese bodies' names; kept apart because "do" and "da" are
# also English or person-name words.
_IBERIAN_LINKS = {"del", "da", "do", "dos", "das"}


def _spelled_out(doc: Doc, paren: int) -> int | None:
    """Start of the capitalized words before a bracketed acronym whose initials spell it,
    in any order ('Azawad Liberation Front (ALF)', 'Front for the Liberation of Kidal
    (FLK)', 'People's National Army (ANP)')."""
    letters = doc[paren + 1].text.replace(".", "").replace("-", "").upper()
    initials = ""
    j = paren
    while j > 0 and len(initials) < len(letters):
        tok = doc[j - 1]
        if (tok.lower_ in _NAME_LINKS or tok.tag_ == "POS") and j < paren:
            j -= 1  # "of", "the", the "'s" of "People's"
            continue
        if not (tok.is_title or tok.is_upper) or not tok.is_alpha:
            return None
        initials = tok.text[0].upper() + initials
        j -= 1
    # A translated body's acronym keeps its own language's word order: 'Ministry of
    # National Defence (MDN)', 'People's National Army (ANP)'.
    if sorted(initials) != sorted(letters) or paren - j < 2 or doc[j].lower_ in _NAME_LINKS:
        return None
    return j


def _acronym_of_name_after(st: ArticleState, p: int, paren: int) -> None:
    """ "the Joint Task Force (FTC, Fuerza de Tarea Conjunta)": a translated body's
    acronym and, after a comma, the name in its own language that the acronym spells."""
    doc = st.docs[p]
    close = next(
        (j for j in range(paren + 3, min(paren + 16, len(doc))) if doc[j].text == ")"), None
    )
    if close is None:
        return
    initials = "".join(
        t.text[0].upper()
        for t in doc[paren + 3 : close]
        if t.is_alpha and t.lower_ not in _NAME_LINKS and t.lower_ not in _IBERIAN_LINKS
    )
    if initials != doc[paren + 1].text.replace(".", "").upper():
        return
    named = [m for m in st.mentions if m.para == p and m.start == paren + 3 and m.end == close]
    long = next((m for m in named if st.entities[m.entity_id].entity_type == "ORG"), None)
    if long is not None:
        _join_acronym(st, p, paren + 1, long)


def _join_acronym(st: ArticleState, p: int, at: int, long: Mention, spelled: bool = False) -> None:
    acr = st.docs[p][at].text
    same = [
        m
        for m in st.mentions
        if st.text[m.char_start : m.char_end] == acr
        and st.entities[m.entity_id].entity_type != "COUNTRY"
    ]
    target = long.entity_id
    known = [m.entity_id for m in same if reference_backed(st.entities[m.entity_id])]
    if known and not (spelled and known[0] != long.entity_id):
        # The acronym the references know is the more specific name ("Russian security
        # services (FSB)"), unless the article spells it out as another's: "Sahrawi
        # People's Liberation Army (SPLA)" is not Sudan's SPLA.
        target = known[0]
    old = {long.entity_id, *(m.entity_id for m in same)} - {target}
    for m in st.mentions:
        if m.entity_id in old:
            m.entity_id = target
    # The acronym where the model did not tag it, here and later in the article; not
    # inside another name ("the Kazakh MoD" after "the Russian Ministry of Defense (MoD)").
    taken = {(m.para, i) for m in st.mentions for i in range(m.start, m.end)}
    for q, doc in enumerate(st.docs):
        for tok in doc:
            if tok.text == acr and (q, tok.i) not in taken:
                st.add(Mention(q, tok.i, tok.i + 1, target, "name"))


# Nouns that a '<leader>-led' premodifier makes one body ('Saudi-led coalition'); the first
# two also name it again alone ('the coalition').
LED_BODIES = ("coalition", "alliance", "force", "forces", "mission", "operation")
_LED_ANAPHORS = ("coalition", "alliance")


def led_coalitions(st: ArticleState) -> None:
    """'a Saudi-led coalition', 'the U.S.-led coalition': an organization named after its
    leader (a country or organization), which is a mention too; a later 'the coalition' is
    the same body."""
    named: dict[str, str] = {}  # body noun -> the article's one led body of that noun
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if tok.lower_ not in LED_BODIES or not tok.i:
                continue
            leader = _leader(st, p, tok.i)
            if leader is not None:
                start, eid, name = leader
                org = ref.Org(entity_id("ORG", f"{name}-led {tok.lower_}"),
                              f"{name}-led {tok.lower_}", None)  # fmt: skip
                st.mentions = [
                    m
                    for m in st.mentions
                    if not (m.para == p and start <= m.start < tok.i + 1 and _unknown(st, m))
                ]
                st.add(Mention(p, start, tok.i + 1, st.org(org), "name"))
                prev = named.setdefault(tok.lower_, org.entity_id)
                if prev != org.entity_id:
                    named[tok.lower_] = ""  # two led bodies: 'the coalition' is ambiguous
            elif (
                tok.lower_ in _LED_ANAPHORS
                and named.get(tok.lower_)
                and doc[tok.i - 1].lower_ == "the"
                and not any(m.para == p and m.start <= tok.i < m.end for m in st.mentions)
            ):
                st.add(Mention(p, tok.i, tok.i + 1, named[tok.lower_], "name"))


def _unknown(st: ArticleState, m: Mention) -> bool:
    e = st.entities[m.entity_id]
    return e.entity_type == "ORG" and not reference_backed(e)


def _leader(st: ArticleState, p: int, body: int) -> tuple[int, str, str] | None:
    """(start token, entity, name) of the leader in '<leader>-led <body>', or None."""
    doc = st.docs[p]
    before = doc[body - 1]
    if before.lower_.endswith("-led") and len(before) > 4:
        # One token ('U.S.-led'): the leader is its first part, a mention of its own.
        text = before.text[:-4]
        match = ref.lookup_country(text)
        if match is None:
            return None
        eid = st.country(match.iso3)
        m = Mention(
            p, before.i, before.i + 1, eid, "name" if match.mention_kind == "name" else "demonym"
        )
        st.add(m)
        m.char_end = m.char_start + len(text)
        return before.i, eid, st.entities[eid].canonical_name
    if body < 3 or before.lower_ != "led" or doc[body - 2].text != "-":
        return None
    ends = [
        m
        for m in st.mentions
        if m.para == p
        and m.end == body - 2
        and m.kind in ("name", "demonym")
        and st.entities[m.entity_id].entity_type in ("COUNTRY", "ORG")
    ]
    if not ends:
        return None
    m = min(ends, key=lambda x: x.start)
    return m.start, m.entity_id, st.entities[m.entity_id].canonical_name


def untagged_bodies(st: ArticleState) -> None:
    """A body's name the model left untagged: title-case words ending in a head word of
    ``body_head_words``, or such a word and its "of" phrase ("the Emergency Medicine
    Centre", "the national Department of Police"). Not next to a mention, which already
    says what the words are, and not on a title-case line (a headline or a box's label)."""
    heads = lexset("body_head_words")
    for p, doc in enumerate(st.docs):
        words = [t for t in doc if t.is_alpha]
        if not words or sum(t.is_title for t in words) > 0.6 * len(words):
            continue
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in doc:
            if not (tok.is_title and tok.lower_ in heads) or tok.i in taken:
                continue
            start = tok.i
            while True:
                while start > 0 and _name_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
                    start -= 1
                # "the Moravian-Silesian Regional Authority": one word, hyphen-joined
                if (joined := hyphen_joined_start(doc, start)) == start:
                    break
                start = joined
            end = tok.i + 1
            if end + 1 < len(doc) and doc[end].lower_ == "of":
                k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
                tail = k
                while tail < len(doc) and _name_word(doc[tail]):
                    tail += 1
                end = tail if tail > k else end
            if end - start < 2 or taken & set(range(start - 1, end + 1)):
                continue
            name = doc[start:end].text
            org = ref.org_name_index().get(ref.key(name))
            if org is None and ref.is_state_body_name(name):
                # "Honduras' Secretariat of National Defense": whose, the text may say.
                org = _generic_body(st, p, start, end, home=False)
            org = org or ref.Org(entity_id("ORG", name), name, None)
            st.add(Mention(p, start, end, st.org(org), "name"))
            taken.update(range(start, end))


# A chart's or map's credit line: "Source: District Police Kurram, as of December 12",
# "Sources: UNHCR; Herald reporting". Each name is set off by a comma or semicolon.
_SOURCE_LINE_RE = re.compile(r"^[ \t]*(?:Sources?|Data)[ \t]*:[ \t]*(?P<names>\S[^\n]*)$", re.M)
_SOURCE_NAME_RE = re.compile(r"[^;,]+")
_NAME_JOINERS = {"of", "and", "for", "on", "the", "de", "&"}


def source_line_bodies(st: ArticleState) -> None:
    """The body a credit line names whole, which the model tagged in part or not at all
    ("Source: District Police Kurram" with "Police" alone an ORG): title-case words with
    a word of bodies' names, the line's name for whose figures these are."""
    for p, doc in enumerate(st.docs):
        for line in _SOURCE_LINE_RE.finditer(doc_text(doc)):
            for part in _SOURCE_NAME_RE.finditer(line["names"]):
                lo = line.start("names") + part.start()
                span = doc.char_span(lo, lo + len(part.group().rstrip()), "contract")
                if span is not None:
                    _credited_body(st, p, span)


def _credited_body(st: ArticleState, p: int, span: Span) -> None:
    words = [t for t in span if not t.is_space]
    if not 2 <= len(words) <= 8 or not (words[0].is_title and words[-1].is_title):
        return
    if any(not (t.is_title or t.is_upper or t.lower_ in _NAME_JOINERS) for t in words):
        return  # "Herald reporting", "as of December 12"
    names = lexset("org_name_words") | lexset("organization_nouns")
    if not any(t.ent_type_ == "ORG" or t.lower_ in names for t in words):
        return
    start, end = words[0].i, words[-1].i + 1
    inside = [m for m in st.mentions if m.para == p and m.start < end and start < m.end]
    if any(m.start <= start and end <= m.end for m in inside):
        return  # named whole already
    if any(st.entities[m.entity_id].entity_type != "ORG" for m in inside):
        return  # a place or person in it: not this step's to undo
    st.mentions = [m for m in st.mentions if m not in inside]
    name = span.doc[start:end].text
    org = ref.org_name_index().get(ref.key(name)) or ref.Org(entity_id("ORG", name), name, None)
    st.add(Mention(p, start, end, st.org(org), "name"))


def forces_named_after_states(st: ArticleState) -> None:
    """A state's name run into its force's title-case name, which the model read as the
    state alone ("The Trinidad and Tobago Coast Guard says"): that state's body, named
    with the state, when the reference knows no body of the words."""
    heads = lexset("force_name_heads")
    for p, doc in enumerate(st.docs):
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for m in [m for m in st.mentions if m.para == p]:
            if st.entities[m.entity_id].entity_type != "COUNTRY" or m.kind != "name":
                continue
            end = m.end
            while end < len(doc) and end - m.end < 3 and _name_word(doc[end]):
                end += 1
            if end == m.end or doc[end - 1].lower_ not in heads or taken & set(range(m.end, end)):
                continue
            name = doc[m.start : end].text
            org = ref.org_name_index().get(ref.key(name)) or ref.Org(
                entity_id("ORG", name), name, st.entities[m.entity_id].country_code
            )
            st.add(Mention(p, m.end, end, st.org(org), "name"))
            taken.update(range(m.end, end))


# "the General Staff of the Korean People's Army": the staff that commands a force.
_GENERAL_STAFF_RE = re.compile(r"\b(?:[Tt]he )?General Staff of (?:the )?")


def general_staffs(st: ArticleState) -> None:
    """The general staff of an armed force the article names ("the General Staff of the
    Korean People's Army") is a body of its own, of the force's state: it issues the
    communiqués, and the force it commands does not speak for it."""
    forces = lexset("force_name_heads")
    for p, doc in enumerate(st.docs):
        for hit in _GENERAL_STAFF_RE.finditer(doc_text(doc)):
            start = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if start is None or any(
                m.para == p and m.start < start.end and start.start < m.end for m in st.mentions
            ):
                continue  # a name the references know already holds it
            force = next((m for m in st.mentions if m.para == p and m.start == start.end), None)
            if force is None:
                continue
            body = st.entities[force.entity_id]
            # The force's head word ends its name or comes before its "of": "Korean
            # People's Army", "Armed Forces of the Nation".
            words = body.canonical_name.split(" of ")[0].split()
            if body.entity_type != "ORG" or not words or words[-1].lower() not in forces:
                continue
            name = f"General Staff of the {body.canonical_name}"
            org = ref.org_name_index().get(ref.key(name)) or ref.Org(
                entity_id("ORG", name), name, body.country_code
            )
            st.mentions.remove(force)
            first = start.start + (doc[start.start].lower_ == "the")
            st.add(Mention(p, first, force.end, st.org(org), "name"))


def named_facilities(st: ArticleState) -> None:
    """A facility named by a place or a person and its lower-case head ("the Jorge Uro
    hospital", "the Monguno general hospital", "Kaputa district hospital") is an
    organization of those words: it speaks and counts the wounded. A name the model read
    as a person or a body inside it gives way; a place keeps its own mention elsewhere."""
    heads = lexset("facility_heads")
    levels = lexset("facility_levels")
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if tok.lower_ not in heads or not tok.is_lower or tok.tag_ != "NN":
                continue
            start = tok.i
            while start > 0 and doc[start - 1].lower_ in levels and doc[start - 1].is_lower:
                start -= 1
            named = start
            while named > 0 and start - named < 4 and _name_word(doc[named - 1]):
                named -= 1
            if named == start:
                continue
            inside = [
                m for m in st.mentions if m.para == p and m.start < tok.i + 1 and named < m.end
            ]
            if any(
                m.start < named
                or (
                    st.entities[m.entity_id].entity_type == "ORG"
                    and reference_backed(st.entities[m.entity_id])
                )
                for m in inside
            ):
                continue  # a known body's name, or a mention running out of the words
            for m in inside:
                st.mentions.remove(m)
            name = doc[named : tok.i + 1].text
            org = ref.Org(entity_id("ORG", name), name, None)
            st.add(Mention(p, named, tok.i + 1, st.org(org), "name"))


# A place's own government or administration: "the Enga provincial administration",
# "the provincial government of Vojvodina", "Borno state government".
_LOCAL_LEVEL = (
    r"(?:provincial|regional|district|county|municipal|city|state|prefectural|regency|"
    r"governorate|departmental)"
)
_LOCAL_BODY = r"(?:administration|government|council)"
# "Jayapura police said": a town's or a province's police, not a place of that name.
_LOCAL_POLICE = (
    r"(?P<police>[Pp]olice)(?! (?:station|post|headquarters|officers?|cars?|vehicles?|"
    r"barracks|academy|stations|posts)\b)"
)
_LOCAL_BEFORE_RE = re.compile(
    # "Sabah's state government": the place's own, by the possessive
    rf"(?P<owner>\b[A-Z][\w-]+(?: [A-Z][\w-]+){{0,2}})['’]s (?P<owned>{_LOCAL_LEVEL} {_LOCAL_BODY})\b"
    rf"|(?:\b[Tt]he )?(?P<place>(?:[A-Z][\w'’-]+ ){{1,3}}?)"
    rf"(?:(?P<level>{_LOCAL_LEVEL}) (?P<body>{_LOCAL_BODY})|{_LOCAL_POLICE})\b"
)
_LOCAL_OF_RE = re.compile(
    rf"\b(?P<level>{_LOCAL_LEVEL}) (?P<body>{_LOCAL_BODY}) of "
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)


def local_governments(st: ArticleState) -> None:
    """A place's own administration ("the Enga provincial administration"): an
    organization of the place's country, its name the words of the text, when the place
    is named in the article or the reference knows it in a country the article names.
    A bare place name the model took for an unknown organization gives way to it."""
    named = {ref.key(e.canonical_name): e for e in st.entities.values() if e.entity_type == "PLACE"}
    registry = ref.org_registry()
    for p, doc in enumerate(st.docs):
        places = {
            (m.char_start, m.char_end): st.entities[m.entity_id]
            for m in st.mentions
            if m.para == p and st.entities[m.entity_id].entity_type == "PLACE"
        }
        off = st.offsets[p]
        for rx in (_LOCAL_BEFORE_RE, _LOCAL_OF_RE):
            for m in rx.finditer(doc_text(doc)):
                group = "owner" if rx is _LOCAL_BEFORE_RE and m["owner"] else "place"
                words, at = m[group].rstrip(), off + m.start(group)
                place: Entity | ref.Place | None = places.get((at, at + len(words)))
                place = place or named.get(ref.key(words))
                if place is None:
                    found = st.lookup_place(words)
                    place = found if found and found.country_code in st.hint_countries else None
                level = m.start("level") if m["level"] else m.start("police")
                start = m.start(group) if group == "owner" else min(m.start("place"), level)
                span = doc.char_span(start, m.end())
                if place is None or span is None:
                    continue
                over = [
                    x
                    for x in st.mentions
                    if x.para == p
                    and x.start < span.end
                    and span.start < x.end
                    and st.entities[x.entity_id].entity_type != "PLACE"
                ]
                if any(
                    x.char_end - x.char_start != len(words)
                    or st.entities[x.entity_id].entity_type != "ORG"
                    or x.entity_id in registry
                    for x in over
                ):
                    continue  # a longer or a known name already holds it
                for x in over:
                    st.mentions.remove(x)
                # Named as its own: "Enga Provincial Administration", "Sabah State Government".
                own = span.text if group == "place" else f"{words} {m['owned']}"
                name = " ".join(w if w == "of" else w[0].upper() + w[1:] for w in own.split())
                org = ref.Org(entity_id("ORG", name), name, place.country_code)
                st.add(Mention(p, span.start, span.end, st.org(org), "name"))


# "the provincial government" with no place named in it.
_BARE_LOCAL_RE = re.compile(rf"\b[Tt]he (?P<level>{_LOCAL_LEVEL}) (?P<body>{_LOCAL_BODY})\b")


def placed_local_governments(st: ArticleState) -> None:
    """ "In Tawi-Tawi, the provincial government says ...": a bare local government is
    that of the one place its sentence names before it (once every place is known)."""
    for p in range(len(st.docs)):
        _placed_local_governments(st, p)


def _placed_local_governments(st: ArticleState, p: int) -> None:
    doc = st.docs[p]
    for m in _BARE_LOCAL_RE.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or any(
            x.para == p and x.start < span.end and span.start < x.end for x in st.mentions
        ):
            continue
        sent = span.sent
        before = [
            x
            for x in st.mentions
            if x.para == p
            and sent.start <= x.start
            and x.end <= span.start
            and st.entities[x.entity_id].entity_type == "PLACE"
        ]
        if len({x.entity_id for x in before}) != 1:
            continue  # none, or more than one: whose government is not said
        place = st.entities[before[0].entity_id]
        name = f"{place.canonical_name} {m['level'].title()} {m['body'].title()}"
        org = ref.Org(entity_id("ORG", name), name, place.country_code)
        st.add(Mention(p, span.start, span.end, st.org(org), "name"))


def _name_word(tok: Token) -> bool:
    return tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_sent_start


def short_form_bodies(st: ArticleState) -> None:
    """A state body the article names by a short form of its own name ("the General Staff
    of the Armies", "the Ministry of National Defence"), which the model may not read as a
    name at all: the body of the one state the article names at least twice as often as
    any other, when that state has a body of that form (``state_bodies.csv``) and no body
    the article names already holds the form."""
    iso3 = _main_state(st)
    if iso3 is None:
        return  # no one state the article is mostly about
    forms = sorted(
        ((form, body) for (_, iso), body in ref.load_state_bodies().items() if iso == iso3
         for form in body.short_forms),
        key=lambda fb: -len(fb[0]),
    )  # fmt: skip
    names = {
        e.entity_id: ref.fold(e.canonical_name).casefold()
        for e in st.entities.values()
        if e.entity_type == "ORG"
    }
    for form, _ in forms:
        org = ref.state_body(form, iso3)
        folded = ref.fold(form).casefold()
        if org is None or any(folded in n for eid, n in names.items() if eid != org.entity_id):
            continue  # the body is named already, found another way
        for p, doc in enumerate(st.docs):
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc_text(doc)):
                span = doc.char_span(m.start(), m.end())
                if (
                    span is None
                    or _in_role(st, p, span.start, span.end)  # 'Chief of General Staff'
                    or any(
                        x.para == p and x.start < span.end and span.start < x.end
                        for x in st.mentions
                    )
                ):
                    continue
                st.add(Mention(p, span.start, span.end, st.org(org), "name"))


def _in_role(st: ArticleState, p: int, start: int, end: int) -> bool:
    """Do tokens [start, end) stand in a role's words ('Chief of General Staff of the
    Armies' holds 'General Staff')?"""
    return any(
        (r := role_at(st, p, k, end, at_end=False)) is not None
        and r.role.kind == "role"
        and r.end > start
        for k in range(max(start - 4, 0), start)
    )


def _dateline_state(st: ArticleState) -> str | None:
    """The one state of the places that open the first paragraph (a wire's dateline), or
    of a dateline alone on a line of the head."""
    home = {
        st.entities[m.entity_id].country_code
        for m in st.mentions
        if m.para == st.dateline_para
        and m.start <= 2
        and (
            st.entities[m.entity_id].entity_type == "PLACE"
            # 'Kabul, 9 August, Bakhtar News Agency.': the capital, read as its state
            or (m.kind == "metonym" and dateline_stop(st.docs[m.para], m.end))
        )
    } | {st.entities[eid].country_code for eid in st.head_dateline}
    return next(iter(home)) if len(home) == 1 and None not in home else None


def _main_state(st: ArticleState) -> str | None:
    """The state the article is mostly about: the one it names at least twice and at
    least twice as often as any other."""
    named = Counter(
        m.entity_id.split(":", 1)[1]
        for m in st.mentions
        if st.entities[m.entity_id].entity_type == "COUNTRY"
    ).most_common(2)
    if not named or named[0][1] < 2 or (len(named) > 1 and named[1][1] * 2 > named[0][1]):
        return None
    return named[0][0]


def home_bodies(st: ArticleState) -> None:
    """A state's body the article names without its state ("BAGHDAD (INA) - The Ministry
    of Defence announced", "KABUL - Police said") is the state's the article is filed
    from: a wire's dateline city is where its reporter hears that state's ministries.
    Without a dateline, the state the article is mostly about (a health ministry's
    bulletin: "Military casualties are communicated by the Ministry of Defence"); without
    either, a generic row's name ("Defence Ministry") stays unnamed and a template's form
    ("Ministry of Interior") keeps its own words."""
    st.home_state = _dateline_state(st)
    main = None if st.home_state else _main_state(st)
    for p, start, end, keep in st.unowned_bodies:
        text = st.docs[p][start:end].text
        # A live page's entry has its own dateline ("PHNOM PENH, Cambodia (AP) — ...
        # The Defense Ministry also claims"): its ministries are that state's.
        home = home_state_at(st, p)
        guessed = home is None and main is not None
        home = home or main
        # A paragraph that names another state before the body may speak of that
        # state's body ("Qatar ... The Ministry of Foreign Affairs said", "Chile's Foreign
        # Ministry slammed the attack. Foreign Ministry spokeswoman ..."); a demonym
        # describes something else ("losses on the Philippine forces ..., the Ministry of
        # National Defence said").
        named = _states_named(st, p, before=start, kinds=("COUNTRY_NAME", "COUNTRY_CAPITAL"))
        others = (keep or guessed) and bool(named - {home})
        org = ref.state_body(text, home) if home and not others else None
        if org is None and keep:
            org = ref.Org(entity_id("ORG", text), text, None)  # whose, the text does not say
        if org is not None:
            st.add(Mention(p, start, end, st.org(org), "name"))


def described_state_bodies(st: ArticleState) -> None:
    """A state body named by its common noun alone ("the army said", "the health ministry
    says") is the body of the state the article is filed from or mostly about, when no
    body of another state named before could be the one meant (then the noun refers back
    to it, which attribution resolves). A sentence that opens in a state's capital ("In
    Ouagadougou, the general staff said") names that state's body whatever the article's.
    "The army chief" is a person's role, not the army."""
    home = _dateline_state(st) or _main_state(st)
    seen = [
        (m.para, m.start, m.entity_id, st.docs[m.para][m.start : m.end].text.casefold())
        for m in st.mentions
        if st.entities[m.entity_id].entity_type == "ORG"
    ]
    for p, doc in enumerate(st.docs):
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in doc:
            if tok.lower_ != "the":
                continue
            first = tok.i + 1
            run_by = (
                first + 3 < len(doc)
                and doc[first + 1].text == "-"
                and doc[first + 2].lower_ in _RUN_BY
                and (p, first) in {(m.para, m.start) for m in st.mentions}
            )
            first += 3 if run_by else 0  # "the Houthi-run health ministry"
            for end in (first + 1, first + 2):
                words = doc[first:end]
                if end > len(doc) or any(not w.is_lower or w.i in taken for w in words):
                    break
                head = words[-1]
                # (all words are lower case: the model may still call one a proper noun)
                if head.pos_ not in ("NOUN", "PROPN") or (
                    end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")
                ):
                    continue
                if not any(
                    words.text == n or words.text.endswith(" " + n)
                    for n in lexset("home_body_nouns")
                ):
                    continue
                if head.lower_ in lexset("staff_nouns") and _forces_named(st, p, tok.i):
                    break  # the staff of the forces just named: attribution refers back
                if run_by:
                    # Whose the text tells: the territory before it or the city after
                    # it, else the group that runs it.
                    if (owned := _owned_body(st, p, first, words.text)) is not None:
                        st.add(Mention(p, first, end, st.org(owned), "name"))
                        taken.update(range(first, end))
                        break
                    continue
                seat = _seat_state(doc, end, capital_only=True)
                state = seat or _opening_state(st, p, tok.i) or home
                org = ref.state_body(words.text, state) if state else None
                if org is None or (
                    seat is None
                    and any(
                        # "the ministry" after "the Defence Ministry": that one, which
                        # attribution refers back to; "the interior ministry" after a
                        # health ministry is another
                        (q, k) < (p, tok.i)
                        and eid != org.entity_id
                        and all(w.lower_ in text for w in words)
                        for q, k, eid, text in seen
                    )
                ):
                    continue
                st.add(Mention(p, words.start, end, st.org(org), "title"))
                taken.update(range(words.start, end))
                break


def _seat_state(doc: Doc, end: int, capital_only: bool) -> str | None:
    """The state a body is placed in by "in" after its name: "the Ministry of Defence in
    Baghdad" is Iraq's, "the health ministry in Sanaa" Yemen's, whatever the article is
    filed from. With ``capital_only``, for a common noun ("the army in Lebanon" may be
    another state's army abroad), only a capital places it."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return None
    after = doc[end + 1 : min(end + 4, len(doc))].text
    for iso3, start, stop in ref.countries_in(after):
        record = ref.country(iso3)
        if start == 0 and (not capital_only or (record and after[start:stop] in record.capitals)):
            return iso3
    if capital_only:
        return None
    # "the Ministry of Defence in Aden": a state's body seated in one of its big cities
    # other than the capital (a government's seat in a civil war, a ministry moved).
    name = end + 1
    while name < len(doc) and name - end <= 3 and doc[name].is_title and doc[name].is_alpha:
        name += 1
    if name == end + 1:
        return None
    city = ref.lookup_place(doc[end + 1 : name].text, curated=False)
    if (
        city is None
        or city.place_kind not in ("city", "town")
        or (city.population or 0) < ref.BIG_CITY
        or ref.key(city.name) != ref.key(doc[end + 1 : name].text)
    ):
        return None
    return city.country_code


def _speaking_in(st: ArticleState, p: int, i: int) -> str | None:
    """The state token ``i``'s subject speaks for by its sentence: the one whose capital
    its speech verb is said in ("Foreign Ministry spokeswoman Liu Yanhong said in
    Beijing", "told a briefing in Rome"), else the one the reported clause before the
    verb has as subject ("Italy ... stands ready, foreign ministry spokesperson X told")."""
    doc = st.docs[p]
    tok = doc[i]
    while tok.dep_ in ("compound", "appos", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or lemma_of(verb) not in lexset("speech_verbs"):
        return _said_in_capital(st, p, i)
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                place = st.country_span_at(p, obj.left_edge.i, ("COUNTRY_CAPITAL",))
                if place is not None and place.end == obj.i + 1:
                    return place.id_.split(":", 1)[1]
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "parataxis") and clause.i < verb.i:
            for subj in clause.children:
                if subj.dep_ in ("nsubj", "nsubjpass"):
                    place = st.country_span_at(p, subj.left_edge.i, ("COUNTRY_NAME",))
                    if place is not None and place.end == subj.i + 1:
                        return place.id_.split(":", 1)[1]
    return None


def _said_in_capital(st: ArticleState, p: int, i: int) -> str | None:
    """The state whose capital a speech verb is said in, read off the words when the
    parser lost the subject: in "..., a foreign ministry spokeswoman, Lu Yanqing, said in
    Beijing" it hung the speaker on the place before. Only names, their office and
    commas may stand between token ``i`` and the verb."""
    doc = st.docs[p]
    for tok in doc[i + 1 : doc[i].sent.end]:
        if tok.text == "," or tok.pos_ in ("PROPN", "NOUN"):
            continue
        if lemma_of(tok) not in lexset("speech_verbs") or tok.i + 2 >= len(doc):
            return None
        if doc[tok.i + 1].lower_ != "in":
            return None
        place = st.country_span_at(p, tok.i + 2, ("COUNTRY_CAPITAL",))
        return None if place is None else place.id_.split(":", 1)[1]
    return None


def _forces_named(st: ArticleState, p: int, i: int) -> bool:
    """Are armed forces named in the paragraph before token ``i``?"""
    words = lexset("armed_forces_words")
    return any(
        m.para == p
        and m.end <= i
        and st.entities[m.entity_id].entity_type == "ORG"
        and words & set(st.entities[m.entity_id].canonical_name.casefold().split())
        for m in st.mentions
    )


def _opening_state(st: ArticleState, p: int, i: int) -> str | None:
    """The state a sentence opens in, by its capital or its name set off by a comma ("In
    Ouagadougou, the general staff said"), when token ``i`` comes after it."""
    doc = st.docs[p]
    sent = doc[i].sent
    if doc[sent.start].lower_ != "in":
        return None
    place = st.country_span_at(p, sent.start + 1)
    if place is None or place.end >= i or doc[place.end].text != ",":
        return None
    return place.id_.split(":", 1)[1]


def _possessed_at(st: ArticleState) -> list[tuple[Mention, int]]:
    """Where the words a state or place owns begin, with the mention of the owner: after
    its possessive ("Iran's"), after "the" and its demonym ("the Russian"), and after
    "its" when the state is the last name before it in the sentence and the words are a
    subject ("El Salvador ... closed its crossings, and its foreign ministry called")."""
    out = []
    for m in list(st.mentions):
        owner = st.entities[m.entity_id]
        if owner.entity_type not in ("COUNTRY", "PLACE") or m.para < 0:
            continue
        doc = st.docs[m.para]
        if m.end < len(doc) and doc[m.end].tag_ == "POS":
            out.append((m, m.end + 1))
        elif (
            owner.entity_type == "COUNTRY"
            and m.kind == "demonym"
            and m.start
            and doc[m.start - 1].lower_ == "the"
        ):
            out.append((m, m.end))
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if tok.lower_ != "its" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
                continue  # a body that acts: "its foreign ministry called", not "shelled its embassy"
            named = [
                x
                for x in st.mentions
                if x.para == p
                and tok.sent.start <= x.start
                and x.end <= tok.i
                and st.entities[x.entity_id].entity_type in ("COUNTRY", "ORG", "PERSON")
            ]
            # "South Korea suspended deliveries to Malaysia, ..., its agency said": the
            # state the sentence has act, before one named only as its object.
            acting = [x for x in named if doc[x.end - 1].dep_ in ("nsubj", "nsubjpass")]
            last = max(acting or named, key=lambda x: x.start, default=None)
            if (
                last is not None
                and last.kind == "name"
                and st.entities[last.entity_id].entity_type == "COUNTRY"
            ):
                out.append((last, tok.i + 1))
    return out


def possessed_state_bodies(st: ArticleState) -> None:
    """A state's body named in lower case after the state ("Iran's border guard command",
    "Ukraine's state emergency service", "the Russian emergencies ministry"): that state's
    body, by the reference's name when it has one ("Ministry of Health of X"), else by its
    words ("Border Guard Command of Iran"); after a place's possessive, the body of the
    place's government ("Gaza's health ministry": Ministry of Health of Gaza). The state itself ("Sudan's government") and
    its forces are not such a body: attribution and the templates tell those."""
    heads = lexset("organization_nouns") | lexset("body_head_words")
    # The state as such, and forces the templates name ("Ukraine's army", "... police").
    not_bodies = lexset("state_nouns") | {"army", "military", "police", "navy", "force", "staff"}
    for m, i in _possessed_at(st):
        owner = st.entities[m.entity_id]
        doc = st.docs[m.para]
        end = i
        # The body's words are one noun phrase: "Bolivia's ambassador asked the council"
        # names no body.
        while (
            end < len(doc)
            and end - i < 4
            and doc[end].is_lower
            and doc[end].is_alpha
            and doc[end].pos_ in ("NOUN", "ADJ", "PROPN")
        ):
            end += 1
        # The body's noun closes the words: "command said", not "command centre".
        while end > i and doc[end - 1].lower_ not in heads:
            end -= 1
        # "Kyiv's city military administration": a capital's own body; "Moscow's foreign
        # ministry" is its state's, as "Russia's foreign ministry" is.
        local = m.kind == "metonym" and (
            any(t.lower_ in lexset("local_body_words") for t in doc[i : end - 1])
            or any(doc[i:end].text.lower().endswith(n) for n in lexset("local_body_names"))
        )
        if (
            end - i == 1
            and m.kind != "metonym"
            and owner.entity_type == "COUNTRY"
            and (org := _parallel_body(st, m.para, i, doc[i].lower_, owner.country_code))
        ):
            # "Bulgaria's Ministry of Defence says ... Turkey's ministry says ...": the
            # other state's body of the same kind.
            if not any(x.para == m.para and x.start <= i < x.end for x in st.mentions):
                st.add(Mention(m.para, i, end, st.org(org), "name"))
            continue
        if end - i < 2 or doc[end - 1].pos_ != "NOUN":
            continue
        if doc[end - 1].lower_ in not_bodies and not (
            local and doc[end - 1].lower_ in lexset("place_body_heads")
        ):
            continue
        if any(x.para == m.para and x.start < end and i < x.end for x in st.mentions):
            continue
        after = end + 1 if end < len(doc) and doc[end].text in (",", "(") else end
        if any(
            x.para == m.para and x.start == after and st.entities[x.entity_id].entity_type == "ORG"
            for x in st.mentions
        ):
            continue  # "North Korea's state news agency KCNA": the name says which body
        iso3 = owner.country_code
        words = doc[i:end].text
        if owner.entity_type == "PLACE" or local:
            # "Gaza's health ministry", "Tigray's regional health bureau": the body of
            # that place's own government, named after it as the place is written.
            if doc[end - 1].lower_ not in lexset("place_body_heads"):
                continue
            name = f"{_body_name(words)} of {doc[m.start : m.end].text}"
            found = ref.org_name_index().get(ref.key(name)) or _named_before(st, name)
            org = found or ref.Org(entity_id("ORG", name), name, iso3)
            st.add(Mention(m.para, i, end, st.org(org), "name"))
            continue
        c = ref.country(iso3)
        if c is None:
            continue
        same = next(
            (
                e
                for e in st.entities.values()
                if e.entity_type == "ORG"
                and e.country_code in (iso3, None)
                and ref.key(words) in {ref.key(e.canonical_name), *map(ref.key, e.aliases)}
            ),
            None,
        )
        if same is not None:  # "Iran's Border Guard Command" named before in capitals
            st.add(Mention(m.para, i, end, same.entity_id, "name"))
            continue
        org = ref.state_body(words, iso3)
        if org is None:
            name = f"{_body_name(words)} of {c.after_of}"
            org = ref.org_name_index().get(ref.key(name)) or ref.Org(
                entity_id("ORG", name), name, iso3
            )
        st.add(Mention(m.para, i, end, st.org(org), "name"))


def _parallel_body(st: ArticleState, p: int, i: int, noun: str, iso3: str | None) -> ref.Org | None:
    """The body of state ``iso3`` of the kind last named before (paragraph ``p``, token
    ``i``) for another state, when its name opens with ``noun`` ("Ministry of Defence of
    Bulgaria" before "Turkey's ministry")."""
    if iso3 is None:
        return None
    before = [
        x
        for x in st.mentions
        if (x.para, x.start) < (p, i)
        and (e := st.entities[x.entity_id]).entity_type == "ORG"
        and e.country_code not in (None, iso3)
        and e.canonical_name.casefold().startswith(noun + " of ")
    ]
    if not before:
        return None
    last = st.entities[max(before, key=lambda x: (x.para, x.start)).entity_id]
    other = ref.country(last.country_code)
    kind = last.canonical_name
    if other is not None and kind.endswith(f" of {other.name}"):
        kind = kind[: -len(f" of {other.name}")]
    return ref.state_body(kind, iso3)


# A state's name that English gives the article: a plural, or one built on a common noun
# ('Honduras' and 'Cyprus' take none).
_ARTICLE_NAME_RE = re.compile(
    r"^(?:United|Central African|Dominican|Czech|Democratic Republic|Republic|Netherlands|"
    r"Philippines|Bahamas|Comoros|Maldives|Seychelles|Gambia)\b|\b(?:Islands|Emirates)$"
)


def posted_embassies(st: ArticleState) -> None:
    """An embassy named with where it is posted ("the US embassy in Libya", "China's
    embassy in Yangon") is that post: "Embassy of the United States in Libya". Its other mentions in the article ("the embassy said") are the same
    post when the article names only one post of that state."""
    posts: dict[str, set[str]] = {}
    for m in st.mentions:
        e = st.entities[m.entity_id]
        if e.entity_type != "ORG" or not e.entity_id.startswith("org:embassy_of_"):
            continue
        doc = st.docs[m.para]
        if m.end + 1 >= len(doc) or doc[m.end].lower_ != "in":
            continue
        where = next(
            (
                x
                for x in st.mentions
                if x.para == m.para
                and x.start == m.end + 1
                and st.entities[x.entity_id].entity_type in ("PLACE", "COUNTRY")
            ),
            None,
        )
        c = ref.country(e.country_code)
        if where is None or c is None or where.entity_id == f"country:{c.iso3}":
            continue
        the = "the " if _ARTICLE_NAME_RE.search(c.name) else ""
        name = f"Embassy of {the}{c.name} in {doc[where.start : where.end].text}"
        posts.setdefault(e.entity_id, set()).add(
            st.org(ref.Org(entity_id("ORG", name), name, c.iso3))
        )
    for old, new in posts.items():
        if len(new) != 1:
            continue
        (post,) = new
        st.entities[post].aliases.update(st.entities[old].aliases)
        for m in st.mentions:
            if m.entity_id == old:
                m.entity_id = post


def ministry_officials(st: ArticleState) -> None:
    """A ministry named without its state before an official's title ("foreign ministry
    spokesman Gao Jianwen said") is the ministry of the state the sentence has as subject
    before it, else the one the sentence before has, else the one it has after ("China,
    which has brokered past talks, called on both sides ..., foreign ministry spokesman Gao
    Jianwen said"; "Russia said ... Foreign ministry spokeswoman Anna Belyakova urged")."""
    officials = lexset("body_official_words")
    for p, doc in enumerate(st.docs):
        found = tokens_lowered(doc, officials)
        if not found:
            continue
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in found:
            for start in (tok.i - 2, tok.i - 3):
                words = doc[max(start, 0) : tok.i]
                if start < 0 or words[-1].lower_ != "ministry" or any(w.i in taken for w in words):
                    continue
                if start and (
                    doc[start - 1].ent_type_ in ("NORP", "GPE") or doc[start - 1].tag_ == "POS"
                ):
                    break  # 'Chinese foreign ministry spokesman': the model's name, read elsewhere
                iso = _subject_state(st, p, tok.sent, start)
                org = ref.state_body(words.text, iso) if iso else None
                if org is not None:
                    st.add(Mention(p, start, tok.i, st.org(org), "title"))
                    taken.update(range(start, tok.i))
                break


def _subject_state(st: ArticleState, p: int, sent: Span, before: int) -> str | None:
    """The state a subject of ``sent`` names before token ``before``, else one a subject of
    the sentence before it names, else one a later subject of ``sent`` names."""
    doc = st.docs[p]

    def subjects(s: Span) -> list[tuple[int, str]]:
        found = []
        for m in st.mentions:
            e = st.entities[m.entity_id]
            if m.para != p or not s.start <= m.start < s.end or e.entity_type != "COUNTRY":
                continue
            root = doc[m.start : m.end].root
            if root.dep_ in ("amod", "poss", "compound"):
                root = root.head  # 'A Qatari statement said', "China's envoy said"
            if root.dep_ in ("nsubj", "nsubjpass") and e.country_code:
                found.append((m.start, e.country_code))
        return sorted(found)

    own = subjects(sent)
    earlier = [c for i, c in own if i < before]
    if earlier:
        return earlier[-1]
    if sent.start:
        prev = subjects(doc[sent.start - 1].sent)
        if prev:
            return prev[0][1]
    return own[0][1] if own else None


def described_local_bodies(st: ArticleState) -> None:
    """A body the article names only by a description in lower case, as a source
    ("according to data from the cantonal operational headquarters", "the district
    health office reports that"), is an organization of that description, of the state
    the article is filed from or mostly about. Only where it is a source: the subject of
    a verb of speech or release, or the object of "according to" (or of a noun inside
    it). Not a bare head ('the office said' refers back), a plural ('county authorities')
    or a description with a body's name after it ('the regional office of UNHCR')."""
    heads = lexset("local_body_heads")
    home = _dateline_state(st) or _main_state(st)
    country = ref.country(home) if home else None
    for p, doc in enumerate(st.docs):
        taken = {i for m in st.mentions if m.para == p for i in range(m.start, m.end)}
        for tok in doc:
            if tok.lower_ not in heads or tok.i in taken or not _source_noun(tok):
                continue
            start = tok.i
            while (
                start > 0
                and doc[start - 1].is_lower
                and doc[start - 1].dep_ in ("amod", "compound", "poss", "case", "nmod")
                and start <= doc[start - 1].head.i <= tok.i
            ):
                start -= 1
            if start == tok.i:
                continue
            # "the Herat provincial health department": the place's own body, its name
            # before the description.
            before = _place_before(st, p, start)
            if before is not None:
                begin, pid = before
                if begin == 0 or doc[begin - 1].lower_ != "the":
                    continue
                place = st.entities[pid]
                words = doc[start : tok.i + 1].text
                name = f"{place.canonical_name} {words}".title()
                org = ref.Org(entity_id("ORG", name), name, place.country_code)
                st.add(Mention(p, begin, tok.i + 1, st.org(org), "name"))
                taken.update(range(begin, tok.i + 1))
                continue
            if doc[start - 1].lower_ != "the" or start - 1 in taken:
                continue
            seat = _seat_after(st, p, tok.i + 1)
            end = tok.i + 1 if seat is None else seat[1]
            if seat is None and (
                tok.i + 1 < len(doc)
                and (doc[tok.i + 1].lower_ in ("of", "for") or doc[tok.i + 1].pos_ == "PROPN")
            ):
                continue  # 'the state news agency IRNA': the name follows
            words = doc[start : tok.i + 1].text
            if seat is None and home and ref.state_body(words, home) is not None:
                continue  # 'the health ministry': the state's own, named by its template
            name = words[0].upper() + words[1:]
            state = home
            if seat is not None:
                # 'the departmental health directorate of Alibori', 'the regional health
                # directorate in Dosso': the body of that place, in that place's state.
                place = st.entities[seat[0]]
                name, state = f"{name} of {place.canonical_name}", place.country_code
            elif country is not None:
                name = f"{name} of {country.after_of}"
            org = ref.Org(entity_id("ORG", name), name, state)
            st.add(Mention(p, start, end, st.org(org), "name"))
            taken.update(range(start, end))


def _place_before(st: ArticleState, p: int, i: int) -> tuple[int, str] | None:
    """The town or region named right before token ``i``: where its name starts, its
    entity."""
    m = next((m for m in st.mentions if m.para == p and m.end == i), None)
    if m is None or st.entities[m.entity_id].entity_type != "PLACE":
        return None
    place = st.entities[m.entity_id].place
    if place is None or place.place_kind not in ("region", "district", "city", "town"):
        return None
    return m.start, m.entity_id


def _seat_after(st: ArticleState, p: int, i: int) -> tuple[str, int] | None:
    """The region or district a local body's description names after it ("... of
    Alibori", "... in Dosso"): the place's entity and where its name ends."""
    doc = st.docs[p]
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "in"):
        return None
    m = next((m for m in st.mentions if m.para == p and m.start == i + 1), None)
    place = st.entities[m.entity_id].place if m is not None else None
    if place is None or place.place_kind not in ("region", "district", "city", "town"):
        return None
    return m.entity_id, m.end  # type: ignore[union-attr]


def _source_noun(tok: Token) -> bool:
    """The noun stands where a source does: the subject of a verb of speech or release,
    or the object of "according to", directly or through a noun inside it ("according
    to data from the X")."""
    if tok.dep_ == "nsubj" and lemma_of(tok.head) in lexset("speech_verbs") | lexset(
        "release_verbs"
    ):
        return True
    preps = lexset("source_prepositions")
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.i == tok.i:
            return False
        prep = tok.head
        if any(t.lower_ in preps or lemma_of(t) in preps for t in (prep, prep.head)):
            return True
        tok = prep.head
    return False
