"""What the fact extractors share: the article's context and the syntax helpers.

The extractors (:mod:`~newsledger.extract.quotes`, :mod:`~newsledger.extract.claims`,
:mod:`~newsledger.extract.reactions`, :mod:`~newsledger.extract.timeline`) work
from the spaCy docs the NLP stage already made (no second parse) and from the
entity stage's mentions, which map words to entity IDs. This module imports none
of them; it holds:

* :class:`ArticleContext`: token offsets, sentences, sections, mentions and
  entities of one article, with the lookups between them;
* speaker resolution (:meth:`ArticleContext.resolve_subject`): the named
  subject of a verb, following conjunctions and participles up to the verb
  that has one ("Babayan denied the report, saying ..."), the passive agent,
  "he"/"she"/"it" to the last fitting entity named before (never one named
  inside a quote), a bare role ("the secretary-general told ...") to the last
  person named before, and a mention next to the verb ("..., added KCNA");
  a subject that names nobody hands over to the clause that reports it ("Rice
  said the bombings underlined ..."); a pronoun subject of a reporting verb
  ("It added") and "the statement" to whoever spoke just before; "the
  ministry" to the organization named before; a given or family name alone to
  the person named in full; an unnamed source ("officials said") to nobody;
* coordinated subjects split into one group per conjunct ("the foreign
  ministries of Georgia, Kazakhstan, France" is three actors; "President of the
  European Council Charles Michel" is one);
* lemma and verb helpers over spaCy tokens.

Lexicons (cue verbs, unit nouns, stance patterns, CAMEO codes, date words) are
data: ``newsledger/extract/data/attribution.yaml``. Role words come from
``seeds/reference/roles.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from newsledger.config import REFERENCE_DIR
from newsledger.extract.components import doc_text
from newsledger.extract.gender import genders, pronoun_gender, word_gender
from newsledger.extract.nlp import ArticleDocs
from newsledger.extract.reference import countries_in, lookup_country, read_lexicon
from newsledger.extract.reference import country as country_record
from newsledger.ids import entity_id
from newsledger.parse import BULLET_RE, LEAD_IN_RE, WIRE_FACTBOX_RE, label_end

__all__ = ["ArticleContext", "Ref", "lexicon", "role_words"]

DATA_FILE = Path(__file__).resolve().parent / "data" / "attribution.yaml"
ENTITY_PREFIXES = {"person": "PERSON", "org": "ORG", "country": "COUNTRY", "place": "PLACE"}
# Speakers and claimants: a named person beats an organization beats a country.
SPEAKER_PREFERENCE = ("PERSON", "ORG", "COUNTRY")
# Courtesy titles between a comma and a name: ", Ambassador Yusuf Garba Danladi".
_COURTESY_BEFORE_RE = re.compile(
    r"(?:\s*\b(?:Mr|Mrs|Ms|Dr|Ambassador|H\.E\.|His Excellency|Her Excellency)\.?)*\s*$"
)
# Words after "according" within which the source's name, or the comma before it, stands.
NAMED_AFTER_REACH = 12
# Dependency labels of clauses hanging off a noun; they are not part of the name.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# A verb without its own subject shares the subject of the verb it hangs on.
INHERIT_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
# A passive clause with no agent, reached from a participle, hands on to its head.
CLIMB_DEPS = INHERIT_SUBJECT_DEPS | {"ccomp"}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Marks that open a quote (the quote extractor's opening and straight marks).
QUOTE_OPENERS = '“„«"'


@dataclass(frozen=True)
class Ref:
    """An entity the text points at, and the words that point at it."""

    entity_id: str
    surface: str
    char_start: int
    char_end: int


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The attribution lexicons (``data/attribution.yaml`` beside this module), read once."""
    return read_lexicon(DATA_FILE)


@cache
def lexset(name: str) -> frozenset[str]:
    """One lexicon list as a set, built once: the extractors test membership per token."""
    return frozenset(lexicon()[name])


def hyphen_joined_end(doc: Doc, end: int, *, titled: bool = True) -> int:
    """Where a name ending before token ``end`` ends once the words hyphens join to it
    without spaces are added ('Sarhaddi-Nejad', 'de la Torre-Ugarte'; with ``titled``
    false also a lower-case part, 'Ma-ei')."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and (doc[end + 1].is_title if titled else doc[end + 1].is_alpha)
    ):
        end += 2
    return end


def hyphen_joined_start(doc: Doc, start: int) -> int:
    """Where a name opening at token ``start`` opens once the capitalized words hyphens
    join to it without spaces are added ('Szczęsny-' of 'Szczęsny-Wołowicz')."""
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title
    ):
        start -= 2
    return start


def tokens_lowered(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-case form is one of ``words``, found in the doc's
    array of lower-case IDs: making a Python object of every token is what a loop over
    the doc costs."""
    strings = doc.vocab.strings
    ids = {strings[w] for w in words if w in strings}
    if not ids:
        return []
    return [doc[i] for i, x in enumerate(doc.to_array(LOWER).tolist()) if x in ids]


def role_words() -> frozenset[str]:
    """Role and title words ("secretary-general", "spokesman"), lower-cased."""
    return _role_forms(("role", "rank"))


def role_modifiers() -> frozenset[str]:
    """Words that qualify a role ("deputy", "acting"), lower-cased: "the Deputy Minister"
    names no one new."""
    return _role_forms(("modifier",))


@lru_cache(maxsize=2)
def _role_forms(kinds: tuple[str, ...]) -> frozenset[str]:
    """The surface and normalized forms of roles.csv's rows of these kinds, lower-cased."""
    path = REFERENCE_DIR / "roles.csv"
    words: set[str] = set()
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("kind") in kinds:
                    for value in (row.get("surface"), row.get("normalized")):
                        if value:
                            words.add(_norm_role(value))
    return frozenset(words)


def _norm_role(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.casefold()).strip()


def lemma_of(tok: Token) -> str:
    return tok.lemma_.casefold() if tok.lemma_ else tok.lower_


def lemma_string(tokens: Iterable[Token]) -> tuple[str, list[tuple[int, Token]]]:
    """Lower-cased lemmas of the non-punctuation tokens joined by spaces.

    Returns the string and, for each token, the position of its lemma in it, so
    that a regular expression match maps back to tokens.
    """
    parts: list[str] = []
    index: list[tuple[int, Token]] = []
    pos = 0
    for tok in tokens:
        if tok.is_punct or tok.is_space:
            continue
        lem = lemma_of(tok)
        index.append((pos, tok))
        parts.append(lem)
        pos += len(lem) + 1
    return " ".join(parts), index


def tokens_at(index: list[tuple[int, Token]], start: int, end: int) -> list[Token]:
    """Tokens of a lemma string whose lemma overlaps [start, end)."""
    out = []
    for pos, tok in index:
        lem_end = pos + len(lemma_of(tok))
        if pos < end and lem_end > start:
            out.append(tok)
    return out


def is_verb(tok: Token) -> bool:
    # spaCy sometimes tags a cue verb as an adjective ("..., added KCNA"):
    # the fine-grained tag still says VB*.
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def first_conjunct(tok: Token) -> Token:
    """The first item of the list a word stands in ('in Tarn, Vesk and Oskel': Tarn),
    which holds the list's place in the clause; the word itself outside a list."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def conjuncts(tok: Token) -> list[Token]:
    """Every item of the list a word stands in, the first one first."""
    items, todo = [], [first_conjunct(tok)]
    while todo:
        t = todo.pop()
        items.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return items


def ancestors_to_verb(tok: Token) -> Token | None:
    """The first verb above a token (its governing verb), or None."""
    for anc in tok.ancestors:
        if is_verb(anc):
            return anc
    return None


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def main_verb(sent: Span) -> Token:
    """The verb that carries a sentence: its root, or, where the parser made the
    subject the root ("Jan Kos, mayor of Dorf, left on Sunday": ``left`` an ``acl``
    of ``Kos``), the one finite verb hung on that root."""
    root = sent.root
    if is_verb(root) or root.pos_ not in ("PROPN", "NOUN"):
        return root
    finite = [c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP")]
    return finite[0] if len(finite) == 1 and finite[0].i > root.i else root


# What a source says of itself when it will not be named.
_ANONYMITY_RE = re.compile(
    r"\b(?:not to be (?:named|identified)|anonymity|anonymously|(?:withheld|withhold) "
    r"(?:his|her|their) names?|without being named|not to (?:use|give|print|publish|reveal|"
    r"disclose) (?:his|her|their) (?:full |real )?names?)\b",
    re.IGNORECASE,
)


def _anonymous(head: Token) -> bool:
    """Does a relative clause or a participle on the noun say that the source will not be
    named ("who asked not to be named", "speaking on condition of anonymity")?"""
    return any(
        c.dep_ in ("relcl", "acl", "advcl", "parataxis")  # "(he asked me not to use his name)"
        and _ANONYMITY_RE.search(c.doc[c.left_edge.i : c.right_edge.i + 1].text)
        for c in head.children
    )


def _addressee(tok: Token, verb: Token) -> bool:
    """Whether a name is the object of a verb of telling ("told Radio Mozambique")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok.dep_ in ("dobj", "dative")
        and tok.head.i == verb.i
        and lemma_of(verb) in lexset("addressee_verbs")
    )


def _predicate_noun(tok: Token) -> bool:
    """A verb the tagger read as a plural noun, heading its sentence with a subject: "The
    General Staff of the Armed Forces informs:"."""
    return tok.dep_ == "ROOT" and tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children)


def _issues_release(verb: Token, also: tuple[str, ...] = ()) -> bool:
    """ "issued its daily update", "released a statement": a verb of issuing whose
    object is a release (or one of the nouns ``also`` names: "issued its daily report")."""
    nouns = lexset("release_nouns") | set(also)
    return lemma_of(verb) in lexset("issuing_verbs") and any(
        c.dep_ == "dobj" and lemma_of(c) in nouns for c in verb.children
    )


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _clause_just_before(verb: Token) -> Token | None:
    """ "X summoned the ambassador after Moscow called the operation 'punitive' and warned
    of ...": the parser hung "warned" on the main verb; the subordinate clause that
    ends right before its "and", with a subject of its own, is the one it goes on."""
    head = verb.head
    inner = [
        c
        for c in head.children
        if c.dep_ == "advcl"
        and head.i < c.i < verb.i
        and any(m.dep_ == "mark" for m in c.children)
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    if not inner:
        return None
    last = inner[-1]
    between = verb.doc[last.right_edge.i + 1 : verb.i]
    if all(t.dep_ in ("cc", "punct") or t.is_quote for t in between) and any(
        t.dep_ == "cc" for t in between
    ):
        return last
    return None


def unnamed_subject(tok: Token, gender: str | None) -> bool:
    """ "The AU Commission chairperson called for a ceasefire and said he would send an
    envoy": a pronoun after its sentence's subject, an office named by no name, is
    that office's holder, not a person named sentences before."""
    return unnamed_subject_of(tok, gender) is not None


def aged(span: Span) -> bool:
    """A name with an age set off after it ("Zurab Beruashvili, 67,"): a person, and one
    the text introduces as a private one."""
    doc, i = span.doc, span.end
    return (
        i + 2 < len(doc)
        and doc[i].text == ","
        and doc[i + 1].text.isdigit()
        and int(doc[i + 1].text) < 120
        and doc[i + 2].text in (",", ")", ".", ";")
    )


def unnamed_subject_of(tok: Token, gender: str | None) -> Token | None:
    """The subject :func:`unnamed_subject` finds for a pronoun, if any."""
    sent = tok.sent
    found = _unnamed_subject_in(sent, tok, gender)
    goes_on = tok.i == sent.start or _trailing_speaker(tok)
    for _ in range(3):
        if found is not None or sent.start == 0 or not goes_on:
            break
        # "The Secretary-General is gravely alarmed by the fighting. He condemns ... . He
        # calls on ...": a pronoun opening the next sentences goes on with that office;
        # so does one that ends a sentence as its speaker ("..., he said").
        sent = tok.doc[sent.start - 1].sent
        if _person_acts(sent):
            break  # "The rebel leader, Keshav Raj Bhattarai-Lama, has ... . He claims"
        found = _unnamed_subject_in(sent, tok.doc[sent.end - 1], gender)
        opener = sent[0]
        goes_on = (opener.lower_ == tok.lower_ and opener.dep_ in ("nsubj", "nsubjpass")) or any(
            t.lower_ == tok.lower_ and _trailing_speaker(t) for t in sent
        )
    return found


def _office_speaks(pronoun: Token, source: Ref) -> bool:
    """Whether "he" or "she" may go on with a source named only by an office that stands
    for its state or body ("the Pope said ... . He appealed", "the Ugandan president
    said ... . '...,' she added"): the office holder is the person the pronoun means, as
    is the one a pronoun before it already went on with."""
    words = source.surface.split() if source.surface else []
    return (
        pronoun.lower_ in ("he", "she")
        and bool(words)
        and (
            _norm_role(words[-1].removesuffix("'s")) in role_words()
            or (len(words) == 1 and words[0].lower() == pronoun.lower_)  # the chain goes on
        )
    )


def _person_acts(sent: Span) -> bool:
    """Does a person's name stand in the sentence other than after a preposition (not a
    town the model read as a person, "killed in Fujairah and Khor Fakkan")?"""
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ != "pobj":
            return True
    return False


def _trailing_speaker(tok: Token) -> bool:
    """Is the pronoun the speaker set off after what it says ("..., he said")?"""
    head = tok.head
    doc = tok.doc
    # '..., he said' and '"...," he said': the comma inside the closing quote mark
    before = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].is_quote else tok.i - 1
    return (
        tok.dep_ == "nsubj"
        and tok.i > tok.sent.start
        and doc[before].text in (",", "?", "!")
        and head.i == tok.i + 1
        and head.dep_ in ("ROOT", "parataxis")
        and lemma_of(head) in lexset("speech_verbs")
        and not _person_acts(tok.sent)
    )


def people_nouns() -> frozenset[str]:
    """Nouns of the people an article may describe or quote without naming them ("a
    farmer", "his wife", "a 47-year-old cattle trader")."""
    return lexset("civilian_units") | lexset("kin_units") | lexset("described_people")


def _unnamed_subject_in(sent: Span, tok: Token, gender: str | None) -> Token | None:
    root = sent.root
    # "The UN Secretary-General was 'gravely concerned' ..., his spokesman said": the
    # subject of what the root reports counts too.
    subjects = [
        t
        for t in sent
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.i < tok.i
        and (
            t.head.i == root.i
            or (t.head.dep_ == "ccomp" and t.head.head.i == root.i)
            # "... is gravely alarmed": the subject the parser hung on the auxiliary
            or (t.head.dep_ in ("aux", "auxpass") and t.head.head.i == root.i)
        )
    ]
    for subj in subjects:
        # "Secretary-General", which the tokenizer splits at its hyphens (and whose
        # "general" the tagger may read as an adjective in lower case)
        words = subj.doc[subj.left_edge.i : subj.i + 1]
        kept = [t.lower_ for t in words if t.dep_ != "det" and t.text != "-"]
        # ... after the body it serves: "The UN secretary-general"
        split = any(t.text == "-" for t in words) and any(
            " ".join(kept[k:]) in role_words() for k in range(len(kept) - 1)
        )
        if (subj.pos_ not in ("NOUN", "PROPN") and not split) or subj.ent_type_ == "PERSON":
            continue
        # "A regional official ..., who asked not to be named because he ...": an
        # unnamed source, singular, is the holder too.
        unnamed = subj.tag_ == "NN" and subj.lemma_.lower() in lexset("unnamed_sources")
        # "A 47-year-old cattle trader from Kenzou said ... 'The shells fell ...,' he said":
        # someone the text introduces without a name.
        unnamed = unnamed or (
            subj.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
            and subj.lemma_.lower() in people_nouns()
        )
        role = subj.lower_ in role_words() or subj.lemma_.lower() in role_words() or split
        if subj.pos_ == "PROPN" and not (role and (subj.head.i != root.i or split)):
            continue
        if not (role or unnamed):
            continue
        if any(c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in subj.children):
            continue  # "spokesman Petr Halas"
        if any(
            t.ent_type_ == "PERSON" for r in subj.subtree if r.dep_ == "relcl" for t in r.subtree
        ):
            continue  # "A commander of the brigade, who gave his name as Abu Bakr,"
        if word_gender(subj.text) not in (None, gender):
            continue
        return subj
    return None


# Words in quote marks that stay the sentence's own: a name or a term ('"Grad"').
MARKED_WORDS = 2

