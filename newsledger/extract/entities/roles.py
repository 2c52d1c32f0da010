"""Person roles and title-only mentions, from the words around a name and ``roles.csv``.

- Roles: premodifiers ('Russian Foreign Minister Sergey Lavrov'), a leading apposition ('The
  representative of the Ministry of Defense of Armenia, Artsrun Hovhannisyan,') or a trailing
  one ('Petro Poroshenko, president of Ukraine'). Ranks become the title ('Colonel Lieutenant'
  -> 'Lieutenant Colonel').
- Title-only mentions ('the Turkish president' with no name): a mention of kind ``title``
  whose entity is the country the title belongs to; no person entity is invented.

``person_roles`` rows carry, beside the contract columns, ``role_normalized`` (the roles.csv
form: 'Defence Minister' -> 'Defense Minister').
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsledger.extract import reference as ref
from newsledger.extract.components import doc_text
from newsledger.extract.entities.state import (
    DETS,
    ArticleState,
    Entity,
    Mention,
    RoleSpan,
    home_state_at,
    reference_backed,
)
from newsledger.extract.nlp import load_nlp
from newsledger.extract.syntax import first_conjunct, lexicon
from newsledger.parse import SENTENCE_END_RE, label_end

_CHAIN_WORDS = {"the", "of", "for", "'s", "’s"}


def _plural(word: str) -> str:
    """Regular English plural of a role word: spokesman -> spokesmen, deputy -> deputies."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


@lru_cache(maxsize=1)
def role_patterns() -> dict[tuple[str, ...], tuple[ref.Role, bool]]:
    """roles.csv surfaces as lower-case folded token tuples (spaCy's English tokenizer), each
    with its regular plural ('photographers'); the flag tells a plural. Honorifics that are
    part of a name ('Sheikh') are no roles. The loaded pipeline's own tokenizer splits
    them, rank forms included (a blank pipeline built for this cost 0.09 s a run)."""
    tok = load_nlp().tokenizer
    out: dict[tuple[str, ...], tuple[ref.Role, bool]] = {}
    for r in ref.load_roles():
        if r.kind == "name_honorific":
            continue
        words = tuple(ref.key(t.text) for t in tok(r.surface))
        out.setdefault(words, (r, False))
        if words[-1].isalpha() and len(words[-1]) > 2:
            out.setdefault((*words[:-1], _plural(words[-1])), (r, True))
    return out


@lru_cache(maxsize=1)
def role_max_len() -> int:
    return max(len(k) for k in role_patterns())


@lru_cache(maxsize=1)
def _role_lengths() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """The lengths of the role patterns by their first word and by their last."""
    first: dict[str, set[int]] = {}
    last: dict[str, set[int]] = {}
    for words in role_patterns():
        first.setdefault(words[0], set()).add(len(words))
        last.setdefault(words[-1], set()).add(len(words))
    return (
        {w: frozenset(n) for w, n in first.items()},
        {w: frozenset(n) for w, n in last.items()},
    )


def role_at(st: ArticleState, p: int, start: int, end: int, at_end: bool) -> RoleSpan | None:
    """Longest roles.csv entry within [start, end): ending at ``end`` if ``at_end``, else
    starting at ``start``."""
    folded = st.folded[p]
    patterns = role_patterns()
    end = min(end, len(folded))
    lengths: frozenset[int] | None = None
    if 0 <= start < end:
        # Most words begin (or end) no role: answered without a look-up per length.
        first, last = _role_lengths()
        lengths = last.get(folded[end - 1]) if at_end else first.get(folded[start])
        if not lengths:
            return None
    for n in range(min(role_max_len(), end - start), 0, -1):
        if lengths is not None and n not in lengths:
            continue
        s, e = (end - n, end) if at_end else (start, start + n)
        found = patterns.get(tuple(folded[s:e]))
        if found:
            return RoleSpan(s, e, found[0], found[1])
    return None


def role_held_in_place(st: ArticleState, p: int, start: int, end: int) -> RoleSpan | None:
    """The role in 'Tak Governor Somsak Inthanon': one to three capitalized words at
    ``start`` that name a known place, then a roles.csv role that ends before ``end``; or
    one capitalized word of no known place with a full name after the role ('Podlaskie
    Voivode Dorota Sienkiewicz-Pawluk')."""
    doc = st.docs[p]
    for k in range(start + 1, min(start + 4, end - 1)):
        if not all(t.is_title for t in doc[start:k]):
            continue
        known = st.lookup_place(doc[start:k].text) is not None
        r = role_at(st, p, k, end, at_end=False)
        if (
            r is not None
            and r.role.kind == "role"
            and r.end < end - (0 if known else 1)
            and (known or k == start + 1)
        ):
            return r
    return None


