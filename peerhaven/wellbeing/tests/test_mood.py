from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from peerhaven.errors import ActionRefused
from peerhaven.wellbeing import schedule, selectors, services
from peerhaven.wellbeing.models import MoodCheckIn

pytestmark = pytest.mark.django_db


def today_of(user) -> date:
    return schedule.local_today(user.zone)


def test_a_check_in_is_saved_with_its_details_and_the_note_sealed(member_client, member):
    response = member_client.post(
        "/me/mood/",
        {
            "mood": "4",
            "emotions": ["calm", "grateful"],
            "energy": "3",
            "sleep_hours": "7.5",
            "note": "walked by the river with NOTE-SENTINEL",
            "day": today_of(member).isoformat(),
        },
    )
    assert response.status_code == 302
    checkin = MoodCheckIn.objects.get(user=member)
    assert checkin.mood == 4
    assert checkin.emotion_codes == ["calm", "grateful"]
    assert checkin.energy == 3 and checkin.sleep_hours == Decimal("7.5")
    page = member_client.get("/me/mood/").content.decode()
    assert "NOTE-SENTINEL" in page
    with connection.cursor() as cursor:
        cursor.execute("SELECT note_ciphertext FROM wellbeing_moodcheckin")
        (raw,) = cursor.fetchone()
    assert b"NOTE-SENTINEL" not in bytes(raw)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"mood": "6"}, "Choose how you feel from 1 (very low) to 5 (very good)."),
        ({"mood": "0"}, "Choose how you feel from 1 (very low) to 5 (very good)."),
        ({"mood": "very"}, "Choose how you feel from 1 (very low) to 5 (very good)."),
        ({}, "Choose how you feel from 1 (very low) to 5 (very good)."),
        ({"mood": "3", "emotions": ["smug"]}, "is not one of the emotions on the list."),
        ({"mood": "3", "energy": "9"}, "Choose your energy from 1 to 5."),
        ({"mood": "3", "sleep_hours": "25"}, "Sleep is between 0 and 24 hours a night."),
        ({"mood": "3", "sleep_hours": "-1"}, "Sleep is between 0 and 24 hours a night."),
        ({"mood": "3", "note": "x" * 1001}, "A note can be at most 1,000 characters."),
        ({"mood": "3", "day": "2999-01-01"}, "cannot be in the future"),
        ({"mood": "3", "day": "1899-12-31"}, "must be in 1900 or later"),
        ({"mood": "3", "day": "yesterday"}, "Enter a date such as 2026-03-14."),
    ],
)
def test_bad_input_gets_a_clear_message_and_saves_nothing(member_client, data, message):
    response = member_client.post("/me/mood/", data)
    assert response.status_code == 200
    assert message in response.content.decode().replace("&quot;", '"').replace("&#x27;", "'")
    assert MoodCheckIn.objects.count() == 0


def test_the_service_refuses_what_the_form_refuses(member):
    for kwargs in (
        {"mood": 6},
        {"mood": True},
        {"mood": 3, "emotions": ["smug"]},
        {"mood": 3, "day": today_of(member) + timedelta(days=1)},
        {"mood": 3, "day": date(1899, 12, 31)},
        {"mood": 3, "sleep_hours": 30},
    ):
        with pytest.raises(ActionRefused):
            services.record_mood(actor=member, **kwargs)
    assert MoodCheckIn.objects.count() == 0


def test_one_tap_check_in_from_home(member_client, member):
    home = member_client.get("/").content.decode()
    assert 'action="/me/mood/"' in home
    assert 'name="mood" value="1"' in home and 'name="mood" value="5"' in home
    assert member_client.post("/me/mood/", {"mood": "2"}).status_code == 302
    assert MoodCheckIn.objects.get(user=member).mood == 2
    assert "You checked in today" in member_client.get("/").content.decode()


def test_a_member_can_delete_a_check_in(member_client, member):
    checkin = services.record_mood(actor=member, mood=3)
    response = member_client.post(f"/me/mood/{checkin.pk}/delete/")
    assert response.status_code == 302
    assert not MoodCheckIn.objects.exists()


def test_charts_are_accessible_svgs_with_the_same_data_as_tables(member_client, member):
    today = today_of(member)
    for back, mood in enumerate([4, 2, 5, 3, 3, 1, 4, 5, 2, 3]):
        services.record_mood(
            actor=member,
            mood=mood,
            emotions=["calm", "tired"][: 1 + back % 2],
            day=today - timedelta(days=back),
        )
    response = member_client.get("/me/mood/charts/?days=30")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<svg") == 3
    assert html.count('role="img"') == 3
    for key in ("mood-line", "mood-weekday", "emotions"):
        assert f'<title id="{key}-title">' in html
        assert f'<desc id="{key}-desc">' in html
        assert f'aria-labelledby="{key}-title {key}-desc"' in html
    assert html.count('<div class="visually-hidden"><table>') == 3
    assert "10 check-ins" in html
    assert '<th scope="row">Calm</th>' not in html  # labels are lower case words
    assert '<th scope="row">calm</th><td>10</td>' in html
    assert "<script" not in html.split("<main")[1]
    for junk in ("days=-1", "days=abc", "days=100000"):
        assert member_client.get(f"/me/mood/charts/?{junk}").status_code == 200


