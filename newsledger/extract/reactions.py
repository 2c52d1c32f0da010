"""Reactions of outside actors: who (state or international body), which stance.

Parties to the conflict (:func:`conflict_parties`) are the countries whose
forces act in the events sections: a country named on a military noun
("the Azerbaijani army", "Armenian armed forces"), a military organization
("Ministry of Defense of Armenia", the FSB), or the subject of a combat verb
("North Korea fired ..."). A country written as backed or backing ("pro-Russia
separatists", "Armenian-backed") is not thereby a party. The countries of the
claims' claimants join them (:func:`newsledger.extract.attribution.extract_attribution`).
With none of these, the two countries most named in the events are the parties;
the second not, when it is named once and the story names the first's places more
than twice as often (a war inside one state, and a neighbour people flee to).

For reactions (:func:`reaction_parties`) the parties are the countries the
headline names, those the lede names unless they react there ("warnings from
officials in Moscow"), and the countries whose forces fight (a military noun
only where it is engaged in combat: "Tolvia ruled out sending troops" or "U.S.
troops deployed to help with the evacuation" make no party).

Every other state or intergovernmental body that takes a stance is an outside
actor, anywhere in the body but captions and other "other" sections. Rights
groups, news agencies and armed movements (organizations of no one country
whose name is not an intergovernmental body's, ``international_bodies``) and
persons with a private role (``private_roles``) are not.

Stances are regular expressions over sentence lemmas (``stances`` in
``data/attribution.yaml``); a stance word inside a name ("the N'Djamena
Ceasefire Agreement"), under a negation or a failure ("failed to agree on a
statement calling for ..."), or a ``verb_only_stances`` word used as no verb
("took back") is none. A vote for a text ("voted in favour") takes the stance of
the text the article's votes are on, when it names texts of one stance only ("a
resolution condemning North Korea": ``vote_for`` and ``text_stances``). The actor of a
stance:

* inside a quote, the quote's speaker;
* on a noun, who it belongs to ("Turkey's support", "warnings from officials
  in Moscow");
* else the subject of the first reaction verb above it that names someone
  ("X told Putin he should help "de-escalate"": X, not "he"), or the agent of a
  passive ("is considered a terrorist body by the United States"), split into
  one actor per coordinated conjunct ("the foreign ministries of Georgia,
  Kazakhstan, France, Poland, as well as the Co-Chairs of the OSCE Minsk Group");
* a state a sayer's reported clause has acting ("Secretary of State X said
  Washington was 'deeply concerned'"), voiced by the sayer when he serves it or
  the article places him nowhere; what a sayer grants a side to hold
  (``granted_nouns``: "said Hungary had 'a legitimate concern'") is the sayer's
  support of it;
* an agentless passive ("The activities of the JEM were also denounced")
  continues the paragraph's previous reaction;
* the states and bodies a side thanks ("I thank Poland, whose troops ...",
  ``thanking_verbs``) take the stance of support; thanks from an outsider or from
  someone the text does not name take no side.

A group of names becomes ``actor_id`` and ``speaker_id``: an international
body acts for itself; a national ministry or official acts for its country
(``actor_id`` the country, ``speaker_id`` the person, or the ministry when no
person is named); a person alone acts for the country or body the article
ties them to (:meth:`ArticleContext.affiliation`), else for no one.

``target_id`` is whom a stance is about: the object of support or
condemnation ("support to Azerbaijan", "support our Azerbaijani brothers"),
or the addressee of an appeal ("told Putin"), as a state where the name is a
national official. ``cameo_code`` comes from the ``cameo`` table. One row per
(actor, speaker, stance) and paragraph: a statement repeating its support in
three sentences is one reaction.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.tokens import Span, Token

from newsledger.extract.components import CLOCK_RE
from newsledger.extract.needles import Gate, needles
from newsledger.extract.reference import countries_in, lookup_country, regions_in, war_pair
from newsledger.extract.syntax import (
    POSTED_TO_RE,
    QUOTE_OPENERS,
    ArticleContext,
    Ref,
    is_passive,
    is_verb,
    lemma_of,
    lemma_string,
    lexicon,
    lexset,
    role_words,
    set_off_verb,
    tokens_at,
)
from newsledger.ids import entity_id, row_id
from newsledger.parse import BULLET_RE, unended_lines

TARGET_PREPS = frozenset({"to", "for", "against", "with", "of", "towards", "toward"})


# A quote this short is a phrase in the reporter's sentence, not a speech of its own.
SHORT_QUOTE_WORDS = 4


def _backing(ctx: ArticleContext, m: dict) -> bool:
    lex = lexicon()
    s, e = int(m["char_start"]), int(m["char_end"])
    before = ctx.text[max(s - 5, 0) : s].casefold()
    after = ctx.text[e : e + 12].casefold()
    return any(before.endswith(p) for p in lex["backing_prefixes"]) or any(
        after.startswith(x) for x in lex["backing_suffixes"]
    )


def _origin(ctx: ArticleContext, m: dict) -> bool:
    """ "fighters crossed from Democratic Republic of Congo into western Uganda": the
    country the attackers came from, which that alone does not make a side (its own
    forces, when they fight, make it one)."""
    head = ctx.mention_head(m)
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    verb = head.head.head
    return is_verb(verb) and lemma_of(verb) in lexset("crossing_verbs")


def _scope(ctx: ArticleContext, types: tuple[str, ...]) -> list[Span]:
    return [s for s in ctx.sentences if ctx.section_type(ctx.start(s)) in types]


def _engaged(tok: Token) -> bool:
    """Does a noun take part in combat: subject or object of a combat word ("troops
    shelled", "attacked Bordurian positions", "clashes with the army")?"""
    for _ in range(3):
        if tok.dep_ in ("conj", "appos", "pobj", "prep", "agent", "compound", "amod", "poss"):
            tok = tok.head
        elif tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            tok = tok.head
            break
        else:
            break
        if _fighting(tok):
            return True
    return _fighting(tok)


def _fighting(verb: Token) -> bool:
    """A combat word that tells fighting: "Somali troops would block the escape routes"
    is a promise, "wants to fight" a wish, no fighting."""
    if lemma_of(verb) not in lexset("combat_verbs") or any(
        c.dep_ == "aux" and c.lower_ in lexset("modal_verbs") for c in verb.children
    ):
        return False
    # "Nobody in Washington, Paris or Beijing wants to fight Ethiopia": a wish, or its
    # absence, is no fighting.
    wished = verb.dep_ == "xcomp" and lemma_of(verb.head) in lexset("wish_verbs")
    return not wished


def _hypothetical(verb: Token) -> bool:
    """A deed only supposed: "If ... a Chinese ship had fired, the headlines would ...",
    "they could strike at any time"."""
    for t in [verb, *verb.ancestors]:
        if any(
            (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
            or (c.dep_ == "aux" and c.lower_ in ("would", "could", "might"))
            for c in t.children
        ):
            return True
        if t.dep_ not in ("conj", "advcl", "xcomp", "ccomp"):
            break
    return False


def conflict_parties(ctx: ArticleContext, engaged_only: bool = False) -> set[str]:
    """Country entity IDs of the sides fighting (see the module docstring).

    With ``engaged_only``, a military noun or body makes its country a party
    only where it fights: "U.S. troops were deployed to help with the
    evacuation" does not, "U.S. troops shelled the town" does; and the
    most-named countries are no fallback.
    """
    lex = lexicon()
    mil_nouns = set(lex["military_nouns"])
    mil_org = re.compile(lex["military_org_pattern"])
    scope = _scope(ctx, ("events",)) or _scope(ctx, ("events", "other", None))
    parties: set[str] = set()
    counts: Counter[str] = Counter()
    grounds: Counter[str] = Counter()  # a country's own mentions and its places'
    for sent in scope:
        for m in ctx.mentions_in(ctx.start(sent), ctx.end(sent)):
            eid = str(m["entity_id"])
            etype = ctx.etype(eid)
            if _backing(ctx, m):
                continue
            country = ctx.country_of(eid)
            if etype == "COUNTRY" and country:
                counts[country] += 1
            if etype in ("COUNTRY", "PLACE") and country:
                grounds[country] += 1
            head = ctx.mention_head(m)
            if etype == "ORG" and country:
                name = str((ctx.entities.get(eid) or {}).get("canonical_name") or m.get("surface"))
                if mil_org.search(name) or mil_org.search(str(m.get("surface", ""))):
                    if not engaged_only or (head is not None and _engaged(head)):
                        parties.add(country)
                    continue
            if head is None or not country or etype == "PLACE":
                continue  # 'the Kherson offensive', '(Bangkok) – A rocket attack': where
            owner = head.head
            if head.dep_ == "pobj" and owner.lower_ == "of":
                owner = owner.head  # "the army of Armenia"
            elif head.dep_ not in ("amod", "compound", "nmod", "poss"):
                owner = None
            fights = owner is not None and (not engaged_only or _engaged(owner))
            if owner is not None and lemma_of(owner) in mil_nouns and fights:
                parties.add(country)
        for tok in sent:
            if not (is_verb(tok) and _fighting(tok)) or _hypothetical(tok):
                continue
            heads, _ = ctx.subject_heads(tok)
            for group in ctx.actor_groups(heads):
                for m in group:
                    if ctx.etype(str(m["entity_id"])) == "PLACE":
                        continue  # where, not who: '(Bangkok) – A rocket attack killed'
                    c = ctx.country_of(str(m["entity_id"]))
                    if c and not _backing(ctx, m):
                        parties.add(c)
    if not parties and not engaged_only:
        parties = {c for c, _ in counts.most_common(2)}
        if len(parties) == 2 and (top := grounds.most_common(2)) and top[0][0] in parties:
            # "Rebels in Ethiopia's Afar region ... took Semera ... . Tens of thousands
            # fled towards Djibouti": a war inside one state, whose places the story
            # names, and a state named once; not two sides.
            second = next(c for c in parties if c != top[0][0])
            if grounds[second] * 2 < top[0][1] and counts[second] < 2:
                parties = {top[0][0]}
    return parties


def _lede(ctx: ArticleContext) -> tuple[int, int]:
    """The first body paragraph that is not a caption or credit line, nor a box of
    unpunctuated lines ("Key events" atop a live page), which sums up the reactions as
    well as the fighting."""
    for start, end in ctx.paragraphs:
        text = ctx.text[start:end]
        if CLOCK_RE.fullmatch(text.strip()):
            continue  # a record's time stamp ("12.32 pm"): no lede
        if ctx.section_type(start) != "other" and not (
            text.count("\n") >= 2 and unended_lines(text)
        ):
            return start, end
    return ctx.paragraphs[0] if ctx.paragraphs else (0, 0)


def _headline_countries(ctx: ArticleContext) -> set[str]:
    """Countries the headline names by name, demonym or capital (reference data),
    less those the headline has speaking or reacting ("... as Chile warns",
    "UK condemns ..."): a headline names the reaction as often as the sides."""
    headline = ctx.text.split("\n", 1)[0]
    out: set[str] = set()
    found = countries_in(headline)
    starts = {start: end for _, start, end in found}
    for iso3, start, end in found:
        if _FROM_REACTION_RE.search(headline[:start]):
            continue  # "calls from Astana and Ankara": where reactions come from
        if POSTED_TO_RE.search(headline[:start]):
            continue  # "Mauritania's envoy in Madrid on the war": where he is posted
        # "Riyadh and Tehran offer to mediate": coordinated names share the verb, unless
        # it is between them ("India and Pakistan accuse each other").
        while (
            (m := re.match(r"\s*(?:,|and|&)\s*", headline[end:]))
            and end + m.end() in starts
            and not re.search(r"\b(?:each other|one another)\b", headline, re.IGNORECASE)
        ):
            end = starts[end + m.end()]
        after = _past_official(headline[end:])
        if not _reacts_in_headline(after) and not _backs_in_headline(headline[end:]):
            out.add(entity_id("COUNTRY", iso3))
    # A region the headline names is the ground fought over: its country is a party
    # ("UN report on Kashmir", "Fighting flares in Tigray"), unless the headline
    # already names two countries: "Bolivian columns push into the Chaco" is the
    # Paraguayan Chaco, not Argentina's province of that name.
    if len({iso3 for iso3, _, _ in found}) < 2:
        out |= {entity_id("COUNTRY", iso3) for iso3 in regions_in(headline)}
    return out


# Reaction nouns before "from" and the names the headline lists after it ("calls from
# Astana and Ankara", "condemnation from Paris").
_FROM_REACTION_RE = re.compile(
    r"\b(?:calls?|appeals?|warnings?|condemnations?|support|pressure|offers?|messages?|"
    r"concern|criticism|rebukes?)\s+from\s+(?:[\w'’.-]+\s*(?:,|and|&)\s*)*$",
    re.IGNORECASE,
)


_DEED_VERBS = frozenset({"have", "issue", "send", "convey", "extend", "share", "add", "report"})


def _past_official(after: str) -> str:
    """ "'s foreign minister visits Manama" -> " visits Manama", " FM urges DRC" -> "
    urges DRC": what a state's official does, the state does."""
    m = re.match(r"\s*(?:['’]s\s+)?", after)
    possessive = "s" in after[: m.end()]
    last = None
    for w in list(re.finditer(r"[A-Za-z-]+", after[m.end() :]))[:3]:
        if not possessive and not w.group()[:1].isupper():
            break  # without "'s", only a title in capitals: "Chinese Foreign Minister"
        word = w.group().casefold()
        if word in role_words() or word in _HEADLINE_OFFICES:
            last = w
            if possessive:
                break
    return after if last is None else after[m.end() + last.end() :]


# Offices headlines shorten: "Chinese FM urges ...".
_HEADLINE_OFFICES = frozenset({"fm", "pm", "mfa", "mod"})


def _backs_in_headline(after: str) -> bool:
    """ "U.S.-backed", "U.S. draft": the name qualifies a backer's deed, not a side."""
    after = after.casefold()
    return any(after.startswith(x) for x in lexicon()["backing_suffixes"])


def _reacts_in_headline(after: str) -> bool:
    """Is the next word (or the one after an adverb) a speech or reaction verb?"""
    lex = lexicon()
    # Verbs that also report deeds ("sends troops", "has") do not count.
    verbs = (
        set(lex["speech_verbs"]) | set(lex["reaction_verbs"]) | set(lex["diplomatic_verbs"])
    ) - _DEED_VERBS
    for word in re.findall(r"[A-Za-z]+", after)[:2]:
        w = word.casefold()
        # Headlines use the present tense: "warns", "urges", "slams".
        stems = {w, w.removesuffix("s"), w.removesuffix("es"), w.removesuffix("ed")}
        if stems & verbs:
            return True
        if not w.endswith("ly"):
            return False
    return False


def opening_parties(ctx: ArticleContext, lede_actors: set[str]) -> set[str]:
    """Countries the headline and lede name: the conflict is between them.

    A country written as backing a side, or one the headline does not name
    that reacts in the lede itself (``lede_actors``: "warnings from officials in
    Moscow"), is not thereby a party.
    """
    start, end = _lede(ctx)
    named: set[str] = set()
    for m in ctx.mentions_in(start, end):
        eid = str(m["entity_id"])
        if (
            ctx.etype(eid) == "COUNTRY"
            and not _backing(ctx, m)
            and not _diplomat(ctx, m)
            and not _origin(ctx, m)
            and not _posting_or_tongue(ctx, m)
            and not _commentators(ctx, m)
        ):
            named.add(eid)
    return _headline_countries(ctx) | (named - lede_actors)


def _commentators(ctx: ArticleContext, m: dict) -> bool:
    """ "..., Chinese experts said": a demonym on those who comment names no side."""
    tok = ctx.mention_head(m)
    return (
        tok is not None
        and tok.dep_ in ("amod", "compound")
        and lemma_of(tok.head) in lexset("commentator_nouns")
    )


def _posting_or_tongue(ctx: ArticleContext, m: dict) -> bool:
    """ "Mauritania's ambassador to Spain ... at her embassy in Madrid", "held in French
    and Spanish": where an envoy is posted, and a language, name no side."""
    start = int(m["char_start"])
    if POSTED_TO_RE.search(ctx.text[max(0, start - 40) : start]):
        return True
    if re.search(r"\bembass(?:y|ies) in (?:the )?$", ctx.text[max(0, start - 30) : start], re.I):
        return True
    toks = ctx.tokens_in(start, int(m["char_end"]))
    if not toks or len(toks) > 1:
        return False
    tok = toks[0]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    # "held in French and Spanish", "written in Arabic": a tongue, the demonym alone
    return (
        tok.ent_type_ in ("LANGUAGE", "NORP")
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and is_verb(tok.head.head)
        and lemma_of(tok.head.head) in lexset("language_verbs")
    )


def _diplomat(ctx: ArticleContext, m: dict) -> bool:
    """ "Russia on Tuesday vetoed a resolution", "his visiting Egyptian counterpart": a
    state the lede has acting at the conference table (``diplomatic_verbs``), itself or
    through its official, is no side of the fighting."""
    tok = ctx.mention_head(m)
    while tok is not None and tok.dep_ in ("conj", "appos", "compound", "amod", "poss"):
        tok = tok.head
    if tok is None:
        return False
    verbs = lexset("diplomatic_verbs")
    if any(c.dep_ == "amod" and lemma_of(c) in verbs for c in tok.children):
        return True
    return tok.dep_ == "nsubj" and lemma_of(tok.head) in verbs


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _negated(tok: Token) -> bool:
    """ "did not condemn": the stance word or its verb carries a negation; "failed
    to agree on a statement calling for ...": a verb above it says it never happened."""
    failing = lexset("failure_verbs")
    # The verb above counts for its complement ("did not express concern"), not for a
    # clause of its own ("X cannot be negotiable, while Latvia warned").
    own = (tok,) if tok.dep_ in ("advcl", "conj", "parataxis", "relcl") else (tok, tok.head)
    if any(is_verb(t) and any(c.dep_ == "neg" for c in t.children) for t in own):
        return True
    # Up the clauses that govern the stance word; a coordinated verb is a
    # statement of its own ("ruled out sending troops but said it was concerned").
    t = tok
    while t.head.i != t.i and t.dep_ != "conj":
        if t.dep_ in ("acl", "relcl") and any(
            c.dep_ == "det" and c.lower_ == "no" for c in t.head.children
        ):
            return True  # '"no evidence" that the Venezuelan state was supporting the ELN'
        t = t.head
        if is_verb(t) and lemma_of(t) in failing:
            return True
    return False


def _describes_actor(anchor: Token) -> bool:
    """A stance word in a present-tense clause set off to describe a noun ("Saudi Arabia,
    which leads the coalition backing Yemen's government, said ...") tells what the
    actor is, not what it did."""
    for t in (anchor, *anchor.ancestors):
        if set_off_verb(t):
            return False  # the sentence's own verb, hung on the clause before its comma
        if t.dep_ == "relcl":
            doc = t.doc
            opener = min(t.subtree, key=lambda x: x.i)
            return opener.i > 0 and doc[opener.i - 1].text == "," and t.tag_ in ("VBZ", "VBP")
    return False


def _in_name(anchor: Token) -> bool:
    """A stance word inside a name ("the N'Djamena Ceasefire Agreement") is no stance."""
    return anchor.pos_ == "PROPN" and anchor.i != anchor.sent.start and anchor.is_title


def _bloc_subject(verb: Token) -> bool:
    """Whether the verb's subject is a body of states named by its noun ("the bloc")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) in lexset("bloc_nouns")
        for c in verb.children
    )


def _reaction_verbs(anchor: Token) -> list[Token]:
    """Verbs above a stance word that may name its actor: the reaction verbs,
    nearest first, then the nearest verb ("is considered a terrorist body by X")."""
    verbs = lexset("reaction_verbs")
    chain = [t for t in [anchor, *anchor.ancestors] if is_verb(t)]
    found = [t for t in chain if lemma_of(t) in verbs]
    if (
        chain
        and chain[0] is anchor
        and anchor.dep_ in ("ccomp", "parataxis")
        and anchor.i < anchor.head.i
        and _own_subject(anchor)
    ):
        # A stance verb with a subject of its own, hung under the next clause's verb as if
        # reported by it, names its actor first ("A White House spokesman blasted the
        # aggression, Budapest called for a ceasefire": the spokesman blasted).
        return [anchor, *(t for t in found if t is not anchor)]
    if chain and chain[0] is anchor and anchor.dep_ == "ccomp" and _bloc_subject(anchor):
        # "The Philippines, which chairs ASEAN, said the bloc was 'gravely concerned'"
        return [anchor, *(t for t in found if t is not anchor)]
    # The nearest clause above the stance with someone for its subject (not "the guns" of
    # "wanted 'the guns to fall silent'") ...
    clause = next(
        (
            t
            for t in [anchor, *anchor.ancestors]
            if any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "PRON") for c in t.children
            )
        ),
        None,
    )
    # ... when a sayer reports it of a state by name, not telling it what it must do.
    reported = (
        clause
        if clause is not None
        and clause.dep_ == "ccomp"
        and lemma_of(clause.head) in lexset("speech_verbs")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in clause.children)
        and not any(
            c.dep_ == "aux" and c.lower_ in ("must", "should", "ought", "need")
            for c in clause.children
        )
        else None
    )
    if reported is not None and reported not in found:
        # "X said Washington was 'deeply concerned'", "... said Britain wanted 'the guns to
        # fall silent'": the state the reported clause has acting takes the stance, voiced
        # by the sayer (not one told what it must do).
        return [reported, *found]
    copula = anchor.head
    if (
        anchor.dep_ == "acomp"
        and lemma_of(copula) == "be"
        and copula.dep_ in ("ccomp", "parataxis")
        and (
            copula.i < copula.head.i
            or _bloc_subject(copula)
            or lemma_of(copula.head) in lexset("speech_verbs")
        )
        and _own_subject(copula)
    ):
        # "Malaysia is 'ready to host talks,' Foreign Minister X said": the state the
        # reported clause has ready acts, voiced by the one who said it; and "The
        # Philippines, which chairs ASEAN, said the bloc was 'gravely concerned'": the bloc;
        # "Secretary of State X said Washington was 'deeply concerned'": the state his
        # reported clause has concerned, voiced by him.
        return [copula, *found]
    if chain and chain[0] not in found and chain[0].dep_ == "advcl" and _own_subject(chain[0]):
        # "X urged ..., while the ECOWAS Commission reaffirmed its solidarity": a clause
        # set beside the report with a subject of its own names the stance's actor.
        return [chain[0], *found]
    found = found + [t for t in chain[:1] if t not in found]
    # "suspended ... until a ceasefire is agreed": the act the clause sets a term to
    until = _until([anchor])
    return until + [t for t in found if t not in until]


def _own_subject(verb: Token) -> bool:
    """Does the verb name who acts in a subject of its own: a name or a noun, not a
    pronoun the clause above resolves ("said it stood by"), nor the one told what it must
    do ("Rwandan forces must withdraw")?"""
    return any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children) and not any(
        c.dep_ == "aux" and c.lower_ in ("must", "should", "ought", "need", "to")
        for c in verb.children
    )


def _reaction_verb(anchor: Token) -> Token | None:
    found = _reaction_verbs(anchor)
    return found[0] if found else None


def _passive_by(verb: Token) -> list[Token]:
    """The agent of a passive verb whose "by" the parser hung on its complement
    ("is considered a terrorist body by the United States")."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp"))]
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _right_granted_by(verb: Token | None, anchor: Token | None = None) -> Token | None:
    """The verb of speech over "X has the right to defend itself", if any: who says a
    state has that right, not the state, takes the stance. So with what else a side is
    granted to hold (``granted_nouns``): "Serbia said Hungary had 'a legitimate concern'",
    "China said the matter was 'Tanzania's internal affair'"."""
    if anchor is not None and lemma_of(anchor) in lexset("granted_nouns"):
        clause = next((t for t in anchor.ancestors if is_verb(t)), None)
        if (
            clause is not None
            and clause.dep_ == "ccomp"
            and lemma_of(clause.head) in lexset("speech_verbs")
        ):
            return clause.head
    if verb is None or lemma_of(verb) != "have":
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "right" for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and lemma_of(verb.head) in lexset("speech_verbs"):
        return verb.head
    return None