def inside_role(st: ArticleState, p: int, start: int, end: int) -> bool:
    for s0 in range(max(0, start - role_max_len() + 1), start + 1):
        r = role_at(st, p, s0, len(st.folded[p]), at_end=False)
        if r and r.start <= start and end <= r.end and (r.start, r.end) != (start, end):
            return True
    return False


# -- roles of named persons ---------------------------------------------------------------


def person_roles(st: ArticleState) -> None:
    """A ``person_roles`` row for each person mention with a role or title beside it."""
    person_mentions = [m for m in st.mentions if st.entities[m.entity_id].entity_type == "PERSON"]
    person_mentions.sort(key=lambda m: (m.para, m.start))
    shared: dict[tuple[int, int], dict] = {}  # a plural role's first name -> its info
    for m in person_mentions:
        doc = st.docs[m.para]
        sent = doc[m.start].sent
        info = None
        # Ranks right before the name ('Colonel Lieutenant Anar Eyvazov').
        j = m.start
        ranks = []
        while j > sent.start:
            r = role_at(st, m.para, sent.start, j, at_end=True)
            if not r or r.role.kind not in ("rank", "honorific"):
                break
            ranks.append(r)
            j = r.start
        if ranks and ranks[0].role.kind == "honorific":
            # Sources and readers differ on whether 'Alhaji' or 'Mr' belongs to the name:
            # the name with it is one the person goes by.
            st.entities[m.entity_id].aliases.add(doc[ranks[0].start : m.end].text)
        if j - 1 >= sent.start and doc[j - 1].text == ",":
            # 'The spokesperson for X, [rank] NAME': the role phrase before the comma.
            k = j - 1
            # A quote's closing mark ends the phrase too: '"...," his spokesperson, X,'.
            while (
                k > sent.start
                and doc[k - 1].text not in (",", ";", ":", '"', "”")
                and not _clause_verb(doc[k - 1])
            ):
                k -= 1
            info = _segment_info(st, m.para, k, j - 1, appositive=True)
            if info and info["roles"] and not _opens_with_role(doc, k, _head_role(info["roles"])):
                info = None  # the segment must open with its role word
        if info is None:
            a = _chain_left(st, m.para, m.start, sent.start)
            info = _segment_info(st, m.para, a, m.start, appositive=False)
        elif ranks:
            info["title"] = ranks[-1].role.normalized
        if (info is None or not info["role"]) and m.end < sent.end - 1 and doc[m.end].text == ",":
            # 'NAME, president of Ukraine, ...'; 'Lt. Col. NAME, a spokesman': rank and role
            title = info["title"] if info else None
            a = m.end + 1
            b = a
            while b < sent.end and doc[b].text not in (",", ";", ":") and not _clause_verb(doc[b]):
                b += 1
            after = _segment_info(st, m.para, a, b, appositive=True)
            if after and after["roles"] and not _opens_with_role(doc, a, after["roles"][0]):
                after = None
            if after:
                info = after
                info["title"] = info["title"] or title
        if info and any(r.plural for r in info["roles"]):
            shared[(m.para, doc[m.start : m.end].root.i)] = info
        elif info is None or not (info["role"] or info["title"]):
            # 'photographers Ana Lind and Eva Dal': a later name shares the plural role.
            info = shared.get((m.para, first_conjunct(doc[m.start : m.end].root).i))
        if info is None or not (info["role"] or info["title"]):
            info = _verb_role(st, m)
        if info is None or not (info["role"] or info["title"]):
            label = list_label(st, m.para, m.start)
            person = st.entities[m.entity_id]
            if label is not None and label.entity_type == "COUNTRY" and not person.country_code:
                # 'Japan: ... Hiro Tanaka told reporters': whom the label names he serves.
                person.country_code = label.country_code
            continue
        for r in info["roles"]:
            st.used_roles.update((m.para, i) for i in range(r.start, r.end))
        person = st.entities[m.entity_id]
        if person.country_code is None:
            person.country_code = info["country_code"]
        st.roles.append(
            {
                "article_id": st.article.article_id,
                "person_id": m.entity_id,
                "title": info["title"],
                "role": info["role"],
                "role_normalized": info["role_normalized"],
                "org_id": info["org_id"],
                "country_code": info["country_code"],
            }
        )


