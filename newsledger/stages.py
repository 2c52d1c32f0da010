"""Each pipeline stage as a plain function over the lake, free of Dagster.

A stage reads the live parts of its upstream table for one batch, works only
on the parts it has not derived yet (or on all of them for a full reprocess),
and streams them ``CHUNK_ROWS`` rows at a time: each chunk's output is
validated and buffered, and written as new parts once ``PART_BYTES`` of output
have gathered, so memory stays bounded however large the batch. The parts
become live only when the caller commits the returned :class:`StagePlan`.
Adding one article to a batch therefore costs one article, whatever the lake
holds.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from newsledger.ids import row_id
from newsledger.ingest import build_article, expand_inputs, iter_raw
from newsledger.lake import CHUNK_ROWS, Lake, Part
from newsledger.parse import parse_article
from newsledger.schemas import table as table_spec
from newsledger.sections import segment_sections

Rows = list[dict]
# Called on every chunk of new rows before it is written: (table, rows, upstream chunk).
Validator = Callable[[str, pa.Table, pa.Table], None]
# Output a plan gathers (Arrow bytes, all outputs) before writing it as one part per
# table. One part per chunk made a 1,000-article batch five files per table, and a
# query pays for every file it opens; this bounds memory just the same.
PART_BYTES = 16 * 1024 * 1024
# Rows of a part kept together by these columns: queries filter mentions by entity,
# and with one entity's rows adjacent DuckDB skips row groups by their min/max.
CLUSTER_BY = {"mentions": ["entity_id"]}


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # not Linux
        return None


def _release_memory() -> None:
    """Give freed heap pages back to the OS after each chunk. glibc keeps what a
    chunk's spaCy docs and rows freed, and the stage's RSS crept up by about 25 MB
    per 1,000 articles (BENCHMARKS.md)."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):  # glibc only
        libc.malloc_trim(0)


@dataclass
class StagePlan:
    """New parts written for a stage, not yet live, and the parts that stay."""

    lake: Lake
    batch: str | None
    outputs: list[str]
    keep: dict[str, list[Part]]
    written: dict[str, list[Part]] = field(default_factory=dict)
    new_rows: dict[str, int] = field(default_factory=dict)
    preview: dict[str, pa.Table] = field(default_factory=dict)
    part_bytes: int = PART_BYTES
    _pending: dict[str, list[pa.Table]] = field(default_factory=dict, init=False, repr=False)
    _pending_sources: tuple[str, ...] = field(default=(), init=False, repr=False)

    def add(self, tables: Mapping[str, pa.Table], sources: Iterable[str] = ()) -> None:
        """Take one chunk; it is written with the next :meth:`flush` (automatic once
        ``part_bytes`` have gathered)."""
        sources = tuple(sorted(sources))
        if self._pending and sources != self._pending_sources:
            self.flush()
        self._pending_sources = sources
        for out in self.outputs:
            rows = tables[out]
            self._pending.setdefault(out, []).append(rows)
            self.new_rows[out] = self.new_rows.get(out, 0) + rows.num_rows
            if self.preview.get(out) is None or self.preview[out].num_rows == 0:
                self.preview[out] = rows.slice(0, 5)
        if sum(t.nbytes for ts in self._pending.values() for t in ts) >= self.part_bytes:
            self.flush()

    def flush(self) -> None:
        """Write what was added since the last flush: a new part per output table,
        all with the same name (an empty part too: it records the work as done)."""
        if not self._pending:
            return
        name = max(self.lake.next_part_name(o, self.batch) for o in self.outputs)
        for out in self.outputs:
            rows = pa.concat_tables(self._pending.pop(out))
            if out in CLUSTER_BY and rows.num_rows:
                rows = rows.sort_by([(c, "ascending") for c in CLUSTER_BY[out]])  # stable
            part = self.lake.write_part(out, self.batch, rows, name, self._pending_sources)
            self.written.setdefault(out, []).append(part)
        self._pending.clear()

    @property
    def changed(self) -> bool:
        if any(self.written.values()):
            return True
        return any(
            [p.name for p in self.keep[t]] != [p.name for p in self.lake.parts(t, self.batch)]
            for t in self.outputs
        )

    def commit(self) -> dict[str, list[Part]]:
        """Make the kept and the new parts live, table by table."""
        self.flush()
        live = {}
        for out in self.outputs:
            live[out] = [*self.keep[out], *self.written.get(out, [])]
            if self.changed:
                self.lake.commit(out, self.batch, live[out])
        return live

    def abort(self) -> None:
        """Delete the parts this plan wrote; the lake stays as it was."""
        self._pending.clear()
        for out, parts in self.written.items():
            self.lake.delete_parts(out, self.batch, parts)
        self.written.clear()


def _as_table(name: str, rows: Rows | pa.Table) -> pa.Table:
    if isinstance(rows, pa.Table):
        return rows
    return pa.Table.from_pylist(rows, schema=table_spec(name).schema)