# A sentence saying the document's text follows it: "ADI publishes below the full text of
# the communiqué", "The full text of the statement follows."
_TEXT_BELOW_RE = re.compile(
    r"\b(?:publish(?:es|ed)?|reproduc(?:es|ed)|carr(?:ies|ied)|prints?|printed) (?:below|"
    r"here(?:after|with)?|in full)\b[^.\n]{0,60}\b(?:text|statement|communiqu[eé]|update|"
    r"bulletin|report)\b|"
    # "The Dijla Post publishes the bulletin in full below"
    r"\b(?:publish(?:es|ed)?|reproduc(?:es|ed)|prints?|printed) (?:the|its|this) "
    r"(?:\w+ ){0,2}(?:text|statement|communiqu[eé]|update|bulletin|report) "
    r"(?:in full(?: below)?|below)\b|"
    # "The English version of his speech follows."
    r"\b(?:text|version|transcript|translation) (?:of [^.\n]{0,40})?"
    r"(?:follows|is (?:given|reproduced|published|printed) below)\b",
    re.IGNORECASE,
)
# The text printed below is a speech: "The English version of his speech follows."
_SPEECH_RE = re.compile(r"\b(?:speech|remarks|address)\b", re.IGNORECASE)
# A head line that marks the article as its issuer's own release.
_PRESS_RELEASE_RE = re.compile(
    r"^\s*(?:(?:press|news|media) (?:release|statement)|for immediate release|"
    # a listed company's filing: "ANNOUNCEMENT TO THE MARKET", "ASX Announcement"
    r"announcement to the market|(?:asx|market|stock exchange|regulatory) announcement)\b",
    re.IGNORECASE | re.MULTILINE,
)
# The line that closes a release, after which a page may go on with others' reporting.
_RELEASE_END_RE = re.compile(
    r"^[ \t]*(?:-[ \t]*)?(?:ends|###|-30-|\*\*\*|\* \* \*)(?:[ \t]*-)?[ \t]*$", re.I | re.M
)
# The opening of a UN agency's briefing notes: "This is a summary of what was said by
# UNHCR spokesperson X – to whom quoted text may be attributed – at today's press
# briefing": the notes are the agency's account.
_BRIEFING_SUMMARY_RE = re.compile(r"^\s*This is a summary of what was said by\b", re.IGNORECASE)
# A masthead naming the body and the kind of release: "International Committee of the Red
# Cross (ICRC) | Operational update".
_RELEASE_MASTHEAD_RE = re.compile(
    r"^(?P<body>[^|\n]{3,120}?)\s*\|\s*(?:(?:press|news|media) (?:release|statement)|"
    r"operational update|situation update)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


# A resolution's or communiqué's line naming the body whose operative paragraphs follow.
_RESOLVING_BODY_RE = re.compile(r"^\s*The (?P<body>[A-Z][^\n,;:.]{2,100}),\s*$")

# What sets a head line's names apart: brackets, bars and spaced dashes.
_HEAD_CELL_RE = re.compile(r"[()|]| [–—-] ")

# Lines of a masthead block: short, with no sentence ending.
MASTHEAD_LINE_MAX_WORDS = 12


def _named_issuers(document: Token) -> list[Token]:
    """The words a document's noun names its issuer by: "X's report", "the report by X",
    "a statement from X", "the communique of X"."""
    issuers = [c for c in document.children if c.dep_ == "poss" and c.lower_ != "its"]
    return issuers + [
        g
        for c in document.children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _masthead_block(text: str) -> bool:
    """Is a paragraph a block of masthead lines (a body's name, "PRESS RELEASE")?"""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return bool(lines) and all(
        len(ln.split()) <= MASTHEAD_LINE_MAX_WORDS and not re.search(r"[.!?][\"'”’)]*$", ln)
        for ln in lines
    )


# A head that marks a piece as its writer's opinion: "Opinion | Guest Essay", "Op-Ed".
_OPINION_RE = re.compile(r"\b(?:opinion|op-?ed|guest essay|commentary|viewpoint)\b", re.IGNORECASE)
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})

# A letter's signature as a document prints it: "(Signed) Dieudonné Mabiala-Okombi".
SIGNED_RE = re.compile(r"^[ \t]*\((?:signed|sgd\.?)\)[ \t]+(?P<who>[^\n]+)$", re.I | re.M)
# A letter's title naming whose it is: "Letter dated 14 November 2026 from the Permanent
# Representative of the Congo to the United Nations addressed to ...".
_LETTER_FROM_RE = re.compile(r"^Letter dated [^\n]{4,40}? from the [^\n]{2,80}? of (?=\S)", re.M)