def ministers_ministries(st: ArticleState) -> None:
    """ "Defence Minister Suren Papikyan said ... . According to the ministry, 12 soldiers
    were killed": a bare "the ministry" is the ministry of the minister named last before
    it (this paragraph or the one before), when no ministry was named since."""
    ministries: dict[str, str] = {}  # person -> the ministry a role of theirs serves
    for r in st.roles:
        if r["org_id"] and str(r["org_id"]).startswith("org:ministry_"):
            ministries.setdefault(r["person_id"], r["org_id"])
    if not ministries:
        return
    marks = sorted(
        (m.para, m.start, ministries.get(m.entity_id) or m.entity_id)
        for m in st.mentions
        if m.entity_id in ministries or m.entity_id.startswith("org:ministry_")
    )
    taken = {(m.para, i) for m in st.mentions for i in range(m.start, m.end)}
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if (
                tok.lower_ != "ministry"
                or (p, tok.i) in taken
                or tok.i == 0
                or doc[tok.i - 1].lower_ != "the"
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "for"))
            ):
                continue
            before = [mk for mk in marks if (mk[0], mk[1]) < (p, tok.i) and mk[0] >= p - 1]
            if before:
                st.add(Mention(p, tok.i, tok.i + 1, before[-1][2], "title"))


def _clause_verb(tok: Token) -> bool:
    """A verb ends an apposition; a participle modifying a noun does not ('a leading
    lawmaker')."""
    return tok.tag_.startswith("VB") and tok.dep_ not in ("amod", "compound")


def _verb_role(st: ArticleState, m: Mention) -> dict | None:
    """'Ana Lind reports for Nordwire': the subject of a role verb (``role_verbs.csv``) working
    for an organization has that role there."""
    doc = st.docs[m.para]
    root = doc[m.start : m.end].root
    role = ref.role_verbs().get(root.head.lemma_.lower()) if root.dep_ == "nsubj" else None
    if role is None:
        return None
    for prep in root.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            orgs = [
                x
                for x in st.mentions
                if x.para == m.para
                and x.start <= obj.i < x.end
                and st.entities[x.entity_id].entity_type == "ORG"
            ]
            if orgs:
                org = st.entities[orgs[0].entity_id]
                return {
                    "title": None,
                    "role": role,
                    "role_normalized": role,
                    "org_id": org.entity_id,
                    "country_code": None,
                    "roles": [],
                }
    return None


def _mention_ending(st: ArticleState, p: int, end: int) -> list[Mention]:
    # A person's title ('the president') is no premodifier; a body's ('foreign ministry
    # spokesman') is.
    return [
        m
        for m in st.mentions
        if m.para == p
        and m.end == end
        and (m.kind != "title" or st.entities[m.entity_id].entity_type == "ORG")
    ]


def _chain_left(st: ArticleState, p: int, end: int, floor: int) -> int:
    """Start of the premodifier chain ending at ``end``: roles, countries, orgs, 'of'."""
    j = end
    while j > floor:
        r = role_at(st, p, floor, j, at_end=True)
        if r and r.start >= floor:
            j = r.start
            continue
        ms = [m for m in _mention_ending(st, p, j) if m.start >= floor]
        if ms:
            e = st.entities[ms[0].entity_id]
            if e.entity_type != "PERSON":
                j = min(m.start for m in ms)
                continue
        if st.docs[p][j - 1].lower_ in _CHAIN_WORDS or st.docs[p][j - 1].tag_ == "POS":
            j -= 1
            continue
        break
    doc = st.docs[p]
    while j < end and (doc[j].lower_ in _CHAIN_WORDS or doc[j].tag_ == "POS"):
        j += 1
    return j


