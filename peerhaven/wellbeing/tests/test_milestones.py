from datetime import date, timedelta

import pytest

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


def test_sharing_a_milestone_is_a_preview_only_for_now(member_client, member):
    group = make_group(make_person("fern"), name="Recovery Circle")
    add_member(group, member)
    milestone = services.save_milestone(
        actor=member,
        data={"kind": "custom", "label": "Days outside", "since": date(2026, 1, 1)},
    )
    html = member_client.get(
        f"/me/milestones/{milestone.pk}/share/?group={group.pk}"
    ).content.decode()
    assert "Preview in Recovery Circle" in html and "Days outside" in html
    assert "nothing has been shared" in html
    assert 'method="post"' not in html.split("<main")[1].split("</main>")[0]
