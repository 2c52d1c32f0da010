"""The report: self-contained HTML pages of what the warehouse holds.

A page shows a map of the places (country outlines from the ``countryinfo``
package as the basemap, no tile server), a timeline chart, the claims ledger
grouped by kind and side with each claimant's figure side by side, quotes by
speaker and reactions by actor and stance. Every fact links to its evidence, the
sentence that holds it, listed at the end. Charts are Plotly with plotly.js
inlined once: the page needs no network.

Two ways to get pages:

- :func:`update_reports`, what the pipeline's ``report`` asset runs after each
  publish: the page of every batch published since it last ran (the publishes'
  snapshots name their batches) and an index of every batch's page. Its cost is
  that of the new batches, never of the lake.
- :func:`write_report`, what ``newsledger report`` runs: the page of one batch
  or of the whole warehouse, on demand.

Each list on a page is capped (:data:`LIMITS`, the most recent rows by
publication date), and the page says when rows were left out and how to query
them all: a page's size, time and memory stay bounded however large the batch or
the lake. It reads the lake only through the read-only connection and the
contract's tables (``warehouse/report_page.sql``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import html
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger.config import PROJECT_ROOT, Settings

REPORT_SQL = PROJECT_ROOT / "warehouse" / "report_page.sql"
_PRECISION_COLORS = {0: "#888888", 1: "#1b7837", 2: "#e08214", 3: "#b2182b"}
_PRECISION_NAMES = {
    0: "country (reference point)",
    1: "geo precision 1: the place",
    2: "geo precision 2: near / district",
    3: "geo precision 3: region",
}


# Rows a page lists at most, per list: the most recent (by publication date).
LIMITS = {
    "articles": 1_000,
    "places": 500,
    "timeline": 1_000,
    "claims": 2_000,
    "quotes": 2_000,
    "reactions": 1_000,
}
# Pages whose rows link to a sentence: the evidence list holds those sentences only.
_LINKED = ("places", "timeline", "claims", "quotes", "reactions")
STATE_FILE = "index.json"


@dataclass(frozen=True)
class ReportResult:
    path: Path
    # Rows on the page, per list, and rows there are (the page lists at most LIMITS).
    counts: dict[str, int]
    totals: dict[str, int]


@dataclass(frozen=True)
class BatchReports:
    """What :func:`update_reports` did: the index, and the batch pages it wrote."""

    index: Path
    pages: dict[str, ReportResult]
    batches: int
    snapshot: int


@dataclass
class PageData:
    rows: dict[str, list[dict]]
    totals: dict[str, int]


def _rows(con, sql: str, params: dict) -> list[dict]:
    rel = con.execute(sql, {k: v for k, v in params.items() if f"${k}" in sql})
    cols = [d[0] for d in rel.description]
    return [dict(zip(cols, r, strict=True)) for r in rel.fetchall()]


def _linked(data: dict[str, list[dict]]) -> set[str]:
    return {r["sentence_id"] for name in _LINKED for r in data[name] if r.get("sentence_id")}


def _load(con, batch: str | None, limits: dict[str, int]) -> PageData:
    from newsledger.warehouse import load_named

    pages = load_named(REPORT_SQL, "page")
    totals_sql = load_named(REPORT_SQL, "total")
    rows = {n: _rows(con, q, {"batch": batch, "limit": limits[n]}) for n, q in pages.items()}
    totals = {n: con.execute(q, {"batch": batch}).fetchone()[0] for n, q in totals_sql.items()}
    evidence = load_named(REPORT_SQL, "evidence")["sentences"]
    rows["sentences"] = _rows(con, evidence, {"batch": batch, "ids": sorted(_linked(rows))})
    return PageData(rows, totals)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _ev(sentence_id: str | None, label: str = "evidence") -> str:
    if not sentence_id:
        return ""
    return f'<a class="ev" href="#{_e(sentence_id)}">{_e(label)}</a>'


def _figure(quantity_min, quantity_max, approx: bool, unit: str | None) -> str:
    def n(x: float) -> str:
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    if quantity_min is not None and quantity_max is not None:
        text = (
            n(quantity_min)
            if quantity_min == quantity_max
            else f"{n(quantity_min)}–{n(quantity_max)}"
        )
    elif quantity_min is not None:
        text = f"at least {n(quantity_min)}"
    elif quantity_max is not None:
        text = f"up to {n(quantity_max)}"
    else:
        text = "some"
    return ("about " if approx else "") + text + (f" {unit}" if unit else "")


def _outlines(codes: set[str]) -> list[tuple[list[float | None], list[float | None]]]:
    """Country outlines as (lons, lats) line lists, from countryinfo's GeoJSON."""
    import pycountry
    from countryinfo import CountryInfo

    shapes = []
    for code in sorted(c for c in codes if c):
        country = pycountry.countries.get(alpha_3=code)
        if country is None:
            continue
        try:
            geo = CountryInfo(country.name).geo_json()
        except (KeyError, AttributeError, ValueError):
            continue
        for feature in geo.get("features", []):
            geom = feature["geometry"]
            polygons = (
                geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
            )
            lons: list[float | None] = []
            lats: list[float | None] = []
            for polygon in polygons:
                for ring in polygon:
                    lons += [p[0] for p in ring] + [None]
                    lats += [p[1] for p in ring] + [None]
            shapes.append((lons, lats))
    return shapes