def _segment_info(st: ArticleState, p: int, a: int, b: int, appositive: bool) -> dict | None:
    doc = st.docs[p]
    roles: list[RoleSpan] = []
    i = a
    while i < b:
        r = role_at(st, p, i, b, at_end=False)
        if r and r.end <= b:
            roles.append(r)
            i = r.end
        else:
            i += 1
    # An office over an occupation word that modifies it ('official spokesman').
    main = [r for r in roles if r.role.kind == "role"] or [
        r for r in roles if r.role.kind == "occupation"
    ]
    if not main:
        main = [_as_role(r) for r in roles if _modifier_as_noun(doc, r)]
    ranks = [r for r in roles if r.role.kind == "rank"]
    if not main and not ranks:
        return None
    inside = sorted(
        (m for m in st.mentions if m.para == p and a <= m.start and m.end <= b),
        key=lambda m: m.start,
    )  # the first organization named is the one the role belongs to
    org_mentions = [m for m in inside if st.entities[m.entity_id].entity_type == "ORG"]
    # A country inside an organization's name ('the U.S.-led coalition') is the org's own.
    countries = [
        st.entities[m.entity_id].country_code
        for m in inside
        if st.entities[m.entity_id].entity_type == "COUNTRY"
        and not any(o.start <= m.start and m.end <= o.end for o in org_mentions)
    ]
    orgs = [st.entities[m.entity_id] for m in org_mentions]
    role = (main[0] if appositive else main[-1]) if main else None
    if (
        role is not None
        and not appositive
        and any(t.lower_ == "of" for t in doc[main[0].end : main[-1].start])
    ):
        role = main[0]  # 'Spokesman of the Defense Minister X': the first is the office held
    label = list_label(st, p, a)
    if not orgs and not countries and label is not None:
        # 'Germany: Foreign Minister Anja Keller said ...': the label names whom she serves.
        if label.entity_type == "ORG":
            orgs = [label]
        elif label.entity_type == "COUNTRY":
            countries = [label.country_code]
    elif (
        label is not None
        and label.entity_type == "COUNTRY"
        and not countries
        and all(o.country_code is None for o in orgs)
    ):
        # 'Japan: ... Chief Cabinet Secretary Hiro Tanaka': a body of no country named in
        # the role is the labelled country's, unless the references know it (the UN).
        countries = [label.country_code]
        for o in orgs:
            if not reference_backed(o):
                o.country_code = label.country_code
    # The possessive opens the segment ("his spokesman, X,") or stands just before it
    # ("his spokesman X told reporters").
    pos = a if doc[a].lower_ in _POSSESSIVES else a - 1
    if not orgs and not countries and pos >= 0 and doc[pos].lower_ in _POSSESSIVES:
        # 'The UN Secretary-General is "gravely concerned", his spokesman, X, said': the
        # role is held for whoever the possessive stands for, named just before.
        owner = _possessor(st, p, pos)
        if owner is not None and owner.entity_type == "ORG":
            orgs = [owner]
        elif owner is not None and owner.country_code:
            countries = [owner.country_code]
    org = orgs[0] if orgs else None
    country = (org.country_code if org else None) or (countries[0] if countries else None)
    org_id = org.entity_id if org else None
    # The body the role implies, or the one the office it serves implies ('Spokesman of
    # the Defense Minister': the defence ministry).
    implying = next((r for r in [role, *main] if r is not None and r.role.org_template), None)
    if org is None and country is None and implying is not None and label is None:
        # "JAKARTA (Agency) - ... Foreign Minister X said": a state's office named without
        # its state is the one the wire is filed from, as its bodies are, unless the
        # paragraph names another state before its holder.
        country = _home_office_state(st, p, b)
    if org is None and country is None and role is not None:
        # "Foreign Secretary X said": an office only one state has by that name.
        country = lexicon()["one_state_titles"].get(role.role.normalized.casefold())
    if org is None and implying is not None and country:
        templ = ref.org_template_for(implying.role.org_template, country)
        org_id = st.org(templ) if templ else None
    role_text = None
    if role and appositive:
        role_text = _role_words(doc, role)
    elif role:
        # As the article states it, minus articles, countries, ranks and honorifics.
        skip = {
            i
            for m in inside
            if st.entities[m.entity_id].entity_type == "COUNTRY"
            for i in range(m.start, m.end)
        }
        skip |= {
            i for r in roles if r.role.kind in ("rank", "honorific") for i in range(r.start, r.end)
        }
        kept = [t for t in doc[a:b] if t.i not in skip]
        # ... and the possessive a skipped country leaves ("China's foreign minister").
        while kept and (kept[0].lower_ in DETS or kept[0].tag_ == "POS"):
            kept.pop(0)
        role_text = _join(kept) or None
        if role.plural and role_text:
            role_text = role_text[: -len(doc[role.end - 1].text)] + _singular(doc, role)
    return {
        "title": ranks[-1].role.normalized if ranks else None,
        "role": role_text,
        "role_normalized": role.role.normalized if role else None,
        "org_id": org_id,
        "country_code": country,
        "roles": roles,
    }