def test_rolling_average_weekdays_and_top_emotions(member):
    today = date(2026, 3, 15)  # a Sunday
    rows = [
        (date(2026, 3, 9), 1, ["sad"]),  # Monday
        (date(2026, 3, 9), 3, ["sad", "tired"]),
        (date(2026, 3, 14), 5, ["calm"]),  # Saturday
        (date(2026, 3, 15), 4, ["calm", "hopeful", "sad"]),  # Sunday
        (date(2026, 3, 1), 5, ["joyful"]),  # before the 7-day period
    ]
    for day, mood, emotions in rows:
        MoodCheckIn.objects.create(
            user=member,
            day=day,
            mood=mood,
            emotions=services.emotions_to_mask(emotions),
        )
    overview = selectors.mood_overview(member, 7, today)
    assert [d.day for d in overview.days][0] == date(2026, 3, 9)
    assert overview.days[0].average == 2 and overview.days[0].count == 2
    # Sunday's 7-day average: (1 + 3 + 5 + 4) / 4.
    assert overview.days[-1].rolling == 3.25
    assert overview.checkins == 4 and overview.average == 3.25
    assert overview.weekdays[0].average == 2 and overview.weekdays[0].count == 2
    assert overview.weekdays[6].average == 4
    assert overview.weekdays[2].average is None
    assert [(e.code, e.count) for e in overview.emotions][:2] == [("sad", 3), ("calm", 2)]
    assert "joyful" not in [e.code for e in overview.emotions]


def _queries(client, path) -> int:
    client.get(path)  # warm: sessions and caches settle
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def test_mood_pages_run_a_fixed_number_of_queries(
    member_client, member, django_assert_max_num_queries
):
    today = today_of(member)
    paths = [
        "/me/mood/",
        "/me/mood/history/",
        "/me/mood/charts/?days=90",
        "/me/mood/charts/?days=7",
    ]
    for back in range(3):
        services.record_mood(
            actor=member, mood=3, emotions=["calm"], note="n", day=today - timedelta(days=back)
        )
    small = {path: _queries(member_client, path) for path in paths}
    MoodCheckIn.objects.bulk_create(
        MoodCheckIn(
            user=member,
            day=today - timedelta(days=back),
            mood=1 + back % 5,
            emotions=services.emotions_to_mask(["sad", "calm", "tired"][: 1 + back % 3]),
        )
        for back in range(3, 800)
    )
    for path in paths:
        with django_assert_max_num_queries(small[path]):
            assert member_client.get(path).status_code == 200


def _week_chart(client) -> str:
    page = client.get("/me/mood/").content.decode()
    return page.split('id="week-title"')[1].split("</section>")[0]


def test_the_cached_week_chart_follows_every_new_and_deleted_check_in(
    member_client, member, empty_cache
):
    today = today_of(member)
    services.record_mood(actor=member, mood=1, day=today - timedelta(days=2))
    services.record_mood(actor=member, mood=5, day=today - timedelta(days=1))
    first = _week_chart(member_client)
    assert first == _week_chart(member_client)  # served from the cache
    assert "Your average mood was 3" in first
    # A check-in in the middle of the week (not the latest) is deleted: a new chart.
    middle = MoodCheckIn.objects.get(user=member, mood=1)
    member_client.post(f"/me/mood/{middle.pk}/delete/")
    after_delete = _week_chart(member_client)
    assert after_delete != first and "Your average mood was 5" in after_delete
    empty_cache()
    assert _week_chart(member_client) == after_delete  # what a fresh render gives
    member_client.post("/me/mood/", {"mood": "3"})
    after_new = _week_chart(member_client)
    assert after_new != after_delete
    empty_cache()
    assert _week_chart(member_client) == after_new


def test_the_charts_are_only_ever_the_members_own(member_client, member, other_member):
    """Two members with the same ids in their charts' keys never see each other's chart."""
    from django.test import Client

    today = today_of(member)
    services.record_mood(actor=member, mood=1, day=today)
    services.record_mood(actor=other_member, mood=5, day=today)
    mine = _week_chart(member_client)
    other = Client()
    other.force_login(other_member)
    theirs = _week_chart(other)
    assert "Your average mood was 1" in mine and "Your average mood was 5" in theirs
