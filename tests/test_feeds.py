"""Feeds and polite fetching, against a local HTTP server on 127.0.0.1.

The server serves a robots.txt, an RSS and an Atom feed, and pages: a good one,
a slow one, a 404, a 500, a redirect loop and one robots.txt disallows. The
content is invented.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import dagster as dg
import pytest

from newsledger.config import DEFAULT_MAX_BYTES, PROJECT_ROOT
from newsledger.feeds import Fetcher, FetchPolicy, parse_feed, poll_feeds
from newsledger.lake import Lake
from newsledger.stages import plan_articles, plan_raw
from newsledger.warehouse import connect_readonly

PAGE = (PROJECT_ROOT / "tests" / "data" / "pages" / "news_cookie_banner.html").read_bytes()
SLOW_S = 1.5
# Fast and still polite: the same rules, shorter waits.
POLICY = {"timeout": 0.5, "retries": 2, "backoff": 0.05, "min_interval": 0.1}
FULL_CONTENT = (
    "<p>Negotiators from both sides met in the border town of Varosh on Monday and agreed "
    "to extend the ceasefire by thirty days, the mediators said in a statement.</p>"
    "<p>The head of the mediation team, Irene Kalb, said prisoner exchanges would begin "
    'next week. "Both delegations kept their word," she said.</p>'
    "<p>Fighting along the river had killed at least 40 people since January, according "
    "to a local monitoring group.</p>"
)


def _rss(base: str, extra: str = "") -> bytes:
    def link_item(title: str, path: str) -> str:
        return (
            f"<item><title>{title}</title><link>{base}{path}</link>"
            f"<guid>{base}{path}</guid><pubDate>Tue, 12 Mar 2019 09:00:00 GMT</pubDate></item>"
        )

    items = [
        "<item><title>Ceasefire extended by thirty days</title>"
        f"<link>{base}/news/ceasefire-extended</link><guid>ceasefire-extended</guid>"
        "<dc:creator>Petra Lind</dc:creator>"
        "<pubDate>Mon, 11 Mar 2019 18:30:00 GMT</pubDate>"
        f"<content:encoded><![CDATA[{FULL_CONTENT}]]></content:encoded></item>",
        link_item("Shelling resumes", "/pages/ok.html"),
        link_item("A slow page", "/slow.html"),
        link_item("A missing page", "/missing.html"),
        link_item("A broken server", "/error.html"),
        link_item("Round and round", "/loop"),
        link_item("Not for robots", "/private/secret.html"),
    ]
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Riverside Monitor</title><link>{base}/</link><description>News</description>"
        + "".join(items)
        + extra
        + "</channel></rss>"
    ).encode()


ATOM = (
    b'<?xml version="1.0" encoding="utf-8"?>\n'
    b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Country Wire</title>'
    b"<id>urn:hill-country-wire</id><updated>2020-05-04T10:00:00Z</updated>"
    b"<entry><title>Landslide cuts the road to Orvik</title><id>urn:orvik-road</id>"
    b"<updated>2020-05-04T10:00:00Z</updated><published>2020-05-04T08:00:00Z</published>"
    b"<author><name>Sami Holt</name></author>"
    b"<link href='https://hill-country-wire.example/orvik-road'/>"
    b'<content type="html"><![CDATA[<p>A landslide cut the only road to the mountain town '
    b"of Orvik on Sunday after three days of heavy rain, the regional council said.</p>"
    b"<p>The council said about 600 residents were without electricity and that engineers "
    b"would need a week to clear the road. No one was hurt, it said.</p>"
    b"<p>Helicopters flew in food and fuel on Monday, a spokesman for the council said.</p>"
    b"]]></content></entry></feed>"
)


class Site:
    """The local server's state: what it serves and every request it got."""

    def __init__(self) -> None:
        self.requests: list[tuple[float, str, str]] = []  # (time, path, user agent)
        self.extra_items = ""
        self.base = ""

    def hits(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)


@pytest.fixture(scope="module")
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def send(self, code: int, body: bytes = b"", ctype: str = "text/html", **headers):
            try:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client timed out
                pass

        def do_GET(self):
            state.requests.append((time.monotonic(), self.path, self.headers["User-Agent"]))
            path = self.path
            if path == "/robots.txt":
                self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/feed.rss":
                self.send(200, _rss(state.base, state.extra_items), "application/rss+xml")
            elif path == "/atom.xml":
                self.send(200, ATOM, "application/atom+xml")
            elif path in ("/pages/ok.html", "/pages/new.html", "/private/secret.html"):
                self.send(200, PAGE)
            elif path == "/slow.html":
                time.sleep(SLOW_S)
                self.send(200, PAGE)
            elif path == "/error.html":
                self.send(500, b"internal error")
            elif path == "/loop":
                self.send(302, Location="/loop2")
            elif path == "/loop2":
                self.send(302, Location="/loop")
            else:
                self.send(404, b"not found")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def polite(monkeypatch):
    for key, value in POLICY.items():
        env = {"min_interval": "NEWSLEDGER_FETCH_INTERVAL"}.get(
            key, f"NEWSLEDGER_FETCH_{key.upper()}"
        )
        monkeypatch.setenv(env, str(value))