def _subject_groups(ctx: ArticleContext, verb: Token) -> list[list[dict]]:
    if (
        verb.dep_ == "acl"
        and verb.head.dep_ == "dobj"
        and lemma_of(verb.head.head) in lexset("issuing_verbs")
    ):
        # "X, Y and Z issued a joint statement condemning ...": who issued it, all of them
        verb = verb.head.head
    heads, _ = ctx.subject_heads(verb)
    if not heads and is_passive(verb):
        heads = _passive_by(verb)
    if not heads and (body := ctx.resolving_body(verb)) is not None:
        return [[_as_mention(body)]]  # "2. Strongly condemns ...", a resolution's body
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "... said they stood ... and rejected ..."
    if (
        len(heads) == 1
        and heads[0].lower_ in ("they", "we")
        and clause.dep_ == "ccomp"
        and lemma_of(clause.head) in lexset("speech_verbs")
    ):
        # "Burkina Faso and Niger ... said they stood 'in total solidarity'": "they" are
        # the states that said it, each of them.
        outer = _subject_groups(ctx, clause.head)
        if len(outer) >= 2:
            return outer
    if len(heads) == 1 and heads[0].lower_ in ("they", "both") and not ctx.in_quote(heads[0]):
        # "The Governments of Argentina, Brazil, Chile ... express their concern. [2.] They
        # deplore ...": "they" go on with the states the sentence before named together;
        # "Chancellor X and President Y speak to reporters. Both called for ...": both.
        before = _states_named_together_before(ctx, verb, persons=heads[0].lower_ == "both")
        if before:
            return before
    exclude = verb if verb.dep_ in ("acl", "relcl") else None
    groups = ctx.actor_groups(heads, exclude)
    if not groups:
        for h in heads:
            r = ctx.resolve_np(h, exclude)
            # "The bloc's High Representative said ...": the bloc named before
            owner = [
                c for c in h.children if c.dep_ == "poss" and lemma_of(c) in lexset("bloc_nouns")
            ]
            if r is None and owner:
                r = ctx.resolve_np(owner[0], exclude)
            if r is not None:
                groups.append([_as_mention(r)])
    groups = _without_recipients(ctx, _without_membership(ctx, groups))
    return _without_members(ctx, _without_possessors(ctx, _without_blocs(ctx, groups)))


