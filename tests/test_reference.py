"""Reference data: reproducible, consistent, and the lookups the entity stage relies on."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
from pathlib import Path

import pytest

from newsledger.extract import reference as ref
from newsledger.extract import shards

ROOT = Path(__file__).resolve().parents[1]
REF = ROOT / "seeds" / "reference"
PLACE_KINDS = {"village", "town", "city", "district", "region", "mountain"}


def _rows(name: str) -> list[dict[str, str]]:
    with (REF / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _load_build_script():
    spec = importlib.util.spec_from_file_location(
        "build_reference", ROOT / "scripts" / "build_reference.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader
    spec.loader.exec_module(module)
    return module


def test_countries_csv_is_what_the_generator_writes():
    build = _load_build_script()
    rows, _ = build.build_countries(REF / "countries_overrides.csv")
    assert rows == _rows("countries.csv")


def test_every_reference_file_is_documented_and_small():
    readme = (REF / "README.md").read_text(encoding="utf-8")
    for path in REF.glob("*.csv"):
        assert path.name in readme
        assert path.stat().st_size < 2_000_000


def test_tracked_files_stay_under_two_megabytes():
    out = subprocess.run(
        ["git", "ls-files", "-z", "seeds"], cwd=ROOT, capture_output=True, check=False
    )
    if out.returncode:
        pytest.skip("not a git checkout")
    for name in filter(None, out.stdout.decode().split("\0")):
        path = ROOT / name
        if path.exists():
            assert path.stat().st_size < 2_000_000, name


def test_turkic_and_other_peoples_are_no_country():
    assert ref.lookup_country("Turkic") is None
    text = (REF / "countries.csv").read_text(encoding="utf-8")
    assert "Turkic" not in text


@pytest.mark.parametrize(
    ("text", "iso3", "kind"),
    [
        ("Azerbaijan", "AZE", "name"),
        ("Azerbaijani", "AZE", "demonym"),
        ("Azerbaijanis", "AZE", "demonym"),
        ("Azeri", "AZE", "demonym"),
        ("Azerbaijanian", "AZE", "demonym"),
        ("Baku", "AZE", "metonym"),
        ("Armenians", "ARM", "demonym"),
        ("Turkey", "TUR", "name"),
        ("Türkiye", "TUR", "name"),
        ("Turks", "TUR", "demonym"),
        ("Ankara", "TUR", "metonym"),
        ("Russia", "RUS", "name"),
        ("Russian Federation", "RUS", "name"),
        ("U.S.", "USA", "name"),
        ("USA", "USA", "name"),
        ("the United States", "USA", "name"),
        ("UK", "GBR", "name"),
        ("Britain", "GBR", "name"),
        ("Kiev", "UKR", "metonym"),
        ("Kyiv", "UKR", "metonym"),
        ("DPRK", "PRK", "name"),
        ("South Korean", "KOR", "demonym"),
        ("Chinese", "CHN", "demonym"),
    ],
)
def test_country_lookup(text, iso3, kind):
    assert ref.lookup_country(text) == ref.CountryMatch(iso3, kind)


def test_country_forms_are_case_sensitive():
    # 'us' is a pronoun, 'US' the country.
    assert ref.lookup_country("us") is None
    assert ref.lookup_country("US").iso3 == "USA"


def test_capitals_shared_with_bigger_cities_are_no_metonyms():
    # Victoria (Seychelles) is mostly Victoria elsewhere.
    assert ref.lookup_country("Victoria") is None


@pytest.mark.parametrize(
    ("text", "place_id", "kind"),
    [
        ("Aghdere", "place:aghdere_district", "district"),
        ("Ağdərə", "place:aghdere_district", "district"),
        ("Agdara", "place:aghdere_district", "district"),
        ("Martakert", "place:aghdere_district", "district"),
        ("Füzuli", "place:fuzuli_district", "district"),
        ("Fizuli", "place:fuzuli_district", "district"),
        ("Cabrayıl", "place:jabrayil_district", "district"),
        ("Jebrail", "place:jabrayil_district", "district"),
        ("Murovdag", "place:murovdagh", "mountain"),
        ("Murov", "place:murovdagh", "mountain"),
        ("Qaraxanbəyli", "place:garakhanbeyli", "village"),
        ("Böyük Mərcanlı", "place:boyuk_marjanli", "village"),
        ("Karabakh", "place:nagorno_karabakh", "region"),
        ("Donbass", "place:donbas", "region"),
    ],
)
def test_curated_place_lookup_folds_accents_and_transliterations(text, place_id, kind):
    place = ref.lookup_place(text)
    assert place is not None
    assert (place.entity_id, place.place_kind) == (place_id, kind)


def test_villages_of_the_seed_sit_in_their_districts():
    for village, district in [
        ("Garakhanbeyli", "Fuzuli"),
        ("Garvand", "Fuzuli"),
        ("Kand Horadiz", "Fuzuli"),
        ("Yukhari Abdurrahmanli", "Fuzuli"),
        ("Boyuk Marjanli", "Jabrayil"),
        ("Nuzgar", "Jabrayil"),
    ]:
        place = ref.lookup_place(village)
        assert place.place_kind == "village"
        assert place.admin2 == district
        assert place.country_code == "AZE"
        assert place.geo_precision == 2  # no coordinates of its own, its district known


def test_geonames_places_have_coordinates_and_admin1():
    kramatorsk = ref.lookup_place("Kramatorsk")
    assert kramatorsk.country_code == "UKR"
    assert kramatorsk.admin1 == "Donetsk"
    assert kramatorsk.latitude == pytest.approx(48.73, abs=0.05)
    assert kramatorsk.geo_precision == 1
    yeoncheon = ref.lookup_place("Yeoncheon")
    assert yeoncheon.country_code == "KOR"
    assert yeoncheon.admin1 == "Gyeonggi-do"
    # An alternate name: GeoNames calls Stepanakert Khankendi.
    assert ref.lookup_place("Stepanakert").country_code == "AZE"


def test_country_hints_break_geonames_ties():
    assert ref.lookup_place("Tripoli").country_code == "LBY"
    assert ref.lookup_place("Tripoli", countries=["LBN"]).country_code == "LBN"


def test_a_city_of_that_very_name_beats_a_bigger_one_it_is_a_variant_of():
    """GeoNames lists 'Jayapura' as a variant of Jaipur (3 million people); the city of
    that name (410,000) is Jayapura. A village called Kiev stays behind Kyiv."""
    assert ref.lookup_place("Jayapura").country_code == "IDN"
    assert ref.lookup_place("Kiev").country_code == "UKR"


def test_a_city_is_found_without_its_city_word_unless_that_names_a_country():
    """GeoNames' 'New York City' is the 'NEW YORK' of a dateline; 'Panama' stays the
    country's name, not Panama City's."""
    assert ref.lookup_place("NEW YORK").name == "New York City"
    assert ref.lookup_place("Quezon").name == "Quezon City"
    assert ref.lookup_place("Panama").name == "Panama"


def test_a_town_of_the_country_an_article_is_about_beats_a_bigger_namesake():
    """Mango (Togo, 38,000 people) against Mango (India, 224,000): a story about Togo
    means Togo's; Jalapa in Nicaragua against Jalapa in Guatemala and Xalapa (Mexico),
    all three countries named. Where the core country has a division of that name, the
    division: 'Florida' in a story about the United States is the state."""
    assert ref.lookup_place("Mango", countries=["TGO"]).country_code == "IND"
    assert ref.lookup_place("Mango", countries=["TGO"], core=["TGO"]).country_code == "TGO"
    jalapa = ref.lookup_place("Jalapa", countries=["HND", "NIC", "GTM", "MEX"], core=["HND", "NIC"])
    assert (jalapa.country_code, jalapa.place_kind) == ("NIC", "town")
    florida = ref.lookup_place("Florida", countries=["USA", "AFG"], core=["USA", "AFG"])
    assert (florida.country_code, florida.place_kind) == ("USA", "region")
    # A city of a quarter of a million keeps its name beside its own region.
    saint_louis = ref.lookup_place("Saint-Louis", countries=["SEN", "USA"], core=["SEN"])
    assert (saint_louis.country_code, saint_louis.place_kind) == ("SEN", "city")


def test_kind_hint_prefers_the_town_over_the_district():
    assert ref.lookup_place("Fuzuli").place_kind == "district"
    town = ref.lookup_place("Fuzuli", kind="city")
    assert town.place_kind == "city" and town.latitude is not None


def test_curated_places_are_consistent():
    rows = _rows("places_curated.csv")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["place_kind"] in PLACE_KINDS, r
        assert not r["country_code"] or ref.country(r["country_code"]), r
        # Coordinates only with the GeoNames record they come from: none invented.
        if r["latitude"] or r["longitude"]:
            city = ref.geonames_cities()[r["geonameid"]]
            assert float(r["latitude"]) == pytest.approx(city["latitude"])
            assert float(r["longitude"]) == pytest.approx(city["longitude"])
        if r["admin2"]:
            assert ref.lookup_place(r["admin2"]).place_kind == "district", r


def test_the_arabic_article_is_found_however_it_is_spelt():
    """GeoNames spells 'El Fasher' and 'Deir el-Balah'; news also writes 'Al-Fashir' and
    'Deir al-Balah'. A name without the article is not given one."""
    assert ref.lookup_place("Al-Fashir").key == ref.lookup_place("El Fasher").key
    assert ref.lookup_place("Deir al-Balah").country_code == "PSE"
    assert ref.lookup_place("Deir al-Balah").latitude is not None
    assert ref._article_forms("tal abyad") == []


def test_admin1_table_covers_the_geonames_codes_of_its_countries():
    table = ref.load_admin1()
    covered = {cc for cc, _ in table}
    missing = {
        (c["countrycode"], c["admin1code"])
        for c in ref.geonames_cities().values()
        if c["countrycode"] == "AZ" and (c["countrycode"], c["admin1code"]) not in table
    }
    assert covered == {"AM", "AZ", "GE", "KP", "KR", "UA"}
    assert not missing


def test_org_templates_generalize_over_countries():
    reg = ref.org_registry()
    assert reg["org:ministry_of_defense_of_azerbaijan"].country_code == "AZE"
    assert reg["org:ministry_of_foreign_affairs_of_turkey"].canonical_name == (
        "Ministry of Foreign Affairs of Turkey"
    )
    assert reg["org:azerbaijani_armed_forces"].country_code == "AZE"
    assert reg["org:ministry_of_defense_of_peru"].country_code == "PER"
    assert reg["org:osce_minsk_group"].canonical_name == "OSCE Minsk Group"
    # Services and agencies: a navy, an air force, a civil protection agency.
    assert reg["org:colombian_navy"].country_code == "COL"
    assert reg["org:civil_protection_of_niger"].country_code == "NER"
    # ... by a state's own name where it has one.
    assert "org:filipino_navy" not in reg
    assert reg["org:philippine_navy"].aliases == ("Filipino Navy",)
    assert reg["org:royal_air_force"].country_code == "GBR"
    # Generic names exist in the alias index but name no organization.
    assert ref.org_name_index()["security council"] is None


def test_a_state_s_own_name_for_a_body_replaces_the_template_s():
    """state_bodies.csv: Poland's defence ministry is its Ministry of National Defence,
    with the template's name as an alias; every row fills a template for a real country."""
    reg = ref.org_registry()
    assert "org:ministry_of_defense_of_poland" not in reg
    pol = reg["org:ministry_of_national_defence_of_poland"]
    assert (pol.canonical_name, pol.country_code) == (
        "Ministry of National Defence of Poland",
        "POL",
    )
    assert pol.aliases == ("Ministry of Defense of Poland",)
    # A named body and a state's own name for a template are one organization.
    assert reg["org:israel_defense_forces"].aliases == ("Israeli Armed Forces",)
    assert ref.org_name_index()["updf"].entity_id == "org:uganda_people_s_defence_force"
    # Short forms need the state: 'Foreign Office' alone is no one's.
    assert "foreign office" not in ref.org_name_index()
    assert ref.state_body("Foreign Office", "GBR").entity_id == (
        "org:foreign_commonwealth_and_development_office"
    )
    assert ref.state_body("Foreign Office", "PAK").entity_id == (
        "org:ministry_of_foreign_affairs_of_pakistan"
    )
    templates = {a.canonical for a in ref.load_org_aliases() if a.org_kind == "template"}
    for template, iso3 in ref.load_state_bodies():
        assert template in templates and ref.country(iso3) is not None, (template, iso3)


