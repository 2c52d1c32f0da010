"""spaCy component that corrects the statistical NER with the project's reference data.

``newsledger_reference_ents`` runs after ``ner``. It matches, in one pass over each doc:

- country names, aliases, demonyms and capitals (``countries.csv``) and curated places
  (``places_curated.csv``) with a PhraseMatcher over anyascii-folded token text, so 'Ağdərə'
  and 'Agdere' match alike while case still separates 'US' from 'us';
- organizations (``org_aliases.csv``): named ones ('OSCE Minsk Group') and templates whose
  ``{country}``/``{demonym}`` slot is filled by a country match found in the same doc
  ("Azerbaijan’s Defense Ministry" -> Ministry of Defense of Azerbaijan). Filler words such
  as 'unrecognized' may sit between the words of an alias.

Matches overrule the model where it is known to err (demonyms as PERSON, villages as PERSON or
ORG, countries as ORG) and headline-like ORG spans are dropped. The corrected entities go to
``doc.ents`` with ``ent.id_`` set to the entity ID (``country:AZE``, ``place:garvand``,
``org:osce_minsk_group``); every match, nested ones included ('Azerbaijan' inside
'Azerbaijan’s Defense Ministry'), goes to ``doc.spans[span_key]`` with a label naming its kind:
COUNTRY_NAME, COUNTRY_DEMONYM, COUNTRY_CAPITAL, PLACE, ORG or ORG_GENERIC. Both survive a
DocBin round trip, so later stages read them without parsing again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from newsledger.extract import reference as ref
from newsledger.parse import BULLET_RE, dateline_end, is_date_word

SPAN_KEY = "newsledger_ref"
COMPONENT = "newsledger_reference_ents"
# Where doc_text keeps a doc's text (it goes with the doc through a DocBin).
_TEXT_KEY = "newsledger_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins every token's text on each access, and
    the extractors read a paragraph's text dozens of times. A doc's text never changes
    (merging tokens keeps it), so the first join stands."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


# Gazetteer label -> spaCy entity label written to doc.ents.
ENT_LABEL = {
    "COUNTRY_NAME": "GPE",
    "COUNTRY_DEMONYM": "NORP",
    "COUNTRY_CAPITAL": "GPE",
    "ORG": "ORG",
}
# Which match wins when two cover the same tokens (after length).
_PRIORITY = {"ORG": 0, "COUNTRY_NAME": 1, "PLACE": 2, "COUNTRY_DEMONYM": 3, "COUNTRY_CAPITAL": 4}
# Model labels that may legitimately contain a reference match (a person named 'Jordan ...',
# an organization 'University of Georgia'); other labels around a match are replaced.
_CONTAINERS = {"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
# Model labels a feature's name ('Lake Tanganyika', 'the Amu Darya') is given in error.
_FEATURE_MISLABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT"}
# Lower-case words inside a feature's name: 'Gulf of Aden', 'Ile a Morphil', 'Isla de Aves'.
_NAME_LINKS = frozenset({"of", "the", "a", "à", "de", "del", "du", "des", "la", "le"})
# Feature words that name a feature by the name right after them: 'Lake Chad', 'Ile a
# Morphil' (French), 'Isla Calero' (Spanish), 'Ilha de Moçambique' (Portuguese).
_NAMING_FEATURES = frozenset({"lake", "mount", "ile", "île", "isla", "ilha"})
# Template slots: placeholder word in the alias text -> slot marker in the token pattern.
_PLACEHOLDER = {"{country}": "XSLOTCOUNTRYX", "{demonym}": "XSLOTDEMONYMX"}
_SLOT_OF = {"XSLOTCOUNTRYX": "\x00country", "XSLOTDEMONYMX": "\x00demonym"}
_DETERMINERS = {"the", "a", "an"}
# Words that make a demonym a region's ("Central American", "Latin American").
_REGION_QUALIFIERS = frozenset(
    {"central", "south", "north", "latin", "east", "west", "southern", "northern", "eastern",
     "western"}
)  # fmt: skip
# Prefixes that make a demonym an adjective of many states: "Inter-American", "Pan-Arab".
_MANY_STATES_PREFIXES = frozenset({"inter", "pan", "trans"})
# A time of day: "14:30", "9.15", "10:04am", "12.32 pm" (also a record's time stamp).
CLOCK_RE = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)


@dataclass(frozen=True)
class _OrgPattern:
    tokens: tuple[str, ...]  # folded; slots are "\x00country" / "\x00demonym"
    exact: tuple[bool, ...]  # compare this token case-sensitively (acronyms)
    alias: ref.OrgAlias


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    label: str  # COUNTRY_NAME | COUNTRY_DEMONYM | COUNTRY_CAPITAL | PLACE | ORG | ORG_GENERIC
    ent_id: str  # entity ID, "" for ORG_GENERIC


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _exact_case(token: str) -> bool:
    """Alias words matched in their own case: acronyms ('OSCE') and short mixed-case
    ones ('LeT', 'JeM'), which folded would be the words 'let' and 'jem'."""
    letters = [c for c in token if c.isalpha()]
    mixed = len(letters) <= 4 and any(c.isupper() for c in letters[1:])
    return _is_acronym(token) or mixed


def _same_case(word: str, other: str) -> str:
    """``other`` in the case of ``word``: "Defence" -> "Defense", "defence" -> "defense"."""
    if word.isupper():
        return other.upper()
    return other.capitalize() if word[:1].isupper() else other


class ReferenceEntityRuler:
    """See the module docstring. Behaviour is set by the factory config, data by the CSVs
    (``seeds/reference/``, or ``$NEWSLEDGER_REFERENCE_DIR`` for the whole process)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        span_key: str,
        filler_words: Sequence[str],
        headline_min_tokens: int,
        headline_title_ratio: float,
        clock_words: Sequence[str] = (),
        rank_tokens: Sequence[str] = (),
        press_words: Sequence[str] = (),
        press_units: Sequence[str] = (),
        force_words: Sequence[str] = (),
        ruling_nouns: Sequence[str] = (),
        ruling_participles: Sequence[str] = (),
        leading_features: Sequence[str] = (),
        trailing_features: Sequence[str] = (),
        compass_words: Sequence[str] = (),
        body_heads: Sequence[str] = (),
        spelling_variants: Sequence[Sequence[str]] = (),
    ) -> None:
        self.name = name
        self.body_heads = frozenset(body_heads)
        self.spelling_variants = [
            (re.compile(rf"\b{re.escape(a)}\b", re.I), b)
            for pair in spelling_variants
            for a, b in (pair, pair[::-1])
        ]
        self.leading_features = frozenset(leading_features)
        self.trailing_features = frozenset(trailing_features)
        self.compass = frozenset(compass_words)
        self.force_words = frozenset(force_words)
        self.ruling_nouns = frozenset(ruling_nouns)
        self.ruling_participles = frozenset(ruling_participles)
        self.clock_words = {w.casefold() for w in clock_words}
        self.press_words = frozenset(press_words) | frozenset(press_units)
        self.press_units = frozenset(press_units)
        for form in rank_tokens:
            # "Brig. Gen. Rolando Caguioa": split as "Brig" "." the parser ends a sentence
            # there, and the role before the rank ("Army spokesman") loses its name.
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
        self.span_key = span_key
        # Fillers are compared token by token ('self-proclaimed' is three tokens).
        self.filler_words = {
            t.lower_ for w in filler_words for t in nlp.tokenizer(w) if t.is_alpha
        } | {"-"}
        self.headline_min_tokens = headline_min_tokens
        self.headline_title_ratio = headline_title_ratio
        self._tokenizer = nlp.tokenizer
        self.vocab = nlp.vocab
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[str, str]] = {}
        self._add_gazetteer()
        self._org_patterns: list[_OrgPattern] = []
        self._add_orgs()

    # -- pattern building ------------------------------------------------------------

    def _respelled(self, form: str) -> list[str]:
        """The form and its spellings with each of ``spelling_variants`` swapped."""
        out = [form]
        for word, other in self.spelling_variants:
            out += [
                respelled
                for f in out
                if (respelled := word.sub(lambda m, o=other: _same_case(m.group(), o), f)) != f
            ]
        return out

    def _folded_words(self, text: str) -> list[str]:
        return [ref.fold(t.text) for t in self._tokenizer(text)]

    def _add_phrase(self, label: str, ent_id: str, forms: Iterable[str]) -> None:
        match_key = f"{label}\t{ent_id}"
        docs = []
        for form in dict.fromkeys(forms):
            words = self._folded_words(form)
            if words:
                docs.append(Doc(self.vocab, words=words))
        if docs:
            self.matcher.add(match_key, docs)
            self._keys[self.vocab.strings[match_key]] = (label, ent_id)

    def _add_gazetteer(self) -> None:
        table = ref.load_countries()
        for c in table.by_iso3.values():
            by_kind: dict[str, list[str]] = defaultdict(list)
            for form, kind in table.forms_of(c):
                by_kind[kind].append(form)
            self._add_phrase("COUNTRY_NAME", c.entity_id, by_kind["name"])
            self._add_phrase("COUNTRY_DEMONYM", c.entity_id, by_kind["demonym"])
            self._add_phrase("COUNTRY_CAPITAL", c.entity_id, by_kind["capital"])
        for p in ref.load_places_curated():
            self._add_phrase("PLACE", p.entity_id, (p.name, *p.variants))

    def _add_orgs(self) -> None:
        for alias in ref.load_org_aliases():
            forms = [alias.canonical, *alias.aliases]
            if alias.org_kind == "named":
                # A plural name as a modifier is singular: "Tamil Tiger rebels".
                forms += [
                    f[:-1]
                    for f in forms
                    if len(f.split()) >= 2
                    and f.endswith("s")
                    and not f.endswith("ss")
                    and f.split()[-1][:1].isupper()
                ]
            for form in dict.fromkeys(r for f in forms for r in self._respelled(f)):
                if alias.org_kind != "template" and "{" in form:
                    continue
                # Slots become placeholder words so the tokenizer keeps them whole.
                text = form
                for slot, placeholder in _PLACEHOLDER.items():
                    text = text.replace(slot, placeholder)
                words = [_SLOT_OF.get(w, w) for w in self._folded_words(text)]
                if alias.org_kind == "template" and not any(w.startswith("\x00") for w in words):
                    continue  # the canonical of a template row only names the pattern
                exact = tuple(_exact_case(w) for w in words)
                self._org_patterns.append(
                    _OrgPattern(
                        tuple(w if e else w.lower() for w, e in zip(words, exact, strict=True)),
                        exact,
                        alias,
                    )
                )
        # By first word (or slot), each with the word that must follow its first (after
        # any filler words), to pass over most candidates without trying them; None for
        # an alias of one word, a slot second or a filler word second.
        self._org_by_first: dict[str, list[tuple[_OrgPattern, str | None, bool]]] = defaultdict(
            list
        )
        for pat in self._org_patterns:
            second = pat.tokens[1] if len(pat.tokens) > 1 else None
            if second is not None and (second.startswith("\x00") or second in self.filler_words):
                second = None
            self._org_by_first[pat.tokens[0]].append(
                (pat, second, second is not None and pat.exact[1])
            )

    # -- matching --------------------------------------------------------------------

    def _gazetteer_matches(self, doc: Doc, folded: list[str]) -> list[_Match]:
        shadow = Doc(
            self.vocab,
            words=[f or t.text for f, t in zip(folded, doc, strict=True)],
            spaces=[bool(t.whitespace_) for t in doc],
        )
        out = []
        for match_id, start, end in self.matcher(shadow):
            label, ent_id = self._keys[match_id]
            out.append(_Match(start, end, label, ent_id))
        # "the two Central American neighbours", "Latin American leaders": a region's
        # adjective, no state's demonym ("South African", "North Korean" match whole);
        # nor is "Inter-American" or "Pan-African" (of many states) one.
        starts = {m.start for m in out}
        out = [
            m
            for m in out
            if not (
                m.label == "COUNTRY_DEMONYM"
                and m.start > 0
                and doc[m.start - 1].is_title
                and doc[m.start - 1].lower_ in _REGION_QUALIFIERS
                and m.start - 1 not in starts
            )
            and not (
                m.label == "COUNTRY_DEMONYM"
                and m.start > 1
                and doc[m.start - 1].text == "-"
                and doc[m.start - 2].lower_ in _MANY_STATES_PREFIXES
            )
        ]
        # "Greek Cypriot", "Turkish Cypriot": a demonym before another demonym only says
        # which people of the second country; it names no country of its own.
        demonym_starts = {m.start for m in out if m.label == "COUNTRY_DEMONYM"}
        return [
            m
            for m in out
            if not (
                m.label == "COUNTRY_DEMONYM"
                and m.end in demonym_starts
                and doc[m.end - 1].whitespace_
                and doc[m.start].is_title
                and doc[m.end].is_title
            )
            and not (m.label == "COUNTRY_DEMONYM" and _language(doc, m.start, m.end))
        ]

    def _org_matches(self, exact: list[str], gaz: list[_Match]) -> list[_Match]:
        lower = [w.lower() for w in exact]
        slots: dict[str, dict[int, list[tuple[int, str]]]] = {
            "\x00country": defaultdict(list),
            "\x00demonym": defaultdict(list),
        }
        for m in gaz:
            if m.label == "COUNTRY_NAME":
                slots["\x00country"][m.start].append((m.end, m.ent_id))
            elif m.label == "COUNTRY_DEMONYM":
                slots["\x00demonym"][m.start].append((m.end, m.ent_id))
        n = len(exact)
        # The first position from each on that holds no filler word (n if none): where
        # the second word of an alias stands after the first.
        after = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            after[k] = after[k + 1] if lower[k] in self.filler_words else k
        found: list[_Match] = []
        for i in range(n):
            cands = list(self._org_by_first.get(lower[i], ())) + list(
                self._org_by_first.get(exact[i], ())
            )
            for slot in slots:
                if i in slots[slot]:
                    cands += self._org_by_first.get(slot, [])
            for pat, second, second_exact in cands:
                if second is not None:
                    first = pat.tokens[0]
                    q = after[max(slots[first][i])[0] if first in slots else i + 1]
                    if q >= n or (exact[q] if second_exact else lower[q]) != second:
                        continue  # what _match_org would find at the second word
                m = self._match_org(pat, i, exact, lower, slots)
                if m:
                    found.append(m)
        return found

    def _match_org(
        self,
        pat: _OrgPattern,
        i: int,
        exact: list[str],
        lower: list[str],
        slots: dict[str, dict[int, list[tuple[int, str]]]],
    ) -> _Match | None:
        pos, n, filled = i, len(exact), None
        for j, (ptok, is_exact) in enumerate(zip(pat.tokens, pat.exact, strict=True)):
            if ptok.startswith("\x00"):
                spans = slots[ptok].get(pos)
                if not spans:
                    return None
                end, filled = max(spans)
                pos = end
                continue
            # Filler words ('unrecognized') may stand between the words of an alias.
            while j and pos < n and lower[pos] in self.filler_words and lower[pos] != ptok:
                pos += 1
            if pos >= n or (exact[pos] if is_exact else lower[pos]) != ptok:
                return None
            pos += 1
        if self._ruling_adjective(pos, lower):
            return None
        if pos < n and lower[pos] in self.body_heads and exact[pos][:1].isupper():
            return None  # "France's Armed Forces Ministry": the ministry, not the forces
        alias = pat.alias
        if alias.org_kind == "generic":
            return _Match(i, pos, "ORG_GENERIC", "")
        if alias.org_kind == "template":
            c = ref.country(filled[len("country:") :]) if filled else None
            if c is None:
                return None
            return _Match(i, pos, "ORG", ref.org_for(alias, c).entity_id)
        return _Match(i, pos, "ORG", ref.org_for(alias).entity_id)

    def _ruling_adjective(self, end: int, lower: list[str]) -> bool:
        """Does an alias ending in a force word ('Niger's military') only describe the
        ruling body named after it ('Niger's military government', 'the army junta',
        'Sudan's military-led government')? That body is the state, not its forces."""
        if end >= len(lower) or lower[end - 1] not in self.force_words:
            return False
        nxt = lower[end]
        if nxt == "-" and end + 1 < len(lower):
            return lower[end + 1] in self.ruling_participles
        return nxt in self.ruling_nouns

    # -- model corrections -------------------------------------------------------------

    def _headline_like(self, doc: Doc) -> bool:
        """A title-case line without closing punctuation reads as a headline, not prose."""
        words = [t for t in doc if t.is_alpha]
        if len(words) < self.headline_min_tokens or doc[-1].is_punct:
            return False
        titled = sum(1 for t in words if t.is_title or t.is_upper)
        return titled / len(words) >= self.headline_title_ratio

    def _without_clock(self, span: Span) -> Span | None:
        """The span without a leading clock time ('14:32 GMT - Officials' on a live page),
        None when nothing else is left."""
        doc, start = span.doc, span.start
        if not (CLOCK_RE.fullmatch(doc[start].text) or doc[start].lower_ in self.clock_words):
            return span
        while start < span.end and (
            CLOCK_RE.fullmatch(doc[start].text)
            or doc[start].lower_ in self.clock_words
            or doc[start].is_punct
        ):
            start += 1
        if start == span.end:
            return None
        return Span(doc, start, span.end, label=span.label_, span_id=span.id_)

    def _bogus_org(self, span: Span, headline: bool) -> bool:
        if span.label_ != "ORG" or len(span) < 3:
            return False
        # Org names keep prepositions lower case ('Ministry of Defense'); a capitalized
        # inner preposition or conjunction marks a title-cased headline phrase.
        if any(t.is_title and t.tag_ in ("IN", "CC", "TO") for t in span[1:]):
            return True
        return headline and len(span) >= self.headline_min_tokens - 1

    @staticmethod
    def _core(span: Span) -> tuple[int, int]:
        """Token range without a leading determiner or trailing possessive."""
        start, end = span.start, span.end
        if end - start > 1 and span.doc[start].lower_ in _DETERMINERS:
            start += 1
        if end - start > 1 and span.doc[end - 1].tag_ == "POS":
            end -= 1
        return start, end

    def _voiced_body(self, ent: Span) -> Span | None:
        """The body a press unit's name names ("Press Service of the Defence Ministry",
        "Media Directorate of the Ministry of Defence"): the unit speaks for it, and the
        article's readers and gold alike credit its words to that body."""
        if ent.label_ != "ORG":
            return None
        start, end = self._core(ent)
        words = [t.lower_ for t in ent.doc[start:end]]
        i = 0
        while i < len(words) and words[i] in self.press_words:
            i += 1
        if not 1 < i < len(words) - 1 or words[i - 1] not in self.press_units:
            return None
        if words[0] in self.press_units:
            return None  # 'Directorate of Military Intelligence' is no press unit
        if words[i] != "of":
            return None
        i += 2 if i + 1 < len(words) and words[i + 1] == "the" else 1
        return Span(ent.doc, start + i, end, label="ORG") if start + i < end else None

    def _choose(self, matches: list[_Match]) -> list[_Match]:
        """Non-overlapping matches: longest first, then by kind priority."""
        order = sorted(
            matches, key=lambda m: (-(m.end - m.start), _PRIORITY.get(m.label, 9), m.start)
        )
        taken: set[int] = set()
        chosen = []
        for m in order:
            if taken.isdisjoint(range(m.start, m.end)):
                chosen.append(m)
                taken.update(range(m.start, m.end))
        return sorted(chosen, key=lambda m: m.start)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc.spans[self.span_key] = []
            return doc
        folded = [ref.fold(t.text) for t in doc]
        for i in _capital_label(doc):
            folded[i] = _title_word(folded[i], first=i == 0 or "\n" in doc[i - 1].text)
        gaz = self._gazetteer_matches(doc, folded)
        orgs = self._org_matches(folded, gaz)
        features = self._feature_matches(doc, gaz)
        if features:
            inside = {i for m in features for i in range(m.start, m.end)}
            gaz = [m for m in gaz if inside.isdisjoint(range(m.start, m.end))]
        every = list(dict.fromkeys(gaz + orgs + features))
        chosen = self._choose(every)
        headline = self._headline_like(doc)
        model = [
            e
            for ent in _joined_portfolios(doc)
            for bracketed in _cut_at_bracket(ent)
            for cut in _cut_at_credit_slash(bracketed)
            for part in _date_then_place(cut)
            if (e := self._without_clock(part)) is not None and not self._bogus_org(e, headline)
        ]
        model = [self._as_feature(e) for e in model]
        covered_by_ref = {i for m in chosen for i in range(m.start, m.end)}

        keep_model: list[Span] = []
        for ent in model:
            if (voice := self._voiced_body(ent)) is not None:
                ent = voice  # 'the Media Directorate of the Ministry of Defence': the ministry
            inner = [m for m in chosen if m.start < ent.end and ent.start < m.end]
            if not inner:
                keep_model.append(ent)
                continue
            core = self._core(ent)
            contains = all(ent.start <= m.start and m.end <= ent.end for m in inner)
            # Does the model span hold words of its own beyond the matches, determiners
            # and the conjunctions that join them ("Dhaka and Colombo": two capitals)?
            own = [
                t
                for t in ent
                if t.i not in covered_by_ref
                and t.is_alpha
                and t.lower_ not in _DETERMINERS
                and t.lower_ not in ("and", "or")
            ]
            same = len(inner) == 1 and (inner[0].start, inner[0].end) == core
            # A 'person' holding an organization's name ('Boko Haram Islamic') is that org.
            org_in_person = ent.label_ == "PERSON" and any(m.label == "ORG" for m in inner)
            if contains and not same and own and ent.label_ in _CONTAINERS and not org_in_person:
                keep_model.append(ent)
            elif contains and own and self._city_of_name(ent, own):
                keep_model.append(ent)  # 'Gaza City' is the city, not the Strip inside it

        kept_tokens = {i for e in keep_model for i in range(e.start, e.end)}
        new_ents = list(keep_model)
        for m in chosen:
            if kept_tokens.intersection(range(m.start, m.end)):
                continue
            if m.label == "ORG_GENERIC":
                # A generic name ('Security Council') keeps the model's ORG, without an ID.
                new_ents.append(Span(doc, m.start, m.end, label="ORG"))
                continue
            if m.label == "FEATURE":
                new_ents.append(Span(doc, m.start, m.end, label="LOC"))
                continue
            label = ENT_LABEL.get(m.label) or self._place_label(m.ent_id)
            new_ents.append(Span(doc, m.start, m.end, label=label, span_id=m.ent_id))
        doc.ents = sorted(new_ents, key=lambda s: s.start)
        doc.spans[self.span_key] = [
            Span(doc, m.start, m.end, label=m.label, span_id=m.ent_id)
            for m in sorted(every, key=lambda m: (m.start, m.end, m.label))
        ]
        return doc

    def _feature_matches(self, doc: Doc, gaz: list[_Match]) -> list[_Match]:
        """Water and land named after a state: 'Lake Chad', 'the Gulf of Oman', 'the Sea
        of Japan', 'the Niger Delta'. The feature word, in title case, opens the name (with
        'of' or 'of the' before the state) or closes it; the whole is one place, and the
        state's name inside it no mention of the state."""
        out = []
        for m in gaz:
            if m.label != "COUNTRY_NAME":
                continue
            start, end = m.start, m.end
            before = [t.lower_ for t in doc[max(0, start - 2) : start]]
            gap = 2 if before == ["of", "the"] else 1 if before[-1:] == ["of"] else 0
            if start > gap and self._feature_word(doc[start - gap - 1], lead=True):
                start -= gap + 1  # 'Lake Chad', 'the Gulf of Oman', 'the Sea of the ...'
            elif end < len(doc) and self._feature_word(doc[end], lead=False):
                end += 1  # 'the Niger Delta'
                if start and doc[start - 1].is_title and doc[start - 1].lower_ in self.compass:
                    start -= 1  # 'the South China Sea'
            if (start, end) != (m.start, m.end):
                out.append(_Match(start, end, "FEATURE", ""))
        return out

    def _feature_word(self, tok: Token, lead: bool) -> bool:
        words = self.leading_features if lead else self.trailing_features
        return tok.is_title and tok.lower_ in words

    def _as_feature(self, ent: Span) -> Span:
        """A name the model labelled as a body, a people or a work whose words say water
        or land ('Lake Tanganyika' as NORP, 'the Amu Darya' as WORK_OF_ART): a place."""
        if ent.label_ not in _FEATURE_MISLABELS:
            return ent
        doc = ent.doc
        start, end = self._core(ent)
        words = doc[start:end]
        if len(words) < 2 or not all(t.is_title or t.lower_ in _NAME_LINKS for t in words):
            return ent
        # 'Lake Tanganyika', 'Mount Elgon', 'the Ile a Morphil', 'the Gulf of Aden'; not
        # 'the Gulf War'
        lead = self._feature_word(words[0], lead=True) and (
            words[0].lower_ in _NAMING_FEATURES or words[1].lower_ == "of"
        )
        if not lead and (ent.label_ == "PERSON" or not self._feature_word(words[-1], lead=False)):
            return ent  # 'Tony Hill' is a person: only a word first says a place of a name
        return Span(doc, start, end, label="LOC")

    @staticmethod
    def _city_of_name(ent: Span, own: list) -> bool:  # type: ignore[type-arg]
        """A place the model names with "City" after a known name ('Gaza City', 'Quezon
        City'): the city, when GeoNames knows it by the whole name."""
        if ent.label_ not in ("GPE", "LOC") or [t.text for t in own] != ["City"]:
            return False
        if own[0].i != ent.end - 1:
            return False
        found = ref.lookup_place(ent.text, curated=False)
        return found is not None and found.geonameid is not None

    @staticmethod
    def _place_label(place_id: str) -> str:
        place = ref.curated_place(place_id)
        return "LOC" if place and place.place_kind in ("region", "mountain") else "GPE"


