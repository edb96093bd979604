"""The meetings and sharing steps of `peerhaven bench-seed`, on tiny numbers.

Counts asked for are counts made, and the rows agree with each other the way the services keep
them: occurrences follow their series' rule, RSVPs never overbook and keep the waitlist after
the people going, every group's next meeting is its real next occurrence, reply counts are the
published replies, and only active members write, react or RSVP.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count, Max, Min, Q
from django.utils import timezone

from peerhaven.groups.models import Group, Membership
from peerhaven.meetings import bench as meetings_bench
from peerhaven.meetings import recurrence
from peerhaven.meetings.models import RSVP, Meeting, Occurrence
from peerhaven.sharing.models import Post, PostReaction, Reply, State

pytestmark = pytest.mark.django_db

GROUPS, MEMBERS, MEETINGS, POSTS, REPLIES = 30, 200, 80, 150, 600


def seed(**options) -> str:
    out = StringIO()
    call_command("bench_seed", groups=GROUPS, members=MEMBERS, seed=5, stdout=out, **options)
    return out.getvalue()


def active_pairs() -> set[tuple[int, int]]:
    return set(
        Membership.objects.filter(state=Membership.State.ACTIVE).values_list("group_id", "user_id")
    )


def test_without_the_flags_no_meetings_and_no_posts_are_made():
    output = seed()

    assert "skipped (--meetings 0)" in output and "skipped (--posts 0)" in output
    assert not Meeting.objects.exists() and not Post.objects.exists()


def test_replies_need_posts_and_numbers_cannot_be_negative():
    with pytest.raises(CommandError, match="--replies needs --posts"):
        seed(replies=10)
    with pytest.raises(CommandError, match="cannot be negative"):
        seed(meetings=-1)


def test_meetings_occurrences_and_rsvps_are_consistent():
    output = seed(meetings=MEETINGS)

    assert f"{MEETINGS} meetings" in output
    assert Meeting.objects.count() == MEETINGS
    now = timezone.now()
    meetings = {meeting.pk: meeting for meeting in Meeting.objects.select_related("group")}
    assert {m.repeat for m in meetings.values()} == {"none", "weekly", "biweekly", "monthly"}
    occurrences = list(Occurrence.objects.all())
    assert len(occurrences) > MEETINGS
    by_meeting: dict[int, list[Occurrence]] = {}
    for occurrence in occurrences:
        by_meeting.setdefault(occurrence.meeting_id, []).append(occurrence)
    assert set(by_meeting) == set(meetings)
    for meeting_id, rows in by_meeting.items():
        meeting = meetings[meeting_id]
        assert meeting.time_zone == meeting.group.time_zone
        assert meeting.created_at <= now
        # The series' own rule (in its zone, across DST) gives exactly these starts.
        expected = recurrence.utc_starts(
            meeting.repeat,
            meeting.local_start,
            meeting.time_zone,
            until=meeting.repeat_until,
            count=meeting.repeat_count,
            horizon_days=meetings_bench.HORIZON_DAYS,
            now=now,
        )
        got = sorted(row.original_start for row in rows)
        assert got == expected[: len(got)] and len(expected) - len(got) <= 1, meeting_id
        for row in rows:
            assert row.group_id == meeting.group_id
            assert row.end > row.start
            assert row.moved == (row.start != row.original_start)
    # Ahead for "the next weeks", no further.
    last = Occurrence.objects.aggregate(last=Max("start"))["last"]
    assert last <= now + timezone.timedelta(days=meetings_bench.HORIZON_DAYS, hours=2)
    assert Occurrence.objects.filter(start__gt=now).exists()
    assert Occurrence.objects.filter(start__lt=now).exists()

    # Each group's next meeting is its real next occurrence.
    for group in Group.objects.all():
        first = Occurrence.objects.filter(group=group, cancelled=False, start__gte=now).aggregate(
            first=Min("start")
        )["first"]
        if first is None:
            assert group.next_meeting_at is None or group.next_meeting_at <= now
        else:
            assert group.next_meeting_at == first, group.slug

    rsvps = list(RSVP.objects.select_related("occurrence__meeting"))
    assert rsvps
    assert {"going", "not_going"} <= {r.status for r in rsvps}
    members = active_pairs()
    for rsvp in rsvps:
        assert (rsvp.occurrence.group_id, rsvp.user_id) in members
        assert not rsvp.occurrence.cancelled
        assert rsvp.queued_at <= rsvp.occurrence.start and rsvp.queued_at <= now
        meeting_format = rsvp.occurrence.meeting.format
        if meeting_format != Meeting.Format.HYBRID:
            assert rsvp.mode == meeting_format
        if rsvp.attended is not None:
            assert rsvp.status == RSVP.Status.GOING and rsvp.occurrence.start < now
    # No overbooking, and the waitlist comes after everyone going, in order of asking.
    for occurrence_id, mode in {(r.occurrence_id, r.mode) for r in rsvps}:
        rows = sorted(
            (r for r in rsvps if r.occurrence_id == occurrence_id and r.mode == mode),
            key=lambda r: r.queued_at,
        )
        capacity = rows[0].occurrence.meeting.capacity_for(mode)
        going = [r for r in rows if r.status == RSVP.Status.GOING]
        waiting = [r for r in rows if r.status == RSVP.Status.WAITLISTED]
        if capacity is None:
            assert not waiting
        else:
            assert len(going) <= capacity
            if waiting:
                assert len(going) == capacity
                assert max(r.queued_at for r in going) <= min(r.queued_at for r in waiting)


def test_posts_replies_and_reactions_are_consistent():
    output = seed(posts=POSTS, replies=REPLIES)

    assert f"{POSTS} posts" in output and f"{REPLIES} replies" in output
    assert Post.objects.count() == POSTS
    assert Reply.objects.count() == REPLIES
    assert PostReaction.objects.exists()
    now = timezone.now()
    members = active_pairs()

    posts = {
        post.pk: post
        for post in Post.objects.annotate(
            published=Count("replies", filter=Q(replies__state=State.PUBLISHED))
        )
    }
    assert {p.kind for p in posts.values()} == {"share", "question", "triumph", "check_in"}
    for post in posts.values():
        assert post.reply_count == post.published, post.pk
        assert (post.group_id, post.author_id) in members
        assert post.created_at <= now
        assert (post.mood != "") == (post.kind == "check_in")
        assert post.body and post.body_html.startswith("<p>")
        if post.state == State.REMOVED:
            assert post.removal_reason and post.removed_by_id
    # Busier groups exist: posts are not spread evenly.
    per_group = Post.objects.values("group").annotate(n=Count("id")).order_by("-n")
    assert per_group[0]["n"] > POSTS / GROUPS

    for reply in Reply.objects.all():
        post = posts[reply.post_id]
        assert post.state == State.PUBLISHED
        assert (post.group_id, reply.author_id) in members
        assert post.created_at <= reply.created_at <= now
        if reply.helpful:
            assert post.kind == "question"

    reply_groups = dict(Reply.objects.values_list("pk", "post__group_id"))
    for reaction in PostReaction.objects.all():
        assert (reaction.post_id is None) != (reaction.reply_id is None)
        group_id = posts[reaction.post_id].group_id if reaction.post_id else None
        group_id = group_id or reply_groups[reaction.reply_id]
        assert (group_id, reaction.user_id) in members
        assert reaction.created_at <= now


def test_the_group_feed_and_meetings_pages_work_on_the_seeded_data(client):
    seed(meetings=MEETINGS, posts=POSTS, replies=REPLIES)

    post = Post.objects.filter(state=State.PUBLISHED).order_by("-created_at").first()
    membership = Membership.objects.filter(
        group_id=post.group_id, state=Membership.State.ACTIVE
    ).first()
    client.force_login(membership.user)
    page = client.get(f"/groups/{post.group.slug}/space/")
    assert page.status_code == 200
    assert client.get("/meetings/").status_code == 200
    occurrence = Occurrence.objects.filter(group_id=post.group_id).first()
    if occurrence is not None:
        assert client.get(occurrence.get_absolute_url()).status_code == 200
