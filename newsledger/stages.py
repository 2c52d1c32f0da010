"""Each pipeline stage as a plain function over the lake, free of Dagster.

A stage reads the rows of its upstream table for one batch that it has not
processed yet (or all of them for a full reprocess), ``CHUNK_ROWS`` rows at a
time: each chunk's output is validated and buffered, and written into the
batch's stage tables once ``PART_BYTES`` of output have gathered, so memory
stays bounded however large the batch. Everything a stage writes, and the keys
of the upstream rows it processed, become visible in one DuckLake transaction
when the caller commits the returned :class:`StagePlan`. Adding one article to
a batch therefore costs one article, whatever the lake holds.
"""

from __future__ import annotations

import ctypes
import logging
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from newsledger import EXTRACTOR_VERSION
from newsledger.ids import row_id
from newsledger.ingest import build_article, expand_inputs, iter_raw
from newsledger.lake import CHUNK_ROWS, Lake, ident, insert_arrow, sql_string, stage_schema
from newsledger.parse import parse_article
from newsledger.schemas import STAGE_REJECT_REASONS
from newsledger.schemas import table as table_spec
from newsledger.sections import segment_sections

log = logging.getLogger(__name__)

Rows = list[dict]
# Called on every chunk of new rows before it is written: (table, rows, upstream chunk).
Validator = Callable[[str, pa.Table, pa.Table], None]
# Output a plan gathers (Arrow bytes, all outputs) before writing it: one Parquet
# file per table. A file per 200-row chunk made a 1,000-article batch five files
# per table, and a query pays for every file it opens.
PART_BYTES = 16 * 1024 * 1024
# The key of an upstream row a stage records as processed.
RAW_KEY = "sha256 || ':' || source_path"
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
# (stage, upstream table, outputs, key of an upstream row), in run order.
STAGES = [
    ("articles", "raw_articles", ["articles", "rejected_articles"], RAW_KEY),
    ("sections", "articles", ["sections"], "article_id"),
    ("nlp", "articles", NLP_OUTPUTS, "article_id"),
]


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


def _use_system_arrow_pool() -> None:
    """Allocate Arrow buffers with malloc rather than Arrow's default mimalloc pool.

    mimalloc kept the pages a stage's chunks freed (their rows, casts, concatenated
    parts): in the NLP stage its mapping's RSS grew by 37 MB over five 200-article
    chunks while Arrow's allocated bytes stayed under 25 MB, and ``release_unused()``
    after each chunk did not lower the stage's RSS (BENCHMARKS.md, issue 11). From
    malloc, what a chunk frees goes back to the OS with :func:`_release_memory`.
    """
    if _libc() is not None and pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


