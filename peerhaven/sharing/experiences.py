"""Posts that carry a treatment tag, across the groups whose content the reader may read."""

from dataclasses import dataclass

from django.db.models import Q

from peerhaven.groups.access import GroupAccess, groups_with_content_for
from peerhaven.groups.models import Membership
from peerhaven.sharing import selectors, treatments
from peerhaven.sharing.models import Post


@dataclass
class Experience:
    post: Post
    author_label: str
    collapsed: bool


@dataclass
class ExperiencesPage:
    experiences: list[Experience]
    next_cursor: str | None


def posts_with_treatment(reader, slug: str, *, cursor: str | None = None) -> ExperiencesPage:
    """Published posts tagged `slug` in the reader's active groups, newest first.

    What the group feeds hide from the reader stays hidden here too (blocked
    writers, warnings they hide). A fixed number of queries.
    """
    if not reader.is_authenticated:
        return ExperiencesPage([], None)
    preference = selectors.reading_preference(reader)
    memberships = {
        membership.group_id: membership
        for membership in Membership.objects.filter(
            user=reader, state=Membership.State.ACTIVE
        ).select_related("group")
    }
    qs = (
        selectors.visible_posts(reader, preference)
        .filter(group__in=groups_with_content_for(reader).values("pk"))
        .filter(treatments_text__contains=treatments.contains(slug))
        .select_related("author", "group")
    )
    position = selectors.decode_cursor(cursor)
    if position:
        created, pk = position
        qs = qs.filter(Q(created_at__lt=created) | Q(created_at=created, pk__lt=pk))
    posts = list(qs.order_by("-created_at", "-id")[: selectors.PAGE_SIZE + 1])
    more = len(posts) > selectors.PAGE_SIZE
    posts = posts[: selectors.PAGE_SIZE]
    experiences = []
    for post in posts:
        access = GroupAccess(post.group, memberships.get(post.group_id))
        label, _hidden = selectors.author_label(post, access, reader)
        experiences.append(Experience(post, label, selectors.collapsed_for(post, preference)))
    return ExperiencesPage(
        experiences=experiences,
        next_cursor=selectors.encode_cursor(posts[-1]) if more and posts else None,
    )
