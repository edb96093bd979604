"""The shipped taxonomy (topics, audiences, languages), read once per process.

It only changes through migrations, so the directory's filter form needs no
query to list the choices.
"""

import functools

from django.utils.translation import get_language


@functools.cache
def _rows() -> dict[str, tuple[tuple[str, str, str], ...]]:
    from peerhaven.groups.models import Audience, Language, Topic

    return {
        "topics": tuple(
            Topic.objects.order_by("name_en").values_list("slug", "name_en", "name_es")
        ),
        "audiences": tuple(
            Audience.objects.order_by("name_en").values_list("slug", "name_en", "name_es")
        ),
        "languages": tuple(
            Language.objects.order_by("name_en").values_list("code", "name_en", "name_es")
        ),
    }


def choices(kind: str) -> list[tuple[str, str]]:
    spanish = (get_language() or "en").startswith("es")
    rows = _rows()[kind]
    return sorted(((key, es if spanish else en) for key, en, es in rows), key=lambda item: item[1])


def known(kind: str, key: str) -> bool:
    return any(row[0] == key for row in _rows()[kind])


def forget() -> None:
    _rows.cache_clear()