@dataclass
class StagePlan:
    """What one stage writes, in one transaction that :meth:`commit` ends.

    ``batch`` None with ``publish`` set: the global entities a publish installs,
    written to the lake's ``publish`` schema with the batches they merge.
    """

    lake: Lake
    batch: str | None
    stage: str
    outputs: list[str]
    full: bool = False
    publish: list[str] | None = None
    new_rows: dict[str, int] = field(default_factory=dict)
    preview: dict[str, pa.Table] = field(default_factory=dict)
    part_bytes: int = PART_BYTES
    keys: list[str] = field(default_factory=list)
    # Articles this run could not process: rejected_articles rows plus, for the
    # logs, the traceback ("traceback") and the article ("article_id").
    failures: Rows = field(default_factory=list)
    _pending: dict[str, list[pa.Table]] = field(default_factory=dict, init=False, repr=False)
    _started: bool = field(default=False, init=False, repr=False)

    def add(self, tables: Mapping[str, pa.Table], keys: Iterable[str] = ()) -> None:
        """Take one chunk and the upstream keys it covers; written with the next
        :meth:`flush` (automatic once ``part_bytes`` have gathered)."""
        self.keys.extend(keys)
        for out in self.outputs:
            rows = tables[out]
            self._pending.setdefault(out, []).append(rows)
            self.new_rows[out] = self.new_rows.get(out, 0) + rows.num_rows
            if self.preview.get(out) is None or self.preview[out].num_rows == 0:
                self.preview[out] = rows.slice(0, 5)
        if sum(t.nbytes for ts in self._pending.values() for t in ts) >= self.part_bytes:
            self.flush()

    def reject(self, failures: Rows) -> None:
        """Record articles the stage could not process (see :func:`failure`): rows of
        rejected_articles, written with the stage's outputs."""
        if not failures:
            return
        self.failures.extend(failures)
        cols = table_spec("rejected_articles").column_names
        rows = _as_table("rejected_articles", [{c: f[c] for c in cols} for f in failures])
        self._pending.setdefault("rejected_articles", []).append(rows)
        self.new_rows["rejected_articles"] = self.new_rows.get("rejected_articles", 0) + len(rows)

    def drop_articles(self, ids: Iterable[str]) -> None:
        """Remove these articles' rows from every output, written or pending."""
        ids = sorted(set(ids))
        if not ids:
            return
        wanted = pa.array(ids, pa.string())
        for out, parts in self._pending.items():
            if "article_id" not in table_spec(out).column_names:
                continue
            kept = [t.filter(pc.invert(pc.is_in(t["article_id"], wanted))) for t in parts]
            self.new_rows[out] -= sum(p.num_rows for p in parts) - sum(k.num_rows for k in kept)
            self._pending[out] = kept
        for out, rows in self.preview.items():
            if "article_id" in rows.column_names:
                self.preview[out] = rows.filter(pc.invert(pc.is_in(rows["article_id"], wanted)))
        if not self._started:
            return
        schema = stage_schema(self.batch)  # type: ignore[arg-type]
        for out in self.outputs:
            if "article_id" not in table_spec(out).column_names:
                continue
            deleted = self.lake.con.execute(
                f"DELETE FROM {schema}.{ident(out)} WHERE article_id IN (SELECT unnest(?))",
                [ids],
            ).fetchone()
            self.new_rows[out] -= deleted[0] if deleted else 0

    @property
    def changed(self) -> bool:
        return self.full or bool(self.keys) or any(self.new_rows.values()) or bool(self.publish)

    def _start(self) -> None:
        """Open the transaction; a full run first drops the batch's staged rows of
        its outputs and marks them as replacing the published ones."""
        if self._started:
            return
        self._started = True
        lake = self.lake
        lake.begin()
        if self.publish is not None:
            lake.con.execute("DELETE FROM publish.entities; DELETE FROM publish.batches;")
            return
        assert self.batch is not None
        lake.ensure_stage(self.batch)
        if self.full:
            schema = stage_schema(self.batch)
            for out in self.outputs:
                lake.con.execute(f"DELETE FROM {schema}.{ident(out)}")
            lake.con.execute(f"DELETE FROM {schema}._done WHERE stage = ?", [self.stage])
            marked = lake.replaced(self.batch)
            for out in self.outputs:
                if out not in marked:
                    lake.con.execute(f"INSERT INTO {schema}._replaced VALUES (?)", [out])
            if "rejected_articles" not in self.outputs:
                self._drop_own_rejections(schema, "rejected_articles" in marked)
            lake._replaced.pop(self.batch, None)

    def _drop_own_rejections(self, schema: str, replaced: bool) -> None:
        """A full run of a later stage replaces the articles it rejected before: the
        batch's rejected_articles become staged rows (the published ones copied once),
        and this stage's are deleted from them."""
        con = self.lake.con
        if not replaced:
            con.execute(
                f"INSERT INTO {schema}.rejected_articles "
                "SELECT * FROM main.rejected_articles WHERE batch = ?",
                [self.batch],
            )
            con.execute(f"INSERT INTO {schema}._replaced VALUES ('rejected_articles')")
        con.execute(
            f"DELETE FROM {schema}.rejected_articles "
            "WHERE reason IN (SELECT unnest(?)) AND starts_with(detail, ?)",
            [list(STAGE_REJECT_REASONS), f"{self.stage}: "],
        )

    def flush(self) -> None:
        """Write what was added since the last flush: one file per output table."""
        if not self._pending:
            return
        self._start()
        for out in list(self._pending):
            rows = pa.concat_tables(self._pending.pop(out))
            self.lake.insert(out, self.batch, rows, "publish" if self.publish is not None else "")
        self._pending.clear()

    def commit(self) -> None:
        """Make what the stage wrote, and the keys it processed, visible at once."""
        if not self.changed:
            self.abort()
            return
        self.flush()
        self._start()
        lake = self.lake
        if self.publish is not None:
            for batch in self.publish:
                lake.con.execute("INSERT INTO publish.batches VALUES (?)", [batch])
        elif self.keys:
            done = pa.table({"stage": [self.stage] * len(self.keys), "key": self.keys})
            insert_arrow(lake.con, f"{stage_schema(self.batch)}._done", done)  # type: ignore[arg-type]
        lake.commit()

    def abort(self) -> None:
        """Drop what this plan wrote; the lake stays as it was."""
        self._pending.clear()
        self.lake.rollback()
        self._started = False


