"""Treatment tags on posts and strategies, read once per process.

The tags (talk therapy, medication, peer support, …) ship as data
(data/treatments.json, loaded by a migration) and only change through
migrations, so showing a post's tags or resolving a filter needs no query.
A post or strategy stores its tags as ",talk-therapy,exercise,": "carries
this tag" is a plain LIKE on every database.
"""

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from peerhaven.errors import ActionRefused

MAX_TAGS = 5


@dataclass(frozen=True)
class Tag:
    slug: str
    name_en: str
    name_es: str

    @property
    def name(self) -> str:
        return self.name_es if (get_language() or "en").startswith("es") else self.name_en

    def __str__(self) -> str:
        return self.name


@functools.cache
def _tags() -> tuple[Tag, ...]:
    from peerhaven.sharing.models import Treatment

    return tuple(
        Tag(slug, name_en, name_es)
        for slug, name_en, name_es in Treatment.objects.order_by("position").values_list(
            "slug", "name_en", "name_es"
        )
    )


def all_tags() -> list[Tag]:
    return list(_tags())


def choices() -> list[tuple[str, str]]:
    """(slug, name) in the shipped order, named in the active language."""
    return [(tag.slug, tag.name) for tag in _tags()]


def get(slug: str) -> Tag | None:
    return next((tag for tag in _tags() if tag.slug == slug), None)


def decode(text: str) -> list[str]:
    return [code for code in (text or "").split(",") if code]


def encode(codes: Iterable[str]) -> str:
    codes = list(codes)
    return f",{','.join(codes)}," if codes else ""


def contains(slug: str) -> str:
    """The text a stored value holds when it carries the tag `slug` (for __contains)."""
    return f",{slug},"


def tags_for(text: str) -> list[Tag]:
    """The known tags in a stored value, in the shipped order."""
    codes = set(decode(text))
    return [tag for tag in _tags() if tag.slug in codes]


def clean(codes: Iterable[str] | None) -> str:
    """The stored value for the chosen tags; refuses unknown tags and more than MAX_TAGS."""
    known = {tag.slug for tag in _tags()}
    chosen: list[str] = []
    for code in codes or []:
        if code not in known:
            raise ActionRefused(_("That treatment tag does not exist."), code="bad_treatment")
        if code not in chosen:
            chosen.append(code)
    if len(chosen) > MAX_TAGS:
        raise ActionRefused(
            _("Choose at most %(count)d treatment tags.") % {"count": MAX_TAGS},
            code="too_many_treatments",
        )
    order = [tag.slug for tag in _tags()]
    return encode(sorted(chosen, key=order.index))


def forget() -> None:
    _tags.cache_clear()
