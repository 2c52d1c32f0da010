"""Who said what: quotes, claims, reactions and the timeline of one article.

Entry point: :func:`extract_attribution`. One module per fact type does the
work (:mod:`~newsledger.extract.quotes`, :mod:`~newsledger.extract.claims`,
:mod:`~newsledger.extract.reactions`, :mod:`~newsledger.extract.timeline`),
over the shared context and syntax helpers of :mod:`~newsledger.extract.syntax`.

Order of work: quotes first (claims and reactions inside a quote are credited
to its speaker), then the parties to the conflict, claims, reactions and the
timeline. Every row's ``char_start``/``char_end`` point into ``article.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from newsledger.extract import claims as claims_mod
from newsledger.extract import quotes as quotes_mod
from newsledger.extract import reactions as reactions_mod
from newsledger.extract import timeline as timeline_mod
from newsledger.extract.entities.result import country_row
from newsledger.extract.nlp import ArticleDocs
from newsledger.extract.syntax import ArticleContext

__all__ = ["Attribution", "extract_attribution"]


@dataclass
class Attribution:
    quotes: list[dict]
    claims: list[dict]
    reactions: list[dict]
    timeline: list[dict]
    # Entities rows for countries the rows act for without the article naming
    # them ("Downing Street said": the United Kingdom).
    entities: list[dict] = field(default_factory=list)


def extract_attribution(
    article: ArticleDocs,
    mentions: list[dict],
    entities: list[dict],
    sections: list[dict],
    published_date: dt.date | None,
    person_roles: list[dict] | None = None,
) -> Attribution:
    """Quotes, claims, reactions and timeline rows of one parsed article.

    ``mentions`` and ``entities`` come from :mod:`newsledger.extract.entities`;
    ``sections`` are dicts with section_id, section_type, char_start and
    char_end. ``person_roles`` (optional) tells which organization or country
    a person speaks for; without it the article's own wording is used.
    Relative dates ("yesterday") are skipped when ``published_date`` is None.
    """
    ctx = ArticleContext(article, mentions, entities, sections, published_date, person_roles)
    # The sides are known before the quotes: "the government said" is the one state at war.
    ctx.parties = reactions_mod.conflict_parties(ctx)
    quotes = quotes_mod.extract_quotes(ctx)
    claims = claims_mod.extract_claims(ctx)
    # Claimants' countries are parties too (a side reporting its own losses).
    ctx.parties |= {
        c
        for row in claims
        if row["claimant_id"] and (c := ctx.country_of(row["claimant_id"])) is not None
    }
    reactions = reactions_mod.extract_reactions(ctx)
    timeline = timeline_mod.extract_timeline(ctx)
    implied = _close_references(entities, quotes, claims, reactions)
    return Attribution(quotes, claims, reactions, timeline, implied)


# Entity references of each fact table; an actor is required, the rest optional.
_REFERENCES = {
    "quotes": ("speaker_id",),
    "claims": ("claimant_id",),
    "reactions": ("actor_id", "speaker_id", "target_id"),
}


def _close_references(
    entities: list[dict], quotes: list[dict], claims: list[dict], reactions: list[dict]
) -> list[dict]:
    """Every entity a row names must be an entity of the article: the warehouse
    check ``speakers_claimants_actors_exist`` refuses a batch otherwise.

    A country reached through an organization ("Downing Street", "the Kremlin")
    gets its entities row; any other unknown reference is cleared, and a
    reaction whose actor is unknown is dropped.
    """
    known = {e["entity_id"] for e in entities}
    implied: dict[str, dict] = {}
    for rows, fields in zip((quotes, claims, reactions), _REFERENCES.values(), strict=True):
        for row in rows:
            for name in fields:
                eid = row.get(name)
                if eid is None or eid in known or eid in implied:
                    continue
                if eid.startswith("country:"):
                    implied[eid] = country_row(eid.split(":", 1)[1])
                else:
                    row[name] = None
    reactions[:] = [r for r in reactions if r.get("actor_id") is not None]
    return list(implied.values())