def test_fetching_is_polite(site):
    fetcher = Fetcher(FetchPolicy(**POLICY))
    site.requests.clear()
    ok = fetcher.fetch(site.base + "/pages/ok.html")
    assert ok.data == PAGE and ok.error is None
    assert all("newsledger" in ua for _, _, ua in site.requests)
    # robots.txt: read once per host, and obeyed.
    denied = fetcher.fetch(site.base + "/private/secret.html")
    assert denied.error.startswith("robots_disallowed:")
    assert site.hits("/private/secret.html") == 0
    # A 404 is final; a 500 is retried with backoff, then recorded.
    assert fetcher.fetch(site.base + "/missing.html").error.startswith("fetch_failed: HTTP 404")
    assert site.hits("/missing.html") == 1
    failed = fetcher.fetch(site.base + "/error.html")
    assert failed.error.startswith("fetch_failed: HTTP 500") and "3 attempt(s)" in failed.error
    assert site.hits("/error.html") == 3
    # A slow page times out, each attempt.
    started = time.monotonic()
    slow = fetcher.fetch(site.base + "/slow.html")
    assert slow.error.startswith("fetch_failed: timed out") and site.hits("/slow.html") == 3
    assert time.monotonic() - started < 3 * SLOW_S
    # A redirect loop ends.
    assert "redirect loop" in fetcher.fetch(site.base + "/loop").error
    assert site.hits("/robots.txt") == 1
    # One host, one request at a time, min_interval apart.
    times = [t for t, _, _ in site.requests]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= POLICY["min_interval"] * 0.75  # server-side clock: some jitter


def _ingest(lake_root: Path, paths: list, **kw) -> tuple[dict, dict]:
    lake = Lake.local(lake_root)
    plan_raw(lake, "b", paths, DEFAULT_MAX_BYTES, **kw).commit()
    plan_articles(lake, "b", DEFAULT_MAX_BYTES).commit()
    arts = {a["headline"]: a for a in lake.read("articles", "b").to_pylist()}
    rej = {r["source_path"]: r for r in lake.read("rejected_articles", "b").to_pylist()}
    return arts, rej


def test_a_feed_file_expands_to_one_article_per_entry(site, polite, tmp_path):
    feed = tmp_path / "in" / "monitor.rss"
    feed.parent.mkdir()
    feed.write_bytes(_rss(site.base))
    arts, rej = _ingest(tmp_path / "lake", [feed.parent])
    # The full-content entry directly, with the entry's metadata; the link-only entry
    # through its fetched page, with the page's.
    full = arts["Ceasefire extended by thirty days"]
    assert full["author"] == "Petra Lind" and str(full["published_date"]) == "2019-03-11"
    assert full["site_name"] == "Riverside Monitor"
    assert full["source_url"] == site.base + "/news/ceasefire-extended"
    assert "Irene Kalb" in full["text"] and "<p>" not in full["text"]
    page = arts["Shelling resumes near Kelbaran as talks stall"]
    assert page["author"] == "Mara Ilves" and "cookies" not in page["text"]
    assert len(arts) == 2
    reasons = {p.rsplit("#", 1)[0]: (r["reason"], r["detail"]) for p, r in rej.items()}
    assert set(reasons) == {str(feed)}
    got = sorted((r["reason"], r["detail"].split(" for ")[0]) for r in rej.values())
    assert got == [
        ("fetch_failed", "HTTP 404 Not Found"),
        ("fetch_failed", "HTTP 500 Internal Server Error"),
        ("fetch_failed", f"redirect loop at {site.base}/loop"),
        ("fetch_failed", "timed out"),
        ("robots_disallowed", f"robots.txt disallows {site.base}/private/secret.html"),
    ]


def test_an_atom_file_with_full_content(tmp_path):
    feed = tmp_path / "wire.atom"
    feed.write_bytes(ATOM)
    arts, rej = _ingest(tmp_path / "lake", [feed])
    [art] = arts.values()
    assert not rej
    assert art["headline"] == "Landslide cuts the road to Orvik"
    assert art["author"] == "Sami Holt" and str(art["published_date"]) == "2020-05-04"
    assert art["source_url"] == "https://hill-country-wire.example/orvik-road"
    assert "600 residents" in art["text"]


