"""Reactions of outside actors: who (state or international body), which stance.

Parties to the conflict (:func:`conflict_parties`) are the countries whose
forces act in the events sections: a country named on a military noun
("the Azerbaijani army", "Armenian armed forces"), a military organization
("Ministry of Defense of Armenia", the FSB), or the subject of a combat verb
("North Korea fired ..."). A country written as backed or backing ("pro-Russia
separatists", "Armenian-backed") is not thereby a party. The countries of the
claims' claimants join them (:func:`newsledger.extract.attribution.extract_attribution`).
With none of these, the two countries most named in the events are the parties.

Every other state or international body that takes a stance is an outside
actor. Where the article has a foreign-reactions section, only it is read;
otherwise every section but history and "other".

Stances are regular expressions over sentence lemmas (``stances`` in
``data/attribution.yaml``). The actor of a stance:

* inside a quote, the quote's speaker;
* on a noun, who it belongs to ("Turkey's support", "warnings from officials
  in Moscow");
* else the subject of the first reaction verb above it ("X told Putin he
  should help "de-escalate"": X, not "he"), split into one actor per
  coordinated conjunct ("the foreign ministries of Georgia, Kazakhstan,
  France, Poland, as well as the Co-Chairs of the OSCE Minsk Group").

A group of names becomes ``actor_id`` and ``speaker_id``: an international
body acts for itself; a national ministry or official acts for its country
(``actor_id`` the country, ``speaker_id`` the person, or the ministry when no
person is named); a person alone acts for the organization or country the
article ties them to (:meth:`ArticleContext.affiliation`).

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

from spacy.tokens import Span, Token

from newsledger.extract.syntax import (
    ArticleContext,
    Ref,
    is_verb,
    lemma_of,
    lemma_string,
    lexicon,
    tokens_at,
)
from newsledger.ids import row_id

TARGET_PREPS = frozenset({"to", "for", "against", "with", "of", "towards", "toward"})


def _backing(ctx: ArticleContext, m: dict) -> bool:
    lex = lexicon()
    s, e = int(m["char_start"]), int(m["char_end"])
    before = ctx.text[max(s - 5, 0) : s].casefold()
    after = ctx.text[e : e + 12].casefold()
    return any(before.endswith(p) for p in lex["backing_prefixes"]) or any(
        after.startswith(x) for x in lex["backing_suffixes"]
    )


def _scope(ctx: ArticleContext, types: tuple[str, ...]) -> list[Span]:
    return [s for s in ctx.sentences if ctx.section_type(ctx.start(s)) in types]


def conflict_parties(ctx: ArticleContext) -> set[str]:
    """Country entity IDs of the sides fighting (see the module docstring)."""
    lex = lexicon()
    mil_nouns = set(lex["military_nouns"])
    combat = set(lex["combat_verbs"])
    mil_org = re.compile(lex["military_org_pattern"])
    scope = _scope(ctx, ("events",)) or _scope(ctx, ("events", "other", None))
    parties: set[str] = set()
    counts: Counter[str] = Counter()
    for sent in scope:
        for m in ctx.mentions_in(ctx.start(sent), ctx.end(sent)):
            eid = str(m["entity_id"])
            etype = ctx.etype(eid)
            if _backing(ctx, m):
                continue
            country = ctx.country_of(eid)
            if etype == "COUNTRY" and country:
                counts[country] += 1
            if etype == "ORG" and country:
                name = str((ctx.entities.get(eid) or {}).get("canonical_name") or m.get("surface"))
                if mil_org.search(name) or mil_org.search(str(m.get("surface", ""))):
                    parties.add(country)
                    continue
            head = ctx.mention_head(m)
            if head is None or not country:
                continue
            owner = head.head
            if head.dep_ == "pobj" and owner.lower_ == "of":
                owner = owner.head  # "the army of Armenia"
            elif head.dep_ not in ("amod", "compound", "nmod", "poss"):
                owner = None
            if owner is not None and lemma_of(owner) in mil_nouns:
                parties.add(country)
        for tok in sent:
            if not (is_verb(tok) and lemma_of(tok) in combat):
                continue
            heads, _ = ctx.subject_heads(tok)
            for group in ctx.actor_groups(heads):
                for m in group:
                    c = ctx.country_of(str(m["entity_id"]))
                    if c and not _backing(ctx, m):
                        parties.add(c)
    if not parties:
        parties = {c for c, _ in counts.most_common(2)}
    return parties


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _negated(tok: Token) -> bool:
    """ "did not condemn": the stance word or its verb carries a negation."""
    return any(is_verb(t) and any(c.dep_ == "neg" for c in t.children) for t in (tok, tok.head))


def _reaction_verb(anchor: Token) -> Token | None:
    verbs = set(lexicon()["reaction_verbs"])
    first = None
    for tok in [anchor, *anchor.ancestors]:
        if not is_verb(tok):
            continue
        if lemma_of(tok) in verbs:
            return tok
        first = first or tok
    return first


def _groups(ctx: ArticleContext, anchor: Token) -> tuple[list[list[dict]], Token | None]:
    """Groups of mentions naming who takes a stance, and the verb it hangs on."""
    if anchor.pos_ in ("NOUN", "PROPN"):
        # "Turkey's support", "warnings from officials in Moscow"
        heads = [c for c in anchor.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        heads += [
            g
            for c in anchor.children
            if c.dep_ == "prep" and c.lower_ in ("from", "by")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        groups = ctx.actor_groups(heads)
        if groups:
            return groups, None
    verb = _reaction_verb(anchor)
    if verb is None:
        return [], None
    heads, _ = ctx.subject_heads(verb)
    exclude = verb if verb.dep_ in ("acl", "relcl") else None
    groups = ctx.actor_groups(heads, exclude)
    if not groups:
        for h in heads:
            r = ctx.resolve_np(h, exclude)
            if r is not None:
                groups.append([_as_mention(r)])
    return groups, verb


def _reporting_person(ctx: ArticleContext, verb: Token | None, actor: str) -> str | None:
    """The official who voices a state's stance ("Kask said Syldavia condemns ...")."""
    if verb is None:
        return None
    speech = set(lexicon()["speech_verbs"])
    for anc in verb.ancestors:
        if is_verb(anc) and lemma_of(anc) in speech:
            r = ctx.resolve_subject(anc)
            if r is not None and ctx.etype(r.entity_id) == "PERSON":
                acts_for = ctx.affiliation(r.entity_id)
                if acts_for is not None and ctx.state_of(acts_for) == actor:
                    return r.entity_id
            return None
    return None


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
    private = set(lexicon()["private_roles"])
    return any(
        r.get("person_id") == person_id
        and str(r.get("role_normalized") or r.get("role") or "").casefold() in private
        for r in ctx.person_roles
    )


