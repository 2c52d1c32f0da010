"""Each pipeline stage as a plain function over the lake, free of Dagster.

A stage reads the live parts of its upstream table for one batch, works only
on the parts it has not derived yet (or on all of them for a full reprocess),
and returns a :class:`StagePlan`: the new rows per output table, not yet live.
The caller validates them and calls :meth:`StagePlan.commit`. Adding one
article to a batch therefore costs one article, whatever the lake holds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from newsledger import EXTRACTOR_VERSION
from newsledger.ids import row_id
from newsledger.ingest import build_article, expand_paths, iter_raw
from newsledger.lake import Lake, Part
from newsledger.parse import parse_article
from newsledger.schemas import table as table_spec
from newsledger.sections import segment_sections

Rows = list[dict]


@dataclass
class StagePlan:
    lake: Lake
    batch: str | None
    new: dict[str, pa.Table]  # output table -> rows of the new part
    keep: dict[str, list[Part]]  # output table -> live parts that stay
    part_name: str | None
    sources: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.part_name is not None or any(
            [p.name for p in self.keep[t]] != [p.name for p in self.lake.parts(t, self.batch)]
            for t in self.keep
        )

    def commit(self) -> dict[str, list[Part]]:
        """Write the new parts and make them live, table by table."""
        live: dict[str, list[Part]] = {}
        for name, rows in self.new.items():
            parts = list(self.keep[name])
            if self.part_name is not None:
                parts.append(
                    self.lake.write_part(name, self.batch, rows, self.part_name, self.sources)
                )
            self.lake.commit(name, self.batch, parts)
            live[name] = parts
        return live


def _empty(name: str) -> pa.Table:
    return table_spec(name).schema.empty_table()


def _as_table(name: str, rows: Rows | pa.Table) -> pa.Table:
    if isinstance(rows, pa.Table):
        return rows
    schema = table_spec(name).schema
    return pa.Table.from_pylist(rows, schema=schema)


def derive(
    lake: Lake,
    batch: str | None,
    upstream: str,
    outputs: Sequence[str],
    fn: Callable[[pa.Table], Mapping[str, Rows | pa.Table]],
    full: bool = False,
    columns: Sequence[str] | None = None,
) -> StagePlan:
    """Plan a stage that maps upstream parts not yet derived to one new part."""
    up = lake.parts(upstream, batch)
    up_names = {p.name for p in up}
    keep: dict[str, list[Part]] = {}
    covered: set[str] = set()
    for out in outputs:
        own = [] if full else lake.parts(out, batch)
        keep[out] = [p for p in own if set(p.sources) <= up_names]
        covered |= {s for p in keep[out] for s in p.sources}
    todo = [p for p in up if p.name not in covered]
    if not todo:
        return StagePlan(lake, batch, {o: _empty(o) for o in outputs}, keep, None)
    data = lake.read(upstream, batch, columns=columns, parts=todo)
    result = fn(data)
    new = {o: _as_table(o, result.get(o, [])) for o in outputs}
    name = max(lake.next_part_name(o, batch) for o in outputs)
    return StagePlan(lake, batch, new, keep, name, tuple(sorted(p.name for p in todo)))


# -- stages ------------------------------------------------------------------


def plan_raw(
    lake: Lake,
    batch: str,
    paths: Sequence[str | Path],
    max_bytes: int,
    inbox: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> StagePlan:
    """Register files into a batch: a part of raw rows for files new to the batch."""
    keep = lake.parts("raw_articles", batch)
    known = lake.read("raw_articles", batch, columns=["source_path", "sha256"]).to_pylist()
    seen = {(r["source_path"], r["sha256"]) for r in known}
    files = expand_paths(paths)
    rows: Rows = []
    for i, row in enumerate(iter_raw(files, batch, max_bytes, inbox)):
        if (row["source_path"], row["sha256"]) not in seen:
            seen.add((row["source_path"], row["sha256"]))
            rows.append(row)
        if progress:
            progress(i + 1, len(files))
    if not rows:
        return StagePlan(
            lake, batch, {"raw_articles": _empty("raw_articles")}, {"raw_articles": keep}, None
        )
    name = lake.next_part_name("raw_articles", batch)
    return StagePlan(
        lake, batch, {"raw_articles": _as_table("raw_articles", rows)}, {"raw_articles": keep}, name
    )


def plan_articles(lake: Lake, batch: str, max_bytes: int, full: bool = False) -> StagePlan:
    """Decode, normalize and parse the batch's new raw files."""

    def fn(raw: pa.Table) -> dict[str, Rows]:
        seen = _ids_elsewhere(lake, batch, full)
        articles: Rows = []
        rejected: Rows = []
        for row in raw.to_pylist():
            outcome = build_article(row, max_bytes, seen)
            if outcome.article:
                articles.append(outcome.article)
            else:
                rejected.append(outcome.rejection)  # type: ignore[arg-type]
        return {"articles": articles, "rejected_articles": rejected}

    return derive(lake, batch, "raw_articles", ["articles", "rejected_articles"], fn, full)


