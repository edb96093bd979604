"""The shipped strategy categories, read once per process (they only change through migrations)."""

import functools

from django.utils.translation import get_language


@functools.cache
def _rows() -> tuple[tuple[int, str, str, str], ...]:
    from peerhaven.coping.models import Category

    return tuple(
        Category.objects.order_by("position").values_list("pk", "slug", "name_en", "name_es")
    )


def category_choices() -> list[tuple[str, str]]:
    """(slug, name) in the shipped order, named in the active language."""
    spanish = (get_language() or "en").startswith("es")
    return [(slug, es if spanish else en) for _pk, slug, en, es in _rows()]


def category_id(slug: str) -> int | None:
    return next((pk for pk, known, _en, _es in _rows() if known == slug), None)


def category_name(slug: str) -> str:
    spanish = (get_language() or "en").startswith("es")
    return next((es if spanish else en for _pk, known, en, es in _rows() if known == slug), slug)


def forget() -> None:
    _rows.cache_clear()
