"""Numeric and territorial claims: how many of what, of which kind, said by whom.

A claim is anchored on a *unit noun* of a known class (``unit_classes`` in
``data/attribution.yaml``: people, equipment, positions, territory, or an
event noun such as "deaths"), or on a bare number that is the object of a
killing or wounding verb ("killing five" counts persons). Its kind comes from
cue lemmas (``kind_cues``), first on the path from the unit to its governing
verb ("four helicopters ... have been destroyed"), then, for people, anywhere
in that verb's clause ("sent ... to their deaths"); "dead and wounded",
"injuries or deaths" together are ``casualties``. Territory and positions only
take cues that govern them directly or through "of" ("took control of
heights"), so "clashes in the village" is no claim; "the town under Tolvian
occupation" is held. A place named as the object of a territory cue is a claim
of its own ("captured Dorf and Zeltz", "in control of Oskel": ``place_ids`` the
places, quantity their count, unit their kind of place). A reflexive object
counts one of the subject's unit ("killing six worshippers and himself"); a
bare number after "including" is a part of the total before it, with its kind
and unit ("the deaths of seven troops, including four in a bombing").

Quantities: digits and number words ("four", "one million", "30,000",
"forty-five"), ranges ("4-5", "4 to 5"), approximations ("about 15":
``is_approximate``), bounds ("up to eleven", "as many as 9": no minimum; "at
least one": no maximum), "a"/"an"/"another" before a singular unit (1), "no" and "no
reports of" (0), kin nouns coordinated and each counted summed into one group
("a mother and her two children" = 3, "a woman and child" = 2), partitives ("13 of their soldiers", "the population of
10,600"). Vague amounts ("dozens of", "killed hundreds", "many victims") make a
claim with quantity null. Bare numbers count persons when a people cue governs
them ("killing five", "more than 40,000 have taken refuge", "10 soldiers killed
and 30 wounded", "left 115 dead and 30,000 displaced"); "others" counts only with a number ("wounding seven others").
The unit is the singular lemma with its descriptive modifiers ("armored vehicle");
nouns coordinated under one number share it ("10 tanks and armored vehicles"
is one claim), nouns each with "a" are one claim each ("a soldier and agent"
are two claims of 1).

Not claims: hypothetical ones (a negated, modal or intended verb between the
unit and its report: "would lead to casualties", "vowed to retake"; a participle
on the unit states a fact: "vowed to take back two towns seized by rebels"); a unit
that does the deed ("fighter jets shot down the missile", "bombers who attacked
..., killing 32", "terrorists killing civilians"); the same fact told twice (a
later claim of the same kind, count and unit credited to no one else; a claim
without number about a unit its kind already counts; a vague territorial
summary of a listed one); numbers the parser tags as dates, times, percentages, money or
ordinals; numbers after their noun (identifiers: "posts 542 and 543"), except
the count after a dash in a losses list ("tanks – 198, artillery systems – 77",
whose kind its opening words give: "the losses of the enemy were:"); counts
of anything outside the unit classes (shells fired, resolutions, votes, hours,
"four-year war"); a negated unit ("4-5 positions, not settlements" claims the
positions only); an uncounted toll in a foreign reactions section (an outside voice "deplored the loss
of life"); anything in sections of type ``other`` (factboxes, captions; a
numbered or bulleted point that is a full sentence is body text); a unit noun that only
modifies a noun no claim counts ("a volunteer ambulance service"), or that fills
the "of" of a unit of its class ("a cache of weapons", "the capital of the region").
Percentages are never counts, so "20 percent of Azerbaijan's sovereign
territory" is no claim.

History sections: a figure stated by the writer is a claim with no claimant, in
the past as in the news ("one million Azerbaijanis were forced to leave their
homes" under "History of conflict"); only an unnumbered holding under a history
heading ("occupying Azerbaijan's sovereign territory") is background, not a
claim, unless someone is credited with it.
Elsewhere a claim without a number ("captured a group of saboteurs") also needs
a source (an unnamed one counts: "officials said", "news reports say"), unless it
is a bare plural an events-section verb befell ("killing civilians in the
process") or a territory held or taken that names its place or its holder ("the
government controls only a few city blocks"); with a number the article's own
statement is enough (claimant null).

Claimant: inside a quote, its speaker; else the subject of the first claim verb
("said", "claimed", "announced", "denied", "accused", "admitted", "charged")
above the unit in the parse, not crossing into a quote, into an independent
coordinated clause, or back over a semicolon; a passive report ("it has been
reported") credits no one; a subject that a country only describes ("Afghan
police", "Iraqi officials") is an unnamed source: claimant null, never the
country, but officials described by a word of an organization named just before
are that organization ("the Defense Ministry said ... Defense officials
reported"); a noun of claiming with its owner ("the claims of the Guyana Defence
Force that ...", "Serbia's claim that ..."); a verb that hands over a tally
("gave the latest toll: two officers dead"); a word or two in quote marks
("had "neutralised" 17 militants") stays the reporter's sentence; else "according
to X" in the sentence, or opening its paragraph ("According to the announcement, ...");
else, in the paragraphs that only go on with a release the lede relays in
the present tense ("The Ministry of Defence reports that ...") or says it
reproduces ("The following is the news release issued by X"), that release's
source; in the numbered or quoted points of a statement a paragraph sets out after
a colon ("The full text of the communique reads:"), that statement's issuer; in an
article whose head marks it a press release, the body its first sentence has as
subject ("MSF is calling on ...").

Territorial lists: a list of villages is ONE claim row, not one per village.
``place_ids`` holds the listed places in text order, ``unit`` the list's noun
("village") and the quantity the number written, else the count of places
listed. A claim about positions or territory without a list keeps the places
named in its noun phrase ("positions in the direction of Aghdere district and
Murovdagh") in ``place_ids`` and no quantity.

``side`` is the entity whose loss or gain it is: for taking or holding
territory the subject that took it (for a passive without agent, the
claimant's country); for losses the owner named on the unit ("Ukrainian
saboteurs", "tanks ... of Azerbaijan", "our positions", "the enemy's" = the
other party); for destruction claims ``target_id`` is that owner and ``side``
the same. Countries stand for their organizations and officials.

``disputes_claim_id``: a claim whose words deny or dispute ("denied",
"disputed", "rejected", or a "not X" contrast) contests the latest earlier
claim by another claimant whose kind the ``disputes`` table allows (losing
4-5 positions contests taking villages before destroying positions); a
negated unit ("not settlements") picks the claim about that kind of place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract.components import doc_text
from newsledger.extract.needles import Gate
from newsledger.extract.reference import key, rank_words
from newsledger.extract.syntax import (
    SPEAKER_PREFERENCE,
    ArticleContext,
    Ref,
    ancestors_to_verb,
    credited_objects,
    first_conjunct,
    has_subject,
    holding_words,
    is_passive,
    is_verb,
    lemma_of,
    lemma_string,
    lexicon,
    lexset,
    name_before_tail_verb,
    set_off_verb,
    tokens_at,
)
from newsledger.ids import row_id
from newsledger.parse import BULLET_RE

NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "oprd"})
NON_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"})
SEPARATORS = frozenset({"-", "–", "—", "to", "or", "and"})


@dataclass
class Quantity:
    qmin: float | None
    qmax: float | None
    approximate: bool
    tokens: list[Token]
    article: bool = False  # "a"/"an": each coordinated noun counts one
    vague: bool = False  # "dozens of": a count was made but not given (quantity null)


@dataclass
class _Claim:
    anchor: Token
    units: list[Token]
    unit: str
    kind: str
    quantity: Quantity | None
    claimant: Ref | None
    side: str | None = None
    target: str | None = None
    place_ids: list[str] = field(default_factory=list)
    contests: bool = False
    negated_unit: str | None = None
    span: tuple[int, int] = (0, 0)
    row: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _unit_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for cls, words in lexicon()["unit_classes"].items():
        for w in words:
            index.setdefault(str(w), cls)
    return index


def unit_lemma(tok: Token) -> str:
    """Singular lemma of a unit noun ("servicemen" -> "serviceman", "people" -> "person")."""
    return _singular(lemma_of(tok))


def _singular(lem: str) -> str:
    if lem.endswith("men") and len(lem) > 4:
        lem = lem[:-3] + "man"
    if lem == "people":
        lem = "person"
    return lem


def unit_class(tok: Token) -> str | None:
    cls = _unit_class(lemma_of(tok), tok.lower_)
    if cls == "territory" and _meeting(tok):
        return None  # "EU leaders hold an emergency summit in Brussels"
    if cls == "people" and lemma_of(tok) == "fighter" and _aircraft_named(tok):
        return "equipment"  # "14 Finnish F/A-18 Hornet fighters shot down"
    if cls is None and _nationals(tok):
        return "people"  # "11 Serbs had been detained"
    if cls is None and _MODEL_RE.fullmatch(tok.text):
        return "equipment"  # "four Turkish F-16s", "two Su-25s": a weapon's model
    return cls


def _aircraft_named(tok: Token) -> bool:
    """Fighters named by their aircraft's model ("F/A-18 Hornet fighters", "MiG-29
    fighters") or shot down: planes, not combatants."""
    if _model_named(tok):
        return True  # "F/A-18 Hornet fighters", not "National Guard fighters"
    if any(lemma_of(t) == "fighter" and _model_named(t) for t in tok.doc[: tok.i]):
        return True  # "three KF-16 fighters ... . Seoul concedes the loss of two fighters"
    verb = tok.head
    return lemma_of(verb) == "shoot" and any(c.lower_ == "down" for c in verb.children)


def _model_named(tok: Token) -> bool:
    """Is the noun named with an aircraft's model before it ("KF-16 fighters")?"""
    models = [t for t in tok.lefts for t in t.subtree if any(ch.isdigit() for ch in t.text)]
    return any(
        t.dep_ == "compound"
        or t.head.dep_ == "compound"
        # "KF-16 fighters": a model's letters and figures in one word
        or (any(ch.isalpha() for ch in t.text) and "-" in t.text)
        for t in models
    )