def _without_recipients(ctx: ArticleContext, groups: list[list[dict]]) -> list[list[dict]]:
    """ "arms deliveries to Saudi Arabia were 'under review'": a state the subject is
    sent, posted or turned to is no actor of it."""
    out = []
    for group in groups:
        kept = []
        for m in group:
            toks = ctx.tokens_in(int(m["char_start"]), int(m["char_end"]))
            root = next((t for t in toks if not (toks[0].i <= t.head.i <= toks[-1].i)), None)
            if (
                root is not None
                and root.dep_ == "pobj"
                and root.head.lower_ in ("to", "against")
                and root.head.head.pos_ == "NOUN"
                and lemma_of(root.head.head) not in lexset("state_official_words")
                and lemma_of(root.head.head) not in lexset("body_official_words")
            ):
                continue
            kept.append(m)
        if kept:
            out.append(kept)
    return out


def _without_membership(ctx: ArticleContext, groups: list[list[dict]]) -> list[list[dict]]:
    """ "Cyprus, itself an EU member, said ...": the body an apposition makes the subject a
    member of does not act."""
    out = []
    for group in groups:
        kept = []
        for m in group:
            toks = ctx.tokens_in(int(m["char_start"]), int(m["char_end"]))
            head = toks[-1].head if toks else None
            if (
                head is not None
                and _is_body(ctx, str(m["entity_id"]))
                and lemma_of(head) in ("member", "ally", "partner")
                and head.dep_ == "appos"
                and len(group) > 1
            ):
                continue
            kept.append(m)
        out.append(kept)
    return out


# How many sentences back "they" may look for the states it goes on with.
THEY_REACH = 3