def failure(
    stage: str,
    article: Mapping,
    reason: str,
    detail: str,
    exc: BaseException | None = None,
) -> dict:
    """A rejected_articles row for an article a stage could not process, with the
    article's ID and, for an exception, its traceback (both for the logs only).
    ``article`` is an articles row (or a raw_articles row, for the articles stage)."""
    return {
        "source_path": article["source_path"],
        "batch": article["batch"],
        "reason": reason,
        "detail": f"{stage}: {detail}",
        "size_bytes": article.get("size_bytes"),
        "sha256": article.get("raw_sha256") or article.get("sha256"),
        "extractor_version": EXTRACTOR_VERSION,
        "article_id": article.get("article_id"),
        "traceback": "".join(traceback.format_exception(exc)) if exc else "",
    }


def describe(exc: BaseException) -> str:
    """``IndexError: list index out of range (at quotes.py:120 in _speaker)``: the
    exception and the innermost frame that raised it."""
    text = f"{type(exc).__name__}: {exc}".rstrip(": ")
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        text += f" (at {Path(last.filename).name}:{last.lineno} in {last.name})"
    return text


def extraction_failed(stage: str, article: Mapping, exc: Exception, kept: str = "") -> dict:
    """Log an exception raised on one article and make its rejected_articles row.

    Programming errors are never swallowed silently: the traceback goes to the log
    with the article's ID, and the row names the exception."""
    aid = article.get("article_id") or article["source_path"]
    log.error("%s stage failed on article %s", stage, aid, exc_info=exc)
    detail = describe(exc) + (f"; {kept}" if kept else "")
    return failure(stage, article, "extraction_failed", detail, exc=exc)


def _with_sizes(lake: Lake, batch: str, failures: Rows) -> Rows:
    """Fill size_bytes of articles' rejections from their raw files (rare path)."""
    missing = [f for f in failures if f["size_bytes"] is None and f["sha256"]]
    if not missing:
        return failures
    shas = sorted({f["sha256"] for f in missing})
    where = "sha256 IN (" + ", ".join(sql_string(h) for h in shas) + ")"
    raw = lake.read("raw_articles", batch, ["source_path", "sha256", "size_bytes"], where=where)
    sizes = {(r["source_path"], r["sha256"]): r["size_bytes"] for r in raw.to_pylist()}
    for f in missing:
        f["size_bytes"] = sizes.get((f["source_path"], f["sha256"]))
    return failures


def reject_invalid(plan: StagePlan, details: Mapping[str, str]) -> None:
    """Drop from a plan the rows of the articles whose output failed a suite on its
    own (``details``: article_id to what failed) and record each as
    ``invalid_output``; the rest of the plan's rows stay."""
    ids = sorted(details)
    cols = ["article_id", "source_path", "batch", "raw_sha256"]
    arts = plan.lake.read("articles", plan.batch, cols, ids=ids).to_pylist()
    plan.drop_articles(ids)
    failures = []
    for art in arts:
        detail = details[art["article_id"]]
        log.error(
            "%s: the rows of article %s failed validation: %s",
            plan.stage,
            art["article_id"],
            detail,
        )
        failures.append(failure(plan.stage, art, "invalid_output", detail))
    plan.reject(_with_sizes(plan.lake, plan.batch, failures))  # type: ignore[arg-type]