def _meeting(tok: Token) -> bool:
    """A summit of leaders, not of a hill: "an emergency summit", "the EU summit"."""
    return lemma_of(tok) == "summit" and any(
        (c.dep_ in ("amod", "compound") and c.lower_ in lexset("meeting_modifiers"))
        or (c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN")
        for c in tok.children
    )


# A weapon's model designation, counted as its units: "F-16s", "Su-25", "MiG-29s",
# "T-72s", "Ka-52", "BM-21s", "S-300s".
_MODEL_RE = re.compile(r"(?:[A-Z][a-z]?|[A-Z]{2,3})-\d{1,3}[A-Z]{0,2}(?:s|'s|’s)?")


def _nationals(tok: Token) -> bool:
    """A people's name in the plural, counted: "300 Chileans", "11 Serbs"."""
    return (
        tok.ent_type_ == "NORP"
        and tok.tag_ in ("NNPS", "NNS", "NNP")  # the tagger takes "9,000 Finns" for NNP
        and tok.is_title
        and tok.lower_.endswith("s")
        and any(c.dep_ == "nummod" for c in tok.children)
    )


# Word forms the extractors ask about, per process: the answers depend on the
# strings only, and the claims ask them for every token several times over.
_WORD_CACHE = 1 << 16


@lru_cache(maxsize=_WORD_CACHE)
def _unit_class(lemma: str, low: str) -> str | None:
    """:func:`unit_class` of a token with this lemma (:func:`lemma_of`) and lower form."""
    index = _unit_index()
    lem = _singular(lemma)
    if lem in index:
        return index[lem]
    for cand in (low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low):
        if cand in index:
            return index[cand]
    return None


_NUMERAL_RE = re.compile(r"\d+(?:\.\d+)?")


def is_number(tok: Token) -> bool:
    return _is_number(tok.lower_)


@lru_cache(maxsize=_WORD_CACHE)
def _is_number(lower: str) -> bool:
    """:func:`is_number` of a token with this lower form."""
    words = lexicon()["number_words"]
    low = lower.replace(",", "")
    if low == "no":
        return False
    if _NUMERAL_RE.fullmatch(low):
        return True
    parts = [p for p in low.split("-") if p]
    return low in words or ("-" in low and bool(parts) and all(p in words for p in parts))


def number_value(tokens: list[Token]) -> float | None:
    """Value of a run of number tokens: "one million" = 1e6, "30,000", "twenty-five"."""
    words = lexicon()["number_words"]
    scales = lexset("scale_words")
    total = current = 0.0
    seen = False
    for tok in tokens:
        low = tok.lower_.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", low):
            current += float(low)
            seen = True
        elif low in scales:
            current = (current or 1.0) * float(words[low])
            if words[low] >= 1000:
                total += current
                current = 0.0
            seen = True
        elif low in words and low != "no":
            current += float(words[low])
            seen = True
        elif "-" in low and all(p in words for p in low.split("-") if p):
            current += sum(float(words[p]) for p in low.split("-") if p)
            seen = True
        elif low in ("a", "an") or (low == "and" and _within_number(tok)):
            continue  # "a thousand", "one hundred and forty-six"
        else:
            return None
    return total + current if seen else None


def _modifier(text: str) -> tuple[str | None, int]:
    """Which quantity modifier a text ends with (approximate, at_least, at_most)
    and how many words it has."""
    text = " " + re.sub(r"\s+", " ", text.casefold()).strip()
    best: tuple[int, str] | None = None
    for kind, phrases in lexicon()["quantity_modifiers"].items():
        for phrase in phrases:
            if text.endswith(" " + phrase) and (best is None or len(phrase) > best[0]):
                best = (len(phrase), kind)
    if best is None:
        return None, 0
    return best[1], len(next(p for p in _phrases(best[1]) if len(p) == best[0]).split())


def _phrases(kind: str) -> list[str]:
    return [str(p) for p in lexicon()["quantity_modifiers"][kind]]


_LIST_DASHES = frozenset({"–", "—", "-", ":"})
# How far back a losses list's opening words may stand from an item.
LIST_INTRO_TOKENS = 120


def _listed_count(tok: Token) -> list[Token]:
    """The count after a unit in a losses list, "tanks – 198", "personnel: about 5,710,":
    its number tokens, when the item ends there (a unit after the number counts itself)."""
    doc = tok.doc
    j = tok.i + 1
    if (
        j >= len(doc)
        or doc[j].text not in _LIST_DASHES
        or doc[j].whitespace_ == ""
        or (doc[j].text == "-" and tok.whitespace_ == "")
    ):
        return []
    k = j + 1
    while k < len(doc) and not is_number(doc[k]) and k - j <= 3 and doc[k].is_alpha:
        k += 1  # "about", "more than", "up to"
    run = []
    while k < len(doc) and is_number(doc[k]):
        run.append(doc[k])
        k += 1
    if not run or (k < len(doc) and not (doc[k].is_punct or doc[k].is_space)):
        return []
    if _modifier(doc[j + 1 : run[0].i].text)[1] != run[0].i - j - 1:
        return []  # words between that are no quantity modifier
    return run


def restated_unit(tok: Token) -> bool:
    """A unit noun after a list item's count that names again what the label counts:
    the "persons" of "personnel — about 1,180 (+310) persons"."""
    doc = tok.doc
    j = tok.i - 1
    while j > 0 and (
        is_number(doc[j])
        or doc[j].text in ("(", ")", "+")
        or doc[j].text.startswith("+")
        or (doc[j].is_alpha and doc[j].is_lower and doc[j].pos_ in ("ADV", "ADJ", "ADP"))
    ):
        j -= 1
    if j == tok.i - 1 or not any(is_number(t) for t in doc[j + 1 : tok.i]):
        return False
    return doc[j].text in _LIST_DASHES and j > 0 and list_item(doc[j - 1])


def _label_count(tok: Token) -> list[Token]:
    """The count of a list item whose label coordinates nouns, read for the first of
    them: "motor vehicles and fuel tankers — 96" counts vehicles and tankers as one."""
    for c in tok.children:
        if c.dep_ == "conj" and c.i > tok.i and (listed := _listed_count(c)):
            return listed
    return []


def _after_list_dash(num: Token) -> bool:
    """A number that follows a list item's label and dash: "tanks – 198", "personnel –
    about 5,710 people"."""
    doc = num.doc
    j = num.i - 1
    while j > 0 and doc[j].is_alpha and num.i - j <= 3:
        j -= 1  # "about", "more than"
    return (
        j > 0
        and doc[j].text in _LIST_DASHES
        and doc[j].whitespace_ != ""  # "Pont-Sondé" is a name, "toll:" no item's label
        and (doc[j].text != "-" or doc[j - 1].whitespace_ != "")
        and _modifier(doc[j + 1 : num.i].text)[1] == num.i - j - 1
        and unit_class(doc[j - 1]) not in (None, "events")  # "the toll: two officers"
    )


_FIGURE_DASHES = frozenset({"–", "—"})


def _figure_line_count(tok: Token) -> list[Token]:
    """The figure that opens a line before a dash and the noun it counts: a data desk's
    "612 — civilians killed since 16 November, according to ...", "More than 2,300 —
    Peruvian soldiers killed". Its number tokens, or none. Only describing words stand
    between the dash and the noun; a unit of the figure's own ("212 sq km —") is the
    counted thing itself."""
    doc = tok.doc
    j = tok.i - 1
    while j > 0 and tok.i - j <= 3 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") and doc[j].is_alpha:
        j -= 1  # "Chilean", "Peruvian military"
    return _figure_before_dash(doc, j)


def _opens_figure_line(num: Token) -> bool:
    """Is the number the figure of a line "431 — of them in Chile"?"""
    j = num.i + 1
    while j < len(num.doc) and is_number(num.doc[j]):
        j += 1
    return j < len(num.doc) and num in _figure_before_dash(num.doc, j)


def _figure_before_dash(doc: Doc, j: int) -> list[Token]:
    """The figure, with its modifier ("At least"), that opens a line and ends just
    before the dash at ``j``."""
    if j <= 0 or doc[j].text not in _FIGURE_DASHES or not doc[j - 1].whitespace_:
        return []
    k = j - 1
    run: list[Token] = []
    while k >= 0 and is_number(doc[k]):
        run.insert(0, doc[k])
        k -= 1
    if not run:
        return []
    start = k + 1
    while k >= 0 and doc[k].is_alpha and run[0].i - k <= 3:
        k -= 1  # "At least", "As many as"
    opening = k + 1
    if k >= 0 and "\n" not in doc[k].text + doc[k].whitespace_:
        return []  # the figure does not open its line
    if _modifier(doc[opening:start].text)[1] != start - opening:
        return []  # words before the figure that are no quantity modifier
    return list(doc[opening : run[-1].i + 1])


def list_item(tok: Token) -> bool:
    """Is the noun an item of a losses list, with its count after a dash?"""
    if _listed_count(tok):
        return True
    return any(
        c.dep_ == "nummod" and c.i + 1 == tok.i and _after_list_dash(c) for c in tok.children
    )


def _list_intro_kind(ctx: ArticleContext, unit: Token, cls: str) -> str | None:
    """The kind a losses list's introduction gives its items when the list is a
    paragraph of its own ("... the losses of the enemy were:" above "tanks – 198")."""
    k = ctx.paragraph_index(ctx.start(unit))
    if k == 0:
        return None
    lo, hi = ctx.paragraphs[k - 1]
    for t in reversed(ctx.tokens_in(lo, hi)):
        if (kind := _match_kind(cls, [t], unit, direct=False)) is not None:
            return kind
    return None


def _bracketed(tok: Token) -> bool:
    """A figure in brackets right after another: the "04" of "four (04)"."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text == "("
        and doc[tok.i + 1].text == ")"
        and tok.i >= 2
        and is_number(doc[tok.i - 2])
    )


def _item_number(tok: Token) -> bool:
    """The number of a numbered list's item ("11. motor vehicles and fuel tankers — 96"):
    it opens its line and a full stop or a bracket closes it."""
    doc = tok.doc
    opens = tok.i == 0 or "\n" in doc[tok.i - 1].text or doc[tok.i - 1].is_space
    return opens and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (".", ")")


def quantity(tok: Token) -> Quantity | None:
    """The number a unit noun carries, if any (see the module docstring)."""
    if (figure := _tally_figure(tok)) is not None:
        return _parse_number_phrase(_number_run(figure))
    if figure_line := _figure_line_count(tok):
        return _parse_number_phrase(figure_line)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        holder = tok.head.head
        one_of_them = (
            holder.lower_ == "one"
            and holder.dep_ == "attr"
            and any(c.dep_ == "nummod" for c in tok.children)
        )  # "She is one of more than 18,400 refugees": the whole is what is counted
        if (
            holder.i < tok.i
            and is_number(holder)
            and holder.ent_type_ not in NON_COUNT_ENTS
            and not one_of_them
        ):
            # "13 of their soldiers", "shot down 10 of 12 drones": the number heads the
            # phrase; the part is counted, not the whole.
            # Quote marks around the figure ('killed "more than 40" of its crew') are
            # no part of it.
            toks = [t for t in _past_point_number(holder) if t.i < tok.head.i and not t.is_quote]
            return _parse_number_phrase(toks)
    nums = [
        c
        for c in tok.children
        if c.i < tok.i
        and c.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and is_number(c)
        and c.ent_type_ not in NON_COUNT_ENTS
        and not _calibre(c)
        and not _item_number(c)
    ]
    if not nums:
        # "11 AK-47 rifles": the count modifies the model name the parser made the modifier.
        nums = [
            g
            for c in tok.children
            if c.i < tok.i and c.dep_ in ("compound", "nummod") and not is_number(c)
            for g in c.children
            if g.i < c.i
            and g.dep_ in ("nummod", "compound")
            and is_number(g)
            and g.ent_type_ not in NON_COUNT_ENTS
        ]
    if not nums and (quoted := _quoted_figure_before(tok)) is not None:
        nums = [quoted]
    if listed := _listed_count(tok):
        return _parse_number_phrase(listed)
    if not nums and (listed := _label_count(tok)):
        return _parse_number_phrase(listed)
    # The count of the item before in a list ("artillery systems – 77,\naircraft – 29")
    # is not this noun's.
    nums = [c for c in nums if c.i + 1 == tok.i or not _after_list_dash(c)]
    # "four (04) military vehicles": the figure repeated in brackets is no second count.
    nums = [c for c in nums if not _bracketed(c)] or nums
    if nums:
        num = max(nums, key=lambda t: t.i)
        toks = sorted(
            (t for t in num.subtree if t.i < tok.i and not _bracketed(t) and t.text not in "()"),
            key=lambda t: t.i,
        )
        # "three (3) BM-21 multiple rocket launchers": a model name the parser hung on the
        # count ends it.
        last = max((k for k, t in enumerate(toks) if is_number(t)), default=len(toks) - 1)
        return _parse_number_phrase(toks[: last + 1])
    # "..., five of them children", "four of the dead were civilians": the number is
    # the subject the unit describes.
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "attr" and lemma_of(tok.head) == "be":
        subjects += [c for c in tok.head.children if c.dep_ == "nsubj"]
    for c in subjects:
        if (
            is_number(c)
            and c.ent_type_ not in NON_COUNT_ENTS
            and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        ):
            return _parse_number_phrase(_number_run(c))
    vague = lexset("vague_quantities")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        holder = tok.head.head
        if holder.lower_ in vague:
            return Quantity(None, None, False, [holder], vague=True)
        if lemma_of(holder) in lexset("report_nouns") and any(
            c.dep_ == "det" and c.lower_ == "no" for c in holder.children
        ):
            return Quantity(0.0, 0.0, False, [holder])  # "no reports of injuries"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and unit_lemma(tok) not in lexset("kin_units"):
            # ("a mother of three" has three children: she is one person.)
            nums = [g for g in c.children if g.dep_ == "pobj" and is_number(g)]
            if nums and nums[0].ent_type_ not in NON_COUNT_ENTS:
                # "the entire population of 10,600"
                return _parse_number_phrase(_number_run(nums[0]))
    vague_mods = [c for c in tok.children if c.i < tok.i and c.lower_ in vague]
    if vague_mods:
        return Quantity(None, None, False, vague_mods, vague=True)  # "many victims"
    tally = tok
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and lemma_of(tok.head.head) in lexset("tally_nouns")
        and tok.head.head.dep_ in ("nsubj", "dobj")
    ):
        tally = tok.head.head  # "The number of displaced people has risen to 60,000"
    if (
        (unit_class(tok) == "events" or tally is not tok)
        and tally.dep_ == "dobj"
        and lemma_of(tally.head) in lexset("tally_raising_verbs")
    ):
        # "bringing the death toll from three days of fighting to 45": the first "to"
        # after the tally, wherever the parser hung it, gives the new figure.
        for t in tally.head.subtree:
            if t.i > tally.i and t.lower_ == "to" and t.dep_ == "prep":
                for n in t.children:
                    if (
                        n.dep_ == "pobj"
                        and is_number(n)
                        and (n.ent_type_ not in NON_COUNT_ENTS or _lone_day(n))
                    ):
                        return _parse_number_phrase(sorted(n.subtree, key=lambda t: t.i))
                break
    if (unit_class(tok) == "events" or tally is not tok) and tally.dep_ == "nsubj":
        # "The death toll rose to 45": the number sits on the predicate.
        verb = tally.head
        if lemma_of(verb) in lexset("tally_verbs"):
            for c in verb.children:
                nums = [c] if c.dep_ in ("dobj", "attr") else []
                if c.dep_ == "prep" and c.lower_ in ("to", "at"):
                    nums = [g for g in c.children if g.dep_ == "pobj"]
                for n in nums:
                    if is_number(n) and (n.ent_type_ not in NON_COUNT_ENTS or _lone_day(n)):
                        return _parse_number_phrase(sorted(n.subtree, key=lambda t: t.i))
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in ("a", "an", "another") and _counted_singular(tok):
            return Quantity(1.0, 1.0, False, [c], article=True)
        if (
            c.dep_ == "poss"
            and c.tag_ == "PRP$"
            and tok.tag_ == "NN"
            and tok.dep_ in ("dobj", "nsubjpass")
            and unit_class(tok) != "events"
        ):
            return Quantity(1.0, 1.0, False, [c], article=True)  # "lost its plane"
        if c.dep_ == "det" and c.lower_ == "no":
            return Quantity(0.0, 0.0, False, [c])
        if (
            c.dep_ == "det"
            and c.lower_ in ("the", "this", "that")
            and tok.tag_ == "NN"
            and unit_class(tok) in ("territory", "positions")
            and lemma_of(tok) not in lexset("expanse_units")
        ):
            # "took control of the ridge", "seized the checkpoint": one place, the one
            # the sentence names; an expanse ("the area") counts nothing.
            return Quantity(1.0, 1.0, False, [c], article=True)
        if (
            c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.i == tok.i - 1
            and tok.tag_ == "NN"
            and unit_class(tok) in ("territory", "positions")
            and lemma_of(tok) not in lexset("expanse_units")
        ):
            return Quantity(1.0, 1.0, False, [c], article=True)  # "retook Marte town"
    return None


_MONTH_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?!\w)", re.IGNORECASE
)


def _counted_singular(tok: Token) -> bool:
    """A noun in the singular, or a weapon's model the tagger reads as a figure ("shot
    down a Pakistani F-16": CD)."""
    return tok.tag_ in ("NN", "NNP") or (
        _MODEL_RE.fullmatch(tok.text) is not None and tok.text[-1].isalnum() and tok.text[-1] != "s"
    )


def _lone_day(tok: Token) -> bool:
    """A bare figure the model read as a day of the month with nothing of a date around
    it: "the death toll is 31"; "the toll since Tuesday to 31", where it ran a weekday
    and the figure into one date with no month."""
    if tok.ent_type_ != "DATE" or not tok.text.isdigit():
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    return len(ent) == 1 or (
        tok.i == ent.end - 1
        and tok.doc[tok.i - 1].lower_ == "to"
        and not _MONTH_RE.search(ent.text)
    )


def _quoted_figure_before(tok: Token) -> Token | None:
    """A figure in quote marks right before the noun's own modifiers ('says "more than
    200" Lao soldiers died'), which the parser hangs on the verb instead."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].head == tok and tok.doc[i].dep_ in ("compound", "amod"):
        i -= 1
    if i < 1 or not tok.doc[i].is_quote:
        return None
    num = tok.doc[i - 1]
    if is_number(num) and num.head != tok and num.ent_type_ not in NON_COUNT_ENTS:
        return num
    return None


def _quotes_count_of_noun(num: Token) -> bool:
    """ "killed 'up to 410' Kazakh servicemen": the quoted figure counts the noun after
    the quote mark (:func:`_quoted_figure_before`), not people of its own."""
    return any(
        t.pos_ in ("NOUN", "PROPN") and (q := _quoted_figure_before(t)) is not None and q.i == num.i
        for t in num.doc[num.i + 2 : num.i + 6]
    )


def _calibre(tok: Token) -> bool:
    """ "two 60mm mortars", "155-mm shells": a number that gives a bore in millimetres
    or a length is the weapon's kind, not how many."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == "-" and tok.i + 2 < len(tok.doc):
        nxt = tok.doc[tok.i + 2]
    return nxt is not None and nxt.lower_ in lexset("calibre_units")


def _number_run(tok: Token) -> list[Token]:
    """A bare number's own words: its subtree up to the first word after it that is
    no number ("30 wounded in the fighting" is 30, "4 to 5" stays a range)."""
    # "seven were wounded, two of them seriously": the part after the comma is a count
    # of its own, no more of this one.
    part = {t.i for c in tok.children if c.dep_ == "appos" for t in c.subtree}
    out = []
    for t in _past_point_number(tok):
        if t.i > tok.i and (t.i in part or not (is_number(t) or t.lower_ in SEPARATORS)):
            break
        out.append(t)
    while len(out) > 1 and out[-1].lower_ in SEPARATORS:
        out.pop()
    return out


def _past_point_number(tok: Token) -> list[Token]:
    """A number's subtree in text order, without the bracketed number of the point it
    opens ("(4) Eight of our soldiers ...": eight)."""
    words = sorted(tok.subtree, key=lambda t: t.i)
    bullet = next((t.i for t in reversed(words) if t.i < tok.i and t.text == ")"), -1)
    return [t for t in words if t.i > bullet]


def _compound_hyphen(tok: Token) -> bool:
    """A hyphen inside one number word ("forty-five"), not a range ("4-5")."""
    if tok.text != "-" or tok.whitespace_ or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    words = lexicon()["number_words"]
    left, right = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    tens, unit = words.get(left.lower_), words.get(right.lower_)
    return (
        not left.whitespace_
        and isinstance(tens, int)
        and isinstance(unit, int)
        and tens >= 20
        and tens % 10 == 0
        and 0 < unit < 10
    )


def _within_number(tok: Token) -> bool:
    """The 'and' inside one number written out ("one hundred and forty-six"), not
    between two ("4 and 5")."""
    if tok.lower_ != "and" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    words = lexicon()["number_words"]
    left, right = tok.doc[tok.i - 1].lower_, tok.doc[tok.i + 1].lower_
    unit = words.get(right)
    return left in ("hundred", "thousand") and isinstance(unit, int) and 0 < unit < 100


def _parse_number_phrase(toks: list[Token]) -> Quantity | None:
    first = next((i for i, t in enumerate(toks) if is_number(t)), None)
    if first is None:
        return None
    doc = toks[0].doc
    of = next((i for i, t in enumerate(toks) if i > first and t.lower_ == "of"), None)
    if of is not None:
        # "shot down 10 of 12 drones", "11 of them civilians": the part, not the whole.
        toks = toks[:of]
    number_start = toks[first].i
    if number_start and doc[number_start - 1].lower_ in ("a", "an"):
        number_start -= 1  # "at least a thousand", "more than a 100"
    lead_start = max(toks[first].sent.start, number_start - 3)
    modifier, width = _modifier(" ".join(t.text for t in doc[lead_start:number_start]))
    lead_start = number_start - width
    groups: list[list[Token]] = [[]]
    for t in toks[first:]:
        if t.lower_ in SEPARATORS and not _compound_hyphen(t) and not _within_number(t):
            groups.append([])
        else:
            groups[-1].append(t)
    values = [v for g in groups if g and (v := number_value(g)) is not None]
    if not values:
        return None
    if doc[toks[first].i - 1].lower_ == "between" and len(values) == 1:
        return None
    approx = modifier == "approximate"
    used = toks + list(doc[lead_start : toks[first].i]) if modifier else toks
    if len(values) >= 2:
        lo, hi = min(values[:2]), max(values[:2])
        return Quantity(lo, hi, approx, used)
    v = values[0]
    if modifier == "at_least":
        return Quantity(v, None, False, used)
    if modifier == "at_most":
        return Quantity(None, v, False, used)
    return Quantity(v, v, approx, used)


def _coordinated(tok: Token) -> list[Token]:
    """Nouns coordinated after a unit noun ("drones, tanks and vehicles")."""
    out = []
    stack = [c for c in tok.children if c.dep_ in ("conj", "appos")]
    while stack:
        t = stack.pop(0)
        if t.i > tok.i and not is_negated(t):
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    return out


def _negated(tok: Token) -> Token | None:
    """A unit contrasted away next to this one ("positions, not settlements").

    The parser hangs that "not" on either noun; a "not" between the two
    belongs to the second.
    """
    negs = [c.i for c in tok.children if c.dep_ == "neg" and c.i > tok.i]
    for c in tok.children:
        if c.dep_ not in ("appos", "conj"):
            continue
        if any(g.dep_ == "neg" for g in c.children) or any(tok.i < n < c.i for n in negs):
            return c
    return None


def is_negated(tok: Token) -> bool:
    """The noun itself is negated ("not settlements"), wherever the parser put "not"."""
    if any(c.dep_ == "neg" and c.i < tok.i for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("appos", "conj") and any(
        c.dep_ == "neg" and head.i < c.i < tok.i for c in head.children
    )


def _modifiers(tok: Token, ctx: ArticleContext) -> list[Token]:
    """The words before a unit that say what kind it is, compounds of compounds too
    ("air defence system"); none across a comma or the count ("after the
    counter-offensive, 12 tanks")."""
    stop = lexset("unit_stop_modifiers")
    out: list[Token] = []
    for c in tok.children:
        if (
            c.i < tok.i
            and c.dep_ in ("amod", "compound")
            and c.lower_ not in stop
            and c.lower_ not in lexset("calibre_units")
            and not is_number(c)
            and not c.is_punct  # "2. tanks — 17": the item number's stop
            and c.pos_ in ("ADJ", "NOUN", "VERB")
            and ctx.mention_at(c) is None
            and c.ent_type_ not in NON_COUNT_ENTS
            # "the rebel-held city": who holds it is no kind of city
            and not (c.tag_ == "VBN" and any(g.i < c.i for g in c.children))
            and not any(
                t.is_punct and t.text != "-" or is_number(t) for t in tok.doc[c.i + 1 : tok.i]
            )
            # a list's lines: "about 2,800 (+450) persons" over "tanks – 80 (+14)"
            and not any("\n" in t.text_with_ws for t in tok.doc[c.i : tok.i])
        ):
            out += [*_modifiers(c, ctx), c]
    return sorted(out, key=lambda t: t.i)


def _unit_text(tokens: list[Token], ctx: ArticleContext) -> str:
    parts = []
    for tok in tokens:
        mods = [c.lower_ for c in _modifiers(tok, ctx)]
        if unit_class(tok) == "events" or unit_lemma(tok) in lexicon()["counted_only_units"]:
            parts.append(lexicon()["event_unit"])  # "eleven deaths", "20 others": persons
            continue
        if _nationals(tok):
            parts.append(tok.text[:-1])  # "11 Serbs": "Serb"
            continue
        if _MODEL_RE.fullmatch(tok.text):
            parts.append(re.sub(r"(?:s|'s|’s)$", "", tok.text))  # "F-16s": "F-16"
            continue
        parts.append(" ".join([*mods, unit_lemma(tok)]))
    seen: list[str] = []
    for p in parts:
        if p not in seen:
            seen.append(p)
    return " and ".join(seen)


# --------------------------------------------------------------------- kinds


_ATTACK_NOUNS = {"strike", "airstrike", "hit"}


@cache
def _cue_regex(cue: str) -> re.Pattern[str]:
    # Up to five words between a cue's words: the object a phrasal verb takes in ("put
    # more than 2,000 Cambodian soldiers out of action").
    words = [re.escape(w) for w in cue.split()]
    return re.compile(r"\b" + r"\b(?: \S+){0,5} \b".join(words) + r"\b")


@cache
def _kind_cues(
    cls: str,
) -> tuple[list[tuple[int, str, re.Pattern[str], frozenset[str], bool]], Gate]:
    """(order of the kind, kind, regex, words, direct only) of every cue of a unit class,
    in lexicon order, and the gate that finds their words in a text."""
    direct_only = set(lexicon()["direct_cues"].get(cls, ()))
    cues = [
        (order, kind, _cue_regex(str(cue)), frozenset(str(cue).split()), cue in direct_only)
        for order, (kind, cues) in enumerate(lexicon()["kind_cues"].get(cls, {}).items())
        for cue in cues
    ]
    return cues, Gate(words for _, _, _, words, _ in cues)


def _match_kind(cls: str, tokens: list[Token], anchor: Token, *, direct: bool = True) -> str | None:
    """The claim kind whose cue stands nearest the unit among the tokens.

    Nearest, not first in lexicon order: in "up to eleven soldiers were killed
    and one million people had fled" the soldiers were killed, the people fled.
    """
    text, index = lemma_string(sorted(set(tokens), key=lambda t: t.i))
    best: tuple[int, int, str] | None = None
    cues, gate = _kind_cues(cls)
    present = gate.present(text)
    for order, kind, regex, words, direct_cue in cues:
        if not direct and direct_cue:
            continue
        if not words <= present:
            continue  # a cue matches only where each of its words stands
        for m in regex.finditer(text):
            # A word naming a thing's kind is no cue ("a burn hospital"); a
            # participle is ("20 burnt houses"), and so are people's states
            # ("the injured people").
            hit = [
                t
                for t in tokens_at(index, m.start(), m.end())
                if not (
                    cls != "people"
                    and t.dep_ in ("compound", "amod")
                    and t.head.i == anchor.i
                    and t.tag_ not in ("VBN", "VBD")
                )
                # An attack named as a noun says where it fell, not what it
                # destroyed: "killed in an air strike on a market".
                and not (cls != "people" and t.pos_ == "NOUN" and lemma_of(t) in _ATTACK_NOUNS)
                # Nor a word naming another thing's kind ("a doctor at a burn
                # hospital"); "the death toll" still tells its figure's kind, and so
                # do "losses" the parser hung on "amount" read as a noun.
                and not (
                    t.dep_ in ("compound", "amod")
                    and t.tag_ not in ("VBN", "VBD")
                    and t.head.i != anchor.i
                    and unit_class(t.head) != "events"
                    and lemma_of(t.head) not in lexset("tally_nouns") | lexset("tally_verbs")
                )
            ]
            if not hit:
                continue
            dist = min(abs(t.i - anchor.i) for t in hit)
            if best is None or (dist, order) < best[:2]:
                best = (dist, order, kind)
    return best[2] if best else None


def _clause(tok: Token) -> list[Token]:
    gov = ancestors_to_verb(tok)
    if gov is None:
        return list(tok.sent)
    while gov.dep_ == "conj" and not has_subject(gov) and gov.head.i != gov.i:
        gov = gov.head
    return list(gov.subtree)


def _up_to_bound(unit: Token, prep: Token) -> bool:
    """Is the preposition the "up to" of a bound the parser took for a phrase ("had
    advanced up to 25 km")?"""
    doc = unit.doc
    start = unit.left_edge.i
    if prep.lower_ == "to":
        return prep.i == start - 1 and start >= 2 and doc[start - 2].lower_ == "up"
    return prep.lower_ == "up" and prep.i == start - 2 and doc[start - 1].lower_ == "to"


def _direct(tok: Token, cls: str) -> list[Token] | None:
    """The path from a unit to its governing verb, plus the unit's own modifiers.

    None when territory or positions hang on the verb through a preposition
    other than "of" (a place where something happened, not what was taken).
    """
    first = _first_conjunct(tok)
    doer = first
    if doer.dep_ == "pobj" and doer.head.lower_ == "of" and doer.head.head.pos_ == "NOUN":
        doer = _first_conjunct(doer.head.head)  # "a joint team of police and soldiers"
    if (
        doer.dep_ == "nsubj"
        # An "object" with a subject of its own is a parse of "..., most of them women".
        and any(
            c.dep_ == "dobj"
            and not any(g.dep_ == "nsubj" for g in c.children)
            # "died a heroic death": the death is what the subject suffered
            and unit_class(c) != "events"
            for c in doer.head.children
        )
        and lemma_of(doer.head) not in lexset("undergoer_verbs")
    ):
        return None  # the doer of a transitive verb: "fighter aircraft shot down the missile"
    path = [tok]
    for anc in tok.ancestors:
        if (
            cls in ("territory", "positions")
            and anc.pos_ == "ADP"
            and anc.lower_ != "of"
            and not (_up_to_bound(tok, anc) or _advance_depth(tok))
        ):
            return None
        path.append(anc)
        if is_verb(anc):
            break
    if cls == "people" and (verb := _complement_verb(path[-1])) is not path[-1]:
        path.append(verb)  # "have had to leave their homes": the complement's cue
    doing = _doer_clauses(tok)
    # "the equipment seized: 32 assault rifles, ...": what the listed units are.
    listed_as = {first.head.i} if first.dep_ == "appos" else set()
    extra = [
        t
        for p in path
        for c in p.children
        if c.dep_ in ("amod", "acl", "relcl")
        and (p.i == tok.i or c.dep_ == "amod" or (p.i in listed_as and c.dep_ == "acl"))
        and not _next_clause(c)
        for t in c.subtree
        if t.i not in doing
    ]
    # The verb's particle belongs to the cue ("shot down"), and so does its preposition,
    # without its object ("crossed into Niger", "fell to the rebels").
    particles = [
        c
        for c in path[-1].children
        if c.dep_ in ("prt", "oprd", "prep")
        # The state counted people are in: "31 people are dead", "12 remain missing",
        # "94 servicemen became martyrs".
        or (c.dep_ in ("acomp", "attr") and cls == "people" and c.i > tok.i)
        # A particle the parser took for an adverb ("had shot down 9 drones").
        or (c.dep_ == "advmod" and c.lower_ in ("down", "out", "off", "up", "back"))
    ]
    if len(path) > 2 and path[-2].dep_ == "prep":
        # A light verb's object carries the cue when the unit hangs on its preposition:
        # "set fire to 37 houses", "laid siege to the town".
        particles += [c for c in path[-1].children if c.dep_ == "dobj"]
    if lemma_of(path[-1]) in lexset("undergoer_verbs"):
        # What the undergoer left or lost is part of the cue ("left their homes").
        particles += [c for c in path[-1].children if c.dep_ == "dobj"]
    if first.dep_ == "attr" and lemma_of(path[-1]) == "be":
        # "The captives were nine pupils": the subject says what the counted are.
        particles += [t for c in path[-1].children if c.dep_ == "nsubj" for t in c.subtree]
    tally_verbs = lexset("tally_verbs")
    # "The enemy's losses amount to 120 servicemen, 14 tanks": the tally the figures
    # come to says what each counts (the parser may read "losses amount" as one noun).
    particles += [
        c
        for p in path[1:]
        if lemma_of(p) in tally_verbs
        for c in p.children
        if (c.dep_ == "nsubj" or (c.dep_ == "compound" and p.pos_ == "NOUN"))
        and unit_class(c) == "events"
    ]
    return path + extra + particles


def _state_predicate_kind(unit: Token, cls: str) -> str | None:
    """The state its clause puts counted people in ("remain missing", "are now dead")
    says what they are, over what a participle after the unit tells of how they came
    there ("46 people detained by soldiers near Buruntuma remain missing"); so does
    the verb of a share counted out of a group ("Eleven of the wounded ... have died")."""
    first = _first_conjunct(unit)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.like_num:
        first = first.head.head  # "Eleven of the wounded": the share counted
    if cls != "people" or first.dep_ != "nsubj":
        return None
    states = [c for c in first.head.children if c.dep_ in ("acomp", "attr") and c.i > first.i]
    if states and any(c.dep_ == "acl" for c in first.children):
        return _match_kind(cls, states, unit)
    if first.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children):
        return _match_kind(cls, [first.head], unit)
    return None


def _held_on_noun(tok: Token) -> list[Token]:
    """Words on a territory noun that say who holds it: "the town under Tolvian
    occupation", "the rebel-held city"."""
    under = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "under" for t in c.subtree]
    return under + [c for c in tok.children if c.dep_ == "amod" and c.tag_ == "VBN"]


