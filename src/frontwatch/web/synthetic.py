"""Synthetic, plausible-looking stores for the web app's tests, benchmark and screenshot.

Documents are built sentence by sentence so every event's evidence offsets are
exact; places are real towns with approximate coordinates but made-up
geonameids (9,000,000 and up), so nothing here claims to be gazetteer data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..models import Comment, Document, Event, Segmentation, Span, Toponym, content_id

Item = tuple[Document, Segmentation, list[Event], list[Toponym]]


@dataclass(frozen=True)
class Place:
    name: str
    admin1: str
    country: str
    latitude: float
    longitude: float


PLACES: tuple[Place, ...] = (
    Place("Kharkiv", "Kharkivska", "Ukraine", 49.99, 36.23),
    Place("Kupiansk", "Kharkivska", "Ukraine", 49.71, 37.61),
    Place("Izium", "Kharkivska", "Ukraine", 49.21, 37.26),
    Place("Vovchansk", "Kharkivska", "Ukraine", 50.29, 36.94),
    Place("Bakhmut", "Donetska", "Ukraine", 48.60, 38.00),
    Place("Avdiivka", "Donetska", "Ukraine", 48.14, 37.74),
    Place("Pokrovsk", "Donetska", "Ukraine", 48.28, 37.18),
    Place("Kramatorsk", "Donetska", "Ukraine", 48.72, 37.56),
    Place("Sloviansk", "Donetska", "Ukraine", 48.85, 37.60),
    Place("Chasiv Yar", "Donetska", "Ukraine", 48.59, 37.84),
    Place("Toretsk", "Donetska", "Ukraine", 48.40, 37.85),
    Place("Vuhledar", "Donetska", "Ukraine", 47.78, 37.25),
    Place("Donetsk", "Donetska", "Ukraine", 48.02, 37.80),
    Place("Mariupol", "Donetska", "Ukraine", 47.10, 37.55),
    Place("Lyman", "Donetska", "Ukraine", 48.99, 37.81),
    Place("Sievierodonetsk", "Luhanska", "Ukraine", 48.95, 38.49),
    Place("Kreminna", "Luhanska", "Ukraine", 49.05, 38.22),
    Place("Zaporizhzhia", "Zaporizka", "Ukraine", 47.84, 35.14),
    Place("Orikhiv", "Zaporizka", "Ukraine", 47.57, 35.79),
    Place("Robotyne", "Zaporizka", "Ukraine", 47.45, 35.84),
    Place("Huliaipole", "Zaporizka", "Ukraine", 47.66, 36.26),
    Place("Kherson", "Khersonska", "Ukraine", 46.64, 32.61),
    Place("Krynky", "Khersonska", "Ukraine", 46.73, 33.08),
    Place("Beryslav", "Khersonska", "Ukraine", 46.84, 33.43),
    Place("Mykolaiv", "Mykolaivska", "Ukraine", 46.97, 31.99),
    Place("Odesa", "Odeska", "Ukraine", 46.48, 30.72),
    Place("Izmail", "Odeska", "Ukraine", 45.35, 28.84),
    Place("Dnipro", "Dnipropetrovska", "Ukraine", 48.46, 35.05),
    Place("Nikopol", "Dnipropetrovska", "Ukraine", 47.57, 34.39),
    Place("Kryvyi Rih", "Dnipropetrovska", "Ukraine", 47.91, 33.39),
    Place("Sumy", "Sumska", "Ukraine", 50.91, 34.80),
    Place("Chernihiv", "Chernihivska", "Ukraine", 51.50, 31.29),
    Place("Kyiv", "Kyiv City", "Ukraine", 50.45, 30.52),
    Place("Lviv", "Lvivska", "Ukraine", 49.84, 24.03),
    Place("Poltava", "Poltavska", "Ukraine", 49.59, 34.55),
    Place("Belgorod", "Belgorodskaya", "Russia", 50.60, 36.59),
    Place("Kursk", "Kurskaya", "Russia", 51.73, 36.19),
    Place("Sudzha", "Kurskaya", "Russia", 51.19, 35.27),
    Place("Bryansk", "Bryanskaya", "Russia", 53.24, 34.36),
    Place("Sevastopol", "Sevastopol", "Ukraine", 44.62, 33.53),
)

RU = ("Military Forces of Russia (2000-)", 8)
UA = ("Military Forces of Ukraine (2019-)", 1)
CIV = ("Civilians (Ukraine)", 7)
PROT = ("Protesters (Ukraine)", 6)

# (event_type, sub_event_type, actor1, actor2, sentence template)
KINDS: tuple[tuple[str, str, tuple[str, int], tuple[str, int] | None, str], ...] = (
    ("Battles", "Armed clash", RU, UA,
     "Russian and Ukrainian troops clashed near {loc} on {day}{attr}."),
    ("Battles", "Armed clash", UA, RU,
     "Ukrainian forces repelled an assault on positions outside {loc}{attr}."),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", RU, CIV,
     "Russian artillery shelled residential districts of {loc}, killing {n} people{attr}."),
    ("Explosions/Remote violence", "Air/drone strike", RU, CIV,
     "A drone strike hit an apartment block in {loc} overnight{attr}."),
    ("Explosions/Remote violence", "Air/drone strike", UA, RU,
     "Ukrainian drones struck a fuel depot near {loc}{attr}."),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", UA, RU,
     "Ukrainian artillery hit a command post near {loc}{attr}."),
    ("Violence against civilians", "Attack", RU, CIV,
     "Soldiers opened fire on civilians trying to leave {loc}{attr}."),
    ("Strategic developments", "Non-violent transfer of territory", RU, None,
     "Russian units entered the outskirts of {loc} without a fight{attr}."),
    ("Protests", "Peaceful protest", PROT, None,
     "Residents of {loc} gathered to demand news of missing soldiers{attr}."),
)
KIND_WEIGHTS = (18, 8, 26, 16, 6, 8, 6, 6, 6)

ATTRIBUTIONS: tuple[tuple[str, str | None, str], ...] = (
    ("reported", "local officials", ", local officials said"),
    ("reported", None, ""),
    ("claimed", "Russian Ministry of Defence", ", the Russian Ministry of Defence claimed"),
    ("claimed", "General Staff of Ukraine", ", the Ukrainian General Staff claimed"),
    ("unconfirmed", None, ", according to unconfirmed reports"),
    ("denied", "Russian Ministry of Defence", ", which the Russian Ministry of Defence denied"),
)
ATTR_WEIGHTS = (40, 20, 12, 12, 10, 6)

FILLER = (
    "Air raid sirens sounded across the region for most of the night.",
    "Emergency services said the search for survivors was continuing.",
    "The regional governor urged residents to stay in shelters.",
    "Power was cut to several thousand households.",
    "Independent verification of the figures was not possible.",
)

COMMENT_LINES = (
    "My aunt lives in {loc} and says the shelling there went on all night.",
    "Friends in {loc} report a drone strike near the station this morning.",
    "Heard there was fighting near {loc} again, nobody official confirms it.",
)


def synthetic_store_items(
    n_events: int,
    *,
    seed: int = 0,
    events_per_doc: int = 10,
    start: dt.date = dt.date(2024, 1, 1),
    days: int = 365,
    jitter: float = 0.0,
    places: Sequence[Place] = PLACES,
) -> Iterator[Item]:
    """Yield (document, segmentation, events, toponyms) until `n_events` are made.

    `jitter` (degrees) scatters event coordinates around their town, to mimic
    a store geocoded to many distinct places.
    """
    rng = random.Random(seed)
    made = 0
    d = 0
    while made < n_events:
        k = min(events_per_doc, n_events - made)
        yield _document(rng, f"{seed}-{d}", k, start, days, jitter, places)
        made += k
        d += 1


def _document(
    rng: random.Random,
    number: str,
    n: int,
    start: dt.date,
    days: int,
    jitter: float,
    places: Sequence[Place],
) -> Item:
    day = start + dt.timedelta(days=rng.randrange(days))
    doc_id = content_id("synthetic", number, prefix="doc-")
    n_comment = 1 if n >= 3 and rng.random() < 0.5 else 0
    parts: list[str] = []
    pos = 0
    planned: list[tuple[str, int, int, tuple, Place, tuple, int, int | None]] = []

    def put(s: str) -> tuple[int, int]:
        nonlocal pos
        a = pos
        parts.append(s)
        pos += len(s)
        return a, pos

    title_place = rng.choice(places)
    title = f"Overnight attacks around {title_place.name}"
    put(title + "\n\n")
    for i in range(n - n_comment):
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        place = title_place if i == 0 else rng.choice(places)
        attr = rng.choices(ATTRIBUTIONS, ATTR_WEIGHTS)[0]
        fat = rng.choice((1, 1, 2, 3, 4, 6, 9)) if "{n}" in kind[4] else None
        sent = kind[4].format(loc=place.name, day=day.strftime("%-d %B"), attr=attr[2], n=fat)
        a, b = put(sent)
        put(" " + rng.choice(FILLER) + (" " if i % 3 else "\n\n"))
        planned.append(("article", a, b, kind, place, attr, fat or 0, None))
    article_end = pos
    put("\n\nComments\n\n")
    comments: list[Comment] = []
    for ci in range(n_comment):
        place = rng.choice(places)
        kind = KINDS[3]
        sent = rng.choice(COMMENT_LINES).format(loc=place.name)
        a, b = put(sent)
        comments.append(Comment(ci, sent, a, b))
        put("\n")
        planned.append(("comment", a, b, kind, place, ATTRIBUTIONS[4], 0, ci))
    text = "".join(parts)
    if not comments:
        text = text[:article_end]
    doc = Document(
        doc_id=doc_id,
        text=text,
        url=f"https://news.example.org/{day.isoformat()}/{number}",
        title=title,
        published=day,
        source=rng.choice(("Example Wire", "Kyiv Example Daily", "Frontline Example")),
        kind="text",
        article_span=(0, article_end),
        comment_spans=[(c.start, c.end) for c in comments],
    )
    seg = Segmentation(doc_id, Span(text[:article_end], 0, article_end), comments)
    evs: list[Event] = []
    tops: dict[int, Toponym] = {}
    for origin, a, b, kind, place, attr, fat, cidx in planned:
        gid = 9_000_000 + places.index(place)
        lat, lon = place.latitude, place.longitude
        if jitter:
            lat += rng.uniform(-jitter, jitter)
            lon += rng.uniform(-jitter, jitter) * 1.5
        etype, sub, act1, act2, _ = kind
        evs.append(
            Event(
                event_id=content_id(doc_id, str(a), etype, prefix="ev-"),
                doc_id=doc_id,
                origin=origin,
                comment_index=cidx,
                event_date=(day - dt.timedelta(days=rng.choice((0, 0, 0, 1)))).isoformat(),
                time_precision=1,
                event_type=etype,
                sub_event_type=sub,
                actor1=act1[0],
                assoc_actor_1=None,
                inter1=act1[1],
                actor2=act2[0] if act2 else None,
                assoc_actor_2=None,
                inter2=act2[1] if act2 else None,
                country=place.country,
                admin1=place.admin1,
                location=place.name,
                latitude=round(lat, 5),
                longitude=round(lon, 5),
                geonameid=gid,
                geo_precision=1 if not jitter else 2,
                fatalities=fat,
                certainty=attr[0],
                attribution=attr[1],
                confidence=round(rng.uniform(0.55, 0.98), 2),
                evidence=Span(text[a:b], a, b),
            )
        )
        if gid not in tops:
            tops[gid] = Toponym(
                text=place.name, start=a, end=b, name=place.name, geonameid=gid,
                latitude=place.latitude, longitude=place.longitude, country=place.country,
                admin1=place.admin1, feature_class="P", feature_code="PPL", resolved=True,
                doc_id=doc_id,
            )
    return doc, seg, evs, list(tops.values())


def build_store(url: str, n_events: int, *, batch: int = 500, **kw: object) -> int:
    """Fill the store at `url` with `n_events` synthetic events; returns the count."""
    from ..store import Store

    items = synthetic_store_items(n_events, **kw)  # type: ignore[arg-type]
    with Store(url) as store:
        chunk: list[Item] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= batch:
                store.add_many(chunk)
                chunk = []
        if chunk:
            store.add_many(chunk)
        return store.count_events()
