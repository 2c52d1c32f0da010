"""'he'/'his'/'she'/'her' join the nearest person named before, at most two paragraphs back."""

from __future__ import annotations

from newsledger.extract.entities.state import ArticleState, Mention

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
    for p, doc in enumerate(st.docs):
        for tok in doc:
            if tok.lower_ not in PRONOUNS or tok.tag_ not in ("PRP", "PRP$"):
                continue
            before = [
                m
                for m in persons
                if (m.para < p or (m.para == p and m.end <= tok.i))
                and p - m.para <= PRONOUN_PARAGRAPH_WINDOW
            ]
            if before:
                st.add(Mention(p, tok.i, tok.i + 1, before[-1].entity_id, "pronoun"))