def _first_conjunct(tok: Token) -> Token:
    """Where a noun stands in its clause: "residents and insurgents" (the second noun
    stands where the first does), "one of the women" (the number heads the phrase)."""
    for _ in range(8):
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and is_number(tok.head.head):
            tok = tok.head.head
        else:
            break
    return tok


def _next_clause(c: Token) -> bool:
    """A verb after a comma with its own object, which the parser hung on the noun before
    ("had killed 41 soldiers, captured 17 and destroyed ..."): the next clause of a list
    of deeds, no participle saying what the counted are."""
    return set_off_verb(c) and any(k.dep_ == "dobj" for k in c.children)


def _complement_verb(verb: Token) -> Token:
    """The verb that says what befell a catenative verb's subject: "leave" of "residents
    have had to leave their homes"; the verb itself otherwise."""
    if lemma_of(verb) in lexset("catenative_verbs"):
        for c in verb.children:
            if c.dep_ == "xcomp" and is_verb(c):
                return c
    return verb


def _relocated(tok: Token) -> bool:
    """Civilians who moved somewhere, as the subject of the move: "1,200 villagers had
    moved to shelters", "2,500 residents were moved to Batken", "40 families had left
    Lipovo", "11,000 refugees reached Goré" (troops who move are not displaced); who
    were carried to a place ("had been taken by boat to Tawau", not "taken to
    hospital"); or who stay in a refuge ("were sleeping in the shelters")."""
    first = _first_conjunct(tok)
    verb = _complement_verb(first.head)
    if not (
        (unit_lemma(tok) in lexset("civilian_units") or _nationals(tok))
        and first.dep_ in ("nsubj", "nsubjpass")
        and is_verb(verb)
    ):
        return False
    lemma = lemma_of(verb)
    if lemma in lexset("relocation_verbs"):
        return True
    if first.dep_ == "nsubjpass" and lemma in lexset("carrying_verbs"):
        return _refuge(verb, ("to", "towards"))
    return lemma in lexset("sheltering_verbs") and _refuge(verb, ("in", "at"))


def _refuge(verb: Token, preps: tuple[str, ...]) -> bool:
    """Does the verb take its subject, by one of ``preps``, to a place or a shelter, and
    say nothing of captivity, wounds or death ("taken hostage to ...", "to hospital")?"""
    if any(unit_lemma(c) in lexset("no_refuge_nouns") for c in verb.children):
        return False
    found = False
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            words = {unit_lemma(t) for t in obj.subtree if t.is_alpha}
            if words & lexset("no_refuge_nouns"):
                return False
            if prep.lower_ not in preps:
                continue
            # Carried to a named place; staying in one is no refuge ("live in Narva").
            place = prep.lower_ in ("to", "towards") and (
                obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.pos_ == "PROPN"
            )
            found = found or place or unit_lemma(obj) in lexset("refuge_nouns")
    return found


def _fled_before(tok: Token) -> bool:
    """Counted civilians a relative clause says left their homes: "1,240 residents who
    had taken refuge in monasteries", "85 families who had left Tal al-Sumud". Only
    where their own clause says nothing else of them ("37 wounded people who crossed
    the bridge" are wounded)."""
    if unit_lemma(tok) not in lexset("civilian_units") or not any(
        c.dep_ == "nummod" and c.lower_ not in ("a", "an", "one") for c in tok.children
    ):
        return False
    for rel in tok.children:
        if rel.dep_ != "relcl" or not any(
            g.dep_ == "nsubj" and g.tag_ in ("WP", "WDT") for g in rel.children
        ):
            continue
        words = [rel, *(g for g in rel.children if g.dep_ in ("dobj", "prt"))]
        if lemma_of(rel) in lexset("relocation_verbs") or (
            _match_kind("people", words, tok) == "displaced"
        ):
            return True
    return False


def _doer_clauses(tok: Token) -> set[int]:
    """Tokens of clauses in which the noun acts rather than suffers: an active
    relative clause ("bombers who attacked ..., killing 32") or an -ing participle
    ("terrorists killing civilians"). Their cues say what the noun did."""
    out: set[int] = set()
    for c in tok.children:
        active_rel = c.dep_ == "relcl" and any(
            g.dep_ == "nsubj" and g.tag_ in ("WP", "WDT") for g in c.children
        )
        if active_rel or (c.dep_ == "acl" and c.tag_ == "VBG"):
            out.update(t.i for t in c.subtree)
    return out


def claim_kind(units: list[Token], cls: str) -> str | None:
    if cls == "events" and (kind := _state_predicate_kind(units[0], "people")) is not None:
        return kind  # "Eleven of the wounded ... have died": killed
    kind = _claim_kind(units, cls)
    if cls == "people" and kind in _FATES_BEFORE_DEATH and _put_to_death(units[0]):
        return "killed"  # "executed 64 captured members", "were taken away and executed"
    if cls == "people" and kind == "killed" and _killing_condemned(units[0]):
        return None  # "condemned the killing of two officers": a death told, not counted
    return kind


def _killing_condemned(unit: Token) -> bool:
    """Are the people counted in "the killing of" a stance's object ("the State Department
    condemned the killing of the two officers")? The stance refers to deaths the article
    tells as news of its own."""
    first = _first_conjunct(unit)
    noun = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    return (
        noun is not None
        and lemma_of(noun) == "killing"
        and noun.dep_ == "dobj"
        and lemma_of(noun.head) in lexset("stance_object_verbs")
    )


# What befalls people before a verb may tell they were killed: the killing is the count.
_FATES_BEFORE_DEATH = ("captured", "displaced", "missing")


def _put_to_death(unit: Token) -> bool:
    """Is the verb the counted people undergo, or one joined to it with no subject of its
    own, a killing ("executed 64 captured members", "46 men were taken from their homes
    and executed")?"""
    first = _first_conjunct(unit)
    verb = first.head
    if first.dep_ not in ("dobj", "nsubjpass") or not is_verb(verb):
        return False
    if lemma_of(verb) in lexset("killing_verbs"):
        return True  # "executed 64 captured members"
    # "46 men were taken from their homes and executed": the verb joined to the one they
    # undergo, with no subject or object of its own, befell them too.
    return first.dep_ == "nsubjpass" and any(
        c.dep_ == "conj"
        and is_verb(c)
        and lemma_of(c) in lexset("killing_verbs")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
        for c in verb.children
    )


