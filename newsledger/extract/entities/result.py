"""The rows of one article's entities, and the merge of many articles' entity rows.

Entity rows: countries have ``place_kind`` 'country', their centroid and ``geo_precision`` 3;
places take kind, admin1/admin2, coordinates and precision from the reference; people and
organizations have no place fields. No two mentions share the same offsets (``mention_id``
is keyed by them): where two steps found the same span, the earlier step wins.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from newsledger.extract.entities.places import DIVISION_AFTER_RE
from newsledger.extract.entities.state import ArticleState, Entity, Mention, country_entity
from newsledger.ids import row_id

MENTION_COLUMNS = [
    "mention_id",
    "article_id",
    "sentence_id",
    "entity_id",
    "surface",
    "mention_kind",
    "char_start",
    "char_end",
]
ENTITY_COLUMNS = [
    "entity_id",
    "entity_type",
    "canonical_name",
    "country_code",
    "place_kind",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "geo_precision",
    "aliases",
]
ROLE_COLUMNS = [
    "article_id",
    "person_id",
    "title",
    "role",
    "role_normalized",
    "org_id",
    "country_code",
]


@dataclass
class ArticleEntities:
    mentions: list[dict]
    entities: list[dict]
    person_roles: list[dict]


def assemble(st: ArticleState) -> ArticleEntities:
    """The mention, entity and person role rows of the article, from its state."""
    aid = st.article.article_id
    # One mention per span (mention_id is keyed by the offsets): the earliest step wins.
    first: dict[tuple[int, int], Mention] = {}
    for m in st.mentions:
        first.setdefault((m.char_start, m.char_end), m)
    mentions = []
    for (start, end), m in sorted(first.items()):
        surface = st.text[start:end]
        if m.kind in ("name", "demonym", "metonym"):
            st.entities[m.entity_id].aliases.add(surface)
            if m.entity_id.startswith("place:"):
                # 'Kidal region', 'Cross River State': the name with its division word
                # is a name the place goes by, though the mention is the name alone.
                word = DIVISION_AFTER_RE.match(st.text, end)
                if word:
                    st.entities[m.entity_id].aliases.add(st.text[start : word.end()])
        mentions.append(
            {
                "mention_id": row_id("men", aid, start, end),
                "article_id": aid,
                "sentence_id": _sentence_id(st, start),
                "entity_id": m.entity_id,
                "surface": surface,
                "mention_kind": m.kind,
                "char_start": start,
                "char_end": end,
            }
        )
    used = {m["entity_id"] for m in mentions} | {r["person_id"] for r in st.roles}
    used |= {r["org_id"] for r in st.roles if r["org_id"]}
    entities = [_entity_row(st.entities[e]) for e in sorted(used)]
    roles = []
    for r in st.roles:
        if r not in roles:
            roles.append(r)
    return ArticleEntities(mentions, entities, roles)


def _sentence_id(st: ArticleState, char_start: int) -> str | None:
    i = bisect.bisect_right(st.sent_starts, char_start) - 1
    if i < 0:
        return None
    return row_id("sen", st.article.article_id, st.sent_starts[i])


def _entity_row(e: Entity) -> dict:
    place = e.place
    return {
        "entity_id": e.entity_id,
        "entity_type": e.entity_type,
        "canonical_name": e.canonical_name,
        "country_code": e.country_code,
        "place_kind": place.place_kind
        if place
        else ("country" if e.entity_type == "COUNTRY" else None),
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "latitude": e.latitude,
        "longitude": e.longitude,
        "geo_precision": e.geo_precision,
        "aliases": sorted(e.aliases),
    }


def country_row(iso3: str) -> dict:
    """An entities row for a country the article implies without naming it
    ("Downing Street said" acts for the United Kingdom)."""
    return _entity_row(country_entity(iso3))


def merge_entities(rows: Iterable[dict], published: Iterable[dict] = ()) -> list[dict]:
    """One row per entity_id from the per-article rows of many articles.

    An entity's attributes are the record most of its articles agree on, whole
    (a place's kind, country and coordinates come from one reading, not mixed),
    the first of them on a tie; its nulls are then filled from the other rows in
    input order. One article that read "the town of X" as a district does not
    decide for the others. A ``published`` row keeps its attributes (readers saw
    them), with its nulls filled the same way. Aliases are the sorted union.
    Output is sorted by entity_id.
    """
    fixed = {r["entity_id"]: r for r in published}
    by_id: dict[str, list[dict]] = defaultdict(list)
    for row in [*fixed.values(), *rows]:
        by_id[row["entity_id"]].append(row)
    attrs = [c for c in ENTITY_COLUMNS if c not in ("entity_id", "aliases")]
    out = []
    for eid in sorted(by_id):
        group = by_id[eid]
        if eid in fixed:
            first = fixed[eid]
        else:
            votes = Counter(tuple(r.get(c) for c in attrs) for r in group)
            best = max(votes.values())
            first = next(r for r in group if votes[tuple(r.get(c) for c in attrs)] == best)
        row = {c: first.get(c) for c in ENTITY_COLUMNS}
        for other in group:
            for c in attrs:
                if row[c] is None and other.get(c) is not None:
                    row[c] = other[c]
        row["aliases"] = sorted({a for r in group for a in (r.get("aliases") or [])})
        out.append(row)
    return out


def entity_counts(result: ArticleEntities) -> Counter[str]:
    """Entities per type, for metadata and logs."""
    return Counter(e["entity_type"] for e in result.entities)