def test_roles_normalize_rank_order():
    roles = {r.surface: r for r in ref.load_roles()}
    assert roles["Colonel Lieutenant"].normalized == "Lieutenant Colonel"
    assert roles["Colonel Lieutenant"].kind == "rank"
    assert roles["Defence Minister"].normalized == "Defense Minister"
    assert roles["Foreign Minister"].org_template == "Ministry of Foreign Affairs of {country}"


@pytest.mark.parametrize(
    ("name", "countries", "expected"),
    [
        # A division beats a town of another country that has its name (or an alternate one).
        ("Kashmir", ["IND", "PAK"], ("region", "IND")),
        # ... even when a named country has a town known by it as an alternate name.
        ("Kashmir", ["IND", "PAK", "USA"], ("region", "IND")),
        ("Chechnya", [], ("region", "RUS")),
        ("Tigray", ["ETH"], ("region", "ETH")),
        # "Kachin State", "Idlib province": the division, whatever the suffix.
        ("Kachin State", ["MMR"], ("region", "MMR")),
        ("Idlib province", ["SYR"], ("region", "SYR")),
        # A city of the article's countries keeps its name over the division around it.
        ("Khartoum", ["SDN"], ("city", "SDN")),
        ("Aleppo", ["SYR"], ("city", "SYR")),
    ],
)
def test_divisions_from_geonames(name: str, countries: list[str], expected: tuple) -> None:
    place = ref.lookup_place(name, countries=countries)
    assert place is not None
    assert (place.place_kind, place.country_code) == expected
    assert place.latitude is not None and place.longitude is not None