def _claim_kind(units: list[Token], cls: str) -> str | None:
    lex = lexicon()
    clause = _clause(units[0])
    clause_text, _ = lemma_string(clause)
    if cls in ("people", "events") and re.search(lex["casualty_pair"], clause_text):
        return "casualties"
    first = _first_conjunct(units[0])
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ == "nsubj":
        first = first.head.head  # "eight of our soldiers fell as martyrs": the eight
    if cls == "people" and first.dep_ == "nsubj" and is_verb(first.head):
        # "four soldiers had fallen on the field of honour": an idiom of dying.
        idiom_text, _ = lemma_string(list(first.head.subtree))
        if re.search(lex["death_idioms"], idiom_text):
            return "killed"
    if cls == "events":
        kinds = {lex["event_nouns"].get(unit_lemma(u)) for u in units} - {None}
        return "casualties" if len(kinds) > 1 else (kinds.pop() if kinds else None)
    if cls == "territory":
        held = _match_kind(cls, _held_on_noun(units[0]), units[0])
        if held == "territory_held":
            return held
        if _advance_depth(units[0]):
            return "territory_taken"  # "pushed up to 40 kilometres into Chile"
    if (
        cls == "people"
        and not list_item(units[0])
        and (toll := _tally_object(units[0])) is not None
    ):
        # "put Ugandan losses at five soldiers": the people a side lost are its dead, as
        # "lost five soldiers" is; losses with no people counted stay casualties.
        if unit_lemma(toll) == "loss":
            return "killed"
        return lex["event_nouns"].get(unit_lemma(toll))
    part = _first_conjunct(units[0])  # "including six women and two children"
    if part.dep_ == "pobj" and part.head.lower_ in ("including", "among"):
        whole = part.head.head
        if unit_class(whole) == cls:
            return claim_kind([whole], cls)  # "killing 14, including five children"
        if (
            cls == "people"
            and is_verb(whole)
            and (kind := _match_kind(cls, [whole], part)) is not None
        ):
            return kind  # "31 people have been killed, including six women"
        if (
            cls == "people"
            and is_number(whole)
            and (kind := _match_kind(cls, bare_cues(whole), part)) is not None
        ):
            return kind  # "17 killed, including five children"
    if cls == "people" and _relocated(units[0]):
        return "displaced"
    if list_item(units[0]):
        doc = units[0].doc
        # "taken prisoner — 74": the item's own label says what it counts.
        start = units[0].i
        while start > units[0].sent.start and "\n" not in doc[start - 1].text_with_ws:
            start -= 1
        label = [t for t in doc[start : units[0].i + 1] if t.is_alpha]
        if label and (kind := _match_kind(cls, label, units[0])) is not None:
            return kind
        # "The losses of the enemy were: tanks – 198, aircraft – 29": the list's
        # opening words say what its items count. People a side "lost" may be dead or
        # wounded ("personnel — about 1,180" among "total combat losses"), unless the
        # same opening says killed ("killed personnel and destroyed equipment").
        losses: Span | None = None
        for t in reversed(doc[max(0, units[0].i - LIST_INTRO_TOKENS) : units[0].i]):
            if losses is not None and t.sent != losses:
                break
            if (kind := _match_kind(cls, [t], units[0], direct=False)) is None:
                continue
            if cls == "people" and lemma_of(t) == "loss" and t.pos_ == "NOUN":
                losses = t.sent
                continue
            return kind
        return "casualties" if losses is not None else None
    if (kind := _losses_colon_kind(units[0], cls)) is not None:
        return kind  # "the enemy suffered losses: 2 tanks, 1 UAV and 30 servicemen"
    if (kind := _state_predicate_kind(units[0], cls)) is not None:
        return kind  # "46 people detained by soldiers remain missing": missing
    direct = _direct(units[0], cls)
    kind = None if direct is None else _match_kind(cls, direct, units[0])
    if kind is None and cls == "people" and (among := _among_the_counted(units[0])):
        kind = _match_kind(cls, among, units[0], direct=False)  # "are among the dead"
    if kind is None and cls == "people" and _fled_before(units[0]):
        # "14 civilians killed ..., and as many as 30,000 people who have fled": their own
        # clause says what befell them, before the clause they are counted in.
        return "displaced"
    if (
        direct is not None
        and kind is None
        and cls == "people"
        and _first_conjunct(units[0]).dep_ != "nsubj"
    ):
        # The clause's doer is not its victim: "troops shelled Dorf, killing four soldiers".
        doing = _doer_clauses(units[0])
        kind = _match_kind(cls, [t for t in clause if t.i not in doing], units[0], direct=False)
    if kind is None and cls == "people" and _fled_before(units[0]):
        return "displaced"
    if kind is None:
        kind = _bullet_intro_kind(units[0], cls)  # "the following were destroyed:" / "- 4 tanks"
    if kind is None and (verb := _subjectless_root(units[0])) is not None:
        kind = _match_kind(cls, [verb], units[0], direct=False)
    if kind is None and (verb := _verb_over_clause_conjunct(units[0])) is not None:
        kind = _match_kind(cls, [verb], units[0], direct=False)
    return kind


def _among_the_counted(unit: Token) -> list[Token]:
    """ "38 soldiers are among the dead", "were among those killed": the words of the
    group the subject is counted in, which say what befell it."""
    first = _first_conjunct(unit)
    verb = first.head
    if first.dep_ != "nsubj" or lemma_of(verb) != "be":
        return []
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for t in c.subtree]


def _verb_over_clause_conjunct(unit: Token) -> Token | None:
    """ "have lost at least 140 soldiers killed and 23 armoured vehicles": the parser
    joined the vehicles to "killed", the clause "lost" governs; "lost" is theirs too."""
    head = unit.head
    if unit.dep_ != "conj" or not is_verb(head) or head.dep_ not in ("ccomp", "xcomp", "conj"):
        return None
    return head.head if is_verb(head.head) else None


def _subjectless_root(unit: Token) -> Token | None:
    """ "According to the health directorate of Alibori, 64 civilians, among them 19
    children, have been killed": the parser hung the count on the source's name; the
    sentence's verb after it, which has no subject, is the count's."""
    root = unit.sent.root
    if (
        unit.dep_ != "appos"
        or root.i <= unit.i
        or not is_verb(root)
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    ):
        return None
    return root


# --------------------------------------------------------------------- sources


def _reported_in_quote(ctx: ArticleContext, anchor: Token, q: dict) -> Ref | None:
    """A figure the speaker reports as someone else's: an interviewer's "The governor,
    Yevgeny Sablin, says Norwegian artillery killed 11 civilians", "They also say ...".
    The claim is theirs; what the speaker says of himself ("we say") stays his."""
    verbs = lexset("claim_verbs")
    below = anchor
    for tok in anchor.ancestors:
        if not ctx.in_quote(tok):
            return None
        clause, below = below, tok
        if not (is_verb(tok) and lemma_of(tok) in verbs and clause.dep_ == "ccomp"):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].pos_ == "PRON":
            return None  # "we say", and a "they" the quote leaves unresolved
        found = ctx.resolve_subject(tok)
        if found is None or found.entity_id == q.get("speaker_id"):
            return None
        return found
    return None


def _according_within(ctx: ArticleContext, anchor: Token, verb: Token) -> Ref | None:
    """The source an "according to" names in the clause between a counted word and the
    verb that reports it."""
    for t in [anchor, *anchor.ancestors]:
        if t.i == verb.i:
            break
        for c in t.children:
            if c.lower_ != "according":
                continue
            for to in c.children:
                for g in to.children:
                    if lemma_of(g) in lexset("data_nouns"):
                        continue  # "informed that, according to the data of X, ...": hers
                    if g.dep_ == "pobj" and (r := ctx.resolve_np(g)) is not None:
                        return r
    return None


def _parenthetical_report(verb: Token, conj: Token) -> bool:
    """Is the reporting verb set inside the statement it reports ("X, the ministry said,
    and Y"): its reported clause before it and its subject, the clause after joined by
    "and" with a subject of its own?"""
    return (
        any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.children if c.i < conj.i)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in conj.children)
    )


def _reported_before(ctx: ArticleContext, anchor: Token, q: dict) -> Ref | None:
    """The one the speaker reported in the sentence just before, inside the same quote
    ("The Ministry of Health reports that 27 civilians have been killed.")."""
    k = ctx.sentence_index(ctx.start(anchor))
    if k == 0:
        return None
    prev = ctx.sentences[k - 1]
    if ctx.quote_at(ctx.start(prev)) is not q:
        return None
    root = prev.root
    if lemma_of(root) not in lexset("claim_verbs") or not any(
        c.dep_ == "ccomp" for c in root.children
    ):
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    found = ctx.resolve_subject(root)
    return None if found is None or found.entity_id == q.get("speaker_id") else found


def _set_in_sentence(ctx: ArticleContext, anchor: Token, q: dict) -> bool:
    """Does a quote no one is found to speak stand inside the reporter's sentence, words
    of it before the marks and none of a sentence of its own ('It put Brazilian losses
    at "more than 70 soldiers"')?"""
    sent = anchor.sent
    opened = int(q["char_start"]) - ctx.start(sent[0])
    inside = [t for t in sent if q["char_start"] <= ctx.start(t) < q["char_end"]]
    return opened > 1 and not any(t.dep_ == "ROOT" for t in inside)


