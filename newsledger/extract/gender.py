"""A person's grammatical gender, where the article states it, so that "he" and "she"
find the person they can stand for.

Evidence is only what the text says of the person: an honorific right before the name
("Ms Okafor"), a gendered role or description ("spokeswoman", "Halime, a mother of
three"), or a gendered
pronoun in a sentence that names that person and no other before it ("Dr Mensah said
her ward was full"). Names themselves are never guessed from: a given name says
nothing reliable across the languages the news covers. A person with conflicting
evidence has no gender.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from newsledger.extract.reference import read_lexicon

DATA_FILE = Path(__file__).parent / "data" / "gender.yaml"


@cache
def _words() -> dict[str, str]:
    data = read_lexicon(DATA_FILE)["gendered_words"]
    return {w: g for g, words in data.items() for w in words}


def word_gender(word: str) -> str | None:
    """ "f", "m" or None for one word ("she", "Mrs", "spokeswoman")."""
    return _words().get(word.casefold().rstrip("."))


def pronoun_gender(tok: Token) -> str | None:
    """The gender of a personal pronoun token, None for any other word."""
    return word_gender(tok.text) if tok.tag_ in ("PRP", "PRP$") else None


def genders(names: Iterable[tuple[str, Span]], roles: Iterable[Mapping]) -> dict[str, str]:
    """Each person's gender from the evidence: ``names`` are (person id, name span) for
    every place the article names a person, ``roles`` the person role rows."""
    names = list(names)
    seen: dict[str, set[str]] = {}

    def note(pid: str, g: str | None) -> None:
        if g is not None:
            seen.setdefault(pid, set()).add(g)

    by_sentence: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for pid, span in names:
        if span.start > 0 and (g := word_gender(span.doc[span.start - 1].text)):
            note(pid, g)  # "Ms Okafor"
        for tok in span[:-1]:
            note(pid, word_gender(tok.text) if tok.tag_ == "NNP" else None)  # "Mr. X" inside
        root = span.root
        described = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
        if root.dep_ == "appos" and root.head.i < span.start:
            described.append(root.head)  # "his widow, Amina Yusuf"
        for noun in described:
            note(pid, word_gender(noun.lemma_) if noun.pos_ == "NOUN" else None)  # "X, a mother"
        sent = span[0].sent
        by_sentence.setdefault((id(span.doc), sent.start), []).append((span.start, pid))
    for r in roles:
        pid, text = str(r["person_id"]), f"{r.get('title') or ''} {r.get('role') or ''}"
        for word in text.replace("-", " ").split():
            if word.casefold() not in ("he", "him", "his", "she", "her", "u"):
                note(pid, word_gender(word))
    sents = {(id(span.doc), span[0].sent.start): span[0].sent for _, span in names}
    for key, named in by_sentence.items():
        people = {pid for _, pid in named}
        if len(people) != 1:
            continue
        (pid,) = people
        first = min(start for start, _ in named)
        for tok in sents[key]:
            if tok.i <= first:
                continue
            if tok.is_quote:
                break  # a pronoun inside a quote may be anyone the speaker speaks of
            if _object_of_own_verb(tok, first):
                continue  # "Souleymane answered him": 'him' is someone else
            if (g := pronoun_gender(tok)) is not None:
                note(pid, g)
                break
    return {pid: next(iter(gs)) for pid, gs in seen.items() if len(gs) == 1}


def _object_of_own_verb(tok: Token, name_start: int) -> bool:
    """Is ``tok`` the object of a verb whose subject holds the name at ``name_start``? A
    pronoun never stands for its own clause's subject ("X answered him")."""
    if tok.dep_ not in ("dobj", "dative", "iobj"):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= name_start <= c.right_edge.i
        for c in tok.head.children
    )