# What a body's own report calls itself in its head: "Situation Report No. 4".
_REPORT_KIND_RE = re.compile(
    r"\b(?:situation report|sitrep|situation update|flash update|operational update|"
    # a medical charity's page on its own work: "Project update", "Emergency update"
    r"(?:project|field|emergency|crisis) update|"
    r"(?:situation|casualty|health|daily|information|humanitarian|epidemiological) bulletin|"
    r"operational information|press releases?|news releases?|media releases?)\b|"
    # a page-type label on a line of its own under the body's name: "Report"
    r"^[ \t]*(?:report|briefing note|statement)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# A body's page that reports what others said at its meetings, not its own account.
_COVERAGE_RE = re.compile(r"\bmeetings? coverage\b", re.IGNORECASE)


# Lower-case words inside a title written in capitals ("Under Secretary of the Treasury
# for Terrorism and Financial Intelligence").
_TITLE_LINKS = frozenset({"of", "the", "for", "and", "on", "to", "in"})


class ArticleContext:
    """One article's tokens, sentences, sections, mentions and entities."""

    def __init__(
        self,
        article: ArticleDocs,
        mentions: Sequence[dict],
        entities: Sequence[dict],
        sections: Sequence[dict],
        published_date: dt.date | None,
        person_roles: Sequence[dict] | None = None,
    ) -> None:
        self.article = article
        self.article_id = article.article_id
        self.text = article.text
        self.published_date = published_date
        self._doc_offset = {
            id(doc): off for off, doc in zip(article.offsets, article.docs, strict=True)
        }
        self.paragraphs: list[tuple[int, int]] = [
            (off, off + len(doc_text(doc)))
            for off, doc in zip(article.offsets, article.docs, strict=True)
        ]
        self._para_starts = [p[0] for p in self.paragraphs]
        self.tokens: list[Token] = [t for doc in article.docs for t in doc]
        self._tok_starts = [self.start(t) for t in self.tokens]
        self.sentences: list[Span] = [s for doc in article.docs for s in doc.sents]
        self._sent_starts = [self.start(s[0]) for s in self.sentences]
        self.mentions = sorted(
            (m for m in mentions if m.get("entity_id")),
            key=lambda m: (int(m["char_start"]), -int(m["char_end"])),
        )
        self._mention_starts = [int(m["char_start"]) for m in self.mentions]
        # The greatest end of the mentions up to each one: the mentions before the
        # first whose running end passes an offset all end at or before it.
        self._mention_reach = list(accumulate((int(m["char_end"]) for m in self.mentions), max))
        self.entities = {str(e["entity_id"]): e for e in entities if e.get("entity_id")}
        self.sections = sorted(sections, key=lambda s: int(s["char_start"]))
        self.person_roles = list(person_roles or [])
        # Filled by the quote extractor: (open mark, close mark end, quote row).
        self.quote_spans: list[tuple[int, int, dict]] = []
        # The answers of a transcript labelled by speakers' names: (speaker, start, end).
        self.spoken_blocks: list[tuple[Ref, int, int]] = []
        # Filled before quotes: the countries at war in this article.
        self.parties: set[str] = set()
        # Set while :meth:`previous_source` looks back, so it does not recurse.
        self._looking_back = False
        self.source_unnamed = False  # set by previous_source: the last source named nobody
        # person -> the state their own words have acting, found once per article by the
        # reactions (a speaker the article places nowhere speaks for it)
        self.voiced_states: dict[str, str | None] = {}

    @cached_property
    def authors(self) -> frozenset[str]:
        """The persons the byline names."""
        return frozenset(
            str(r.get("person_id"))
            for r in self.person_roles
            if str(r.get("role_normalized") or r.get("role") or "") == "author"
        )

    @cached_property
    def opinion_author(self) -> Ref | None:
        """The one byline writer of a piece its head marks as opinion ("Opinion | Guest
        Essay", "Op-ed"): what the piece says in the first person is that writer's."""
        head = self.text[: self.paragraphs[0][0]] if self.paragraphs else ""
        if len(self.authors) != 1 or not _OPINION_RE.search(head):
            return None
        author = next(iter(self.authors))
        m = next((m for m in self.mentions if m["entity_id"] == author), None)
        if m is None:
            return None
        s, e = int(m["char_start"]), int(m["char_end"])
        return Ref(author, self.text[s:e], s, e)

    @cached_property
    def signed_letter(self) -> tuple[Ref, int] | None:
        """The signatory of a letter the article is ("(Signed) Dieudonné Mabiala-Okombi"
        under "I have the honour to ..."), and where the signature stands: what the
        letter states without crediting anyone is the signatory's account."""
        m = SIGNED_RE.search(self.text)
        if m is None:
            return None
        for mention in self.mentions_in(m.start("who"), m.end("who")):
            if self.etype(str(mention["entity_id"])) == "PERSON":
                return self.ref(mention), m.start()
        return None

    @cached_property
    def head_organization(self) -> Ref | None:
        """The organization the head names whole, as a publisher's masthead does
        ("FRONTLINE CIVILIANS WATCH | Dispatches"): the "we" of its own findings."""
        head = self.text[: self.paragraphs[0][0]] if self.paragraphs else ""
        return self._named_in_head(head)

    def in_first_person(self, offset: int) -> bool:
        """Does the paragraph at an offset speak in the first person outside quotes?"""
        lo, hi = self.paragraphs[self.paragraph_index(offset)]
        return any(
            t.lower_ in _FIRST_PERSON and not self.in_quote(t) for t in self.tokens_in(lo, hi)
        )

    @cached_property
    def genders(self) -> dict[str, str]:
        """Persons whose gender the article states (see :mod:`newsledger.extract.gender`)."""
        names = []
        for m in self.mentions:
            eid = str(m["entity_id"])
            if self.etype(eid) == "PERSON" and m.get("mention_kind") != "pronoun":
                toks = self.tokens_in(int(m["char_start"]), int(m["char_end"]))
                if toks:
                    names.append((eid, toks[0].doc[toks[0].i : toks[-1].i + 1]))
        return genders(names, self.person_roles)

    def may_be(self, pronoun: Token, eid: str) -> bool:
        """Can a pronoun stand for the entity? Not "she" for a person called "Mr"."""
        g = pronoun_gender(pronoun)
        return g is None or self.genders.get(eid, g) == g

    @cached_property
    def release(self) -> tuple[Ref, int] | None:
        """A release the article relays ("The Ministry of Defence reports that ..."):
        its source, an organization, when the first paragraph reports it in the present
        tense, and the end of the paragraphs after it that only go on with it (no
        quote, no reporting verb, no "according to" of their own)."""
        if not self.paragraphs:
            return None
        first = 0
        if len(self.paragraphs) > 1 and not any(
            is_verb(t) for t in self.tokens_in(*self.paragraphs[0])
        ):
            first = 1  # a dateline on a line of its own ("Baghdad - INA")
        lo, hi = self.paragraphs[first]
        source = None
        for sent in self.sentences_between(lo, hi):
            for tok in sent:
                if (
                    lemma_of(tok) in lexset("release_verbs")
                    and (
                        (tok.tag_ == "VBZ" and any(c.dep_ == "ccomp" for c in tok.children))
                        or _in_its_release(tok)
                    )
                ) or (
                    # "The General Staff issued on Tuesday its daily report, stating that
                    # ...": the article relays the report it says was issued.
                    _issues_release(tok, also=("report",)) and tok.head.i == tok.i
                ):
                    # "The Ministry of Defence reports that ...", "..., the Ministry
                    # announced in its Bulletin No. 2": the article relays its release.
                    # (The name right before the verb first: the parse may not give
                    # the inverted report a subject.)
                    before = self.adjacent_mention(tok, window=1)
                    own = before is not None and before.char_end <= self.start(tok)
                    source = before if own else self.resolve_subject(tok)
                    break
                if (source := self._following_release(tok)) is not None:
                    break
            if source is not None:
                break
        if source is None or self.etype(source.entity_id) != "ORG":
            return None
        reporting = lexset("speech_verbs") | lexset("claim_verbs")
        end = hi
        for plo, phi in self.paragraphs[first + 1 :]:
            if any(
                plo <= start < phi
                and row.get("speaker_id") != source.entity_id
                and len(str(row.get("text") or "").split()) > MARKED_WORDS
                for start, _, row in self.quote_spans
            ):
                # Another's words (the release's own, quoted, go on with it); a word or
                # two in marks ('2 BM-21 "Grad" systems') are the release's.
                break
            sents = self.sentences_between(plo, phi)
            # A participle before a noun reports nothing ("a so-called commander"); the
            # release itself cited again ("according to the Bulletin", "the Bulletin
            # said") goes on with it.
            if any(
                is_verb(t)
                and t.dep_ != "amod"
                and lemma_of(t) in reporting
                and not self._cites_release(t, source)
                for s in sents
                for t in s
            ) or any(
                (r := self.source_of_sentence(s)) is not None
                and r.entity_id != source.entity_id
                and not self._names_release(r)
                for s in sents
            ):
                break
            end = phi
        return source, end

    def _cites_release(self, verb: Token, source: Ref) -> bool:
        """ "the Bulletin said", "what the Ministry described as": a reporting verb whose
        subject is a release noun or the release's source named again."""
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if lemma_of(c) in lexset("release_nouns"):
                return True
            if lemma_of(c) == "report" and any(
                d.lower_ in ("the", "its", "this") for d in c.children
            ):
                return True  # "The report stated that ...": the report relayed, again
            m = self.mention_at(c)
            if m is not None and str(m["entity_id"]) == source.entity_id:
                return True
        return False

    def _names_release(self, r: Ref) -> bool:
        words = r.surface.lower().split()
        return bool(words) and words[-1] in lexset("release_nouns")

    @cached_property
    def press_release(self) -> Ref | None:
        """The organization issuing the article itself: the head marks it a press
        release ("PRESS RELEASE - FOR IMMEDIATE RELEASE") and the first sentence's
        subject is the body ("MSF is calling on ...", "..., KHRI said today"). What the
        release states without crediting anyone is that body's account."""
        first = 0
        # A masthead block the parser kept as a paragraph ("International Committee of
        # the Red Cross (ICRC)" over "PRESS RELEASE") is part of the head.
        while first + 1 < len(self.paragraphs) and (
            _masthead_block(self.text[slice(*self.paragraphs[first])])
            # "PRESS RELEASE No. 0318-2026" over the place and time of issue
            or _PRESS_RELEASE_RE.match(self.text[slice(*self.paragraphs[first])])
        ):
            first += 1
        head = self.text[: self.paragraphs[first][0]] if self.paragraphs else ""
        for lo, hi in self.paragraphs[first : first + 2]:
            if _BRIEFING_SUMMARY_RE.match(self.text[lo:hi]):
                for m in self.mentions:
                    if lo <= int(m["char_start"]) < hi and self.etype(m["entity_id"]) == "ORG":
                        return Ref(
                            m["entity_id"],
                            self.text[int(m["char_start"]) : int(m["char_end"])],
                            int(m["char_start"]),
                            int(m["char_end"]),
                        )
        if _PRESS_RELEASE_RE.search(head):
            lo, hi = self.paragraphs[first]
            sents = self.sentences_between(lo, hi)
            if not sents:
                return None
            source = self.resolve_subject(sents[0].root)
            if source is None or self.etype(source.entity_id) != "ORG":
                # "International Committee of the Red Cross (ICRC)" over "PRESS RELEASE",
                # the release opening on the news: the body its head names.
                return self._named_in_head(head)
            return source
        # A masthead names the body; a release that opens on the news ("Fighting ... has
        # entered its third week") is its own where one of its first paragraphs has that
        # body acting ("the ICRC has scaled up its response").
        names = {
            n.strip().casefold()
            for m in _RELEASE_MASTHEAD_RE.finditer(head)
            for n in re.split(r"[()]", m["body"])
            if n.strip()
        }
        if not names:
            return self._masthead_issuer(head)
        for lo, hi in self.paragraphs[:3]:
            for sent in self.sentences_between(lo, hi):
                source = self.resolve_subject(sent.root)
                if (
                    source is not None
                    and self.etype(source.entity_id) == "ORG"
                    and re.sub(r"^the\s+", "", source.surface.casefold()) in names
                ):
                    return source
        return None

    @cached_property
    def press_release_end(self) -> int:
        """Where the article's own release ends: at its closing "ENDS", "###" or "* * *"
        line, after which a page may carry a news story about it; the whole text
        otherwise."""
        m = _RELEASE_END_RE.search(self.text)
        return m.start() if m else len(self.text)

    def _named_in_head(self, head: str) -> Ref | None:
        """The organization a line of the head names whole (its name, or the name before
        or inside brackets)."""
        # "MINISTRY OF PUBLIC SECURITY – FUERZA PÚBLICA": the name and its other name;
        # "National Human Rights Commission, India": the name before its country.
        cells = {n.strip() for line in head.splitlines() for n in _HEAD_CELL_RE.split(line)}
        names = set(cells)
        for cell in cells:
            name, _, after = cell.partition(", ")
            if after and lookup_country(after.strip()) is not None:
                names.add(name.strip())
        return self._org_named_whole({n.casefold() for n in names})

    def _org_named_whole(self, cells: set[str]) -> Ref | None:
        """The first organization the article mentions by one of these folded names. The
        head's own lines may hold no mentions: the body's first one of the name counts."""
        for m in self.mentions:
            surface = self.text[int(m["char_start"]) : int(m["char_end"])]
            if self.etype(m["entity_id"]) == "ORG" and surface.strip().casefold() in cells:
                return Ref(m["entity_id"], surface, int(m["char_start"]), int(m["char_end"]))
        return None

    def _masthead_issuer(self, head: str) -> Ref | None:
        """The body a report's own masthead names, where the head says what kind of
        report it is: "GOVERNMENT OF MALAWI | Department of Disaster Management Affairs
        (DoDMA) | ..." over "Situation Report No. 4". Its figures are that body's."""
        if not _REPORT_KIND_RE.search(head) or _COVERAGE_RE.search(head):
            return None  # "Meetings Coverage and Press Releases": others' words reported
        # The masthead's own line of cells first; else a line of the head naming a body
        # ("International Committee of the Red Cross (ICRC)" over "Operational update").
        cells = "\n".join(line for line in head.splitlines() if "|" in line)
        return self._named_in_head(cells) or self._named_in_head(head)

    def _following_release(self, noun: Token) -> Ref | None:
        """The issuer of a release the article says it reproduces: "The following is
        the news release issued by X", "X issued the following statement"."""
        if lemma_of(noun) not in lexset("release_nouns"):
            return None
        following = any(c.lower_ == "following" for c in noun.children) or (
            noun.dep_ == "attr" and any(c.lower_ == "following" for c in noun.head.children)
        )
        if not following:
            return None
        for verb in noun.children:
            if verb.dep_ == "acl" and (agents := _issued_by(verb)):
                return self.resolve_np(agents[0])
        if noun.dep_ == "dobj" and lemma_of(noun.head) in lexset("issuing_verbs"):
            return self.resolve_subject(noun.head)
        return None

    @cached_property
    def introduced_blocks(self) -> list[tuple[Ref, int, int]]:
        """Statements set out after a paragraph that introduces them with a colon ("The
        full text of the communique reads:", "The army said in a statement:"): their
        source and the span of the paragraphs that follow it as its numbered or bulleted
        points or its quoted text, up to a paragraph with a reporting verb of its own.
        A list whose lines follow their introduction in the same paragraph is one too."""
        reporting = lexset("speech_verbs") | lexset("claim_verbs") | lexset("verbatim_verbs")
        blocks: list[tuple[Ref, int, int]] = []
        for k, (lo, hi) in enumerate(self.paragraphs):
            body = self.text[lo:hi].rstrip()
            below = _TEXT_BELOW_RE.search(body) is not None and not body.endswith(":")
            if (body.endswith(":") or below) and k + 1 < len(self.paragraphs):
                sents = self.sentences_between(lo, hi)
                if not sents:
                    continue
                # "ADI publishes below the full text of the communiqué": the issuer of
                # the text, not the outlet that prints it.
                source = self._text_issuer(sents[-1]) if below else self._intro_source(sents[-1])
                if source is None:
                    continue
                # A speech printed below runs to its end: its speaker recounts what
                # others said ("Paris called it an operation against mining").
                speech = below and _SPEECH_RE.search(sents[-1].text) is not None
                end = None
                for plo, phi in self.paragraphs[k + 1 :]:
                    text = self.text[plo:phi]
                    point = bool(BULLET_RE.match(text)) or text[:1] in QUOTE_OPENERS
                    if not point and end is not None and not below:
                        break  # a text printed below in full goes on in plain paragraphs
                    own = not speech and any(
                        is_verb(t)
                        and lemma_of(t) in reporting
                        and not self.in_quote(t)
                        and self._voices_other(t, source)
                        for sent in self.sentences_between(plo, phi)
                        for t in sent
                    )
                    if own:
                        break
                    end = phi
                if end is not None:
                    blocks.append((source, self.paragraphs[k + 1][0], end))
                continue
            # "The enemy's losses were as follows:\n- 23 terrorists neutralised\n- ..."
            lines = body.split("\n")
            cut = next(
                (n for n, line in enumerate(lines[:-1]) if line.rstrip().endswith(":")), None
            )
            if cut is None or not all(BULLET_RE.match(line) for line in lines[cut + 1 :]):
                continue
            start = lo + sum(len(line) + 1 for line in lines[: cut + 1])
            sents = self.sentences_between(lo, start)
            if sents and (source := self._intro_source(sents[-1], start)) is not None:
                blocks.append((source, start, hi))
        return blocks

    def _voices_other(self, verb: Token, source: Ref) -> bool:
        """Whether a reporting verb in a statement's point is someone else's report, which
        ends the statement: not a passive ("the Red Cross has been informed"), nor the
        statement's issuer or its state's bodies going on ("The Ministry of Defence
        categorically denies ...")."""
        if is_passive(verb):
            return False
        heads = self.subject_heads(verb)[0]
        if heads and all(h.lower_ in ("i", "we") for h in heads):
            return False  # "we ask the Council to ...": the text's own speaker goes on
        r = self.resolve_subject(verb)
        if r is None:
            return True
        # The issuer's own state's forces go on in its points ("The Djiboutian Armed Forces
        # ... count twenty-seven wounded").
        state = self.state_of(source.entity_id)
        return r.entity_id != source.entity_id and (
            state is None or self.state_of(r.entity_id) != state
        )

    def _text_issuer(self, sent: Span) -> Ref | None:
        """Who issued the document a sentence says is printed below it ("ADI publishes
        below the full text of the communiqué": the body that issued the communiqué)."""
        for tok in sent:
            if lemma_of(tok) in lexset("release_nouns") and tok.pos_ in ("NOUN", "PROPN"):
                # "publishes in full the morning update of the General Staff": the noun
                # names its issuer; "the full text of the communiqué": an earlier one does.
                named = (self.resolve_np(g) for g in _named_issuers(tok))
                found = next((r for r in named if r is not None), None)
                found = found or self._issuer_before(tok)
                if found is not None:
                    return found
        return None

    def _intro_source(self, sent: Span, end: int | None = None) -> Ref | None:
        """Who a sentence that introduces a list or text quotes: the subject of its
        reporting verb ("The army said in a statement:"), else its "according to" source,
        else, with neither ("The enemy's losses were as follows:"), the source just
        before it. Words from ``end`` on are the list's, not the introduction's."""
        reporting = lexset("speech_verbs") | lexset("claim_verbs") | lexset("verbatim_verbs")
        cited = self.source_of_sentence(sent)
        for tok in reversed(list(sent)):
            if end is not None and self.start(tok) >= end:
                continue
            if (
                (is_verb(tok) or _predicate_noun(tok))
                and not self.in_quote(tok)
                and (lemma_of(tok) in reporting or _issues_release(tok))
                and not self._outlet_reports(tok)
            ):
                # "According to the X, the heaviest losses were recorded in:" credits X;
                # "The ministry has just issued its daily update:" the ministry.
                return self.resolve_subject(tok) or cited
        if cited is not None:
            return cited
        if LEAD_IN_RE.match(sent.text) and (prev := self._sentence_before(sent)) is not None:
            # "X has just given a statement to parliament. Here is an extract:": the
            # sentence before says whose words follow.
            return self._intro_source(prev)
        # This cached list may first be asked for while another look-back runs.
        looking_back, self._looking_back = self._looking_back, False
        try:
            found = self.previous_source(sent[0], SPEAKER_PREFERENCE)
        finally:
            self._looking_back = looking_back
        return found or self._statement_before(sent)

    def _statement_before(self, sent: Span) -> Ref | None:
        """The source of the paragraph before an introduction that names none, where it
        opens on its report and goes on in unsourced sentences: "The Ministry of Defense
        informs that ... . All attacks were repelled ... . ..." above "Losses of the enemy
        (in brackets, for the last day):" and its list."""
        k = self.paragraph_index(self.start(sent))
        if k == 0:
            return None
        lo, hi = self.paragraphs[k - 1]
        sents = self.sentences_between(lo, hi)
        if not sents or self.quote_at(self.start(sents[0])) is not None:
            return None
        if any(self._sentence_source(s, hi, False) is not None for s in sents[1:]):
            return None  # another voice, or the same one again: the window saw it
        return self._sentence_source(sents[0], hi, False)

    def _sentence_before(self, sent: Span) -> Span | None:
        """The sentence before ``sent`` in its paragraph, if any."""
        k = self.sentence_index(self.start(sent))
        if k <= 0:
            return None
        prev = self.sentences[k - 1]
        same = self.paragraph_index(self.start(prev)) == self.paragraph_index(self.start(sent))
        return prev if same else None

    def _outlet_reports(self, verb: Token) -> bool:
        """ "..., a Kazinform correspondent reports. The text of the statement reads:": the
        outlet's own reporter tells where the text comes from; the text is not theirs."""
        heads = self.subject_heads(verb)[0]
        return bool(heads) and all(lemma_of(h) in ("correspondent", "reporter") for h in heads)

    def introduced_source(self, offset: int) -> Ref | None:
        """The source of the introduced statement (:attr:`introduced_blocks`) at an offset."""
        for ref, lo, hi in self.introduced_blocks + self.spoken_blocks:
            if lo <= offset < hi:
                return ref
        return None

    # ------------------------------------------------------------ offsets

    def start(self, item: Token | Span) -> int:
        if isinstance(item, Span):
            item = item[0]
        return self._doc_offset[id(item.doc)] + item.idx

    def end(self, item: Token | Span) -> int:
        if isinstance(item, Span):
            item = item[-1]
        return self.start(item) + len(item.text)

    def span_of(self, tokens: Iterable[Token]) -> tuple[int, int]:
        toks = list(tokens)
        return min(self.start(t) for t in toks), max(self.end(t) for t in toks)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens that overlap [start, end)."""
        lo = max(bisect_right(self._tok_starts, start) - 1, 0)
        out = []
        for i in range(lo, len(self.tokens)):
            tok = self.tokens[i]
            s = self._tok_starts[i]
            if s >= end:
                break
            if s + len(tok.text) > start:
                out.append(tok)
        return out

    def sentence_index(self, offset: int) -> int:
        """The index in :attr:`sentences` of the sentence an offset falls in."""
        return bisect_right(self._sent_starts, offset) - 1

    def paragraph_index(self, offset: int) -> int:
        return max(bisect_right(self._para_starts, offset) - 1, 0)

    def sentences_between(self, start: int, end: int) -> list[Span]:
        lo = max(bisect_right(self._sent_starts, start) - 1, 0)
        hi = bisect_left(self._sent_starts, end)
        return [s for s in self.sentences[lo : max(hi, lo + 1)] if self.end(s) > start]

    def sentences_starting(self, start: int, end: int) -> list[Span]:
        """Sentences that start in [start, end), in text order."""
        return [
            s for s, at in zip(self.sentences, self._sent_starts, strict=True) if start <= at < end
        ]

    def section_at(self, offset: int) -> dict | None:
        for sec in self.sections:
            if int(sec["char_start"]) <= offset < int(sec["char_end"]):
                return sec
        # Between sections (a heading line's gap): the section that follows.
        return next((s for s in self.sections if int(s["char_start"]) > offset), None)

    def section_type(self, offset: int) -> str | None:
        sec = self.section_at(offset)
        return None if sec is None else str(sec.get("section_type"))

    def in_factbox(self, offset: int) -> bool:
        """Does the offset stand in a wire's factbox ("FACTBOX: previous clashes")? Its
        figures and dates are stated there, often nowhere else, though it is typed
        "other" (a live page's "Key points" and "In numbers" repeat the story's)."""
        sec = self.section_at(offset)
        return bool(sec and sec.get("heading") and WIRE_FACTBOX_RE.match(str(sec["heading"])))

    def is_heading(self, start: int, end: int) -> bool:
        """Are chars [start, end) a section's whole heading line (a cross-head quoting the
        story, "'We bury our dead in the courtyard'")? A live entry's title that quotes
        someone ('NATO: "An attack on ..."') is more than the quote."""
        for sec in self.sections:
            heading, at = sec.get("heading"), int(sec["char_start"])
            if heading and self.text[at:end].strip() == str(heading) and start <= at + 1:
                return True
        return False

    def section_id(self, offset: int) -> str | None:
        sec = self.section_at(offset)
        return None if sec is None else sec.get("section_id")

    # ------------------------------------------------------------ quotes

    def quote_at(self, offset: int) -> dict | None:
        """The quote whose marks enclose an offset."""
        for start, end, row in self.quote_spans:
            if start <= offset < end:
                return row
        return None

    def in_quote(self, tok: Token) -> bool:
        return self.quote_at(self.start(tok)) is not None

    # ------------------------------------------------------------ entities

    def etype(self, eid: str | None) -> str | None:
        if not eid:
            return None
        ent = self.entities.get(eid)
        if ent and ent.get("entity_type"):
            return str(ent["entity_type"]).upper()
        return ENTITY_PREFIXES.get(eid.split(":", 1)[0])

    def country_code(self, eid: str | None) -> str | None:
        if not eid:
            return None
        if eid.startswith("country:"):
            return eid.split(":", 1)[1]
        ent = self.entities.get(eid) or {}
        code = ent.get("country_code")
        return str(code) if code else None

    def country_of(self, eid: str | None) -> str | None:
        """The country entity ID an entity belongs to (itself for a country)."""
        code = self.country_code(eid)
        return entity_id("COUNTRY", code) if code else None

    def is_international(self, eid: str | None) -> bool:
        """An organization that belongs to no one country (UN, OSCE, EU Council)."""
        return self.etype(eid) == "ORG" and self.country_code(eid) is None

    def state_of(self, eid: str | None) -> str | None:
        """Who acts when this entity acts: its country, or itself if international."""
        if eid is None:
            return None
        if self.etype(eid) == "COUNTRY" or self.is_international(eid):
            return eid
        return self.country_of(eid) or eid

    # ------------------------------------------------------------ mentions

    def mentions_in(self, start: int, end: int) -> list[dict]:
        """Mentions that overlap [start, end), in text order."""
        hi = bisect_left(self._mention_starts, end)
        lo = bisect_right(self._mention_reach, start, 0, hi)
        return [m for m in self.mentions[lo:hi] if int(m["char_end"]) > start]

    def mentions_of_tokens(self, tokens: Iterable[Token]) -> list[dict]:
        """Mentions overlapping any of the tokens, in text order, without repeats."""
        seen: dict[str, dict] = {}
        for tok in sorted(tokens, key=lambda t: t.i):
            for m in self.mentions_in(self.start(tok), self.end(tok)):
                seen.setdefault(str(m["mention_id"]) if m.get("mention_id") else _mkey(m), m)
        return sorted(seen.values(), key=lambda m: int(m["char_start"]))

    def mention_at(self, tok: Token) -> dict | None:
        """The first mention (in text order) that overlaps a token: the first of
        :meth:`mentions_in` its span, found without listing the others."""
        start = self.start(tok)
        end = start + len(tok.text)
        hi = bisect_left(self._mention_starts, end)
        for k in range(bisect_right(self._mention_reach, start, 0, hi), hi):
            if int(self.mentions[k]["char_end"]) > start:
                return self.mentions[k]
        return None

    def ref(self, mention: dict) -> Ref:
        return Ref(
            str(mention["entity_id"]),
            str(mention.get("surface") or self.text[mention["char_start"] : mention["char_end"]]),
            int(mention["char_start"]),
            int(mention["char_end"]),
        )

    def antecedent(
        self, types: Sequence[str], before: int, pronoun: Token | None = None
    ) -> dict | None:
        """The last mention of a fitting type before an offset, outside quotes; of a name
        inside another that fits ("Azerbaijan" in "Azerbaijan's defence ministry"), the
        whole."""
        hi = bisect_left(self._mention_starts, before)
        found: dict | None = None
        for m in reversed(self.mentions[:hi]):
            if int(m["char_end"]) > before or m.get("mention_kind") == "pronoun":
                continue
            if str(m["entity_id"]) in self.authors:
                continue  # the byline's writer is no one the story speaks of
            if pronoun is not None and not self.may_be(pronoun, str(m["entity_id"])):
                continue  # "he" is no one the article calls a mother
            if self.etype(str(m["entity_id"])) not in types:
                continue
            if self.quote_at(m["char_start"]) is not None:
                continue
            if found is None:
                found = m
            elif int(m["char_start"]) <= int(found["char_start"]) and int(m["char_end"]) > int(
                found["char_end"]
            ):
                found = m  # the name that holds the one found
            elif int(m["char_end"]) <= int(found["char_start"]):
                break
        return found

    def _national_title(
        self, head: Token, words: Sequence[Token], mentions: Sequence[dict]
    ) -> Ref | None:
        """ "The Turkish president said", "the mayor of Kyiv told", "the Kyiv mayor": the
        person named before with that role in that state, not the state. Only a role the
        article gave someone, and only one of the named state: after "Azerbaijani
        President Aliyev", "the Turkish president" is still Turkey."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        role = _norm_role(head.text)
        if role not in role_words():
            return None
        states = {self.country_code(str(m["entity_id"])) for m in mentions}
        if (
            len(states) != 1
            or None in states
            or any(self.etype(str(m["entity_id"])) not in ("COUNTRY", "PLACE") for m in mentions)
        ):
            return None
        state = states.pop()
        start = self.start(words[0])
        # "The Azerbaijani leader": whoever leads that state, by any of the leaders' roles.
        roles = lexicon()["leader_roles"] if role == "leader" else [role]
        found = [
            m
            for r in roles
            if (m := self._role_antecedent(r, start, given_only=True, country=state)) is not None
        ]
        if not found:
            return None
        m = max(found, key=lambda m: int(m["char_start"]))
        s, e = self.span_of(words)
        return Ref(str(m["entity_id"]), self.text[s:e], s, e)

    def holds_role(self, person_id: str, words: Iterable[str]) -> bool:
        """Does the person hold a role whose last word is one of ``words`` ("South
        America correspondent" for "correspondent")?"""
        wanted = {w.casefold() for w in words}
        return any(
            role.split()[-1] in wanted for role in self._held_roles().get(person_id, ()) if role
        )

    def _held_roles(self) -> dict[str, set[str]]:
        """Each person's roles and titles, normalized; the byline's "author" left out."""
        roles: dict[str, set[str]] = {}
        for r in self.person_roles:
            held = {_norm_role(str(r.get(k) or "")) for k in ("role", "role_normalized", "title")}
            roles.setdefault(str(r.get("person_id")), set()).update(held - {"", "author"})
        return roles

    def _styled_holder(self, title: str, before: int) -> dict | None:
        """The last person named right after ``title`` before an offset ("Federal
        Minister Johanna Pirker ... the Federal Minister said")."""
        hi = bisect_left(self._mention_starts, before)
        for m in reversed(self.mentions[:hi]):
            if self.etype(str(m["entity_id"])) != "PERSON" or m.get("mention_kind") == "pronoun":
                continue
            lead = self.text[max(0, int(m["char_start"]) - len(title) - 1) : int(m["char_start"])]
            if lead.strip().casefold().endswith(title.casefold()):
                return m
        return None

    def _role_antecedent(
        self, role: str, before: int, given_only: bool = False, country: str | None = None
    ) -> dict | None:
        """The last person before an offset who may hold ``role`` ("the mayor"): one
        the article gives that role, or one it gives no role (unless ``given_only``); a
        person named with another role ("spokesman Petr Halas") is not the mayor. With
        ``country``, only a person of that state."""
        roles = self._held_roles()
        # "the head of state" is the president, king or emir the article names.
        fits = {role} | {_norm_role(r) for r in lexicon()["role_synonyms"].get(role, ())}
        authors = self.authors  # the byline's writer is no one the story speaks of
        hi = bisect_left(self._mention_starts, before)
        found: list[dict] = []
        for m in reversed(self.mentions[:hi]):
            if int(m["char_end"]) > before or m.get("mention_kind") == "pronoun":
                continue
            if self.etype(str(m["entity_id"])) != "PERSON" or str(m["entity_id"]) in authors:
                continue
            if self.quote_at(m["char_start"]) is not None:
                continue
            if country is not None and self.country_code(str(m["entity_id"])) != country:
                continue
            held = roles.get(str(m["entity_id"]))
            if not held and str(m["entity_id"]) in self._aged_persons:
                continue  # "Allah Ditta, 58, a farmer": a private person holds no office
            if (not held and not given_only) or any(
                # "the deputy minister" for a "deputy minister of foreign affairs"
                r == h or r in h.split() or f" {r} " in f" {h} "
                for h in held or ()
                for r in fits
            ):
                if found and not self._same_sentence(found[0], m):
                    break
                found.append(m)
        # Of two who fit in the last sentence that names one, the subject of its main
        # clause is the one spoken of: in "Yakubu arrived hours after Minister Adeyemi
        # summoned the envoy", "the minister" next is Yakubu.
        main = [m for m in found if self._main_subject(m)]
        return (main or found or [None])[0]

    @cached_property
    def _aged_persons(self) -> set[str]:
        """Persons the article introduces with their age set off after the name
        ("Allah Ditta, 58,"), as it does private people."""
        out = set()
        for m in self.mentions:
            if self.etype(str(m["entity_id"])) != "PERSON":
                continue
            toks = self.tokens_in(int(m["char_start"]), int(m["char_end"]))
            if toks and aged(toks[0].doc[toks[0].i : toks[-1].i + 1]):
                out.add(str(m["entity_id"]))
        return out

    def _described_antecedent(self, head: Token, words: Sequence[Token]) -> dict | None:
        """ "..., the 41-year-old teacher said": a speaker a feature describes instead of
        naming again is the person named last in this paragraph or the one before, if
        the article gives that person no other role and no other gender."""
        noun = lemma_of(head)
        people = people_nouns()
        if (
            noun not in people
            or not self._reports(head)
            or not any(t.lower_ == "the" for t in words)
        ):
            return None
        start = self.start(words[0])
        m = self._role_antecedent(noun, start)
        if m is None:
            return None
        gender = word_gender(noun)
        if gender is not None and self.genders.get(str(m["entity_id"]), gender) != gender:
            return None
        if self.paragraph_index(start) - self.paragraph_index(int(m["char_start"])) > 1:
            return None
        return m

    def _official_antecedent(self, head: Token, words: Sequence[Token]) -> dict | None:
        """ "the official", "the administrator": whoever holds an office, named last in
        this paragraph or the one before; "an official" and "officials" are someone
        new."""
        if (
            lemma_of(head) not in lexset("official_nouns")
            or head.tag_ != "NN"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or any(t.pos_ in ("PROPN", "ADJ") for t in words if t.i != head.i)
        ):
            return None
        start = self.start(words[0])
        m = self.antecedent(("PERSON",), start)
        if (
            m is None
            or self.paragraph_index(start) - self.paragraph_index(int(m["char_start"])) > 1
        ):
            return None
        # The person named last, if they hold an office or nothing is known of them:
        # "a farmer" is no official.
        held = self._held_roles().get(str(m["entity_id"]), set())
        offices = role_words()
        if held and not any(h in offices or offices & set(h.split()) for h in held):
            return None
        return m

    def _same_sentence(self, a: dict, b: dict) -> bool:
        ta, tb = self.mention_head(a), self.mention_head(b)
        return ta is not None and tb is not None and ta.sent == tb.sent

    def _main_subject(self, mention: dict) -> bool:
        tok = self.mention_head(mention)
        while tok is not None and tok.dep_ in ("appos", "conj", "compound"):
            tok = tok.head
        return tok is not None and tok.dep_ == "nsubj" and tok.head.i == tok.sent.root.i

    def mention_head(self, mention: dict) -> Token | None:
        """The token of a mention whose syntactic head lies outside it."""
        toks = self.tokens_in(int(mention["char_start"]), int(mention["char_end"]))
        ids = {t.i for t in toks}
        for tok in toks:
            if tok.head.i not in ids or tok.head.i == tok.i:
                return tok
        return toks[-1] if toks else None

    # ------------------------------------------------------------ noun phrases

    def np_tokens(self, head: Token, exclude: Token | None = None) -> list[Token]:
        """The words of a noun phrase: the head's subtree without its clauses."""
        skip: set[int] = set()
        for tok in head.subtree:
            if tok.i != head.i and (
                tok.dep_ in CLAUSE_DEPS or (exclude is not None and tok.i == exclude.i)
            ):
                skip.update(t.i for t in tok.subtree)
        # "The Nepali Army, together with the Armed Police Force ...": the companions
        # are no words of the phrase that names the subject.
        for tok in head.children:
            if tok.dep_ == "prep" and (
                tok.lower_ == "alongside"
                or (
                    tok.lower_ == "with"
                    and any(c.lower_ in ("together", "along") for c in tok.children)
                )
            ):
                skip.update(t.i for t in tok.subtree)
        # "Q (Emeka Okonkwo-Braimah, Reuters): Niamey says ...": a speaker's bracketed label
        # the parser hung on the phrase is no word of it.
        for tok in head.subtree:
            if _label_end(tok):
                skip.update(t.i for t in head.subtree if (t.i <= tok.i) == (tok.i < head.i))
        return [t for t in head.subtree if t.i not in skip]

    def choose(self, mentions: Sequence[dict], head: Token | None = None) -> dict | None:
        """The mention that names a phrase: the one at its head, else by type preference."""
        usable = [m for m in mentions if self.etype(str(m["entity_id"])) in SPEAKER_PREFERENCE]
        if not usable:
            return None
        if head is not None:
            at_head = [
                m
                for m in usable
                if int(m["char_start"]) <= self.start(head) < int(m["char_end"])
                and self.etype(str(m["entity_id"])) == "PERSON"
            ]
            if at_head:
                return at_head[0]
            # "JNIM, the al-Qaeda affiliate, ...": the name at the head, not one inside
            # the apposition that describes it.
            appos = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
            named = [
                m for m in usable if int(m["char_start"]) <= self.start(head) < int(m["char_end"])
            ]
            # "China's envoy, Ambassador Liu Wenhai,": the person the role is.
            person_appos = any(
                int(m["char_start"]) <= self.start(c) < int(m["char_end"])
                and self.etype(str(m["entity_id"])) == "PERSON"
                for c in head.children
                if c.dep_ == "appos"
                for m in usable
            )
            # "Burkina Faso and Niger, Mali's partners in the Alliance of Sahel States,":
            # the head's conjuncts are named by the phrase too.
            conjuncts = {
                self.start(t)
                for c in head.children
                if c.dep_ == "conj"
                for t in c.subtree
                if t.i not in appos
            }
            if (
                named
                and appos
                and not person_appos
                and all(
                    m in named
                    # its full name before the acronym: "Jama'at ... (JNIM), the ..."
                    or m["entity_id"] in {n["entity_id"] for n in named}
                    or int(m["char_start"]) in conjuncts
                    or any(self.start(t) == int(m["char_start"]) for t in head.doc if t.i in appos)
                    for m in usable
                )
            ):
                return named[0]
            parent = self._parent_in_apposition(head)
            if parent is not None:
                usable = [m for m in usable if not parent[0] <= int(m["char_start"]) < parent[1]]
            conj = {self.start(t) for c in head.children if c.dep_ == "conj" for t in c.subtree}
            if named and conj:
                # "UNHCR and Ethiopia's RRS registered ...": the first of the bodies named.
                usable = [m for m in usable if int(m["char_start"]) not in conj] or usable
        for etype in SPEAKER_PREFERENCE:
            typed = [m for m in usable if self.etype(str(m["entity_id"])) == etype]
            if typed:
                # The name nearest the phrase's end: "X's spokesman Y" is Y.
                return typed[-1]
        return None

    def _parent_in_apposition(self, head: Token) -> tuple[int, int] | None:
        """The characters of an apposition that places a body in a larger one ("the
        General Police Inspectorate, part of the Ministry of Internal Affairs,"): the
        larger body does not speak for the named one."""
        for c in head.children:
            if c.dep_ == "appos" and lemma_of(c) in lexset("part_nouns"):
                return self.start(c), self.end(c.right_edge)
        return None

    def resolve_np(self, head: Token, exclude: Token | None = None) -> Ref | None:
        """The entity a noun phrase names: a mention in it, a pronoun, a role, a
        description of an organization or a statement named before, or a person's
        given or family name alone; nobody for an unnamed source ("officials")."""
        if self.is_unnamed_source(head):
            return None
        if lemma_of(head) in ("text", "transcript", "wording"):
            # "The text of the statement reads": whoever issued the statement.
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and (r := self.resolve_np(obj)) is not None:
                            return r
        words = self.np_tokens(head, exclude)
        if head.lower_ in lexicon()["pronouns"] and self._reports(head):
            # A reporting pronoun follows the speech before it, not the entity
            # stage's nearest antecedent.
            return self._resolve_pronoun_or_role(head, words)
        mentions = [m for m in self.mentions_of_tokens(words) if self._fair_pronoun(m)]
        if (named := self._named_after_commas(head, words, mentions)) is not None:
            return named
        if mentions and (body := self._described_body(head, words, mentions)) is not None:
            return body
        if mentions and (holder := self._national_title(head, words, mentions)) is not None:
            return holder
        chosen = self.choose(mentions, head)
        if chosen is not None:
            return self.ref(chosen)
        if not mentions and (state := self._sole_state(head, words)) is not None:
            return state
        if not mentions and (state := self._writers_state(head, words)) is not None:
            return state
        return self._resolve_pronoun_or_role(head, words)

    def _writers_state(self, head: Token, words: Sequence[Token]) -> Ref | None:
        """ "My Government welcomes ...", "our country" in a signed letter, outside its
        quotes: the state its signatory speaks for."""
        if (
            lemma_of(head) not in (*lexset("state_nouns"), "country")
            or not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in head.children)
            or self.in_quote(head)
            or (letter := self.signed_letter) is None
        ):
            return None
        state = self.country_of(letter[0].entity_id)
        titles = list(_LETTER_FROM_RE.finditer(self.text))
        if state is None:
            state = next(
                (
                    str(m["entity_id"])
                    for title in titles
                    for m in self.mentions_in(title.end(), title.end() + 40)
                    if self.etype(str(m["entity_id"])) == "COUNTRY"
                ),
                None,
            )
        if state is None and titles:
            # The title may stand in the head alone, which holds no mentions.
            after = self.text[titles[0].end() : titles[0].end() + 40]
            after = after[4:] if after.startswith("the ") else after
            named = countries_in(after)
            if named and named[0][1] == 0:
                state = entity_id("COUNTRY", named[0][0])
        if state is None:
            return None
        s, e = self.span_of(words)
        return Ref(state, self.text[s:e], s, e)

    def _named_after_commas(
        self, head: Token, words: Sequence[Token], mentions: list[dict]
    ) -> Ref | None:
        """The person set off by commas right after a role the parser did not join to
        them ("a spokesman for the Arakan Army, Khaing Zaw Htet, wrote"; "According to the
        Commander of the Armed Forces, Lieutenant General Marius Juodka, ..."), a rank or
        title before the name allowed."""
        if (
            head.pos_ not in ("NOUN", "PROPN")
            or self.mention_at(head) is not None
            or any(self.etype(str(m["entity_id"])) == "PERSON" for m in mentions)
        ):
            return None
        doc = head.doc
        # The phrase's words up to the first gap (the parser may hang the name elsewhere).
        taken = {t.i for t in words}
        i = head.i
        while i + 1 in taken:
            i += 1
        i += 1
        if doc[i - 1].text != ",":
            if i >= len(doc) or doc[i].text != ",":
                return None
            i += 1
        k = i
        while k < min(len(doc), i + 3) and doc[k].is_title and self.mention_at(doc[k]) is None:
            k += 1  # 'Lieutenant General'
        if k >= len(doc):
            return None
        m = self.mention_at(doc[k])
        if (
            m is None
            or self.etype(str(m["entity_id"])) != "PERSON"
            or m.get("mention_kind") == "pronoun"
            or int(m["char_start"]) != self.start(doc[k])
        ):
            return None
        after = self.tokens_in(int(m["char_end"]), int(m["char_end"]) + 1)
        if not after or after[0].text != ",":
            return None
        return self.ref(m)

    @cached_property
    def _most_named_country(self) -> str | None:
        # The country itself and the places in it.
        counts = Counter(
            c
            for m in self.mentions
            if self.etype(str(m["entity_id"])) in ("COUNTRY", "PLACE")
            and (c := self.country_of(str(m["entity_id"])))
        )
        top = counts.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return top[0][0]

    def _sole_state(self, head: Token, words: Sequence[Token]) -> Ref | None:
        """ "The government said", "the federal government": in a war inside one state
        (one country among the parties, and the one the article names most), that
        state. Between two states it is either's, so nobody's."""
        if (
            lemma_of(head) not in lexset("state_nouns")
            or len(self.parties) != 1
            or self._most_named_country not in self.parties
            or not any(t.lower_ == "the" and t.dep_ == "det" for t in words)
            or any(
                t.i != head.i and t.lower_ != "the" and t.lower_ not in lexset("government_kinds")
                for t in words
            )
        ):
            return None
        s, e = self.span_of(words)
        return Ref(next(iter(self.parties)), self.text[s:e], s, e)

    def _described_body(
        self, head: Token, words: Sequence[Token], mentions: list[dict]
    ) -> Ref | None:
        """ "The Colombian ministry", "Kenya's army", "the Aden ministry": the
        organization of that country (or of the city's) named before whose name holds
        the noun ("Colombia's Ministry of National Defence", "the Ministry of Defence in
        Aden"), not the country or city the modifier names. "The Somali government" is
        the state itself (``state_nouns``)."""
        noun = lemma_of(head)
        if (
            noun not in lexset("organization_nouns")
            or noun in lexset("state_nouns")
            or self.mention_at(head) is not None
            or any(self.etype(str(m["entity_id"])) not in ("COUNTRY", "PLACE") for m in mentions)
        ):
            return None
        r = self._resolve_description(head, words)
        states = {self.country_of(str(m["entity_id"])) for m in mentions} - {None}
        if (
            r is None
            or self.etype(r.entity_id) != "ORG"
            or self.country_of(r.entity_id) not in states
        ):
            return None
        return r

    def _fair_pronoun(self, mention: dict) -> bool:
        """False for a pronoun the entity stage resolved to a name said only inside
        a quote ("'... Vorn will pay,' he said"): the speaker is not the one named."""
        if mention.get("mention_kind") != "pronoun":
            return True
        toks = self.tokens_in(int(mention["char_start"]), int(mention["char_end"]))
        if toks and (body := self._body_going_on(toks[0])) is not None:
            # "The Government expresses its gratitude to X ... . It calls on ...": the
            # government, not X.
            r = self.resolve_np(body)
            return r is not None and r.entity_id == mention["entity_id"]
        return self._named_outside_quotes(str(mention["entity_id"]), int(mention["char_start"]))

    def is_unnamed_source(self, head: Token) -> bool:
        """ "officials", "a source", "Somali officials": a source that names nobody
        (a country's demonym does not name the official). "The official" after one
        is named is that one."""
        if self.mention_at(head) is None and _anonymous(head):
            return True  # "An adviser to the head of state, who asked not to be named, ..."
        if lemma_of(head) not in lexset("unnamed_sources") or self.mention_at(head):
            return False
        if any(c.lower_ == "same" for c in head.children):
            return False  # "the same source": the one who spoke just before
        if self._official_antecedent(head, self.np_tokens(head)) is not None:
            return False
        return not any(
            self.etype(str(m["entity_id"])) in ("PERSON", "ORG")
            for m in self.mentions_of_tokens(self.np_tokens(head))
        )

    def _resolve_pronoun_or_role(self, head: Token, words: Sequence[Token]) -> Ref | None:
        start, end = self.start(head), self.end(head)
        pronouns = lexicon()["pronouns"]
        if head.lower_ in pronouns:
            types = pronouns[head.lower_]
            if self._reports(head) and head.lower_ == "it":
                # "KCNA has carried a statement from the General Staff. It says ...": the
                # statement speaks, for whoever issued it.
                issuer = self._statement_issuer_before(head)
                if issuer is not None:
                    return Ref(issuer.entity_id, head.text, start, end)
            if (body := self._body_going_on(head)) is not None:
                r = self.resolve_np(body)
                return None if r is None else Ref(r.entity_id, head.text, start, end)
            if (
                head.lower_ in ("he", "she")
                and (person := unnamed_subject_of(head, word_gender(head.text))) is not None
                and person.sent != head.sent
                and not self.in_quote(person)  # '"I saw a boy running ...," she said'
                and word_gender(person.text) in (None, word_gender(head.text))
                and lemma_of(person) in people_nouns()
                and self.resolve_np(person) is None
            ):
                # 'A reader who served in the navy ... put it better. "...," he wrote.': the
                # one just introduced without a name, not the source before him.
                return None
            if self._reports(head):
                # "It added that ...": the source of the speech just before, which
                # may be one that names nobody ("according to the office").
                r = self.previous_source(head, types)
                if r is not None:
                    return Ref(r.entity_id, head.text, start, end)
                if self.source_unnamed:
                    return None
                if (office := self._office_spoke_before(head, types)) is not None:
                    return Ref(office.entity_id, head.text, start, end)
            if (office := unnamed_subject_of(head, word_gender(head.text))) is not None:
                # "The Secretary-General is gravely alarmed ... . He condemns ...": the
                # office of the sentence before, read as the body it heads.
                # "Pakistan's representative said ... . He called for ...": the state
                # its office speaks for.
                r = self.resolve_np(office) if office.sent != head.sent else None
                if r is None or self.etype(r.entity_id) not in ("ORG", "COUNTRY"):
                    return None
                return Ref(r.entity_id, head.text, start, end)
            if (r := self._reporter_as_subject(head, types)) is not None:
                return Ref(r.entity_id, head.text, start, end)
            # The entity stage may already have resolved the pronoun.
            m = self.mention_at(head)
            if m is None or not self._fair_pronoun(m):
                m = self.antecedent(types, start, head)
            return None if m is None else Ref(str(m["entity_id"]), head.text, start, end)
        # A number in apposition names no one: "the communique, No. 14".
        appos = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
        # "The Minister explained": a capitalised title alone names no one new.
        named = any(
            t.pos_ == "PROPN"
            and t.i not in appos
            and _norm_role(t.text) not in role_words() | role_modifiers()
            for t in words
        )
        # "the Federal Minister said": one capitalised word of the office's own style
        # before its title, no name
        styled = (
            named
            and len(words) == 3
            and words[0].lower_ == "the"
            and words[1].is_title
            and _norm_role(words[1].text + " " + head.text) not in role_words()
            and _norm_role(head.text) in role_words()
            and head.i == words[2].i
            and self.mention_at(words[1]) is None
        )
        named = named and not styled
        if head.pos_ in ("NOUN", "PROPN", "ADJ") and not named:
            if (office := self._office_of_spokesperson(head)) is not None:
                s, e = self.span_of(words)
                return Ref(office.entity_id, self.text[s:e], s, e)
            phrase = [t for t in words if t.dep_ not in ("det", "poss", "amod", "punct")]
            text = _norm_role(" ".join(t.text for t in phrase))
            if styled:
                # "the Federal Minister": the one the article gave that office in its style
                m = self._styled_holder(f"{words[1].text} {head.text}", self.start(words[0]))
                if m is not None:
                    s, e = self.span_of(words)
                    return Ref(str(m["entity_id"]), self.text[s:e], s, e)
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
            # "Latvia condemned what its representative called ...": the body's or state's
            # own holder of the role, whom only one given that role may be.
            owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)
            if text and text in role_words() and not indefinite:
                # "the commander" is one named before; "a commander" is someone new.
                m = self._role_antecedent(text, self.start(words[0]), given_only=owned)
                if m is not None:
                    s, e = self.span_of(words)
                    return Ref(str(m["entity_id"]), self.text[s:e], s, e)
            if not indefinite and (r := self._press_officer_before(head)) is not None:
                s, e = self.span_of(words)
                return Ref(r.entity_id, self.text[s:e], s, e)
            if (m := self._official_antecedent(head, words)) is not None:
                s, e = self.span_of(words)
                return Ref(str(m["entity_id"]), self.text[s:e], s, e)
            if not indefinite and (m := self._described_antecedent(head, words)) is not None:
                s, e = self.span_of(words)
                return self._in_labelled_state(Ref(str(m["entity_id"]), self.text[s:e], s, e))
            return self._in_labelled_state(self._resolve_description(head, words))
        if head.pos_ == "PROPN":
            return self._in_labelled_state(
                self._org_by_short_name(head, words) or self._person_by_name_part(head)
            )
        return None

    def _body_going_on(self, head: Token) -> Token | None:
        """ "My Government welcomes ... . It thanks ...": "it" opening a sentence goes on
        with the government or body the sentence before has for its subject, not with
        the last state that sentence names."""
        sent = head.sent
        if head.lower_ != "it" or head.dep_ != "nsubj" or head.i != sent.start or sent.start == 0:
            return None
        prev = head.doc[sent.start - 1].sent
        if self.paragraph_index(self.start(prev)) != self.paragraph_index(self.start(head)):
            return None
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if (
            subj is None
            or subj.pos_ not in ("NOUN", "PROPN")
            or lemma_of(subj) not in (*lexset("state_nouns"), *lexset("organization_nouns"))
        ):
            return None
        return subj

    def _office_spoke_before(self, head: Token, types: Sequence[str]) -> Ref | None:
        """ "the Secretary-General said he was 'deeply alarmed'. He 'strongly condemns'
        ... and called on ...": a person's office that spoke just before, named by no
        name and so read as the body it heads, is whom "he" or "she" goes on with."""
        if "PERSON" not in types or "ORG" in types:
            return None
        r = self.previous_source(head, ("ORG",))
        if r is None or _norm_role(r.surface) not in role_words():
            return None
        return r

    def _office_of_spokesperson(self, head: Token) -> Ref | None:
        """ "The UN Secretary-General was 'gravely concerned' ..., his spokesman said": a
        spokesperson of an office its sentence names by no name speaks for the body
        that office heads, not for a person named before."""
        if lemma_of(head) not in ("spokesman", "spokeswoman", "spokesperson"):
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in ("his", "her"):
            return None
        subj = unnamed_subject_of(poss, word_gender(poss.text))
        if subj is None:
            return None
        body = next(
            (
                m
                for m in self.mentions_of_tokens(self.np_tokens(subj))
                if self.etype(str(m["entity_id"])) in ("ORG", "COUNTRY")
            ),
            None,
        )
        return None if body is None else self.ref(body)

    def _statement_issuer_before(self, head: Token) -> Ref | None:
        """The issuer of a statement the sentence before carries or quotes as its object
        ("has carried a statement from the General Staff", "published X's communique"),
        for "it" opening the next sentence of the paragraph."""
        k = self.sentence_index(self.start(head))
        if k <= 0 or self.start(head) != self.start(self.sentences[k]):
            return None
        prev = self.sentences[k - 1]
        if self.paragraph_index(self.start(prev)) != self.paragraph_index(self.start(head)):
            return None
        for tok in prev:
            if tok.dep_ != "dobj" or lemma_of(tok) not in lexset("release_nouns"):
                continue
            issuers = _named_issuers(tok)
            if is_verb(tok.head):
                # "carried a statement from X": the parser may hang "from X" on the verb.
                issuers += [
                    g
                    for c in tok.head.children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
            for issuer in issuers:
                if (r := self.resolve_np(issuer)) is not None:
                    return r
        return None

    def _press_officer_before(self, head: Token) -> Ref | None:
        """ "the defence spokesman said" after "The Director, Defence Media Operations,
        Maj.-Gen. X, said": a spokesman named by no role of that word is the press
        officer who spoke just before."""
        if lemma_of(head) not in ("spokesman", "spokeswoman", "spokesperson"):
            return None
        r = self.previous_source(head, ("PERSON",))
        if r is None:
            return None
        roles = " ".join(
            str(x.get("role") or "") for x in self.person_roles if x.get("person_id") == r.entity_id
        )
        # The title before the first naming, where no role was read ("The Director,
        # Defence Media Operations, Maj.-Gen. X").
        first = next((m for m in self.mentions if m["entity_id"] == r.entity_id), None)
        if first is not None:
            at = int(first["char_start"])
            sent = self.sentences[self.sentence_index(at)]
            roles += " " + self.text[self.start(sent) : at]
        press = ("media", "information", "press", "public relations", "communication")
        return r if any(w in roles.casefold() for w in press) else None

    def _reporter_as_subject(self, head: Token, types: Sequence[str]) -> Ref | None:
        """ "China, Uganda's largest lender, said it hoped ...": "it" as the subject of
        what a state or body reports is the one reporting, not the name nearest before."""
        clause = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        verb = clause.head
        reporting = lexset("speech_verbs") | lexset("claim_verbs")
        if not is_verb(verb) or lemma_of(verb) not in reporting:
            return None
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in lexicon()["pronouns"]
        ]
        if len(subjects) != 1:
            return None
        r = self.resolve_np(subjects[0])
        return r if r is not None and self.etype(r.entity_id) in types else None

    def _in_labelled_state(self, r: Ref | None) -> Ref | None:
        """ "Saudi Arabia: The kingdom's foreign ministry said": a body named before that
        serves another state (Turkey's, a paragraph up) is not the one meant in a
        paragraph labelled with a state; the state itself acts."""
        if r is None or self.etype(r.entity_id) != "ORG":
            return r
        label = self.paragraph_label(r.char_start)
        if label is None or self.etype(label) != "COUNTRY":
            return r
        if self.state_of(r.entity_id) in (None, label):
            return r
        return Ref(label, r.surface, r.char_start, r.char_end)

    def _org_by_short_name(self, head: Token, words: Sequence[Token]) -> Ref | None:
        """ "the General Staff": the last organization named before whose name holds
        these words ("General Staff of the Armed Forces of Georgia")."""
        if not any(t.lower_ in DEFINITE for t in words):
            return None
        names = {t.lower_ for t in words if t.pos_ == "PROPN"}
        start = self.start(words[0])
        hi = bisect_left(self._mention_starts, start)
        for m in reversed(self.mentions[:hi]):
            eid = str(m["entity_id"])
            name = str((self.entities.get(eid) or {}).get("canonical_name") or "").casefold()
            if self.etype(eid) == "ORG" and names <= set(name.split()):
                s, e = self.span_of(words)
                return Ref(eid, self.text[s:e], s, e)
        return None

    def _reports(self, subject: Token) -> bool:
        """Whether a word is the subject of a speech, claim or verbatim verb."""
        verb = subject.head
        reporting = lexset("speech_verbs") | lexset("claim_verbs") | lexset("verbatim_verbs")
        return subject.dep_ in SUBJECT_DEPS and is_verb(verb) and lemma_of(verb) in reporting

    def _named_outside_quotes(self, eid: str, before: int) -> bool:
        hi = bisect_left(self._mention_starts, before)
        return any(
            m["entity_id"] == eid
            and m.get("mention_kind") != "pronoun"
            and self.quote_at(int(m["char_start"])) is None
            for m in self.mentions[:hi]
        )

    def _resolve_description(self, head: Token, words: Sequence[Token]) -> Ref | None:
        """ "the ministry", "the statement": the organization or source named before.

        An organization noun takes the last organization whose name holds it
        ("the Defence Ministry" for "the ministry"); "the group" may also be the
        organization that spoke last; a statement or report takes whoever spoke last.
        """
        noun = lemma_of(head)
        if (
            noun in lexset("source_descriptions")
            and head.dep_ == "dobj"
            and lemma_of(head.head) in lexset("issuing_verbs")
        ):
            return self.resolve_subject(head.head)  # "X issued a statement which read"
        if not any(t.dep_ == "poss" or t.lower_ in DEFINITE for t in words):
            return None  # "a statement", "ministries": not one named before
        start = self.start(words[0])
        s, e = self.span_of(words)
        if noun in lexset("bloc_nouns"):
            # "The Philippines, which chairs the Association of Southeast Asian Nations,
            # said the bloc was ...": the last body of states named before.
            hi = bisect_left(self._mention_starts, start)
            for m in reversed(self.mentions[:hi]):
                eid = str(m["entity_id"])
                if self.is_international(eid) and self.quote_at(int(m["char_start"])) is None:
                    return Ref(eid, self.text[s:e], s, e)
            return None
        group = noun in lexset("group_nouns") or noun in lexset("agency_nouns")
        if group or noun in lexset("organization_nouns"):
            # "Qatar has offered to mediate. Its foreign ministry said": Qatar's, not the
            # last ministry named (Russia's).
            owner = self._possessor_state(head)
            # "the interior ministry" is no health ministry named before
            kinds = [
                c.lower_
                for c in head.children
                if c.dep_ in ("compound", "amod") and c.is_lower and c.is_alpha
            ]
            hi = bisect_left(self._mention_starts, start)
            for m in reversed(self.mentions[:hi]):
                surface = str(m.get("surface") or "").casefold()
                entity = self.entities.get(str(m["entity_id"])) or {}
                named = f"{surface} {str(entity.get('canonical_name') or '').casefold()}"
                if (
                    self.etype(str(m["entity_id"])) == "ORG"
                    and noun in surface.split()
                    and all(k in named for k in kinds)
                    and self.quote_at(int(m["char_start"])) is None
                    and (owner is None or self.state_of(str(m["entity_id"])) == owner)
                ):
                    return Ref(str(m["entity_id"]), self.text[s:e], s, e)
            if owner is not None and not group:
                return Ref(owner, self.text[s:e], s, e)
            # "the group said": the organization that spoke last. "The army" is
            # only an army named before: the last speaker may be another body.
            r = self.previous_source(head, ("ORG",)) if group else None
            if r is None and noun in lexset("staff_nouns"):
                # "Morocco's Royal Armed Forces say ... The general staff said": the
                # staff of the armed forces named before.
                return self._forces_before(start, s, e)
            if r is None and noun in lexset("armed_group_nouns") and self._cited(head):
                # "According to the group" after its spokesman spoke: the armed
                # movement named before.
                r = self._armed_movement_before(start)
        elif noun in lexset("combatant_nouns") and not self.mentions_of_tokens(words):
            # "the rebels said": the armed movement named before (of no one country,
            # with a word of armed movements in its name: "Kachin Independence Army").
            r = self._armed_movement_before(start)
        elif noun in lexset("same_source_nouns") and any(t.lower_ == "same" for t in words):
            # "the same source specified": whoever spoke just before.
            r = self.previous_source(head, SPEAKER_PREFERENCE, issuer=True)
        elif noun in lexset("source_descriptions"):
            # "the 49-page report by the UN rights office ... The report asked": who
            # issued the document named before; "Tolvia issued a statement. The
            # statement said": its issuer, too.
            this = any(t.lower_ == "this" for t in words)
            r = (
                # "This report documents ...", in the body's own report: its issuer
                (self.press_release if this else None)
                or self._issuer_before(head)
                or self.previous_source(head, SPEAKER_PREFERENCE, issuer=True)
                or self._lede_issuer(head)
            )
        else:
            # "the team added": the last organization named before whose name ends in
            # the noun ("Tatmadaw True News Information Team").
            return self._org_by_head_noun(noun, start, s, e)
        return None if r is None else Ref(r.entity_id, self.text[s:e], s, e)

    def _forces_before(self, before: int, s: int, e: int) -> Ref | None:
        """The last armed forces named before, outside quotes."""
        words = lexset("armed_forces_words")
        hi = bisect_left(self._mention_starts, before)
        for m in reversed(self.mentions[:hi]):
            eid = str(m["entity_id"])
            name = str((self.entities.get(eid) or {}).get("canonical_name") or "").casefold()
            if (
                self.etype(eid) == "ORG"
                and words & set(name.split())
                and self.quote_at(int(m["char_start"])) is None
            ):
                return Ref(eid, self.text[s:e], s, e)
        return None

    def _possessor_state(self, head: Token) -> str | None:
        """The country an "its" or "their" before a body's noun stands for."""
        for c in head.children:
            if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                m = self.mention_at(c)
                if m is not None and self.etype(str(m["entity_id"])) == "COUNTRY":
                    return str(m["entity_id"])
                # The state that spoke or acted just before: "Qatar, which hosted talks
                # with Chad, has offered to mediate. Its foreign ministry said ...".
                return self._state_speaking_before(head)
        return None

    def paragraph_label(self, offset: int) -> str | None:
        """The state or body a paragraph opens with as its label ("Japan: Tokyo ...")."""
        lo, hi = self.paragraphs[self.paragraph_index(offset)]
        end = label_end(self.text[lo:hi])
        if end is None or offset < lo + end:
            return None
        colon = lo + end
        for m in self.mentions_in(lo, colon):
            if int(m["char_start"]) == lo and self.text[int(m["char_end"]) : colon].strip() == "":
                eid = str(m["entity_id"])
                return eid if self.etype(eid) in ("COUNTRY", "ORG") else None
        return None

    def _issuer_before(self, head: Token) -> Ref | None:
        """Who issued the document the definite noun points back to: the last earlier
        mention of the same noun, in this paragraph or the two before, that names its
        issuer ("the report by X", "X's report", "X released its report")."""
        noun = lemma_of(head)
        lo = self.paragraphs[max(self.paragraph_index(self.start(head)) - 2, 0)][0]
        lo_tok = bisect_left(self._tok_starts, lo)
        hi_tok = bisect_left(self._tok_starts, self.start(head))
        for tok in reversed(self.tokens[lo_tok:hi_tok]):
            if lemma_of(tok) != noun or tok.pos_ not in ("NOUN", "PROPN") or self.in_quote(tok):
                continue
            issuers = _named_issuers(tok)
            # "issued its Communiqué No. 14": the parser may make the number the object.
            obj = tok.head if tok.dep_ == "compound" and tok.head.i != tok.i else tok
            verb = obj.head
            if not issuers and obj.dep_ == "dobj" and lemma_of(verb) in lexset("issuing_verbs"):
                issuers = self.subject_heads(verb)[0]  # "X released its first report"
            if not issuers:
                # "War Communique No. 1,487 issued by the Ministry of Defence": the
                # participle just after the name, wherever the parser hung it.
                after = tok.doc[tok.i + 1 : min(tok.i + 8, tok.sent.end)]
                issuers = [g for t in after if t.tag_ == "VBN" for g in _issued_by(t)][:1]
            if not issuers:
                # "X issued on Thursday afternoon Information No. 15": the parser hung the
                # document on the time phrase; the issuing verb above it is still X's.
                verb = next((a for a in tok.ancestors if is_verb(a)), None)
                if (
                    verb is not None
                    and verb.i < tok.i
                    and lemma_of(verb) in lexset("issuing_verbs")
                ):
                    issuers = self.subject_heads(verb)[0]
            for h in issuers:
                r = self.resolve_np(h)
                if r is not None and self.etype(r.entity_id) in SPEAKER_PREFERENCE:
                    s, e = self.start(head), self.end(head)
                    return Ref(r.entity_id, self.text[s:e], s, e)
        return None

    def _cited(self, head: Token) -> bool:
        """Is the noun the source of an "according to" or "citing" phrase?"""
        preps = lexset("source_prepositions")
        return head.dep_ == "pobj" and any(
            t.lower_ in preps or lemma_of(t) in preps for t in (head.head, head.head.head)
        )

    def _org_by_head_noun(self, noun: str, before: int, s: int, e: int) -> Ref | None:
        hi = bisect_left(self._mention_starts, before)
        for m in reversed(self.mentions[:hi]):
            eid = str(m["entity_id"])
            words = str(m.get("surface") or "").casefold().split()
            if (
                self.etype(eid) == "ORG"
                and len(words) > 1
                and words[-1] in (noun, noun + "s")
                and self.quote_at(int(m["char_start"])) is None
            ):
                return Ref(eid, self.text[s:e], s, e)
        return None

    def _armed_movement_before(self, start: int) -> Ref | None:
        words = lexset("armed_movement_words")
        hi = bisect_left(self._mention_starts, start)
        for m in reversed(self.mentions[:hi]):
            eid = str(m["entity_id"])
            ent = self.entities.get(eid) or {}
            name = str(ent.get("canonical_name") or "").casefold().replace("-", " ").split()
            if self.etype(eid) != "ORG" or not words & set(name):
                continue
            # Not a state's own forces: a body named after its country ("Sri Lankan
            # Army", "Israel Defense Forces") is no rebel movement.
            code = ent.get("country_code")
            canonical = str(ent.get("canonical_name") or "")
            country = str((self.entities.get(f"country:{code}") or {}).get("canonical_name") or "")
            stem = country[:-1].casefold() if len(country) >= 5 else None
            own = {iso3 for iso3, _, _ in countries_in(canonical)}
            if not code or (code not in own and not (stem and stem in canonical.casefold())):
                return Ref(
                    eid, str(m.get("surface") or ""), int(m["char_start"]), int(m["char_end"])
                )
        return None

    def _person_by_name_part(self, tok: Token) -> Ref | None:
        """ "PM Desta said": a person named in full before, by one of the names."""
        hi = bisect_left(self._mention_starts, self.start(tok))
        for m in reversed(self.mentions[:hi]):
            surface = str(m.get("surface") or "")
            if self.etype(str(m["entity_id"])) == "PERSON" and tok.text in surface.split()[:-1]:
                return Ref(str(m["entity_id"]), tok.text, self.start(tok), self.end(tok))
        return None

    def _lede_issuer(self, head: Token) -> Ref | None:
        """ "The statement said", paragraphs after a communique's lede ("The Media
        Directorate of the Ministry of Defence announced ...") with no source between:
        the body the lede's first sentence makes its subject."""
        if not self.paragraphs or self.paragraph_index(self.start(head)) == 0:
            return None  # so the lede's own "the statement" does not look at itself
        lo, hi = self.paragraphs[0]
        r = None
        for sent in self.sentences_between(lo, hi)[:2]:  # after a dateline of its own
            if (r := self._sentence_source(sent, self.start(head), issuer=True)) is not None:
                break
        return r if r is not None and self.etype(r.entity_id) in ("ORG", "COUNTRY") else None

    def previous_source(self, tok: Token, types: Sequence[str], issuer: bool = False) -> Ref | None:
        """Who spoke in the sentences just before a word (this paragraph and the one
        before): a quote's speaker or a reporting verb's named subject, of a fitting
        type; with ``issuer``, else the named subject of the sentence's main verb.
        """
        self.source_unnamed = False
        if self._looking_back:
            return None
        self._looking_back = True
        try:
            lo = self.paragraphs[max(self.paragraph_index(self.start(tok)) - 1, 0)][0]
            i = self.sentence_index(self.start(tok))
            # The sentence itself and three before it; those wholly inside a quote are
            # the quoted statement's own words and do not count.
            window = [
                s for s in self.sentences[max(i - 12, 0) : i] if not self._quoted_sentence(s)
            ][-3:] + [self.sentences[i]]
            for sent in reversed(window):
                if self.start(sent) < lo:
                    break
                if self._unnamed_source_before(sent, self.start(tok)):
                    self.source_unnamed = True
                    return None  # "According to the prosecutor's office, ... It added"
                r = self._sentence_source(sent, self.start(tok), issuer)
                if r is not None and not self.may_be(tok, r.entity_id):
                    continue  # "she said" after a man spoke: someone named further back
                if r is not None:
                    fits = self.etype(r.entity_id) in types or _office_speaks(tok, r)
                    return r if fits else None
                if (doer := self._doer_since(sent, tok, types)) is not None:
                    # "X said ... . President Y convened the council and ordered ... .
                    # '...,' he wrote": the one who acted since, not the last speaker;
                    # "Niger's ministry gave a different account. ... it said".
                    return doer
        finally:
            self._looking_back = False
        return None

    def _quoted_sentence(self, sent: Span) -> bool:
        """Whether a sentence stands wholly inside one quote."""
        row = self.quote_at(self.start(sent))
        return row is not None and row is self.quote_at(self.end(sent) - 1)

    def _doer_since(self, sent: Span, tok: Token, types: Sequence[str]) -> Ref | None:
        """The one a sentence before ``tok`` has acting (its main verb's named subject,
        active voice): a person for "he" or "she", a body for "it" or "the group" in the
        same paragraph ("The EPP gave a very different version. ... the group claimed")."""
        if tok.lower_ != "it" and lemma_of(tok) not in lexset("group_nouns"):
            return self._person_acting(sent, tok)
        root = main_verb(sent)
        if (
            self.end(sent) > self.start(tok)
            or self.paragraph_index(self.start(sent)) != self.paragraph_index(self.start(tok))
            or not is_verb(root)
            or is_passive(root)
            or self.in_quote(root)
        ):
            return None
        r = self.resolve_subject(root)
        if r is None or self.etype(r.entity_id) != "ORG" or "ORG" not in types:
            return None
        return r

    def _person_acting(self, sent: Span, tok: Token) -> Ref | None:
        """The person a sentence before ``tok`` has acting (its main verb's named
        subject, active voice), when a personal pronoun ``tok`` may stand for them."""
        root = main_verb(sent)
        if (
            tok.lower_ not in ("he", "she")
            or self.end(sent) > self.start(tok)
            or not is_verb(root)
            or is_passive(root)
            or self.in_quote(root)
        ):
            return None
        r = self.resolve_subject(root)
        if r is None or self.etype(r.entity_id) != "PERSON" or not self.may_be(tok, r.entity_id):
            return None
        return r

    def _unnamed_source_before(self, sent: Span, before: int) -> bool:
        """Does the sentence credit a source that names no entity, before ``before``?
        ("according to the prosecutor's office", "a source said"): then a later
        "It added" or "the office also said" carries that source, not an older one."""
        preps = lexset("source_prepositions")
        for tok in sent:
            if self.start(tok) >= before or self.in_quote(tok):
                break
            if lemma_of(tok) in preps or tok.lower_ in preps:
                if tok.lower_ == "according" and self._named_after(tok) is not None:
                    continue  # "according to the commissioner of X district, Y Z"
                objs = [c for c in tok.subtree if c.dep_ == "pobj" and c.i != tok.i]
                # "the report", "the statement" point back to a source: not unnamed.
                backrefs = lexset("source_descriptions")
                if objs and all(
                    self.end(o) <= before
                    and o.pos_ in ("NOUN", "PROPN")
                    and lemma_of(o) not in backrefs
                    and self.resolve_np(o) is None
                    for o in objs
                ):
                    return True
        # "The army general staff did not comment. In a statement it said", "State
        # television flashed a message. '...,' it read": a body or outlet the article
        # names no further is the "it" that follows, not an older source.
        subj = [c for c in sent.root.children if c.dep_ == "nsubj"]
        return bool(
            subj
            and self.end(subj[0]) <= before
            and not self.in_quote(subj[0])
            and subj[0].tag_ == "NN"
            and lemma_of(subj[0]) in lexset("organization_nouns") | lexset("media_nouns")
            and self.resolve_np(subj[0]) is None
        )

    def sentence_source(self, sent: Span, before: int) -> Ref | None:
        """Who speaks in a sentence, up to an offset: a quote's speaker or a reporting
        verb's named subject."""
        return self._sentence_source(sent, before, False)

    def _sentence_source(
        self, sent: Span, before: int, issuer: bool, skip: str | None = None
    ) -> Ref | None:
        """The speaker of a quote or the subject of a reporting verb in a sentence
        (not ``skip``, the one whose source is sought)."""
        lo, hi = self.start(sent), min(self.end(sent), before)
        for _, _, row in self.quote_spans:
            if row.get("speaker_id") not in (None, skip) and lo <= row["char_start"] < hi:
                return Ref(row["speaker_id"], row["speaker_surface"], lo, hi)
        reporting = lexset("speech_verbs") | lexset("claim_verbs")
        for verb in sent:
            if self.start(verb) >= hi:
                break
            if (
                is_verb(verb)
                and lemma_of(verb) in reporting
                and not self.in_quote(verb)
                and not self._outlet_reports(verb)
            ):
                r = self.resolve_subject(verb)
                if r is not None:
                    return r
        if (
            self.start(sent.root) < hi
            and not self.in_quote(sent.root)  # the statement's words, not who issued it
            and (issuer or lemma_of(sent.root) in lexset("response_verbs"))
            and not self._outlet_reports(sent.root)
        ):
            # "The ministry rejected the accusation. '...,' it said": who answered.
            r = self.resolve_subject(sent.root)
            if r is not None:
                return r
        if self.end(sent) <= before:
            # "According to a statement from the army, ... It added": the source.
            return self.source_of_sentence(sent)
        return None

    # ------------------------------------------------------------ subjects

    def subject_heads(self, verb: Token) -> tuple[list[Token], bool]:
        """Subject tokens of a verb, and whether they are passive agents.

        Follows conjunctions and participles to the verb that has a subject:
        "X denied ..., saying" and "X expressed ... and called" share X. A
        participle modifying a noun ("the Turkish president declaring ...") has
        that noun as subject.
        """
        heads, passive, _ = self._subject_clause(verb)
        return heads, passive

    def _subject_clause(self, verb: Token) -> tuple[list[Token], bool, Token]:
        """:meth:`subject_heads`, and the verb whose subject they are."""
        start = verb
        via_conj = came_by_xcomp = False
        seen = 0
        while seen < 8:
            seen += 1
            subs = (
                self._subjects_past_label(
                    [c for c in verb.children if c.dep_ in SUBJECT_DEPS], verb
                )
                or _set_off_subject(verb)
                or _name_taken_for_aux(verb)
                or _subject_on_aux(verb)
                or _subject_after_date(verb)
                or _subject_after_leading_phrase(verb)
                or _subject_of_leading_clause(verb)
                or name_before_tail_verb(verb)
            )
            if subs and verb.dep_ == "relcl" and all(t.tag_ in ("WDT", "WP") for t in subs):
                # "a statement which read", "the Secretary-General, Mr. X, who called
                # for ...": the relative pronoun is the noun it follows.
                return [verb.head], False, verb
            if subs and via_conj and verb.dep_ == "conj" and all(t.like_num for t in subs):
                # "He put the losses at 14 killed and 37 wounded and said ...": the parser
                # made the count the subject of an elided clause; the speaker is above.
                verb = verb.head
                continue
            if subs and via_conj and _speech_under_report(start, verb):
                # "X said shells had killed 11 civilians and accused Y of ...": the parser
                # hung the second speech verb on the report's clause; X accuses.
                verb = verb.head
                via_conj = False
                continue
            if subs:
                return subs, False, verb
            if is_passive(verb):
                raised = [c for c in verb.children if c.dep_ == "nsubjpass"]
                if raised and came_by_xcomp and lemma_of(verb) in lexset("hearsay_verbs"):
                    # "The United States ... were reported to have condemned it": the
                    # passive report's subject does what its infinitive says (not "was
                    # urged to withdraw", where another urges).
                    return raised, False, verb
                if raised and verb.lower_ in lexset("feeling_participles"):
                    return raised, False, verb  # "is 'appalled by the loss of life'"
                agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
                agents = [g for g in agents if g.dep_ == "pobj"]
                if agents or verb.i == start.i or verb.dep_ not in CLIMB_DEPS:
                    return agents, True, verb
                # "X believes the arms were taken ..., stating": the passive
                # clause's patient does not speak; the clause above does.
                verb = verb.head
                continue
            if via_conj and verb.dep_ == "ccomp" and verb.head.i != verb.i:
                # "He promised Tolvia would help and said": the conjunct hangs
                # on a subjectless complement; its subject is the main clause's.
                verb = verb.head
                continue
            if (root := _subject_past_relative(verb)) is not None:
                return [root], False, verb
            if (cited := _quoted_as_saying(verb)) is not None:
                return [cited], False, verb
            if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head.i != verb.i:
                via_conj = verb.dep_ == "conj"
                came_by_xcomp = verb.dep_ == "xcomp"
                if (cue := self._cue_between(verb.head, verb)) is not None:
                    verb = cue
                    continue
                if verb.dep_ == "conj" and (inner := _clause_just_before(verb)) is not None:
                    verb = inner
                    continue
                verb = verb.head
                if verb.pos_ in ("ADP", "SCONJ"):  # "by declaring", "whilst calling"
                    verb = verb.head
                continue
            if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
                return [verb.head], False, verb
            break
        return [], False, verb

    def _subjects_past_label(self, subjects: list[Token], verb: Token) -> list[Token]:
        """:func:`_past_label`, and, when every subject stands in a speaker's bracketed
        label the parser took for the subject ("Q (Hadiza Abubakar-Lawal, Daily Trust):
        General, Niger's Ministry of National Defence said"), the first named phrase hung
        on it after the label instead."""
        subjects = _past_label(subjects, verb)
        if not subjects:
            return subjects
        doc = verb.doc
        ends = [t for t in doc[min(s.i for s in subjects) : verb.i] if _label_end(t)]
        if not ends or any(s.i > ends[-1].i for s in subjects):
            return subjects
        end = ends[-1]
        for s in subjects:
            for t in s.subtree:
                if end.i < t.i < verb.i and t.dep_ in ("conj", "appos"):
                    m = self.mention_at(t)
                    if m is not None and self.etype(str(m["entity_id"])) in SPEAKER_PREFERENCE:
                        return [t]
        return subjects

    def _cue_between(self, head: Token, verb: Token) -> Token | None:
        """ "'...,' the source specified, adding that ...", "he said, warning Caracas it
        would 'pay a heavy price'": the parser hung the participle on a verb inside a
        quote; the last speech verb outside quotes before it in its sentence is the one
        whose subject adds or warns."""
        if not self.in_quote(head) or self.in_quote(verb):
            return None
        speech = lexset("speech_verbs")
        cues = [
            t
            for t in verb.doc[verb.sent.start : verb.i]
            if is_verb(t) and lemma_of(t) in speech and not self.in_quote(t)
        ]
        return cues[-1] if cues else None

    def resolve_subject(self, verb: Token) -> Ref | None:
        """The entity that is the subject of a verb (see :meth:`subject_heads`).

        A subject that names nobody hands over to the clause above when that
        clause reports it: "Rice said the bombings underlined ..." is Rice's, and
        "Karzai criticized the attack, saying ..." (a participle on the object)
        is Karzai's. An unnamed source ("officials said") stays unnamed.
        """
        if (named := self._set_off_name_before(verb)) is not None:
            return named
        for _ in range(4):
            heads, _, clause = self._subject_clause(verb)
            heads = [_past_medium_name(h) for h in heads]
            refs = []
            for head in heads:
                exclude = verb if head.i == verb.head.i and verb.dep_ in ("acl", "relcl") else None
                r = self.resolve_np(head, exclude)
                if r is not None:
                    refs.append((head, r))
            if refs:
                # Several subjects ("the authorities ... and Prime Minister X"): prefer a
                # person, and a name to a description ("The state news agency IRNA said",
                # parsed as two subjects: IRNA, not an agency named before).
                refs.sort(key=lambda hr: self.mention_at(hr[0]) is None)
                for etype in SPEAKER_PREFERENCE:
                    for _, r in refs:
                        if self.etype(r.entity_id) == etype:
                            return r
                return refs[0][1]
            if not heads:
                return (
                    self._inverted_speaker(verb)
                    or self._set_off_speaker(verb)
                    or self.adjacent_mention(verb)
                    or self.resolving_body(verb)
                )
            if any(self.is_unnamed_source(h) for h in heads):
                return None
            above = self._reporting_clause(clause)
            if above is None:
                return None
            verb = above
        return None

    def _reporting_clause(self, clause: Token) -> Token | None:
        """The clause that reports a clause whose subject names nobody, if any."""
        reporting = lexset("speech_verbs") | lexset("claim_verbs")
        head = clause.head
        if clause.dep_ == "ccomp" and is_verb(head) and lemma_of(head) in reporting:
            return head
        # "X criticized the attack, saying ...": the participle hangs on the object.
        on_object = clause.dep_ == "acl" and clause.tag_ == "VBG" and head.dep_ == "dobj"
        if on_object and head.pos_ != "PROPN" and self.mention_at(head) is None:
            return head.head if is_verb(head.head) else None
        return None

    def _inverted_speaker(self, verb: Token) -> Ref | None:
        """The speaker after a speech verb that follows its quote, which the parser read as
        the verb's object ('"...," recalled his wife, Ngun Tin Par'): the phrase names
        him or her, the name in apposition before its possessive."""
        doc = verb.doc
        if verb.i == 0 or lemma_of(verb) not in lexset("speech_verbs") - lexset("addressee_verbs"):
            return None  # "told Rádio Moçambique": whom one tells is no speaker
        if not (doc[verb.i - 1].is_quote or doc[verb.i - 1].text == ","):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None and doc[verb.i - 1].is_quote:
            # '"...," said its director, Levan Beridze-Holm, "and ..."': a parse that hung
            # the speaker on the quote's second half; the noun right after the verb.
            obj = next(
                (
                    t
                    for t in doc[verb.i + 1 : verb.i + 4]
                    if t.pos_ in ("NOUN", "PROPN")
                    and t.dep_ in ("nsubj", "nsubjpass")
                    and self.in_quote(t.head)
                ),
                None,
            )
        if obj is None and doc[verb.i - 1].is_quote:
            return self._titled_name_after(verb)
        if obj is None or obj.i > verb.i + 3:
            return None
        return self.resolve_np(obj)

    def _titled_name_after(self, verb: Token) -> Ref | None:
        """'"...," said Under Secretary of the Treasury for Terrorism and Financial
        Intelligence Daniel P. Whitcombe.': a long title in capitals, which the parser
        reads as a preposition's phrase, then the person that ends the sentence."""
        doc = verb.doc
        end = verb.sent.end
        while end > verb.i + 1 and doc[end - 1].is_punct:
            end -= 1
        words = doc[verb.i + 1 : end]
        if not words or not words[0].is_title:
            return None  # '"...," said the spokesman for President X': not the president
        m = self.mention_at(doc[end - 1])
        if m is None or self.etype(str(m["entity_id"])) != "PERSON":
            return None
        title = [t for t in words if self.start(t) < int(m["char_start"])]
        if not all(t.is_title or t.lower_ in _TITLE_LINKS for t in title):
            return None
        return self.ref(m)

    def _set_off_name_before(self, verb: Token) -> Ref | None:
        """ "Troops crossed the river and fired on a post near Eteringbang, the Guyana
        Defence Force (GDF) said, wounding three soldiers": the parser made the name an
        apposition to the place and "said" a second verb of the troops'. A speech verb
        with no subject of its own, right after a name set off by a comma, is that
        name's."""
        if (
            verb.dep_ != "conj"
            or lemma_of(verb) not in lexset("speech_verbs")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            return None
        doc = verb.doc
        j = verb.i - 1
        if j > 2 and doc[j].text == ")" and doc[j - 2].text == "(":
            j -= 3  # "the Guyana Defence Force (GDF) said"
        if j < 1 or doc[j].is_punct or (m := self.mention_at(doc[j])) is None:
            return None
        if self.etype(str(m["entity_id"])) not in SPEAKER_PREFERENCE or self.in_quote(doc[j]):
            return None
        k = j
        while k > verb.sent.start and self.start(doc[k - 1]) >= int(m["char_start"]):
            k -= 1
        k -= k > verb.sent.start and doc[k - 1].lower_ == "the"
        return self.ref(m) if k > verb.sent.start and doc[k - 1].text == "," else None

    def _set_off_speaker(self, verb: Token) -> Ref | None:
        """The person named before a verb the parser left with no subject, the words
        between set off by commas: "In Kabul, Enayatullah Sarwari, spokesman for the
        Ministry of National Defense, told reporters"."""
        doc = verb.doc
        if verb.i == 0 or doc[verb.i - 1].text != ",":
            return None
        for tok in verb.sent:
            if tok.i >= verb.i:
                break
            m = self.mention_at(tok)
            if m is None or self.in_quote(tok) or self.etype(str(m["entity_id"])) != "PERSON":
                continue
            after = next((t for t in verb.sent if self.start(t) >= int(m["char_end"])), verb)
            end = after.i
            between = doc[end : verb.i - 1]
            if (
                end < verb.i
                and doc[end].text == ","
                and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in between)
            ):
                return self.ref(m)
        return None

    @cached_property
    def _resolving_bodies(self) -> list[tuple[int, Ref]]:
        """Where a resolution or communiqué names the body that speaks in its paragraphs,
        on a line of its own ("The Peace and Security Council,", "The Security Council,"),
        and that body."""
        found = []
        for lo, hi in self.paragraphs:
            if not (line := _RESOLVING_BODY_RE.match(self.text[lo:hi])):
                continue
            inside = (
                self.ref(m)
                for m in self.mentions
                if lo <= int(m["char_start"]) < hi and self.etype(str(m["entity_id"])) == "ORG"
            )
            # The model may tag no name on a line of its own: the body named so elsewhere.
            body = next(inside, None) or self._org_named_whole({line["body"].casefold()})
            if body is not None:
                found.append((lo, body))
        return found

    def resolving_body(self, verb: Token) -> Ref | None:
        """The body of a resolution's operative paragraph, which opens on its verb with no
        subject ("1. Expresses deep concern ...", "2. Strongly condemns ... and urges"):
        the one the resolution named above them on a line of its own."""
        if not self._resolving_bodies:
            return None
        while verb.dep_ == "conj" and verb.head.i != verb.i and not has_subject(verb):
            verb = verb.head
        opening = verb.sent[: verb.i - verb.sent.start]
        if verb.tag_ != "VBZ" or has_subject(verb):
            return None
        if any(t.pos_ not in ("X", "PUNCT", "ADV", "NUM", "SPACE") for t in opening):
            return None
        at = self.start(verb)
        before = [r for lo, r in self._resolving_bodies if lo < at]
        return before[-1] if before else None

    def adjacent_mention(self, verb: Token, window: int = 3) -> Ref | None:
        """A name right next to a verb outside quotes ("..., added KCNA")."""
        sent = verb.sent
        best: tuple[int, dict] | None = None
        for tok in sent:
            dist = abs(tok.i - verb.i)
            if tok.i == verb.i or dist > window or self.in_quote(tok) or tok.is_punct:
                continue
            m = self.mention_at(tok)
            # A demonym describes the words after it ("said Belizean fire had killed"): no
            # one speaks by it; nor does who is spoken to ("told Radio Mozambique").
            fits = (
                m is not None
                and not _addressee(tok, verb)
                and self.etype(str(m["entity_id"])) in SPEAKER_PREFERENCE
                and m.get("mention_kind") != "demonym"
            )
            if fits and (best is None or dist < best[0]):
                best = (dist, m)
        return None if best is None else self.ref(best[1])

    def source_of_sentence(self, sent: Span) -> Ref | None:
        """X in "according to X" / "quoting X" when the sentence has it."""
        preps = lexset("source_prepositions")
        for tok in sent:
            if lemma_of(tok) in preps or tok.lower_ in preps:
                for child in tok.subtree:
                    # "according to UNHCR and Uganda's Office ...", the first source parsed
                    # as a modifier of the second: the first named
                    listed = child.dep_ == "nmod" and any(c.dep_ == "cc" for c in child.children)
                    if (child.dep_ in ("pobj", "dobj") or listed) and child.i != tok.i:
                        r = self.resolve_np(child) or self._state_as_party(child)
                        # A place in the source's title ("the commissioner of Washuk
                        # district") is no source.
                        if r is not None and self.etype(r.entity_id) in SPEAKER_PREFERENCE:
                            return r
                if tok.lower_ == "according" and (named := self._named_after(tok)) is not None:
                    return named
            if (owner := self.count_owner(tok, ("by", "on", "in"))) is not None:
                return owner  # "386 soldiers killed, by Turkmenistan's own count"
        return None

    def _state_as_party(self, noun: Token) -> Ref | None:
        """The state a state noun with its demonym names ("the Slovenian side", "the
        Georgian government"): the country as such."""
        if lemma_of(noun) not in lexset("state_nouns"):
            return None
        for c in noun.children:
            if c.dep_ != "amod":
                continue
            found = lookup_country(c.text)
            if found is not None and found.mention_kind == "demonym":
                return Ref(f"country:{found.iso3}", c.text, self.start(c), self.end(c))
        return None

    def count_owner(self, tok: Token, preps: Sequence[str]) -> Ref | None:
        """Whose count a count noun is, where it hangs on one of ``preps``: "by
        Turkmenistan's own count", "on the ministry's figures"; with "of" after it,
        "the count of Kazakhstan's Ministry of Health"."""
        if lemma_of(tok) not in lexset("count_nouns") or tok.dep_ not in ("pobj", "attr", "nsubj"):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ not in preps:
            return None
        owners = [c for c in tok.children if c.dep_ == "poss"] + [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for o in owners:
            r = self.resolve_np(o)
            if r is not None and self.etype(r.entity_id) in SPEAKER_PREFERENCE:
                return r
        return None

    def _named_after(self, prep: Token) -> Ref | None:
        """The name that follows a source preposition where the parse lost it: in
        "According to Colonel (retired) Samuel Wani Tombe, ..." the brackets cut the
        title from the name. The first person or body named before a comma, within
        ``NAMED_AFTER_REACH`` words ("according to the deputy commissioner of Washuk
        district, Abdul Rauf Notezai"), or the person named right after that comma."""
        sent = prep.sent
        doc = prep.doc
        for tok in doc[prep.i + 1 : min(prep.i + NAMED_AFTER_REACH, sent.end)]:
            if tok.text == "," and tok.i + 1 < sent.end:
                # "According to the regional governor, Ion Rusu, ...": the name set
                # off after the title it holds.
                m = self.mention_at(doc[tok.i + 1])
                if m is not None and self.etype(str(m["entity_id"])) == "PERSON":
                    return self.ref(m)
            if tok.text in (",", ";", ":") or self.in_quote(tok):
                break
            m = self.mention_at(tok)
            if m is not None and self.etype(str(m["entity_id"])) in ("PERSON", "ORG"):
                return self.ref(m)
        return None

    def credits_unnamed(self, sent: Span) -> bool:
        """Does the sentence credit a source ("according to the Incheon city
        government") that names no entity of the article?"""
        return any(
            objs and all(self.resolve_np(o) is None for o in objs)
            for objs in credited_objects(sent)
        )

    def opening_source(self, sent: Span) -> Ref | None:
        """X of a paragraph that opens "According to X, ...": the source of the
        paragraph's later sentences that credit no one of their own."""
        lo = self.paragraphs[self.paragraph_index(self.start(sent))][0]
        i = self.sentence_index(lo)
        first = self.sentences[i] if i >= 0 else None
        if first is None or first.start_char == sent.start_char and first.doc is sent.doc:
            return None
        preps = lexset("source_prepositions")
        if self.start(first) != lo or not (lemma_of(first[0]) in preps or first[0].lower_ in preps):
            return None
        return self.source_of_sentence(first)

    def actor_groups(
        self, heads: Sequence[Token], exclude: Token | None = None
    ) -> list[list[dict]]:
        """Mentions of a subject, one group per coordinated conjunct.

        "The foreign ministries of Georgia, Kazakhstan, France, Poland, as well
        as the Co-Chairs of the OSCE Minsk Group" gives [Georgia], [Kazakhstan],
        [France], [Poland], [OSCE Minsk Group]; "President of the European
        Council Charles Michel" gives one group with both names.
        """
        groups: dict[int, list[dict]] = {}
        order: list[int] = []
        for head in heads:
            words = self.np_tokens(head, exclude)
            word_ids = {t.i for t in words}
            # Tokens that stand in a coordination: a conjunct or a head with conjuncts.
            conj_heads = [
                t
                for t in words
                if t.dep_ == "conj" or any(c.dep_ == "conj" and c.i in word_ids for c in t.children)
            ]

            def owner(tok: Token, conj_heads: list[Token] = conj_heads, root: int = head.i) -> int:
                """The innermost conjunct whose own words hold the token."""
                best = root
                best_size = 10**9
                for ch in conj_heads:
                    own = {t.i for t in ch.subtree} - {
                        t.i for c in ch.children if c.dep_ == "conj" for t in c.subtree
                    }
                    if tok.i in own and len(own) < best_size:
                        best, best_size = ch.i, len(own)
                return best

            for m in self.mentions_of_tokens(words):
                mtoks = [
                    t for t in self.tokens_in(m["char_start"], m["char_end"]) if t.i in word_ids
                ]
                if not mtoks:
                    continue
                key = owner(mtoks[-1])
                if key not in groups:
                    groups[key] = []
                    order.append(key)
                groups[key].append(m)
        return [groups[k] for k in order]

    def _title_just_before(self, m: dict) -> str | None:
        """The state or body whose title stands right before a name, a comma and any
        courtesy title between ("the Minister of Foreign Affairs of the Federal Republic
        of Nigeria, Ambassador Yusuf Garba Danladi"), whatever the parser made of them."""
        lo = max(0, m["char_start"] - 40)
        # The words before the name, less the courtesy titles and spaces ending them.
        before = _COURTESY_BEFORE_RE.sub("", self.text[lo : m["char_start"]], count=1)
        if not before.endswith(","):
            return None
        end = lo + len(before) - 1  # where the comma stands: the title ends there
        for t in self.mentions:
            if (
                t["char_end"] == end
                and t.get("mention_kind") == "title"
                and self.etype(str(t["entity_id"])) in ("ORG", "COUNTRY")
            ):
                return self.state_of(str(t["entity_id"]))
        return None

    def _posted_to(self, m: dict) -> bool:
        """Whether a mention names where an envoy is posted: "Ambassador to Viet Nam"."""
        before = self.text[max(0, int(m["char_start"]) - 40) : int(m["char_start"])]
        return POSTED_TO_RE.search(before) is not None

    def affiliation(self, person_id: str) -> str | None:
        """The state or international body a person acts for, if the article says."""
        for role in self.person_roles:
            if role.get("person_id") == person_id:
                if role.get("org_id"):
                    return self.state_of(str(role["org_id"]))
                if role.get("country_code"):
                    return entity_id("COUNTRY", str(role["country_code"]))
        for m in self.mentions:
            if m["entity_id"] != person_id:
                continue
            if (held := self._title_just_before(m)) is not None:
                return held
            head = self.mention_head(m)
            if head is None:
                continue
            scopes = [head]
            if head.dep_ in ("appos", "pobj") and head.head.i != head.i:
                scopes.append(head.head if head.dep_ == "appos" else head.head.head)
            for scope in scopes:
                others = [
                    o
                    for o in self.mentions_of_tokens(self.np_tokens(scope))
                    if o["entity_id"] != person_id
                    and self.etype(str(o["entity_id"])) in ("ORG", "COUNTRY")
                ]
                # "Russian Ambassador to Viet Nam X": the state he is posted to is not
                # the one he serves.
                others = [o for o in others if not self._posted_to(o)]
                if others:
                    # An international body outranks a country named beside it.
                    intl = [o for o in others if self.is_international(str(o["entity_id"]))]
                    return self.state_of(str((intl or others)[0]["entity_id"]))
                if body := self._body_named_before(scope):
                    return self.state_of(body)
            if body := self._venue(head):
                return self.state_of(body)
            words = {lemma_of(t) for t in self.np_tokens(head)} | {
                lemma_of(t) for t in head.children if t.dep_ == "compound"
            }
            if words & lexset("body_official_words") and (
                body := self._state_speaking_before(head, bodies=True)
            ):
                # An official the article places nowhere, right after a body spoke.
                return self.state_of(body)
            if (
                words & lexset("state_official_words")
                and self.country_of(person_id) is None
                and (state := self._state_speaking_before(head))
            ):
                # "Belgium summoned the Rwandan ambassador. Foreign Minister X called
                # the incursion 'unacceptable'": a minister placed nowhere serves the
                # state that spoke or acted just before.
                return state
            if any(
                t.dep_ == "poss" and t.lower_ in ("its", "their", "his", "her")
                for scope in scopes
                for t in self.np_tokens(scope)
                if t.i < head.i
            ) and (body := self._state_speaking_before(head, bodies=True)):
                # "The EU called for restraint. Its spokesperson, X, said ...": whose "its".
                return self.state_of(body)
            for t in (t for scope in scopes for t in self.np_tokens(scope) if t.i < head.i):
                # "the league's assistant secretary-general, X": the body the noun describes.
                if (
                    t.dep_ == "poss"
                    and t.pos_ == "NOUN"
                    and (r := self.resolve_np(t))
                    and (self.etype(r.entity_id) == "COUNTRY" or self.is_international(r.entity_id))
                ):
                    return self.state_of(r.entity_id)
        return self.country_of(person_id)

    def _venue(self, head: Token) -> str | None:
        """ "At the United Nations, deputy spokesman X said ...", "In Washington,
        Secretary of State X said ...": the body, or the state by its capital, a
        sentence opens by placing its speaker at."""
        first = head.sent[0]
        if first.lower_ not in ("at", "in") or head.i < first.i:
            return None
        for obj in (c for c in first.children if c.dep_ == "pobj"):
            m = self.mention_at(obj)
            if m is None:
                continue
            etype = self.etype(str(m["entity_id"]))
            if etype == "ORG" and first.lower_ == "at":
                return str(m["entity_id"])
            if etype == "COUNTRY" and m.get("mention_kind") == "metonym":
                return str(m["entity_id"])
            if etype == "PLACE" and (c := country_record(self.country_code(str(m["entity_id"])))):
                # The place's name, or the words the text calls it by ("New Delhi" for
                # GeoNames' Delhi).
                names = {
                    str((self.entities.get(str(m["entity_id"])) or {}).get("canonical_name")),
                    self.text[int(m["char_start"]) : int(m["char_end"])],
                }
                capitals = {cap.casefold() for cap in c.capitals}
                if any(n.casefold() in capitals for n in names):
                    return c.entity_id
        return None

    def _body_named_before(self, head: Token) -> str | None:
        """ "Foreign Ministry spokeswoman Ana Rojas" with no country: the state that
        spoke in the sentence before, in the same paragraph ("China said it was
        concerned. Foreign Ministry spokesman ..."), else the foreign ministry the
        article named before ("Chile's Foreign Ministry")."""
        nouns = lexset("organization_nouns")
        for tok in self.np_tokens(head):
            if lemma_of(tok) not in nouns or tok.i == head.i:
                continue
            state = self._state_speaking_before(head)
            if state is not None:
                return state
            words = {t.lower_ for t in tok.subtree if t.is_alpha and t.i < head.i}
            hi = bisect_left(self._mention_starts, self.start(tok))
            for m in reversed(self.mentions[:hi]):
                surface = set(str(m.get("surface") or "").casefold().split())
                if self.etype(str(m["entity_id"])) == "ORG" and words <= surface:
                    return str(m["entity_id"])
        return None

    def _state_speaking_before(self, head: Token, bodies: bool = False) -> str | None:
        """The country that speaks, itself or by one of its bodies, before ``head`` in its
        sentence ("China called for calm; foreign ministry spokesperson X said"), else in
        the sentence before, in its paragraph, or acts there when no one speaks in it;
        with ``bodies``, an international body too ("NATO said it was increasing patrols.
        Secretary General X warned ...")."""

        def state(r: Ref | None) -> str | None:
            """The country, or with ``bodies`` the international body, a source speaks
            for: a national body speaks for its state ("Mexico's Foreign Ministry offers
            to host talks. '...,' spokesperson X says")."""
            if r is None:
                return None
            if bodies and self.is_international(r.entity_id):
                return r.entity_id
            s = self.state_of(r.entity_id)
            return s if s is not None and self.etype(s) == "COUNTRY" else None

        def fits(r: Ref | None) -> bool:
            return state(r) is not None

        verb = head.head
        if head.dep_ == "nsubj" and is_verb(verb) and lemma_of(verb) in lexset("speech_verbs"):
            # A parse that gave "said" two subjects ("China, which ..., called on both
            # sides to '...,' spokesman X said"): the state among them.
            for h in (c for c in verb.children if c.dep_ == "nsubj" and c.i != head.i):
                if fits(r := self.resolve_np(h)):
                    return state(r)
        i = self.sentence_index(self.start(head))
        # "China called on both sides to '...,' spokesman X said": the quote before X
        # is his own; the state that spoke is China.
        own = self.mention_at(head)
        r = self._sentence_source(
            self.sentences[i],
            self.start(head),
            issuer=False,
            skip=str(own["entity_id"]) if own else None,
        )
        if fits(r):
            return state(r)
        if r is None and self.start(self.sentences[i].root) < self.start(head):
            # "The OAS offered to send observers, and its secretary general, X, called
            # on ...": the body acting in the clause before, when no one spoke there.
            r = self._sentence_source(self.sentences[i], self.start(head), issuer=True)
            if fits(r):
                return state(r)
        if i <= 0 or self.paragraph_index(self._sent_starts[i - 1]) != self.paragraph_index(
            self.start(head)
        ):
            return None
        sent = self.sentences[i - 1]
        r = self._sentence_source(sent, self.end(sent), issuer=False)
        if r is None:
            # "Tehran offered its good offices. Its foreign ministry spokesman said ...":
            # the state that acted, when no one spoke.
            r = self._sentence_source(sent, self.end(sent), issuer=True)
        return state(r)


def _in_its_release(verb: Token) -> bool:
    """ "announced in its Bulletin No. 2": the verb's "in" names the source's own release."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            words = [t for t in c.subtree if t.i > c.i][:4]
            if (
                words
                and words[0].lower_ in ("its", "their")
                and any(lemma_of(t) in lexset("release_nouns") for t in words[1:])
            ):
                return True  # (the parse may hang "Bulletin No. 2" on "No")
    return False


def _past_medium_name(head: Token) -> Token:
    """ "In a statement carried by the state agency Belta, the Belarusian Ministry of
    Defence said": a parse that makes the medium's name the subject and the body its
    apposition; the body speaks."""
    if head.i == 0 or lemma_of(head.doc[head.i - 1]) not in lexset("media_nouns"):
        return head
    return next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), head)


def _issued_by(verb: Token) -> list[Token]:
    """Who a participle of issuing names as its agent: "issued by X"."""
    if lemma_of(verb) not in lexset("issuing_verbs"):
        return []
    return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _name_taken_for_aux(verb: Token) -> list[Token]:
    """ "IGAD called for restraint": the parser read the opening acronym as the verb's
    auxiliary; a name the model tagged is the subject."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("aux", "auxpass")
        and c.i < verb.i
        and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
        and c.text[:1].isupper()
        and c.lemma_.lower() not in AUX_LEMMAS
    ]