# Abbreviated ranks kept as one token, as the tokenizer keeps "Gen." and "Adm.".
RANK_TOKENS = (
    "Brig.", "Maj.", "Capt.", "Cmdr.", "Cdr.", "Sgt.", "Cpl.", "Pvt.", "Col.", "Lt.", "Insp.",
    "Supt.", "Amb.", "Cmdt.", "Hon.", "Alh.",
    # hyphenated, as Nigerian and South Asian papers write them ('Lt.-Col. Emeka Obi')
    "Lt.-Col.", "Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.",
)  # fmt: skip


_PORTFOLIO_BODIES = frozenset({"ministry", "department", "office", "secretariat"})


_DASHES = frozenset({"-", "\u2013", "\u2014"})


_LABEL_BULLETS = frozenset({"*", "•", "-", "–", "—", "·"})


def _capital_label(doc: Doc) -> list[int]:
    """Tokens of a label in capitals that opens a line, closed by a colon ("UNITED
    STATES: In a post on X, ..."), which the gazetteer, matching the names as written,
    would not know."""
    found: list[int] = []
    starts = [0] + [t.i + 1 for t in doc if "\n" in t.text and t.i + 1 < len(doc)]
    for start in starts:
        if start + 1 < len(doc) and doc[start].text in _LABEL_BULLETS:
            start += 1  # "* TRINIDAD AND TOBAGO: ..." in a factbox
        k = start
        while k < len(doc) and k - start < 6 and doc[k].is_alpha and doc[k].is_upper:
            k += 1
        if k > start and k < len(doc) and doc[k].text == ":" and len(doc[start].text) > 1:
            found.extend(range(start, k))
    return found