def _plot(traces: list[dict], layout: dict, div_id: str) -> str:
    """A Plotly chart as an HTML div, from plain dicts. Not through
    ``plotly.graph_objects``: those validate and copy every value of every trace,
    which on a lake of 10,000 articles took seconds; the figure is the same JSON
    (with plotly's default template, as a Figure would have)."""
    import plotly.io as pio

    template = pio.templates[pio.templates.default].to_plotly_json()
    fig = {"data": traces, "layout": {"template": template, **layout}}
    return pio.to_html(
        fig,
        validate=False,
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        config=_CONFIG,
    )


def _map(places: list[dict]) -> str:
    if not places:
        return "<p class='empty'>No place with coordinates.</p>"
    traces: list[dict] = []
    for lons, lats in _outlines({p["country_code"] for p in places if p["country_code"]}):
        traces.append(
            {
                "type": "scatter",
                "x": lons,
                "y": lats,
                "mode": "lines",
                "fill": "toself",
                "fillcolor": "#eeeeee",
                "line": {"color": "#999999", "width": 1},
                "hoverinfo": "skip",
                "showlegend": False,
            }
        )

    # Countries at their reference point, places by ACLED geo precision.
    def level(p: dict) -> int:
        return 0 if p["entity_type"] == "COUNTRY" else p["geo_precision"] or 3

    for precision in sorted({level(p) for p in places}):
        group = [p for p in places if level(p) == precision]
        traces.append(
            {
                "type": "scatter",
                "x": [p["longitude"] for p in group],
                "y": [p["latitude"] for p in group],
                "mode": "markers+text",
                "text": [p["canonical_name"] for p in group],
                "textposition": "top center",
                "marker": {
                    "size": [8 + 2 * min(p["mentions"], 10) for p in group],
                    "color": _PRECISION_COLORS.get(precision, "#555555"),
                },
                "name": _PRECISION_NAMES.get(precision, str(precision)),
                "hovertext": [
                    f"{p['canonical_name']} ({p['place_kind'] or 'place'}, {p['country_code'] or '?'}),"
                    f" {p['mentions']} mention(s)"
                    for p in group
                ],
                "hoverinfo": "text",
            }
        )
    layout = {
        "height": 520,
        "margin": {"l": 30, "r": 10, "t": 10, "b": 30},
        "yaxis": {"scaleanchor": "x", "title": {"text": "latitude"}},
        "xaxis": {"title": {"text": "longitude"}},
        "plot_bgcolor": "#dbe9f6",
        "legend": {"orientation": "h"},
    }
    return _plot(traces, layout, "map")


def _timeline(events: list[dict]) -> str:
    if not events:
        return "<p class='empty'>No dated event.</p>"
    traces: list[dict] = []
    by_precision = defaultdict(list)
    for e in events:
        by_precision[e["precision"]].append(e)
    for precision, group in sorted(by_precision.items()):
        traces.append(
            {
                "type": "scatter",
                "x": [e["date_start"].isoformat() for e in group],
                "y": [(e["headline"] or "")[:40] for e in group],
                "mode": "markers",
                "name": precision,
                "marker": {"size": 11},
                "error_x": {
                    "type": "data",
                    "symmetric": False,
                    "array": [(e["date_end"] - e["date_start"]).days * 86_400_000 for e in group],
                    "arrayminus": [0] * len(group),
                    "width": 0,
                },
                "hovertext": [f"{e['text_date']}: {(e['description'] or '')[:120]}" for e in group],
                "hoverinfo": "text",
            }
        )
    layout = {
        "height": 320 + 20 * len({e["headline"] for e in events}),
        "margin": {"l": 10, "r": 10, "t": 10, "b": 30},
        "xaxis": {
            "type": "date",
            "title": {"text": "date (a bar spans a month, a year, a decade)"},
        },
        "legend": {"title": {"text": "precision"}},
    }
    return _plot(traces, layout, "timeline")