def _home_office_state(st: ArticleState, p: int, b: int) -> str | None:
    """The dateline's state, for an office named without its state, unless the paragraph
    names another before the office's holder ("The Minister of Foreign Affairs,
    Emigration and Egyptian Expatriates, Mr. X")."""
    home = home_state_at(st, p)
    if home is None:
        return None
    sent = st.docs[p][max(b - 1, 0)].sent
    # The holder's name closes the office's words: "..., Emigration and Egyptian
    # Expatriates, Mr. X" names the state before it.
    holder = min(
        (
            m.start
            for m in st.mentions
            if m.para == p
            and b <= m.start < sent.end
            and st.entities[m.entity_id].entity_type == "PERSON"
        ),
        default=b,
    )
    named = {
        s.id_.split(":", 1)[1]
        for s in st.ref_spans(p)
        if s.label_ in ("COUNTRY_NAME", "COUNTRY_DEMONYM", "COUNTRY_CAPITAL") and s.start < holder
    }
    return home if not named - {home} else None


_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _in_relative_clause(doc: Doc, m: Mention, others: list[Mention]) -> bool:
    """Is a mention inside a relative clause on another of the names ``others``?"""
    for a in doc[m.start].ancestors:
        if a.dep_ == "relcl" and any(o.start <= a.head.i < o.end for o in others if o is not m):
            return True
    return False


def _possessor(st: ArticleState, p: int, i: int) -> Entity | None:
    """Whom the possessive at token ``i`` stands for: the subject of its clause, else the
    last organization, country or person named before it in its sentence (outside a quote
    it follows), else, when its sentence has no subject of its own before it, the subject
    of the sentence before. A person stands for the body they hold a role in."""
    doc = st.docs[p]
    sent = doc[i].sent
    end = i
    close = i - 2 if i - 1 > sent.start and doc[i - 1].text == "," else i - 1
    if close >= sent.start and doc[close].text in _QUOTE_MARKS:
        # '"... in East Africa," his spokesperson', '"... of Russian forces", his
        # spokesperson': the quote's names are what was said; the possessive looks past
        # its opening mark.
        end = next(
            (k for k in range(close - 1, sent.start - 1, -1) if doc[k].text in _QUOTE_MARKS), i
        )
    before = [m for m in st.mentions if m.para == p and sent.start <= m.start and m.end <= end]
    # The subject of the possessive's clause before any other name: "Italy, Libya's former
    # colonial power, offered ..., its foreign minister said" is Italy's minister.
    subject = [
        m
        for c in doc[i].head.head.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < i
        for m in _naming(st, p, c)
    ]
    if subject and all(m in before for m in subject):
        before = subject
    # "Uganda, which has troops in South Sudan, went further: its foreign minister ...":
    # a name inside a relative clause on another name is not whom the possessive means.
    outer = [m for m in before if not _in_relative_clause(doc, m, before)]
    before = outer or before
    # "The Secretary-General is alarmed, his spokesperson said" has a subject of its own,
    # which no one named; only a sentence without one looks back.
    if not before and not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[sent.start : end]):
        before = _previous_subject(st, p, sent.start)
    if not before and (
        (un := _quoted_secretary_general(st, p, i)) is not None
        or (un := _secretary_general_subject(st, p, sent.start, end)) is not None
    ):
        # '"The Secretary-General is deeply alarmed ...," his Spokesperson said', "the
        # Secretary-General is "deeply alarmed" ..., his spokesperson said"
        return un
    if not before:
        return None
    e = st.entities[max(before, key=lambda m: m.start).entity_id]
    if e.entity_type == "PERSON":
        held = [r for r in st.roles if r["person_id"] == e.entity_id and r["org_id"]]
        return st.entities.get(held[-1]["org_id"]) if held else e
    return e if e.entity_type in ("ORG", "COUNTRY") else None


def _quoted_secretary_general(st: ArticleState, p: int, i: int) -> Entity | None:
    """The UN, when the quote just before the possessive at token ``i`` opens on "The
    Secretary-General" as its subject, in an article that names the UN."""
    doc = st.docs[p]
    marks = [k for k in range(i - 1, -1, -1) if doc[k].text in _QUOTE_MARKS][:2]
    if len(marks) < 2 or marks[0] < i - 2:
        return None  # no quote closing right before "his"
    k, end = marks[1] + 1, marks[0]
    k += 1 if k < end and doc[k].lower_ == "the" else 0
    return _un_chief(st, p, k, end)


def _secretary_general_subject(st: ArticleState, p: int, start: int, end: int) -> Entity | None:
    """The UN, when "the Secretary-General" (of no other body) is the subject between
    tokens ``start`` and ``end``, in an article that names the UN."""
    doc = st.docs[p]
    for k in range(start, end):
        subject = doc[k].dep_ in ("nsubj", "nsubjpass") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in doc[k].ancestors
        )
        if subject and (un := _un_chief(st, p, k, end)) is not None:
            return un
    return None