def claimant(ctx: ArticleContext, anchor: Token) -> tuple[Ref | None, bool]:
    """Who a claim is credited to, and whether the text credits a source at all (a
    named one, or a body it names only by country: "Russian security services claimed")."""
    q = ctx.quote_at(ctx.start(anchor))
    if (
        q is not None
        and not q.get("speaker_id")
        and (len(str(q["text"]).split()) <= 3 or _set_in_sentence(ctx, anchor, q))
    ):
        q = None  # 'a statement that its troops had "neutralized 318 assailants"': a
        # phrase in marks inside the reporter's sentence, whose syntax credits it
    if q is not None:
        if (inner := _reported_in_quote(ctx, anchor, q)) is not None:
            return inner, True
        if _elliptical_count(anchor) and (inner := _reported_before(ctx, anchor, q)) is not None:
            return inner, True  # "The ministry reports that 27 ... . Nine of the dead are ..."

        # A spokesman's "According to the National Emergency Management Agency, 146
        # civilians have been killed": the agency's figure.
        cited = ctx.source_of_sentence(anchor.sent)
        if cited is not None and cited.entity_id != q.get("speaker_id"):
            return cited, True
        if q.get("speaker_id"):
            return Ref(q["speaker_id"], q["speaker_surface"], q["char_start"], q["char_end"]), True
        return None, False
    verbs = lexset("claim_verbs")
    tok = anchor
    doc = anchor.doc
    for _ in range(40):
        head = tok.head
        if head.i == tok.i:
            break
        if (q := ctx.quote_at(ctx.start(head))) is not None and len(str(q["text"]).split()) > 3:
            # The words around a quote are not its speaker's claim; a word or two in
            # marks ('had "neutralised" 17 militants') are the reporter's sentence. Words
            # that go on with a quoted phrase inside reported speech ('it said the army
            # had "broken the offensive", killed 300 soldiers') are its speaker's.
            if q.get("speaker_id") and _reported_by(ctx, head, q["speaker_id"]):
                return Ref(
                    q["speaker_id"], q["speaker_surface"], q["char_start"], q["char_end"]
                ), True
            break
        if (
            tok.dep_ == "conj"
            and is_verb(tok)
            and lemma_of(head) in verbs
            and not any(
                c.dep_ in ("nsubj", "nsubjpass") and _listed_figure(c, tok) for c in tok.children
            )
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        ):
            if _parenthetical_report(head, tok):
                # "Three soldiers were killed, the ministry said, and a patrol boat was
                # destroyed": the report set inside its statement, which goes on after it.
                return _named_source(ctx, head)
            # Coordinated with the report, not part of it ("were reported, but X
            # evacuated"); "put the toll at seven dead and 11 wounded" is one report,
            # and so are "claims 900 soldiers killed, 35 tanks destroyed" and "said X,
            # but that Y" (a second clause the verb reports).
            break
        if head.i > tok.i and any(t.text == ";" for t in doc[tok.right_edge.i + 1 : head.i]):
            break  # "Reports ... have emerged; officials have denied the claims"
        if (
            tok.dep_ in ("acl", "ccomp")
            # "a statement by X that its troops had ...", read as a relative clause
            or (
                tok.dep_ == "relcl"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
            )
        ) and lemma_of(head) in lexset("claim_nouns"):
            # "the claims of the Guyana Defence Force that ...", "Tolvia's claim that ...".
            owners = [c for c in head.children if c.dep_ == "poss"] + [
                g
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for o in owners:
                r = ctx.resolve_np(o)
                if r is not None:
                    return r, True
        if is_verb(head) and lemma_of(head) in lexset("citing_verbs") and tok.dep_ != "advcl":
            # "reports quoting TNLA spokesman X, that 120 had been killed": the one quoted.
            cited = [c for c in head.children if c.dep_ == "dobj"]
            for c in cited:
                r = ctx.resolve_np(c)
                if r is not None:
                    return r, True
            if cited:
                return None, True  # "citing a military source"
        if is_verb(head) and (
            (lemma_of(head) in verbs and not _deed_put(head) and not _admits_patients(head))
            or _gives_tally(head)
            or _moves_tally(head)
        ):
            if (r := _agent_source(ctx, head)) is not None:
                return r, True  # "dead claimed by Peru's Joint Command" under a report
            if (r := _according_within(ctx, anchor, head)) is not None:
                # "X reports that 1,500 people have fled, according to the Red Cross":
                # the reported clause names its own source.
                return r, True
            if is_passive(head):
                if _expletive_report(head):
                    # "It was noted that 34 servicemen had been wounded": a point of the
                    # statement the sentence before reports, told without its subject.
                    return ctx.previous_source(anchor, ("PERSON", "ORG"), issuer=True), True
                heads, _ = ctx.subject_heads(head)
                for h in heads:
                    r = ctx.resolve_np(h)
                    if r is not None:
                        return r, True
                if not heads and _reported_further(head, verbs):
                    tok = head  # "says 31 people are confirmed dead": the sayer's claim
                    continue
                return None, False
            return _named_source(ctx, head)
        if is_verb(head) and (report := _inverted_report(ctx, head, anchor)) is not None:
            return _named_source(ctx, report)
        tok = head
    for tok in [anchor, *anchor.ancestors]:
        # "1,870 — Chilean military dead claimed by Peru's Joint Command": the report's
        # participle hangs on the counted noun.
        nouns = [tok, *(g for p in tok.children if p.lower_ == "of" for g in p.children)]
        for c in (c for n in nouns for c in n.children):  # "prisoners of war registered by"
            if c.dep_ == "acl" and lemma_of(c) in verbs and (r := _agent_source(ctx, c)):
                return r, True
        if is_verb(tok):
            break
    for tok in anchor.sent:
        # "Hoti gives the latest toll: two officers dead, one wounded."
        if tok.i >= anchor.i:
            break
        if is_verb(tok) and _gives_tally(tok) and any(t.text == ":" for t in doc[tok.i : anchor.i]):
            return _named_source(ctx, tok)
    tail = _reporting_tail(anchor, verbs)
    if tail is not None:
        return _named_source(ctx, tail)
    found = (
        ctx.source_of_sentence(anchor.sent)
        or _bracket_credit(ctx, anchor)  # the figure's own brackets before the line's
        or _dash_credit(ctx, anchor)
    )
    if found is None and ctx.credits_unnamed(anchor.sent):
        introduced = ctx.introduced_source(ctx.start(anchor))
        if introduced is not None and _credits_data_only(anchor.sent):
            # "According to preliminary data, ..." in a ministry's statement: its data.
            return introduced, True
        return None, True  # its own source, one the article does not name
    found = found or ctx.opening_source(anchor.sent)
    if found is None and (introduced := ctx.introduced_source(ctx.start(anchor))) is not None:
        return introduced, True  # a point of a statement set out after a colon
    release = ctx.release if found is None else None
    if release is not None and ctx.paragraphs[0][1] <= ctx.start(anchor) < release[1]:
        # The paragraphs that go on with a relayed release are its source's account.
        return release[0], True
    if (
        found is None
        and (issuer := ctx.press_release) is not None
        and ctx.start(anchor) < ctx.press_release_end
    ):
        return issuer, True  # the article is the body's own release
    if (
        found is None
        and (letter := ctx.signed_letter) is not None
        and ctx.start(anchor) < letter[1]
    ):
        return letter[0], True  # the article is a letter: its signatory's account
    if found is None and _told_in_our_words(ctx, anchor):
        # "Since Sunday, our teams have treated 347 wounded people" in a body's own blog:
        # the body its masthead names.
        return ctx.head_organization, True
    if (
        found is None
        and (writer := ctx.opinion_author) is not None
        and ctx.in_first_person(ctx.start(anchor))
    ):
        return writer, True  # an op-ed's figures, told in its writer's own voice
    if found is None and _backshifted(anchor):
        # "The IOM said 64,000 people had been displaced ... . Another 23,000 had fled
        # inland": a past perfect going on with the report just before it is its
        # source's, in its paragraph.
        prev = ctx.previous_source(anchor, SPEAKER_PREFERENCE)
        lo, _ = ctx.paragraphs[ctx.paragraph_index(ctx.start(anchor))]
        if prev is not None and prev.char_start >= lo:
            return prev, True
    if found is None and _elliptical_count(anchor):
        # "The SANDF says nine soldiers have been killed ... . Twenty-three are wounded.":
        # a bare figure whose noun the sentence before gave goes on with its report.
        prev = ctx.previous_source(anchor, SPEAKER_PREFERENCE)
        k = ctx.sentence_index(ctx.start(anchor))
        if (
            prev is not None
            and k > 0
            and ctx.sentence_index(prev.char_start) == k - 1
            and ctx.paragraph_index(prev.char_start) == ctx.paragraph_index(ctx.start(anchor))
        ):
            return prev, True
    if found is None and (carried := _carried_through(ctx, anchor)) is not None:
        return carried, True
    if found is None and (fronted := _fronted_source(ctx, anchor)) is not None:
        return fronted, True
    if found is None and (going_on := _report_goes_on(ctx, anchor)) is not None:
        return going_on, True
    if found is None and (counted := _credited_next(ctx, anchor)) is not None:
        return counted, True
    return found, found is not None


def _report_goes_on(ctx: ArticleContext, anchor: Token) -> Ref | None:
    """ "The Ministry of Defense said the army inflicted heavy losses on the enemy. As a
    result, 2 tanks ... were destroyed.": an unsourced sentence right after a report, in
    its paragraph, goes on with it."""
    k = ctx.sentence_index(ctx.start(anchor))
    if k == 0:
        return None
    prev = ctx.sentences[k - 1]
    if ctx.paragraph_index(ctx.start(prev)) != ctx.paragraph_index(ctx.start(anchor)):
        return None
    if ctx.quote_at(ctx.start(prev)) is not None or ctx.quote_at(ctx.start(anchor)) is not None:
        return None
    if any(
        t.dep_ == "nsubj"
        and lemma_of(t) in lexset("tally_nouns")
        and lemma_of(t.head) in lexset("tally_verbs")
        for t in anchor.sent
    ):
        return None  # "The death toll rose to 45 on Tuesday": the story's own running count
    if anchor.sent.root.tag_ in ("VBZ", "VBP") and unit_class(anchor) in ("territory", None):
        # "The government controls only a few city blocks": the reporter's own account of
        # who holds what (while "Three traders are still missing" goes on with the report)
        return None
    return ctx.sentence_source(prev, ctx.end(prev))


def _fronted_source(ctx: ArticleContext, anchor: Token) -> Ref | None:
    """ "That night, according to Sweden's armed forces, Russia launched 38 drones ... .
    Four Swedish soldiers and two civilians were killed": an "according to" set before the
    main verb of a paragraph's first sentence frames the account the paragraph goes on
    with, while no other source speaks in between."""
    k = ctx.paragraph_index(ctx.start(anchor))
    lo, hi = ctx.paragraphs[k]
    sents = ctx.sentences_between(lo, hi)
    if len(sents) < 2 or ctx.start(anchor) < ctx.end(sents[0]):
        return None
    first = sents[0]
    source = None
    for t in first:
        if t.lower_ == "according" and t.i < first.root.i:
            for to in t.children:
                for g in to.children:
                    if g.dep_ == "pobj" and lemma_of(g) not in lexset("data_nouns"):
                        source = ctx.resolve_np(g)
    if source is None:
        return None
    before = ctx.previous_source(anchor, SPEAKER_PREFERENCE)
    return source if before is None or before.entity_id == source.entity_id else None


def _credited_next(ctx: ArticleContext, anchor: Token) -> Ref | None:
    """A figure credited in the sentence after it: "318 civilians killed in Kazakhstan.
    That is the count of Kazakhstan's Ministry of Health, ...", "... neutralised 58
    terrorists ... . The figures were given by the spokesman ..."."""
    k = ctx.sentence_index(ctx.start(anchor))
    if k + 1 >= len(ctx.sentences):
        return None
    nxt = ctx.sentences[k + 1]
    if ctx.paragraph_index(ctx.start(nxt)) != ctx.paragraph_index(ctx.start(anchor)):
        return None
    if nxt[0].lower_ not in ("that", "this", "the", "these", "those"):
        return None
    if nxt.root.lemma_ != "be":
        return _figures_given_by(ctx, nxt.root)
    for tok in nxt.root.children:
        if tok.dep_ == "attr" and (owner := ctx.count_owner(tok, ())) is not None:
            return owner
    return None


def _figures_given_by(ctx: ArticleContext, verb: Token) -> Ref | None:
    """ "The figures were given by the spokesman of the General Staff, Commandant X": who
    the passive's agent names gave the figures just told (``data_nouns`` and
    ``figure_giving_verbs``)."""
    if lemma_of(verb) not in lexset("figure_giving_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or lemma_of(subject) not in lexset("data_nouns"):
        return None
    agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    return None if agent is None else ctx.resolve_np(agent)


def _carried_through(ctx: ArticleContext, anchor: Token) -> Ref | None:
    """The source of a report that runs on over paragraphs, for an unsourced sentence
    between its mentions: "..., he said." / "In total, the forces have destroyed 2
    aircraft, ... . Up to 640 have been eliminated, Djuric said." The source named in
    a later sentence of the paragraph is the one who spoke just before it."""
    k = ctx.paragraph_index(ctx.start(anchor))
    _, hi = ctx.paragraphs[k]
    later = None
    for sent in ctx.sentences_between(ctx.end(anchor.sent), hi):
        if ctx.quote_at(ctx.start(sent)) is None:
            later = ctx.sentence_source(sent, hi)
            if later is not None:
                break
    if later is None:
        return None
    before = ctx.previous_source(anchor, SPEAKER_PREFERENCE)
    return later if before is not None and before.entity_id == later.entity_id else None


def _expletive_report(verb: Token) -> bool:
    """ "It was noted that ...", "it was stressed that ...": a passive report whose
    subject is an empty "it" before its that-clause."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.children
    )


def _admits_patients(verb: Token) -> bool:
    """ "the hospital has admitted 327 wounded": a facility taking patients in, no
    admission of a claim."""
    return lemma_of(verb) == "admit" and any(
        c.dep_ == "nsubj" and lemma_of(c) in lexset("care_facilities") for c in verb.children
    )


def _deed_put(verb: Token) -> bool:
    """ "has put more than 2,000 soldiers out of action": a deed; "put the toll at 43"
    and "put the number of fighters killed at more than 30" report a figure, wherever
    the parser hung the "at"."""
    return (
        lemma_of(verb) == "put"
        and any(c.lower_ == "out" for c in verb.children)
        and not any(t.lower_ == "at" for t in verb.subtree)
    )


def _agent_source(ctx: ArticleContext, verb: Token) -> Ref | None:
    """Who the "by" of a report's participle set after what it counts names: "dead
    claimed by Peru's Joint Command", "prisoners registered by the Red Cross"."""
    if verb.tag_ != "VBN" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    return None if agent is None else ctx.resolve_np(agent)


def _backshifted(anchor: Token) -> bool:
    """Is the verb a counted noun hangs on in the past perfect ("had fled")?"""
    verb = next((t for t in [anchor, *anchor.ancestors] if is_verb(t)), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _elliptical_count(anchor: Token) -> bool:
    """Is the counted word a bare figure standing for its noun ("Eleven more were hurt",
    "Twenty-three are wounded"), the subject of its clause?"""
    if anchor.dep_ == "attr" and anchor.head.lemma_ == "be":
        # "Nine of the dead are children": the figure is the subject, the unit its class
        anchor = next((c for c in anchor.head.children if c.dep_ == "nsubj"), anchor)
    if not anchor.like_num or anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(t.like_num for t in anchor.doc[anchor.sent.start : anchor.i]):
        return False  # "212 soldiers killed and 540 wounded": the noun is this sentence's
    # "Nine of the dead": a part of those counted before
    return all(
        c.dep_ in ("advmod", "amod", "punct", "compound", "quantmod")
        or (c.dep_ == "prep" and c.lower_ == "of")
        for c in anchor.children
    )


def _reported_further(verb: Token, verbs: set[str]) -> bool:
    """A claim verb that is itself the complement of another: "Kebede says 31 people
    are confirmed dead", "officials said 12 were reported killed"."""
    return verb.dep_ in ("ccomp", "xcomp") and any(
        is_verb(a) and lemma_of(a) in verbs for a in verb.ancestors
    )


def _listed_figure(subj: Token, verb: Token) -> bool:
    """A figure as the subject of a verbless list item: "seven dead", "35 tanks destroyed"
    (no auxiliary: "and 20 civilians were evacuated" is a sentence of its own; no object:
    in "put out of action 1,240 troops, destroyed 47 tanks" the troops did not destroy)."""
    if is_number(subj):
        return True
    return any(g.dep_ == "nummod" for g in subj.children) and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children
    )


def _reported_by(ctx: ArticleContext, tok: Token, speaker: str) -> bool:
    """Is ``tok`` inside a clause reported by a claim verb whose subject is ``speaker``?"""
    verbs = lexset("claim_verbs")
    for up in tok.ancestors:
        if is_verb(up) and lemma_of(up) in verbs:
            r = ctx.resolve_subject(up)
            return r is not None and r.entity_id == speaker
    return False


def _inverted_report(ctx: ArticleContext, verb: Token, anchor: Token) -> Token | None:
    """ "The ministry claims 900 soldiers killed, 35 tanks destroyed and three helicopters
    shot down": a list the parser hung the report under (the claim verb a clausal
    complement of a later item's verb, before the anchor): that report covers it."""
    for c in verb.children:
        if (
            c.dep_ == "ccomp"
            and c.i < anchor.i
            and is_verb(c)
            and lemma_of(c) in lexset("claim_verbs")
            and not ctx.in_quote(c)
            and any(g.dep_ == "nsubj" for g in c.children)
            # "Morocco does not tell its own people the truth: it has lost ...": a report
            # denied is no source.
            and not any(g.dep_ == "neg" for g in c.children)
        ):
            return c
    return None


def _gives_tally(verb: Token) -> bool:
    """ "gave the latest toll: two officers dead": a verb that hands over a tally."""
    return lemma_of(verb) in lexset("tally_giving_verbs") and any(
        c.dep_ == "dobj" and lemma_of(c) in lexset("tally_nouns") for c in verb.children
    )


def _moves_tally(verb: Token) -> bool:
    """ "The Ministry of Health raised the toll to 61 dead and 240 injured": its subject
    reports the new figure."""
    return (
        lemma_of(verb) in lexset("tally_raising_verbs")
        and any(c.dep_ == "nsubj" for c in verb.children)  # not "..., bringing the toll to"
        and any(c.dep_ == "dobj" and lemma_of(c) in lexset("tally_nouns") for c in verb.children)
    )


def _named_source(ctx: ArticleContext, verb: Token) -> tuple[Ref | None, bool]:
    """The subject of a claim verb, unless a country only describes it: "Afghan police",
    "Iraqi officials", "the Russian security services" are an organization the article
    does not name or an unnamed source, not the country itself."""
    ref = ctx.resolve_subject(verb)
    heads, _ = ctx.subject_heads(verb)
    if ref is not None and (cited := _cited_source(ctx, heads, verb)) is not None:
        # "The Embassy of Colombia, citing the Ministry of National Defence, told us that
        # 71 ELN fighters ... had been killed": the figure is the ministry's.
        return cited, True
    if ref is None and any(
        h.lower_ in ("we", "i")
        or any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in h.children)
        for h in heads
    ):
        # "We have lost 26 marines" in an interview's answer: the one answering.
        spoken = ctx.introduced_source(ctx.start(verb))
        if spoken is not None:
            return spoken, True
        # "We documented six attacks that killed at least 52 civilians" in a body's own
        # dispatch: the body its masthead names.
        publisher = None if ctx.in_quote(verb) else ctx.head_organization
        if publisher is not None and any(_first_person_plural(h) for h in heads):
            return publisher, True
    if ref is None:
        for h in heads:
            org = _described_organization(ctx, h) or _cited_by_subject(ctx, h, verb)
            if org is not None:
                return org, True
        # "The army says it has 'neutralised' 58 terrorists ... . The figures were given
        # by the spokesman ...": the one the next sentence credits.
        if (counted := _credited_next(ctx, verb)) is not None:
            return counted, True
        # "Officials said", "news reports say": a source, though an unnamed one.
        return None, any(_unnamed_report(ctx, h) for h in heads)
    if ctx.etype(ref.entity_id) != "COUNTRY":
        return ref, True
    if not heads or any(ref.char_start <= ctx.start(h) < ref.char_end for h in heads):
        return ref, True  # the country itself speaks ("Ukraine said")
    if any(lemma_of(h) in lexset("state_nouns") for h in heads):
        return ref, True  # "the Somali government said": the state as such
    return None, True


def _cited_source(ctx: ArticleContext, heads: list[Token], verb: Token) -> Ref | None:
    """The source a subject's "citing ..." clause names, set off by commas."""
    citing = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    for head in heads:
        for c in [*head.children, *citing]:
            if c.dep_ in ("acl", "advcl") and lemma_of(c) in lexset("citing_verbs"):
                for obj in c.children:
                    if obj.dep_ == "dobj" and (r := ctx.resolve_np(obj)) is not None:
                        return r
    return None


def _cited_by_subject(ctx: ArticleContext, head: Token, verb: Token) -> Ref | None:
    """The source an unnamed subject cites or sits in: "Western media outlets, citing the
    Costa Rican Ministry of Public Security, claimed ...", "Our colleagues at OCHA tell us
    that ..."."""
    if ctx.mention_at(head) is not None:
        return None
    if (cited := _cited_source(ctx, [head], verb)) is not None:
        return cited
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "at" and ctx.is_unnamed_source(head):
            for obj in c.children:
                r = ctx.resolve_np(obj) if obj.dep_ == "pobj" else None
                if r is not None and ctx.etype(r.entity_id) == "ORG":
                    return r
    return None


def _unnamed_report(ctx: ArticleContext, head: Token) -> bool:
    lex = lexicon()
    words = set(lex["report_nouns"]) | set(lex["source_descriptions"])
    return ctx.is_unnamed_source(head) or lemma_of(head) in words


def _spelling(word: str) -> str:
    return word.casefold().replace("defence", "defense")


def _described_organization(ctx: ArticleContext, head: Token) -> Ref | None:
    """ "Defense officials reported ...": officials of the organization named just
    before (this paragraph or the one before) whose name holds the modifier word
    ("Russia's Defense Ministry said ... Defense officials reported")."""
    if not ctx.is_unnamed_source(head):
        return None
    words = {
        _spelling(c.text)
        for c in head.children
        if c.dep_ in ("compound", "amod") and c.i < head.i and ctx.mention_at(c) is None
    }
    if not words:
        return None
    lo = ctx.paragraphs[max(ctx.paragraph_index(ctx.start(head)) - 1, 0)][0]
    for m in reversed(ctx.mentions_in(lo, ctx.start(head))):
        surface = {_spelling(w) for w in str(m.get("surface") or "").split()}
        if ctx.etype(str(m["entity_id"])) == "ORG" and words & surface:
            s, e = ctx.start(head), ctx.end(head)
            return Ref(str(m["entity_id"]), ctx.text[s:e], s, e)
    return None


def _told_in_our_words(ctx: ArticleContext, anchor: Token) -> bool:
    """Is the claim's clause told in the first person plural, outside quotes, in an
    article whose head names a body ("our teams have treated 347 wounded")?"""
    if ctx.in_quote(anchor) or ctx.head_organization is None:
        return False
    for tok in [anchor, *anchor.ancestors]:
        if is_verb(tok):
            heads, _ = ctx.subject_heads(tok)
            if heads:
                return any(_first_person_plural(h) for h in heads)
    return False


def _first_person_plural(head: Token) -> bool:
    """ "we", "our teams", "Forty-one of our patients": a subject in the first person
    plural."""
    if head.lower_ == "we":
        return True
    nouns = [
        head,
        *(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children),
    ]
    return any(c.dep_ == "poss" and c.lower_ == "our" for n in nouns for c in n.children)


def _reporting_tail(anchor: Token, verbs: set[str]) -> Token | None:
    """A trailing ", the ministry confirmed" the parser did not make the root.

    A claim verb after a comma, later in the sentence than the claim, with a
    subject of its own and no content clause or object of its own: its content
    is the rest of the sentence. So is one set off by commas before the claim ("In
    the past 24 hours, he said, 186 soldiers had been put out of action").
    """
    doc = anchor.doc
    for tok in anchor.sent:
        if not is_verb(tok) or lemma_of(tok) not in verbs:
            continue
        kids = list(tok.children)
        if not any(c.dep_ == "nsubj" for c in kids):
            if tok.i > anchor.i and name_before_tail_verb(tok):
                return tok
            continue
        if any(c.dep_ in ("dobj", "xcomp", "attr") for c in kids):
            continue
        if any(c.dep_ == "ccomp" for c in kids):
            if _closes_sentence(tok, anchor):
                return tok
            continue
        # The commas that set the clause off, whether or not the parser gave it them.
        lo, hi = tok.left_edge.i, tok.right_edge.i
        lo += 1 if doc[lo].text == "," and lo < tok.i else 0
        hi -= 1 if doc[hi].text == "," and hi > tok.i else 0
        left = doc[lo - 1] if lo > tok.sent.start else None
        if left is None or left.text != ",":
            continue
        right = doc[hi + 1] if hi + 1 < tok.sent.end else None
        if tok.i > anchor.i or (
            tok.dep_ == "parataxis" and right is not None and right.text == ","
        ):
            return tok
    return None


def _closes_sentence(verb: Token, anchor: Token) -> bool:
    """ "The toll has risen to 31, and 127 people were wounded, the ministry says": a
    report that ends the sentence after the claim, its content all before it, reports
    the whole sentence, though the parser gave it only the last clause."""
    doc = verb.doc
    own = {t.i for t in verb.subtree}
    return (
        verb.i > anchor.i
        and all(t.is_punct or t.i in own for t in doc[verb.i + 1 : verb.sent.end])
        and all(c.i < verb.i for c in verb.children if c.dep_ == "ccomp")
        and any(
            c.dep_ == "nsubj" and c.i < verb.i and doc[c.left_edge.i - 1].text == ","
            for c in verb.children
        )
    )


def hypothetical(anchor: Token) -> bool:
    """The claim is only said to be possible, intended or not to happen: a verb between
    the unit and its report that is negated ("so as not to kill civilians"), carries
    a modal ("would lead to casualties", "will be annexed"), or is an infinitive of
    intent ("vowed to retake", "an offensive to regain control")."""
    lex = lexicon()
    modals, intents = set(lex["modal_verbs"]), set(lex["intent_words"])
    claim_verbs = set(lex["claim_verbs"])
    if any(c.dep_ == "acl" and c.tag_ == "VBN" for c in anchor.children):
        return False  # "vowed to take back two towns seized by rebels": the seizure happened
    tok = anchor
    for _ in range(40):
        head = tok.head
        if head.i == tok.i or (is_verb(head) and lemma_of(head) in claim_verbs):
            return False
        if is_verb(head):
            kids = list(head.children)
            if any(c.dep_ == "neg" for c in kids):
                return True
            # "as many as 12 soldiers may have died" estimates a past toll; "would have
            # killed" says it did not happen.
            estimate = any(c.lower_ in ("may", "might") for c in kids) and any(
                c.dep_ == "aux" and c.lower_ == "have" for c in kids
            )
            if not estimate and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in kids
            ):
                return True
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids)
            if infinitive and lemma_of(head.head) in intents:
                return True
            if has_subject(head):
                return False  # the clause that states the event: what governs it is no mood of it
        tok = head
    return False


def _contests(anchor: Token) -> bool:
    """The claim sits under a denial ("denied the report, saying that ...")."""
    verbs = lexset("dispute_verbs")
    tok = anchor
    for _ in range(40):
        if tok.dep_ == "conj" and is_verb(tok):
            return False  # "denied ... and announced the deaths": the deaths are not denied
        head = tok.head
        if head.i == tok.i:
            return False
        if is_verb(head) and lemma_of(head) in verbs:
            return True
        tok = head
    return False


# --------------------------------------------------------------------- sides


def _country(ctx: ArticleContext, mentions: list[dict]) -> str | None:
    lex = lexicon()
    for m in mentions:
        surface = ctx.text[int(m["char_start"]) - 4 : int(m["char_end"]) + 10].casefold()
        own = ctx.text[int(m["char_start"]) : int(m["char_end"])].casefold()
        before, after = surface.split(own, 1) if own in surface else ("", "")
        if any(before.endswith(p) for p in lex["backing_prefixes"]) or any(
            after.startswith(s) for s in lex["backing_suffixes"]
        ):
            continue  # "pro-Russia separatists" are not Russia
        c = ctx.country_of(str(m["entity_id"]))
        if c:
            return c
    return None