_CONFIG = {"displaylogo": False, "responsive": True}


def _ledger(claims: list[dict]) -> str:
    if not claims:
        return "<p class='empty'>No claim.</p>"
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in claims:
        groups[(c["claim_kind"], c["side_name"] or "side not stated")].append(c)
    claimants = sorted({c["claimant"] for c in claims})
    out = []
    for (kind, side), rows in groups.items():
        by_claimant: dict[str, list[str]] = defaultdict(list)
        for c in rows:
            figure = _figure(c["quantity_min"], c["quantity_max"], c["is_approximate"], c["unit"])
            places = f" ({_e(c['places'])})" if c["places"] else ""
            dispute = (
                f' <span class="dispute">disputes <a href="#{_e(c["disputes_claim_id"])}">a claim</a></span>'
                if c["disputes_claim_id"]
                else ""
            )
            by_claimant[c["claimant"]].append(
                f'<span class="claim" id="{_e(c["claim_id"])}">{_e(figure)}{places} '
                f"{_ev(c['sentence_id'])}{dispute}</span>"
            )
        present = [n for n in claimants if n in by_claimant]
        head = "".join(f"<th>{_e(n)}</th>" for n in present)
        cells = "".join(f"<td>{'<br>'.join(by_claimant[n])}</td>" for n in present)
        out.append(
            f"<h3>{_e(kind.replace('_', ' '))} — {_e(side)}</h3>"
            f"<table class='ledger'><tr>{head}</tr><tr>{cells}</tr></table>"
        )
    return "\n".join(out)


def _quotes(quotes: list[dict]) -> str:
    if not quotes:
        return "<p class='empty'>No quote.</p>"
    by_speaker: dict[str, list[dict]] = defaultdict(list)
    for q in quotes:
        by_speaker[q["speaker"]].append(q)
    out = []
    for speaker in sorted(by_speaker, key=lambda s: (-len(by_speaker[s]), s)):
        items = "".join(
            f"<li id='{_e(q['quote_id'])}'>“{_e(q['text'])}” <span class='cue'>{_e(q['cue'])}</span> "
            f"{_ev(q['sentence_id'])}</li>"
            for q in by_speaker[speaker]
        )
        out.append(
            f"<h3>{_e(speaker)} ({len(by_speaker[speaker])})</h3><ul class='quotes'>{items}</ul>"
        )
    return "\n".join(out)


def _reactions(reactions: list[dict]) -> str:
    if not reactions:
        return "<p class='empty'>No reaction.</p>"
    stances = sorted({r["stance"] for r in reactions})
    actors = sorted({r["actor"] for r in reactions})
    cell: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in reactions:
        cell[(r["actor"], r["stance"])].append(r)
    head = "".join(f"<th>{_e(s.replace('_', ' '))}</th>" for s in stances)
    rows = []
    for actor in actors:
        tds = []
        for stance in stances:
            items = [
                f"<span id='{_e(r['reaction_id'])}'>{_e(r['target'] or '—')} {_ev(r['sentence_id'])}</span>"
                for r in cell.get((actor, stance), [])
            ]
            tds.append(f"<td>{'<br>'.join(items)}</td>")
        rows.append(f"<tr><th>{_e(actor)}</th>{''.join(tds)}</tr>")
    return f"<table class='reactions'><tr><th>actor</th>{head}</tr>{''.join(rows)}</table>"