def _as_table(name: str, rows: Rows | pa.Table) -> pa.Table:
    if isinstance(rows, pa.Table):
        return rows
    return pa.Table.from_pylist(rows, schema=table_spec(name).schema)


def todo_sql(lake: Lake, batch: str, stage: str, full: bool, columns: Sequence[str]) -> str:
    """The upstream rows a stage still has to process, with their key as ``_key``.

    A stage that replaces its outputs processes every current upstream row; one
    that adds to them, only the staged rows (the published ones were processed
    by the run that published them). Either way, rows it has done are left out.

    The rows come in the order they are stored, not sorted: DuckDB held a sort of
    the whole input, text included, for as long as the stage read it (25 MB at
    10,000 articles, in each of the articles, sections and NLP stages), so a
    stage's memory grew with its batch (BENCHMARKS.md, issue 11). The pipeline's
    DuckDB instances run one thread, so that order is the same on every run.
    """
    _, upstream, outputs, key = next(s for s in STAGES if s[0] == stage)
    replacing = full or set(outputs) <= lake.replaced(batch)
    rel = lake.relation_sql(upstream, batch, staged_only=not replacing)
    if not rel:
        return ""
    cols = ", ".join(ident(c) for c in columns)
    done = ""
    if lake.has_stage(batch) and not full:
        done = (
            f" WHERE {key} NOT IN (SELECT key FROM {stage_schema(batch)}._done "
            f"WHERE stage = {sql_string(stage)})"
        )
    return f"SELECT {cols}, {key} AS _key FROM {rel}{done}"


def is_complete(lake: Lake, batch: str) -> bool:
    """Whether every stage has processed every row of the batch it must: a batch's
    staged rows are published only then, all of them at once."""
    replaced = lake.replaced(batch)
    for stage, upstream, outputs, _ in STAGES:
        if upstream in replaced and not set(outputs) <= replaced:
            return False
        query = todo_sql(lake, batch, stage, False, ["batch"])
        if query and lake.con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]:
            return False
    return True


