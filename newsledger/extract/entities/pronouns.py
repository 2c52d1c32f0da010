"""'he'/'his'/'she'/'her' join a person named before, at most two paragraphs back.

A pronoun that is a clause's subject continues the last person who was the subject of
a main clause ("Yakubu arrived in Calabar, hours after Minister Adeyemi-Bello summoned
the envoy. He said ...": Yakubu), if one stands in the same or the previous paragraph;
otherwise, and for other pronouns, the nearest person named before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.entities.state import ArticleState, Mention
from newsledger.extract.gender import genders, pronoun_gender
from newsledger.extract.syntax import role_words, unnamed_subject

PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
PRONOUN_PARAGRAPH_WINDOW = 2  # a pronoun refers to a person named at most this far back


def pronouns(st: ArticleState) -> None:
    """A ``pronoun`` mention for each personal pronoun with a person named before it."""
    persons = sorted(
        (
            m
            for m in st.mentions
            if st.entities[m.entity_id].entity_type == "PERSON" and m.kind == "name"
        ),
        key=lambda m: (m.para, m.start),
    )
    if not persons:
        return
    known = genders(((m.entity_id, st.docs[m.para][m.start : m.end]) for m in persons), st.roles)
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if tok.lower_ not in PRONOUNS or tok.tag_ not in ("PRP", "PRP$"):
                continue
            gender = pronoun_gender(tok)
            before = [
                m
                for m in persons
                if (m.para < p or (m.para == p and m.end <= tok.i))
                and p - m.para <= PRONOUN_PARAGRAPH_WINDOW
                and known.get(m.entity_id, gender) == gender  # "she" is no one called "Mr"
            ]
            if not before:
                continue
            if unnamed_subject(tok, gender):
                continue
            chosen = before[-1]
            if tok.dep_ in ("nsubj", "nsubjpass"):
                # A name in apposition to the subject ("Russia's ambassador, Vassily
                # Artemenko, said") is the topic within its own paragraph.
                topics = [
                    m for m in before if p - m.para <= 1 and _main_subject(st, m, appos=m.para == p)
                ]
                if topics:
                    chosen = topics[-1]
            st.add(Mention(p, tok.i, tok.i + 1, chosen.entity_id, "pronoun"))


def _main_subject(st: ArticleState, m: Mention, appos: bool = False) -> bool:
    """Is the mention the subject of its sentence's main verb (or of one coordinated
    with it), or, with ``appos``, in apposition to that subject?"""
    root = st.docs[m.para][m.start : m.end].root
    if appos and root.dep_ == "appos":
        root = root.head
    if (named := _named_subject(root)) is not None:
        root = named  # "A commander, who gave his name as Abu Bakr, walked me along it"
    root = _titled_subject(root, m.end)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        # "In Kabul, Enayatullah Sarwari, spokesman for ..., told reporters": a parse that
        # left the main verb with no subject hung the name before it elsewhere.
        main = root.sent.root
        return (
            main.pos_ in ("VERB", "AUX")
            and m.end <= main.i
            and root.dep_ in ("conj", "appos", "npadvmod", "dep")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in main.children)
        )
    verb = root.head
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ROOT":
        return True
    # "NETHERLANDS: Foreign Minister X told parliament ...": the parser makes the line's
    # label the root and the sentence after its colon hang on it.
    label = verb.head
    doc = verb.doc
    return (
        label.dep_ == "ROOT"
        and label.i < verb.i
        and label.i + 1 < len(doc)
        and doc[label.i + 1].text == ":"
    )


def _titled_subject(name: Token, end: int) -> Token:
    """The subject a name closes when the parser hung it under its title ("Deputy
    Minister of National Defence Tomasz Nowak told": ``Nowak`` the object of "of",
    ``Minister`` the subject); the name itself otherwise."""
    tok = name
    while tok.dep_ in ("pobj", "prep", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass"):
            title = tok.lemma_.casefold() in role_words() or tok.lower_ in role_words()
            return tok if title and tok.right_edge.i + 1 == end else name
    return name


def _named_subject(root: Token) -> Token | None:
    """The noun a relative clause names by the name it gives ("A commander of the brigade,
    who gave his name only as Abu Bakr, walked ..."): the name stands for that noun."""
    if root.dep_ != "pobj" or root.head.lower_ != "as":
        return None
    for verb in root.head.ancestors:
        if verb.dep_ == "relcl":
            if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
                return None
            noun = verb.head
            while (
                noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"
            ):
                noun = noun.head.head  # the parse may hang the clause on "of the brigade"
            return noun
    return None