def _evidence(sentences: list[dict], used: set[str]) -> str:
    items = "".join(
        f"<li id='{_e(s['sentence_id'])}'>{_e(s['text'])} "
        f"<span class='src'>— {_e(s['headline'])}, {_e(s['published_date'])}</span></li>"
        for s in sentences
        if s["sentence_id"] in used
    )
    return f"<ol class='evidence'>{items}</ol>"


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{margin-bottom:0}h2{border-bottom:1px solid #ccc;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
a.ev{font-size:.8em;color:#2166ac}.dispute{color:#b2182b;font-size:.85em}.cue,.src{color:#777;font-size:.85em}
.evidence li:target,.claim:target,li:target{background:#ffef99}.empty,.capped{color:#777}
"""


def _capped(name: str, data: PageData, batch: str | None) -> str:
    """A note under a list that left rows out: how many, and how to read them all."""
    shown, total = len(data.rows[name]), data.totals.get(name, 0)
    if total <= shown:
        return ""
    table = {"places": "mentions"}.get(name, name)
    where = f" WHERE batch = '{batch.replace(chr(39), chr(39) * 2)}'" if batch else ""
    return (
        f"<p class='capped'>{shown:,} of {total:,} shown (the most recent); all of them: "
        f'<code>newsledger sql "SELECT * FROM {table}{_e(where)}"</code></p>'
    )


def _parts(data: PageData, batch: str | None = None) -> Iterator[str]:
    """The page in pieces, in order, written one by one."""
    from plotly.offline import get_plotlyjs

    rows = data.rows
    used = _linked(rows)
    articles = "".join(
        f"<li>{_e(a['headline'])} — {_e(a['author'] or 'no author')}, {_e(a['published_date'])}"
        f"{', ' + _e(a['site_name']) if a['site_name'] else ''}</li>"
        for a in rows["articles"]
    )
    scope = f"batch {batch}" if batch else "all batches"
    counts = {k: len(v) for k, v in rows.items() if k != "sentences"}
    totals = data.totals
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    yield f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>newsledger report — {_e(scope)}</title>
<style>{_STYLE}</style>
<script>{get_plotlyjs()}</script>
</head><body>
<h1>newsledger report</h1>
<p>{_e(scope)}, made {stamp}: {totals["articles"]:,} article(s), {totals["places"]:,} place(s)
on the map, {totals["timeline"]:,} dated event(s), {totals["claims"]:,} claim(s),
{totals["quotes"]:,} quote(s), {totals["reactions"]:,} reaction(s).</p>
<script type="application/json" id="counts">{json.dumps(counts)}</script>
<script type="application/json" id="totals">{json.dumps(totals)}</script>
<h2 id="articles">Articles</h2>{_capped("articles", data, batch)}<ul>"""
    yield articles
    yield f"""</ul>
<h2 id="places">Places</h2>
<p>Country outlines from the countryinfo package; colour is the geo precision.</p>
{_capped("places", data, batch)}"""
    yield _map(rows["places"])
    yield f'\n<h2 id="timeline-h">Timeline</h2>{_capped("timeline", data, batch)}'
    yield _timeline(rows["timeline"])
    yield f"""
<h2 id="claims">Claims ledger</h2>
<p>Grouped by kind and by the side whose loss or gain it is; one column per claimant.</p>
{_capped("claims", data, batch)}"""
    yield _ledger(rows["claims"])
    yield f'\n<h2 id="quotes">Quotes by speaker</h2>{_capped("quotes", data, batch)}'
    yield _quotes(rows["quotes"])
    yield f'\n<h2 id="reactions">Reactions by actor and stance</h2>{_capped("reactions", data, batch)}'
    yield _reactions(rows["reactions"])
    yield '\n<h2 id="evidence">Evidence</h2>'
    yield _evidence(rows["sentences"], used)
    yield "\n</body></html>\n"


def _write(path: Path, parts: Iterator[str]) -> None:
    """Write the page beside its place, then move it there: a reader never opens half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for part in parts:
            f.write(part)
    tmp.replace(path)


def _page(con, output: Path, batch: str | None, limits: dict[str, int] | None) -> ReportResult:
    data = _load(con, batch, {**LIMITS, **(limits or {})})
    _write(Path(output), _parts(data, batch))
    counts = {k: len(v) for k, v in data.rows.items() if k != "sentences"}
    return ReportResult(Path(output), counts, data.totals)


def write_report(
    settings: Settings,
    output: Path,
    batch: str | None = None,
    limits: dict[str, int] | None = None,
) -> ReportResult:
    """Write the page of ``batch`` (every batch when None) to ``output``."""
    from newsledger.queries import connect

    con = connect(settings)  # every query of the page reads its one snapshot
    try:
        return _page(con, output, batch, limits)
    finally:
        con.close()


# -- the pipeline's pages: one per batch, and their index ------------------------------


def batch_page(settings: Settings, batch: str) -> Path:
    """Where the ``report`` asset writes the page of ``batch``: its key, when that
    is a safe file name, else the key made safe plus a hash of it (no two batches
    share a file)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", batch)
    if safe != batch or safe.startswith("."):
        safe += "-" + hashlib.sha256(batch.encode()).hexdigest()[:8]
    return settings.reports_dir / f"batch-{safe}.html"


def _published_since(con, since: int | None) -> list[str] | None:
    """The batches the publishes after snapshot ``since`` installed, oldest first;
    None when that cannot be told (no report yet, or snapshots since expired)."""
    if since is None:
        return None
    oldest = con.execute("SELECT min(snapshot_id) FROM newsledger.snapshots()").fetchone()[0]
    if oldest is None or oldest > since + 1:
        return None
    infos = con.execute(
        "SELECT commit_extra_info FROM newsledger.snapshots() "
        "WHERE commit_message = 'publish' AND snapshot_id > ? ORDER BY snapshot_id",
        [since],
    ).fetchall()
    batches: list[str] = []
    for (info,) in infos:
        batches += json.loads(info or "{}").get("batches", [])
    return list(dict.fromkeys(batches))


def _every_batch(con) -> list[str]:
    rows = con.execute(
        "SELECT batch FROM articles UNION SELECT batch FROM rejected_articles ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows]


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One report update at a time on a folder (two publishes' reports may overlap)."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def update_reports(settings: Settings, limits: dict[str, int] | None = None) -> BatchReports:
    """Write the page of each batch published since the last update, and the index.

    Which batches: those the publish snapshots after the one the last update saw
    name (their commit's extra info). With no record of a last update (the first
    one, or a lake published before pages per batch), or when snapshots since were
    expired, every published batch gets its page: once. A page whose file is
    missing is written again. The index lists every batch's page with its counts,
    from ``index.json`` beside it, so neither costs more as the lake grows.
    """
    from newsledger.lake import PIPELINE_THREADS
    from newsledger.queries import connect

    folder = settings.reports_dir
    with _locked(folder):
        state_path = folder / STATE_FILE
        try:
            state = json.loads(state_path.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            state = {}
        known: dict[str, dict] = state.get("batches", {})
        con = connect(settings, threads=PIPELINE_THREADS)  # the pipeline's report step
        try:
            # connect() reads one snapshot for every query: the pages show the one recorded.
            snapshot = con.execute("SELECT id FROM newsledger.current_snapshot()").fetchone()[0]
            todo = _published_since(con, state.get("snapshot"))
            if todo is None:
                todo = _every_batch(con)
            todo += [
                b for b, e in known.items() if b not in todo and not (folder / e["file"]).exists()
            ]
            pages = {b: _page(con, batch_page(settings, b), b, limits) for b in todo}
        finally:
            con.close()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        for b, page in pages.items():
            known[b] = {"file": page.path.name, "made": stamp, "snapshot": snapshot, **page.totals}
        state = {"snapshot": snapshot, "batches": dict(sorted(known.items()))}
        index = folder / "index.html"
        _write(index, iter([_index(state, settings)]))
        tmp = state_path.with_name(f".{STATE_FILE}.tmp")
        tmp.write_text(json.dumps(state, indent=1))
        tmp.replace(state_path)
    return BatchReports(index, pages, len(known), snapshot)


_INDEX_COLUMNS = ("articles", "claims", "quotes", "reactions", "timeline", "places")


def _index(state: dict, settings: Settings) -> str:
    """The index page: every batch's page, newest batch first, with its counts."""
    head = "".join(f"<th>{c}</th>" for c in _INDEX_COLUMNS)
    rows = "".join(
        f"<tr><td><a href='{_e(e['file'])}'>{_e(b)}</a></td>"
        + "".join(f"<td class='n'>{e.get(c, 0):,}</td>" for c in _INDEX_COLUMNS)
        + f"<td>{_e(e['made'])}</td><td class='n'>{e['snapshot']}</td></tr>"
        for b, e in sorted(state["batches"].items(), reverse=True)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsledger reports</title>
<style>{_STYLE}td.n{{text-align:right}}</style></head><body>
<h1>newsledger reports</h1>
<p>One page per ingest batch, written when the batch is published (snapshot
{state["snapshot"]} is the latest seen). The page of the whole warehouse is made on
demand: <code>newsledger report</code> writes <code>{_e(settings.report_path)}</code>.</p>
<table><tr><th>batch</th>{head}<th>page made</th><th>snapshot</th></tr>{rows}</table>
</body></html>
"""