def _ids_elsewhere(lake: Lake, batch: str, full: bool) -> set[str]:
    """Article IDs already in the lake, except the parts this run replaces."""
    ids: set[str] = set()
    for key in lake.batches("articles"):
        if key == batch and full:
            continue
        ids.update(lake.read("articles", key, columns=["article_id"]).column(0).to_pylist())
    return ids


def plan_sections(lake: Lake, batch: str, full: bool = False) -> StagePlan:
    def fn(articles: pa.Table) -> dict[str, Rows]:
        rows: Rows = []
        for art in articles.to_pylist():
            text = art["text"]
            parsed = parse_article(text)
            date = art["published_date"] or parsed.head.published_date
            for sec in segment_sections(text, parsed.paragraphs, published_date=date):
                rows.append(
                    {
                        "section_id": row_id("sec", art["article_id"], sec.ordinal),
                        "article_id": art["article_id"],
                        "batch": batch,
                        "ordinal": sec.ordinal,
                        "section_type": sec.section_type,
                        "heading": sec.heading,
                        "char_start": sec.char_start,
                        "char_end": sec.char_end,
                        "line_start": sec.paragraphs[0].line,
                        "line_end": sec.paragraphs[-1].line_end,
                    }
                )
        return {"sections": rows}

    cols = ["article_id", "text", "published_date"]
    return derive(lake, batch, "articles", ["sections"], fn, full, columns=cols)


def plan_nlp(lake: Lake, batch: str, full: bool = False, batch_size: int = 64) -> StagePlan:
    """Parse every new article once with spaCy; later stages reuse the DocBins."""
    from newsledger import nlp

    def fn(articles: pa.Table) -> dict[str, Rows]:
        items = []
        for art in articles.to_pylist():
            paras = parse_article(art["text"]).paragraphs
            spans = [nlp.ParagraphSpan(p.char_start, p.char_end) for p in paras]
            items.append((art["article_id"], art["text"], spans))
        rows = [
            {
                "article_id": docs.article_id,
                "batch": batch,
                "docbin": nlp.to_bytes(docs),
                "extractor_version": EXTRACTOR_VERSION,
            }
            for docs in nlp.parse_articles(items, batch_size=batch_size)
        ]
        return {"nlp_docs": rows}

    return derive(lake, batch, "articles", ["nlp_docs"], fn, full, columns=["article_id", "text"])


def load_docs(lake: Lake, batch: str, nlp_rows: pa.Table):
    """Yield the parsed docs of the given nlp_docs rows with their article text."""
    from newsledger import nlp

    ids = set(nlp_rows.column("article_id").to_pylist())
    texts = {
        r["article_id"]: r["text"]
        for r in lake.read("articles", batch, columns=["article_id", "text"]).to_pylist()
        if r["article_id"] in ids
    }
    for row in nlp_rows.to_pylist():
        yield nlp.from_bytes(row["article_id"], texts[row["article_id"]], row["docbin"])