def _states_named_together_before(
    ctx: ArticleContext, verb: Token, persons: bool = False
) -> list[list[dict]]:
    """The actor groups of the nearest sentence before ``verb``'s, within a few, whose
    main subject names two or more states or bodies (or, with ``persons``, people who
    speak for one)."""
    k = ctx.sentence_index(ctx.start(verb))
    clauses = [s for s in ctx.sentences[max(0, k - 3 * THEY_REACH) : k] if is_verb(s.root)]
    for sent in reversed(clauses[-THEY_REACH:]):  # a point's bare number is no sentence
        root = sent.root
        heads, _ = ctx.subject_heads(root)
        if any(h.lower_ in ("they", "we") for h in heads):
            continue  # the chain goes on further back
        groups = ctx.actor_groups(heads)
        actors = [
            g
            for g in groups
            if any(
                _is_body(ctx, str(m["entity_id"])) or ctx.etype(str(m["entity_id"])) == "COUNTRY"
                for m in g
            )
            or (persons and _actor(ctx, g)[0] is not None)
        ]
        if len(actors) >= 2:
            return _without_blocs(ctx, actors)
        if heads:
            return []  # the sentence before has a subject of its own: "they" are its
    return []


def _without_blocs(ctx: ArticleContext, groups: list[list[dict]]) -> list[list[dict]]:
    """ "Mali and Niger, Burkina's partners in the Alliance of Sahel States, said": the
    bloc that describes the states is not who speaks."""
    if not any(ctx.etype(str(m["entity_id"])) == "COUNTRY" for g in groups for m in g):
        return groups
    kept = [
        [m for m in g if not _membership(ctx, m) and not _partner_of(ctx, m, g)] for g in groups
    ]
    return [g for g in kept if g]


def _partner_of(ctx: ArticleContext, m: dict, group: list[dict]) -> bool:
    """ "Burkina Faso and Niger, Mali's partners in ...": the state an apposition
    describes another state by is not among those who speak."""
    toks = ctx.tokens_in(int(m["char_start"]), int(m["char_end"]))
    if not toks or toks[-1].dep_ != "poss" or toks[-1].head.dep_ != "appos":
        return False
    described = toks[-1].head.head
    return any(
        o is not m
        and ctx.etype(str(o["entity_id"])) == "COUNTRY"
        and int(o["char_start"]) <= ctx.start(described) < int(o["char_end"])
        for o in group
    )


def _without_possessors(ctx: ArticleContext, groups: list[list[dict]]) -> list[list[dict]]:
    """ "his spokesperson Elif Savas said": the one the possessive stands for is not a
    subject of the verb beside the named speaker."""
    named = any(m.get("mention_kind") != "pronoun" for g in groups for m in g)
    if not named:
        return groups
    return [
        g
        for g in groups
        if not all(
            m.get("mention_kind") == "pronoun"
            and any(
                t.dep_ == "poss" for t in ctx.tokens_in(int(m["char_start"]), int(m["char_end"]))
            )
            for m in g
        )
    ]


def _without_members(ctx: ArticleContext, groups: list[list[dict]]) -> list[list[dict]]:
    """ "We, the G7 Foreign Ministers of Canada, France, ...": the states listed after a
    body's officials are its members speaking as one; the body acts, not each of them."""
    for group in groups:
        for m in group:
            if not _is_body(ctx, str(m["entity_id"])):
                continue
            toks = ctx.tokens_in(int(m["char_start"]), int(m["char_end"]))
            head = toks[-1].head if toks else None
            if head is None or toks[-1].dep_ != "compound":
                continue
            members = {
                t.i
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.subtree
            }
            if not members:
                continue
            return [
                g
                for g in groups
                if not all(
                    {t.i for t in ctx.tokens_in(int(x["char_start"]), int(x["char_end"]))}
                    <= members
                    for x in g
                )
            ]
    return groups


def _generic_states(tok: Token) -> bool:
    """ "countries", "a number of countries", "several governments": states unnamed."""
    nouns = [tok, *(g for c in tok.children if c.lower_ == "of" for g in c.children)]
    return any(lemma_of(n) in lexset("generic_state_nouns") and n.tag_ == "NNS" for n in nouns)


def _groups(ctx: ArticleContext, anchor: Token) -> tuple[list[list[dict]], Token | None]:
    """Groups of mentions naming who takes a stance, and the verb it hangs on:
    the first reaction verb above the stance whose subject names someone."""
    if anchor.pos_ in ("NOUN", "PROPN"):
        # "Turkey's support", "warnings from officials in Moscow"; "calls for restraint
        # from Moscow": the noun the stance is asked in.
        nouns = [anchor]
        if (
            anchor.dep_ == "pobj"
            and anchor.head.lower_ == "for"
            and anchor.head.head.pos_ == "NOUN"
            and lemma_of(anchor.head.head) in lexset("call_nouns")
        ):
            nouns.append(anchor.head.head)
        elif anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and is_verb(anchor.head.head):
            # "welcome the call of the Council ... for an immediate cessation": the parser
            # hung "for" on the verb, beside the call it belongs to.
            nouns += [
                c
                for c in anchor.head.head.children
                if c.dep_ == "dobj" and lemma_of(c) in lexset("call_nouns")
            ]
        base = anchor
        while base.dep_ == "conj" and base.head.pos_ == "NOUN":
            base = base.head  # "messages of condolence and solidarity"
        if (
            base.dep_ == "pobj"
            and base.head.lower_ == "of"
            and lemma_of(base.head.head) in lexset("release_nouns") | lexset("addressed_nouns")
        ):
            # "statements of solidarity from Egypt and Jordan", "messages of solidarity from"
            nouns.append(base.head.head)
        heads = [c for c in anchor.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        # "has received messages of solidarity from the United States": the sender hangs
        # on the verb of receiving.
        holders = nouns + [
            n.head
            for n in nouns
            if n.dep_ == "dobj"
            and lemma_of(n.head) in lexset("receiving_verbs")
            and not anchor.sent.text.rstrip().endswith("?")  # "What support is it getting?"
        ]
        # "the call of the Peace and Security Council for ...", "the mediation of ECOWAS":
        # "of" names who calls or mediates (of other stances, what they are about).
        agent_of = lexset("call_nouns") | {"mediation"}
        heads += [
            g
            for n in holders
            for c in n.children
            if c.dep_ == "prep"
            and (c.lower_ in ("from", "by") or (c.lower_ == "of" and lemma_of(n) in agent_of))
            for g in c.children
            if g.dep_ == "pobj"
        ]
        groups = ctx.actor_groups(heads)
        if not groups and any(_generic_states(h) for h in heads):
            # "from a number of countries following the attack, including France and
            # Bhutan": the states the sentence lists after them, wherever it hangs.
            start = min(h.i for h in heads)
            groups = ctx.actor_groups(
                [
                    g
                    for t in anchor.sent
                    if t.i > start and t.lower_ == "including"
                    for g in t.children
                    if g.dep_ == "pobj"
                ]
            )
        if groups:
            return groups, None
    verbs = _reaction_verbs(anchor)
    first: tuple[list[list[dict]], Token] | None = None
    for verb in verbs:
        if (said := _set_off_report(verb)) is not None:
            # "Mali had legitimate concerns, he said, urging both sides to ...": the one who
            # said it urges, not the subject of what he said.
            groups = _subject_groups(ctx, said)
            if groups:
                return groups, said
        groups = _subject_groups(ctx, verb)
        if groups and any(_actor(ctx, g)[0] for g in groups):
            if (
                len(groups) == 1
                and verb.dep_ == "ccomp"
                and lemma_of(verb.head) in lexset("speech_verbs")
            ):
                # "Pakistan's Foreign Minister X said that Pakistan 'stands ...'", "Secretary
                # of State X said Washington was 'deeply concerned'": the state the reported
                # clause has acting, voiced by the sayer who serves it or no one named.
                sayers = [g for g in _subject_groups(ctx, verb.head) if _persons_of(ctx, g)]
                if len(sayers) == 1 and _actor(ctx, sayers[0])[0] in (
                    None,
                    _actor(ctx, groups[0])[0],
                ):
                    groups = [groups[0] + sayers[0]]
            return groups, verb
        # "Secretary of State X said Washington would 'stand with ...'": a speaker the
        # article places nowhere yields to the state his clause has acting.
        first = first or ((groups, verb) if groups else None)
    if first is not None:
        return first
    for verb in verbs:
        # "spokesperson X said China, '...', hoped the two sides would ...": a parse that
        # hung the report beside the verb, with the speaker and the state its subjects.
        for c in verb.children:
            if c.dep_ == "parataxis" and lemma_of(c) in lexset("speech_verbs"):
                groups = _subject_groups(ctx, c)
                if groups:
                    return groups, verb
    root = anchor.sent.root
    if verbs and root.pos_ == "PROPN" and not ctx.in_quote(root):
        # A parse that hung the verb inside the subject's apposition ("Brazil, one of
        # the guarantors of the accord, called on ..."): the subject is the root.
        groups = ctx.actor_groups([root])
        if groups:
            return groups, verbs[0]
    return [], verbs[0] if verbs else None


def _set_off_report(verb: Token) -> Token | None:
    """The speech verb set off before a participle that has no subject of its own, which
    the parser hung on the reported clause ("..., he said, urging ...")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head  # "urging both sides to settle ... and warning against ..."
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "parataxis" and c.i < verb.i and lemma_of(c) in lexset("speech_verbs")
        ),
        None,
    )


def _reporting_person(ctx: ArticleContext, verb: Token | None, actor: str) -> str | None:
    """The official who voices a state's stance ("Kask said Syldavia condemns ...")."""
    if verb is None:
        return None
    speech = lexset("speech_verbs")
    for anc in verb.ancestors:
        if is_verb(anc) and lemma_of(anc) in speech:
            # Of the verb's subjects, the official of the acting state: a parse that gave
            # "Italy ... offered to host talks, its foreign minister X told reporters"
            # two subjects has X speak for Italy.
            heads, _ = ctx.subject_heads(anc)
            found = [(ctx.resolve_subject(anc), None), *((ctx.resolve_np(h), h) for h in heads)]
            for r, h in found:
                if r is None or ctx.etype(r.entity_id) != "PERSON":
                    continue
                acts_for = ctx.affiliation(r.entity_id)
                if acts_for is not None and ctx.state_of(acts_for) == actor:
                    return r.entity_id
                if acts_for is None and h is not None and _its_official(h):
                    return r.entity_id  # "its foreign minister X": the acting state's
                if acts_for is None and _unplaced_official(ctx, r.entity_id):
                    # "Berlin will send a Patriot battery, government spokesman X said":
                    # an official the article places in no state speaks for this one.
                    return r.entity_id
            return None
    return None


def _unplaced_official(ctx: ArticleContext, person_id: str) -> bool:
    """A person whose role is an official's ("government spokesman", "minister")."""
    words = lexset("body_official_words") | lexset("state_official_words")
    return any(
        r.get("person_id") == person_id
        and words.intersection(str(r.get("role_normalized") or r.get("role") or "").lower().split())
        for r in ctx.person_roles
    )


def _placed_by_role(ctx: ArticleContext, person_id: str) -> bool:
    """Does the article name whom the person serves with the role ("Foreign Minister of
    Malaysia", "Malaysia's foreign minister"), not only by who spoke before him?"""
    return any(
        r.get("person_id") == person_id and (r.get("org_id") or r.get("country_code"))
        for r in ctx.person_roles
    )


def _its_official(head: Token) -> bool:
    """ "its foreign minister Giulia Ferrandi": a subject that "its" ties to the state
    acting in its sentence."""
    return any(t.dep_ == "poss" and t.lower_ == "its" for t in head.subtree if t.i < head.i)


def _as_mention(r: Ref) -> dict:
    return {
        "entity_id": r.entity_id,
        "surface": r.surface,
        "char_start": r.char_start,
        "char_end": r.char_end,
    }


def _is_body(ctx: ArticleContext, eid: str) -> bool:
    """An intergovernmental body (UN, EU, NATO, a coalition of states): it acts for itself.

    Other organizations of no one country (rights groups, news agencies, armed
    movements) take no stance as outside actors.
    """
    if not ctx.is_international(eid):
        return False
    name = str((ctx.entities.get(eid) or {}).get("canonical_name") or eid.split(":", 1)[-1])
    return re.search(lexicon()["international_bodies"], name.replace("_", " ")) is not None


def _private(ctx: ArticleContext, person_id: str) -> bool:
    """A person the article gives a private role ("blogger", "resident") speaks for no state."""
    private = lexset("private_roles")
    return any(
        r.get("person_id") == person_id
        and str(r.get("role_normalized") or r.get("role") or "").casefold() in private
        for r in ctx.person_roles
    )


def _persons_of(ctx: ArticleContext, group: list[dict]) -> list[str]:
    return [str(m["entity_id"]) for m in group if ctx.etype(str(m["entity_id"])) == "PERSON"]


def _membership(ctx: ArticleContext, m: dict) -> bool:
    """A body named in an apposition of belonging (``member_nouns``): "partners in the
    Alliance of Sahel States", "allies in NATO"."""
    toks = ctx.tokens_in(int(m["char_start"]), int(m["char_end"]))
    if not toks or not _is_body(ctx, str(m["entity_id"])):
        return False
    root = min(toks, key=lambda t: _depth(t))
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("in", "of")
        and lemma_of(prep.head) in lexset("member_nouns")
    )