def _subject_on_aux(verb: Token) -> list[Token]:
    """ "The Secretary-General is gravely alarmed by ...": the parser hung the subject
    on the auxiliary before the verb, or made the participle the copula's complement."""
    if verb.dep_ == "acomp" and lemma_of(verb.head) == "be" and verb.tag_ == "VBN":
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [
        g
        for c in verb.children
        if c.dep_ in ("aux", "auxpass") and c.i < verb.i
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i
    ]


AUX_LEMMAS = frozenset(
    {"be", "have", "do", "will", "shall", "can", "may", "might", "must", "would", "should",
     "could", "ought", "'s", "'re", "'ve", "'ll", "'d"}
)  # fmt: skip


def _speech_under_report(start: Token, verb: Token) -> bool:
    """Is ``start``, a speech verb without a subject of its own, a conjunct of ``verb``,
    the complement clause of a speech verb before it? Then both speech verbs are one
    speaker's ("X said shells had killed 11 and accused Y of ...", "Yabo said the command
    had deployed teams and urged residents ..."). Reported first and credited after
    ("The Secretary-General is alarmed and calls on ..., his spokesperson said"), the
    second verb is the reported one's."""
    speech = lexset("speech_verbs")
    # A verb that reports a tally, however far down the list of deeds the parser hung it:
    # "said troops had killed 45 and destroyed six vehicles, and put India's own losses
    # at 14".
    tally = lemma_of(start) in lexset("claim_verbs") and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in start.children
    )
    first = start
    while tally and first.dep_ == "conj" and first.head.i != verb.i and first.head.dep_ == "conj":
        first = first.head
    return (
        start.dep_ == "conj"
        and first.head.i == verb.i
        and (lemma_of(start) in speech or tally)
        and verb.dep_ == "ccomp"
        and lemma_of(verb) not in speech
        and is_verb(verb.head)
        and verb.head.i < verb.i
        and lemma_of(verb.head) in speech
    )