def _un_chief(st: ArticleState, p: int, k: int, end: int) -> Entity | None:
    """The UN, when the role at token ``k`` is a Secretary-General of no other body
    ("the Secretary-General of the OAS") and the article names the UN."""
    r = role_at(st, p, k, end, at_end=False)
    if r is None or r.role.normalized != "Secretary-General" or r.start != k:
        return None
    if r.end < end and st.docs[p][r.end].lower_ == "of":
        return None  # "the Secretary-General of the OAS"
    if not _names_the_un(st):
        return None
    return st.entities.get(st.org(ref.org_registry()[UNITED_NATIONS]))


def _names_the_un(st: ArticleState) -> bool:
    """Does the article name the UN or one of its bodies?"""
    return any(eid.startswith(UNITED_NATIONS) for eid in st.entities)


def _previous_subject(st: ArticleState, p: int, start: int) -> list[Mention]:
    """The names in the subject of the sentence before token ``start`` (the paragraph's,
    or the last of the paragraph before): whom "his spokesperson" opening the next
    sentence serves ("The UN Secretary-General on Wednesday called on ... ¶ '...,' his
    Spokesperson, X, told reporters")."""
    q, doc = p, st.docs[p]
    sents = [s for s in doc.sents if s.end <= start]
    if not sents and p > 0:
        q, doc = p - 1, st.docs[p - 1]
        sents = list(doc.sents)
    if not sents:
        return []
    root = sents[-1].root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _naming(st, q, subjects[0]) if subjects else []


def _naming(st: ArticleState, p: int, head: Token) -> list[Mention]:
    """The names that make a noun phrase's head: the head and the words compounded with
    it ("UN" of "The UN Secretary-General"), not those of a clause or apposition on it
    ("Fact, whose fighters are based in Libya")."""
    own = {head.i} | {
        t.i for c in head.children if c.dep_ in ("compound", "poss", "amod") for t in c.subtree
    }
    return [m for m in st.mentions if m.para == p and any(k in own for k in range(m.start, m.end))]


def list_label(st: ArticleState, p: int, before: int) -> Entity | None:
    """The country or organization labelling a list paragraph ('Germany: ...',
    'European Union: ...'), when it ends before token ``before``."""
    doc = st.docs[p]
    # The label opens the paragraph, or the line of a bulleted list ("- Pakistan: ...").
    line = 0
    for k in range(min(before, len(doc)) - 1, -1, -1):
        if "\n" in doc[k].text:
            line = k + 1
            break
    while line < len(doc) and doc[line].text in ("-", "*", "•", "–", "—"):
        line += 1
    first = [m for m in st.mentions if m.para == p and m.start == line]
    if (
        not first
        or first[0].end >= min(before, len(doc))
        or not _label_mark(doc, first[0].start, first[0].end)
    ):
        return _heading_label(st, p) if line == 0 else None
    e = st.entities[first[0].entity_id]
    return e if e.entity_type in ("COUNTRY", "ORG") else None


def _label_mark(doc: Doc, start: int, end: int) -> bool:
    """Does a colon, or a dash after a name not in capitals (a dateline's), close a
    label ("Germany:", "Algeria –")?"""
    if doc[end].text == ":":
        return True
    # The dashed form as the paragraph's label reads it (parse.label_end).
    return label_end(doc[start : end + 1].text_with_ws) == len(doc[start:end].text)


# How many paragraphs a heading naming an actor may stand above the one it labels.
HEADING_LABEL_REACH = 3


def _heading_label(st: ArticleState, p: int) -> Entity | None:
    """The country or organization a heading above names, alone on its line ("CHINA",
    "European Union" over what it said), up to the next heading of any kind."""
    for q in range(p - 1, max(p - 1 - HEADING_LABEL_REACH, -1), -1):
        doc = st.docs[q]
        words = [t for t in doc if not t.is_punct]
        if not words or len(words) > 4 or SENTENCE_END_RE.search(doc_text(doc).rstrip()):
            continue  # running text: look further up
        whole = [
            m
            for m in st.mentions
            if m.para == q and m.start == words[0].i and m.end == words[-1].i + 1
        ]
        e = st.entities[whole[0].entity_id] if whole else None
        if e is None or e.entity_type not in ("COUNTRY", "ORG"):
            return None
        return None if _placed_elsewhere(st, p, e) else e
    return None