def _actor(ctx: ArticleContext, group: list[dict]) -> tuple[str | None, str | None]:
    """(actor_id, speaker_id) of one group of names: a state or an international body."""
    # A name inside another is the other's: "Portuguese" in "the Community of
    # Portuguese Language Countries" is no state of its own.
    spans = [(int(m["char_start"]), int(m["char_end"])) for m in group]
    group = [
        m
        for m, (s, e) in zip(group, spans, strict=True)
        if not any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in spans)
    ]
    ids = [str(m["entity_id"]) for m in group]
    persons = [i for i in ids if ctx.etype(i) == "PERSON"]
    orgs = [i for i in ids if ctx.etype(i) == "ORG"]
    countries = [i for i in ids if ctx.etype(i) == "COUNTRY"]
    speaker = persons[-1] if persons else None
    bodies = [o for o in orgs if _is_body(ctx, o)]
    if bodies:
        return bodies[0], speaker
    acts_for = ctx.affiliation(speaker) if speaker and not _private(ctx, speaker) else None
    if acts_for and _is_body(ctx, acts_for):
        # An envoy of an international body acts for it, whatever his nationality
        # ("Kenyan Prime Minister Raila Odinga ... serves as the AU's envoy").
        return acts_for, speaker
    civil = re.compile(lexicon()["civil_society_bodies"])
    if any(civil.search(str((ctx.entities.get(o) or {}).get("canonical_name") or o)) for o in orgs):
        return None, None  # "Latvia's Free Trade Union Confederation": not Latvia's voice
    national = [o for o in orgs if ctx.country_code(o)]
    if national:
        return ctx.country_of(national[0]), speaker or national[0]
    if countries:
        return countries[0], speaker
    if speaker and not _private(ctx, speaker):
        acts_for = ctx.affiliation(speaker) or _voiced_state(ctx, speaker)
        if acts_for and (ctx.etype(acts_for) == "COUNTRY" or _is_body(ctx, acts_for)):
            return acts_for, speaker
    return None, None


def _voiced_state(ctx: ArticleContext, person_id: str) -> str | None:
    """The one state a speaker whom the article places nowhere has taking a stance in his
    own words ("The United States condemns this attack, and we call on Belgrade ...",
    said by a press secretary the page names only in a transcript's label): he speaks
    for it."""
    memo = ctx.voiced_states
    if person_id in memo:
        return memo[person_id]
    states: set[str] = set()
    for start, end, row in ctx.quote_spans:
        if row.get("speaker_id") != person_id:
            continue
        for sent in ctx.sentences_between(start, end):
            for toks, _ in _stances(sent):
                verb = _reaction_verb(min(toks, key=lambda t: (_depth(t), t.i)))
                if verb is None or not start <= ctx.start(verb) < end:
                    continue
                for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                    states.update(
                        str(m["entity_id"])
                        for m in ctx.mentions_of_tokens(ctx.np_tokens(subj))
                        if ctx.etype(str(m["entity_id"])) == "COUNTRY"
                    )
    memo[person_id] = states.pop() if len(states) == 1 else None
    return memo[person_id]


def _target(ctx: ArticleContext, anchor: Token, verb: Token | None, stance: str) -> str | None:
    """Whom a stance is about (see the module docstring); None for stances without one."""
    lex = lexicon()
    heads: list[Token] = []
    if stance in lex["addressed_stances"]:
        # The addressee of an appeal: "told Putin", "called on the parties", "urged X".
        addressing = lex["addressing_verbs"]
        for v in [anchor, *anchor.ancestors]:
            if not is_verb(v) or lemma_of(v) not in addressing:
                continue
            heads += [c for c in v.children if c.dep_ in ("dobj", "dative")]
            preps = set(addressing[lemma_of(v)] or [])
            heads += [
                g
                for c in v.children
                if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children
                if g.dep_ == "pobj"
            ]
            break
    elif stance in lex["object_stances"]:
        holders = [anchor] + ([verb] if verb is not None and anchor.pos_ != "VERB" else [])
        for h in holders:
            heads += [c for c in h.children if c.dep_ in ("dobj", "dative") and c.i != anchor.i]
            heads += [
                g
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                for g in c.children
                if g.dep_ == "pobj"
            ]
    for h in heads:
        for m in ctx.mentions_of_tokens(ctx.np_tokens(h)):
            eid = str(m["entity_id"])
            if m.get("mention_kind") != "pronoun" and ctx.etype(eid) in (
                "PERSON",
                "ORG",
                "COUNTRY",
            ):
                return ctx.state_of(eid)
    return None


@cache
def _stance_patterns() -> list[tuple[re.Pattern[str], frozenset[str] | None, str]]:
    """The lexicon's stance patterns, compiled once, in lexicon order, each with the
    words it cannot match without (:mod:`newsledger.extract.needles`)."""
    return [
        (re.compile(pattern), needles(pattern), stance)
        for stance, patterns in lexicon()["stances"].items()
        for pattern in patterns
    ]


@cache
def _stance_gate() -> Gate:
    return Gate(words for _, words, _ in _stance_patterns())


def _stances(sent: Span, vote_stance: str | None = None) -> list[tuple[list[Token], str]]:
    """(words, stance) of every stance pattern that matches a sentence, in text order; a
    vote for the article's text takes ``vote_stance``, the stance of that text."""
    text, index = lemma_string(sent)
    matches: list[tuple[int, int, str]] = []
    present = _stance_gate().present(text)
    for pattern, words, stance in _stance_patterns():
        if words is not None and words.isdisjoint(present):
            continue
        for m in pattern.finditer(text):
            matches.append((m.start(), m.end(), stance))
    if vote_stance is not None:
        for m in _vote_re().finditer(text):
            matches.append((m.start(), m.end(), vote_stance))
    found = []
    for start, end, stance in sorted(matches):
        if any(
            s <= start and end <= e and (e - s) > (end - start) and other != stance
            for s, e, other in matches
        ):
            continue  # 'support' of "ready to support a peace process" (a mediation offer)
        toks = tokens_at(index, start, end)
        if toks and not _hyphen_tail(toks[0]):
            found.append((toks, stance))
    # "suspended arms exports to both sides until a ceasefire is agreed": a measure held
    # until the fighting stops asks for a ceasefire; it condemns no one.
    held = {v.i for toks, stance in found if stance == "call_for_ceasefire" for v in _until(toks)}
    return [
        (toks, stance)
        for toks, stance in found
        if not (
            stance == "condemnation" and (any(t.i in held for t in toks) or _toward_both(toks[0]))
        )
    ]