def test_regions_in_a_headline() -> None:
    assert ref.regions_in("UN releases first-ever human rights report on Kashmir") == {"IND"}
    assert ref.regions_in("Fighting flares in Tigray") == {"ETH"}
    assert ref.regions_in("US downs missile in latest Red Sea attack") == set()


@pytest.fixture(scope="module")
def geonames_built(tmp_path_factory: pytest.TempPathFactory):
    """The cities and name index built once for this module (building takes about 15 s
    of CPU), and the cache file the build wrote."""
    cache = tmp_path_factory.mktemp("geonames-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSLEDGER_CACHE", str(cache))
        ref._geonames.cache_clear()
        try:
            built = ref._geonames()
        finally:
            ref._geonames.cache_clear()
    assert all(isinstance(part, dict) for part in built[:2])  # built, not read
    files = list(cache.glob("geonames-*.marshal"))
    assert len(files) == 1
    return built, files[0]


def _cache_from(cached: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own holding the module's cache file."""
    monkeypatch.setenv("NEWSLEDGER_CACHE", str(tmp_path))
    copy = tmp_path / cached.name
    copy.write_bytes(cached.read_bytes())
    return copy


def test_geonames_index_comes_back_whole_from_its_cache_file(geonames_built, tmp_path, monkeypatch):
    """The cities and name index are built once, then loaded from a cache file that
    gives back exactly what was built; a damaged file is rebuilt, not trusted."""
    built, cached = geonames_built
    file = _cache_from(cached, tmp_path, monkeypatch)
    ref._geonames.cache_clear()
    try:
        loaded = ref._geonames()
        assert all(isinstance(part, shards.ShardedDict) for part in loaded[:2])
        assert loaded == built
        assert [len(part) for part in loaded] == [len(part) for part in built]
        # A damaged shard (other damage: test_a_shard_cache_file_gives_back_its_dicts_...)
        file.write_bytes(file.read_bytes()[:-5] + b"xxxxx")
        ref._geonames.cache_clear()
        assert all(isinstance(part, dict) for part in ref._geonames()[:2])  # rebuilt
        assert ref._geonames() == built
        ref._geonames.cache_clear()
        assert ref._geonames() == built  # the rebuilt file is good again
        place = ref.lookup_place("Stepanakert", curated=False)
        assert place is not None and place.country_code == "AZE" and place.geonameid
    finally:
        ref._geonames.cache_clear()


def _lookups(names: list[str]) -> list[tuple]:
    out = []
    for name in names:
        for countries in ((), ("USA",), ("AZE", "ARM")):
            place = ref.lookup_place(name, countries=countries, curated=False)
            out.append((name, countries, place))
            out.append((name, ref.lookup_region(name, countries=countries)))
    return out


def test_geonames_lookups_are_the_same_from_the_built_index_and_its_cache_file(
    geonames_built, tmp_path, monkeypatch
):
    """Places and divisions found with the index just built and with the same index read
    shard by shard from its cache file are the same, for names of every kind."""
    built, cached = geonames_built
    _cache_from(cached, tmp_path, monkeypatch)
    ref._geonames.cache_clear()
    ref.admin_regions.cache_clear()
    try:
        # Every 500th indexed name, and names that are towns, divisions, both or none.
        names = sorted(built[1])[::500] + [
            "Stepanakert",
            "Geneva",
            "Kashmir",
            "Kachin State",
            "Tigray",
            "Washington",
            "Springfield",
            "Nowhere At All",
        ]
        with pytest.MonkeyPatch.context() as mp:
            # The index just built, as the first run on a machine uses it.
            mp.setattr(ref, "_geonames", lambda: built)
            ref.admin_regions()
            assert isinstance(ref._geonames()[1], dict)
            before = _lookups(names)
        ref.admin_regions.cache_clear()
        assert isinstance(ref._geonames()[1], shards.ShardedDict)
        assert isinstance(ref.admin_regions(), ref._Regions)
        assert _lookups(names) == before
        assert sum(p is not None for _, _, p in before[::2]) > len(names)  # most found
    finally:
        ref._geonames.cache_clear()
        ref.admin_regions.cache_clear()


def test_a_shard_cache_file_gives_back_its_dicts_and_refuses_damage():
    whole = {f"key {i}": (i, f"v{i}", [1.5, None]) for i in range(5000)}
    whole["Ağdərə"] = ("non-ASCII key",)
    data = shards.dumps({"a": whole, "b": {}}, frozenset({"x"}))
    parts, extra = shards.loads(data)
    assert extra == frozenset({"x"})
    assert parts["a"] == whole and dict(parts["a"]) == whole and len(parts["b"]) == 0
    assert parts["a"]["Ağdərə"] == ("non-ASCII key",) and "key 4999" in parts["a"]
    assert parts["a"].get("missing") is None and "missing" not in parts["a"]
    with pytest.raises(KeyError):
        parts["a"]["missing"]
    for damaged in (b"", data[:-1], data[:-3] + b"zzz", b"NLSHARD1" + b"\0" * 8):
        with pytest.raises(ValueError):
            shards.loads(damaged)


def test_a_small_town_of_a_named_country_gives_way_to_a_big_city_elsewhere():
    # An article naming the United States still holds talks in Geneva, Switzerland ...
    assert ref.lookup_place("Geneva").country_code == "CHE"
    assert ref.lookup_place("Geneva", countries={"USA"}).country_code == "CHE"


def test_a_cache_of_another_checkout_is_kept_unless_unused_for_a_month(tmp_path):
    import os
    import time

    other = tmp_path / "geonames-aaaaaaaaaaaaaaaa.marshal"
    stale = tmp_path / "geonames-bbbbbbbbbbbbbbbb.marshal"
    other.write_bytes(b"x")
    stale.write_bytes(b"x")
    old = time.time() - (ref.CACHE_UNUSED_DAYS + 1) * 86400
    os.utime(stale, (old, old))
    ref._write_cache(tmp_path / "geonames-cccccccccccccccc.marshal", b"y")
    assert other.exists() and not stale.exists()


def test_countries_in_reads_a_demonym_pair_as_the_second_country():
    from newsledger.extract.reference import countries_in

    found = countries_in("A Greek Cypriot farmer was shot. Greece condemned it.")
    assert [iso3 for iso3, _, _ in found] == ["CYP", "GRC"]
    assert found[0][1:] == (8, 15)


def test_a_division_is_found_under_either_compass_form():
    # GeoNames writes 'Northern Darfur'; news writes 'North Darfur', and the entity keeps
    # the text's form.
    north = ref.lookup_place("North Darfur")
    assert (north.name, north.place_kind, north.country_code) == ("North Darfur", "region", "SDN")
    assert north.admin1 == "Northern Darfur"


def test_well_known_regions_are_not_small_towns_abroad():
    sinai = ref.lookup_place("Sinai")
    assert (sinai.country_code, sinai.place_kind) == ("EGY", "region")
    assert ref.lookup_place("North Kivu").country_code == "COD"


def test_capital_spelling_variants_are_metonyms():
    assert ref.lookup_country("Sanaa").iso3 == "YEM"
    assert ref.lookup_country("Naypyitaw").iso3 == "MMR"


def test_a_seat_of_government_beside_the_formal_capital_is_a_metonym():
    """Eswatini's formal capital is Lobamba; "urged Pretoria and Mbabane" names the
    state by the seat of its government."""
    assert ref.lookup_country("Mbabane").iso3 == "SWZ"
    assert ref.lookup_country("Lobamba").iso3 == "SWZ"


def test_a_lexicon_key_given_twice_is_an_error_not_an_override(tmp_path):
    import yaml

    from newsledger.extract.reference import read_lexicon

    path = tmp_path / "lexicon.yaml"
    path.write_text("group_nouns: [group, movement]\nother: [a]\ngroup_nouns: [band]\n")
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        read_lexicon(path)
    # The shipped lexicons load, each list under one name.
    from newsledger.extract.syntax import DATA_FILE

    assert "movement" in read_lexicon(DATA_FILE)["group_nouns"]


def test_countries_in_reads_a_capital_after_a_capitalised_opener():
    from newsledger.extract.reference import countries_in

    text = "In Buenos Aires, the minister spoke. After Russia, The United States spoke."
    found = [(iso3, text[start:end]) for iso3, start, end in countries_in(text)]
    assert found == [("ARG", "Buenos Aires"), ("RUS", "Russia"), ("USA", "United States")]


def test_countries_in_reads_no_country_inside_a_longer_geographic_name():
    from newsledger.extract.reference import countries_in

    text = "Our South America correspondent. In Northern Ireland. In South Sudan and Kenya."
    found = [(iso3, text[start:end]) for iso3, start, end in countries_in(text)]
    assert found == [("SSD", "South Sudan"), ("KEN", "Kenya")]


def test_a_state_body_goes_by_the_state_s_other_common_names_too():
    """ "Ministry of Defense of Ivory Coast" is also "... of Côte d'Ivoire" (a reader's gold
    may write either); no formal style or abbreviation makes such a name."""
    org = ref.org_registry()["org:ministry_of_defense_of_ivory_coast"]
    assert "Ministry of Defense of Côte d'Ivoire" in org.aliases, org
    usa = ref.org_registry()["org:united_states_department_of_defense"]
    assert not any("U.S." in a or "Republic" in a for a in usa.aliases), usa.aliases


def test_a_division_of_the_article_s_country_beats_a_small_town_of_a_named_one():
    """ "Bay" in a story about Somalia that names the United States is Somalia's Bay
    region, not the small American town of that name."""
    found = ref.lookup_place("Bay", countries={"SOM", "ETH", "USA"}, core={"SOM", "ETH"})
    assert found is not None and found.country_code == "SOM", found
    assert found.place_kind == "region", found


@pytest.mark.parametrize("core", [set(), {"MEX"}])
def test_a_division_beats_a_village_of_its_own_country_named_after_it(core: set[str]) -> None:
    """ "Michoacán" is the Mexican state, not the hamlet of 574 people in Chiapas that
    GeoNames lists by that very name."""
    found = ref.lookup_place("Michoacán", countries={"MEX", "USA"}, core=core)
    assert found is not None and found.place_kind == "region", found
    assert found.country_code == "MEX", found


def test_a_division_beats_a_town_it_names_only_by_a_variant_or_a_mid_sized_town_abroad():
    """'Minnesota' is the state, not Minneota (its variant spelling); 'Santa Cruz' in a
    Bolivian story that names the United States is the department, not the Californian
    city; 'Léré' in a Malian one is no French village of 1,300 people."""
    minnesota = ref.lookup_place("Minnesota", countries={"KEN", "SOM", "USA"})
    assert minnesota is not None and minnesota.place_kind == "region", minnesota
    santa_cruz = ref.lookup_place("Santa Cruz", countries={"BOL", "BRA", "USA"}, core={"BOL"})
    assert santa_cruz is not None and santa_cruz.country_code == "BOL", santa_cruz
    assert ref.lookup_place("Léré", countries={"MLI", "MRT", "FRA"}, core={"MLI", "MRT"}) is None
    # A town of its own country, though the core is another, keeps its name.
    zvecan = ref.lookup_place("Zvečan", countries={"XKX", "BIH"}, core={"BIH"})
    assert zvecan is not None and zvecan.country_code == "XKX", zvecan


def test_a_town_short_of_a_big_city_in_a_country_never_named_is_not_the_place_meant():
    """A story on Sudan and Chad that names only its own region's states does not send a
    village called 'Matera' to the Italian town of 60,000; a big city keeps its name."""
    assert ref.lookup_place("Matera", countries={"SDN", "TCD"}) is None
    geneva = ref.lookup_place("Geneva", countries={"SDN", "TCD"})
    assert geneva is not None and geneva.country_code == "CHE"


def test_countries_in_reads_a_four_word_run_and_a_short_form_in_capitals():
    from newsledger.extract.reference import countries_in

    assert [c for c, _, _ in countries_in("The United Arab Emirates expressed support")] == ["ARE"]
    assert [c for c, _, _ in countries_in("The UAE and the DRC said")] == ["ARE", "COD"]
    assert countries_in("NATO, the EU and the UN met") == []


def test_a_generic_health_ministry_is_the_state_s_ministry_of_public_health():
    """Lebanon's health ministry is its Ministry of Public Health: "the health ministry"
    and the body's own name make one organization, not two."""
    for text in ("Ministry of Health", "Ministry of Public Health"):
        org = ref.state_body(text, "LBN")
        assert org is not None and org.canonical_name == "Ministry of Public Health of Lebanon", org
    kenya = ref.state_body("Ministry of Health", "KEN")
    assert kenya is not None and kenya.canonical_name == "Ministry of Health of Kenya"


@pytest.mark.parametrize(
    ("demonym", "iso3"),
    [("Slovenian", "SVN"), ("Slovakian", "SVK"), ("Tajikistani", "TJK"), ("Somalian", "SOM")],
)
def test_the_common_second_demonyms_name_their_state(demonym: str, iso3: str) -> None:
    found = ref.lookup_country(demonym)
    assert found is not None and found.iso3 == iso3, found


@pytest.mark.parametrize(
    ("iso3", "name"),
    [
        ("MOZ", "Ministry of National Defence of Mozambique"),
        ("AGO", "Ministry of National Defense and Veterans of the Homeland of Angola"),
        ("EGY", "Ministry of Defense and Military Production of Egypt"),
    ],
)
def test_a_state_s_defence_ministry_goes_by_its_own_name(iso3: str, name: str) -> None:
    found = ref.state_body("defence ministry", iso3)
    assert found is not None and found.canonical_name == name, found


def test_a_german_towns_name_without_its_river_and_a_great_city_over_a_hinted_namesake():
    frankfurt = ref.lookup_place("Frankfurt", countries=["HRV", "BIH", "USA"], core=["HRV"])
    assert (frankfurt.name, frankfurt.country_code) == ("Frankfurt am Main", "DEU")
    manchester = ref.lookup_place("Manchester", countries=["HRV", "BIH", "USA"], core=["HRV"])
    assert manchester.country_code == "GBR"


def test_a_country_named_with_a_hyphen_is_one_country_not_its_halves():
    from newsledger.extract.reference import countries_in

    assert countries_in("Congo-Brazzaville: In the Pool") == [("COG", 0, 17)]
    assert [c[0] for c in countries_in("the Turkish-Syrian border")] == ["TUR", "SYR"]