def _placed_elsewhere(st: ArticleState, p: int, label: Entity) -> bool:
    """Does the paragraph open in another state's city ("In Tokyo, Chief Cabinet Secretary
    X said ..." under a "United States" heading): a round-up's next state, unheaded. A
    body's heading holds over its seat abroad."""
    doc = st.docs[p]
    if label.entity_type != "COUNTRY" or len(doc) < 3 or doc[0].lower_ != "in":
        return False  # "European Union" over "In Brussels, ..." still labels it
    comma = next((t.i for t in doc[1:6] if t.text == ","), None)
    if comma is None:
        return False
    placed = {
        st.entities[m.entity_id].country_code
        for m in st.mentions
        if m.para == p
        and m.start >= 1
        and m.end <= comma
        and st.entities[m.entity_id].entity_type in ("PLACE", "COUNTRY")
    }
    placed.discard(None)
    own = label.country_code
    return bool(placed) and own not in placed


def _role_words(doc: Doc, role: RoleSpan) -> str:
    """The role's words as written, a plural in the singular ('deputies' -> 'deputy')."""
    text = doc[role.start : role.end].text
    if role.plural:
        text = text[: -len(doc[role.end - 1].text)] + _singular(doc, role)
    return text


def _singular(doc: Doc, role: RoleSpan) -> str:
    """The singular of a plural role's last word, from roles.csv, in the text's case."""
    word = role.role.surface.split()[-1]
    return word.lower() if doc[role.end - 1].is_lower else word


def _modifier_as_noun(doc: Doc, r: RoleSpan) -> bool:
    """A modifier word heading its own noun phrase is a role: 'one of his deputies'."""
    last = doc[r.end - 1]
    return (
        r.role.kind == "modifier"
        and last.tag_.startswith("NN")
        and last.dep_ not in ("compound", "amod")
    )


def _as_role(r: RoleSpan) -> RoleSpan:
    word = r.role.surface.lower()
    return RoleSpan(r.start, r.end, ref.Role(word, word, "role", None), r.plural)


# Dependencies of the words that may stand before a role word in an apposition: 'Libya's
# foreign minister', 'a Hamas spokesman', 'The local police commander'.
_PREMODIFIER_DEPS = {"amod", "compound", "poss", "case", "det", "nmod", "npadvmod", "advmod"}


def _head_role(roles: list[RoleSpan]) -> RoleSpan:
    """The role an apposition is about: its first office ('spokesman' in 'official
    spokesman'), else its first role word of any kind."""
    return next((r for r in roles if r.role.kind == "role"), roles[0])


def _opens_with_role(doc: Doc, a: int, role: RoleSpan) -> bool:
    """Does the apposition from ``a`` open with its role word, or with words that only
    modify it (a country's possessive, adjectives, an organization's name)?"""
    start = _skip_dets(doc, a)
    if start < role.start and doc[start].pos_ == "ADP" and doc[role.end - 1].head.i == start:
        # 'given by the spokesman of X, Commandant Y': the role is the preposition's object.
        start = _skip_dets(doc, start + 1)
    for tok in doc[start : role.start]:
        if tok.dep_ not in _PREMODIFIER_DEPS or not start <= tok.head.i < role.end:
            return False
    return True


# Words that open an apposition before its role: 'one of the officials', 'another resident';
# 'and its secretary general, X,' opens with the conjunction of its clause.
_APPOSITION_OPENERS = {"acting", "former", "another", "one", "of", "among", "and", "but", "while"}


def _skip_dets(doc: Doc, i: int) -> int:
    while i < len(doc) and (doc[i].lower_ in DETS or doc[i].lower_ in _APPOSITION_OPENERS):
        i += 1
    return i


def _join(tokens: list) -> str:
    """Text of tokens with the article's spacing inside runs and one space between runs."""
    out = ""
    for prev, tok in zip([None, *tokens[:-1]], tokens, strict=True):
        if prev is not None:
            out += prev.whitespace_ if tok.i == prev.i + 1 else " "
        out += tok.text
    return out


# -- title-only mentions ------------------------------------------------------------------