def _title_word(word: str, first: bool) -> str:
    """A word of a label in capitals as a name writes it: "Bosnia and Herzegovina"."""
    lower = word.lower()
    return lower if lower in _NAME_LINKS | {"and"} and not first else word.capitalize()


def _cut_at_bracket(ent: Span) -> list[Span]:
    """A country or known region run across an opening bracket into a name: "COTONOU,
    Benin (Nordwire) -" gave one organization "Benin (Nordwire", the dateline's country and
    the wire service read as one. A name before the bracket that is neither ("AA (Arakan Army",
    "Tatmadaw (Air") is the body the bracket spells out or qualifies."""
    doc = ent.doc
    k = next((t.i for t in ent[1:] if t.text == "("), None)
    if (
        k is None
        or k + 1 >= ent.end
        or any(t.text == ")" for t in doc[k : ent.end])
        or (
            ref.lookup_country(left := doc[ent.start : k].text) is None
            and ref.lookup_place(left, geonames=False) is None
        )
    ):
        return [ent]
    return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]


# The last part of a wire picture's credit ("Meridian/Ingrid Lemus/File Photo"): no name.
CREDIT_SUFFIXES = frozenset({"file photo", "file", "handout", "pool"})


def _credit_name(part: Span) -> bool:
    """Two or three capitalised words, hyphens inside ("Farai Nyandoro-Pitt")."""
    words = [t for t in part if t.text != "-"]
    return 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words)


