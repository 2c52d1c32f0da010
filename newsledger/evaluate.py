"""Score extracted tables against hand-written gold annotations.

A gold file (``tests/gold/*.gold.yaml``) lists the facts a correct extraction of
one article must contain; see the seed's gold file for the format. Scoring is
lenient on form (accents, transliteration, case, quote marks, "Defence" vs
"Defense", label spelling) and strict on substance (who, what kind, how many,
when). The gold is not a complete list, so a false positive means "extracted
and not in the gold", which is worth reading rather than blindly trusting.

Pure Python: pandas and pyyaml, no Dagster.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from anyascii import anyascii
from rapidfuzz import fuzz

from newsledger import schemas
from newsledger.config import SafeLoader
from newsledger.sections import is_stamp_line

FACT_TYPES = (
    "article",
    "published_date",
    "sections",
    "section_lines",
    "persons",
    "organizations",
    "countries",
    "places",
    "mentions",
    "roles",
    "quotes_found",
    "quotes",
    "claims_found",
    "claims",
    "reactions",
    "reaction_stances",
    "timeline",
)
# The vocabularies are the table contract's (newsledger.schemas); gold uses them too.
CLAIM_KINDS = frozenset(schemas.CLAIM_KINDS)
STANCES = frozenset(schemas.STANCES)
PRECISIONS = frozenset(schemas.PRECISIONS)
SECTION_TYPES = frozenset(schemas.SECTION_TYPES)
PLACE_KINDS = frozenset(schemas.PLACE_KINDS) - {"country"}
GOLD_KEYS = (
    "article",
    "sections",
    "persons",
    "organizations",
    "countries",
    "places",
    "quotes",
    "claims",
    "reactions",
    "timeline",
)
ARTICLE_FIELDS = ("headline", "author", "genre", "published_date")

NAME_THRESHOLD = 90  # rapidfuzz ratio for person and organization names
TOKEN_THRESHOLD = 80  # per differing word: "Iran"/"Iraq" (75) differ, "Aksoy"/"Aksoi" (80) do not
ROLE_OVERLAP = 0.5
# Gold entity list -> entities.entity_type.
ENTITY_GROUPS = {
    "persons": "PERSON",
    "organizations": "ORG",
    "countries": "COUNTRY",
    "places": "PLACE",
}
# Place kinds that mean the same level; kinds outside these groups are not compared.
_KIND_GROUPS = {
    "settlement": {"village", "town", "city", "capital", "settlement", "populated_place"},
    "district": {"district", "rayon", "raion", "county", "admin2"},
    "region": {"region", "province", "oblast", "admin1", "state", "territory", "peninsula"},
    "mountain": {"mountain", "peak", "height", "hill"},
}
# Date string length that a timeline precision keeps: "2020-09-27", "2020-07", "1991".
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4, "years": 4, "decade": 4, "decade_part": 4}
_ROLE_STOPWORDS = frozenset({"of", "the", "a", "an", "for", "and", "in", "on", "to"})


@dataclass
class Score:
    """Counts for one measure; ``misses`` (gold facts not found) and ``extras``
    (extracted rows no gold fact matched) say which, for ``eval --misses``."""

    fact_type: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def miss(self, what: str) -> None:
        self.fn += 1
        self.misses.append(what)

    def extra(self, what: str) -> None:
        self.fp += 1
        self.extras.append(what)

    @property
    def precision(self) -> float:
        return 1.0 if self.tp + self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return 1.0 if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)


# ---------------------------------------------------------------- gold files


def load_gold(path: Path) -> dict:
    """Read a gold YAML file; list sections default to empty, dates become strings.

    Each call returns a fresh dict: callers may change what they get."""
    stat = Path(path).stat()
    return copy.deepcopy(_load_gold(Path(path).resolve(), stat.st_mtime_ns, stat.st_size))


# Finding a gold file's article and scoring it both read the file; parsing the YAML
# costs twenty times the copy. The key holds the file's time and size, so an edited
# file is read again.
@functools.lru_cache(maxsize=1024)
def _load_gold(path: Path, mtime_ns: int, size: int) -> dict:
    with path.open(encoding="utf-8") as fh:
        gold = yaml.load(fh, Loader=SafeLoader) or {}  # noqa: S506 - safe, libyaml's parser
    for key in GOLD_KEYS:
        if key != "article":
            gold[key] = gold.get(key) or []
    gold["article"] = gold.get("article") or {}
    # YAML turns unquoted 2020-09-27 into a date; the scorer compares strings.
    for name in ARTICLE_FIELDS:
        if isinstance(gold["article"].get(name), dt.date):
            gold["article"][name] = gold["article"][name].isoformat()
    for row in gold["timeline"]:
        for key in ("start", "end"):
            if row.get(key) is not None and not isinstance(row[key], str):
                row[key] = row[key].isoformat() if isinstance(row[key], dt.date) else str(row[key])
    return gold


def gold_source_stem(gold: dict, path: Path) -> str:
    """Stem of the article file a gold file describes (``source`` key, else its own name)."""
    if gold.get("source"):
        return Path(gold["source"]).stem
    return Path(path).name.removesuffix(".gold.yaml")


def find_article_id(gold: dict, path: Path, articles: pd.DataFrame) -> str | None:
    """The article_id whose source_path has the gold file's stem, if extracted."""
    stem = gold_source_stem(gold, path)
    if "source_path" not in articles.columns or "article_id" not in articles.columns:
        return None
    for source_path, aid in zip(articles["source_path"], articles["article_id"], strict=True):
        if isinstance(source_path, str) and Path(source_path).stem == stem:
            return str(aid)
    return None