def _subject_after_date(verb: Token) -> list[Token]:
    """ "on 15 December the Minister of Foreign Affairs ... expressed support": the parser
    hung the subject on the date before it, in apposition; it is the verb's."""
    if verb.dep_ != "ROOT" or not is_verb(verb):
        return []
    for c in verb.children:
        if c.dep_ == "prep" and c.i < verb.i:
            for date in c.children:
                if date.dep_ == "pobj" and date.ent_type_ in ("DATE", "TIME"):
                    subs = [g for g in date.children if g.dep_ == "appos" and g.i < verb.i]
                    if subs and subs[0].ent_type_ not in ("DATE", "TIME"):
                        return subs[:1]
    return []


def _subject_after_leading_phrase(verb: Token) -> list[Token]:
    """ "In a telephone conversation with the President of X Y, the President of Z W
    expressed condolences": the parser hung the subject, set off by a comma, on the
    leading phrase's last noun in apposition, with nothing but its own words (however
    hung) between it and the verb."""
    if verb.dep_ != "ROOT" or not is_verb(verb):
        return []
    for c in verb.children:
        if c.dep_ != "prep" or c.i > verb.i:
            continue
        for g in c.subtree:
            if (
                g.dep_ == "appos"
                and g.i > 0
                and verb.doc[min(t.i for t in g.subtree) - 1].text == ","
                and g.i < verb.i
                and not any(t.is_punct or is_verb(t) for t in verb.doc[g.i : verb.i])
                and g.pos_ in ("NOUN", "PROPN")
                and g.ent_type_ not in ("DATE", "TIME")
            ):
                return [g]
    return []