def _cut_at_credit_slash(ent: Span) -> list[Span]:
    """A picture credit the model read as one name: "(De Nationale Courant/Jurgen
    Eersteling)", "ICRC/Farai Nyandoro-Pitt", "Meridian/Ingrid Lemus/File Photo" (the
    outlet, then its photographer) or "Edinaldo Kuroiwa/Correio da Fronteira" (the
    photographer first). Each part between glued slashes is a name of its own: the
    photographer a person, the outlet an organization; "File Photo" is none."""
    if ent.label_ not in ("ORG", "PERSON"):
        return [ent]
    doc = ent.doc
    cuts = [
        t.i
        for t in ent[1:-1]
        if t.text == "/" and not t.whitespace_ and not doc[t.i - 1].whitespace_
    ]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    parts = [doc[a + (a != ent.start) : b] for a, b in zip(bounds, bounds[1:], strict=False)]
    parts = [p for p in parts if len(p) and p.text.casefold() not in CREDIT_SUFFIXES]
    if ent.label_ == "ORG" and not any(_credit_name(p) for p in parts[1:]):
        return [ent]
    if ent.label_ == "PERSON" and not _credit_name(parts[0]):
        return [ent]
    out = []
    for n, part in enumerate(parts):
        person = _credit_name(part) and (n > 0) == (ent.label_ == "ORG")
        out.append(Span(doc, part.start, part.end, label="PERSON" if person else "ORG"))
    return out