def _toward_both(tok: Token) -> bool:
    """A measure taken toward both sides ("suspended joint exercises with both
    countries"): it condemns neither."""
    return lemma_of(tok) in ("suspend", "halt", "freeze") and any(
        t.lower_ == "both" and t.dep_ in ("det", "predet") for t in tok.subtree
    )


def _until(toks: list[Token]) -> list[Token]:
    """The verb an "until" clause holding the words sets a term to ("suspended ... until
    a ceasefire is agreed"), if they are in one."""
    for t in [toks[0], *toks[0].ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in t.children):
            head = t.head
            if head.dep_ == "relcl" and head.i < t.i and t.doc[t.left_edge.i - 1].text == ",":
                # "... to Malaysia, which ordered 18 of them, until ...": the parser hung
                # the term on the relative clause the comma closed
                head = next((a for a in head.head.ancestors if is_verb(a)), head)
            return [head]
        if t.dep_ == "pobj" and t.head.lower_ == "until":
            return [t.head.head]  # "until a ceasefire"
    return []


def _hyphen_tail(tok: Token) -> bool:
    """The second half of a hyphenated word: 'backed' of "Western-backed provocations"
    describes the thing, it takes no stance."""
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].text in ("-", "–")
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
    )


_VOTE_WORD_RE = re.compile(r"\bvot(?:e|ed|es|ing)\b", re.IGNORECASE)


@cache
def _vote_re() -> re.Pattern[str]:
    return re.compile(lexicon()["vote_for"])


def _voted_text_stance(ctx: ArticleContext) -> str | None:
    """The stance of the text the article's votes are on, when it names texts of one
    stance only ("a resolution condemning North Korea")."""
    if not _VOTE_WORD_RE.search(ctx.text):
        return None  # most articles: no pass over their sentences
    patterns = {stance: re.compile(p) for stance, p in lexicon()["text_stances"].items()}
    found: set[str] = set()
    voted = False
    for sent in ctx.sentences:
        text, _ = lemma_string(sent)
        voted = voted or _vote_re().search(text) is not None
        found.update(stance for stance, p in patterns.items() if p.search(text))
    return next(iter(found)) if voted and len(found) == 1 else None


def _agentless(verb: Token | None) -> bool:
    """ "The activities of the JEM were also denounced": a passive naming no agent."""
    return verb is not None and is_passive(verb) and not _agents(verb)


def _agents(verb: Token) -> list[Token]:
    """A passive verb's "by" phrases, wherever the parser hung them."""
    return [c for c in verb.children if c.dep_ == "agent"] + _passive_by(verb)


def _candidates(
    ctx: ArticleContext, sent: Span, previous: dict | None, vote_stance: str | None = None
) -> list[dict]:
    """Reaction rows of one sentence, parties not yet removed.

    An agentless passive stance continues the paragraph's previous reaction
    (``previous``): its actor and speaker. A vote for the article's text takes the
    text's stance (``vote_stance``).
    """
    lex = lexicon()
    rows: list[dict] = []
    for toks, stance in _stances(sent, vote_stance):
        anchor = min(toks, key=lambda t: (_depth(t), t.i))
        if (
            # A cue that holds its own negation ("would not stand idle") is no denial of it.
            (_negated(anchor) and not any(t.dep_ == "neg" for t in toks))
            or (lemma_of(anchor) in lex["verb_only_stances"] and anchor.pos_ != "VERB")
            or _in_name(anchor)
            or _describes_actor(anchor)
            # "units of the Gendarmerie, supported by the army, crossed ...": forces
            # described by who backs them in the field, no stance taken
            or (stance == "support" and anchor.tag_ == "VBN" and anchor.dep_ == "acl")
        ):
            continue
        quote = ctx.quote_at(ctx.start(anchor))
        verb: Token | None = None
        if quote is not None and _unmarked_turn(ctx, quote):
            # A transcript's turn is its speaker's account: what it reports of others
            # ("Mali and Burkina Faso said that ...") is read as any reported sentence;
            # what it has a state do ("The United States condemns ...") he voices.
            found, found_verb = _groups(ctx, anchor)
            if any(_actor(ctx, g)[0] for g in found) and _reported_under(anchor, found_verb):
                quote = None
        if quote is not None and quote.get("speaker_id"):
            groups = [[_as_mention(Ref(quote["speaker_id"], "", 0, 0))]]
            verb = _reaction_verb(anchor)
            found, found_verb = _groups(ctx, anchor)
            speaker = quote["speaker_id"]
            credited = any(str(m["entity_id"]) == speaker for g in found for m in g) or any(
                # the bloc the states were named partners in, whom the quote went to
                str(m["entity_id"]) == speaker and _membership(ctx, m)
                for m in ctx.mentions_in(ctx.start(anchor.sent), ctx.end(anchor.sent))
            )
            states = [
                g for g in found if all(ctx.etype(str(m["entity_id"])) == "COUNTRY" for m in g)
            ]
            own_group = next(
                (g for g in found if any(str(m["entity_id"]) == speaker for m in g)), None
            )
            own_actor, own_voice = _actor(ctx, own_group) if own_group is not None else (None, None)
            quoted_actor, quoted_voice = _actor(ctx, groups[0])
            if own_actor is not None and (
                quoted_actor is None
                or (quoted_actor == own_actor and quoted_voice is None and own_voice is not None)
            ):
                # "The UK's minister for the Indo-Pacific, X, said Britain was 'deeply
                # concerned ...'": the speaker, whom the article places nowhere, stands in
                # the subject with the state she speaks for; a quote credited to the state
                # ("said that Pakistan 'stands ...'") is voiced by the minister who said it.
                groups, verb = [own_group], found_verb
            elif (
                len(states) == 1
                and not credited
                and _actor(ctx, groups[0])[0] is None
                and _right_granted_by(found_verb, anchor) is None
            ):
                # "Secretary of State X said Washington was 'deeply concerned by ...'": a
                # speaker the article places nowhere voices the one state his words have
                # acting.
                groups, verb = [states[0] + groups[0]], found_verb
            elif len(found) >= 2 and any(
                [str(m["entity_id"]) for m in g] == [speaker] for g in found
            ):
                # "The United States, Britain and the EU said they were 'deeply concerned'
                # and urged '...'": the quote is credited to one of the coordinated
                # subjects of the sentence's verb; all of them act.
                groups, verb = found, found_verb
            elif len(str(quote["text"]).split()) > SHORT_QUOTE_WORDS:
                # A speech of its own: its speaker acts, unless it tells what other
                # states did ("I thank Kenya and Zambia, which condemned this aggression").
                if (
                    found
                    and not credited
                    and found_verb is not None
                    and (anchor == found_verb or anchor.head == found_verb)
                    and _right_granted_by(found_verb, anchor) is None
                    and _reported_deed(ctx, found, found_verb, speaker)
                ):
                    own, _ = _actor(ctx, groups[0])
                    if len(found) == 1 and own in (None, _actor(ctx, found[0])[0]):
                        # "Pakistan's Foreign Minister X said that Pakistan 'stands
                        # shoulder to shoulder with ...'": his own state, voiced by him.
                        groups, verb = [found[0] + groups[0]], found_verb
                    else:
                        groups, verb = found, found_verb
                elif found and not credited and found_verb is None and anchor.pos_ == "NOUN":
                    # "We welcome the statements of solidarity from Egypt and Jordan": the
                    # stance the speech names is theirs whose it is.
                    groups = found
            elif len(found) == 1 and found_verb is not None and _bloc_subject(found_verb):
                # "The Philippines ... said the bloc was 'gravely concerned'": the bloc,
                # voiced by the one who said it if a person.
                groups, verb = [found[0] + groups[0]], found_verb
            elif len(states) >= 2 and credited:
                # A phrase quoted in the reporter's sentence ("Burkina Faso and Niger
                # expressed their 'full solidarity'"): coordinated states as its subject
                # act, whoever the quote was credited to.
                groups, verb = states, found_verb
            elif (
                len(states) == 1 and not credited and _right_granted_by(found_verb, anchor) is None
            ):
                # "Its ambassador said Tokyo 'strongly condemns' the shelling": the state
                # the phrase has acting, voiced by the one who said it, unless he
                # serves another.
                own, _ = _actor(ctx, groups[0])
                state = str(states[0][0]["entity_id"])
                if own in (None, state) or not _placed_by_role(ctx, speaker):
                    groups, verb = [states[0] + groups[0]], found_verb
        else:
            groups, verb = _groups(ctx, anchor)
            if stance == "support" and (said := _right_granted_by(verb, anchor)) is not None:
                # "Mali and Niger said ... that Burkina Faso had the right to ...": the
                # sayers back the state they grant the right.
                sayers = _subject_groups(ctx, said)
                if sayers:
                    groups, verb = sayers, said
        target = _target(ctx, anchor, verb, stance)
        cs, ce = ctx.span_of(toks)
        pairs = [_actor(ctx, g) for g in groups]
        for i, (g, (actor, _)) in enumerate(zip(groups, pairs, strict=False)):
            persons = _persons_of(ctx, g) if actor is None else []
            voiced = next(
                (r["actor_id"] for r in rows if persons and r["speaker_id"] == persons[-1]), None
            )
            if voiced is not None:
                # "X said Washington was 'deeply concerned' and called on both sides to
                # ...": the state he voiced earlier in the sentence acts again.
                pairs[i] = (voiced, persons[-1])
        if not groups and previous is not None and _agentless(_reaction_verb(anchor)):
            pairs = [(previous["actor_id"], previous["speaker_id"])]
        # "President X offers to host talks in Lusaka": the host's capital names the state
        # he speaks for.
        if (
            stance == "mediation_offer"
            and pairs
            and all(a is None for a, _ in pairs)
            and (host := _host_capital(ctx, anchor)) is not None
        ):
            persons = [p for g in groups for p in _persons_of(ctx, g)]
            pairs = [(host, persons[-1] if persons else None)]
        # One actor per stance: a group naming the state and one naming its official
        # ("Oman: Foreign Minister X offered ...") are one reaction, voiced by him.
        speakers: dict[str, str | None] = {}
        for actor, speaker in pairs:
            if actor is not None and speakers.get(actor) is None:
                speakers[actor] = speaker
        if speakers and verb is not None:
            # "Speaking also on behalf of the Gulf Cooperation Council, the representative
            # of Bahrain condemned ...": the bloc he speaks for takes the stance too.
            for bloc in _spoken_for(ctx, verb):
                speakers.setdefault(bloc, None)
        # ... also when the article never says whom the official serves: "European
        # Union: High Representative Elena Markovic condemned ..." is the EU, voiced by her.
        unplaced = [
            _persons_of(ctx, g)[-1]
            for g, (actor, _) in zip(groups, pairs, strict=False)
            if actor is None and _persons_of(ctx, g)
        ]
        silent = [a for a, s in speakers.items() if s is None]
        if len(unplaced) == 1 and len(silent) == 1 and not _private(ctx, unplaced[0]):
            speakers[silent[0]] = unplaced[0]
        for actor, speaker in speakers.items():
            if speaker is None and quote is None:
                speaker = _reporting_person(ctx, verb, actor)
            rows.append(
                _row(
                    ctx,
                    actor,
                    speaker,
                    stance,
                    target if target != actor else None,
                    quote.get("quote_id") if quote else None,
                    (cs, ce),
                )
            )
    return rows


