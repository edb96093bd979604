"""A group's questions and answers: its question posts, answered or not.

A question is answered when its asker has marked at least one published reply
as helpful (services.mark_helpful). Only the group's active members see this
page, like the rest of the group's content (groups/access.py).
"""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from peerhaven.groups.access import GroupAccess, Need, access_group
from peerhaven.sharing import selectors
from peerhaven.sharing.forms import PostForm
from peerhaven.sharing.models import Post, Reply, State

ANSWERED = "answered"
UNANSWERED = "unanswered"
FILTERS = (ANSWERED, UNANSWERED)


@dataclass
class Question:
    item: selectors.Item
    answered: bool
    helpful: list[selectors.Item] = field(default_factory=list)


@dataclass
class QuestionsPage:
    questions: list[Question]
    next_cursor: str | None
    total: int
    answered: int

    @property
    def unanswered(self) -> int:
        return self.total - self.answered


def _helpful_replies():
    return Reply.objects.filter(post=OuterRef("pk"), helpful=True, state=State.PUBLISHED)


def group_questions(
    access: GroupAccess, reader, *, show: str | None = None, cursor: str | None = None
) -> QuestionsPage:
    """A page of the group's questions, newest first. Callers have checked Need.MEMBER.

    A fixed number of queries: the counts, the page, its reactions, and the
    helpful answers of the questions on the page.
    """
    from peerhaven.safety.services import blocked_ids

    preference = selectors.reading_preference(reader)
    questions = selectors.visible_posts(reader, preference).filter(
        group=access.group, kind=Post.Kind.QUESTION
    )
    counts = questions.aggregate(
        total=Count("pk"), answered=Count("pk", filter=Q(Exists(_helpful_replies())))
    )
    qs = questions.annotate(answered=Exists(_helpful_replies()))
    if show == ANSWERED:
        qs = qs.filter(answered=True)
    elif show == UNANSWERED:
        qs = qs.filter(answered=False)
    position = selectors.decode_cursor(cursor)
    if position:
        created, pk = position
        qs = qs.filter(Q(created_at__lt=created) | Q(created_at=created, pk__lt=pk))
    posts = list(
        qs.select_related("author").order_by("-created_at", "-id")[: selectors.PAGE_SIZE + 1]
    )
    more = len(posts) > selectors.PAGE_SIZE
    posts = posts[: selectors.PAGE_SIZE]
    items = selectors.decorate(
        posts, access=access, reader=reader, preference=preference, kind="post"
    )
    helpful: dict[int, list[selectors.Item]] = {post.pk: [] for post in posts}
    answered_ids = [post.pk for post in posts if post.answered]
    if answered_ids:
        replies = (
            Reply.objects.filter(post_id__in=answered_ids, helpful=True, state=State.PUBLISHED)
            .exclude(author_id__in=blocked_ids(reader))
            .select_related("author")
            .order_by("created_at", "id")
        )
        by_id = {post.pk: post for post in posts}
        for reply in replies:
            reply.post = by_id[reply.post_id]
            label, hidden = selectors.author_label(reply, access, reader)
            helpful[reply.post_id].append(selectors.Item(reply, label, hidden, False))
    return QuestionsPage(
        questions=[
            Question(item=item, answered=item.obj.answered, helpful=helpful[item.obj.pk])
            for item in items
        ],
        next_cursor=selectors.encode_cursor(posts[-1]) if more and posts else None,
        total=counts["total"],
        answered=counts["answered"],
    )


@require_safe
def questions(request: HttpRequest, slug: str) -> HttpResponse:
    """The group's "Questions and answers", with answered and unanswered filters."""
    group_access = access_group(request.user, slug, need=Need.MEMBER)
    show = request.GET.get("show") or None
    notes = []
    if show is not None and show not in FILTERS:
        notes.append(_("Ignored the unknown filter; showing every question."))
        show = None
    page = group_questions(group_access, request.user, show=show, cursor=request.GET.get("cursor"))
    form = PostForm(initial={"kind": Post.Kind.QUESTION})
    form.fields["body"].label = _("Your question")
    return render(
        request,
        "sharing/questions.html",
        {
            "group": group_access.group,
            "access": group_access,
            "page": page,
            "show": show,
            "notes": notes,
            "form": form,
            "reactions": selectors.reaction_choices(),
        },
    )
