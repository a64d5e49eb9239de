"""Gazetteer, normalisation, recognition and resolution (sentences written for these tests)."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from frontwatch.errors import DataFileError, GazetteerError
from frontwatch.geo import Geoparser, event_location, fold_key, norm_key, skel_key
from frontwatch.geo import data as geodata
from frontwatch.geo.gazetteer import (
    Gazetteer,
    default_gazetteer,
    division_display_name,
    import_files,
)

FIXTURES = Path(__file__).parent / "fixtures" / "geo"
HAJIN_SY, HAJIN_TR = 174506, 302150
DEIR_EZ_ZOR, ABU_KAMAL = 170794, 174448
IRAQ, SYRIA = 99237, 163843
DEIR_EZ_ZOR_GOV = 170792


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return default_gazetteer()  # built once (or reused from the cache)


@pytest.fixture(scope="session")
def gp(gaz: Gazetteer) -> Geoparser:
    return Geoparser(gaz)


@pytest.fixture(scope="session")
def nlp():
    from frontwatch.nlp import load_nlp

    return load_nlp()


def parse(gp: Geoparser, nlp, *texts: str):
    parts, off, full = [], 0, ""
    for t in texts:
        parts.append((nlp(t), off))
        full += t + "\n"
        off = len(full)
    return gp.parse(parts, doc_id="t"), full


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    "a,b",
    [("Deir ez-Zor", "Deir Ezzor"), ("Deir ez-Zor", "DEIR EZ ZOR"), ("Raqqa", "Ar-Raqqah"), ("al-Raqqa", "Raqqa"),
     ("Al-Bukamal", "Al Bukamal"), ("Fallujah", "Falluja"), ("Dhiban", "Ziban"), ("Qamishli", "Al-Qamishli")],
)
def test_fold_key_joins_variants(a: str, b: str) -> None:
    assert fold_key(a) == fold_key(b)


def test_norm_key_folds_case_diacritics_and_hyphens() -> None:
    assert norm_key("Deïr ez-Zôr") == "deir ez zor"
    assert norm_key("Ālbū Kamāl") == "albu kamal"
    assert norm_key("دير الزور") == ""


def test_skeleton_joins_distant_transliterations() -> None:
    assert skel_key("Dayr az Zawr") == skel_key("der ez zor") == skel_key("Deir Ezzor")


# ---------------------------------------------------------------- gazetteer lookups


@pytest.mark.parametrize("name", ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "der ez zor", "Deir al-Zour"])
def test_deir_ez_zor_spellings(gp: Geoparser, name: str) -> None:
    t = gp.resolve_name(name)
    assert t is not None and t.country_code == "SY" and t.admin1 == "Dayr az Zawr"
    assert t.geonameid in (DEIR_EZ_ZOR, DEIR_EZ_ZOR_GOV)  # the city or its governorate


@pytest.mark.parametrize("name", ["Abu Kamal", "Al-Bukamal", "Albu Kamal", "Abu Kemal"])
def test_abu_kamal_spellings(gp: Geoparser, name: str) -> None:
    t = gp.resolve_name(name)
    assert t is not None and t.geonameid == ABU_KAMAL


def test_unknown_name_is_none(gp: Geoparser) -> None:
    assert gp.resolve_name("Qwzxlorp Vvendale") is None


def test_resolve_name_with_country_context(gp: Geoparser) -> None:
    assert gp.resolve_name("Hajin", context=["Turkey", "Adana"]).geonameid == HAJIN_TR  # type: ignore[union-attr]
    assert gp.resolve_name("Hajin", context="Syria").geonameid == HAJIN_SY  # type: ignore[union-attr]


# ---------------------------------------------------------------- documents


def test_hajin_in_syrian_province_stays_in_syria(gp: Geoparser, nlp) -> None:
    tops, full = parse(gp, nlp, "Mortar fire struck Hajin in the Syrian province of Deir Ezzor late on Sunday.")
    by_text = {t.text: t for t in tops}
    assert by_text["Hajin"].geonameid == HAJIN_SY
    assert by_text["Hajin"].country == "Syria" and by_text["Hajin"].geo_precision == 1
    assert by_text["Syrian"].geonameid == SYRIA and by_text["Syrian"].geo_precision == 3
    assert by_text["Deir Ezzor"].feature_code == "ADM1" and by_text["Deir Ezzor"].geo_precision == 3
    for t in tops:
        assert full[t.start : t.end] == t.text


def test_hajin_in_turkey(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Farmers near Adana said the road to Hajin, Turkey, was closed by snow.")
    hajin = next(t for t in tops if t.text == "Hajin")
    assert hajin.geonameid == HAJIN_TR and hajin.country_code == "TR"


def test_demonym_and_border_area(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Militia convoys crossed into Iraqi territory near the Syrian-Iraqi border overnight.")
    by_text = {t.text: t for t in tops}
    assert by_text["Iraqi"].geonameid == IRAQ and by_text["Iraqi"].geo_precision == 3
    border = by_text["Syrian-Iraqi border"]
    assert border.resolved and border.geo_precision == 3 and border.country_code == "SY"
    assert 32 < border.latitude < 36 and 38 < border.longitude < 44  # type: ignore[operator]


def test_countryside_is_precision_two(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Airstrikes were reported in the Idlib countryside on Friday.")
    idlib = next(t for t in tops if t.text == "Idlib")
    assert idlib.country_code == "SY" and idlib.geo_precision == 2


def test_comment_lowercase_variant_uses_article_context(gp: Geoparser, nlp) -> None:
    article = "Clashes continued in Hajin, a town in eastern Syria, according to local monitors."
    comment = "my cousin lives in der ez zor and says the bombing never stops"
    tops, full = parse(gp, nlp, article, comment)
    der = next(t for t in tops if t.text == "der ez zor")
    assert der.start > len(article) and full[der.start : der.end] == "der ez zor"
    assert der.country_code == "SY" and der.admin1 == "Dayr az Zawr"


def test_unresolved_name_does_not_empty_results(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Refugees fled from Zorblaxia to Damascus last week.")
    damascus = next(t for t in tops if t.text == "Damascus")
    assert damascus.resolved and damascus.country_code == "SY"
    odd = [t for t in tops if t.text == "Zorblaxia"]
    assert all(not t.resolved and t.latitude is None for t in odd)


def test_event_location_prefers_place_of_action(gp: Geoparser, nlp) -> None:
    doc = nlp("ISIS fighters from Abu Kamal attacked SDF positions in Hajin on Tuesday.")
    tops = gp.parse([(doc, 0)])
    sent = next(iter(doc.sents))
    loc = event_location(tops, sent)
    assert loc is not None and loc.geonameid == HAJIN_SY
    assert event_location([], sent) is None


@pytest.mark.parametrize(
    "text",
    [
        "Militants shelled army posts in the area of Hajin in the Syrian province of Deir Ezzor.",
        "Fighters from the town of Abu Kamal raided positions on the outskirts of Hajin.",
    ],
)
def test_event_location_through_place_nouns(gp: Geoparser, nlp, text: str) -> None:
    doc = nlp(text)
    loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
    assert loc is not None and loc.geonameid == HAJIN_SY


def test_to_dict_contract(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Shelling hit Aleppo.")
    d = tops[0].to_dict()
    assert list(d) == ["doc_id", "text", "start", "end", "name", "geonameid", "latitude", "longitude",
                       "country_code", "admin1", "feature_class", "feature_code", "resolved"]
    assert d["doc_id"] == "t" and d["resolved"] is True


# ---------------------------------------------------------------- data files


def test_bundled_data_loads() -> None:
    assert len(geodata.demonyms()) > 100 and len(geodata.places()) > 20
    assert geodata.areas().suffixes["countryside"] == 2
    assert "the" in geodata.stoplist()
    assert {a.name for a in geodata.operating_areas()} >= {"OSCE SMM", "UNIFIL", "Line of Control"}


def test_bad_data_rows_are_reported() -> None:
    with pytest.raises(DataFileError, match="line 2"):
        geodata.parse_demonyms("form\tkind\ttarget\nSyrian\tcountry\tSyria\n")
    with pytest.raises(DataFileError, match="header"):
        geodata.parse_places("name\tlat\n")
    with pytest.raises(DataFileError):
        geodata.parse_priors("feature_code: {}\n")
    with pytest.raises(DataFileError, match="line 2: need country_code"):
        geodata.parse_division_names("country_code\tcode\tname\nIraq\t06\tBabylon\n")
    with pytest.raises(DataFileError, match="division_names.tsv: line 2"):
        geodata.parse_division_names("country_code\tcode\tname\niq\t06\tBabylon\n")
    with pytest.raises(DataFileError, match="operating_areas.tsv: line 2: need name and country_code"):
        geodata.parse_operating_areas("name\tcountry_code\tcodes\nUNIFIL\tLebanon\t06\n")
    assert geodata.parse_operating_areas("name\tcountry_code\tcodes\nUNIFIL\tLB\t06, 07\nAMISOM\tSO\t\n") == [
        geodata.OperatingArea("UNIFIL", "LB", ("06", "07")), geodata.OperatingArea("AMISOM", "SO", ())]


# ---------------------------------------------------------------- GeoNames import


def _geonames_row(gid: int, name: str, alts: str, lat: float, lon: float, fcl: str, fcode: str, cc: str, a1: str, pop: int) -> str:
    cols = [str(gid), name, name, alts, str(lat), str(lon), fcl, fcode, cc, "", a1, "", "", "", str(pop), "", "100", "Asia/Damascus", "2024-01-01"]
    return "\t".join(cols) + "\n"


@pytest.fixture()
def gaz_copy(gaz: Gazetteer, tmp_path: Path) -> Path:
    dst = tmp_path / "gaz.sqlite"
    shutil.copyfile(gaz.path, dst)
    return dst


def test_import_geonames_formats_idempotent(gaz_copy: Path, tmp_path: Path) -> None:
    rows = _geonames_row(9900001, "Tell Zorbak", "Tal Zorbak,Tel Zurbaq", 36.1, 40.2, "P", "PPL", "SY", "07", 800)
    rows += _geonames_row(9900002, "Zorbak Dam", "", 36.2, 40.3, "S", "DAM", "SY", "07", 0)
    rows += _geonames_row(9900003, "Muhafazat Zorbak", "", 35.0, 40.0, "A", "ADM1", "SY", "99", 1000)
    with zipfile.ZipFile(tmp_path / "SY.zip", "w") as zf:
        zf.writestr("SY.txt", rows)
        zf.writestr("readme.txt", "not data\n")
    alt = "1\t9900001\ten\tTall Zurbak\t\t\t\t\t\t\n2\t9900001\tlink\thttps://example.org/x\t\t\t\t\t\t\n3\t12345678999\ten\tNowhere\t\t\t\t\t\t\n"
    with zipfile.ZipFile(tmp_path / "alternateNamesV2.zip", "w") as zf:
        zf.writestr("alternateNamesV2.txt", alt)
        zf.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\n")
    (tmp_path / "admin1CodesASCII.txt").write_text("SY.99\tZorbak Governorate\tZorbak Governorate\t9900003\n")
    files = [tmp_path / "SY.zip", tmp_path / "alternateNamesV2.zip", tmp_path / "admin1CodesASCII.txt"]
    stats = import_files(files, gaz_copy, quiet=True)
    assert stats.to_dict() == {"places": 3, "names": 1, "admin1": 1}
    counts = Gazetteer(gaz_copy).counts()
    import_files(files, gaz_copy, quiet=True)
    g = Gazetteer(gaz_copy)
    assert g.counts() == counts
    gp = Geoparser(g)
    t = gp.resolve_name("Tall Zurbak")
    assert t is not None and t.geonameid == 9900001 and t.admin1 == "Dayr az Zawr"
    gov = gp.resolve_name("Zorbak Governorate")
    assert gov is not None and gov.geonameid == 9900003 and gov.admin1 == "Zorbak Governorate"
    dam = gp.resolve_name("Zorbak Dam")
    assert dam is not None and dam.feature_code == "DAM"


def test_import_rejects_bad_rows(gaz_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "cities500.txt"
    bad.write_text("123\tOnly three\tcolumns\n")
    with pytest.raises(GazetteerError, match="line 1"):
        import_files([bad], gaz_copy, quiet=True)
    with pytest.raises(GazetteerError, match="no such file"):
        import_files([tmp_path / "missing.zip"], gaz_copy, quiet=True)


@pytest.mark.parametrize(
    ("name", "aliases", "shown"),
    [
        ("Donetska oblast", ("Donetsk", "Donetsk Oblast"), "Donetsk"),
        ("Ash Shāriqah", ("Emirate of Sharjah",), "Emirate of Sharjah"),
        # an alias in another language is passed over for the name without its accents
        ("Kandahār", ("Qandahor viloyati", "ولایت قندهار"), "Kandahar"),
        ("Bas-Uélé", ("Mkoa wa Wele Chini", "Uwele ya Mitiu"), "Bas-Uele"),
        ("Oberösterreich", ("Gornja Austrija", "Upper Austria"), "Upper Austria"),
    ],
)
def test_division_display_name(name: str, aliases: tuple[str, ...], shown: str) -> None:
    assert division_display_name(name, aliases) == shown


def test_gazetteer_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="not found"):
        Gazetteer(tmp_path / "nope.sqlite")


# ---------------------------------------------------------------- regressions from event extraction


def test_state_suffix_resolves_to_the_division_in_context(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Gunmen abducted 12 farmers near Maiduguri in Borno State on Sunday.")
    borno = next(t for t in tops if t.text == "Borno State")
    assert borno.country_code == "NG" and borno.feature_code == "ADM1" and borno.geo_precision == 3


def test_capitalised_us_is_the_country_even_as_a_modifier(gp: Geoparser, nlp) -> None:
    tops, _ = parse(
        gp, nlp,
        "The ISIS attack on positions of the US-backed Syrian Democratic Forces in the area of Hajin killed four.",
        "U.S. troops and the US-led coalition struck targets near Raqqa.",
    )
    for t in tops:
        if t.text.startswith(("US", "U.S.")):
            assert t.text in ("US", "U.S.") and t.country_code == "US" and t.feature_code == "PCLI" and t.geo_precision == 3
    assert any(t.text == "US" for t in tops)
    assert next(t for t in tops if t.text == "Hajin").geonameid == HAJIN_SY


def test_lowercase_us_is_not_a_place(gp: Geoparser) -> None:
    assert all(c.kind != 4 for c in gp.gaz.candidates("Us"))
    assert gp.resolve_name("US").country_code == "US"  # type: ignore[union-attr]


def test_far_away_small_namesake_is_left_unresolved(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Boko Haram fighters raided Mango Hill and two villages near Damboa in northeastern Nigeria, residents said.")
    by_text = {t.text: t for t in tops}
    assert not (by_text.get("Mango Hill") and by_text["Mango Hill"].country_code == "AU")
    assert by_text["Damboa"].country_code == "NG"


def test_abbreviations_oceans_and_counties(gp: Geoparser) -> None:
    assert gp.resolve_name("EU").feature_class == "L"  # type: ignore[union-attr]
    assert gp.resolve_name("Atlantic").feature_code == "OCN"  # type: ignore[union-attr]
    county = gp.resolve_name("Orange County", context=["California"])
    assert county is not None and county.feature_code == "ADM2" and county.latitude is not None
    assert county.admin1 == "California"


def test_streamed_json_values() -> None:
    import io

    from frontwatch.geo.sources import iter_json_values

    text = '{"1": {"a": [1, 2]}, "2": {"b": "x}"}, "3": 4}'
    assert list(iter_json_values(io.StringIO(text))) == [{"a": [1, 2]}, {"b": "x}"}, 4]


# ---------------------------------------------------------------- recognition and document reading (round 3)


def test_places_inside_organisation_names(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Members of the Maiduguri City Council met officials of the University of Nairobi on Monday.")
    by_cc = {t.country_code for t in tops if t.resolved}
    assert any(t.text.startswith("Maiduguri") for t in tops) and "NG" in by_cc
    assert any(t.text == "Nairobi" and t.country_code == "KE" for t in tops)


def test_dateline_in_capitals_and_plural_nationalities(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "MAIDUGURI, Nigeria (Reuters) - Gunmen killed nine farmers on Sunday, police said.")
    assert any(t.text == "MAIDUGURI" and t.country_code == "NG" for t in tops)
    tops, _ = parse(gp, nlp, "Nigerians and Cameroonians fled the fighting, while Nigerian troops held the town.")
    assert [t.text for t in tops] == ["Nigerian"]


def test_word_of_a_person_name_is_no_place(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Rahul Gonda told reporters the strike was over. Gonda said the union would meet again.")
    assert not any(t.text == "Gonda" for t in tops)


def test_repeated_name_is_no_evidence_for_itself(gp: Geoparser, nlp) -> None:
    tops, _ = parse(
        gp, nlp,
        "Athens police arrested two men on Tuesday. The Athens City Council will discuss the case. Both men live in "
        "Watkinsville, in Oconee County, Georgia, and were taken to the Clarke County jail.",
    )
    athens = [t for t in tops if t.text.startswith("Athens")]
    assert athens and all(t.country_code == "US" and t.admin1 == "Georgia" for t in athens)


# ---------------------------------------------------------------- round 4


def test_country_names_and_inverted_division_names(gp: Geoparser) -> None:
    t = gp.resolve_name("America")
    assert t is not None and t.country_code == "US" and t.feature_code == "PCLI"
    t = gp.resolve_name("Dagestan")
    assert t is not None and t.country_code == "RU" and t.feature_code == "ADM1"
    assert geodata.parse_country_names("name\tcountry_code\nHolland\tNL\n") == [("Holland", "NL")]
    with pytest.raises(DataFileError, match="line 2"):
        geodata.parse_country_names("name\tcountry_code\nHolland\tnl\n")


def test_country_beats_a_small_namesake_near_other_places(gp: Geoparser, nlp) -> None:
    tops, _ = parse(
        gp, nlp,
        "Exporters in Houston, Texas, said the tariffs on goods from China would hurt them. "
        "China said it would answer the United States in kind.",
    )
    china = [t for t in tops if t.text == "China"]
    assert china and all(t.country_code == "CN" for t in china)


def test_division_is_not_outvoted_by_its_own_towns(gp: Geoparser, nlp) -> None:
    tops, _ = parse(
        gp, nlp,
        "Farmers in Minnesota are worried. Growers near Willmar, Marshall and Redwood Falls lost crops, "
        "and Minnesota officials promised help.",
    )
    mn = [t for t in tops if t.text == "Minnesota"]
    assert mn and all(t.feature_code == "ADM1" for t in mn)


def test_unknown_names_without_place_cues_are_dropped(gp: Geoparser, nlp) -> None:
    tops, _ = parse(
        gp, nlp,
        "Crews closed East Broad Street on Monday. Residents of South Philadelphia and the Catawba River valley "
        "were told to stay home.",
    )
    texts = {t.text for t in tops}
    assert "East Broad Street" not in texts
    sp = [t for t in tops if t.text == "South Philadelphia"]
    assert sp and sp[0].resolved and sp[0].admin1 == "Pennsylvania"


def test_us_only_wording_is_a_document_cue(gp: Geoparser) -> None:
    assert gp.document_cue("Deputies of the Walker County Sheriff's Office said") == "US"
    assert gp.document_cue("ALEXANDRIA, La. - A man was arrested") == "US"
    assert gp.document_cue("Police in County Durham said the men were arrested.") is None


def test_coders_parenthesised_place_list(gp: Geoparser, nlp) -> None:
    # "X (District, Province)": every item is a place, read within the last item's country
    tops, _ = parse(gp, nlp, "On 7 May 2020, unidentified gunmen attacked Kagara (Rafi LGA, Niger), killed 1 resident.")
    by_text = {t.text: t for t in tops}
    assert by_text["Kagara"].country_code == "NG" and by_text["Kagara"].geo_precision == 1
    assert by_text["Rafi LGA"].feature_code == "ADM2" and by_text["Rafi LGA"].country_code == "NG"
    assert by_text["Niger"].country_code == "NG" and by_text["Niger"].feature_code == "ADM1"
    tops, _ = parse(gp, nlp, "On 1 May 2020, the RDF clashed with FDLR-FOCA in Kakomero (Rutshuru, Nord-Kivu).")
    assert {t.text: t.country_code for t in tops if t.resolved} == {"Rutshuru": "CD", "Nord-Kivu": "CD"}


def test_part_of_a_longer_name_is_no_place(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Gunmen attacked a bank in Sao Goncalo do Amarante. The Sidon-Beirut highway was blocked.")
    texts = [t.text for t in tops]
    assert "Sao Goncalo" not in texts and "Sidon" in texts and "Beirut" in texts
    tops, _ = parse(gp, nlp, "Protesters rallied against the high US dollar exchange rate in Sidon.")
    assert [t.text for t in tops] == ["Sidon"]


def test_us_local_news_wording_is_a_document_cue(gp: Geoparser) -> None:
    assert gp.document_cue("The Athens Police Department arrested a man on Monday.") == "US"
    assert gp.document_cue("The Board of Selectmen voted to hire a lawyer.") == "US"
    assert gp.document_cue("Call the office at 903-555-0100 for details.") == "US"
    assert gp.document_cue("Rep. Jane Doe (R-Texas) voted against the bill.") == "US"
    assert gp.document_cue("The city council of Athens met on Monday.") is None


def test_town_is_read_where_its_neighbours_are(gp: Geoparser, nlp) -> None:
    # the second reading: the namesake in the first-level division of the document's other places
    tops, _ = parse(
        gp, nlp,
        "Springfield police said the man drove from Decatur to Springfield on Monday. He was later taken "
        "to a hospital in Champaign, and officers from Bloomington and Peoria helped with the search.",
    )
    sp = [t for t in tops if t.text == "Springfield"]
    assert sp and all(t.admin1 == "Illinois" for t in sp)


# ---------------------------------------------------------------- round 6


def test_town_and_county_read_together(gp: Geoparser, nlp) -> None:
    # no state named: the readings of two names that lie within a few miles of each other win
    tops, _ = parse(gp, nlp, "The Salem man was charged after a chase that ended near the Marion County courthouse, officers said.")
    by_text = {t.text: t for t in tops}
    assert by_text["Salem"].admin1 == "Oregon" and by_text["Marion County"].admin1 == "Oregon"
    tops, _ = parse(gp, nlp, "Two Athens teenagers were hurt in a crash on the road to Watkinsville on Friday.")
    assert {t.text: t.admin1 for t in tops}["Watkinsville"] == "Georgia"


def test_neighbour_bonus_spares_big_names(gp: Geoparser, nlp) -> None:
    # a big city and a state are not read as small namesakes lying near other names' namesakes
    tops, _ = parse(gp, nlp, "Flights from Boston and Houston were delayed, and California and Washington sent help.")
    by_text = {t.text: t for t in tops}
    assert by_text["Boston"].admin1 == "Massachusetts" and by_text["Houston"].admin1 == "Texas"
    assert by_text["California"].feature_code == "ADM1"


def test_container_is_the_next_name_after_a_comma_or_in(gp: Geoparser, nlp) -> None:
    # "X and Y" is no "X, Y": Houston (a county in Georgia too) does not move Boston to Georgia
    tops, _ = parse(gp, nlp, "Flights from Boston and Houston were delayed on Monday.")
    assert {t.text: t.admin1 for t in tops} == {"Boston": "Massachusetts", "Houston": "Texas"}
    tops, _ = parse(gp, nlp, "He grew up in Paris, Texas, and later moved to Springfield, Ill., with his wife.")
    by_text = {t.text: t for t in tops}
    assert by_text["Paris"].admin1 == "Texas" and by_text["Springfield"].admin1 == "Illinois"
    tops, _ = parse(gp, nlp, "Volunteers from Nassau and Baker counties in Florida cleaned the beach.")
    assert {t.text: t.admin1 for t in tops}["Baker"] == "Florida"


def _mentions(gp: Geoparser, names: list[str], cue: str | None = None) -> list:
    from frontwatch.geo.resolve import Mention

    return [Mention(n, 100 * i, 100 * i + len(n), "GPE", 0, 20 * i, 20 * i + 1, 20 * i, cands=gp.gaz.candidates(n), cue_cc=cue)
            for i, n in enumerate(names)]


def test_capital_of_a_named_country(gp: Geoparser) -> None:
    # the document names Russia: its capital outweighs a small namesake among the document's other towns
    t = gp.resolve_name("Moscow", context=["Russia", "Scranton", "Allentown", "Erie", "Wilkes-Barre", "Harrisburg"])
    assert t is not None and t.country_code == "RU"


def test_foreign_city_namesake_does_not_cancel_the_wording_cue(gp: Geoparser) -> None:
    # US-only wording, no other country named: a town called like a foreign city is no naming of that country
    tops = gp.resolve_mentions(_mentions(gp, ["Alexandria", "Fairfax"], cue="US"))
    assert [(t.country_code, t.admin1) for t in tops] == [("US", "Virginia"), ("US", "Virginia")]
    tops = gp.resolve_mentions(_mentions(gp, ["Alexandria", "Egypt"], cue="US"))
    assert tops[0].country_code == "EG"


def test_division_name_beats_a_small_town_of_its_country(gp: Geoparser, nlp) -> None:
    # like a country's name: "Kansas" is the state, even among Illinois towns, unless named "Kansas, Ill."
    t = gp.resolve_name("Kansas", context=["Decatur", "Champaign", "Mattoon"])
    assert t is not None and t.feature_code == "ADM1" and t.admin1 == "Kansas"
    tops, _ = parse(gp, nlp, "The fair in Kansas, Ill., drew farmers from Mattoon and Charleston.")
    kansas = [t for t in tops if t.text == "Kansas"]
    assert kansas and kansas[0].feature_class == "P" and kansas[0].admin1 == "Illinois"


def test_list_closed_by_a_plural_division_word(gp: Geoparser, nlp) -> None:
    # "Franklin, Delaware and Licking counties": every item is a county, not a town named so
    tops, _ = parse(gp, nlp, "Schools in Franklin, Delaware and Licking counties in Ohio closed early on Monday.")
    by_text = {t.text: t for t in tops}
    for name in ("Franklin", "Delaware", "Licking"):
        assert by_text[name].feature_code == "ADM2" and by_text[name].admin1 == "Ohio"
    assert by_text["Ohio"].feature_code == "ADM1"


def test_dateline_abbreviation_is_the_division(gp: Geoparser) -> None:
    # "Ind." is also an alternate name of India: written as a state's abbreviation, it is the state
    t = gp.resolve_name("Ind.")
    assert t is not None and t.feature_code == "ADM1" and t.admin1 == "Indiana"


def test_demonym_beats_a_small_namesake_like_a_country_name(gp: Geoparser) -> None:
    # "Canadian" among Texas places is still the nationality, not the town of Canadian, Texas
    t = gp.resolve_name("Canadian", context=["Texas", "Amarillo", "Lubbock"])
    assert t is not None and t.country_code == "CA" and t.feature_code == "PCLI"


def test_state_and_province_demonyms(gp: Geoparser) -> None:
    for name, division in (("Ohioans", "Ohio"), ("Minnesotan", "Minnesota"), ("Ontarians", "Ontario"), ("Hoosiers", "Indiana")):
        t = gp.resolve_name(name)
        assert t is not None and t.feature_code == "ADM1" and t.admin1 == division, name
    t = gp.resolve_name("Czechs")
    assert t is not None and t.country_code == "CZ"


def test_lowercase_word_is_no_place(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Police seized meth and cash near the metro station in Dayton on Friday.")
    texts = [t.text for t in tops]
    assert "meth" not in texts and "metro" not in texts and "Dayton" in texts


def test_names_of_a_county_list_are_recognised(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "Officials in Des Moines issued flood warnings for Polk, Story, Boone and Marshall counties on Tuesday.")
    by_text = {t.text: t for t in tops}
    for name in ("Polk", "Story", "Boone", "Marshall"):
        assert by_text[name].feature_code == "ADM2" and by_text[name].admin1 == "Iowa", name
    tops, _ = parse(gp, nlp, "Heavy rain hit Caddo and Bossier parishes overnight.")
    assert {t.text: t.name for t in tops} == {"Caddo": "Caddo Parish", "Bossier": "Bossier Parish"}


def test_postal_state_code_after_a_town(gp: Geoparser, nlp) -> None:
    # "City, ST": the two capitals are the state and the town's container
    tops, _ = parse(gp, nlp, "Police in Portland, ME said the driver was from Salem, OR, and had moved to Hanover, NH.")
    by_text = {t.text: t for t in tops}
    assert by_text["Portland"].admin1 == "Maine" and by_text["Salem"].admin1 == "Oregon"
    assert by_text["Hanover"].admin1 == "New Hampshire" and by_text["NH"].feature_code == "ADM1"
    tops, _ = parse(gp, nlp, '"Yes, OK," said the coach after practice in Paris.')
    assert "OK" not in [t.text for t in tops]


def test_loose_match_abroad_is_no_reading(gp: Geoparser) -> None:
    # a folded spelling or an old name of a small town, in a document about another country
    top = gp.resolve_name("Bassetere", context=["Turkey"])
    assert top is not None and not top.resolved
    assert gp.resolve_name("Bassetere", context=["Saint Kitts and Nevis"]).name == "Basseterre"
    top = gp.resolve_name("Artemovsk", context=["Chad"])
    assert top is not None and not top.resolved
    assert gp.resolve_name("Artemovsk", context=["Ukraine"]).name == "Bakhmut"


def _resolved(tops) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {t.text: (t.name, t.country_code, t.feature_code) if t.resolved else (None, None, None) for t in tops}


def test_container_slot_is_read_as_the_division(gp: Geoparser, nlp) -> None:
    # a town's container is its province, not a namesake town; the town may be known by an
    # alternate name there ("Pachuca" is Pachuca de Soto in Hidalgo)
    tops, _ = parse(gp, nlp, "Gunmen attacked a bus in Pachuca, Hidalgo, on Monday.")
    got = _resolved(tops)
    assert got["Hidalgo"] == ("Hidalgo", "MX", "ADM1")
    assert got["Pachuca"][:2] == ("Pachuca de Soto", "MX")


def test_district_outside_its_named_province_has_no_reading(gp: Geoparser, nlp) -> None:
    # a municipality of another state is no reading, however populous; nor is a neighbourhood
    # ("Colonia ...") a department of Uruguay
    got = _resolved(parse(gp, nlp, "On 2 March 2024, in Benito Juarez, Nuevo Leon, a man was shot dead in Colonia Vistas del Sol.")[0])
    assert got["Benito Juarez"] == (None, None, None)
    assert got["Nuevo Leon"] == ("Nuevo Leon", "MX", "ADM1")
    assert "Colonia" not in got


def test_small_place_outside_its_named_province_has_no_reading(gp: Geoparser, nlp) -> None:
    # no Millbrook in Sindh: the village is unknown, the province still places the event
    text = "Two men were shot in Millbrook, Sindh, on Monday."
    tops, _ = parse(gp, nlp, text)
    got = _resolved(tops)
    assert got["Millbrook"] == (None, None, None)
    assert got["Sindh"] == ("Sindh", "PK", "ADM1")
    doc = nlp(text)
    place = event_location(tops, next(doc.sents))
    assert place is not None and place.name == "Sindh"


def test_name_cut_in_two_by_the_tagger_is_joined(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "On 6 June 2021, in Ensenada, Baja California, armed men attacked a patrol.")
    got = _resolved(tops)
    assert got["Baja California"] == ("Baja California", "MX", "ADM1")
    assert got["Ensenada"][:2] == ("Ensenada", "MX")
    assert "California" not in got and "Baja" not in got


def test_coder_list_with_an_ambiguous_province_word(gp: Geoparser, nlp) -> None:
    # "Central" names provinces in many countries: the list is read where the city lies
    tops, _ = parse(gp, nlp, "On 3 June 2021, traders blocked a road in Kandy (Central) to protest new taxes.")
    got = _resolved(tops)
    assert got["Kandy"][:2] == ("Kandy", "LK")
    assert got["Central"][1] in ("LK", None)


def test_coder_list_after_a_described_place(gp: Geoparser, nlp) -> None:
    # "X port city (District, Province)": the list is read although a description stands before it
    tops, _ = parse(gp, nlp, "On 5 May 2021, fighters shelled the outskirts of the Mukalla port city (Al Mukalla, Hadramawt) at night.")
    got = _resolved(tops)
    assert got["Hadramawt"][1] == "YE"
    assert all(cc in ("YE", None) for _n, cc, _f in got.values())


def test_unknown_name_of_a_coder_list_is_claimed(gp: Geoparser, nlp) -> None:
    # no part of a listed district the gazetteer lacks is read as a namesake abroad
    tops, _ = parse(gp, nlp, "On 4 May 2021, gunmen looted shops in Tokombere town (Mayo-Sava, Extreme-Nord).")
    got = _resolved(tops)
    assert "Mayo" not in got
    assert got["Extreme-Nord"][1:] == ("CM", "ADM1")


def test_coder_list_after_a_common_noun(gp: Geoparser, nlp) -> None:
    # "on the X front (District, Province)": read when the list ends with a division
    tops, _ = parse(gp, nlp, "On 9 June 2021, clashes were reported on the mountain front (Harib, Marib) overnight.")
    got = _resolved(tops)
    assert got["Marib"][1] == "YE"
    assert got["Harib"][1] == "YE"
    # a parenthesis of names that closes with no division is no place list
    tops, _ = parse(gp, nlp, "The statement was read by the spokesman (Ahmed Salem) on Tuesday.")
    assert not any(t.resolved for t in tops)


def test_container_slot_weight_is_read() -> None:
    assert geodata.priors().context["container_slot_division"] > 0


def test_town_then_province_named_after_its_capital(gp: Geoparser, nlp) -> None:
    # "near X, Kharkiv": the province, and the village of the name that lies in it
    tops, _ = parse(gp, nlp, "On 2 June 2021, shelling was reported near Malynivka, Kharkiv.")
    got = _resolved(tops)
    assert got["Kharkiv"] == ("Kharkiv", "UA", "ADM1")
    village = next(t for t in tops if t.text == "Malynivka")
    assert village.country_code == "UA" and village.admin1 == "Kharkiv"


def test_hyphenated_actor_adjective_is_not_the_event_place(gp: Geoparser, nlp) -> None:
    text = "On 3 June 2021, 4 Saudi-led coalition airstrikes reportedly targeted Wadi Qarn area (Qarnawi, Sadah)."
    tops, _ = parse(gp, nlp, text)
    place = event_location(tops, next(nlp(text).sents))
    assert place is not None and place.country_code == "YE"


def test_lowercase_common_phrase_is_no_place(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "On 5 May 2021, gunmen attacked a patrol near the port area of the city.")
    assert not any(t.text == "port area" for t in tops)


def test_big_place_spelt_loosely_is_kept_after_a_foreign_demonym(gp: Geoparser, nlp) -> None:
    # the attacker's demonym names a country; a city of 100,000+ in another one is still read
    tops, _ = parse(gp, nlp, "Turkish artillery shelled villages near Qamishli on Tuesday.")
    got = _resolved(tops)
    assert got["Qamishli"][1] == "SY"


def test_article_of_a_group_name_is_no_place(gp: Geoparser, nlp) -> None:
    # "Al" of "Al Shabaab" is no place (Norway has an Ål), and no evidence for another country
    tops, _ = parse(gp, nlp, "On 7 May 2021, a grenade was thrown by Al Shabaab militants at a police post in Jowhar.")
    assert not any(t.text == "Al" for t in tops)
    assert _resolved(tops)["Jowhar"][1] == "SO"


def test_city_and_district_joined_by_a_hyphen_before_a_coders_list(gp: Geoparser, nlp) -> None:
    # the district is in no gazetteer; the city before the hyphen is the place, not a namesake abroad
    tops, _ = parse(gp, nlp, "On 2 June 2021, gunmen fired at an army base in Mogadishu-Hodan district (Hodan, Banadir).")
    got = _resolved(tops)
    assert got["Mogadishu"] == ("Mogadishu", "SO", "PPLC")
    assert not any(t.text == "Hodan" and t.resolved for t in tops)


def test_small_foreign_namesake_beside_another_countrys_places_is_left_unresolved(gp: Geoparser, nlp) -> None:
    # "Hamar" (a town of Norway) in a sentence whose other places are Somali: a place the gazetteer lacks
    text = "On 2 June 2021, a grenade was thrown at the Hamar Jajab police station in Mogadishu (Banadir)."
    tops, _ = parse(gp, nlp, text)
    assert _resolved(tops)["Mogadishu"][1] == "SO"
    assert not any(t.country_code == "NO" for t in tops)
    place = event_location(tops, next(nlp(text).sents))
    assert place is not None and place.country_code == "SO"


def test_namesake_in_another_division_beside_two_places_of_one_is_left_unresolved(gp: Geoparser, nlp) -> None:
    # several towns of India are called Hamirpur, none in Gujarat: the one meant is missing
    tops, _ = parse(gp, nlp, "On 2 June 2021, gunmen shot two men in Hamirpur, near Bhachau and Anjar in Gujarat.")
    ham = next(t for t in tops if t.text == "Hamirpur")
    assert not ham.resolved
    assert _resolved(tops)["Bhachau"][1] == "IN"
    # alone, the name keeps its best reading
    tops, _ = parse(gp, nlp, "On 2 June 2021, gunmen shot two men in Hamirpur.")
    assert next(t for t in tops if t.text == "Hamirpur").country_code == "IN"


def test_foreign_old_name_beside_two_places_of_another_country_is_left_unresolved(gp: Geoparser, nlp) -> None:
    # "Nima" is an old name of Nimes; beside Accra and Greater Accra it is a quarter the gazetteer lacks
    tops, _ = parse(gp, nlp, "On 2 June 2021, traders marched in Nima, a suburb of Accra (Accra, Greater Accra).")
    assert not any(t.country_code == "FR" for t in tops)
    # an exonym of a city of a million or more stays ("Kiev" beside two places of Poland)
    tops, _ = parse(gp, nlp, "The train from Kiev reached Przemysl and then Krakow on Monday.")
    assert _resolved(tops)["Kiev"][1] == "UA"
    # ... but not when written as a feature's name, after "the", beside two places of one country
    for text, name in [
        ("On 2 March 2024, gunmen killed two herders near the Kali hills, east of Dori (Seno, Sahel).", "Kali"),
        ("On 2 March 2024, students protested outside the White House in Nairobi and in Kisumu.", "White House"),
    ]:
        tops, _ = parse(gp, nlp, text)
        assert not any(t.country_code in ("CO", "MA") for t in tops), [(t.text, t.country_code) for t in tops]
        place = event_location(tops, next(nlp(text).sents))
        assert place is not None and place.country_code in ("BF", "KE"), (name, place)


def test_state_tagged_as_a_people_after_a_comma_is_the_state(gp: Geoparser, nlp) -> None:
    # spaCy tags "Michoacan" as a nationality; after "Zamora," it is the state, and it places Zamora
    tops, _ = parse(gp, nlp, "On 6 May 2021, in Zamora, Michoacan, three men were found dead.")
    got = _resolved(tops)
    assert got["Michoacan"][1:] == ("MX", "ADM1")
    assert got["Zamora"][1] == "MX"


def test_city_named_with_city_before_a_coders_list_keeps_its_name(gp: Geoparser, nlp) -> None:
    # "City" is part of "Panama City", not the word "city" of "Hodeidah port city (...)"
    tops, _ = parse(gp, nlp, "On 29 April 2021, in Panama City (Bella Vista), residents blocked a road.")
    got = _resolved(tops)
    assert got["Panama City"][:2] == ("Panama City", "PA")
    assert got["Bella Vista"][1] == "PA"


def test_country_abbreviation_leading_an_organisation_is_still_a_place(gp: Geoparser, nlp) -> None:
    # "US" is written like the article "us" of Arabic names, but in capitals it is the country
    tops, _ = parse(gp, nlp, "The US Census Bureau said the median price of a home rose again.")
    assert _resolved(tops)["US"][1] == "US"


def test_numbered_street_is_no_town(gp: Geoparser, nlp) -> None:
    # "Street" is a small town of England; "Street 40" is a street of the city named beside it
    text = "On 2 March 2024, fighters dug trenches along Street 40 in the east of Mosul."
    tops, _ = parse(gp, nlp, text)
    assert not any(t.country_code == "GB" for t in tops), [(t.text, t.country_code) for t in tops]
    assert _resolved(tops)["Mosul"][1] == "IQ"
    # a state's name before a number still names the state ("Ohio 63" is a road in Ohio)
    tops, _ = parse(gp, nlp, "The crash closed Ohio 63 near Monroe on Friday.")
    assert _resolved(tops)["Ohio"][1] == "US"


def test_name_glued_with_hyphens_around_an_article_is_one_place(gp: Geoparser, nlp) -> None:
    # spaCy leaves "Deir-ez-Zor" untagged here; its last word alone ("Zor") is a town of Kuwait
    tops, _ = parse(gp, nlp, "On 3 May 2020, gunmen shot a farmer in Thiban town, Deir-ez-Zor governorate.")
    got = _resolved(tops)
    assert got["Deir-ez-Zor"][1:] == ("SY", "ADM1"), got
    assert not any(t.country_code == "KW" for t in tops)
    # a hyphenated name whose parts are no article stays as it was ("D-Oakland" names Oakland)
    tops, _ = parse(gp, nlp, "Rep. Anna Cole, D-Oakland, voted against the bill.")
    assert _resolved(tops)["Oakland"][1] == "US"


def test_governorate_under_a_region_geonames_has_no_code_for_is_first_level(gp: Geoparser, nlp) -> None:
    # Erbil, Duhok and Sulaymaniyah sit under Iraq's Kurdistan Region in the division data;
    # they are GeoNames first-level divisions (IQ.11, IQ.08, IQ.05), so places there have an admin1
    tops, _ = parse(gp, nlp, "Drones struck a village in Sidakan, Erbil province, and a road near Zakho in Duhok.")
    by_text = {t.text: t for t in tops}
    assert (by_text["Erbil"].feature_code, by_text["Erbil"].admin1) == ("ADM1", "Erbil")
    assert by_text["Zakho"].admin1 == "Duhok"


def test_place_modifying_a_building_is_not_where_the_event_was(gp: Geoparser, nlp) -> None:
    # "the US embassy" stands in Baghdad: the country is a modifier, the city (here its Green Zone)
    # the place
    doc = nlp("A rocket landed near the US embassy in the Green Zone of Baghdad on Sunday.")
    loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
    assert loc is not None and (loc.name, loc.admin1, loc.country_code) == ("Green Zone", "Baghdad", "IQ"), loc


def test_armed_group_of_one_country_places_an_ambiguous_name_there() -> None:
    # "Ras al-Ain" is a Syrian town and the old name of Ceylanpinar across the Turkish border;
    # the SDF fight in Syria, so a text naming them and no country reads the Syrian town
    from frontwatch.pipeline import extract

    text = "On 4 May 2020, a car bomb exploded near a market in Ras al-Ain, killing three SDF fighters."
    ev = extract(text, published="2020-05-06")[0]
    assert (ev.country, ev.admin1) == ("Syria", "Al-Hasakah"), (ev.location, ev.country)
    # without the group the name keeps its usual (Turkish) reading
    ev = extract("On 4 May 2020, a car bomb exploded near a market in Ras al-Ain, killing three men.",
                 published="2020-05-06")[0]
    assert ev.country == "Turkey"


def test_object_of_a_shelling_verb_is_a_place_though_tagged_a_person(gp: Geoparser, nlp) -> None:
    # spaCy tags both names as people; the gazetteer and the verb say they are towns
    tops, _ = parse(gp, nlp, "Government artillery shelled Maaret al-Numan and Saraqeb on Tuesday.")
    got = _resolved(tops)
    assert got["Maaret al-Numan"][1] == "SY" and got["Saraqeb"][1] == "SY", got
    # the object of any other verb stays a person ("Corbin" is also a town of Kentucky)
    tops, _ = parse(gp, nlp, "The committee thanked Corbin for his work.")
    assert not any(t.text == "Corbin" for t in tops)


def test_road_named_after_a_town_is_not_where_it_happened(gp: Geoparser, nlp) -> None:
    doc = nlp("Teachers held a protest on Murree road in Rawalpindi on Monday.")
    loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
    assert loc is not None and loc.name == "Rawalpindi"


def test_on_is_a_location_preposition_not_a_yaml_boolean() -> None:
    assert "on" in geodata.areas().location_prepositions
    assert "on" not in geodata.areas().name_prepositions  # "on Monday" names no place


_AREAS_BASE = "prefixes: {}\nprovince_words: []\norigin_prepositions: [from]\n"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("suffixes: {}\nlocation_prepositions: [in, on]\n", "location_prepositions must hold strings, found True"),
        ("suffixes: {}\nlocation_prepositions: [in]\nplace_object_verbs: shell\n",
         "place_object_verbs must be a list of words"),
        ("suffixes: {on: 2}\nlocation_prepositions: [in]\n", "suffixes must be keyed by words"),
        ("suffixes: {}\nlocation_prepositions: [in]\ndate_prepositions: ['on']\n",
         "date_prepositions must be location prepositions too"),
    ],
)
def test_bad_area_lists_are_rejected(extra: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        geodata.parse_areas(_AREAS_BASE + extra)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "US" owns the drones: the town they struck keeps its Syrian reading ("Abu Kamal" is an
        # alternate name there, which a document about the United States would not trust)
        ("On 2 March 2019, two US drones struck a convoy near Abu Kamal.", {"US": "US", "Abu Kamal": "SY"}),
        # "Iranian-backed" says who supports a group, not where it is
        ("On 2 March 2019, warplanes struck Iranian-backed militias near Abu Kamal.",
         {"Iranian": "IR", "Abu Kamal": "SY"}),
    ],
)
def test_country_named_only_as_owner_or_backer_makes_no_place_foreign(gp: Geoparser, nlp, text: str,
                                                                       expected: dict) -> None:
    doc = nlp(text)
    tops = gp.parse([(doc, 0)])
    assert {t.text: t.country_code for t in tops} == expected
    loc = event_location(tops, next(iter(doc.sents)))
    assert loc is not None and loc.geonameid == ABU_KAMAL


def test_country_named_as_a_place_makes_another_countrys_alternate_name_untrusted(gp: Geoparser, nlp) -> None:
    doc = nlp("Officials in the United States said a convoy was struck near Abu Kamal.")
    tops = gp.parse([(doc, 0)])
    assert {t.text: t.country_code for t in tops} == {"United States": "US", "Abu Kamal": None}


def test_loose_spelling_outside_the_written_container_is_left_unresolved(gp: Geoparser, nlp) -> None:
    # "Al-Sha'er" matches Sarh (Chad, 139,000) only by a loose spelling; written "in Homs desert"
    # it is a place of Homs the gazetteer lacks, not the city in Chad
    tops, _ = parse(gp, nlp, "On 9 May 2020, militants attacked a gas field in Al-Sha'er in Homs desert.")
    by_text = {t.text: t for t in tops}
    assert not by_text["Al-Sha'er"].resolved and by_text["Al-Sha'er"].country_code is None
    assert by_text["Homs"].country_code == "SY"


def test_container_of_an_address_tagged_as_a_person_is_a_place(gp: Geoparser, nlp) -> None:
    # spaCy tags "Al-Hasakeh" as a person; after "<place> countryside," it is the address's
    # container (a city of 400,000 here), and a first name after a comma is not taken for one
    # (Zirgan is in places.tsv: the Syrian town, not the Russian village of its name)
    tops, _ = parse(gp, nlp, "On 3 May 2020, artillery shelled farms in Zirgan countryside, Al-Hasakeh.")
    assert {t.text: t.country_code for t in tops if t.resolved} == {"Zirgan": "SY", "Al-Hasakeh": "SY"}
    tops, _ = parse(gp, nlp, "She was raised in Clay County, Ching grew up in California.")
    assert "Ching" not in {t.text for t in tops}


def test_division_after_an_unknown_place_written_after_in(gp: Geoparser, nlp) -> None:
    # "Jurf al-Nasr" is not in the gazetteer; the division written after it is Babil (Babylon),
    # not the town of Babylon, New York
    tops, _ = parse(gp, nlp, "On 7 May 2020, militants attacked a checkpoint in Jurf al-Nasr, Babylon, killing a guard.")
    got = {t.text: (t.country_code, t.feature_code) for t in tops if t.resolved}
    assert got.get("Babylon") == ("IQ", "ADM1"), got


def test_city_glued_to_its_district_is_the_city(gp: Geoparser, nlp) -> None:
    # event coders write a city and its district with a hyphen; the gazetteer knows the city
    for text, city, cc in (("On 4 May 2020, residents gathered in Belgrade-Zemun, Serbia.", "Belgrade", "RS"),
                           ("On 4 May 2020, nurses marched in Zagreb-Donji Grad, Croatia.", "Zagreb", "HR")):
        doc = nlp(text)
        loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
        assert loc is not None and (loc.name, loc.country_code) == (city, cc), (text, loc)
    # a word glued to a short old name of a city is no district ("Pre-Trial" is not Prato)
    tops, _ = parse(gp, nlp, "Ten Sent to Pre-Trial Custody After the Raid.")
    assert not any(t.country_code == "IT" for t in tops)


def test_facility_named_after_a_city_places_it(gp: Geoparser, nlp) -> None:
    # spaCy tags "Mosul Airport" as a facility the gazetteer lacks; the city it is named after is
    # the place (the mention is the city's name, as LGL marks "Henderson County" in its jail)
    doc = nlp("On 5 May 2020, rockets landed near Mosul Airport, damaging a hangar.")
    tops = gp.parse([(doc, 0)])
    assert [(t.text, t.country_code) for t in tops] == [("Mosul", "IQ")]
    # a facility named after a person or a small place is left alone
    tops, _ = parse(gp, nlp, "She volunteered for years at Reid Hospital.")
    assert tops == []


def test_place_inside_a_groups_name_is_not_where(gp: Geoparser, nlp) -> None:
    doc = nlp("On 5 May 2020, soldiers fired at positions of the Donbass People's Militia in the area of Avdiivka.")
    loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
    assert loc is not None and (loc.text, loc.admin1) == ("Avdiivka", "Donetsk"), loc


def test_numbered_settlement_is_placed_at_its_town(gp: Geoparser, nlp) -> None:
    # "Zolote-5" (one token) is a numbered settlement by Zolote; the gazetteer knows only Zolote
    tops, _ = parse(gp, nlp, "On 9 May 2020, observers counted two explosions near Zolote-3.")
    assert [(t.text, t.name, t.country_code) for t in tops] == [("Zolote-3", "Zolote", "UA")]


def test_village_without_population_named_with_its_area_word_is_recognised(gp: Geoparser, nlp) -> None:
    # GeoNames gives Al-Amadiyah no population; "Amadiya district" still names it as a place
    doc = nlp("Warplanes bombed villages in Amadiya district on Tuesday.")
    mentions = gp.recognise([(doc, 0)])
    assert [(m.text, sorted({c.cc for c in m.cands})) for m in mentions] == [("Amadiya", ["IQ"])]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the common English spellings of Syrian and Iraqi governorates name the division
        ("On 4 May 2020, shells fell on farms in Jabal al-Zawiya, Idleb.", "Idleb", ("SY", "Idlib")),
        ("On 4 May 2020, a man was shot near Qardaha, Lattakia.", "Lattakia", ("SY", "Latakia")),
        ("On 4 May 2020, protesters gathered in Al-Zubair, Basrah.", "Basrah", ("IQ", "Basra")),
        ("On 4 May 2020, an IED went off near Ain al-Tamr, Kerbala.", "Kerbala", ("IQ", "Karbala")),
    ],
)
def test_division_spellings_of_syria_and_iraq(gp: Geoparser, nlp, text: str, name: str, expected: tuple) -> None:
    tops, _ = parse(gp, nlp, text)
    got = {t.text: (t.country_code, t.admin1) for t in tops if t.resolved}
    assert got.get(name) == expected, got


def test_village_named_with_its_noun_is_no_city(gp: Geoparser, nlp) -> None:
    # "Halab village" is no Aleppo; "Idleb" after "in <name>," is the address's container though
    # spaCy tags it as a person
    tops, _ = parse(gp, nlp, "On 4 May 2020, Russian warplanes carried out airstrikes on Halab village near Atarib.")
    assert "Halab" not in {t.text for t in tops if t.resolved}  # (Halab is Aleppo's Arabic name)
    tops, _ = parse(gp, nlp, "On 4 May 2020, Russian warplanes carried out airstrikes on Fleifel village in "
                             "Wadi Khaled, Idleb.")
    assert {t.text: t.country_code for t in tops if t.resolved} == {"Russian": "RU", "Idleb": "SY"}


def test_town_spacy_reads_as_a_people_named_with_its_noun(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "On 9 May 2020, residents of Jasim town in Daraa governorate protested.")
    got = {t.text: (t.country_code, t.feature_code) for t in tops if t.resolved}
    assert got.get("Jasim") == ("SY", "PPL"), got
    # a month before the comma is no place: "in October, Moore, 19, told the judge"
    tops, _ = parse(gp, nlp, "Shortly after his arrest in October, Moore, 19, told the judge he was sorry.")
    assert "Moore" not in {t.text for t in tops}


def test_container_of_a_town_is_its_division_not_the_seat(gp: Geoparser, nlp) -> None:
    # "Deir-ez-Zor" after "Al-Bukamal in" holds the town: the governorate, not the city 120 km away
    tops, _ = parse(gp, nlp, "On 13 May 2020, airstrikes targeted militias near Al-Bukamal in Deir-ez-Zor.")
    got = {t.text: (t.country_code, t.feature_code) for t in tops if t.resolved}
    assert got == {"Al-Bukamal": ("SY", "PPL"), "Deir-ez-Zor": ("SY", "ADM1")}, got
    # alone it is the city
    tops, _ = parse(gp, nlp, "On 13 May 2020, a man was shot dead in Deir-ez-Zor.")
    assert [(t.feature_code, t.country_code) for t in tops if t.resolved] == [("PPL", "SY")]


def test_city_and_its_namesake_division_are_evidence_of_their_country(gp: Geoparser, nlp) -> None:
    # "Baghdad" is the capital or the province (the reading stays open), but either way Iraq:
    # "Shula" then is no loose spelling of a place abroad ("Karrada", which was read as a hamlet
    # in Estonia, is now in places.tsv)
    tops, _ = parse(gp, nlp, "An IED exploded in Shula district, Baghdad.")
    got = {t.text: t.country_code for t in tops}
    assert got == {"Shula": None, "Baghdad": "IQ"}, got
    tops, _ = parse(gp, nlp, "An IED exploded in Karrada district, Baghdad.")
    assert {t.text: t.country_code for t in tops} == {"Karrada": "IQ", "Baghdad": "IQ"}


def test_towns_a_road_is_named_after_are_places(gp: Geoparser, nlp) -> None:
    tops, _ = parse(gp, nlp, "On 15 May 2020, a drone struck a car on the Idleb-Binnish road.")
    assert {t.text: (t.country_code, t.admin1) for t in tops if t.resolved} == {
        "Idleb": ("SY", "Idlib"), "Binnish": ("SY", "Idlib")}
    # both ends must be known by that exact name
    tops, _ = parse(gp, nlp, "Traffic stalled on the Xqzy-Binnish road.")
    assert [t.text for t in tops] == []


def test_glued_name_starting_with_an_article_word_is_read(gp: Geoparser, nlp) -> None:
    # "As" alone is a stopword; "As-Salamiyah" is a town
    tops, _ = parse(gp, nlp, "On 14 May 2020, dozens of people demonstrated in As-Salamiyah against rising prices.")
    assert [(t.text, t.country_code) for t in tops if t.resolved] == [("As-Salamiyah", "SY")]


def test_division_after_a_direction_is_a_place(gp: Geoparser, nlp) -> None:
    # spaCy tags "Idleb" as a person after "in northern"
    tops, _ = parse(gp, nlp, "On 20 May 2020, gunmen fired at residents of Kelli in northern Idleb who were protesting.")
    assert [(t.text, t.country_code) for t in tops if t.resolved] == [("Idleb", "SY")]


def test_first_word_of_a_longer_name_takes_no_loose_spelling(gp: Geoparser, nlp) -> None:
    # "Jadid" of "Jadid Ekeidat" is no loose spelling of El Jadida, Morocco; "Al-Hol camp" no big city
    tops, _ = parse(gp, nlp, "On 5 June 2020, protesters set fire to a checkpoint in Jadid Ekeidat village, east "
                             "of Deir-ez-Zor.")
    assert {t.country_code for t in tops if t.resolved} == {"SY"}
    tops, _ = parse(gp, nlp, "On 5 June 2020, women in Al-Hol camp rioted.")
    assert all((t.country_code, t.name) != ("GB", "Kingston upon Hull") for t in tops)


@pytest.mark.parametrize(
    ("text", "where", "admin1"),
    [
        # the second place only says where the first lies, however it is introduced
        ("On 3 March 2021, government troops recaptured Kafr Zita in the northern Hama countryside.",
         "Kafr Zita", "Hama"),
        ("On 3 March 2021, a car bomb went off in the main market of Jarabulus in the north-eastern Aleppo countryside.",
         "Jarabulus", "Aleppo"),
        # a name spaCy takes for a person or a firm is a place when a region of a division follows
        ("On 3 March 2021, Morek in the northern Hama countryside came under heavy shelling.", "Morek", "Hama"),
        ("On 3 March 2021, Talbiseh in the northern Homs countryside was shelled.", "Talbiseh", "Homs"),
        ("On 3 March 2021, a drone hit a pickup on the road near Tal Tamr in Al-Hasakeh.", "Tal Tamr", "Al-Hasakah"),
        # the place noun stands for the place: "the outskirts of X" is where an "on" or a verb puts it
        ("On 3 March 2021, artillery hit the outskirts of Batifa in Zakho district, Duhok.", "Batifa", "Duhok"),
        ("On 3 March 2021, the army shelled the village of Kansafra in Jabal al-Zawiya, southern Idleb countryside.",
         "Kansafra", "Idlib"),
        # a facility of the first place between the two ("Harir air base in Erbil")
        ("On 3 March 2021, two rockets were fired at Harir air base in Erbil.", "Harir", "Erbil"),
        # where shells were fired from is not where they hit
        ("On 3 March 2021, rockets fired from positions in Kafr Nabl hit the town of Maarat al-Numan.",
         "Maarat al-Numan", "Idlib"),
        # the first town a road is named between; the second is a place too
        ("On 3 March 2021, a roadside bomb struck a minibus on the road between Balad Ruz and Mandali.",
         "Balad Ruz", "Diyala"),
        # a camp or an airport named after its town is at the town
        ("On 3 March 2021, three rockets landed inside Camp Taji.", "Taji", "Baghdad"),
        ("On 3 March 2021, two drones were shot down over Qamishli airport.", "Qamishli", "Al-Hasakah"),
        # "the centre of X" is X, as "the outskirts of X"
        ("On 3 March 2021, a grenade was thrown into a cafe in the centre of Azaz.", "Azaz", "Aleppo"),
        # a name whose only namesake lies in another country than the division it is written with
        # is a place of that division the gazetteer lacks (not Volgograd, once called Stalingrad)
        ("On 3 March 2021, militiamen burned houses in Stalingrad, Salah al-Din.", "Salah al-Din", "Salah Al-Din"),
        # (Yathrib itself is known since round 15, not Medina's old name)
        ("On 3 March 2021, militiamen burned houses in Yathrib, south-east of Balad.", "Yathrib", "Salah Al-Din"),
        # a site of a town is in the town; a capital named as one side of a reconciliation is its
        # government, not a place
        ("On 3 March 2021, hundreds rallied in the main square of Jarablus against a reconciliation between "
         "the opposition and Damascus.", "Jarablus", "Aleppo"),
        # towns and districts often named in Syrian and Iraqi reporting that cities500 lacks
        ("On 3 March 2021, a motorbike bomb went off near a shrine in Sayyida Zaynab.", "Sayyida Zaynab",
         "Damascus Countryside"),
        ("On 3 March 2021, a sticky bomb exploded under a car in Karrada.", "Karrada", "Baghdad"),
        # a sentence that opens with a place and says so, whatever spaCy tags the name as
        ("Anah, a town on the Euphrates in western Anbar, was retaken on 3 March 2021.", "Anah", "Al-Anbar"),
        ("Morek, northern Hama countryside: government forces entered the town on 3 March 2021.", "Morek", "Hama"),
        # a desert base takes its own division, not the nearest town's
        ("On 3 March 2021, a drone was shot down near Al-Tanf.", "Al-Tanf", "Homs"),
        # a river is a line the gazetteer holds as one point: the town named with it is where
        ("On 3 March 2021, Iraqi jets bombed an ISIS hideout on a small island in the Tigris near Samarra.",
         "Samarra", "Salah Al-Din"),
        ("On 3 March 2021, police found two bodies floating in the Tigris in Mosul.", "Mosul", "Nineveh"),
        # ... and its point, in another country, does not make the event that country's
        ("On 3 March 2021, a boat carrying smugglers came under fire on the Euphrates near Al-Qaim, Anbar.",
         "Al-Qaim", "Al-Anbar"),
    ],
)
def test_where_the_event_was(gp: Geoparser, nlp, text: str, where: str, admin1: str) -> None:
    doc = nlp(text)
    loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
    assert loc is not None and (loc.text, loc.admin1) == (where, admin1), loc


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # villages and towns of Syria and Iraq that cities500 lacks, in places.tsv
        ("On 3 March 2021, Turkish artillery shelled Abu Rasin.", "Zirgan", "Al-Hasakah"),
        # round 15: towns often reported that cities500 lacks
        ("On 3 March 2021, a drone struck a car near Rmeilan.", "Rmelan", "Al-Hasakah"),
        ("On 3 March 2021, gunmen killed a shepherd near Dabiq.", "Dabiq", "Aleppo"),
        ("On 3 March 2021, ISIS militants attacked an army post near Al-Udhaim.", "Al-Adhaim", "Diyala"),
        ("On 3 March 2021, an IED hit a PMF vehicle in Al-Dhuluiya.", "Al-Dhuluiya", "Salah Al-Din"),
        ("On 3 March 2021, ISIS remnants fired on shepherds in the Hamrin mountains.", "Hamrin mountains", "Salah Al-Din"),
        ("On 3 March 2021, ISIS cells attacked a checkpoint near Ithriya.", "Ithriya", "Hama"),
        ("On 3 March 2021, a car bomb exploded in Bza'a.", "Bza'a", "Aleppo"),
        ("On 3 March 2021, gunmen kidnapped a doctor in Al-Mazraa.", "Al-Mazraa", "Suwayda"),
        ("On 3 March 2021, a landmine killed a shepherd near Al-Shuhayl.", "Al-Shuhayl", "Dayr az Zawr"),
        ("On 3 March 2021, gunmen shot a trader in Al-Suwar.", "Al-Suwar", "Dayr az Zawr"),
        ("On 3 March 2021, a mortar hit houses in Maydanki.", "Maydanki", "Aleppo"),
        ("On 3 March 2021, a drone hit a tent in Qah.", "Qah", "Idlib"),
        # the town, not only the district of its name
        ("On 3 March 2021, a tribal dispute turned deadly in Al-Zubair.", "Al-Zubair", "Basra"),
        # a base's name of letters and digits is its name, not an abbreviation
        ("On 3 March 2021, Israeli missiles hit hangars at the T4 air base east of Homs.", "Tiyas", "Homs"),
        ("On 3 March 2021, a rocket landed near the K1 base.", "K1 base", "Kirkuk"),
        # a name that goes on with the lowercase words of a site the gazetteer holds whole
        ("On 3 March 2021, rockets hit the US base at the Al-Omar oil field.", "Omar oil field", "Dayr az Zawr"),
        ("On 3 March 2021, a drone was shot down over Balad air base.", "Balad air base", "Salah Al-Din"),
        # (guard: spaCy tags this one whole)
        ("On 3 March 2021, soldiers searched caves in the Makhoul mountains.", "Makhoul mountains", "Salah Al-Din"),
        ("On 3 March 2021, a fight broke out among residents of the Jeddah camp.", "Al-Jeddah camp", "Nineveh"),
        # a glued name GeoNames gives no population, after a place preposition
        ("On 3 March 2021, teachers protested outside the offices of the Education Directorate in Al-Shaddadi, "
         "Al-Hasakeh.", "Ash Shaddādah", "Al-Hasakah"),
    ],
)
def test_places_of_syria_and_iraq_and_their_sites(gp: Geoparser, nlp, text: str, name: str, admin1: str) -> None:
    doc = nlp(text)
    loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
    assert loc is not None and (loc.name, loc.admin1) == (name, admin1), loc


def test_name_in_brackets_before_a_base_is_a_place(gp: Geoparser, nlp) -> None:
    # "the T4 (Tiyas) air base": the name in brackets, before the base, is the base's
    tops, _ = parse(gp, nlp, "On 3 March 2021, Israeli jets struck the T4 (Tiyas) air base.")
    assert ("Tiyas", "Tiyas") in [(t.text, t.name) for t in tops], tops


def test_road_between_two_towns_is_where(gp: Geoparser, nlp) -> None:
    # "on the road between X and Y in the ... countryside": the road's first town, not the division
    doc = nlp("On 3 March 2021, gunmen stopped a bus on the road between Tal Tamr and Al-Hasakeh city "
              "in the Al-Hasakeh countryside.")
    loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
    assert loc is not None and loc.text == "Tal Tamr", loc


def test_person_in_a_city_is_no_place(gp: Geoparser, nlp) -> None:
    # a person named with the city they are in is not cued as a place by it
    tops, _ = parse(gp, nlp, "The governor met Wanda Morek in Akron on Monday.")
    assert [t.text for t in tops] == ["Akron"]


def test_origin_and_its_container_are_not_where(gp: Geoparser, nlp) -> None:
    # "from X in Y": Y is part of the origin, not the place of the event
    doc = nlp("On 3 March 2021, a man from Al-Hirak in Dara died under torture in a prison in Damascus.")
    loc = event_location(gp.parse([(doc, 0)]), next(iter(doc.sents)))
    assert loc is not None and loc.text == "Damascus", loc


def test_cited_news_agency_is_no_place(gp: Geoparser, nlp) -> None:
    # an agency's acronym cited as a source is not the city it spells ("SANA" is no Sanaa)
    for text in ("Two children were killed in Mhardeh, according to SANA.",
                 "SANA reported that two children were killed in Mhardeh."):
        tops, _ = parse(gp, nlp, text)
        assert [t.country_code for t in tops] == ["SY"], text


def test_address_container_after_a_direction(gp: Geoparser, nlp) -> None:
    # "in Kafr Shams, northern Dara": the name after the comma and the direction is the address
    tops, _ = parse(gp, nlp, "Gunmen attacked a farm in Kafr Shams, northern Dara, on Monday.")
    assert [(t.text, t.country_code) for t in tops] == [("Kafr Shams", "SY"), ("Dara", "SY")]


def test_a_named_mission_places_villages_where_it_works(gp: Geoparser, nlp) -> None:
    # data/geo/operating_areas.tsv: the OSCE monitors report from Donetsk and Luhansk oblasts,
    # UNIFIL from south Lebanon; a village with namesakes elsewhere is read there
    tops, _ = parse(gp, nlp, "The OSCE SMM recorded 14 explosions near Serhiivka on Tuesday night.")
    assert [t.admin1 for t in tops if t.text == "Serhiivka"] == ["Donetsk"]
    tops, _ = parse(gp, nlp, "Residents reported 14 explosions near Serhiivka on Tuesday night.")
    assert [t.admin1 for t in tops if t.text == "Serhiivka"] == ["Poltava"]
    assert _resolved(parse(gp, nlp, "UNIFIL patrols reported gunfire near Qana on Monday.")[0])["Qana"][1] == "LB"
    assert _resolved(parse(gp, nlp, "Gunfire was reported near Qana on Monday.")[0])["Qana"][1] == "EG"
    # a village too small to be taken for a place on its own is one where the mission works
    assert _resolved(parse(gp, nlp, "The OSCE SMM recorded two explosions near Hnutove on Tuesday.")[0])["Hnutove"][:2] == ("Hnutove", "UA")
    assert "Hnutove" not in _resolved(parse(gp, nlp, "Residents heard two explosions near Hnutove on Tuesday.")[0])
    assert gp.operating_areas("Shots were fired across the Line of Control.") == (("IN", ("12",)), ("PK", ("06",)))
    assert gp.operating_areas("The smm said so.") == ()


def test_kashmir_abbreviations(gp: Geoparser, nlp) -> None:
    got = _resolved(parse(gp, nlp, "Shells landed in a village of Rajouri district, J&K, on Friday. Others fell in Kotli (AJK).")[0])
    assert got["J&K"][1:] == ("IN", "ADM1")
    assert got["AJK"] == ("Azad Jammu and Kashmir", "PK", "ADM1")


def test_operating_areas_name_divisions_of_the_gazetteer(gaz: Gazetteer) -> None:
    for area in geodata.operating_areas():
        assert area.country_code in gaz.country_names, area
        for code in area.codes:
            assert (area.country_code, code) in gaz.admin1_names, area


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coder's parenthesis follows a place noun ACLED uses for Bangladesh, or the name's other
        # spelling in brackets (an item of such a list is read as a division where it names one:
        # Comilla district)
        ("On 3 March 2024, two farmers were hacked at a village of Rampura upazila (Comilla).",
         {"Comilla": ("Cumilla", "BD", "ADM2")}),
        ("On 3 March 2024, gunmen torched a lorry near Koundougou [Kundugu] (Dori, Seno).",
         {"Dori": ("Dori", "BF", "PPL"), "Seno": ("Séno", "BF", "ADM2")}),
        # names with a lowercase connector: the tagger stops at "Foz"; a coder's list follows
        # "Capilla del Monte"
        ("On 3 March 2024, in Foz do Iguacu, Parana, two people were shot.",
         {"Foz do Iguacu": ("Foz do Iguaçu", "BR", "PPL")}),
        ("On 3 March 2024, in Capilla del Monte (Cordoba), neighbours marched.",
         {"Capilla del Monte": ("Capilla del Monte", "AR", "PPL"), "Cordoba": ("Cordoba", "AR", "ADM1")}),
        # the town is unknown to the gazetteer; "(Buenos Aires)" is the coder's province, not the capital
        ("On 3 March 2024, in Villa Tessaro (Buenos Aires), neighbours banged pots in protest.",
         {"Buenos Aires": ("Buenos Aires", "AR", "ADM1"), "Villa Tessaro": None}),
        # a sector written with its container: not the town of Karnataka the gazetteer has
        ("On 3 March 2024, Indian and Pakistani troops traded fire in Shahpur sector area (Poonch district, J&K).",
         {"Shahpur": (None, None, None), "J&K": ("Kashmir", "IN", "ADM1")}),
        # the container closes a list of municipalities: Escobedo is not the town of Coahuila
        ("On 3 March 2024, a body was found between Escobedo and Monterrey municipalities, Nuevo Leon.",
         {"Escobedo": (None, None, None), "Nuevo Leon": ("Nuevo Leon", "MX", "ADM1")}),
        # one organisation for the tagger, a town and its region for the coder
        ("On 3 March 2024, in La Libertad, Arequipa, night watchmen protested.",
         {"La Libertad": ("La Libertad", "PE", "PPL"), "Arequipa": ("Arequipa", "PE", "ADM1")}),
        # a city's district written "sub-city of": not the town of China; a town the coder placed in a
        # bracketed list in another division of its country: not Aragua's big city
        ("On 3 March 2024, police detained a reporter at his home in Bole sub-city of Addis Ababa.",
         {"Bole": (None, None, None), "Addis Ababa": ("Addis Ababa", "ET", "PPLC")}),
        ("On 3 March 2024, troops clashed with ELN fighters in La Victoria (Paez municipality, Apure).",
         {"La Victoria": (None, None, None), "Apure": ("Apure", "VE", "ADM1")}),
        # divisions listed with an Oxford comma are items of the list, not one another's containers;
        # a list of cities likewise
        ("On 3 March 2024, police raids took place in Kabul, Ghor, Laghman, and Balkh provinces.",
         {"Kabul": ("Kabul", "AF", "ADM1"), "Ghor": ("Ghowr", "AF", "ADM1")}),
        ("Flights will link New York with Moscow, Kiev, Minsk and Riga next year.",
         {"Moscow": ("Moscow", "RU", "PPLC")}),
        # a province's name from before its 2022 split, which the registry data no longer holds
        ("On 3 March 2024, families from Barangay Tuka in Mamasapano, Maguindanao, fled the fighting.",
         {"Maguindanao": ("Maguindanao", "PH", "ADM2")}),
        # "X city": the city of 190,000 that bears the name, not the smaller town whose own name it is
        ("On 3 March 2024, journalists rallied outside the press club in Khairpur city, Sindh.",
         {"Khairpur city": ("Khairpur Mir’s", "PK", "PPL")}),
        # the tagger's one title over a town and its province
        ("On 3 March 2024, soldiers clashed with NPA rebels in a remote barangay of Catubig, Northern Samar.",
         {"Catubig": ("Catubig", "PH", "PPL")}),
        # a province's own name closing an address, after a town the gazetteer lacks (not Morocco's Oriental)
        ("On 3 March 2024, families from Barangay Malabo, Bindoy, Negros Oriental, as well as nearby villages fled.",
         {"Negros Oriental": ("Negros Oriental", "PH", "ADM2"), "Oriental": None}),
        # a container named as a city and as its state is the state for a place of the country
        # outside the city's state; and it follows the longer name a known one starts
        ("On 3 March 2024, forces fired mortars at the positions of the Luhansk People's Militia in the area "
         "of Berezivske, Luhansk.",
         {"Berezivske": (None, None, None)}),
    ],
)
def test_coder_place_lists_and_connectors(gp: Geoparser, nlp, text: str, expected: dict) -> None:
    got = _resolved(parse(gp, nlp, text)[0])
    for name, reading in expected.items():
        if reading is None:
            assert name not in got  # no toponym at all
        else:
            assert got[name] == reading, name


@pytest.mark.parametrize(("text", "expected"), [
    # a division elsewhere named like a bigger city is not what the name means alone
    ("Residents blocked the main road in La Paz on Tuesday.", ("La Paz", "BO", "PPL")),
    # (guard) a division named after its own big seat still means the seat
    ("Residents blocked the main road in Puebla on Tuesday.", ("Puebla", "MX", "PPL")),
])
def test_a_name_alone_is_its_big_city_not_a_division_elsewhere(gp: Geoparser, nlp, text: str, expected) -> None:
    tops, _ = parse(gp, nlp, text)
    assert [(t.name, t.country_code, t.feature_code) for t in tops] == [expected]


def test_container_follows_the_longer_name_a_place_starts() -> None:
    # "San Lucas" read from the start of "San Lucas Tepexco, Puebla": Puebla is its container
    from frontwatch.geo.resolve import Mention, _contains_link

    x = Mention("San Lucas", 18, 27, "LOC", 0, 6, 8, 0, name_end=9, name_last="tepexco")
    y = Mention("Puebla", 37, 43, "GPE", 0, 10, 11, 0, prefix="lucas tepexco")
    assert _contains_link(x, y)
    assert not _contains_link(replace(x, name_end=None, name_last=""), y)


def test_division_closing_an_organisation_name_starts_at_the_name(gp: Geoparser, nlp) -> None:
    # spaCy reads "Paucarpata, Arequipa" as one organisation; the address is a town and its region
    tops, text = parse(gp, nlp, "On 3 March 2024, in Paucarpata, Arequipa, street sweepers staged a demonstration.")
    assert [(text[t.start:t.end], t.feature_code) for t in tops] == [("Paucarpata", "PPL"), ("Arequipa", "ADM1")]


@pytest.mark.parametrize(("text", "expected"), [
    # a name with lowercase connectors the language model splits into two "people"
    ("On 12 June 2024, gunmen blew up a cash machine in Vertente do Lerio, Pernambuco.",
     {"Vertente do Lerio": ("Vertente do Lério", "BR", "PPL"), "Pernambuco": ("Pernambuco", "BR", "ADM1")}),
    # a name the gazetteer lacks, then a town it has, then the state
    ("Police raided a farm in Hulu Rening, Batang Kali, Selangor, on Friday.",
     {"Batang Kali": ("Batang Kali", "MY", "PPL"), "Selangor": ("Selangor", "MY", "ADM1")}),
    # a place noun and a comma before the town: "community, Tibu"
    ("A union leader was shot in the Caño Seco community, Tibu, Norte de Santander department.",
     {"Tibu": ("Tibú", "CO", "PPL"), "Norte de Santander": ("Norte de Santander", "CO", "ADM1")}),
    # three names closed by a second-level division: the town with no reading there is left out
    ("Soldiers and rebels exchanged fire in Macarthur, Monreal, Masbate.",
     {"Macarthur": (None, None, None), "Monreal": ("Monreal", "PH", "PPL"), "Masbate": ("Masbate", "PH", "ADM2")}),
    # (guard) a list of cities is no address: no city is read as inside the next one
    ("The plan adds trains connecting Cleveland, Columbus, Dayton and Cincinnati.",
     {"Cleveland": ("Cleveland", "US", "PPL"), "Columbus": ("Columbus", "US", "PPL"),
      "Dayton": ("Dayton", "US", "PPL"), "Cincinnati": ("Cincinnati", "US", "PPL")}),
])
def test_address_written_with_commas_reads_names_inside_its_division(gp: Geoparser, nlp, text: str, expected) -> None:
    assert _resolved(parse(gp, nlp, text)[0]) == expected


def test_a_province_seat_is_its_namesake_town_or_its_largest(gaz: Gazetteer) -> None:
    kandahar = next(c for c in gaz.divisions("Kandahar", "AF"))
    assert gaz.seat(kandahar.id).name == "Kandahār"
    darfur = next(c for c in gaz.divisions("North Darfur", "SD"))
    assert gaz.seat(darfur.id).name == "El Fasher"  # no town is called North Darfur: the largest
    town = next(c for c in gaz.candidates("Kandahar", False) if c.fclass == "P")
    assert gaz.seat(town.id) is None  # a town has no seat


def test_hyphenated_first_end_of_a_road(gp: Geoparser, nlp) -> None:
    # "Deir-ez-Zor" is one name; its last part alone matched a town of Kuwait
    got = _resolved(parse(gp, nlp, "On 3 March 2024, ISIS cells ambushed a convoy on the Deir-ez-Zor-Palmyra highway.")[0])
    assert got["Deir-ez-Zor"][1] == "SY"
    assert got["Palmyra"][:2] == ("Tadmur", "SY")
    assert "Zor" not in got


def test_village_written_with_a_governorate_of_another_country(gp: Geoparser, nlp) -> None:
    # the gazetteer lacks the Syrian village: its Egyptian namesake is no reading
    got = _resolved(parse(gp, nlp, "On 3 March 2024, shells hit SDF positions in Al-Husayniyah village, "
                                   "Deir-ez-Zor countryside.")[0])
    assert got["Al-Husayniyah"] == (None, None, None)
    assert got["Deir-ez-Zor"][1:] == ("SY", "ADM1")


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a Persian name joined by its connecting vowel: not Al-Kut in Iraq
    ("Nurses in Kut e Abdollah went on strike over unpaid wages.", "Kut e Abdollah", ("Kūt-e ‘Abdollāh", "IR", "PPL")),
    ("Two soldiers died in fighting in Qala i Naw, Badghis.", "Qala i Naw", ("Qala i Naw", "AF", "PPL")),
])
def test_names_joined_by_a_connecting_vowel_and_districts_named_after_their_seat(gp: Geoparser, nlp, text: str, name: str, expected) -> None:
    assert _resolved(parse(gp, nlp, text)[0])[name] == expected


def test_a_district_the_gazetteer_lacks_is_the_town_it_is_named_after(gaz: Gazetteer) -> None:
    assert [(c.name, c.cc, c.fcode) for c in gaz.candidates("Qala i Naw district")] == [("Qala i Naw", "AF", "PPL")]
    # (guard) a district the gazetteer has stays the district
    assert {c.fcode for c in gaz.candidates("Kandahar province")} == {"ADM1"}


def test_a_city_written_as_the_container_of_a_distant_town_is_its_province(gp: Geoparser, nlp) -> None:
    got = _resolved(parse(gp, nlp, "Gunmen shot a teacher in Ghoryan district center, Herat, on Sunday.")[0])
    assert got["Ghoryan"] == ("Ghōriyān", "AF", "PPL")
    assert got["Herat"] == ("Herat", "AF", "ADM1")
    # (guard) a neighbourhood of the city itself keeps the city
    got = _resolved(parse(gp, nlp, "Police raided a flat in Koreatown, Los Angeles.")[0])
    assert got["Los Angeles"] == ("Los Angeles", "US", "PPL")


# ---------------------------------------------------------------- possessive containers


def _event(gp: Geoparser, nlp, text: str):
    doc = nlp(text)
    tops = gp.parse([(doc, 0)])
    return _resolved(tops), event_location(tops, next(iter(doc.sents)))


@pytest.mark.parametrize(("text", "name", "expected"), [
    # the owner is a state of the US and a country: the town is Georgia's, not Italy's or Canada's
    ("Hail flattened barns in Georgia's Milan area late on Thursday.", "Milan", ("Milan", "US", "PPL")),
    ("A water main burst in Georgia's Hamilton area on Friday.", "Hamilton", ("Hamilton", "US", "PPL")),
    # the owner is an Australian state: not the city of Brazil
    ("Firefighters saved homes in Victoria's Olinda area overnight.", "Olinda", ("Olinda", "AU", "PPL")),
    # a first-level division owning a town its name shares with another division
    ("Farmers marched in Narino's Cordoba area on Monday.", "Cordoba", ("Córdoba", "CO", "PPL")),
])
def test_possessive_owner_is_the_container(gp: Geoparser, nlp, text: str, name: str, expected) -> None:
    got, _ = _event(gp, nlp, text)
    assert got[name] == expected


def test_possessive_city_owner_with_a_namesake_abroad(gp: Geoparser, nlp) -> None:
    # the gazetteer lacks the Nairobi neighbourhood: England's town is no reading, the city places
    # the event (near it: the text names a part of it)
    got, place = _event(gp, nlp, "Gunmen killed two people in Nairobi's Eastleigh area on Sunday.")
    assert got == {"Nairobi": ("Nairobi", "KE", "PPLC"), "Eastleigh": (None, None, None)}
    assert place is not None and (place.name, place.country_code, place.geo_precision) == ("Nairobi", "KE", 2)
    # also with no preposition before the owner
    got, place = _event(gp, nlp, "Gunmen attacked Nairobi's Eastleigh area on Sunday.")
    assert got["Eastleigh"] == (None, None, None)
    assert place is not None and (place.name, place.country_code, place.geo_precision) == ("Nairobi", "KE", 2)


def test_possessive_country_owner_with_a_province_of_another_country(gp: Geoparser, nlp) -> None:
    # Iran's Kordestan is also called Kurdistan: not what Iraq's region means
    got, place = _event(gp, nlp, "Drones struck a base in Iraq's Kurdistan region on Friday.")
    assert got["Kurdistan"] == (None, None, None)
    assert place is not None and (place.name, place.country_code, place.geo_precision) == ("Iraq", "IQ", 3)


@pytest.mark.parametrize(("text", "expected"), [
    # a country owning one of its first-level divisions: the division is where
    ("Militants attacked Mali's Mopti region on Monday.", ("Mopti", "ML", "ADM1", 3)),
    ("Troops were sent to Ethiopia's Tigray region in November.", ("Tigrai", "ET", "ADM1", 3)),
    # a city owning its district
    ("Residents fled Khartoum's Bahri district after the shelling.", ("Khartoum North", "SD", "PPL", 2)),
])
def test_possessive_owner_is_not_where(gp: Geoparser, nlp, text: str, expected) -> None:
    _, place = _event(gp, nlp, text)
    assert place is not None
    assert (place.name, place.country_code, place.feature_code, place.geo_precision) == expected


def test_possessive_owner_cues_an_untagged_name_before_an_area_word(gp: Geoparser, nlp) -> None:
    got, place = _event(gp, nlp, "Bandits killed 20 people in Zamfara's Anka local government area.")
    assert got["Anka"] == ("Anka", "NG", "PPL")
    assert place is not None and place.name == "Anka"
    # the names listed after the owner share it
    got, _ = _event(gp, nlp, "Troops cleared roads in Borno's Bama and Konduga local government areas.")
    assert got["Bama"] == ("Bama", "NG", "PPL") and got["Konduga"] == ("Konduga", "NG", "PPL")


@pytest.mark.parametrize(("text", "expected"), [
    # a person or an organisation after a country's possessive: no place, and the event stays
    ("Russia's Putin arrived in Damascus on Monday.", ("Damascus", "SY", "PPLC")),
    ("Nigeria's army killed 20 militants in Borno on Monday.", ("Borno", "NG", "ADM1")),
    ("Syria's Assad spoke to reporters in Aleppo.", ("Aleppo", "SY", "PPL")),
    # whose offensive, not where the town lies
    ("Ukraine's Kursk offensive stalled near Sudzha.", ("Sudzha", "RU", "PPL")),
])
def test_possessive_of_a_person_or_a_noun_is_no_container(gp: Geoparser, nlp, text: str, expected) -> None:
    got, place = _event(gp, nlp, text)
    assert "Putin" not in got or got["Putin"] == (None, None, None)
    assert got.get("Kursk", ("Kursk", "RU", "PPL")) == ("Kursk", "RU", "PPL")
    assert place is not None and (place.name, place.country_code, place.feature_code) == expected


def test_possessive_link_needs_a_place_owner_and_a_place_after_it(gp: Geoparser) -> None:
    from frontwatch.geo.resolve import Mention

    def mention(text: str, start: int, end: int, suffix: str) -> Mention:
        return Mention(text, 0, 0, "GPE", 0, start, end, 0, suffix=suffix, cands=gp.gaz.candidates(text))

    assert gp._possessive_container(mention("Benue", 3, 4, "'s"), mention("Guma", 5, 6, "area"))
    assert gp._possessive_container(mention("Lagos", 3, 4, "'"), mention("Ikeja", 5, 6, "district"))
    # a continent (whose only town is an old name), a county's bare name, a name not right after
    assert not gp._possessive_container(mention("Africa", 3, 4, "'s"), mention("Sahel", 5, 6, "region"))
    assert not gp._possessive_container(mention("Carter", 3, 4, "'s"), mention("Lanexa", 5, 6, "home"))
    assert not gp._possessive_container(mention("Benue", 3, 4, "'s"), mention("Guma", 6, 7, "area"))
    # a closing quote after a name not ending in s; a country after the possessive
    assert not gp._possessive_container(mention("Benue", 3, 4, "'"), mention("Guma", 5, 6, "area"))
    assert not gp._possessive_container(mention("Russia", 3, 4, "'s"), mention("Ukraine", 5, 6, "war"))


@pytest.mark.parametrize(("text", "expected"), [
    # the state abbreviations of notes on India: "TN" after an Indian town is Tamil Nadu
    ("On 30 April 2020, weavers held a protest in Salem city (Salem, TN) demanding relief.",
     ("Salem", "Tamil Nadu", "India")),
    ("On 9 May 2020, nurses held a protest at a hospital in Mysuru city (Mysuru, KN).",
     ("Mysuru", "Karnataka", "India")),
    # (after a US town the two capitals are still the US state)
    ("A man was shot in Salem, OR on Tuesday.", ("Salem", "Oregon", "United States")),
    ("Police said a fire in Nashville, TN was set deliberately and arrested two men.",
     ("Nashville", "Tennessee", "United States")),
])
def test_indian_state_abbreviations_beside_us_postal_codes(text: str, expected: tuple) -> None:
    from frontwatch.pipeline import extract

    ev = extract(text, published="2020-05-10")[0]
    assert (ev.location, ev.admin1, ev.country) == expected


def test_a_village_named_after_its_place_noun_is_read_though_tagged_a_person() -> None:
    # spaCy tags "Hasbaya" a person; "the town of" says it is a place, however small
    from frontwatch.pipeline import extract

    ev = extract("On 2 May 2020, protesters from a movement against the political system in Lebanon held a march "
                 "through the town of Hasbaya.", published="2020-05-03")[0]
    assert (ev.location, ev.country, ev.geo_precision) == ("Hasbaya", "Lebanon", 1)