def holding_words(verb: Token) -> list[Token]:
    """The words on a verb that say who holds its subject: the object of "under"
    ("Gharyan is under the control of the army", "under Tolvian occupation") and "in"
    with "hands" ("Mataje remains in Ecuadorian hands")."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("under", "in"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "under":
                out.append(obj)
            elif lemma_of(obj) == "hand":
                out += [prep, obj]
    return out


def set_off_verb(tok: Token) -> bool:
    """A finite or past verb right after a comma that the parser hung on the noun before
    it as a modifier ("..., captured 17", "..., called for restraint"): often the next
    clause of the sentence, not a participle describing the noun."""
    if tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    if tok.dep_ == "acl":
        return True
    # "Turkey, whose pipeline ... carries the region's oil, offered to host talks": with
    # a noun at the root the sentence has no verb of its own, and the parser hung it on
    # the relative clause as an adverbial one.
    # ... or, with a noun at the root, hung inside the relative clause as a modifier
    # ("The Organisation of Turkic States, in which Turkey is the weightiest voice,
    # backed ...").
    return tok.sent.root.pos_ in ("PROPN", "NOUN") and (
        (tok.dep_ == "advcl" and tok.head.dep_ == "relcl")
        or (tok.dep_ == "amod" and any(a.dep_ == "relcl" for a in tok.ancestors))
    )


def credited_objects(sent: Span) -> list[list[Token]]:
    """What each source preposition of a sentence credits ("according to [preliminary
    data]", "citing [the ministry]"), one list per preposition."""
    preps = lexset("source_prepositions")
    return [
        [c for c in tok.subtree if c.dep_ in ("pobj", "dobj") and c.i != tok.i]
        for tok in sent
        if lemma_of(tok) in preps or tok.lower_ in preps
    ]


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "The site quoted the spokesman, General X, as saying that ...", "X was quoted as
    saying ...": the one quoted says it, not the one who quotes."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or not is_verb(prep.head):
        return None
    if lemma_of(prep.head) not in lexset("citing_verbs"):
        return None
    deps = ("nsubjpass",) if is_passive(prep.head) else ("dobj",)
    return next((c for c in prep.head.children if c.dep_ in deps), None)