def _date_then_place(ent: Span) -> list[Span]:
    """A dated entry of a list or log ("4 June - Segovia (Antioquia): Four soldiers ..."):
    the model reads the place after the dash into the date. The date ends at the dash;
    the name after it is a place when the gazetteer knows one by that name."""
    if ent.label_ != "DATE":
        return [ent]
    doc = ent.doc
    dash = next((t.i for t in ent[1:] if t.text in _DASHES), None)
    if dash is None or dash + 1 >= ent.end:
        return [ent]
    tail = doc[dash + 1 : ent.end]
    if tail[0].pos_ != "PROPN" or not all(
        t.is_title and t.is_alpha and not is_date_word(t.text) for t in tail
    ):
        return [ent]
    out = [Span(doc, ent.start, dash, label="DATE")]
    if ref.lookup_place(tail.text) is not None:
        out.append(Span(doc, tail.start, tail.end, label="GPE"))
    return out


def _without_edge_space(ent: Span) -> Span | None:
    """The model's entity without the line break it sometimes runs on into ("in
    Kerman\nPakistan army": a place "Kerman\n")."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_) if end > start else None


def _joined_portfolios(doc: Doc) -> list[Span]:
    """The model's entities, with a ministry whose name joins two portfolios made one:
    the model cuts "the Ministry of Defence and Veterans Affairs" (or "... Foreign Affairs
    and International Cooperation") at the conjunction into two organizations."""
    ents = [e for e in map(_without_edge_space, doc.ents) if e is not None]
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        words = [t for t in ent if t.lower_ not in _DETERMINERS]
        between = doc[ent.end : nxt.start] if nxt is not None else None
        joined = (
            nxt is not None
            and ent.label_ == "ORG"
            and nxt.label_ == "ORG"
            and words
            and words[0].lower_ in _PORTFOLIO_BODIES
            and (
                ([t.lower_ for t in between] == ["and"] and ent[-1].lower_ != "and")
                or (not len(between) and ent[-1].lower_ == "and")
            )
            and all(t.is_title or not t.is_alpha for t in nxt)
        )
        if joined:
            ent = Span(doc, ent.start, nxt.end, label="ORG")
            i += 1
        ent = _through_portfolios(_through_of(ent))
        out.append(ent)
        i += 1
        while i < len(ents) and ents[i].start < ent.end:
            i += 1  # words the longer name took in ('Francophonie', 'Congolese')
    return out


# Entity labels a listed portfolio is never made of alone: a state, people, a place or
# another body ("the Ministry of Defence, Hamas and Islamic Jihad said").
_NOT_A_PORTFOLIO = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG"})
# Portfolios a ministry's name may list after its first, and words in each.
PORTFOLIO_LIST_MAX = 4
PORTFOLIO_MAX_WORDS = 3


def _through_portfolios(ent: Span) -> Span:
    """A ministry whose name lists its portfolios, which the model cuts at the first
    comma: "the Ministry of Foreign Affairs, | Francophonie and Congolese Abroad", "the
    Ministry of Information, | Cultural Affairs and Tourism". The list is title-case
    words in commas ending with "and" and a last portfolio; none of them a state,
    a people, a place, another body or a full name on its own."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ not in _DETERMINERS]
    if ent.label_ != "ORG" or not words or words[0].lower_ not in _PORTFOLIO_BODIES:
        return ent
    i, listed = ent.end, 0
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return ent  # "Ministry of Defence and Veterans": two portfolios, no list
    while listed < PORTFOLIO_LIST_MAX and i + 1 < len(doc) and doc[i].text in (",", "and"):
        last = doc[i].text == "and"
        j = i + 1
        while j < len(doc) and j - i <= PORTFOLIO_MAX_WORDS and doc[j].is_title and doc[j].is_alpha:
            j += 1
        if j == i + 1 or not _portfolio_words(doc[i + 1 : j]):
            return ent
        listed += 1
        i = j
        if last:
            # The list ends with its last portfolio, the name with it (or "of" a state).
            after = doc[i] if i < len(doc) else None
            if after is not None and after.is_title and after.is_alpha:
                return ent
            return Span(doc, ent.start, i, label="ORG")
    return ent


def _portfolio_words(words: Span) -> bool:
    """Whether title-case words can be a portfolio: not all of them in an entity of a
    kind in :data:`_NOT_A_PORTFOLIO` or in a full name."""
    for t in words:
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        if ent is None or ent.start < words.start:
            return True  # no entity, or the ministry's own (the list already taken in)
        if ent.label_ not in _NOT_A_PORTFOLIO and not (ent.label_ == "PERSON" and len(ent) > 1):
            return True
        if ent.label_ == "ORG" and ent.start == words.start and _unknown_pair(ent):
            return True  # the rest of the list run into one name: "International Business
            # and International Cooperation"
    return False


def _unknown_pair(ent: Span) -> bool:
    """Whether an organization's span is two names joined by "and", neither of them a
    body the references know ("Hamas and Islamic Jihad" is two)."""
    parts = re.split(r"\s+and\s+", ent.text.removeprefix("the "))
    index = ref.org_name_index()
    return len(parts) == 2 and all(ref.key(part) not in index for part in parts)


def lists_portfolios(span: Span) -> bool:
    """Whether a body's name holding commas is a ministry listing its portfolios (see
    :func:`_through_portfolios`), not two names run together."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None:
        return False
    head = Span(span.doc, span.start, comma, label="ORG")
    end = _through_portfolios(head).end
    if end == span.end:
        return True
    if not comma < end < span.end:
        return False  # no list, or one running past the span
    # "... and Worship of Argentina": the state's name after the list
    rest = span.doc[end : span.end]
    return rest[0].lower_ == "of" and not any(t.text == "," for t in rest)