def _reported_deed(
    ctx: ArticleContext, found: list[list[dict]], verb: Token | None, speaker: str
) -> bool:
    """Does a speech tell a stance other states or bodies took, in the past ("which
    condemned", "which have called on Rwanda"), not the speaker's own nor one he asks
    of them ("Kenya must condemn")?"""
    if verb is None or not (
        verb.tag_ == "VBD"
        or (
            verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        )
    ):
        return False
    own = ctx.country_of(speaker) or speaker
    actors = [_actor(ctx, g)[0] for g in found]
    return all(a is not None and a != own and a != speaker for a in actors)


def _spoken_for(ctx: ArticleContext, verb: Token) -> list[str]:
    """International bodies the verb's actor speaks "on behalf of", in a phrase on the
    verb or on a participle clause beside it ("Speaking on behalf of the African Group,
    ...")."""
    found: list[str] = []
    for tok in verb.sent:
        if tok.lower_ != "behalf" or ctx.in_quote(tok) or tok.head.lower_ not in ("on", "in"):
            continue
        anchor = tok.head.head
        # The participle opening the sentence speaks for its main verb, however parsed.
        opening = anchor.tag_ == "VBG" and anchor.i == anchor.sent.start and anchor.i < verb.i
        if (
            anchor.i != verb.i
            and not opening
            and not (anchor.dep_ == "advcl" and anchor.head.i == verb.i)
        ):
            continue
        heads = [
            g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        for group in ctx.actor_groups(heads):
            actor, _ = _actor(ctx, group)
            if actor is not None and ctx.etype(actor) == "ORG" and actor not in found:
                found.append(actor)
    return found


def _reported_under(anchor: Token, verb: Token | None) -> bool:
    """Whether the stance word stands in a clause the verb reports ("said that ...")."""
    if verb is None or verb.i == anchor.i:
        return False
    tok = anchor
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "parataxis"):
            return True
        tok = tok.head
    return False


def _host_capital(ctx: ArticleContext, anchor: Token) -> str | None:
    """The state whose capital an offer to host talks names: "to host talks in Lusaka"."""
    for tok in anchor.sent:
        if tok.i <= anchor.i or tok.lower_ != "in" or tok.head.i < anchor.i:
            continue
        for m in ctx.mentions_in(ctx.start(tok), ctx.end(tok.head.sent)):
            capital = lookup_country(str(m.get("surface") or ""))
            if capital is not None and capital.mention_kind == "metonym":
                return entity_id("COUNTRY", capital.iso3)
            break
    return None


def _unmarked_turn(ctx: ArticleContext, quote: dict) -> bool:
    """Whether a quote is a transcript's turn or an answer, in no quote marks."""
    start = int(quote["char_start"])
    return start > 0 and ctx.text[start - 1] not in QUOTE_OPENERS + "'‘"


def _row(
    ctx: ArticleContext,
    actor: str,
    speaker: str | None,
    stance: str,
    target: str | None,
    quote_id: str | None,
    span: tuple[int, int],
) -> dict:
    """One reaction row, its ID from where it stands and who takes which stance."""
    cameo = lexicon()["cameo"]
    return {
        "reaction_id": row_id("rea", ctx.article_id, *span, actor, stance),
        "article_id": ctx.article_id,
        "actor_id": actor,
        "speaker_id": speaker,
        "stance": stance,
        "target_id": target,
        "cameo_code": str(cameo[stance]) if stance in cameo else None,
        "quote_id": quote_id,
        "char_start": span[0],
        "char_end": span[1],
    }


def reaction_parties(ctx: ArticleContext, rows: list[dict]) -> set[str]:
    """The parties whose statements are no outside reactions.

    The countries of the headline and lede (less those reacting in the lede)
    and the countries whose forces fight (:func:`conflict_parties` with
    ``engaged_only``); the article-wide parties when neither names one.
    """
    lede_start, lede_end = _lede(ctx)
    # A state that accuses or denies in the lede is a side of the dispute, no outsider.
    lede_actors = {
        r["actor_id"]
        for r in rows
        if lede_start <= r["char_start"] < lede_end and r["stance"] not in lexset("party_stances")
    }
    # "thousands flee the Venezuela-Guyana war": the war's two sides, not the neighbour
    # the headline and lede are about.
    pair = {f"country:{iso3}" for iso3 in war_pair(ctx.text[:lede_end])}
    opening = pair or opening_parties(ctx, lede_actors)
    parties = opening | conflict_parties(ctx, engaged_only=True)
    return parties or ctx.parties


def extract_reactions(ctx: ArticleContext) -> list[dict]:
    # Reactions stand anywhere in the body: a reactions section need not hold them all.
    candidates: list[dict] = []
    vote_stance = _voted_text_stance(ctx)
    for sent in ctx.sentences:
        if ctx.section_type(ctx.start(sent)) == "other" or _dated_past(ctx, sent):
            continue
        para = ctx.paragraph_index(ctx.start(sent))
        last = candidates[-1] if candidates else None
        # The same paragraph, and the same item of a bulleted list ("- Pakistan: ...").
        same_para = (
            last is not None
            and ctx.paragraph_index(last["char_start"]) == para
            and "\n" not in ctx.text[last["char_start"] : ctx.start(sent)]
        )
        found = _candidates(ctx, sent, last if same_para else None, vote_stance)
        candidates += found
        # A state thanked for a stance of its own ("Kenya, which condemned this
        # aggression") takes that stance; the thanks add none.
        acted = {r["actor_id"] for r in found if r["stance"] != "support"}
        candidates += [r for r in _thanked(ctx, sent) if r["actor_id"] not in acted]
    _share_speakers(ctx, candidates)
    parties = reaction_parties(ctx, candidates)
    rows: list[dict] = []
    by_key: dict[tuple, dict] = {}
    for row in candidates:
        actor = row["actor_id"]
        if (ctx.country_of(actor) or actor) in parties:
            continue  # a party to the conflict is not an outside actor
        if row.pop("_thanker", "") not in ("", *parties):
            continue  # thanks from an outsider ("the UN chief thanked Qatar") take no side
        para = ctx.paragraph_index(row["char_start"])
        key = (para, actor, row["speaker_id"], row["stance"])
        # One stance of an actor in a paragraph, once voiced and once not ("The UN
        # Secretary-General is 'gravely concerned', ..., his spokesman, X, said"): one row.
        unvoiced = (para, actor, None, row["stance"])
        if row["speaker_id"] is not None and key not in by_key and unvoiced in by_key:
            by_key[key] = by_key.pop(unvoiced)
            by_key[key]["speaker_id"] = row["speaker_id"]
        elif row["speaker_id"] is None:
            key = next((k for k in by_key if k[:2] == key[:2] and k[3] == key[3]), key)
        if key in by_key:
            if by_key[key]["target_id"] is None and row["target_id"] is not None:
                by_key[key]["target_id"] = row["target_id"]
            continue
        by_key[key] = row
        rows.append(row)
    return rows + _aligned_states(ctx, rows, parties)