def _subject_past_relative(verb: Token) -> Token | None:
    """ "Kathmandu and Thimphu, whose countries both border the corridor, called for
    restraint": the parser made the sentence's subject its root and hung the verb on the
    relative clause's object; the root is the verb's subject."""
    root = verb.sent.root
    if not set_off_verb(verb) or root.pos_ not in ("PROPN", "NOUN") or root.i > verb.i:
        return None
    relative = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    return root if relative is not None and relative.head.i == root.i else None


def _past_label(subjects: list[Token], verb: Token) -> list[Token]:
    """Subjects less those a speaker's bracketed label cuts off from the verb, when
    another is left: in "Harriet Osei-Lambert (Bristol North West) (Lab): China's
    Ministry of National Defense says ...", the member is no subject of "says" (a round-up's
    "European Union: High Representative X condemned" stays the actor's label)."""
    if len(subjects) < 2:
        return subjects
    doc = verb.doc
    kept = [
        s
        for s in subjects
        if not any(_label_end(t) for t in doc[min(s.i, verb.i) : max(s.i, verb.i)])
    ]
    return kept or subjects


# An envoy's posting just before a state's name: "Ambassador to ", "envoy in ".
POSTED_TO_RE = re.compile(
    r"\b(?:ambassador|envoy|representative|diplomat|consul|charg[ée] d['’]affaires)s? "
    r"(?:to|in) (?:the )?$",
    re.IGNORECASE,
)