# How many capitalised words an organization's name cut after "of" may run on over.
OF_TAIL_MAX_WORDS = 3


def _through_of(ent: Span) -> Span:
    """An organization the model cut after "of", before a word it does not know: "the
    banned United Liberation Front of | Asom (Independent)". The capitalised words
    that follow, outside any other entity, end its name (a line break is a token of its
    own, no capitalised word, so the name stays on its line)."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or ent[-1].lower_ != "of":
        return ent
    end = ent.end
    while (
        end < len(doc)
        and end - ent.end < OF_TAIL_MAX_WORDS
        and doc[end].is_title
        and doc[end].is_alpha
        and doc[end].ent_iob_ == "O"
    ):
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label="ORG")


@Language.factory(
    COMPONENT,
    default_config={
        "span_key": SPAN_KEY,
        "filler_words": [
            "unrecognized",
            "unrecognised",
            "self-proclaimed",
            "self-declared",
            "breakaway",
            "so-called",
        ],
        "headline_min_tokens": 4,
        "headline_title_ratio": 0.8,
        # Time zones and day halves: a live page's "14:32 GMT - Officials said" is no name.
        "clock_words": [
            "gmt",
            "utc",
            "bst",
            "cet",
            "cest",
            "eet",
            "eest",
            "msk",
            "ist",
            "est",
            "edt",
            "cst",
            "cdt",
            "pst",
            "pdt",
            # Zones of the regions conflicts are reported from.
            "kst",
            "jst",
            "hkt",
            "sgt",
            "pht",
            "ict",
            "wib",
            "mmt",
            "pkt",
            "npt",
            "aft",
            "irst",
            "gst",
            "ast",
            "trt",
            "eat",
            "cat",
            "wat",
            "sast",
            "aest",
            "aedt",
            "am",
            "pm",
            "a.m.",
            "p.m.",
        ],
        "rank_tokens": list(RANK_TOKENS),
        # A press unit's name, up to "of": "Press Service", "Media Directorate",
        # "Public Relations Department" (the last word one of ``press_units``).
        "press_words": ["press", "media", "information", "public", "relations",
                        "communications", "communication", "news"],
        "press_units": ["service", "office", "directorate", "department", "centre",
                        "center", "bureau", "cell", "wing", "unit", "section"],
        # "Niger's military government", "the army-led council": a force word before a
        # ruling body's noun describes that body (the state), not the armed forces.
        "force_words": ["military", "army"],
        "ruling_nouns": ["government", "governments", "junta", "regime", "rulers",
                         "ruler", "authorities", "administration", "council"],
        "ruling_participles": ["led", "run", "ruled", "dominated", "controlled"],
        # "France's Armed Forces Ministry": a body's head noun after a name makes the name
        # part of that body's ("Armed Forces Ministry"), not a body of its own.
        "body_heads": ["ministry", "department"],
        # Words British and American English spell apart: an organization the references
        # spell one way is found spelled the other ("South Sudan People's Defense Forces",
        # "World Food Program").
        "spelling_variants": [["defence", "defense"], ["organisation", "organization"],
                              ["programme", "program"], ["centre", "center"]],
        # Title-case words that make a name water or land: first ('Lake Chad', 'Gulf of
        # Oman') or last ('the Niger Delta', 'the Amu Darya', darya being Persian for river).
        "leading_features": ["lake", "gulf", "sea", "bay", "strait", "straits", "mount", "ile",
                             "île", "isla", "ilha"],
        "trailing_features": ["sea", "ocean", "gulf", "bay", "strait", "lake", "river",
                              "island", "islands", "peninsula", "valley", "desert",
                              "plateau", "delta", "basin", "swamp", "heights", "highlands",
                              "mountains", "hills", "darya"],
        "compass_words": ["north", "south", "east", "west", "northern", "southern", "eastern",
                          "western", "central", "upper", "lower"],
    },
)  # fmt: skip
def make_reference_entity_ruler(
    nlp: Language,
    name: str,
    span_key: str,
    filler_words: list[str],
    headline_min_tokens: int,
    headline_title_ratio: float,
    clock_words: list[str],
    rank_tokens: list[str],
    press_words: list[str],
    press_units: list[str],
    force_words: list[str],
    ruling_nouns: list[str],
    ruling_participles: list[str],
    leading_features: list[str],
    trailing_features: list[str],
    compass_words: list[str],
    body_heads: list[str],
    spelling_variants: list[list[str]],
) -> ReferenceEntityRuler:
    return ReferenceEntityRuler(
        nlp,
        name,
        span_key,
        filler_words,
        headline_min_tokens,
        headline_title_ratio,
        clock_words,
        rank_tokens,
        press_words,
        press_units,
        force_words,
        ruling_nouns,
        ruling_participles,
        leading_features,
        trailing_features,
        compass_words,
        body_heads,
        spelling_variants,
    )


def add_to_pipeline(nlp: Language, **config: object) -> Language:
    """Add the reference component after ``ner``, and the dateline, line, bracket and
    title boundaries before the parser (idempotent)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="ner" if "ner" in nlp.pipe_names else None, config=config)
    if LEMMA_COMPONENT not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMA_COMPONENT, after="lemmatizer")
    if FORMATION_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(FORMATION_COMPONENT, after=COMPONENT)
    if DATELINE_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    if LINE_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_COMPONENT, before="parser")
    if BRACKET_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(BRACKET_COMPONENT, before="parser")
    if TITLE_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(TITLE_COMPONENT, before="parser")
    _split_glued_brackets(nlp)
    # "he wrote on X. Malaysia called ...": the tokenizer keeps a capital and its period
    # as an initial, so the sentence ran on and the next one's subject was lost; the
    # platform's name ends sentences far more often than an initial X does.
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp


