"""Idempotent writes: create what is missing, save only what differs.

`update_or_create` saves on every run, which would add a history record and touch
`auto_now` fields each time; these helpers leave an unchanged row alone, so a second run
of the demo changes nothing, history included.
"""

from django.db import models
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

REDEN = "Demo geladen"


def _waarde_in_rij(model, veld: str, waarde):
    """The database value of `veld`: the key for a foreign key, the value otherwise."""
    field = model._meta.get_field(veld)
    if isinstance(field, models.ForeignKey):  # one-to-one fields included
        return field.attname, (waarde.pk if isinstance(waarde, models.Model) else waarde)
    return field.attname, waarde


def _verschillen(obj, waarden: dict) -> list[str]:
    gewijzigd = []
    for veld, waarde in waarden.items():
        attname, nieuw = _waarde_in_rij(type(obj), veld, waarde)
        if getattr(obj, attname) != nieuw:
            gewijzigd.append(veld)
    return gewijzigd


def vastleggen(model, sleutel: dict, waarden: dict | None = None):
    """The row with natural key `sleutel`, created or brought up to date with `waarden`."""
    waarden = waarden or {}
    obj = model._default_manager.filter(**sleutel).first()
    if obj is None:
        obj = model(**sleutel, **waarden)
    else:
        gewijzigd = _verschillen(obj, waarden)
        if not gewijzigd:
            return obj
        for veld in gewijzigd:
            setattr(obj, veld, waarden[veld])
    obj.full_clean()
    obj._change_reason = REDEN
    obj.save()
    return obj


def m2m_zetten(obj, veld: str, doelen) -> None:
    """Set a many-to-many relation; `.set()` writes (and records history) only on a difference."""
    getattr(obj, veld).set(list(doelen))


def vastleggen_bulk(model, sleutelvelden: tuple[str, ...], rijen: list[dict], bestaand, geschiedenis: bool = True):
    """Many rows at once. `bestaand` is the queryset the rows' natural keys live in.

    Returns {natural key (database values): object}.
    """
    index = {}
    for obj in bestaand:
        index[tuple(getattr(obj, model._meta.get_field(v).attname) for v in sleutelvelden)] = obj

    nieuw, gewijzigd, velden = [], [], set()
    for rij in rijen:
        sleutel = tuple(_waarde_in_rij(model, v, rij[v])[1] for v in sleutelvelden)
        obj = index.get(sleutel)
        if obj is None:
            obj = model(**rij)
            nieuw.append(obj)
            index[sleutel] = obj
            continue
        overig = {k: v for k, v in rij.items() if k not in sleutelvelden}
        verschil = _verschillen(obj, overig)
        if verschil:
            for veld in verschil:
                setattr(obj, veld, overig[veld])
            gewijzigd.append(obj)
            velden.update(verschil)

    if nieuw:
        if geschiedenis:
            bulk_create_with_history(nieuw, model, batch_size=500, default_change_reason=REDEN)
        else:
            model._default_manager.bulk_create(nieuw, batch_size=500)
    if gewijzigd:
        if geschiedenis:
            bulk_update_with_history(gewijzigd, model, sorted(velden), batch_size=500, default_change_reason=REDEN)
        else:
            model._default_manager.bulk_update(gewijzigd, sorted(velden), batch_size=500)
    return index