def titles(st: ArticleState) -> None:
    """Title-only mentions: 'the Turkish president' -> a title mention of Turkey."""
    for p, doc in enumerate(st.docs):
        i = 0
        while i < len(doc):
            r = role_at(st, p, i, len(doc), at_end=False)
            if not r or r.role.kind != "role" or r.plural or (p, r.start) in st.used_roles:
                i = r.end if r else i + 1
                continue
            i = r.end
            sent = doc[r.start].sent
            a = _chain_left(st, p, r.start, sent.start)
            b = r.end
            # 'the president of Turkey'
            if b + 1 < sent.end and doc[b].lower_ == "of":
                k = b + 2 if doc[b + 1].lower_ == "the" else b + 1
                after = [m for m in st.mentions if m.para == p and m.start == k]
                if after and st.entities[after[0].entity_id].entity_type == "COUNTRY":
                    b = after[0].end
            info = _segment_info(st, p, a, b, appositive=False)
            if (not info or not info["country_code"]) and r.role.normalized == "Secretary-General":
                _secretary_general(st, p, a, r.start, b)
                continue
            if not info or not info["country_code"]:
                # "the Pope appeals for peace": an office one state's alone, its holder
                # unnamed in the article, speaks for that state.
                info = _sole_office_state(st, p, r.start, b, r.role.normalized) or info
            if not info or not info["country_code"]:
                continue
            if b < len(doc) and doc[b].is_title and doc[b].tag_ == "NNP":
                continue  # a name follows that the model did not tag: not title-only
            country_eid = st.country(info["country_code"])
            # The title mention replaces the country mention inside it.
            st.mentions = [
                m
                for m in st.mentions
                if not (m.para == p and a <= m.start and m.end <= b and m.entity_id == country_eid)
            ]
            st.add(Mention(p, a, b, country_eid, "title"))


def _sole_office_state(st: ArticleState, p: int, start: int, end: int, office: str) -> dict | None:
    """The state whose office alone this is (``sole_offices``: the Pope's, the Holy
    See's), when no name follows the title and no one in the article holds it."""
    iso = lexicon()["sole_offices"].get(office)
    doc = st.docs[p]
    if iso is None or (end < len(doc) and doc[end].is_title and doc[end].tag_ == "NNP"):
        return None
    if any(r.get("role_normalized") == office for r in st.roles):
        return None  # "Pope Leo ... the Pope said": the person named
    return {"country_code": iso}


UNITED_NATIONS = "org:united_nations"
# Who is under a secretary-general: "Deputy Secretary-General", "(Assistant)
# Secretary-General for the Middle East".
_DEPUTY_RE = re.compile(r"\b(?:assistant|deputy|under|for)\b", re.IGNORECASE)


def _secretary_general(st: ArticleState, p: int, a: int, role: int, b: int) -> None:
    """ "The Secretary-General is deeply alarmed": with no body named beside it, in an
    article that names the UN or one of its bodies and no one as secretary-general, the
    UN's (title mention), unless a person before it in the sentence reports it."""
    doc = st.docs[p]
    if any(t.lower_ != "the" for t in doc[a:role]) or (
        b < len(doc) and (doc[b].lower_ == "of" or (doc[b].is_title and doc[b].tag_ == "NNP"))
    ):
        return  # "the NATO Secretary-General", "Secretary-General of the OAS", a name after
    if any(m.para == p and a <= m.start < b for m in st.mentions):
        return
    if not _names_the_un(st):
        return
    if any(
        r.get("role_normalized") == "Secretary-General" and not _DEPUTY_RE.search(str(r["role"]))
        for r in st.roles
    ):
        return  # "UN Secretary-General Ban Ki-moon ... the secretary-general told": Ban
    sent = doc[role].sent
    if any(
        m.para == p
        and sent.start <= m.start < a
        and st.entities[m.entity_id].entity_type == "PERSON"
        for m in st.mentions
    ):
        return  # "spokesman X said the Secretary-General condemned ...": X speaks
    un = st.org(ref.org_registry()[UNITED_NATIONS])
    st.add(Mention(p, a, b, un, "title"))


def role_acronyms(st: ArticleState) -> None:
    """An all-caps word that spells a person's role is that person: after "Chief of
    Army Staff General Asim Munir", "the COAS said" is Munir, no organization."""
    by_initials: dict[str, str] = {}
    for r in st.roles:
        for text in (r.get("role"), r.get("role_normalized")):
            words = [w for w in re.split(r"[\s-]+", str(text or "")) if w]
            if len(words) < 2:
                continue
            for initials in (
                "".join(w[0] for w in words),
                "".join(w[0] for w in words if w[0].isupper()),
            ):
                if len(initials) >= 2:
                    by_initials.setdefault(initials.upper(), str(r["person_id"]))
    if not by_initials:
        return
    moved: set[str] = set()
    for m in st.mentions:
        e = st.entities[m.entity_id]
        text = st.docs[m.para][m.start : m.end].text if m.para >= 0 else ""
        if e.entity_type == "ORG" and text.isupper() and text in by_initials:
            moved.add(m.entity_id)
            m.entity_id = by_initials[text]
            m.kind = "title"
    # A role may still name the body ("Chief of Army Staff (COAS)" of the army's COAS).
    used = {m.entity_id for m in st.mentions} | {str(r["org_id"]) for r in st.roles}
    for eid in moved - used:
        del st.entities[eid]