def derive(
    lake: Lake,
    batch: str | None,
    upstream: str,
    outputs: Sequence[str],
    fn: Callable[[pa.Table], Mapping[str, Rows | pa.Table]],
    full: bool = False,
    columns: Sequence[str] | None = None,
    validate: Validator | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> StagePlan:
    """Run a stage over the upstream parts it has not derived yet, chunk by chunk."""
    up = lake.parts(upstream, batch)
    up_names = {p.name for p in up}
    keep: dict[str, list[Part]] = {}
    covered: set[str] | None = None
    for out in outputs:
        own = [] if full else lake.parts(out, batch)
        keep[out] = [p for p in own if set(p.sources) <= up_names]
        done = {s for p in keep[out] for s in p.sources}
        # Work an upstream part is done only when every output has it.
        covered = done if covered is None else covered & done
    todo = [p for p in up if p.name not in (covered or set())]
    if covered is not None and todo:
        # Outputs that already hold some of the todo parts drop them: they are redone.
        todo_names = {p.name for p in todo}
        for out in outputs:
            keep[out] = [p for p in keep[out] if not set(p.sources) & todo_names]
    plan = StagePlan(lake, batch, list(outputs), keep)
    sources = sorted(p.name for p in todo)
    try:
        for chunk in lake.iter_chunks(upstream, batch, todo, columns, chunk_rows):
            result = fn(chunk)
            tables = {o: _as_table(o, result.get(o, [])) for o in outputs}
            if validate:
                for out, rows in tables.items():
                    validate(out, rows, chunk)
            plan.add(tables, sources)
            del result, tables
            _release_memory()
        plan.flush()
    except BaseException:
        plan.abort()
        raise
    return plan


# -- ingest ------------------------------------------------------------------


def plan_raw(
    lake: Lake,
    batch: str,
    paths: Sequence[str | Path],
    max_bytes: int,
    inbox: Path | None = None,
    chunk_rows: int = CHUNK_ROWS,
    outputs: Sequence[str | Path] = (),
    feed_entries: Sequence[str] | None = None,
) -> StagePlan:
    """Register files into a batch: raw rows for the files new to the batch.

    Files found in a folder stay inside it (or inside ``inbox`` when given); the
    pipeline's ``outputs`` (lake, warehouse) are never read as input.
    """
    keep = lake.parts("raw_articles", batch)
    known = lake.read("raw_articles", batch, columns=["source_path", "sha256"]).to_pylist()
    seen = {(r["source_path"], r["sha256"]) for r in known}
    plan = StagePlan(lake, batch, ["raw_articles"], {"raw_articles": keep})
    rows: Rows = []
    try:
        inputs = expand_inputs(paths, outputs)
        only = set(feed_entries) if feed_entries is not None else None
        for row in iter_raw(inputs, batch, max_bytes, inbox, outputs, only):
            if (row["source_path"], row["sha256"]) in seen:
                continue
            seen.add((row["source_path"], row["sha256"]))
            rows.append(row)
            if len(rows) == chunk_rows:
                plan.add({"raw_articles": _as_table("raw_articles", rows)})
                rows = []
        if rows:
            plan.add({"raw_articles": _as_table("raw_articles", rows)})
        plan.flush()
    except BaseException:
        plan.abort()
        raise
    return plan


def plan_articles(
    lake: Lake, batch: str, max_bytes: int, full: bool = False, validate: Validator | None = None
) -> StagePlan:
    """Decode, normalize and parse the batch's new raw files."""
    seen: set[str] | None = None

    def fn(raw: pa.Table) -> dict[str, Rows]:
        nonlocal seen
        if seen is None:
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

    outputs = ["articles", "rejected_articles"]
    return derive(lake, batch, "raw_articles", outputs, fn, full, validate=validate)


def _ids_elsewhere(lake: Lake, batch: str, full: bool) -> set[str]:
    """Article IDs already in the lake, except the parts this run replaces.

    In this batch only the parts :func:`derive` keeps count: after a crash between
    the commits of ``articles`` and ``rejected_articles``, the articles redone from
    the same raw parts are not duplicates of themselves.
    """
    ids: set[str] = set()
    for key in lake.batches("articles"):
        parts = None
        if key == batch:
            if full:
                continue
            twins = {s for p in lake.parts("rejected_articles", key) for s in p.sources}
            parts = [p for p in lake.parts("articles", key) if set(p.sources) <= twins]
        column = lake.read("articles", key, columns=["article_id"], parts=parts).column(0)
        ids.update(column.to_pylist())
    return ids


# -- text --------------------------------------------------------------------


def plan_sections(
    lake: Lake, batch: str, full: bool = False, validate: Validator | None = None
) -> StagePlan:
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
    return derive(lake, batch, "articles", ["sections"], fn, full, cols, validate)


# -- NLP ---------------------------------------------------------------------

NLP_OUTPUTS = [
    "sentences",
    "mentions",
    "person_roles",
    "entity_facts",
    "quotes",
    "claims",
    "reactions",
    "timeline",
]


def section_at(spans: list[tuple[int, int, str]], offset: int) -> str | None:
    for start, end, sid in spans:
        if start <= offset < end:
            return sid
    return None


def plan_nlp(
    lake: Lake,
    batch: str,
    full: bool = False,
    validate: Validator | None = None,
    batch_size: int | None = None,
    outputs: Sequence[str] = NLP_OUTPUTS,
    n_process: int | None = None,
) -> StagePlan:
    """Parse each new article once with spaCy and run every extractor on the docs:
    sentences, entity mentions and roles, quotes, claims, reactions, timeline.

    The docs are used while in memory and not stored: serializing them cost more
    than a quarter of the stage (bench/bench_nlp.py) and no stage reads them back.
    """
    from newsledger.extract import nlp
    from newsledger.extract.attribution import extract_attribution
    from newsledger.extract.entities import extract_entities

    def fn(articles: pa.Table) -> dict[str, Rows]:
        arts = articles.to_pylist()
        ids = [a["article_id"] for a in arts]
        cols = ["article_id", "section_id", "section_type", "heading", "char_start", "char_end"]
        sections: dict[str, Rows] = {}
        for s in lake.read("sections", batch, columns=cols, ids=ids).to_pylist():
            sections.setdefault(s["article_id"], []).append(s)
        items = []
        for art in arts:
            paras = parse_article(art["text"]).paragraphs
            spans = [nlp.ParagraphSpan(p.char_start, p.char_end) for p in paras]
            items.append((art["article_id"], art["text"], spans))
        out: dict[str, Rows] = {o: [] for o in outputs}
        by_id = {a["article_id"]: a for a in arts}
        parsed = nlp.parse_articles(
            items, batch_size=batch_size or nlp.BATCH_SIZE, n_process=n_process or nlp.N_PROCESS
        )
        for docs in parsed:
            aid = docs.article_id
            art = by_id[aid]
            secs = sorted(sections.get(aid, []), key=lambda s: s["char_start"])
            spans = [(s["char_start"], s["char_end"], s["section_id"]) for s in secs]
            for i, (start, end, text) in enumerate(docs.sentences()):
                out["sentences"].append(
                    {
                        "sentence_id": row_id("sen", aid, start),
                        "article_id": aid,
                        "batch": batch,
                        "section_id": section_at(spans, start),
                        "ordinal": i,
                        "char_start": start,
                        "char_end": end,
                        "text": text,
                    }
                )
            found = extract_entities(docs, art["author"])
            facts = [e | {"article_id": aid} for e in found.entities]
            said = extract_attribution(
                docs, found.mentions, facts, secs, art["published_date"], found.person_roles
            )
            facts += [e | {"article_id": aid} for e in said.entities]
            tagged = {
                "mentions": found.mentions,
                "person_roles": found.person_roles,
                "entity_facts": facts,
                "quotes": said.quotes,
                "claims": said.claims,
                "reactions": said.reactions,
                "timeline": said.timeline,
            }
            for name, rows in tagged.items():
                out[name] += [r | {"batch": batch} for r in rows]
        return out

    cols = ["article_id", "text", "author", "published_date"]
    return derive(lake, batch, "articles", outputs, fn, full, cols, validate)


# -- global entities ----------------------------------------------------------


def plan_entities(lake: Lake, full: bool = False) -> StagePlan:
    """The global entities table: every batch's entity facts merged by entity_id.

    Incremental: the live part records which entity_facts parts it merged, and
    only facts parts new since then are read. A batch that was reprocessed
    (a merged part no longer released) triggers a full rebuild.
    """
    from newsledger.extract.entities import merge_entities

    # Released facts only: a batch whose run is still going adds its entities
    # when it is released, with the rest of its rows.
    live = {
        f"{b}/{p.name}": (b, p)
        for b in lake.batches("entity_facts")
        for p in lake.released_parts("entity_facts", b)
    }
    own = lake.parts("entities", None)
    merged = {s for p in own for s in p.sources}
    incremental = not full and bool(own) and merged <= set(live)
    base: Rows = lake.read("entities", None).to_pylist() if incremental else []
    new_keys = sorted(set(live) - merged) if incremental else sorted(live)
    plan = StagePlan(lake, None, ["entities"], {"entities": []})
    if incremental and not new_keys:
        plan.keep["entities"] = own
        return plan
    facts: Rows = []
    for key in new_keys:
        batch, part = live[key]
        facts += lake.read("entity_facts", batch, parts=[part]).to_pylist()
    counts = {r["entity_id"]: r["article_count"] for r in base}
    articles: dict[str, set[str]] = {}
    for f in facts:
        articles.setdefault(f["entity_id"], set()).add(f["article_id"])
    # Existing rows come first, so their attributes win as they did when first merged.
    rows = [
        r | {"article_count": counts.get(r["entity_id"], 0) + len(articles.get(r["entity_id"], ()))}
        for r in merge_entities([*base, *facts])
    ]
    rows.sort(key=lambda r: r["entity_id"])
    plan.add(
        {"entities": _as_table("entities", rows)},
        sorted(merged | set(new_keys)) if incremental else new_keys,
    )
    plan.flush()
    return plan