# A bracket glued to the word before it: "the Russian security services(FSB) claimed";
# and a footnote's number glued to a sentence's end: "have been killed.[13] The".
_GLUED_BRACKET = r"(?<=[A-Za-z])\((?=[A-Za-z])"
_GLUED_FOOTNOTE = r"(?<=[\w.,;:!?\"”’)])\[(?=\d{1,3}(?:\]|$))"
_FOOTNOTE_STOP = r"(?<=[\w\"”’)])[.,;:!?](?=\[\d{1,3}(?:\]|$))"


def _split_glued_brackets(nlp: Language) -> None:
    """The tokenizer splits a bracket glued to the word before it, which it keeps whole by
    default ("services(FSB" was one token, so the acronym named no one), and a footnote's
    bracket glued to a sentence's end ("killed.[13" hid the verb)."""
    finditer = nlp.tokenizer.infix_finditer  # type: ignore[attr-defined]
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", "")
    if _GLUED_BRACKET in pattern:
        return
    infixes = [*nlp.Defaults.infixes, _GLUED_BRACKET, _GLUED_FOOTNOTE, _FOOTNOTE_STOP]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[attr-defined]


FORMATION_COMPONENT = "newsledger_numbered_formations"
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)|\d+", re.IGNORECASE)


class NumberedFormations:
    """A military formation's number is part of its name: "the 92nd Caribe Brigade",
    "the 18th Brigade", "the 58th Army". The model tags the ordinal apart and often
    leaves a bare "Brigade" untagged, so the unit's name is lost or shared by every
    brigade of an army. One ORG span covers the number, up to ``max_words`` title-case
    words and a formation noun; entities inside it give way."""

    def __init__(self, formation_nouns: list[str], spelled_ordinals: list[str], max_words: int):
        self.formation_nouns = frozenset(w.lower() for w in formation_nouns)
        self._noun_ids = frozenset(get_string_id(w) for w in self.formation_nouns)
        self.spelled_ordinals = frozenset(w.lower() for w in spelled_ordinals)
        self.max_words = max_words

    def _number(self, doc: Doc, i: int) -> bool:
        tok = doc[i]
        if tok.lower_ in self.spelled_ordinals:
            return tok.is_title
        if not _ORDINAL_RE.fullmatch(tok.text):
            return False
        # A bare cardinal names a unit only after "the" ("the 13 Brigade"): "four
        # soldiers of 13 Brigade" would read alike, but "13 brigades" is a count.
        return not tok.text.isdigit() or (i > 0 and doc[i - 1].lower_ == "the")

    def __call__(self, doc: Doc) -> Doc:
        if self._noun_ids.isdisjoint(doc.to_array(LOWER).tolist()):
            # No formation noun, no formation: one array of the lower-case forms' IDs
            # says so without a pass over the tokens in Python (most paragraphs).
            return doc
        spans: list[Span] = []
        i = 0
        while i < len(doc) - 1:
            if not self._number(doc, i):
                i += 1
                continue
            j = i + 1
            end = None
            while j < len(doc) and j - i <= self.max_words + 1:
                tok = doc[j]
                if not (tok.is_title or tok.is_upper) or not tok.is_alpha:
                    break
                j += 1
                if tok.lower_ in self.formation_nouns:
                    end = j
            if end is None:
                i += 1
                continue
            spans.append(Span(doc, i, end, label="ORG"))
            i = end
        # An ORG that already holds the whole name ("the 13 Brigade") stays as it is.
        orgs = [e for e in doc.ents if e.label_ == "ORG"]
        spans = [s for s in spans if not any(e.start <= s.start and s.end <= e.end for e in orgs)]
        if not spans:
            return doc
        taken = {t for s in spans for t in range(s.start, s.end)}
        kept = [e for e in doc.ents if taken.isdisjoint(range(e.start, e.end))]
        doc.ents = sorted(kept + spans, key=lambda s: s.start)
        return doc


@Language.factory(
    FORMATION_COMPONENT,
    default_config={
        "formation_nouns": [
            "army", "brigade", "brigades", "division", "battalion", "regiment", "corps",
            "fleet", "flotilla", "squadron", "detachment", "infantry", "rifles", "commando",
        ],
        "spelled_ordinals": [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth",
        ],
        "max_words": 3,
    },
)  # fmt: skip
def make_numbered_formations(
    nlp: Language,
    name: str,
    formation_nouns: list[str],
    spelled_ordinals: list[str],
    max_words: int,
) -> NumberedFormations:
    return NumberedFormations(formation_nouns, spelled_ordinals, max_words)


DATELINE_COMPONENT = "newsledger_dateline_boundary"


class DatelineBoundary:
    """A wire dateline ("BAKU, Sept. 28 (Reuters) - ") ends a sentence of its own.

    Runs before the parser, which keeps sentence starts set before it: without the
    break the parser hangs the dateline's words on the lede's verb, and the agency
    in brackets reads as the subject of "said".
    """

    def __call__(self, doc: Doc) -> Doc:
        end = dateline_end(doc_text(doc))
        if end:
            tok = next((t for t in doc if t.idx >= end), None)
            if tok is not None and tok.i > 0:
                tok.is_sent_start = True
        return doc


@Language.factory(DATELINE_COMPONENT)
def make_dateline_boundary(nlp: Language, name: str) -> DatelineBoundary:
    return DatelineBoundary()


LEMMA_COMPONENT = "newsledger_irregular_lemmas"
_LEMMA_POS = frozenset({VERB, AUX, NOUN, PROPN})


class IrregularLemmas:
    """An irregular past form the tagger read as a present ("retook" as VBP) keeps
    itself as its lemma, since the rule lemmatizer leaves base forms alone; so "retook
    the town" would miss the cue "retake". The lemmatizer's own exception table knows
    the form: a verb whose lemma is its own text and which the table lists as an
    inflection of another lemma gets that lemma."""

    def __init__(
        self,
        exceptions: dict[str, list[str]],
        fixes: dict[str, str] | None = None,
        noun_fixes: dict[str, str] | None = None,
    ):
        self.exceptions = exceptions
        self.fixes = fixes or {}
        self.noun_fixes = noun_fixes or {}

    def __call__(self, doc: Doc) -> Doc:
        # Only verbs and nouns can change: the others are passed over from one array of
        # the tokens' parts of speech instead of one by one in Python.
        for i in (i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in _LEMMA_POS):
            tok = doc[i]
            if tok.pos_ in ("VERB", "AUX") and tok.lower_ in self.fixes:
                tok.lemma_ = self.fixes[tok.lower_]
                continue
            if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.noun_fixes:
                tok.lemma_ = self.noun_fixes[tok.lower_]
                continue
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.casefold() != tok.lower_:
                continue
            lemmas = self.exceptions.get(tok.lower_)
            if lemmas and lemmas[0] != tok.lower_:
                tok.lemma_ = lemmas[0]
        return doc


