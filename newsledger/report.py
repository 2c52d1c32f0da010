"""The report: one self-contained HTML page of what the warehouse holds.

A map of the places (country outlines from the ``countryinfo`` package as the
basemap, no tile server), a timeline chart, the claims ledger grouped by kind
and side with each claimant's figure side by side, quotes by speaker and
reactions by actor and stance. Every fact links to its evidence, the sentence
that holds it, listed at the end. Charts are Plotly with plotly.js inlined
once: the page needs no network.

It reads the lake only through the read-only connection and the contract's
tables (``warehouse/report_page.sql``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
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


@dataclass(frozen=True)
class ReportResult:
    path: Path
    counts: dict[str, int]


# Pages whose rows link to a sentence: the evidence list holds those sentences only.
_LINKED = ("places", "timeline", "claims", "quotes", "reactions")


def _rows(con, sql: str, batch: str | None, keep: set[str] | None = None) -> list[dict]:
    """The query's rows as dicts, fetched in chunks; with ``keep``, only the rows
    whose ``sentence_id`` is in it (a lake's sentences need not all be in memory)."""
    rel = con.execute(sql, {"batch": batch})
    cols = [d[0] for d in rel.description]
    key = cols.index("sentence_id") if keep is not None else -1
    out = []
    while chunk := rel.fetchmany(10_000):
        out += [dict(zip(cols, r, strict=True)) for r in chunk if keep is None or r[key] in keep]
    return out


def _linked(data: dict[str, list[dict]]) -> set[str]:
    return {r["sentence_id"] for name in _LINKED for r in data[name] if r.get("sentence_id")}


def load(settings: Settings, batch: str | None = None) -> dict[str, list[dict]]:
    from newsledger.queries import connect
    from newsledger.warehouse import load_named

    con = connect(settings)
    try:
        pages = load_named(REPORT_SQL, "page")
        data = {n: _rows(con, q, batch) for n, q in pages.items() if n != "sentences"}
        data["sentences"] = _rows(con, pages["sentences"], batch, keep=_linked(data))
        return data
    finally:
        con.close()


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
.evidence li:target,.claim:target,li:target{background:#ffef99}.empty{color:#777}
"""


def render(data: dict[str, list[dict]], batch: str | None = None) -> str:
    """The whole page as one string: styles, data, charts and plotly.js inline."""
    return "".join(_parts(data, batch))


def _parts(data: dict[str, list[dict]], batch: str | None = None) -> Iterator[str]:
    """The page in pieces, in order (written one by one: the page of a large lake
    is tens of MB, and one string of it would be held two or three times)."""
    from plotly.offline import get_plotlyjs

    used = _linked(data)
    articles = "".join(
        f"<li>{_e(a['headline'])} — {_e(a['author'] or 'no author')}, {_e(a['published_date'])}"
        f"{', ' + _e(a['site_name']) if a['site_name'] else ''}</li>"
        for a in data["articles"]
    )
    scope = f"batch {batch}" if batch else "all batches"
    counts = {k: len(v) for k, v in data.items() if k != "sentences"}
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    yield f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>newsledger report — {_e(scope)}</title>
<style>{_STYLE}</style>
<script>{get_plotlyjs()}</script>
</head><body>
<h1>newsledger report</h1>
<p>{_e(scope)}, made {stamp}: {counts["articles"]} article(s), {counts["places"]} place(s)
on the map, {counts["timeline"]} dated event(s), {counts["claims"]} claim(s),
{counts["quotes"]} quote(s), {counts["reactions"]} reaction(s).</p>
<script type="application/json" id="counts">{json.dumps(counts)}</script>
<h2 id="articles">Articles</h2><ul>"""
    yield articles
    yield """</ul>
<h2 id="places">Places</h2>
<p>Country outlines from the countryinfo package; colour is the geo precision.</p>
"""
    yield _map(data["places"])
    yield '\n<h2 id="timeline-h">Timeline</h2>'
    yield _timeline(data["timeline"])
    yield """
<h2 id="claims">Claims ledger</h2>
<p>Grouped by kind and by the side whose loss or gain it is; one column per claimant.</p>
"""
    yield _ledger(data["claims"])
    yield '\n<h2 id="quotes">Quotes by speaker</h2>'
    yield _quotes(data["quotes"])
    yield '\n<h2 id="reactions">Reactions by actor and stance</h2>'
    yield _reactions(data["reactions"])
    yield '\n<h2 id="evidence">Evidence</h2>'
    yield _evidence(data["sentences"], used)
    yield "\n</body></html>\n"


def write_report(settings: Settings, output: Path, batch: str | None = None) -> ReportResult:
    """Write the report for ``batch`` (every batch when None) to ``output``."""
    data = load(settings, batch)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for part in _parts(data, batch):
            f.write(part)
    tmp.replace(output)
    return ReportResult(output, {k: len(v) for k, v in data.items() if k != "sentences"})
