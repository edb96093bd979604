from datetime import date, timedelta

import pytest
from django.test import Client

from peerhaven.errors import ActionRefused
from peerhaven.groups.models import Membership
from peerhaven.safety.models import Flag
from peerhaven.sharing.models import Post
from peerhaven.testing import add_member, make_group, make_person
from peerhaven.wellbeing import schedule, services
from peerhaven.wellbeing.models import Milestone

pytestmark = pytest.mark.django_db


def test_celebrations_at_the_fixed_days_then_every_year():
    since = date(2020, 2, 29)
    assert schedule.celebration_days(since, since) == []
    assert schedule.celebration_days(since, since + timedelta(days=7)) == [1, 7]
    reached = schedule.celebration_days(since, date(2023, 3, 1))
    assert reached[:7] == [1, 7, 30, 60, 90, 180, 365]
    # Yearly after the first: 2 years on 28 Feb 2022 (no 29th), 3 years on 28 Feb 2023.
    assert reached[7:] == [(date(2022, 2, 28) - since).days, (date(2023, 2, 28) - since).days]
    assert schedule.next_celebration(date(2026, 1, 1), date(2026, 1, 1)) == (1, date(2026, 1, 2))
    assert schedule.next_celebration(date(2026, 1, 1), date(2026, 1, 9))[0] == 30


def test_a_milestone_celebrates_then_resets_without_shame(member_client, member):
    today = schedule.local_today(member.zone)
    response = member_client.post(
        "/me/milestones/new/", {"kind": "sober", "since": (today - timedelta(days=30)).isoformat()}
    )
    assert response.status_code == 302
    milestone = Milestone.objects.get(user=member)
    page = member_client.get("/me/milestones/").content.decode()
    assert "30 days!" in page and "30 days" in page and "Sober since" in page
    member_client.post(f"/me/milestones/{milestone.pk}/celebrated/")
    assert "30 days!" not in member_client.get("/me/milestones/").content.decode()
    member_client.post(f"/me/milestones/{milestone.pk}/reset/")
    milestone.refresh_from_db()
    assert milestone.since == today and milestone.celebrated_days == 0
    page = member_client.get("/me/milestones/").content.decode().lower()
    assert "0 days" in page
    for harsh in ("relapse", "fail", "lost your", "broke"):
        assert harsh not in page