def opponent(ctx: ArticleContext, country: str | None) -> str | None:
    others = sorted(ctx.parties - {country}) if country else []
    return others[0] if len(others) == 1 else None


def owner(ctx: ArticleContext, units: list[Token], claimant_country: str | None) -> str | None:
    """Whose units these are: "Ukrainian saboteurs", "of Azerbaijan", "our", "the enemy's"."""
    related = list(units)
    for u in units:
        related += [t for t in _coordinated(u) if t not in related]
        if u.dep_ in ("conj", "appos") and u.head not in related:
            related.append(u.head)
    for u in related:
        own = ctx.mention_at(u)
        if own is not None and ctx.etype(str(own["entity_id"])) == "COUNTRY":
            return ctx.country_of(str(own["entity_id"]))
        for c in u.children:
            if c.i > u.i and c.dep_ != "prep":
                continue
            if c.lower_ == "enemy" or lemma_of(c) == "enemy":
                return opponent(ctx, claimant_country)
            if c.dep_ == "poss" and c.lower_ in ("our", "my"):
                return claimant_country
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                found = _country(ctx, ctx.mentions_of_tokens(c.subtree))
                if found:
                    return found
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                found = _country(ctx, ctx.mentions_of_tokens(c.subtree))
                if found:
                    return found
    return None


def _subject_country(ctx: ArticleContext, gov: Token | None, claimant_country: str | None):
    if gov is None:
        return None
    heads, passive = ctx.subject_heads(gov)
    for h in heads:
        if h.lower_ in ("we", "us") and not passive:
            return claimant_country
        found = _country(ctx, ctx.mentions_of_tokens(ctx.np_tokens(h)))
        if found:
            return found
    if passive and not heads:
        return claimant_country
    return None


def _places(ctx: ArticleContext, unit: Token) -> tuple[list[str], list[Token], bool]:
    """Places a territorial claim names: an "of" list, else those in its phrase."""

    def place_ids(tokens: list[Token]) -> list[str]:
        ids: list[str] = []
        for m in ctx.mentions_of_tokens(tokens):
            eid = str(m["entity_id"])
            if ctx.etype(eid) == "PLACE" and eid not in ids:
                ids.append(eid)
        return ids

    for c in unit.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                chain = [pobj[0]]
                stack = [pobj[0]]
                while stack:
                    t = stack.pop()
                    for g in t.children:
                        if g.dep_ in ("conj", "compound", "appos") and g not in chain:
                            chain.append(g)
                            stack.append(g)
                ids = place_ids(chain)
                if ids:
                    return ids, chain, True
    toks = ctx.np_tokens(unit)
    if unit.dep_ == "appos":
        toks.append(unit.head)  # "Gori, the strategic town": the town is Gori
    return place_ids(toks), [], False


# --------------------------------------------------------------------- anchors


def _nominal(tok: Token) -> bool:
    # The tagger sometimes calls a plural noun a verb ("saboteurs"/VBZ); its
    # dependency label still says noun.
    return tok.pos_ in ("NOUN", "PROPN") or (tok.dep_ in NOUN_DEPS and tok.dep_ != "conj")


def _counts_people(tok: Token) -> bool:
    return any(
        g.dep_ == "pobj" and unit_class(g) == "people"
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("of", "among")
        for g in c.children
    )


# A flash's source after a closing dash: "..., 9 civilians killed – Ministry of Health";
# a box line's in brackets closing it, no full stop after: "6 drones shot down over
# Batanes (Philippine Air Force)".
_DASH_CREDIT_RE = re.compile(
    r"(?:\s[–—-]\s+(?P<who>[A-Z][^.!?;:\n–—]{2,100})|\s\((?P<box>[A-Z][^()\n]{1,100})\))\s*$"
)
DASH_CREDIT_MAX_WORDS = 12


# A source in brackets right after a figure, as a factbox lists each side's: "killed: 48
# (Vietnam's defence ministry); "more than 300" (Cambodia's defence ministry)".
_BRACKET_CREDIT_RE = re.compile(r"[\"”’]?[ \t]*\((?P<who>[^()\n;]{2,80})\)")


def _bracket_credit(ctx: ArticleContext, anchor: Token) -> Ref | None:
    """The body, state or person named in brackets right after the figure."""
    m = _BRACKET_CREDIT_RE.match(ctx.text, ctx.end(anchor))
    if m is None:
        return None
    named = [
        x
        for x in ctx.mentions_in(m.start("who"), m.end("who"))
        if ctx.etype(str(x["entity_id"])) in ("ORG", "PERSON", "COUNTRY")
    ]
    if named:
        # "(Vietnam's defence ministry)": the body rather than the state that owns it
        return ctx.ref(max(named, key=lambda x: int(x["char_end"]) - int(x["char_start"])))
    toks = ctx.tokens_in(m.start("who"), m.end("who"))
    inside = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)
    return ctx.resolve_np(root) if root is not None and root.pos_ in ("NOUN", "PROPN") else None


def _dash_credit(ctx: ArticleContext, anchor: Token) -> Ref | None:
    """The body, state or person a line names after its closing dash as the source of
    what it says ("BREAKING: ..., 9 civilians killed – Ministry of Health"), or in the
    brackets that close it ("6 drones shot down over Batanes (Philippine Air Force)")."""
    lo, hi = ctx.paragraphs[ctx.paragraph_index(ctx.start(anchor))]
    line_end = ctx.text.find("\n", ctx.start(anchor), hi)
    line_end = hi if line_end < 0 else line_end
    m = _DASH_CREDIT_RE.search(ctx.text, ctx.start(anchor), line_end)
    group = "who" if m is not None and m["who"] else "box"
    if m is None or len(m[group].split()) > DASH_CREDIT_MAX_WORDS:
        return None
    if group == "box" and "\n" not in ctx.text[lo:hi].strip():
        return None  # a caption's photo credit: "..., where 12 people were killed (AFP)"

    named = [
        x
        for x in ctx.mentions_in(m.start(group), m.end(group))
        if ctx.etype(str(x["entity_id"])) in ("ORG", "PERSON", "COUNTRY")
        and int(x["char_start"]) == m.start(group)
        # the whole of the brackets: "(Armed Forces of the Philippines)", not "(AFP file)"
        and (group == "who" or int(x["char_end"]) >= m.end(group) - 1)
    ]
    return ctx.ref(named[0]) if named else None


def _credits_data_only(sent: Span) -> bool:
    """Does the sentence credit only data of no one's ("according to preliminary data")?"""
    objs = [o for group in credited_objects(sent) for o in group]
    return bool(objs) and all(
        lemma_of(o) in lexset("data_nouns")
        and not any(c.dep_ in ("poss", "prep") for c in o.children)
        for o in objs
    )


def _suffered_by_counted(tok: Token) -> bool:
    """An event noun a counted subject suffers, as its verb's object: "16 servicemen died
    a heroic death", "34 sustained injuries"."""
    return tok.dep_ == "dobj" and any(
        c.dep_ in ("nsubj", "nsubjpass") and (unit_class(c) == "people" or is_number(c))
        for c in tok.head.children
    )


def _counts_things(tok: Token) -> bool:
    """An event noun over a counted thing: "the loss of a plane" claims the plane."""
    return any(
        g.dep_ == "pobj" and unit_class(g) in ("equipment", "positions")
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def _tally_figure(tok: Token) -> Token | None:
    """ "put the number of fighters killed since Sunday at 63": the figure a count of
    the unit is put at, wherever the parser hung the "at"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    tally = tok.head.head
    if lemma_of(tally) not in lexset("tally_nouns") or not is_verb(tally.head):
        return None
    holders = [tally.head, tally, *(c for c in tok.children if c.dep_ == "acl")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "at":
                nums = [g for g in prep.children if g.dep_ == "pobj" and is_number(g)]
                if nums:
                    return nums[0]
    return None


def _bullet_intro_kind(unit: Token, cls: str) -> str | None:
    """The kind the line that introduces a bulleted list gives a counted item of it
    ("As a result, the following were destroyed:" above "- 4 tanks;")."""
    doc, text = unit.doc, doc_text(unit.doc)
    line_start = text.rfind("\n", 0, unit.idx) + 1
    if not BULLET_RE.match(text[line_start : unit.idx + len(unit)]) or line_start == 0:
        return None
    line_end = text.find("\n", unit.idx)
    item = doc.char_span(line_start, len(text) if line_end < 0 else line_end, "expand")
    nouns = [t for t in item or [] if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or unit not in (nouns[0], nouns[0].head):
        return None  # the item's first count only: not "... among them two emirs"
    k = line_start - 1  # back over the list's other items to the line that opens it
    while k > 0:
        start = text.rfind("\n", 0, k) + 1
        line = text[start:k]
        if not BULLET_RE.match(line):
            if not line.rstrip().endswith(":"):
                return None
            intro = doc.char_span(start, k, alignment_mode="contract")
            for t in reversed(intro or []):
                if (kind := _match_kind(cls, [t], unit, direct=False)) is not None:
                    return kind
            return None
        k = start - 1
    return None


def _introduces_list(ctx: ArticleContext, tok: Token) -> bool:
    """Does the word's sentence end on a colon with a list's items on the lines below?"""
    words = [t for t in tok.sent if not t.is_space]
    if not words or not words[-1].text.endswith(":"):
        return False  # the parser may keep a bracket with it: "...day):"
    end = ctx.end(words[-1])
    rest = ctx.text[end : ctx.text.find("\n", ctx.text.find("\n", end) + 1)]
    return bool(BULLET_RE.match(rest.strip("\n")) or re.match(r"\s*\d+[.)]\s", rest))


def _losses_colon_kind(unit: Token, cls: str) -> str | None:
    """The kind a losses noun before a colon gives the counted units listed after it
    ("the enemy suffered losses: 2 tanks, 1 UAV"), whatever the parser hung them on."""
    doc = unit.doc
    sent = unit.sent
    colon = next((t for t in reversed(doc[sent.start : unit.i]) if t.text == ":"), None)
    if colon is None or colon.i == sent.start or unit_class(doc[colon.i - 1]) != "events":
        return None
    return _match_kind(cls, [doc[colon.i - 1]], unit, direct=False)


def _elided_equipment(tok: Token) -> Token | None:
    """The equipment a bare number counts when its sentence counted only that before it
    and the number's verb is one of losing or destroying equipment ("shot down three
    aircraft; Malaysia acknowledges losing one")."""
    before = _counted_before(tok)
    if not before or unit_class(before[-1]) != "equipment" or tok.dep_ != "dobj":
        return None
    if _match_kind("equipment", bare_cues(tok), tok) is None:
        return None
    return before[-1]


ELIDED_REACH = 12  # tokens between a counted noun and a bare number counting it too


def _counted_before(tok: Token) -> list[Token]:
    """The nouns counted in the sentence before a bare number, less those a part names
    ("64 civilians, among them 19 children, have been killed and 287 wounded": the 287
    are civilians)."""
    return [
        t
        for t in tok.sent
        if t.i < tok.i
        and t.pos_ == "NOUN"
        and any(c.dep_ == "nummod" for c in t.children)
        and not _named_part_of(t)
    ]


def _named_part_of(noun: Token) -> bool:
    """Does a counted noun stand in an inset naming part of a count ("among them 19
    children", "including 19 children", "19 of them children")?"""
    for t in reversed(noun.doc[max(noun.sent.start, noun.i - 5) : noun.i]):
        if t.text in (",", "(", "–", "—"):
            return False
        if t.lower_ in ("among", "including", "them"):
            return True
    return False


def _elided_people(tok: Token) -> Token | None:
    """The people a bare number counts when the same sentence counted them just before,
    joined to it ("37 Peruvian soldiers had been killed and 112 wounded")."""
    before = _counted_before(tok)
    if not before or unit_class(before[-1]) != "people" or tok.i - before[-1].i > ELIDED_REACH:
        return None
    between = tok.doc[before[-1].i + 1 : tok.i]
    return before[-1] if any(t.lower_ in ("and", ",", "while") for t in between) else None


def _tally_object(tok: Token) -> Token | None:
    """The event noun a verb's "at" phrase gives the figure of: in "put the toll at
    40 soldiers" the soldiers are the toll."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "at" or not is_verb(tok.head.head):
        return None
    verb = tok.head.head
    # "put the toll at 40", "puts its own dead at 241": an event noun, or the state the
    # counted people are in standing as a noun.
    return next(
        (
            c
            for c in verb.children
            if (
                c.dep_ == "dobj"
                and (unit_class(c) == "events" or (c.lower_ in _STATE_WORDS and c.tag_ == "NN"))
            )
            # "putting Thai dead at 90": the parser may take the demonym for the object
            # and hang the state word beside it.
            or (c.dep_ == "oprd" and c.lower_ in _STATE_WORDS)
        ),
        None,
    )


def _tallied(tok: Token) -> bool:
    """An event noun whose figure is a counted unit in the verb's "at" phrase."""
    if tok.dep_ != "dobj" or unit_class(tok) != "events":
        return False
    return any(
        g.dep_ == "pobj"
        and ((unit_class(g) == "people" and quantity(g) is not None) or is_number(g))
        for c in tok.head.children
        if c.dep_ == "prep" and c.lower_ == "at"
        for g in c.children
    )


def _advance_depth(tok: Token) -> bool:
    """A length unit that says how deep a side went: "advanced 15 km into", "pushed up
    to 40 kilometres into", "advanced about 30 kilometres from the crossing"."""
    if unit_lemma(tok) not in set(lexicon()["length_units"]):
        return False
    gov = tok
    # "advanced up to 25 km": the parser hangs the length on "to" under "up".
    while gov.dep_ in ("pobj", "prep") and gov.head.i != gov.i and gov.head.lower_ in ("up", "to"):
        gov = gov.head
    if gov.dep_ == "npadvmod" and gov.head.pos_ == "ADP" and gov.head.dep_ == "prep":
        gov = gov.head  # "advanced about 30 kilometres from the crossing"
    return gov.dep_ in ("dobj", "npadvmod", "prep") and lemma_of(gov.head) in set(
        lexicon()["advance_verbs"]
    )


def _distance(tok: Token) -> bool:
    """A length unit that locates: "40 km north of", "10 miles from", "5 km away"."""
    lex = lexicon()
    if unit_lemma(tok) not in set(lex["length_units"]):
        return False
    if _advance_depth(tok):
        return False  # "advanced 15 km into ...": the depth of an advance
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 4]]
    if after[:2] == ["to", "the"]:
        after = after[2:]  # "10 km to the east"
    return bool(after) and after[0] in set(lex["distance_words"])


