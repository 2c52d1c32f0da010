"""Feeds: RSS and Atom files and feed URLs, one article per entry, fetched politely.

``feedparser`` reads the feed. An entry that carries its full content becomes a
small HTML document of its own (title, author, date, link and site as
metadata, the content as body), so the web page reader handles it like any
page. An entry with only a link has its page fetched.

Fetching is polite: a User-Agent that names newsledger, robots.txt obeyed
(``urllib.robotparser``), at most one request per host every
``min_interval`` seconds, a timeout on every request, and retries with
exponential backoff on timeouts, connection errors, 429 and 5xx answers. A
fetch that fails is a raw row with an error (``fetch_failed`` or
``robots_disallowed``), which becomes a ``rejected_articles`` row.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsledger")
    except PackageNotFoundError:
        return "0"


USER_AGENT = f"newsledger/{_version()} (news article ingest; obeys robots.txt)"
FEED_SUFFIXES = (".rss", ".atom", ".rdf")
# An XML document whose root is a feed, whatever its file name says.
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.S)
_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchPolicy:
    """How politely to fetch; from the feeds config file, else the environment."""

    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    min_interval: float = 1.0  # seconds between two requests to one host
    max_bytes: int = 5_000_000
    user_agent: str = USER_AGENT

    @classmethod
    def from_env(cls, **settings: object) -> FetchPolicy:
        env = os.environ
        values: dict[str, object] = {
            "timeout": float(env.get("NEWSLEDGER_FETCH_TIMEOUT", cls.timeout)),
            "retries": int(env.get("NEWSLEDGER_FETCH_RETRIES", cls.retries)),
            "backoff": float(env.get("NEWSLEDGER_FETCH_BACKOFF", cls.backoff)),
            "min_interval": float(env.get("NEWSLEDGER_FETCH_INTERVAL", cls.min_interval)),
        }
        return cls(**(values | settings))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes | None = None
    status: int | None = None
    error: str | None = None  # "fetch_failed: ..." or "robots_disallowed: ..."


@dataclass
class Fetcher:
    """One polite HTTP client: robots.txt per host, a rate limit per host."""

    policy: FetchPolicy = field(default_factory=FetchPolicy.from_env)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    requests: int = 0

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            wait = self._last.get(host, 0.0) + self.policy.min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()

    def _open(self, url: str) -> tuple[int, bytes]:
        host = urllib.parse.urlsplit(url).netloc
        self._wait_turn(host)
        self.requests += 1
        request = urllib.request.Request(url, headers={"User-Agent": self.policy.user_agent})
        with self._opener().open(request, timeout=self.policy.timeout) as response:
            data = response.read(self.policy.max_bytes + 1)
            if len(data) > self.policy.max_bytes:
                raise ValueError(f"more than {self.policy.max_bytes} bytes")
            return response.status, data

    def _opener(self) -> urllib.request.OpenerDirector:
        fetcher = self

        class Redirects(urllib.request.HTTPRedirectHandler):
            # Each hop is a request of its own: it waits its turn, and a loop ends soon.
            max_redirections = 5

            def redirect_request(self, req, fp, code, msg, headers, newurl):
                fetcher._wait_turn(urllib.parse.urlsplit(newurl).netloc)
                fetcher.requests += 1
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        return urllib.request.build_opener(Redirects)

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = None
            try:
                _, data = self._open(root + "/robots.txt")
                parser = urllib.robotparser.RobotFileParser(root + "/robots.txt")
                parser.parse(data.decode("utf-8", "replace").splitlines())
            except urllib.error.HTTPError as exc:
                # No robots.txt (4xx) allows everything; a server error, nothing (RFC 9309).
                if exc.code >= 500:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.disallow_all = True
            except (OSError, ValueError):  # unreachable: nothing is allowed
                parser = urllib.robotparser.RobotFileParser()
                parser.disallow_all = True
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(self.policy.user_agent, url)

    def fetch(self, url: str) -> Fetched:
        """The body at ``url``, or why there is none. Never raises."""
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            return Fetched(url, error=f"fetch_failed: {url} is not an http(s) URL")
        if not self.allowed(url):
            return Fetched(url, error=f"robots_disallowed: robots.txt disallows {url}")
        problem = ""
        for attempt in range(self.policy.retries + 1):
            if attempt:
                time.sleep(self.policy.backoff * 2 ** (attempt - 1))
            try:
                status, data = self._open(url)
                return Fetched(url, data=data, status=status)
            except urllib.error.HTTPError as exc:
                if 300 <= exc.code < 400:  # urllib gave up following redirects
                    return Fetched(
                        url, status=exc.code, error=f"fetch_failed: redirect loop at {url}"
                    )
                problem = f"HTTP {exc.code} {exc.reason}"
                if exc.code not in _RETRY_STATUS:
                    return Fetched(url, status=exc.code, error=f"fetch_failed: {problem} for {url}")
            except (TimeoutError, urllib.error.URLError, ConnectionError) as exc:
                reason = getattr(exc, "reason", exc)
                problem = "timed out" if isinstance(reason, TimeoutError) else str(reason)
            except (OSError, ValueError) as exc:
                return Fetched(url, error=f"fetch_failed: {exc} for {url}")
        tries = self.policy.retries + 1
        return Fetched(url, error=f"fetch_failed: {problem} for {url}, {tries} attempt(s)")


@dataclass(frozen=True)
class Entry:
    key: str  # stable: the entry's id (or link), and a hash of what it says
    title: str | None
    link: str | None
    author: str | None
    published: str | None  # ISO date
    content: str | None  # full content (HTML), when the feed carries it
    site_name: str | None


def is_feed(path: str, data: bytes) -> bool:
    return PurePath(path).suffix.lower() in FEED_SUFFIXES or bool(_FEED_START.match(data[:2048]))


def is_feed_config(path: str, data: bytes) -> bool:
    """A YAML file listing feed URLs under ``feeds:``."""
    return PurePath(path).suffix.lower() in (".yaml", ".yml") and b"feeds:" in data


def feed_config(data: bytes) -> tuple[list[str], FetchPolicy]:
    """Feed URLs and fetch settings from a config file::

    feeds: [https://example.org/rss.xml, ...]
    fetch: {timeout: 10, retries: 3, min_interval: 1}
    """
    import yaml

    from newsledger.config import SafeLoader

    doc = yaml.load(data, Loader=SafeLoader) or {}  # noqa: S506 - safe, libyaml's parser
    urls = [str(u) for u in doc.get("feeds") or []]
    settings = {k: v for k, v in (doc.get("fetch") or {}).items() if k in _POLICY_FIELDS}
    return urls, FetchPolicy.from_env(**settings)


_POLICY_FIELDS = {"timeout", "retries", "backoff", "min_interval", "max_bytes", "user_agent"}


def _content(entry: dict) -> str | None:
    best = ""
    for item in entry.get("content") or []:
        if len(item.get("value", "")) > len(best):
            best = item["value"]
    summary = entry.get("summary") or ""
    # A summary is a teaser; only a long one stands for the article.
    if not best and len(re.sub(r"<[^>]+>", "", summary).split()) >= 60:
        best = summary
    return best or None


def _date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def parse_feed(data: bytes, base_url: str | None = None) -> tuple[list[Entry], str | None]:
    """The feed's entries, and a problem when it is no feed at all."""
    import feedparser

    # No base URL for feedparser: it would resolve relative ids too, and an entry's key
    # must not depend on where the feed was read from (a URL, or its spooled copy).
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        return [], f"no entries{f' ({problem})' if problem else ''}"
    site = (parsed.feed.get("title") or "").strip() or None
    entries = []
    for e in parsed.entries:
        link = urllib.parse.urljoin(base_url or "", e["link"]) if e.get("link") else None
        content = _content(e)
        ident = e.get("id") or link or e.get("title") or ""
        digest = hashlib.sha256(
            "\x00".join([ident, e.get("title") or "", content or "", e.get("link") or ""]).encode()
        ).hexdigest()[:16]
        entries.append(
            Entry(
                key=f"{hashlib.sha256(ident.encode()).hexdigest()[:12]}-{digest}",
                title=(e.get("title") or "").strip() or None,
                link=link,
                author=(e.get("author") or "").strip() or None,
                published=_date(e),
                content=content,
                site_name=site,
            )
        )
    return entries, None


def entry_document(entry: Entry) -> bytes:
    """A full-content entry as a web page whose metadata is the entry's."""
    esc = html.escape
    head = ["<meta charset='utf-8'>"]
    if entry.title:
        head.append(f"<title>{esc(entry.title)}</title>")
    if entry.author:
        head.append(f"<meta name='author' content='{esc(entry.author)}'>")
    if entry.published:
        head.append(f"<meta property='article:published_time' content='{entry.published}'>")
    if entry.site_name:
        head.append(f"<meta property='og:site_name' content='{esc(entry.site_name)}'>")
    if entry.link:
        head.append(f"<link rel='canonical' href='{esc(entry.link)}'>")
    title = f"<h1>{esc(entry.title)}</h1>" if entry.title else ""
    body = f"<article>{title}{entry.content or ''}</article>"
    doc = f"<!DOCTYPE html><html><head>{''.join(head)}</head><body>{body}</body></html>"
    return doc.encode("utf-8")


def raw_entry_rows(
    source: str, data: bytes, fetcher: Fetcher, only: set[str] | None = None
) -> Iterator[tuple[str, bytes | None, str | None]]:
    """(source path, page bytes, error) for each entry of a feed, or of each feed a
    config file lists; ``only`` limits them to the entry keys given."""
    if is_feed_config(source, data):
        urls, policy = feed_config(data)
        fetcher.policy = policy
        for url in urls:
            got = fetcher.fetch(url)
            if got.data is None:
                yield url, None, got.error
                continue
            # A feed named by URL gives all its entries (``only`` picks from feed files).
            yield from _entry_rows(url, got.data, fetcher, None)
        return
    yield from _entry_rows(source, data, fetcher, only)


def _entry_rows(
    source: str, data: bytes, fetcher: Fetcher, only: set[str] | None
) -> Iterator[tuple[str, bytes | None, str | None]]:
    base = source if "://" in source else None
    entries, problem = parse_feed(data, base)
    if problem:
        yield source, None, f"no_body: the feed has {problem}"
        return
    for entry in entries:
        if only is not None and entry.key not in only:
            continue
        path = f"{source}#{entry.key}"
        if entry.content:
            yield path, entry_document(entry), None
        elif entry.link:
            got = fetcher.fetch(urllib.parse.urljoin(base or "", entry.link))
            yield path, got.data, got.error
        else:
            yield path, None, "no_body: the entry has neither content nor a link"


def spool_name(url: str, data: bytes) -> str:
    """File name for a fetched feed kept for its run: host and content hash."""
    host = re.sub(r"[^A-Za-z0-9.-]", "_", urllib.parse.urlsplit(url).netloc) or "feed"
    return f"{host}-{hashlib.sha256(data).hexdigest()[:16]}.rss"


@dataclass
class Poll:
    """What one poll of the configured feeds found."""

    files: list[str] = field(default_factory=list)  # feed copies (and retries) to ingest
    entries: list[str] = field(default_factory=list)  # keys of the new entries
    failed: list[str] = field(default_factory=list)  # feed URLs that could not be fetched
    cursor: dict[str, dict] = field(default_factory=dict)


# Entry keys remembered per feed: far more than a feed lists at once.
_SEEN_PER_FEED = 2000


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def poll_feeds(
    config: Path, spool: Path, cursor: dict[str, dict], fetcher: Fetcher | None = None
) -> Poll:
    """Fetch each feed the config lists and keep what is new since ``cursor``.

    The cursor holds, per feed URL, the hash of the feed last seen and the keys of
    its entries already taken: an unchanged feed costs one request, and an entry
    is taken once. A new entry's feed is copied into ``spool`` for the run to
    read; a feed that could not be fetched goes to the run as a one-feed config
    file, so the run tries once more and records the failure as a rejected row.
    """
    poll = Poll(cursor=dict(cursor))
    if not config.is_file():
        return poll
    urls, policy = feed_config(config.read_bytes())
    fetcher = fetcher or Fetcher(policy)
    for url in urls:
        got = fetcher.fetch(url)
        if got.data is None:
            retry = spool / f"retry-{hashlib.sha256(url.encode()).hexdigest()[:16]}.yaml"
            _write(retry, yaml_feeds([url], policy))
            poll.files.append(str(retry))
            poll.failed.append(url)
            continue
        sha = hashlib.sha256(got.data).hexdigest()
        known = cursor.get(url, {})
        if known.get("sha") == sha:
            continue
        entries, _ = parse_feed(got.data, url)
        seen = list(known.get("seen", []))
        new = [e.key for e in entries if e.key not in set(seen)]
        poll.cursor[url] = {"sha": sha, "seen": (seen + new)[-_SEEN_PER_FEED:]}
        if new:
            copy = spool / spool_name(url, got.data)
            _write(copy, got.data)
            poll.files.append(str(copy))
            poll.entries += new
    return poll


def yaml_feeds(urls: list[str], policy: FetchPolicy) -> bytes:
    import dataclasses

    import yaml

    return yaml.safe_dump({"feeds": urls, "fetch": dataclasses.asdict(policy)}).encode()