@Language.factory(
    LEMMA_COMPONENT,
    # Forms the rule lemmatizer cuts to another word: "hoped" -> "hop" ("-ed" off); the
    # noun table reads "bases" as "basis", where war news means military bases.
    default_config={
        "fixes": {"hoped": "hope", "hoping": "hope", "coped": "cope"},
        "noun_fixes": {"bases": "base"},
    },
)
def make_irregular_lemmas(
    nlp: Language, name: str, fixes: dict[str, str], noun_fixes: dict[str, str]
) -> IrregularLemmas:
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_exc")  # type: ignore[attr-defined]
    return IrregularLemmas(dict(table.get("verb", {})), fixes, noun_fixes)


LINE_COMPONENT = "newsledger_line_boundary"


class LineBoundary:
    """A line of its own inside a paragraph starts a sentence: the items of a "Key
    events" box, a heading glued above its text, a list without bullets.

    Runs before the parser. Without it the parser reads "France, Germany call for
    ceasefire\nTurkey offers to mediate" as one sentence, and the second line's
    subject acts in the first line's clause. A break inside wrapped prose (the line
    ends with a comma or one of ``continuing_words``, or the next line opens in lower
    case) is no boundary.
    """

    def __init__(self, continuing_words: list[str]) -> None:
        self.continuing = frozenset(continuing_words)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if "\n" not in text:
            return doc  # one line (most paragraphs): no line of its own to start
        for tok in doc[1:]:
            if tok.is_space or "\n" not in text[doc[tok.i - 1].idx : tok.idx]:
                continue
            if BULLET_RE.match(text[tok.idx : tok.idx + 4]):
                tok.is_sent_start = True  # an item of a list, whatever ends the line above
                continue
            prev = next((t for t in reversed(doc[: tok.i]) if not t.is_space), None)
            if prev is None or prev.text in (",", ";", ":", "-", "–", "—", "(", "/"):
                continue
            opens = tok.is_title or tok.is_upper or tok.like_num or tok.is_quote
            if prev.lower_ in self.continuing or not opens:
                continue
            tok.is_sent_start = True
            if tok.like_num:
                _keep_figure_line(doc, tok)
        return doc


def _keep_figure_line(doc: Doc, first: Token) -> None:
    """A line that opens with a figure and a dash ("431 — of them in Chile") is one
    sentence: left alone, the parser ends a sentence after the figure."""
    j = first.i + 1
    while j < len(doc) and doc[j].like_num and not doc[j - 1].whitespace_.count("\n"):
        j += 1
    if j + 1 < len(doc) and doc[j].text in ("—", "–") and "\n" not in doc[j - 1].whitespace_:
        doc[j].is_sent_start = False
        doc[j + 1].is_sent_start = False


@Language.factory(
    LINE_COMPONENT,
    default_config={
        # Last words after which a line break is a wrapped sentence going on, not a new
        # line of a list: no box item or heading ends in "the", "of" or "and".
        "continuing_words": [
            "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "for",
            "from", "by", "with", "as", "that", "which", "who", "whose", "than", "its",
            "their", "his", "her", "our", "into", "onto", "over", "under", "after",
            "before", "about",
        ],
    },
)  # fmt: skip
def make_line_boundary(nlp: Language, name: str, continuing_words: list[str]) -> LineBoundary:
    return LineBoundary(continuing_words)


BRACKET_COMPONENT = "newsledger_bracket_continuation"
_CLOSE = get_string_id(")")
_FINAL = frozenset({".", "!", "?", ":", ";"})


class BracketContinuation:
    """A sentence that was not over before a bracket goes on after it.

    Runs before the parser, after the components that start sentences. The parser
    tends to end a sentence at a closing bracket: "According to Colonel (retired) Samuel
    Wani Tombe, ..." became two sentences, and the source lost its claims. The word
    after ``)`` on the same line starts no sentence when the text before the matching
    ``(`` had not ended one.
    """

    def __call__(self, doc: Doc) -> Doc:
        closes = [i for i, o in enumerate(doc.to_array(ORTH).tolist()) if o == _CLOSE]
        for i in closes:
            if i + 1 >= len(doc) or doc[i + 1].is_sent_start:
                continue
            nxt = doc[i + 1]
            if nxt.is_space or nxt.is_punct or "\n" in doc[i].whitespace_:
                continue
            opening = next(
                (j for j in range(i - 1, max(i - 12, -1), -1) if doc[j].text == "("), None
            )
            if opening is None or opening == 0:
                continue
            before = doc[opening - 1]
            if before.is_space or before.text in _FINAL or before.is_quote:
                continue
            nxt.is_sent_start = False
        return doc


@Language.factory(BRACKET_COMPONENT)
def make_bracket_continuation(nlp: Language, name: str) -> BracketContinuation:
    return BracketContinuation()


TITLE_COMPONENT = "newsledger_title_continuation"


class TitleContinuation:
    """A sentence goes on after a title's abbreviation before a name.

    Runs before the parser, which may end a sentence at the abbreviation's point:
    '"...," FAA spokesman Brig. Jorge Kalunga Mateus told TPA' became two sentences, and
    the quote lost its speaker. The capitalised word after one of ``abbreviations`` on
    the same line starts no sentence.
    """

    def __init__(self, abbreviations: list[str]) -> None:
        self.abbreviations = frozenset(abbreviations)

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[:-1]:
            if tok.text not in self.abbreviations or "\n" in tok.whitespace_:
                continue
            nxt = doc[tok.i + 1]
            if nxt.is_title and nxt.is_alpha:
                nxt.is_sent_start = False
        return doc


@Language.factory(
    TITLE_COMPONENT,
    default_config={
        # Ranks and titles written short before a name.
        "abbreviations": [
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Hon.", "Gov.", "Sen.", "Rep.",
            "Amb.", "Pres.", "Gen.", "Brig.", "Col.", "Lt.", "Maj.", "Capt.", "Cpt.", "Sgt.",
            "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Cdr.", "Insp.", "Supt.", "Cmdt.", "Brig.-Gen.",
            "Maj.-Gen.", "Lt.-Gen.", "Lt.-Col.",
        ],
    },
)  # fmt: skip
def make_title_continuation(
    nlp: Language, name: str, abbreviations: list[str]
) -> TitleContinuation:
    return TitleContinuation(abbreviations)


def _language(doc: Doc, start: int, end: int) -> bool:
    """A demonym that names a language, not a people or its state: "an unofficial
    translation from the French", "translated into Arabic", "French-language media"."""
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in ("language", "speaking")
    ):
        return True
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or doc[k].lower_ not in ("from", "into", "in"):
        return False
    if end < len(doc) and not doc[end].is_punct:
        return False  # "from the French embassy", "in Iraqi custody"
    return any(t.lower_.startswith(("translat", "languag")) for t in doc[max(0, k - 6) : k])