def _anchors(ctx: ArticleContext, sent) -> list[tuple[Token, str]]:
    lex = lexicon()
    counted_only = set(lex["counted_only_units"])
    numbered = set(lex["numbered_units"])
    own_number = set(lex["own_number_units"])
    vague = set(lex["vague_quantities"])
    out: list[tuple[Token, str]] = []
    # The tests below ask a noun's quantity up to six times: parsed once per token.
    quantities: dict[int, Quantity | None] = {}

    def qty_of(tok: Token) -> Quantity | None:
        if tok.i not in quantities:
            quantities[tok.i] = quantity(tok)
        return quantities[tok.i]

    for tok in sent:
        num = is_number(tok)
        if tok.lower_ in lex["reflexive_pronouns"] and _reflexive_verb(tok) is not None:
            out.append((tok, "self"))  # "killing six worshippers and himself"
            continue
        m = ctx.mention_at(tok)
        mtype = ctx.etype(str(m["entity_id"])) if m else None
        if mtype == "PLACE" and (cues := _place_cues(tok)) and _match_kind("territory", cues, tok):
            out.append((tok, "place"))  # "control Bor and Bentiu", "in control of Oskel"
            continue
        cls = unit_class(tok)
        if mtype in ("PERSON", "PLACE") or (mtype == "ORG" and not (cls and qty_of(tok))):
            continue  # a named body, unless counted ("seven American troops")
        if cls == "territory" and _names_place(ctx, tok):
            continue  # "retook the town of Mizda": the place anchors the claim
        if cls and _nominal(tok) and not num:
            if tok.dep_ == "compound" and qty_of(tok) is None and unit_class(tok.head) != "events":
                # A modifier of a noun no claim counts ("a volunteer ambulance service"), or
                # of the unit that is counted ("2 mortar crews"); "civilian deaths" stay.
                continue
            if _held_by_unit(tok, cls):
                continue  # "a cache of weapons", "the capital of the region": one thing
            if cls == "events" and tok.dep_ == "dobj" and _gives_tally(tok.head):
                continue  # "gave the latest toll: two dead": the numbers are the claims
            if cls == "events" and (_counts_people(tok) or _counts_things(tok) or _tallied(tok)):
                continue  # "the deaths of 10 servicemen": the servicemen are the claim
            if cls == "events" and _suffered_by_counted(tok):
                continue  # "16 servicemen died a heroic death": the servicemen are the claim
            if unit_lemma(tok) in counted_only | numbered and qty_of(tok) is None:
                continue  # "others", "their houses" count only with a number
            if unit_lemma(tok) in own_number and not any(c.dep_ == "nummod" for c in tok.children):
                continue  # "the 15-member body" counts no dead
            if (
                tok.dep_ in ("compound", "amod")
                and tok.i >= 2
                and tok.doc[tok.i - 1].text == "-"
                and not tok.doc[tok.i - 2].whitespace_
                and is_number(tok.doc[tok.i - 2])
            ):
                continue  # "the 15-member body": a size, of no one killed
            head_noun = tok
            while head_noun.dep_ == "conj" and head_noun.head.pos_ in ("NOUN", "PROPN"):
                head_noun = head_noun.head
            if qty_of(tok) is None and any(
                c.dep_ == "nsubj" and c.lower_ in _QUANTIFIERS for c in head_noun.children
            ):
                continue  # "..., all of them residents": who those counted were
            if _distance(tok):
                continue  # "40 km north of Oskel" places a thing, it claims no ground
            own = qty_of(tok)
            if (
                tok.dep_ == "pobj"
                and tok.head.lower_ in ("among", "including")
                and (own is None or (own.article and key(unit_lemma(tok)) in rank_words()))
                and any(qty_of(u) is not None for u in sent if unit_class(u) == cls and u.i < tok.i)
            ):
                # "four soldiers, including a naik": one of those counted, named by rank;
                # one of a kind ("including a child") or a figure of its own ("including
                # five children") is a claim of its own, a part of the count.
                continue
            out.append((tok, cls))
        elif mtype == "COUNTRY" and tok.tag_ in ("NNS", "NNPS"):
            if qty_of(tok) is not None:
                out.append((tok, "people"))  # "one million Azerbaijanis", not "fellow Iraqis"
        elif (
            (num or tok.lower_ in vague)
            # "wounding at least 15": the parser may hang the object as an adverb.
            and (
                tok.dep_ in ("dobj", "nsubj", "nsubjpass")
                or (
                    tok.dep_ == "npadvmod"
                    and tok.head.tag_ == "VBG"
                    and all(c.dep_ == "advmod" for c in tok.children)
                )
            )
            and is_verb(tok.head)
            and (tok.ent_type_ not in NON_COUNT_ENTS or tok.lower_ in vague or _lone_day(tok))
            and not _counts_people(tok)
            and not _partitive_unit(tok)
            and not _quotes_count_of_noun(tok)
            and _match_kind("people", bare_cues(tok), tok) is not None
        ):
            out.append((tok, "bare"))  # "killing five", "killed hundreds", "1.5 million fled"
        elif num and _tally_object(tok) is not None:
            out.append((tok, "bare"))  # "put the death toll at 43"
        elif num and (_part_by_place(tok) or _bare_part_of_them(tok)):
            out.append((tok, "part"))  # "68 killed, 41 in Morocco", "41 ..., 29 of them"
        elif num and _part_of_total(tok):
            out.append((tok, "part"))  # "the deaths of seven troops, including four in ..."
        elif (
            num
            and tok.dep_ == "nummod"
            and tok.head.lower_ in _STATE_WORDS
            and tok.head.dep_ in ("pobj", "dobj", "conj", "appos", "ROOT", "attr", "npadvmod")
        ):
            # "put the toll at three dead and two wounded"; a tally after a colon ("the
            # latest toll: 40 dead, 12 wounded") or standing alone ("Casualties: 3 killed").
            out.append((tok, "bare"))
        elif (
            num
            and tok.dep_ in ("conj", "appos")
            and (is_verb(tok.head) or tok.dep_ == "appos")
            and any(c.dep_ in ("acl", "amod") and c.lower_ in _STATE_WORDS for c in tok.children)
        ):
            # "put the toll at 14 dead and 57 wounded": the parser hung the second
            # figure on the verb, its state word under it; "- Maglaj: 6 killed and 19
            # wounded": a list item's figure set beside its label.
            out.append((tok, "bare"))
        elif num and _figure_line_state(tok) is not None:
            out.append((tok, "bare"))  # "419 — Kenyan military dead acknowledged by ..."
        elif num and _stated_after(tok) and tok.ent_type_ not in NON_COUNT_ENTS:
            # "- Gradačac: 17 killed, including five children, and 46 wounded": the
            # participle right after a figure says what it counts, however it was parsed.
            out.append((tok, "bare"))
        elif (
            num
            and tok.dep_ == "conj"
            and (unit_class(tok.head) == "people" or tok.head.dep_ == "oprd")
            and tok.ent_type_ not in NON_COUNT_ENTS
            and _match_kind("people", bare_cues(tok), tok) is not None
        ):
            # "10 soldiers killed and 30 wounded", "left 115 people dead and 30,000
            # displaced": persons too
            out.append((tok, "bare"))
    return out


_QUANTIFIERS = {"all", "most", "many", "some", "both", "none", "several", "half"}


def _partitive_unit(tok: Token) -> bool:
    """ "nine of their vehicles were destroyed": the noun after "of" is what the
    number counts, no person ("five of them" still counts people)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and unit_class(g) is not None for g in c.children)
        for c in tok.children
    )


def _among_them(noun: Token) -> bool:
    """ "among them 12 civilians and seven officers", "among whom two children": a part
    of those just counted."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("among", "including")
        and any(o.lower_ in ("them", "whom", "those") for o in c.children)
        for c in noun.children
    )


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _part_by_place(tok: Token) -> bool:
    """A bare number set beside a count with a place of its own: "68 civilians had been
    killed, 41 in Morocco and 27 in Algeria"."""
    return (
        tok.dep_ in ("appos", "conj", "ccomp", "npadvmod", "dep")
        and tok.ent_type_ not in NON_COUNT_ENTS
        and not any(c.dep_ == "nummod" or unit_class(c) is not None for c in tok.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "at", "near", "around")
            and any(g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTS for g in c.children)
            for c in tok.children
        )
    )


def _bare_part_of_them(tok: Token) -> bool:
    """ "41 terrorists, 29 of them in northern Syria": "of them" and a place after a bare
    number set beside the count it is part of ("two of them critically" says how badly,
    "one of them a child" who)."""
    them = next(
        (
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.lower_ in ("them", "whom", "those")
        ),
        None,
    )
    if them is None or them.i + 1 >= len(tok.doc):
        return False
    if tok.dep_ not in ("appos", "conj") and not _opens_figure_line(tok):
        return False  # "431 — of them in Chile" under the line of the whole
    prep = tok.doc[them.i + 1]
    return prep.lower_ in ("in", "at", "near", "around") and any(
        g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTS for g in prep.children
    )


def _part_of_total(tok: Token) -> bool:
    """A bare number after "including": a part of the total counted before it."""
    return (
        tok.dep_ == "pobj"
        and lemma_of(tok.head) == "include"
        and tok.ent_type_ not in NON_COUNT_ENTS
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


def _part_of_them(tok: Token) -> bool:
    """ "five of them civilians": a unit counted as part of those just counted."""
    return any(
        c.dep_ == "nummod"
        and any(
            g.dep_ == "prep"
            and g.lower_ == "of"
            and any(o.lower_ in ("them", "whom", "those") for o in g.children)
            for g in c.children
        )
        for c in tok.children
    )


def _names_place(ctx: ArticleContext, tok: Token) -> bool:
    """The territory noun is followed by 'of' and a place's name that makes the claim
    itself ('retook the town of Mizda')."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj"
            and (m := ctx.mention_at(g)) is not None
            and ctx.etype(str(m["entity_id"])) == "PLACE"
            and _match_kind("territory", _place_cues(g), g) is not None
            for g in c.children
        )
        for c in tok.children
    )


def _held_by_unit(tok: Token, cls: str) -> bool:
    """A unit noun without a number that fills the "of" of a unit of its class names
    what that unit is made of or lies in, not a second claim."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and unit_class(prep.head) == cls
        and quantity(tok) is None
        and (cls != "people" or quantity(prep.head) is not None)  # "22 members of her family"
    )


