"""The differences between two constructed snapshots."""

import copy

from publicatie.diff import versies_vergelijken, woordverschil


def _actie(omschrijving, soort="nieuw", vervolgtafel="BO-MIRT", trekker="Provincie Overijssel"):
    return {
        "soort": soort,
        "omschrijving": omschrijving,
        "trekker": {"naam": trekker, "soort": "provincie", "bestuurslaag": "regio"},
        "partners": [],
        "vervolgtafel": vervolgtafel,
        "status": "voorgenomen",
    }


def _opgave(slug, titel, kern, acties=(), duo=()):
    return {
        "slug": slug,
        "volgnummer": 1,
        "titel": titel,
        "schaalniveau": "regio",
        "gebied": "",
        "samenvatting": "",
        "kern": kern,
        "acties": list(acties),
        "duo": [{"naam": n, "organisatie": o, "bestuurslaag": "rijk"} for n, o in duo],
    }


OUD = {
    "schema": "x",
    "schemaversie": 1,
    "agenda": {"naam": "Oost", "slug": "oost", "landsdeel": "oost", "inleiding": "Rijk en regio werken samen."},
    "versie": {"nummer": 1, "label": "Eerste concept"},
    "perspectief": [{"soort": "positie", "titel": "Positie", "tekst": "Oost is sterk."}],
    "opgaven": [
        _opgave(
            "zwolle",
            "Groeiregio Zwolle",
            "Wonen en water in balans.",
            [_actie("Verkenning IJsseldelta"), _actie("Lopend programma", soort="lopend")],
            [("A. Jansen", "BZK"), ("B. de Vries", "Provincie Overijssel")],
        ),
        _opgave("twente", "Kennisas Twente", "Talent vasthouden."),
        _opgave("vervalt", "Opgave die vervalt", "Wordt geschrapt."),
    ],
    "gesprekstafels": [],
    "fases": [],
    "bijeenkomsten": [],
}


def _nieuw():
    nieuw = copy.deepcopy(OUD)
    nieuw["versie"] = {"nummer": 2, "label": "Concept na Synthesebijeenkomst"}
    zwolle = nieuw["opgaven"][0]
    zwolle["kern"] = "Wonen, werken en water in balans."
    zwolle["acties"] = [
        _actie("Verkenning IJsseldelta", vervolgtafel="Regio Deal Zwolle"),
        _actie("Lopend programma", soort="lopend"),
        _actie("Nieuwe gebiedsaanpak Kampen"),
    ]
    zwolle["duo"][1] = {"naam": "C. Bakker", "organisatie": "Regio Zwolle", "bestuurslaag": "regio"}
    del nieuw["opgaven"][2]
    nieuw["opgaven"].append(_opgave("rivieren", "Rivierengebied", "Ruimte voor de rivier."))
    nieuw["perspectief"][0]["tekst"] = "Oost is sterk en groen."
    return nieuw


def test_woordverschil_markeert_woorden_niet_alleen_met_kleur():
    html = woordverschil("Wonen en water", "Wonen, werken en water")
    assert '<del><span class="visually-hidden">verwijderd: </span>Wonen</del>' in html
    assert '</del> <ins><span class="visually-hidden">toegevoegd: </span>Wonen, werken</ins> en water' in html


def test_woordverschil_ontsnapt_html():
    html = woordverschil("a", "<script>alert(1)</script>")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_ongewijzigde_tekst_geeft_geen_markering():
    assert "<ins>" not in woordverschil("gelijk blijft gelijk", "gelijk blijft gelijk")


def test_opgaven_toegevoegd_verwijderd_gewijzigd():
    vergelijking = versies_vergelijken(OUD, _nieuw())
    soort = {w.slug: w.soort for w in vergelijking.opgaven}
    assert soort == {"zwolle": "gewijzigd", "rivieren": "toegevoegd", "vervalt": "verwijderd"}
    assert vergelijking.ongewijzigd == ["Kennisas Twente"]


def test_gewijzigde_opgave_in_detail():
    zwolle = next(w for w in versies_vergelijken(OUD, _nieuw()).opgaven if w.slug == "zwolle")
    assert [t.veld for t in zwolle.teksten] == ["Kern van de gezamenlijke opgave"]
    assert "werken" in zwolle.teksten[0].html
    assert [a["omschrijving"] for a in zwolle.acties_toegevoegd] == ["Nieuwe gebiedsaanpak Kampen"]
    assert zwolle.acties_verwijderd == []
    assert zwolle.acties_gewijzigd[0]["verschillen"] == [
        {"kenmerk": "vervolgtafel", "oud": "BO-MIRT", "nieuw": "Regio Deal Zwolle"}
    ]
    assert zwolle.duo_toegevoegd == ["C. Bakker (Regio Zwolle)"]
    assert zwolle.duo_verwijderd == ["B. de Vries (Provincie Overijssel)"]


def test_perspectief_en_inleiding():
    nieuw = _nieuw()
    nieuw["agenda"]["inleiding"] = "Rijk en regio werken nauw samen."
    vergelijking = versies_vergelijken(OUD, nieuw)
    assert [d.veld for d in vergelijking.perspectief] == ["Positie"]
    assert "groen" in vergelijking.perspectief[0].html
    assert "nauw" in vergelijking.inleiding


def test_gelijke_versies_hebben_geen_verschillen():
    vergelijking = versies_vergelijken(OUD, copy.deepcopy(OUD))
    assert not vergelijking.heeft_verschillen
    assert len(vergelijking.ongewijzigd) == 3


def test_alleen_witruimte_wordt_niet_gemarkeerd():
    html = woordverschil("een zin.", "een  zin. Extra.")
    assert html.count("<ins>") == 1
    assert "Extra." in html
