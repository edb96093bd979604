"""The shipped strategy categories and the groups' topics, read once per process.

Both only change through migrations, so list pages need no query to resolve a filter.
"""

import functools

from django.utils.translation import get_language


@functools.cache
def _rows() -> tuple[tuple[int, str, str, str], ...]:
    from peerhaven.coping.models import Category

    return tuple(
        Category.objects.order_by("position").values_list("pk", "slug", "name_en", "name_es")
    )


@functools.cache
def _topics() -> tuple[tuple[int, str, int | None, str, str], ...]:
    from peerhaven.groups.models import Topic

    return tuple(Topic.objects.values_list("pk", "slug", "parent_id", "name_en", "name_es"))


def _topic(row):
    from peerhaven.groups.models import Topic

    pk, slug, parent_id, name_en, name_es = row
    return Topic(pk=pk, slug=slug, parent_id=parent_id, name_en=name_en, name_es=name_es)


def topic_with_children(slug: str):
    """The topic called `slug` (or None) and the ids of it and its children."""
    rows = _topics()
    found = next((row for row in rows if row[1] == slug), None)
    if found is None:
        return None, []
    return _topic(found), [found[0], *(row[0] for row in rows if row[2] == found[0])]


def topics_with_children(topic_ids) -> tuple[list, list[int]]:
    """The topics with these ids (by English name), and their ids with their children's."""
    wanted = set(topic_ids)
    rows = [row for row in _topics() if row[0] in wanted]
    ids = [*wanted, *(row[0] for row in _topics() if row[2] in wanted and row[0] not in wanted)]
    return [_topic(row) for row in sorted(rows, key=lambda row: row[3])], ids


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
    _topics.cache_clear()