def _place_cues(tok: Token) -> list[Token]:
    """Where a place named as what was taken or held gets its kind: the verb it is
    the object of ("seized Bor", "Bor was captured") with its particle, or the noun
    it hangs on by "of" ("in control of Oskel", "the capture of Bor")."""
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and is_verb(head):
        return [head, *(c for c in head.children if c.dep_ == "prt")]
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head
        # 'the rebel-held city of Misrata': the participle on the place noun holds it.
        held = [c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN"]
        # 'retook the town of Mizda', 'took control of the village of X': the verb the
        # place noun, or the noun it hangs on, is the object of.
        named = (
            _place_cues(noun)
            if unit_class(noun) == "territory" or noun.dep_ in ("dobj", "nsubjpass")
            else []
        )
        return [noun, *held, *named]
    if tok.dep_ == "nsubj":
        # 'Gharyan is fully under the control of the army', 'Mataje remains in
        # Ecuadorian hands'
        return holding_words(head)
    return []


def _place_claim(ctx: ArticleContext, tok: Token) -> tuple[list[Token], list[str], str]:
    """The places of a claim anchored on a place name (it and the places coordinated
    with it), their entity IDs in text order, and the unit: their kind of place."""
    places = [tok] + [
        o
        for o in _coordinated(tok)
        if (m := ctx.mention_at(o)) is not None and ctx.etype(str(m["entity_id"])) == "PLACE"
    ]
    ids: list[str] = []
    for p in places:
        eid = str(ctx.mention_at(p)["entity_id"])  # type: ignore[index]
        if eid not in ids:
            ids.append(eid)
    kind = (ctx.entities.get(ids[0]) or {}).get("place_kind")
    return places, ids, str(kind) if kind else "place"


def _reflexive_verb(tok: Token) -> Token | None:
    """The verb a reflexive pronoun is the object of, also through a coordinated
    object ("killed only himself", "killing six worshippers and himself")."""
    obj = first_conjunct(tok)
    return obj.head if obj.dep_ == "dobj" and is_verb(obj.head) else None


def _doer_unit(ctx: ArticleContext, verb: Token) -> str:
    """The unit of "himself": the subject's noun ("a suicide bomber ... killed himself")."""
    heads, _ = ctx.subject_heads(verb)
    nouns = [h for h in heads if h.pos_ == "NOUN"]
    return _unit_text(nouns[:1], ctx) if nouns else lexicon()["event_unit"]


def _kin(tok: Token) -> bool:
    return unit_lemma(tok) in lexset("kin_units")


def _summed(a: Quantity, b: Quantity | None) -> Quantity:
    """Two counts of one group of people ("a mother and her two children" = 3); a noun
    without its own number after "a" counts one ("a woman and child" = 2)."""
    if b is None:
        b = Quantity(1.0, 1.0, False, []) if a.article else Quantity(None, None, False, [])

    def add(x: float | None, y: float | None) -> float | None:
        return None if x is None or y is None else x + y

    return Quantity(
        add(a.qmin, b.qmin),
        add(a.qmax, b.qmax),
        a.approximate or b.approximate,
        a.tokens + b.tokens,
    )


# Words that, counted, are people in that state: "three dead", "12 injured".
_STATE_WORDS = frozenset(
    {"dead", "wounded", "injured", "killed", "missing", "displaced", "unaccounted"}
)


def _figure_line_state(num: Token) -> Token | None:
    """The state word after a figure line's dash, past the words describing whose dead
    they are: "1,870 — Kenyan military dead claimed by ..."."""
    if not _opens_figure_line(num):
        return None
    doc = num.doc
    j = next(k for k in range(num.i + 1, len(doc)) if doc[k].text in _FIGURE_DASHES) + 1
    for k in range(j, min(j + 4, len(doc))):
        if doc[k].lower_ in _STATE_WORDS:
            return doc[k]
        if not (doc[k].is_alpha and doc[k].pos_ in ("ADJ", "PROPN", "NOUN")) or unit_class(doc[k]):
            break  # "612 — civilians killed": the noun is what the figure counts
    return None


def _stated_after(tok: Token) -> bool:
    """Is the figure followed by its state word, which no noun follows ("46 wounded",
    not "five killed soldiers")?"""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None or after.lower_ not in _STATE_WORDS or after.tag_ not in ("VBN", "JJ"):
        return False
    nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return nxt is None or not nxt.tag_.startswith("NN")


def bare_cues(tok: Token) -> list[Token]:
    """Where a bare number's kind is told: the verb it is the subject or object of,
    with the verb's particle, object and infinitive ("have taken refuge", "were forced
    to leave the country"), or its own participle ("and 30 wounded")."""
    if tok.lower_ in lexicon()["reflexive_pronouns"]:
        verb = _reflexive_verb(tok)
        return [] if verb is None else [verb, *(c for c in verb.children if c.dep_ == "prt")]
    if tok.dep_ == "nummod" and tok.head.lower_ in _STATE_WORDS:
        return [tok.head]  # "three dead": its own state word
    if (state := _figure_line_state(tok)) is not None:
        return [state]  # "1,870 — Kenyan military dead claimed by ..."
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (
        after is not None
        and after.lower_ in _STATE_WORDS
        and (
            after.pos_ == "ADJ"
            # "had treated 23 wounded": the participle the parser hung on the verb
            or (after.tag_ == "VBN" and after.head.i in (tok.i, tok.head.i))
            or _stated_after(tok)
        )
    ):
        return [after]  # "put losses at about 200 dead", however the parser hung "dead"
    if tok.dep_ == "conj":
        own = [c for c in tok.children if c.dep_ == "acl"]
        if tok.head.dep_ == "oprd":  # "left 115 dead and 30,000 displaced"
            own += [c for c in tok.head.head.children if c.dep_ == "oprd" and c.i > tok.i]
        return own
    verb = tok.head
    # "had treated 45 wounded": the number's own participle says what the 45 are.
    out = [verb, *(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    for c in verb.children:
        if c.dep_ in ("prt", "oprd") or (c.dep_ in ("dobj", "xcomp") and c.i != tok.i):
            out.extend(c.subtree)  # "left 115 dead": the object's predicate too
        elif c.dep_ == "acomp" and c.lower_ in _STATE_WORDS:
            out.append(c)  # "six are missing"
        elif c.dep_ == "prep" and c.lower_ in ("for", "with"):
            out.extend(c.subtree)  # "112 treated for gunshot wounds": what for
    return out


def _held_by_actor(ctx: ArticleContext, anchor: Token, cls: str, place_ids: list[str]) -> bool:
    """Who holds what is the article's own statement when it names the place or the
    holder ("the government controls only a few city blocks", "Oskel, the town under
    Tolvian occupation"), as a toll without a number is not."""
    if cls != "territory":
        return False
    if place_ids:
        return True
    gov = ancestors_to_verb(anchor)
    if gov is None:
        return False
    heads, passive = ctx.subject_heads(gov)
    return not passive and any(
        ctx.etype(str(m["entity_id"])) in ("ORG", "COUNTRY")
        for h in heads
        for m in ctx.mentions_of_tokens(ctx.np_tokens(h))
    )


def _plain_victims(anchor: Token, cls: str, sec_type: str | None) -> bool:
    """A bare plural of people that a reported event befell, with no number ("killing
    civilians in the process"): the events section states losses it does not count."""
    return (
        sec_type == "events"
        and cls == "people"
        and anchor.tag_ == "NNS"
        and anchor.dep_ in ("dobj", "nsubjpass")
        and is_verb(anchor.head)
        and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in anchor.children)
    )


def _uncounted_claim(anchor: Token, kind: str) -> bool:
    """Losses told without a figure that are still a claim: casualties as such
    ("casualties among civilians"), a vague count ("displaced thousands") or a
    group ("captured a group of saboteurs")."""
    if not any(t.pos_ in ("VERB", "AUX") for t in anchor.sent):
        return False  # "On casualties.": a speaker's topic, no loss told
    if kind == "casualties" or anchor.lower_ in lexset("vague_quantities"):
        return True  # "displaced thousands" counts, vaguely
    head = anchor.head
    return head.lower_ == "of" and lemma_of(head.head) in lexset("counted_group_nouns")


def _names_the_counted(anchor: Token) -> bool:
    """The noun, one of a list in apposition to a counted noun, says who the counted
    were ("two members of the army, a sergeant and a professional soldier, died")."""
    t = anchor
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    doc = anchor.doc
    start = t.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return False
    listed = [t, *(c for c in t.subtree if c.dep_ == "conj")]
    if any((q := quantity(x)) is not None and not q.article for x in listed):
        return False  # "four vehicles, two radars and a depot": a list of counts
    # The counted noun just before the comma, "of" phrases after it aside (the parse
    # may not make the list its apposition).
    for k in range(start - 2, max(start - 9, -1), -1):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":"):
            return False
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
            q = quantity(tok)
            return q is not None and not q.article and (q.qmin or 0) >= 2
    return False


def _headed_history(ctx: ArticleContext, sent) -> bool:
    """The sentence stands in a history section set apart by a heading ("History of
    conflict"); a history section inferred from wording alone keeps its claims."""
    sec = ctx.section_at(ctx.start(sent))
    return bool(sec and sec.get("heading"))


def extract_claims(ctx: ArticleContext) -> list[dict]:
    claims: list[_Claim] = []
    parts: set[int] = set()  # anchors of claims that are part of another
    for sent in ctx.sentences:
        sec_type = ctx.section_type(ctx.start(sent))
        if sec_type == "other" and not ctx.in_factbox(ctx.start(sent)):
            continue  # captions, links, page notes: figures repeated or none
        consumed: set[int] = set()
        article_qty: dict[int, Quantity] = {}
        for anchor, cls in _anchors(ctx, sent):
            inherited: Ref | None = None
            if anchor.i in consumed or is_negated(anchor):
                continue
            # Nouns this claim takes in; consumed only if it makes a claim.
            taken: set[int] = set()
            place_ids: list[str] = []
            if cls == "part":
                total = next((c for c in reversed(claims) if c.anchor.sent == sent), None)
                if total is None and _opens_figure_line(anchor):
                    # "612 — civilians killed ..., according to OHCHR" above "431 — of them
                    # in Chile": the whole is the last figure line's that is no part.
                    total = next((c for c in reversed(claims) if c.anchor.i not in parts), None)
                    inherited = total.claimant if total is not None else None
                if total is None or total.quantity is None:
                    continue
                # Elliptical: the unit and kind of the total it is part of.
                qty = _parse_number_phrase(_number_run(anchor))
                whole = total.quantity.qmax or total.quantity.qmin
                if qty is None or (whole is not None and (qty.qmin or 0) > whole):
                    continue  # a part is no larger than its whole
                units, cls, unit, kind = [anchor], "people", total.unit, total.kind
            elif cls == "place":
                units, place_ids, unit = _place_claim(ctx, anchor)
                taken.update(u.i for u in units)
                qty = Quantity(float(len(place_ids)), float(len(place_ids)), False, [])
                cls, kind = "territory", _match_kind("territory", _place_cues(anchor), anchor)
            elif cls == "self":
                verb = _reflexive_verb(anchor)
                qty, units, cls = Quantity(1.0, 1.0, False, [anchor]), [anchor], "people"
                kind = _match_kind("people", bare_cues(anchor), anchor)
                unit = _doer_unit(ctx, verb) if verb is not None else lexicon()["event_unit"]
            elif cls == "bare":
                qty = (
                    Quantity(None, None, False, [anchor], vague=True)
                    if anchor.lower_ in lexset("vague_quantities")
                    else _parse_number_phrase(_number_run(anchor))
                )
                units, cls, unit = [anchor], "people", "person"
                kind = _match_kind("people", bare_cues(anchor), anchor)
                if (elided := _elided_equipment(anchor)) is not None:
                    # "it shot down three Malaysian aircraft; Malaysia acknowledges losing
                    # one": the number counts the equipment counted before it.
                    cls, unit, kind = "equipment", _unit_text([elided], ctx), None
                    kind = _match_kind("equipment", bare_cues(anchor), anchor)
                elif kind is not None and (counted := _elided_people(anchor)) is not None:
                    unit = _unit_text([counted], ctx)  # '37 soldiers killed and 112 wounded'

                if kind is None and (toll := _tally_object(anchor)) is not None:
                    kind = lexicon()["event_nouns"].get(unit_lemma(toll)) or _match_kind(
                        "people", [toll], anchor
                    )  # "the toll at 43", "its own dead at 241"
            else:
                qty = quantity(anchor) or article_qty.get(anchor.i)
                if qty is not None and qty.article and _names_the_counted(anchor):
                    continue  # "two soldiers, a sergeant and a private, died": the two
                units = [anchor]
                for other in sorted(_coordinated(anchor), key=lambda t: t.i):
                    if restated_unit(other):
                        taken.add(other.i)  # "personnel — about 1,180 (+310) persons"
                        continue
                    if qty is not None and qty.tokens and _label_count(anchor) == qty.tokens:
                        units.append(other)  # "motor vehicles and fuel tankers — 96"
                        taken.add(other.i)
                        continue
                    if qty is not None and qty.article and _kin(anchor) and _kin(other):
                        # "a mother and her two children" is one count; "17 women and 9
                        # children" are two.
                        qty = _summed(qty, quantity(other))
                        units.append(other)
                        taken.add(other.i)
                        continue
                    if quantity(other) is not None:
                        break  # the next noun has its own number, and so do those after it
                    if cls == "people" and unit_class(other) == "events":
                        taken.add(other.i)  # "more police and civilian deaths": one claim
                        continue
                    if unit_class(other) != cls:
                        continue
                    if qty is not None and qty.article:
                        article_qty[other.i] = qty  # "a soldier and agent": one each
                        continue
                    units.append(other)
                    taken.add(other.i)
                kind = claim_kind(units, cls)
                if kind == "captured" and lemma_of(units[0].head) in lexset("freeing_verbs"):
                    kind = None  # "released four prisoners of war": a release, no capture
                if kind is None and list_item(units[0]):
                    kind = _list_intro_kind(ctx, units[0], cls)
                total = next((c for c in reversed(claims) if c.anchor.sent == sent), None)
                if total is not None and (_part_of_them(anchor) or _among_them(anchor)):
                    # "17 killed, five of them civilians, and 54 wounded", "19 killed,
                    # among them 12 civilians, and 41 wounded": the part shares the
                    # fate of the whole.
                    kind = total.kind
                unit = _unit_text(units, ctx)
                own = ctx.mention_at(anchor)
                if (
                    own is not None
                    and cls == "people"
                    and ctx.etype(str(own["entity_id"])) == "COUNTRY"
                ):
                    unit = "person"
            if kind is None or hypothetical(anchor):
                continue
            who, sourced = claimant(ctx, anchor)
            if who is None and inherited is not None:
                who, sourced = inherited, True
            if cls == "part":
                parts.add(anchor.i)
            span_tokens = list(units) + (qty.tokens if qty else [])
            if cls in ("territory", "positions") and not place_ids:
                place_ids, listed, is_list = _places(ctx, anchor)
                span_tokens += listed
                if qty is None and is_list and place_ids:
                    qty = Quantity(float(len(place_ids)), float(len(place_ids)), False, [])
            if (
                qty is None
                and not sourced
                and not _plain_victims(anchor, cls, sec_type)
                and not _held_by_actor(ctx, anchor, cls, place_ids)
            ):
                continue  # an unattributed mention of losses is no claim
            if qty is None and cls == "events" and _introduces_list(ctx, anchor):
                continue  # "The total combat losses of the enemy are:" above the figures
            if (
                qty is None
                and cls in ("people", "equipment")
                and not _uncounted_claim(anchor, kind)
                and not _plain_victims(anchor, cls, sec_type)
            ):
                continue  # "said it killed the attackers": a source's words, but no figure
            if sec_type == "history" and who is None and qty is None and _headed_history(ctx, sent):
                continue  # background, not a claim (module docstring)
            if sec_type == "foreign_reactions" and qty is None and cls in ("events", "people"):
                continue  # "deplored the loss of life": an outside voice's sorrow, no claim
            negated = _negated(anchor)
            consumed |= taken
            claims.append(
                _Claim(
                    anchor=anchor,
                    units=units,
                    unit=unit,
                    kind=kind,
                    quantity=qty,
                    claimant=who,
                    place_ids=place_ids,
                    contests=_contests(anchor) or negated is not None,
                    negated_unit=unit_lemma(negated) if negated is not None else None,
                    span=ctx.span_of(span_tokens),
                )
            )
    claims += _breakdown(ctx, claims)
    claims += _daily_increments(ctx, claims)
    claims = _drop_repeats(ctx, _drop_vague_repeats(claims))
    for c in claims:
        _assign_sides(ctx, c)
    _quoted_figures(ctx, claims)
    return _rows(ctx, claims)


# Words of a quoted phrase that is a figure and its unit ("neutralised more than 120
# Nigerien assailants"), not a sentence of someone's.
FIGURE_PHRASE_WORDS = 6


def _quoted_figures(ctx: ArticleContext, claims: list[_Claim]) -> None:
    """A figure in marks the quotes found no speaker for ("It put Polish losses at 'more
    than 200'", "puts Equatoguinean losses at 'more than 200'"): the words of the claim's
    claimant, when the marks hold no other claim's figure. Only a phrase: a turn of a
    transcript ("Thank you, Amara. The M23 says Burundian troops ...") reports others'
    figures in its own speaker's words."""
    owners: dict[int, set[str]] = {}
    quotes: dict[int, tuple[dict, Ref]] = {}
    for c in claims:
        lo, hi = c.span
        q = next((r for s, e, r in ctx.quote_spans if s < hi and lo < e), None)
        if q is None or q.get("speaker_id") or len(str(q["text"]).split()) > FIGURE_PHRASE_WORDS:
            continue
        owners.setdefault(id(q), set()).add(c.claimant.entity_id if c.claimant else "")
        if c.claimant is not None:
            quotes[id(q)] = (q, c.claimant)
    for qid, (q, who) in quotes.items():
        if owners[qid] == {who.entity_id}:
            q["speaker_id"], q["speaker_surface"] = who.entity_id, who.surface


def _breakdown(ctx: ArticleContext, claims: list[_Claim]) -> list[_Claim]:
    """The points of a list that breaks down a figure its introduction gives ("about 42,000
    people have fled their homes:" above "• around 21,500 within Nasir county", "• some
    5,200 to Malakal"): a point that opens on a number with no unit of its own counts
    what the total counts, claimed by the same source."""
    out: list[_Claim] = []
    for total in claims:
        if total.quantity is None or total.quantity.qmin is None:
            continue
        sent = total.anchor.sent
        if sent[-1].text != ":" or sent.end != len(sent.doc):
            continue  # the figure's sentence introduces what follows
        k = ctx.paragraph_index(ctx.start(total.anchor))
        for lo, hi in ctx.paragraphs[k + 1 :]:
            if not BULLET_RE.match(ctx.text[lo:hi]):
                break
            num = next((t for t in ctx.tokens_in(lo, hi)[:5] if is_number(t)), None)
            if num is None or num.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
                continue
            head = num.head if num.dep_ == "nummod" else None
            if head is not None and unit_class(head) is not None:
                continue  # "• 300 houses burnt": a claim of its own
            if any(c.span[0] <= ctx.start(num) < c.span[1] for c in claims):
                continue
            qty = _parse_number_phrase(_number_run(num))
            if qty is None or (qty.qmin or qty.qmax or 0) >= total.quantity.qmin:
                continue  # a part is less than its whole
            out.append(_part_of(total, num, qty, ctx.span_of(qty.tokens)))
    return out


def _part_of(total: _Claim, anchor: Token, qty: Quantity, span: tuple[int, int]) -> _Claim:
    """A claim counting part of another's figure: its kind, unit and source."""
    return _Claim(
        anchor=anchor,
        units=[anchor],
        unit=total.unit,
        kind=total.kind,
        quantity=qty,
        claimant=total.claimant,
        span=span,
    )


# A running total's increase since the last report, after the total on its line:
# "personnel - about 1,240 (+85)", "tanks - 37 (+2);", "taken prisoner — 74 (+19) persons;".
_INCREMENT_RE = re.compile(r"\s*\(\s*\+\s*(\d[\d,]*)\s*\)(?:\s*[^\W\d]+)?\s*[;,.]?\s*(?:\n|$)")


def _daily_increments(ctx: ArticleContext, claims: list[_Claim]) -> list[_Claim]:
    """A tally line's bracketed increase ("tanks - 37 (+2)") is a claim of its own: the
    losses of the last day, of the total's kind and unit, by the total's source."""
    out: list[_Claim] = []
    for total in claims:
        q = total.quantity
        if q is None or not q.tokens:
            continue
        at = max(ctx.end(t) for t in q.tokens)
        m = _INCREMENT_RE.match(ctx.text, at)
        if m is None:
            continue
        num = next(iter(ctx.tokens_in(m.start(1), m.end(1))), None)
        value = float(m.group(1).replace(",", ""))
        if num is None or value <= 0 or (q.qmin is not None and value > q.qmin):
            continue  # an increase is part of its total
        out.append(_part_of(total, num, Quantity(value, value, False, [num]), m.span(1)))
    return out


def _head_unit(unit: str) -> str:
    return unit.split()[-1] if unit else unit


def _same_unit(a: str, b: str) -> bool:
    """One unit, or one of them the generic "person" ("twelve people" = "twelve civilians")."""
    generic = lexicon()["event_unit"]
    return _head_unit(a) == _head_unit(b) or generic in (a, b)


def _drop_repeats(ctx: ArticleContext, claims: list[_Claim]) -> list[_Claim]:
    """The same fact told twice is one claim: a later claim of the same kind and the
    same count (2 or more) and unit, credited to no one else, or to the state of the
    body that told it ("killing twelve people" ... "Twelve civilians were killed"; when
    only the later names its source, the claim is that source's), and a claim without
    any number about a unit
    that another claim of its kind counts ("shot down an anti-ship missile" ...
    "shot down the missile")."""
    counts = [c for c in claims if c.quantity is not None and not c.quantity.vague]
    counted = {(c.kind, c.unit) for c in counts}
    generic = lexicon()["event_unit"]
    kept: list[_Claim] = []
    for c in claims:
        q = c.quantity
        if q is None and any(
            k == c.kind and _head_unit(u) == _head_unit(c.unit) for k, u in counted
        ):
            continue
        if (
            q is None
            and c.unit == generic
            and any(k.kind == c.kind and k.anchor.doc is c.anchor.doc for k in counts)
        ):
            continue  # "seven soldiers were wounded. The wounded are ..."
        if q is None and c.kind == "casualties" and _toll_beside(c, claims):
            continue
        if _spells_out(c, kept):
            continue
        same = (
            next(
                (
                    k
                    for k in kept
                    if k.kind == c.kind
                    and _same_unit(k.unit, c.unit)
                    and not (_named_part(k) or _named_part(c))
                    and k.quantity is not None
                    and (k.quantity.qmin, k.quantity.qmax) == (q.qmin, q.qmax)
                    and (
                        c.claimant is None
                        or k.claimant is None
                        or k.claimant.entity_id == c.claimant.entity_id
                        # "Kuwait said ... killing 14 Kuwaiti soldiers" beside "Kuwait
                        # defence ministry says 14 Kuwaiti soldiers killed": the state
                        # and its body tell one fact
                        or _state_and_its_body(ctx, k.claimant, c.claimant)
                    )
                ),
                None,
            )
            if q is not None and q.qmin is not None and q.qmin >= 2
            else None
        )
        if same is not None:
            if c.claimant is not None and (
                same.claimant is None or ctx.etype(same.claimant.entity_id) == "COUNTRY"
            ):
                # The lede's toll, credited later: the source named is the claimant (the
                # state's body, rather than the state).
                same.claimant = c.claimant
            continue
        kept.append(c)
    return kept


def _state_and_its_body(ctx: ArticleContext, a: Ref, b: Ref) -> bool:
    """Is one source a state and the other a body of that state?"""
    for state, body in ((a, b), (b, a)):
        if (
            ctx.etype(state.entity_id) == "COUNTRY"
            and ctx.etype(body.entity_id) == "ORG"
            and ctx.country_of(body.entity_id) == state.entity_id
        ):
            return True
    return False


def _named_part(c: _Claim) -> bool:
    """A part of another count ("17 killed, including five children"): never the same
    fact as a count of its own elsewhere ("5 killed" in the next line)."""
    head = _first_conjunct(c.anchor).head
    return c.anchor.dep_ in ("pobj", "conj") and head.lower_ in ("including", "among")


def _toll_beside(c: _Claim, claims: list[_Claim]) -> bool:
    """An uncounted "losses" whose count the same sentence gives as dead or wounded:
    "losses exceeded 300 soldiers" is one claim, not two."""
    return any(
        k is not c
        and k.anchor.sent == c.anchor.sent
        and k.kind in ("killed", "wounded", "casualties")
        and k.quantity is not None
        for k in claims
    )


def _spells_out(c: _Claim, kept: list[_Claim]) -> bool:
    """A group of kin nouns that spells out the count of a claim just made in the
    same sentence: "three civilians - a man and two children - were killed"."""
    if len(c.units) < 2 or not all(_kin(u) for u in c.units) or c.quantity is None:
        return False
    return any(
        k.anchor.sent == c.anchor.sent
        and k.kind == c.kind
        and k.quantity is not None
        and (k.quantity.qmin, k.quantity.qmax) == (c.quantity.qmin, c.quantity.qmax)
        for k in kept
    )


def _drop_vague_repeats(claims: list[_Claim]) -> list[_Claim]:
    """An uncredited vague territorial claim ("liberated several villages") that another
    claim of the same kind and unit counts exactly is the same fact told twice (the
    lede's summary of the list that follows). Vague tolls of people ("killed hundreds
    this year") usually have another scope than the counted ones, and stay."""
    counted = {(c.kind, c.unit) for c in claims if c.quantity is not None and not c.quantity.vague}
    return [
        c
        for c in claims
        if not (
            c.quantity is not None
            and c.quantity.vague
            and c.claimant is None
            and c.kind.startswith(("territory_", "positions_"))
            and (c.kind, c.unit) in counted
        )
    ]


def _assign_sides(ctx: ArticleContext, c: _Claim) -> None:
    claimant_country = ctx.country_of(c.claimant.entity_id) if c.claimant else None
    gov = ancestors_to_verb(c.anchor)
    if c.kind in ("territory_taken", "territory_held"):
        c.side = _subject_country(ctx, gov, claimant_country)
    elif c.kind in ("territory_lost", "positions_lost"):
        c.side = (
            _subject_country(ctx, gov, claimant_country)
            or owner(ctx, c.units, claimant_country)
            or claimant_country
        )
    elif c.kind in ("equipment_destroyed", "positions_destroyed"):
        c.target = owner(ctx, c.units, claimant_country)
        c.side = c.target
    elif c.kind == "displaced":
        c.side = owner(ctx, c.units, claimant_country) or _subject_country(
            ctx, gov, claimant_country
        )
    else:
        c.side = owner(ctx, c.units, claimant_country)


def _unit_group(unit: str | None) -> str | None:
    if not unit:
        return None
    last = unit.split()[-1]
    for name, words in lexicon()["unit_groups"].items():
        if last in words:
            return name
    return None


def _rows(ctx: ArticleContext, claims: list[_Claim]) -> list[dict]:
    rows: list[dict] = []
    seen: set[str] = set()
    prefs = lexicon()["disputes"]
    for n, c in enumerate(claims):
        start, end = c.span
        cid = row_id("clm", ctx.article_id, start, end)
        if cid in seen:
            cid = row_id("clm", ctx.article_id, start, end, c.kind, c.unit)
        seen.add(cid)
        disputes = None
        if c.contests and c.claimant is not None:
            earlier = [
                p
                for p in claims[:n]
                if p.claimant is not None and p.claimant.entity_id != c.claimant.entity_id
            ]
            group = _unit_group(c.negated_unit)
            picked = [p for p in earlier if group and _unit_group(p.unit) == group]
            if not picked:
                for kind in prefs.get(c.kind, []):
                    picked = [p for p in earlier if p.kind == kind]
                    if picked:
                        break
            if picked:
                disputes = picked[-1].row["claim_id"]
        q = c.quantity
        c.row = {
            "claim_id": cid,
            "article_id": ctx.article_id,
            "claimant_id": c.claimant.entity_id if c.claimant else None,
            "claim_kind": c.kind,
            "side": c.side,
            "target_id": c.target,
            "quantity_min": q.qmin if q else None,
            "quantity_max": q.qmax if q else None,
            "is_approximate": bool(q and q.approximate),
            "unit": c.unit,
            "place_ids": c.place_ids,
            "disputes_claim_id": disputes,
            "char_start": start,
            "char_end": end,
        }
        rows.append(c.row)
    return rows