# ---------------------------------------------------------------- normalization


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _val(value: Any) -> Any:
    return None if _missing(value) else value


def norm_name(text: str) -> str:
    """Compare-form of a name: ASCII, casefolded, no punctuation or possessive."""
    return _norm_name(str(text))


# Matching compares every gold form with every extracted name of an article: the same
# few thousand names a million times over a split.
@functools.lru_cache(maxsize=1 << 16)
def _norm_name(text: str) -> str:
    s = anyascii(text).casefold()
    s = re.sub(r"['`]s\b", "", s)  # "Azerbaijan's" == "Azerbaijan"
    s = re.sub(r"\bdefence\b", "defense", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def norm_text(text: str) -> str:
    """Compare-form of quoted text: ASCII quotes, one space, casefolded, no outer quotes."""
    s = anyascii(str(text)).casefold()
    s = re.sub(r"\s+", " ", s)
    return s.strip(" \"'`.,;:")


def _role_tokens(text: str) -> set[str]:
    return set(norm_name(text).split()) - _ROLE_STOPWORDS


def _as_list(value: Any) -> list[str]:
    """An aliases cell as a list: list/array, JSON list, or 'a|b;c' text."""
    if value is None:
        return []
    if isinstance(value, str):
        s = value.strip()
        if s.startswith("["):
            try:
                return [str(v) for v in json.loads(s)]
            except ValueError:
                pass
        return [p.strip() for p in re.split(r"[|;]", s) if p.strip()]
    if isinstance(value, Iterable):
        return [str(v) for v in value if not _missing(v)]
    return [] if _missing(value) else [str(value)]


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[A-Z]{3}", value) is not None


# ---------------------------------------------------------------- tables


class _Tables(dict):
    """The extracted tables, each one's rows read once as dicts and grouped by article:
    filtering every table again for each article of a split cost more than the scoring
    itself, and grew with the square of the split."""

    def __init__(self, tables: dict[str, pd.DataFrame]) -> None:
        super().__init__(tables)
        self._grouped: dict[str, tuple[list[dict[str, Any]], dict[Any, list[dict]]]] = {}

    @classmethod
    def of(cls, tables: dict[str, pd.DataFrame]) -> _Tables:
        return tables if isinstance(tables, _Tables) else cls(tables)

    def records(self, name: str, article_id: str | None) -> list[dict[str, Any]]:
        """Every row of the table when ``article_id`` is None, else that article's rows."""
        if name not in self._grouped:
            self._grouped[name] = self._group(self.get(name))
        rows, by_article = self._grouped[name]
        return rows if article_id is None else by_article.get(article_id, [])

    @staticmethod
    def _group(df: pd.DataFrame | None) -> tuple[list[dict[str, Any]], dict[Any, list[dict]]]:
        if df is None or df.empty:
            return [], {}
        rows = [{c: _val(v) for c, v in rec.items()} for rec in df.to_dict("records")]
        by_article: dict[Any, list[dict[str, Any]]] = {}
        if "article_id" in df.columns:
            for row in rows:
                by_article.setdefault(row["article_id"], []).append(row)
        return rows, by_article


def _rows(
    tables: dict[str, pd.DataFrame], name: str, article_id: str | None, columns: Sequence[str]
) -> list[dict[str, Any]]:
    """Rows of a table (of one article, or all of them) as dicts with every wanted column
    (absent ones are None).

    A missing table or column must not crash the scorer: its gold facts become
    misses instead.
    """
    return [
        {c: rec.get(c) for c in {*columns, *rec}}
        for rec in _Tables.of(tables).records(name, article_id)
    ]


@dataclass(frozen=True)
class _Entity:
    entity_id: str
    entity_type: str
    canonical_name: str | None
    country_code: str | None
    place_kind: str | None
    admin2: str | None
    aliases: list[str]

    @property
    def names(self) -> list[str]:
        return [n for n in [self.canonical_name, *self.aliases] if n]


def _entities(tables: dict[str, pd.DataFrame]) -> dict[str, _Entity]:
    cols = (
        "entity_id",
        "entity_type",
        "canonical_name",
        "country_code",
        "place_kind",
        "admin2",
        "aliases",
    )
    out: dict[str, _Entity] = {}
    for r in _rows(tables, "entities", None, cols):
        eid = r["entity_id"]
        if eid is None:
            continue
        etype = r["entity_type"] or str(eid).split(":", 1)[0]
        code = r["country_code"]
        if code is None and str(eid).startswith("country:"):
            code = str(eid).split(":", 1)[1]
        out[str(eid)] = _Entity(
            entity_id=str(eid),
            entity_type=str(etype).upper(),
            canonical_name=r["canonical_name"],
            country_code=str(code).upper() if code else None,
            place_kind=r["place_kind"],
            admin2=r["admin2"],
            aliases=_as_list(r["aliases"]),
        )
    return out


# ---------------------------------------------------------------- matching helpers


def _names_match(gold_forms: Iterable[str], names: Iterable[str], fuzzy: bool) -> float:
    """Best similarity (0-100) between gold forms and extracted names; 0 if none passes."""
    best = 0.0
    gold_n = [norm_name(g) for g in gold_forms if g]
    for name in names:
        n = norm_name(name)
        for g in gold_n:
            if not g or not n:
                continue
            score = 100.0 if g == n else (fuzz.ratio(g, n) if fuzzy else 0.0)
            # The word check only for a pair the ratio passes: it costs ten ratios.
            if score >= NAME_THRESHOLD and (g == n or _tokens_close(g, n)):
                best = max(best, score)
    return best


def _tokens_close(a: str, b: str) -> bool:
    """Every word differs only by spelling ("Sergey"/"Sergei"), never by identity.

    A long shared prefix lifts the whole-string ratio over the threshold even
    when the word that matters differs: "Ministry of Foreign Affairs of Iran"
    vs "... of Iraq". So each unshared word needs a close partner.
    """
    ta, tb = a.split(), b.split()
    for x, y in ((ta, tb), (tb, ta)):
        for tok in set(x) - set(y):
            if max((fuzz.ratio(tok, other) for other in y), default=0.0) < TOKEN_THRESHOLD:
                return False
    return True


def _gold_forms(item: dict) -> list[str]:
    return [item.get("name"), *(item.get("aliases") or []), *(item.get("mentions") or [])]


def _kind_group(kind: str | None) -> str | None:
    if not kind:
        return None
    k = norm_name(kind).replace(" ", "_")
    return next((g for g, kinds in _KIND_GROUPS.items() if k in kinds), None)


def _place_compatible(gold: dict, ent: _Entity) -> bool:
    """A place with a wrong district, country or level is a different place."""
    if gold.get("district") and ent.admin2 and norm_name(gold["district"]) != norm_name(ent.admin2):
        return False
    allowed = {c for c in [gold.get("country"), *(gold.get("alt_countries") or [])] if c}
    if allowed and ent.country_code and ent.country_code not in allowed:
        return False
    g, e = _kind_group(gold.get("kind")), _kind_group(ent.place_kind)
    return not (g and e and g != e)


def _entity_score(group: str, gold: dict, ent: _Entity) -> float:
    if group == "countries":
        return 100.0 if ent.country_code == str(gold.get("code")).upper() else 0.0
    if group == "places" and not _place_compatible(gold, ent):
        return 0.0
    return _names_match(_gold_forms(gold), ent.names, fuzzy=group != "places")


def _assign(
    golds: Sequence[Any], extracted: Sequence[Any], score: Callable[[Any, Any], float]
) -> dict[int, int]:
    """One-to-one matching, best pairs first: gold index -> extracted index."""
    pairs = [
        (s, gi, ei)
        for gi, g in enumerate(golds)
        for ei, e in enumerate(extracted)
        if (s := score(g, e)) > 0
    ]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g: set[int] = set()
    used_e: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, ei in pairs:
        if gi not in used_g and ei not in used_e:
            out[gi] = ei
            used_g.add(gi)
            used_e.add(ei)
    return out


class _Context:
    """What one article's scoring shares: its entities and the gold-to-extracted map."""

    def __init__(
        self,
        gold: dict,
        tables: dict[str, pd.DataFrame],
        article_id: str,
        entities: dict[str, _Entity] | None = None,
    ) -> None:
        self.gold = gold
        self.tables = tables
        self.article_id = article_id
        self.all_entities = _entities(tables) if entities is None else entities
        self.mentions = _rows(
            tables, "mentions", article_id, ("entity_id", "surface", "mention_kind")
        )
        ids = {str(m["entity_id"]) for m in self.mentions if m["entity_id"] is not None}
        self.entities = [self.all_entities[i] for i in sorted(ids) if i in self.all_entities]
        # (group, gold index) -> extracted entity_id, filled by score_entities.
        self.matched: dict[tuple[str, int], str] = {}

    def entity(self, entity_id: Any) -> _Entity | None:
        return None if entity_id is None else self.all_entities.get(str(entity_id))

    def gold_entity(self, name: str) -> tuple[str, int, dict] | None:
        """The gold person or organization a name in quotes/claims/reactions refers to."""
        for group in ("persons", "organizations"):
            for i, item in enumerate(self.gold.get(group) or []):
                if norm_name(item.get("name", "")) == norm_name(name):
                    return group, i, item
        return None

    def refers_to(self, entity_id: Any, name: str | None) -> bool:
        """Does an extracted entity id denote the gold actor ``name`` (or country code)?"""
        ent = self.entity(entity_id)
        if ent is None or not name:
            return False
        if _is_code(name):
            # The country itself, or a person/organization of that country acting for it.
            return ent.country_code == name
        found = self.gold_entity(name)
        if found is not None:
            group, i, item = found
            if self.matched.get((group, i)) == ent.entity_id:
                return True
            return _names_match(_gold_forms(item), ent.names, fuzzy=True) > 0
        return _names_match([name], ent.names, fuzzy=True) > 0


# ---------------------------------------------------------------- fact types


def _score_article(ctx: _Context) -> list[Score]:
    """Head fields; ``published_date`` is also its own measure, counted only when
    the gold states a date (an article that states none is not judged)."""
    score, date_score = Score("article"), Score("published_date")
    rows = _rows(ctx.tables, "articles", ctx.article_id, ARTICLE_FIELDS)
    extracted = rows[0] if rows else {}
    for field_name in ARTICLE_FIELDS:
        g, e = _val(ctx.gold["article"].get(field_name)), extracted.get(field_name)
        if field_name == "published_date":
            g = None if g is None else str(g)[:10]
            e = None if e is None else str(e)[:10]
        if g is None:
            if e is not None:
                score.extra(f"{field_name}: {e!r}, gold has none")
        elif e is not None and norm_text(str(g)) == norm_text(str(e)):
            score.tp += 1
            date_score.tp += field_name == "published_date"
        else:
            score.miss(f"{field_name}: want {g!r}, got {e!r}")
            if field_name == "published_date":
                date_score.miss(f"want {g}, got {e}")
    return [score, date_score]


def section_lines(
    text: str, char_start: int, char_end: int, heading: str | None
) -> tuple[int, int]:
    """Raw-file line numbers of a section's first and last paragraph line.

    The normalized text keeps the raw line numbering, so a line number is the
    count of newlines before an offset. The heading line, when the section span
    includes it, is not a paragraph line, nor is a live entry's time stamp above its
    title or below it: gold ``first_line`` is the first line after the heading.
    """
    lines: list[tuple[int, str]] = []
    pos = char_start
    for chunk in text[char_start:char_end].split("\n"):
        if chunk.strip():
            lines.append((text.count("\n", 0, pos) + 1, chunk.strip()))
        pos += len(chunk) + 1
    # The heading is the first line, or the second under a live entry's time stamp.
    at = next(
        (
            k
            for k, (_, line) in enumerate(lines[:2])
            if heading and norm_text(line) == norm_text(heading)
        ),
        None,
    )
    if at is not None:
        lines = lines[at + 1 :]
        if lines and is_stamp_line(lines[0][1]):
            lines = lines[1:]  # "Death toll rises to 97" over "22:50"
    if not lines:
        line = text.count("\n", 0, char_start) + 1
        return line, line
    return lines[0][0], lines[-1][0]


def gold_line_types(gold: dict) -> dict[int, str]:
    """Each raw-file line a gold section spans, with the section's type."""
    typed: dict[int, str] = {}
    for g in gold.get("sections") or []:
        if g.get("first_line") is None or g.get("last_line") is None:
            continue
        for n in range(int(g["first_line"]), int(g["last_line"]) + 1):
            typed.setdefault(n, g.get("type"))
    return typed


def _score_sections(ctx: _Context) -> Score:
    score = Score("sections")
    arts = _rows(ctx.tables, "articles", ctx.article_id, ("text",))
    text = arts[0]["text"] if arts and arts[0]["text"] is not None else None
    cols = ("section_type", "heading", "char_start", "char_end", "ordinal")
    extracted = []
    for r in _rows(ctx.tables, "sections", ctx.article_id, cols):
        if text is None or r["char_start"] is None or r["char_end"] is None:
            extracted.append((r["section_type"], None, None))
            continue
        first, last = section_lines(text, int(r["char_start"]), int(r["char_end"]), r["heading"])
        extracted.append((r["section_type"], first, last))
    golds = [(g.get("type"), g.get("first_line"), g.get("last_line")) for g in ctx.gold["sections"]]
    matches = _assign(golds, extracted, lambda g, e: 1.0 if g == e else 0.0)
    _tally(score, golds, extracted, matches, _sec_str, _sec_str)
    return score


def _score_section_lines(ctx: _Context) -> Score:
    """Each paragraph line typed right, whatever the section boundaries: a section
    split in two, or two merged, costs nothing here if every line keeps its type."""
    score = Score("section_lines")
    arts = _rows(ctx.tables, "articles", ctx.article_id, ("text",))
    text = arts[0]["text"] if arts and arts[0]["text"] is not None else None
    if text is None:
        return score
    raw_lines = text.split("\n")
    cols = ("section_type", "heading", "char_start", "char_end")
    extracted: dict[int, str] = {}
    for r in _rows(ctx.tables, "sections", ctx.article_id, cols):
        if r["char_start"] is None or r["char_end"] is None:
            continue
        first, last = section_lines(text, int(r["char_start"]), int(r["char_end"]), r["heading"])
        for n in range(first, last + 1):
            extracted.setdefault(n, r["section_type"])
    gold = gold_line_types(ctx.gold)
    for n in sorted(set(gold) | set(extracted)):
        if n > len(raw_lines) or not raw_lines[n - 1].strip():
            continue
        want, got = gold.get(n), extracted.get(n)
        if want is not None and want == got:
            score.tp += 1
            continue
        if want is not None:
            score.miss(f"line {n} {want}, typed {got}")
        if got is not None:
            score.extra(f"line {n} typed {got}, gold {want}")
    return score


def _sec_str(e: tuple) -> str:
    return f"{e[0]} lines {e[1]}-{e[2]}"


def _tally(
    score: Score,
    golds: Sequence[Any],
    extracted: Sequence[Any],
    matches: dict[int, int],
    show_gold: Callable[[Any], str],
    show_row: Callable[[Any], str],
) -> None:
    """Count a one-to-one matching, naming the unmatched on each side."""
    score.tp += len(matches)
    for gi, g in enumerate(golds):
        if gi not in matches:
            score.miss(show_gold(g))
    used = set(matches.values())
    for ei, e in enumerate(extracted):
        if ei not in used:
            score.extra(show_row(e))


def _score_entities(ctx: _Context, group: str) -> Score:
    score = Score(group)
    etype = ENTITY_GROUPS[group]
    golds = ctx.gold[group]
    extracted = [e for e in ctx.entities if e.entity_type == etype]
    matches = _assign(golds, extracted, lambda g, e: _entity_score(group, g, e))
    for gi, ei in matches.items():
        ctx.matched[(group, gi)] = extracted[ei].entity_id
    _tally(
        score,
        golds,
        extracted,
        matches,
        lambda g: str(g.get("name") or g.get("code")),
        lambda e: f"{e.entity_id} ({e.canonical_name})",
    )
    return score


def _score_mentions(ctx: _Context) -> Score:
    """Each gold surface form must resolve to the entity matched to its gold entity.

    A form that only resolves to some other entity is a miss and a false
    positive; mentions of forms the gold does not list are not judged.
    """
    score = Score("mentions")
    by_surface: dict[str, set[str]] = {}
    for m in ctx.mentions:
        if m["surface"] is not None and m["entity_id"] is not None:
            by_surface.setdefault(norm_name(m["surface"]), set()).add(str(m["entity_id"]))
    for group in ENTITY_GROUPS:
        for gi, item in enumerate(ctx.gold[group]):
            target = ctx.matched.get((group, gi))
            for form in item.get("mentions") or []:
                resolved = by_surface.get(norm_name(form), set())
                if target is not None and target in resolved:
                    score.tp += 1
                else:
                    score.miss(f"{form!r} -> {target or 'no entity'}")
                    if resolved:
                        score.extra(f"{form!r} -> {', '.join(sorted(resolved))}")
    return score


def _score_roles(ctx: _Context) -> Score:
    """A gold person's role or title must appear in person_roles for the matched person.

    Rows for persons outside the gold are not judged here (the persons score
    already counts those people); a row for a gold person whose text matches
    none of the gold's role words is a false positive.
    """
    score = Score("roles")
    rows = _rows(ctx.tables, "person_roles", ctx.article_id, ("person_id", "title", "role"))
    golds: list[tuple[str | None, list[str]]] = []
    gold_people: set[str] = set()
    for gi, person in enumerate(ctx.gold["persons"]):
        texts = [t for t in (person.get("role"), person.get("title")) if t]
        target = ctx.matched.get(("persons", gi))
        if target:
            gold_people.add(target)
        if texts:
            golds.append((target, texts))

    def overlap(g: tuple[str | None, list[str]], r: dict[str, Any]) -> float:
        target, texts = g
        if target is None or str(r["person_id"]) != target:
            return 0.0
        got = [t for t in (r["title"], r["role"]) if t]
        if r["title"] and r["role"]:
            got.append(f"{r['title']} {r['role']}")
        best = 0.0
        for a in texts:
            for b in got:
                ta, tb = _role_tokens(a), _role_tokens(str(b))
                if ta and tb:
                    best = max(best, len(ta & tb) / min(len(ta), len(tb)))
        return best if best >= ROLE_OVERLAP else 0.0

    matches = _assign(golds, rows, overlap)
    score.tp = len(matches)
    for gi, (target, texts) in enumerate(golds):
        if gi not in matches:
            score.miss(f"{target or 'unmatched person'}: {' / '.join(texts)}")
    used = set(matches.values())
    for i, r in enumerate(rows):
        if i not in used and str(r["person_id"]) in gold_people:
            score.extra(f"{r['person_id']}: title={r['title']!r} role={r['role']!r}")
    return score


def _score_quotes(ctx: _Context) -> list[Score]:
    """A gold quote is found by its opening words (``quotes_found``); it is right
    only with the right speaker (``quotes``)."""
    score, found = Score("quotes"), Score("quotes_found")
    rows = _rows(ctx.tables, "quotes", ctx.article_id, ("speaker_id", "text", "cue"))
    texts = [norm_text(r["text"]) if r["text"] is not None else "" for r in rows]
    used: set[int] = set()
    for g in ctx.gold["quotes"]:
        starts = norm_text(g.get("starts", ""))
        label = f'{g.get("speaker")}: "{g.get("starts", "")}"'
        candidates = [i for i, t in enumerate(texts) if i not in used and starts and starts in t]
        # Prefer quotes that start with the gold words, then those with the right speaker.
        candidates.sort(key=lambda i: not texts[i].startswith(starts))
        right = [i for i in candidates if _speaker_ok(ctx, rows[i]["speaker_id"], g)]
        if right:
            used.add(right[0])
            score.tp += 1
            found.tp += 1
        elif candidates:
            used.add(candidates[0])
            found.tp += 1
            score.miss(f"{label} credited to {rows[candidates[0]]['speaker_id']}")
            score.fp += 1  # found, but credited to the wrong speaker
        else:
            score.miss(f"{label} not found")
            found.miss(label)
    for i, r in enumerate(rows):
        if i not in used:
            what = f'{r["speaker_id"]}: "{str(r["text"])[:60]}"'
            score.extra(what)
            found.extra(what)
    return [found, score]


def _speaker_ok(ctx: _Context, speaker_id: Any, g: dict) -> bool:
    """A gold speaker of null (an unnamed source) is right only with no speaker."""
    if g.get("speaker") is None and "speaker" in g:
        return speaker_id is None
    return ctx.refers_to(speaker_id, g.get("speaker"))


def _quantity(value: Any) -> float | None:
    v = _val(value)
    return None if v is None else float(v)


def _gold_range(g: dict) -> tuple[float | None, float | None]:
    if "quantity" in g:
        q = _quantity(g["quantity"])
        return q, q
    return _quantity(g.get("quantity_min")), _quantity(g.get("quantity_max"))


def _range_matches(gold: tuple[float | None, float | None], row: dict[str, Any]) -> bool:
    gmin, gmax = gold
    emin, emax = _quantity(row["quantity_min"]), _quantity(row["quantity_max"])
    if gmin is not None and gmin == gmax and emax is None:
        emax = emin  # an exact number stored in quantity_min only
    if gmin is None and gmax is not None and emin == 0:
        emin = None  # "up to 11" stored as 0..11
    return (gmin, gmax) == (emin, emax)


def _score_claims(ctx: _Context) -> list[Score]:
    """Match on kind, quantity range and claimant (``claims``); ``claims_found``
    ignores the claimant.

    Territorial claims that list places match on kind and claimant only: their
    substance is the place list, which extractors count differently. A gold
    claimant of null means the text attributes the claim to no one ("it has
    been reported"), so any claimant is accepted.
    """
    cols = ("claimant_id", "claim_kind", "quantity_min", "quantity_max", "unit", "side")
    rows = _rows(ctx.tables, "claims", ctx.article_id, cols)

    def substance(g: dict, r: dict[str, Any]) -> bool:
        if r["claim_kind"] != g.get("kind"):
            return False
        place_list = str(g.get("kind", "")).startswith("territory_") and g.get("items")
        return bool(place_list) or _range_matches(_gold_range(g), r)

    def match(g: dict, r: dict[str, Any]) -> float:
        if not substance(g, r):
            return 0.0
        claimant = g.get("claimant")
        if claimant and not ctx.refers_to(r["claimant_id"], claimant):
            return 0.0
        return 1.0

    def show_gold(g: dict) -> str:
        lo, hi = _gold_range(g)
        return f"{g.get('kind')} {lo}..{hi} {g.get('unit')} by {g.get('claimant')}"

    def show_row(r: dict[str, Any]) -> str:
        return (
            f"{r['claim_kind']} {r['quantity_min']}..{r['quantity_max']} {r['unit']}"
            f" by {r['claimant_id']}"
        )

    scores = []
    for name, fn in (("claims_found", substance), ("claims", match)):
        score = Score(name)
        matches = _assign(ctx.gold["claims"], rows, lambda g, r, fn=fn: float(fn(g, r)))
        _tally(score, ctx.gold["claims"], rows, matches, show_gold, show_row)
        scores.append(score)
    return scores


def _score_reactions(ctx: _Context) -> list[Score]:
    """Each (actor, person, stance) is one fact (``reactions``); each (actor, stance),
    whoever spoke, is one fact of ``reaction_stances``.

    The actor is a country code or an organization; the extracted row may name
    the country, the organization or the person acting for them. A gold person
    must be the row's speaker or actor for ``reactions``.
    """
    rows = _rows(ctx.tables, "reactions", ctx.article_id, ("actor_id", "speaker_id", "stance"))
    facts = [(g, stance) for g in ctx.gold["reactions"] for stance in (g.get("stances") or [])]
    return [
        _reaction_score(ctx, "reactions", facts, rows, speaker=True),
        _reaction_score(ctx, "reaction_stances", facts, rows, speaker=False),
    ]


def _reaction_score(
    ctx: _Context, name: str, facts: list[tuple[dict, str]], rows: list[dict], *, speaker: bool
) -> Score:
    score = Score(name)

    def match(fact: tuple[dict, str], r: dict[str, Any]) -> float:
        g, stance = fact
        if r["stance"] != stance:
            return 0.0
        person = g.get("person")
        actor_ok = any(
            ctx.refers_to(r["actor_id"], who) for who in (g.get("actor"), g.get("org"), person)
        )
        if not actor_ok:
            return 0.0
        if person and speaker:
            return (
                2.0
                if ctx.refers_to(r["speaker_id"], person) or ctx.refers_to(r["actor_id"], person)
                else 0.0
            )
        # No gold person: prefer rows without a speaker, so that rows naming a
        # person stay free for the gold facts that name that person.
        return 1.0 if r["speaker_id"] is None else 0.5

    matches = _assign(facts, rows, match)
    _tally(
        score,
        facts,
        rows,
        matches,
        lambda f: f"{f[0].get('actor')} ({f[0].get('person')}) {f[1]}",
        lambda r: f"{r['actor_id']} ({r['speaker_id']}) {r['stance']}",
    )
    return score


def _date_str(value: Any) -> str | None:
    v = _val(value)
    if v is None:
        return None
    if isinstance(v, dt.date | pd.Timestamp):
        return v.isoformat()[:10]
    return str(v)


def _score_timeline(ctx: _Context) -> Score:
    """Match on dates truncated to the gold precision; precision labels of one length agree."""
    score = Score("timeline")
    cols = ("date_start", "date_end", "precision", "text_date")
    rows = _rows(ctx.tables, "timeline", ctx.article_id, cols)

    def match(g: dict, r: dict[str, Any]) -> float:
        width = _PRECISION_LEN.get(str(g.get("precision")))
        if width is None or _PRECISION_LEN.get(str(r["precision"])) != width:
            return 0.0
        start, end = (
            _date_str(r["date_start"]),
            _date_str(r["date_end"]) or _date_str(r["date_start"]),
        )
        if start is None or end is None:
            return 0.0
        ok = (
            start[:width] == str(g.get("start"))[:width]
            and end[:width] == str(g.get("end") or g.get("start"))[:width]
        )
        return 1.0 if ok else 0.0

    matches = _assign(ctx.gold["timeline"], rows, match)
    _tally(
        score,
        ctx.gold["timeline"],
        rows,
        matches,
        lambda g: f"{g.get('start')}..{g.get('end')} {g.get('precision')} {g.get('text_date')!r}",
        lambda r: (
            f"{_date_str(r['date_start'])}..{_date_str(r['date_end'])} {r['precision']}"
            f" {r.get('text_date')!r}"
        ),
    )
    return score


# ---------------------------------------------------------------- API


def score_articles(
    golds: Sequence[tuple[dict, str]], tables: dict[str, pd.DataFrame]
) -> list[list[Score]]:
    """Scores for each (gold, article_id) pair against the same tables, which are read
    for the entities once, not once per article."""
    tables = _Tables.of(tables)
    entities = _entities(tables)
    return [score_article(gold, tables, aid, entities) for gold, aid in golds]


def score_article(
    gold: dict,
    tables: dict[str, pd.DataFrame],
    article_id: str,
    entities: dict[str, _Entity] | None = None,
) -> list[Score]:
    """Scores for one article, one per fact type, in FACT_TYPES order."""
    # Accept a gold dict that did not come through load_gold, without changing it.
    gold = {**gold, **{k: gold.get(k) or ({} if k == "article" else []) for k in GOLD_KEYS}}
    ctx = _Context(gold, _Tables.of(tables), article_id, entities)
    scores = [*_score_article(ctx), _score_sections(ctx), _score_section_lines(ctx)]
    # Entities first: the later fact types use the gold-to-extracted entity map.
    scores += [_score_entities(ctx, group) for group in ENTITY_GROUPS]
    scores += [
        _score_mentions(ctx),
        _score_roles(ctx),
        *_score_quotes(ctx),
        *_score_claims(ctx),
        *_score_reactions(ctx),
        _score_timeline(ctx),
    ]
    return scores


def combine(scores: Iterable[Score]) -> list[Score]:
    """Sum the counts per fact type (e.g. over articles), in FACT_TYPES order."""
    totals: dict[str, Score] = {}
    for s in scores:
        t = totals.setdefault(s.fact_type, Score(s.fact_type))
        t.tp += s.tp
        t.fp += s.fp
        t.fn += s.fn
    order = {name: i for i, name in enumerate(FACT_TYPES)}
    return sorted(totals.values(), key=lambda s: order.get(s.fact_type, len(order)))


def format_misses(per_article: dict[str, list[Score]], extras: bool = True) -> str:
    """Every gold fact not found ("-") and, with ``extras``, every extracted row
    no gold fact matched ("+"), per article and measure."""
    lines: list[str] = []
    for name, scores in per_article.items():
        block = []
        for s in scores:
            items = [f"  - {m}" for m in s.misses]
            if extras:
                items += [f"  + {e}" for e in s.extras]
            if items:
                block.append(f" {s.fact_type}")
                block.extend(items)
        if block:
            lines.append(name)
            lines.extend(block)
    return "\n".join(lines)


def format_scores(scores: list[Score]) -> str:
    """A plain text table with a micro-averaged total row."""
    header = f"{'fact type':<14}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}"
    lines = [header, "-" * len(header)]
    total = Score("total")
    for s in scores:
        lines.append(
            f"{s.fact_type:<14}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>11.2f}{s.recall:>8.2f}"
        )
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
    lines.append("-" * len(header))
    lines.append(
        f"{total.fact_type:<14}{total.tp:>6}{total.fp:>6}{total.fn:>6}"
        f"{total.precision:>11.2f}{total.recall:>8.2f}"
    )
    return "\n".join(lines)