def _aligned_states(ctx: ArticleContext, rows: list[dict], parties: set[str]) -> list[dict]:
    """ "The Candidate Countries North Macedonia, Serbia ... align themselves with this
    declaration": each state named before the verb takes the stances the declaration's
    issuer took in it."""
    out: list[dict] = []
    for sent in ctx.sentences:
        verb = next(
            (
                t
                for t in sent
                if lemma_of(t) in ("align", "associate")
                and any(c.lower_ in ("themselves", "itself") for c in t.children)
                and any(
                    p.lower_ == "with"
                    and any(lemma_of(o) in lexset("aligned_texts") for o in p.children)
                    for p in t.children
                )
            ),
            None,
        )
        if verb is None:
            continue
        before = [r for r in rows if r["char_end"] <= ctx.start(sent)]
        issuer = ctx.press_release.entity_id if ctx.press_release else None
        issuer = issuer or (before[-1]["actor_id"] if before else None)
        stances = dict.fromkeys(r["stance"] for r in before if r["actor_id"] == issuer)
        for m in ctx.mentions_in(ctx.start(sent), ctx.start(verb)):
            state = str(m["entity_id"])
            if ctx.etype(state) != "COUNTRY" or state in parties or state == issuer:
                continue
            span = (int(m["char_start"]), int(m["char_end"]))
            out += [_row(ctx, state, None, stance, None, None, span) for stance in stances]
    return out


def _thanked(ctx: ArticleContext, sent: Span) -> list[dict]:
    """ "I thank Poland, whose troops now guard the corridor", "thanked Latvia and
    Estonia": the states and bodies a side thanks stand by it, a stance of support
    voiced by no one of theirs (``thanking_verbs``)."""
    rows: list[dict] = []
    for verb in sent:
        if not is_verb(verb) or lemma_of(verb) not in lexset("thanking_verbs"):
            continue
        if _negated(verb):
            continue
        thanker = _thanker(ctx, verb)
        # "I thank the Federal Republic of Germany, ..., and the United States": the
        # parser may join the later names to the verb, as if "thank" were said again.
        objects = [
            c
            for c in verb.children
            if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN"))
        ]
        stack = list(objects)
        while stack:
            tok = stack.pop()
            stack += [c for c in tok.children if c.dep_ == "conj"]
            m = ctx.mention_at(tok)
            if m is None and lemma_of(tok) in lexset("kin_nouns"):
                # "our Lithuanian brothers", "our Latvian friends": the demonym's state
                m = next(
                    (
                        mm
                        for c in tok.children
                        if c.dep_ in ("amod", "compound") and (mm := ctx.mention_at(c))
                    ),
                    None,
                )
                if m is not None and ctx.etype(str(m["entity_id"])) != "COUNTRY":
                    m = None
            elif m is not None and m["char_start"] > ctx.start(tok):
                continue
            if m is None:
                continue
            eid = str(m["entity_id"])
            if ctx.etype(eid) != "COUNTRY" and not ctx.is_international(eid):
                continue
            row = _row(ctx, eid, None, "support", None, None, ctx.span_of([verb, tok]))
            rows.append(row | {"_thanker": thanker})
    return rows + _thanked_list(ctx, sent)


def _thanked_list(ctx: ArticleContext, sent: Span) -> list[dict]:
    """ "... expressed the Government's profound gratitude to the following friendly
    nations:" over a list ("- The Republic of Ghana, for a medical team ..."): the
    state or body each item opens with stands by the side that thanks it."""
    colon = next(
        (
            t
            for t in sent
            if t.text == ":" and ctx.text[ctx.end(t) : ctx.end(t) + 3].lstrip(" \t")[:1] == "\n"
        ),
        None,
    )
    verb = next(
        (
            t
            for t in sent
            if (colon is None or t.i < colon.i)
            and (lemma_of(t) in lexset("thanking_verbs") or lemma_of(t) in lexset("thanking_nouns"))
        ),
        None,
    )
    if colon is None or verb is None or _negated(verb):
        return []
    while not is_verb(verb) and verb.head.i != verb.i:
        verb = verb.head  # "expressed ... gratitude": the thanker is the expresser
    thanker = _thanker(ctx, verb)
    rows: list[dict] = []
    at = ctx.text.find("\n", ctx.end(colon))
    while at >= 0:
        lo = at + 1
        hi = ctx.text.find("\n", lo)
        hi = len(ctx.text) if hi < 0 else hi
        line = ctx.text[lo:hi]
        if line.strip() and not BULLET_RE.match(line):
            break
        first = next(
            (
                m
                for m in ctx.mentions_in(lo, hi)
                if ctx.etype(str(m["entity_id"])) == "COUNTRY"
                or ctx.is_international(str(m["entity_id"]))
            ),
            None,
        )
        # The item opens with it: "- The Republic of Ghana, for ...".
        if first is not None and len(ctx.text[lo : int(first["char_start"])].split()) <= 3:
            span = (int(first["char_start"]), int(first["char_end"]))
            row = _row(ctx, str(first["entity_id"]), None, "support", None, None, span)
            rows.append(row | {"_thanker": thanker})
        at = -1 if hi >= len(ctx.text) else hi
    return rows


def _thanker(ctx: ArticleContext, verb: Token) -> str:
    """The country of whoever thanks (the entity itself when it has none): the subject's,
    the quote's speaker's for "I" or "we" inside a quote; "" for "I" or "we" outside
    quotes (an address in the first person, by a side), "?" for someone unnamed."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    quote = ctx.quote_at(ctx.start(verb))
    if subjects and subjects[0].lower_ in ("i", "we"):
        who = quote.get("speaker_id") if quote else None
        if who is None:
            return ""
    else:
        r = ctx.resolve_subject(verb)
        who = r.entity_id if r is not None else "?"  # someone the text does not name
    return ctx.country_of(who) or who


def _dated_past(ctx: ArticleContext, sent: Span) -> bool:
    """A background sentence dated in an earlier year ("Qatar mediated a truce in 2010"):
    what a state did then is no reaction to the events reported."""
    if ctx.section_type(ctx.start(sent)) != "history" or ctx.published_date is None:
        return False
    # Not a year in quoted words or naming a thing ("the Simla Agreement of 1972", "the
    # Brasília Presidential Act of October 26, 1998").
    years = [
        int(t.text)
        for t in sent
        if t.ent_type_ == "DATE"
        and t.is_digit
        and len(t.text) == 4
        and t.text[:2] in ("19", "20")
        and not ctx.in_quote(t)
        and not _of_date(t)
    ]
    return bool(years) and max(years) < ctx.published_date.year


def _of_date(year: Token) -> bool:
    """Is the year in a date after "of", one that names a thing by when it was made?"""
    doc = year.doc
    start = year.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # back to the date's first word
    return start > 0 and doc[start - 1].lower_ == "of"


def _share_speakers(ctx: ArticleContext, rows: list[dict]) -> None:
    """A state's stances in one sentence have one voice: in "Spokesman X condemned the
    attack and affirmed Tehran's support", the support is X's too. A stance with no voice,
    or voiced by a body, has the one person its paragraph has speaking for the actor, if
    there is one, else the one person the article has voicing the actor anywhere."""
    voiced: dict[tuple[int, str], str] = {}
    for r in rows:
        if r["speaker_id"] is not None:
            voiced.setdefault((ctx.sentence_index(r["char_start"]), r["actor_id"]), r["speaker_id"])
    for r in rows:
        if r["speaker_id"] is None and r["quote_id"] is None:
            r["speaker_id"] = voiced.get((ctx.sentence_index(r["char_start"]), r["actor_id"]))
        if r["speaker_id"] is None:
            r["speaker_id"] = _paragraph_voice(ctx, r)
        elif ctx.etype(r["speaker_id"]) == "ORG":
            # "The State Department said ... 'We are not taking sides,' a department
            # spokesman, Daniel Ruiz, told reporters": the named official voices it.
            r["speaker_id"] = _paragraph_voice(ctx, r) or r["speaker_id"]
    # A lede's "Australia condemned ..." has the voice the article gives the state below,
    # when it gives it one only.
    voices: dict[str, set[str]] = {}
    for r in rows:
        if r["speaker_id"] is not None and ctx.etype(r["speaker_id"]) == "PERSON":
            voices.setdefault(r["actor_id"], set()).add(r["speaker_id"])
    for r in rows:
        if r["speaker_id"] is None and len(one := voices.get(r["actor_id"], set())) == 1:
            r["speaker_id"] = next(iter(one))


def _paragraph_voice(ctx: ArticleContext, row: dict) -> str | None:
    """ "Addis Ababa expressed 'grave concern'. Government spokesman X said Ethiopia was
    'not taking sides'": the one person of the paragraph who speaks for the actor."""
    lo, hi = ctx.paragraphs[ctx.paragraph_index(row["char_start"])]
    speech = lexset("speech_verbs")
    voices = set()
    for m in ctx.mentions_in(lo, hi):
        pid = str(m["entity_id"])
        if (
            ctx.etype(pid) != "PERSON"
            or m.get("mention_kind") == "pronoun"
            or ctx.quote_at(int(m["char_start"])) is not None
        ):
            continue
        head = ctx.mention_head(m)
        verb = head.head if head is not None else None
        while verb is not None and head is not None and head.dep_ in ("appos", "compound"):
            head, verb = head.head, head.head.head
        if (
            head is not None
            and head.dep_ in ("nsubj", "nsubjpass")
            and verb is not None
            and lemma_of(verb) in speech
            and ctx.affiliation(pid) == row["actor_id"]
        ):
            voices.add(pid)
    return voices.pop() if len(voices) == 1 else None