def section_lookup(
    lake: Lake, batch: str, article_ids: set[str]
) -> dict[str, list[tuple[int, int, str]]]:
    """article_id -> [(char_start, char_end, section_id)] in text order."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    cols = ["article_id", "section_id", "char_start", "char_end"]
    for r in lake.read("sections", batch, columns=cols).to_pylist():
        if r["article_id"] in article_ids:
            out.setdefault(r["article_id"], []).append(
                (r["char_start"], r["char_end"], r["section_id"])
            )
    for spans in out.values():
        spans.sort()
    return out


def section_at(spans: list[tuple[int, int, str]], offset: int) -> str | None:
    for start, end, sid in spans:
        if start <= offset < end:
            return sid
    return None


def plan_sentences(lake: Lake, batch: str, full: bool = False) -> StagePlan:
    def fn(nlp_rows: pa.Table) -> dict[str, Rows]:
        ids = set(nlp_rows.column("article_id").to_pylist())
        sections = section_lookup(lake, batch, ids)
        rows: Rows = []
        for docs in load_docs(lake, batch, nlp_rows):
            spans = sections.get(docs.article_id, [])
            for i, (start, end, text) in enumerate(docs.sentences()):
                rows.append(
                    {
                        "sentence_id": row_id("sen", docs.article_id, start),
                        "article_id": docs.article_id,
                        "batch": batch,
                        "section_id": section_at(spans, start),
                        "ordinal": i,
                        "char_start": start,
                        "char_end": end,
                        "text": text,
                    }
                )
        return {"sentences": rows}

    return derive(lake, batch, "nlp_docs", ["sentences"], fn, full)


def _article_field(lake: Lake, batch: str, ids: set[str], column: str) -> dict[str, object]:
    rows = lake.read("articles", batch, columns=["article_id", column]).to_pylist()
    return {r["article_id"]: r[column] for r in rows if r["article_id"] in ids}


def plan_mentions(lake: Lake, batch: str, full: bool = False) -> StagePlan:
    """Entity mentions, person roles and per-article entity facts from the parse."""
    from newsledger.entities import extract_entities

    def fn(nlp_rows: pa.Table) -> dict[str, Rows]:
        ids = set(nlp_rows.column("article_id").to_pylist())
        authors = _article_field(lake, batch, ids, "author")
        out: dict[str, Rows] = {"mentions": [], "person_roles": [], "entity_facts": []}
        for docs in load_docs(lake, batch, nlp_rows):
            found = extract_entities(docs, authors.get(docs.article_id))  # type: ignore[arg-type]
            out["mentions"] += [m | {"batch": batch} for m in found.mentions]
            out["person_roles"] += [r | {"batch": batch} for r in found.person_roles]
            out["entity_facts"] += [
                e | {"batch": batch, "article_id": docs.article_id} for e in found.entities
            ]
        return out

    return derive(lake, batch, "nlp_docs", ["mentions", "person_roles", "entity_facts"], fn, full)


def plan_entities(lake: Lake) -> StagePlan:
    """The global entities table: every batch's entity facts merged by entity_id."""
    from newsledger.entities import merge_entities

    facts = lake.read("entity_facts").to_pylist()
    articles: dict[str, set[str]] = {}
    for f in facts:
        articles.setdefault(f["entity_id"], set()).add(f["article_id"])
    rows = [
        r | {"article_count": len(articles.get(r["entity_id"], ()))} for r in merge_entities(facts)
    ]
    rows.sort(key=lambda r: r["entity_id"])
    return StagePlan(
        lake,
        None,
        {"entities": _as_table("entities", rows)},
        {"entities": []},
        lake.next_part_name("entities", None),
    )


def plan_attribution(lake: Lake, batch: str, full: bool = False) -> StagePlan:
    """Quotes, claims, reactions and timeline from the parse and the mentions."""
    from newsledger.attribution import extract_attribution

    outputs = ["quotes", "claims", "reactions", "timeline"]

    def fn(nlp_rows: pa.Table) -> dict[str, Rows]:
        ids = set(nlp_rows.column("article_id").to_pylist())
        dates = _article_field(lake, batch, ids, "published_date")
        mentions = _by_article(lake.read("mentions", batch).to_pylist(), ids)
        facts = _by_article(lake.read("entity_facts", batch).to_pylist(), ids)
        roles = _by_article(lake.read("person_roles", batch).to_pylist(), ids)
        cols = ["article_id", "section_id", "section_type", "char_start", "char_end"]
        sections = _by_article(lake.read("sections", batch, columns=cols).to_pylist(), ids)
        out: dict[str, Rows] = {o: [] for o in outputs}
        for docs in load_docs(lake, batch, nlp_rows):
            aid = docs.article_id
            found = extract_attribution(
                docs, mentions.get(aid, []), facts.get(aid, []), sections.get(aid, []),
                dates.get(aid), roles.get(aid, []),  # type: ignore[arg-type]
            )  # fmt: skip
            for name in outputs:
                out[name] += [row | {"batch": batch} for row in getattr(found, name)]
        return out

    return derive(lake, batch, "nlp_docs", outputs, fn, full)


def _by_article(rows: Rows, ids: set[str]) -> dict[str, Rows]:
    out: dict[str, Rows] = {}
    for r in rows:
        if r["article_id"] in ids:
            out.setdefault(r["article_id"], []).append(r)
    return out
