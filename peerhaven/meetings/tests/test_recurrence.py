"""Wall-clock recurrence across daylight-saving changes, in two zones."""

from datetime import UTC, date, datetime

import pytest

from peerhaven.meetings import recurrence

NOW = datetime(2027, 1, 1, tzinfo=UTC)


def test_weekly_keeps_local_time_across_spring_forward_in_london():
    starts = recurrence.utc_starts(
        "weekly", datetime(2027, 3, 16, 19, 0), "Europe/London", count=4, now=NOW
    )
    # Clocks go forward on 28 March 2027: 19:00 GMT is 19:00Z, 19:00 BST is 18:00Z.
    assert [start.strftime("%m-%d %H:%MZ") for start in starts] == [
        "03-16 19:00Z",
        "03-23 19:00Z",
        "03-30 18:00Z",
        "04-06 18:00Z",
    ]
    local = [recurrence.to_local(start, "Europe/London").strftime("%H:%M") for start in starts]
    assert local == ["19:00"] * 4


def test_weekly_keeps_local_time_across_fall_back_in_new_york():
    starts = recurrence.utc_starts(
        "weekly",
        datetime(2027, 10, 26, 18, 30),
        "America/New_York",
        until=date(2027, 11, 16),
        now=datetime(2027, 10, 1, tzinfo=UTC),
    )
    # Clocks go back on 7 November 2027: EDT is UTC-4, EST is UTC-5.
    assert [start.strftime("%m-%d %H:%MZ") for start in starts] == [
        "10-26 22:30Z",
        "11-02 22:30Z",
        "11-09 23:30Z",
        "11-16 23:30Z",
    ]


def test_every_two_weeks_and_monthly_on_the_nth_weekday():
    biweekly = recurrence.local_starts("biweekly", datetime(2027, 1, 5, 10, 0), count=3)
    assert [moment.date() for moment in biweekly] == [
        date(2027, 1, 5),
        date(2027, 1, 19),
        date(2027, 2, 2),
    ]
    # 12 January 2027 is the 2nd Tuesday.
    monthly = recurrence.local_starts("monthly", datetime(2027, 1, 12, 10, 0), count=3)
    assert [moment.date() for moment in monthly] == [
        date(2027, 1, 12),
        date(2027, 2, 9),
        date(2027, 3, 9),
    ]
    # The 5th Friday becomes "the last Friday".
    last = recurrence.local_starts("monthly", datetime(2027, 1, 29, 10, 0), count=2)
    assert [moment.date() for moment in last] == [date(2027, 1, 29), date(2027, 2, 26)]


def test_open_ended_series_stop_at_the_horizon():
    starts = recurrence.utc_starts(
        "weekly", datetime(2027, 1, 4, 9, 0), "UTC", now=NOW, horizon_days=28
    )
    assert len(starts) == 4


@pytest.mark.parametrize(
    ("local", "zone", "kind"),
    [
        (datetime(2027, 3, 28, 1, 30), "Europe/London", "gap"),
        (datetime(2027, 10, 31, 1, 30), "Europe/London", "ambiguous"),
        (datetime(2027, 3, 14, 2, 30), "America/New_York", "gap"),
        (datetime(2027, 11, 7, 1, 30), "America/New_York", "ambiguous"),
    ],
)
def test_times_that_do_not_exist_or_exist_twice_are_recognised(local, zone, kind):
    with pytest.raises(recurrence.LocalTimeProblem) as problem:
        recurrence.check_local_time(local, zone)
    assert problem.value.kind == kind


def test_a_series_landing_in_a_gap_moves_forward_by_the_gap():
    starts = recurrence.utc_starts(
        "weekly", datetime(2027, 3, 21, 1, 30), "Europe/London", count=2, now=NOW
    )
    assert recurrence.to_local(starts[1], "Europe/London").strftime("%H:%M") == "02:30"