def test_a_yearly_celebration(member):
    today = schedule.local_today(member.zone)
    Milestone.objects.create(
        user=member, kind="smoke_free", since=today.replace(year=today.year - 2)
    )
    from peerhaven.wellbeing import selectors

    view = selectors.milestones_for(member, today)[0]
    assert view.celebrate_years == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "sober", "since": "1899-12-31"}, "The day you started must be in 1900 or later."),
        ({"kind": "sober", "since": "2999-01-01"}, "cannot be in the future"),
        ({"kind": "custom", "since": "2020-01-01"}, "Say in your own words what you are counting."),
        ({"kind": "winning", "since": "2020-01-01"}, "Choose what you are counting."),
        ({"kind": "sober"}, "This field is required."),
    ],
)
def test_bad_milestones_get_a_message_and_save_nothing(member_client, data, message):
    response = member_client.post("/me/milestones/new/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Milestone.objects.exists()


def _milestone(member, label="Days outside", days=30):
    today = schedule.local_today(member.zone)
    return services.save_milestone(
        actor=member,
        data={"kind": "custom", "label": label, "since": today - timedelta(days=days)},
    )


def test_sharing_a_milestone_previews_first_then_posts_a_triumph_to_the_group(
    member_client, member
):
    facilitator = make_person("fern")
    group = make_group(facilitator, name="Recovery Circle")
    add_member(group, member)
    milestone = _milestone(member)
    url = f"/me/milestones/{milestone.pk}/share/"
    # Choosing a group and previewing posts nothing.
    html = member_client.get(f"{url}?group={group.pk}").content.decode()
    assert "Preview in Recovery Circle" in html and "Days outside: 30 days" in html
    preview = member_client.post(
        url, {"group": group.pk, "words": "Thank you all.", "action": "preview"}
    ).content.decode()
    assert "Thank you all." in preview and "Post to Recovery Circle" in preview
    assert not Post.objects.exists()
    # The explicit post: a triumph in that group's feed, for its members.
    response = member_client.post(
        url, {"group": group.pk, "words": "Thank you all.", "action": "share"}
    )
    post = Post.objects.get()
    assert response.status_code == 302 and response["Location"] == post.get_absolute_url()
    assert (post.kind, post.group, post.author, post.state) == (
        "triumph",
        group,
        member,
        "published",
    )
    assert "Days outside: 30 days" in post.body and "Thank you all." in post.body
    client = Client()
    client.force_login(facilitator)
    feed = client.get(f"/groups/{group.slug}/space/").content.decode()
    assert "Days outside: 30 days" in feed and "Thank you all." in feed


def test_sharing_to_a_group_one_is_not_an_active_member_of_is_refused(member_client, member):
    mine = make_group(make_person("fern"), name="Recovery Circle")
    add_member(mine, member)
    other = make_group(make_person("oak"), name="Grief Circle")
    pending = make_group(make_person("ash"), name="Waiting Room", join_policy="approval")
    add_member(pending, member, state=Membership.State.REQUESTED)
    milestone = _milestone(member)
    url = f"/me/milestones/{milestone.pk}/share/"
    for group_id in (other.pk, pending.pk, 987654, "x"):
        response = member_client.post(url, {"group": group_id, "action": "share"})
        assert response.status_code == 400
        html = response.content.decode()
        assert (
            "only with a group you are an active member of" in html
            or "Choose one of your groups." in html
        )
        assert "Grief Circle" not in html and "Waiting Room" not in html
    preview = member_client.get(f"{url}?group={other.pk}").content.decode()
    assert "only with a group you are an active member of" in preview
    assert "Preview in" not in preview
    assert not Post.objects.exists()


def test_the_service_refuses_a_group_of_someone_elses(member, other_member):
    group = make_group(make_person("fern"), name="Recovery Circle")
    add_member(group, other_member)
    with pytest.raises(ActionRefused, match="active member"):
        services.share_milestone(actor=member, milestone=_milestone(member), group_id=group.pk)
    assert not Post.objects.exists()


def test_a_shared_milestone_is_screened_like_any_post(member_client, member):
    group = make_group(make_person("fern"), name="Recovery Circle")
    add_member(group, member)
    milestone = _milestone(member)
    response = member_client.post(
        f"/me/milestones/{milestone.pk}/share/",
        {"group": group.pk, "words": "Some days I want to kill myself.", "action": "share"},
    )
    post = Post.objects.get()
    assert post.kind == "triumph"
    # The same answer as any post with crisis language: resources for the writer at once.
    assert Flag.objects.filter(subject=member).exists()
    assert response.status_code == 200
    assert 'id="care-title"' in response.content.decode()


def test_words_too_long_are_refused_and_nothing_is_posted(member_client, member):
    group = make_group(make_person("fern"), name="Recovery Circle")
    add_member(group, member)
    milestone = _milestone(member)
    response = member_client.post(
        f"/me/milestones/{milestone.pk}/share/",
        {"group": group.pk, "words": "x" * 2001, "action": "share"},
    )
    assert response.status_code == 400
    assert "at most 2000 characters" in response.content.decode()
    assert not Post.objects.exists()


def test_an_anonymous_triumph_hides_the_name_from_members(member_client, member, other_member):
    group = make_group(make_person("fern"), name="Recovery Circle")
    add_member(group, member)
    add_member(group, other_member)
    milestone = _milestone(member)
    member_client.post(
        f"/me/milestones/{milestone.pk}/share/",
        {"group": group.pk, "anonymous": "on", "action": "share"},
    )
    post = Post.objects.get()
    assert post.anonymous
    client = Client()
    client.force_login(other_member)
    feed = client.get(f"/groups/{group.slug}/space/").content.decode()
    assert "Anonymous member" in feed and "Days outside" in feed