def test_feed_sensor_takes_each_entry_once(site, polite, tmp_path, monkeypatch):
    from pipelines.sensors import feed_sensor

    config = tmp_path / "feeds.yaml"
    config.write_text(
        json.dumps({"feeds": [site.base + "/feed.rss", site.base + "/atom.xml"], "fetch": POLICY})
    )
    monkeypatch.setenv("NEWSLEDGER_FEEDS", str(config))
    monkeypatch.setenv("NEWSLEDGER_FEED_SPOOL", str(tmp_path / "spool"))
    site.extra_items = ""

    def tick(cursor=None):
        with dg.instance_for_test() as instance:
            return feed_sensor(dg.build_sensor_context(instance=instance, cursor=cursor))

    first = tick()
    [request] = first.run_requests
    config_ = request.run_config["ops"]["raw_articles"]["config"]
    assert len(config_["feed_entries"]) == 8 and len(config_["paths"]) == 2
    assert all(Path(p).parent == tmp_path / "spool" for p in config_["paths"])
    # The same feeds again: nothing to do.
    second = tick(first.cursor)
    assert not second.run_requests and second.skip_reason
    # One more entry: only it.
    site.extra_items = (
        f"<item><title>New</title><link>{site.base}/pages/new.html</link>"
        f"<guid>{site.base}/pages/new.html</guid></item>"
    )
    third = tick(second.cursor)
    [request3] = third.run_requests
    config3 = request3.run_config["ops"]["raw_articles"]["config"]
    assert len(config3["feed_entries"]) == 1 and request3.run_key != request.run_key
    # The runs read the spooled copies: the first takes 8 entries, the second just one.
    lake = tmp_path / "lake"
    arts, rej = _ingest(lake, config_["paths"], feed_entries=config_["feed_entries"])
    assert len(arts) + len(rej) == 8
    before = len(arts) + len(rej)
    arts, rej = _ingest(lake, config3["paths"], feed_entries=config3["feed_entries"])
    assert len(arts) + len(rej) == before + 1
    # (its page is the same as an earlier entry's)
    [new_key] = config3["feed_entries"]
    assert [r["reason"] for p, r in rej.items() if p.endswith(new_key)] == ["duplicate"]
    site.extra_items = ""


def test_a_feed_that_cannot_be_fetched_is_a_rejected_row(site, polite, tmp_path):
    config = tmp_path / "feeds.yaml"
    config.write_text(json.dumps({"feeds": [site.base + "/gone.rss"], "fetch": POLICY}))
    poll = poll_feeds(config, tmp_path / "spool", {})
    assert poll.failed == [site.base + "/gone.rss"] and not poll.entries
    arts, rej = _ingest(tmp_path / "lake", poll.files)
    assert not arts
    [row] = rej.values()
    assert row["source_path"] == site.base + "/gone.rss"
    assert row["reason"] == "fetch_failed" and "HTTP 404" in row["detail"]


def test_entry_keys_are_stable_and_change_with_the_content(site):
    a, _ = parse_feed(_rss(site.base))
    b, _ = parse_feed(_rss(site.base))
    assert [e.key for e in a] == [e.key for e in b] and len({e.key for e in a}) == 7
    changed, _ = parse_feed(_rss(site.base).replace(b"on Monday and", b"on Tuesday and"))
    # The same entry (key prefix: its id) with new content: taken again.
    assert changed[0].key != a[0].key and changed[0].key[:12] == a[0].key[:12]
    assert [e.key for e in changed[1:]] == [e.key for e in a[1:]]
    assert not parse_feed(b"<html>not a feed</html>")[0]


@pytest.mark.slow
def test_a_feed_file_through_newsledger_run(site, polite, settings, tmp_path):
    from newsledger.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "monitor.rss").write_bytes(_rss(site.base))
    (folder / "wire.atom").write_bytes(ATOM)
    assert main(["run", "--quiet", "--batch", "feeds", str(folder)]) == 0
    with connect_readonly(settings) as con:
        arts = con.execute("SELECT headline, author, published_date FROM articles").fetchall()
        rej = con.execute("SELECT reason FROM rejected_articles").fetchall()
    assert len(arts) == 3 and all(h and d for h, _, d in arts)
    assert sorted(r for (r,) in rej) == ["fetch_failed"] * 4 + ["robots_disallowed"]
    print(f"\nfeeds: 2 files, {len(arts)} articles, {len(rej)} fetch failures recorded")