def derive(
    lake: Lake,
    batch: str,
    stage: str,
    fn: Callable[[pa.Table], Mapping[str, Rows | pa.Table]],
    full: bool = False,
    columns: Sequence[str] | None = None,
    validate: Validator | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> StagePlan:
    """Run a stage over the upstream rows it has not processed yet, chunk by chunk.

    ``fn`` may return, besides the outputs, ``rejected_articles``: rows made by
    :func:`failure` for articles it could not process, recorded with the stage's
    rows (and their upstream keys as done, so a rerun does not reject them twice).
    """
    _use_system_arrow_pool()
    _, upstream, outputs, _ = next(s for s in STAGES if s[0] == stage)
    # Outputs derived from rows that a full run upstream replaced are redone in full.
    replaced = lake.replaced(batch)
    full = full or (upstream in replaced and not set(outputs) <= replaced)
    columns = list(columns or table_spec(upstream).column_names)
    plan = StagePlan(lake, batch, stage, list(outputs), full=full)
    query = todo_sql(lake, batch, stage, full, columns)
    try:
        for chunk in lake.iter_chunks(query, rows=chunk_rows) if query else []:
            keys = chunk.column("_key").to_pylist()
            chunk = chunk.drop_columns(["_key"])
            result = fn(chunk)
            tables = {o: _as_table(o, result.get(o, [])) for o in outputs}
            if validate:
                for out, rows in tables.items():
                    validate(out, rows, chunk)
            plan.add(tables, keys)
            if "rejected_articles" not in outputs:
                plan.reject(_with_sizes(lake, batch, list(result.get("rejected_articles", []))))
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
    pipeline's ``outputs`` (catalog, data files, attach.sql, report) are never read
    as input. With ``feed_entries``, only those entries of the inputs are read.
    """
    known = lake.read("raw_articles", batch, columns=["source_path", "sha256"]).to_pylist()
    seen = {(r["source_path"], r["sha256"]) for r in known}
    plan = StagePlan(lake, batch, "raw", ["raw_articles"])
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
    failures: Rows = []

    def fn(raw: pa.Table) -> dict[str, Rows]:
        nonlocal seen
        if seen is None:
            seen = _ids_elsewhere(lake, batch, full)
        articles: Rows = []
        rejected: Rows = []
        for row in raw.to_pylist():
            try:
                outcome = build_article(row, max_bytes, seen)
            except Exception as exc:
                failures.append(extraction_failed("articles", row, exc))
                cols = table_spec("rejected_articles").column_names
                rejected.append({c: failures[-1][c] for c in cols})
                continue
            if outcome.article:
                articles.append(outcome.article)
            else:
                rejected.append(outcome.rejection)  # type: ignore[arg-type]
        return {"articles": articles, "rejected_articles": rejected}

    plan = derive(lake, batch, "articles", fn, full, validate=validate)
    plan.failures += failures
    return plan


def _ids_elsewhere(lake: Lake, batch: str, full: bool) -> set[str]:
    """Article IDs already in the lake, published or staged, except this batch's
    when a full run replaces them."""
    ids: set[str] = set()
    where = f"batch <> {sql_string(batch)}" if full else ""
    ids.update(lake.read("articles", None, ["article_id"], where=where).column(0).to_pylist())
    for key in lake.staged_batches():
        if key == batch and full:
            continue
        staged = lake.read("articles", key, ["article_id"], staged_only=True)
        ids.update(staged.column(0).to_pylist())
    return ids


# -- text --------------------------------------------------------------------


def plan_sections(
    lake: Lake, batch: str, full: bool = False, validate: Validator | None = None
) -> StagePlan:
    def fn(articles: pa.Table) -> dict[str, Rows]:
        rows: Rows = []
        failed: Rows = []
        for art in articles.to_pylist():
            try:
                rows += _sections_of(art, batch)
            except Exception as exc:
                failed.append(extraction_failed("sections", art, exc, "no sections, no NLP rows"))
        return {"sections": rows, "rejected_articles": failed}

    cols = ["article_id", "text", "published_date", "source_path", "batch", "raw_sha256"]
    return derive(lake, batch, "sections", fn, full, cols, validate)


def _sections_of(art: dict, batch: str) -> Rows:
    """One article's section rows."""
    text = art["text"]
    parsed = parse_article(text)
    date = art["published_date"] or parsed.head.published_date
    return [
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
        for sec in segment_sections(text, parsed.paragraphs, published_date=date)
    ]


# -- NLP ---------------------------------------------------------------------


def section_at(spans: list[tuple[int, int, str]], offset: int) -> str | None:
    for start, end, sid in spans:
        if start <= offset < end:
            return sid
    return None


NO_NLP_ROWS = "no NLP rows for it"
ATTRIBUTION_DROPPED = (
    "kept its sentences, mentions, person_roles and entities; "
    "no quotes, claims, reactions or timeline"
)


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

    An exception on one article costs that article only: it is logged with its
    traceback and recorded in rejected_articles (``extraction_failed``). When the
    attribution step (quotes, claims, reactions, timeline) fails, the article
    keeps its sentences, mentions, roles and entities; any earlier failure leaves
    it without NLP rows. Its row in articles stays either way.
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
        out: dict[str, Rows] = {o: [] for o in outputs}
        failed: Rows = []
        items = []
        for art in arts:
            if art["article_id"] not in sections:
                # The sections stage could not process it and said so in
                # rejected_articles; a sentence must lie in a section.
                log.warning("nlp: article %s has no sections; skipped", art["article_id"])
                continue
            try:
                paras = parse_article(art["text"]).paragraphs
            except Exception as exc:
                failed.append(extraction_failed("nlp", art, exc, NO_NLP_ROWS))
                continue
            spans = [nlp.ParagraphSpan(p.char_start, p.char_end) for p in paras]
            items.append((art["article_id"], art["text"], spans))
        by_id = {a["article_id"]: a for a in arts}
        parse = {
            "batch_size": batch_size or nlp.BATCH_SIZE,
            "n_process": n_process or nlp.N_PROCESS,
        }
        try:
            parsed = list(nlp.parse_articles(items, **parse))
        except Exception:
            # One article broke the chunk's parse: parse them one by one to find it.
            parsed = []
            for item in items:
                try:
                    parsed += nlp.parse_articles([item], n_process=1)
                except Exception as exc:
                    failed.append(extraction_failed("nlp", by_id[item[0]], exc, NO_NLP_ROWS))
        for docs in parsed:
            aid = docs.article_id
            art = by_id[aid]
            secs = sorted(sections.get(aid, []), key=lambda s: s["char_start"])
            spans = [(s["char_start"], s["char_end"], s["section_id"]) for s in secs]
            try:
                sentences = [
                    {
                        "sentence_id": row_id("sen", aid, start),
                        "article_id": aid,
                        "section_id": section_at(spans, start),
                        "ordinal": i,
                        "char_start": start,
                        "char_end": end,
                        "text": text,
                    }
                    for i, (start, end, text) in enumerate(docs.sentences())
                ]
                found = extract_entities(docs, art["author"])
            except Exception as exc:
                failed.append(extraction_failed("nlp", art, exc, NO_NLP_ROWS))
                continue
            facts = [e | {"article_id": aid} for e in found.entities]
            tagged = {
                "sentences": sentences,
                "mentions": found.mentions,
                "person_roles": found.person_roles,
                "entity_facts": facts,
            }
            # Attribution reads the entities but nothing reads it back: when it
            # fails, the article keeps what came before it.
            try:
                said = extract_attribution(
                    docs, found.mentions, facts, secs, art["published_date"], found.person_roles
                )
            except Exception as exc:
                failed.append(extraction_failed("nlp", art, exc, ATTRIBUTION_DROPPED))
            else:
                tagged["entity_facts"] = facts + [e | {"article_id": aid} for e in said.entities]
                tagged |= {
                    "quotes": said.quotes,
                    "claims": said.claims,
                    "reactions": said.reactions,
                    "timeline": said.timeline,
                }
            for name, rows in tagged.items():
                out[name] += [r | {"batch": batch} for r in rows]
        return out | {"rejected_articles": failed}

    cols = ["article_id", "text", "author", "published_date", "source_path", "batch", "raw_sha256"]
    return derive(lake, batch, "nlp", fn, full, cols, validate)


# -- global entities ----------------------------------------------------------


def plan_entities(lake: Lake, full: bool = False) -> StagePlan:
    """The global entities table as the next publish installs it: every published
    batch's entity facts and those of the complete staged batches, merged by
    entity_id, written to the ``publish`` schema with the list of those batches.

    Incremental: the published entities plus the new batches' facts. When a
    batch's facts replace published ones, every fact is merged again.
    """
    from newsledger.extract.entities import merge_entities

    complete = [b for b in lake.staged_batches() if is_complete(lake, b)]
    plan = StagePlan(lake, None, "entities", ["entities"], publish=complete)
    if not complete and not full:
        plan.publish = None
        return plan
    replacing = [b for b in complete if "entity_facts" in lake.replaced(b)]
    base: Rows = [] if full or replacing else lake.read("entities", None).to_pylist()
    facts: Rows = []
    if not base:
        skip = ", ".join(sql_string(b) for b in replacing) or "NULL"
        facts += lake.read("entity_facts", None, where=f"batch NOT IN ({skip})").to_pylist()
    for key in complete:
        facts += lake.read("entity_facts", key, staged_only=True).to_pylist()
    counts = {r["entity_id"]: r["article_count"] for r in base}
    articles: dict[str, set[str]] = {}
    for f in facts:
        articles.setdefault(f["entity_id"], set()).add(f["article_id"])
    # Published rows keep their attributes, as they did when first merged.
    rows = [
        r | {"article_count": counts.get(r["entity_id"], 0) + len(articles.get(r["entity_id"], ()))}
        for r in merge_entities(facts, published=base)
    ]
    rows.sort(key=lambda r: r["entity_id"])
    plan.add({"entities": _as_table("entities", rows)})
    plan.flush()
    return plan