def _actor(ctx: ArticleContext, group: list[dict]) -> tuple[str | None, str | None]:
    """(actor_id, speaker_id) of one group of names: a state or an international body."""
    ids = [str(m["entity_id"]) for m in group]
    persons = [i for i in ids if ctx.etype(i) == "PERSON"]
    orgs = [i for i in ids if ctx.etype(i) == "ORG"]
    countries = [i for i in ids if ctx.etype(i) == "COUNTRY"]
    speaker = persons[-1] if persons else None
    bodies = [o for o in orgs if _is_body(ctx, o)]
    if bodies:
        return bodies[0], speaker
    national = [o for o in orgs if ctx.country_code(o)]
    if national:
        return ctx.country_of(national[0]), speaker or national[0]
    if countries:
        return countries[0], speaker
    if speaker and not _private(ctx, speaker):
        acts_for = ctx.affiliation(speaker)
        if acts_for and (ctx.etype(acts_for) == "COUNTRY" or _is_body(ctx, acts_for)):
            return acts_for, speaker
    return None, None


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


def extract_reactions(ctx: ArticleContext) -> list[dict]:
    lex = lexicon()
    foreign = _scope(ctx, ("foreign_reactions",))
    scope = foreign or [
        s for s in ctx.sentences if ctx.section_type(ctx.start(s)) not in ("history", "other")
    ]
    rows: list[dict] = []
    by_key: dict[tuple, dict] = {}
    for sent in scope:
        text, index = lemma_string(sent)
        matches: list[tuple[int, int, str]] = []
        for stance, patterns in lex["stances"].items():
            for pattern in patterns:
                for m in re.finditer(pattern, text):
                    matches.append((m.start(), m.end(), stance))
        for start, end, stance in sorted(matches):
            toks = tokens_at(index, start, end)
            if not toks:
                continue
            anchor = min(toks, key=lambda t: (_depth(t), t.i))
            if _negated(anchor):
                continue
            quote = ctx.quote_at(ctx.start(anchor))
            verb: Token | None = None
            if quote is not None and quote.get("speaker_id"):
                groups = [[_as_mention(Ref(quote["speaker_id"], "", 0, 0))]]
                verb = _reaction_verb(anchor)
            else:
                groups, verb = _groups(ctx, anchor)
            target = _target(ctx, anchor, verb, stance)
            cs, ce = ctx.span_of(toks)
            para = ctx.paragraph_index(cs)
            for group in groups:
                actor, speaker = _actor(ctx, group)
                if actor is None:
                    continue
                if speaker is None and quote is None:
                    speaker = _reporting_person(ctx, verb, actor)
                if (ctx.country_of(actor) or actor) in ctx.parties:
                    continue  # a party to the conflict is not an outside actor
                key = (para, actor, speaker, stance)
                if key in by_key:
                    if by_key[key]["target_id"] is None and target is not None:
                        by_key[key]["target_id"] = target
                    continue
                row = {
                    "reaction_id": row_id("rea", ctx.article_id, cs, ce, actor, stance),
                    "article_id": ctx.article_id,
                    "actor_id": actor,
                    "speaker_id": speaker,
                    "stance": stance,
                    "target_id": target if target != actor else None,
                    "cameo_code": str(lex["cameo"].get(stance)) if stance in lex["cameo"] else None,
                    "quote_id": quote.get("quote_id") if quote else None,
                    "char_start": cs,
                    "char_end": ce,
                }
                by_key[key] = row
                rows.append(row)
    return rows