def _label_end(tok: Token) -> bool:
    """The colon closing a speaker's bracketed label: "(Lab):", "(Emeka Okonkwo, Reuters):"."""
    return tok.text == "):" or (tok.text == ":" and tok.i > 0 and tok.doc[tok.i - 1].text == ")")


def _set_off_subject(verb: Token) -> list[Token]:
    """ "while Algeria, speaking also for Niger, called on ...": the parser made the
    subject the participle's, set off by commas before the verb; it is the verb's."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i:
            subs = [g for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
            if subs and any(t.text == "," for t in verb.doc[subs[-1].i + 1 : c.i]):
                return subs
    return []


def _subject_of_leading_clause(verb: Token) -> list[Token]:
    """ "It put the losses at 37, said 90 soldiers had been killed and ...": the parser
    took the first predicate for what a subjectless "said" reports. A speech verb that
    reports a clause after it as well is the first predicate's conjunct, and shares its
    subject; the inverted "Fighting goes on, said the minister" has its own subject."""
    if lemma_of(verb) not in lexset("speech_verbs") | lexset("claim_verbs"):
        return []
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return []
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i < verb.i and verb.doc[verb.i - 1].text == ",":
            subs = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i]
            if subs and not _quoted_clause(c):
                return subs
    return []


def name_before_tail_verb(verb: Token) -> list[Token]:
    """ "..., Chief of the General Staff General Milan X said at a briefing on Wednesday.":
    a subjectless report closing the sentence after a comma, the parser having hung the
    name on the title before it; the name just before the verb is its subject."""
    doc = verb.doc
    if (
        lemma_of(verb) not in lexset("speech_verbs") | lexset("claim_verbs")
        or verb.i == 0
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        or any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
        or verb.right_edge.i + 2 < verb.sent.end
    ):
        return []
    name = doc[verb.i - 1]
    if name.pos_ != "PROPN" or not any(t.text == "," for t in doc[max(verb.i - 16, 0) : verb.i]):
        return []
    return [name]


def _quoted_clause(clause: Token) -> bool:
    """Does a quotation open the clause ('"Fighting goes on," ...'), where a phrase
    quoted inside it ('It calls the account "a lie", says ...') does not?"""
    first = clause.left_edge.i
    doc = clause.doc
    return doc[first].is_quote or (first > 0 and doc[first - 1].is_quote)


def _mkey(m: dict) -> str:
    return f"{m['char_start']}:{m['char_end']}:{m['entity_id']}"
