"""The member's own records, coping strategies, reports and moderation, walked as an app would."""

import pytest

from peerhaven.api.tests.conftest import ApiClient, token_for
from peerhaven.coping import services as coping_services
from peerhaven.coping.testing import strategy_data
from peerhaven.safety.models import Flag, LogEntry, Report
from peerhaven.sharing.models import State
from peerhaven.wellbeing.models import JournalEntry, MoodCheckIn

pytestmark = pytest.mark.django_db


@pytest.fixture
def apis(cast):
    return {
        name: ApiClient(token_for(getattr(cast, name)))
        for name in ("member", "outsider", "facilitator", "cofacilitator", "other_group_member")
    }


# --- wellbeing --------------------------------------------------------------------------


def test_mood_checkins_are_recorded_and_listed_for_their_owner_only(cast, apis):
    mia = apis["member"]
    created = mia.post(
        "/me/mood-checkins",
        {"mood": 2, "emotions": ["anxious", "tired"], "sleep_hours": 6.5, "note": "Hard day."},
    )
    assert created.status_code == 201, created.content
    assert created.json()["mood_label"] == "Low"
    assert created.json()["note"] == "Hard day."
    listed = mia.get("/me/mood-checkins").json()
    assert [(item["mood"], item["emotions"]) for item in listed["items"]] == [
        (2, ["anxious", "tired"])
    ]
    assert listed["items"][0]["sleep_hours"] == 6.5
    assert apis["outsider"].get("/me/mood-checkins").json()["items"] == []
    # The note is sealed at rest.
    stored = MoodCheckIn.objects.get()
    assert b"Hard day" not in bytes(stored.note_ciphertext)


def test_a_refused_checkin_changes_nothing(apis):
    mia = apis["member"]
    assert mia.post("/me/mood-checkins", {"mood": 9}).status_code == 422
    assert mia.post("/me/mood-checkins", {"mood": 3, "emotions": ["gleeful"]}).status_code == 422
    future = mia.post("/me/mood-checkins", {"mood": 3, "day": "2999-01-01"})
    assert future.status_code == 409 and future.json()["code"] == "future_day"
    assert not MoodCheckIn.objects.exists()


def test_the_journal_opens_only_for_its_writer(cast, apis):
    mia = apis["member"]
    created = mia.post(
        "/me/journal", {"title": "Tuesday", "body": "The circle helped more than I expected."}
    )
    assert created.status_code == 201, created.content
    entry_id = created.json()["id"]
    stored = JournalEntry.objects.get(pk=entry_id)
    assert b"circle helped" not in bytes(stored.ciphertext)
    listed = mia.get("/me/journal").json()["items"]
    assert listed[0]["title"] == "Tuesday" and listed[0]["body"] is None
    assert "circle helped" in listed[0]["excerpt"]
    opened = mia.get(f"/me/journal/{entry_id}").json()
    assert opened["body"] == "The circle helped more than I expected."
    assert [item["id"] for item in mia.get("/me/journal", {"q": "CIRCLE"}).json()["items"]] == [
        entry_id
    ]
    assert mia.get("/me/journal", {"q": "nowhere"}).json()["items"] == []
    for other in ("outsider", "facilitator"):
        response = apis[other].get(f"/me/journal/{entry_id}")
        assert response.status_code == 404
        assert "circle" not in response.content.decode()
    assert apis["facilitator"].get("/me/journal").json()["items"] == []


def test_self_checks_score_and_offer_crisis_lines_when_needed(cast, apis):
    mia = apis["member"]
    gad = mia.post("/me/self-checks", {"kind": "gad7", "answers": [1, 2, 1, 2, 1, 1, 2]})
    assert gad.status_code == 201, gad.content
    assert gad.json()["score"] == 10 and gad.json()["band"]["code"] == "moderate"
    assert gad.json()["resources"] is None
    phq = mia.post(
        "/me/self-checks",
        {"kind": "phq9", "answers": [1, 1, 1, 1, 1, 1, 1, 1, 1], "difficulty": 1},
    )
    body = phq.json()
    assert body["needs_crisis_panel"] is True
    assert body["resources"]["international"]["lines"]
    short = mia.post("/me/self-checks", {"kind": "phq9", "answers": [0, 0, 0]})
    assert short.status_code == 409 and short.json()["code"] == "missing_answer"
    history = mia.get("/me/self-checks", {"kind": "phq9"}).json()["items"]
    assert [item["score"] for item in history] == [9]
    assert len(mia.get("/me/self-checks").json()["items"]) == 2
    # Asking for someone to reach out alerts the group's facilitators, without the answers.
    answered = mia.post(
        f"/me/self-checks/{body['id']}/safety",
        {"choice": "reach_out", "group": cast.group.slug},
    )
    assert answered.json() == {"choice": "reach_out", "outreach_requested": True}
    flag = Flag.objects.get(kind=Flag.Kind.OUTREACH)
    assert flag.subject == cast.member and flag.group == cast.group
    not_mine = apis["outsider"].post(f"/me/self-checks/{body['id']}/safety", {"choice": "safe"})
    assert not_mine.status_code == 404
    unknown = mia.post(
        f"/me/self-checks/{body['id']}/safety", {"choice": "reach_out", "group": "no-such-group"}
    )
    assert unknown.status_code == 409 and unknown.json()["code"] == "bad_group"


def test_self_care_plan_and_check_off(cast, apis):
    mia = apis["member"]
    created = mia.post(
        "/me/self-care", {"suggestion": "walk", "times": ["08:30"], "remind": True}
    ).json()
    assert created["name"] == "Go for a walk" and created["weekdays"] == list(range(7))
    assert created["done_today"] is False
    done = mia.post(f"/me/self-care/{created['id']}/done", {"done": True}).json()
    assert done["done_today"] is True and done["streak"] == 1
    assert mia.get("/me/self-care").json()["items"][0]["done_today"] is True
    undone = mia.post(f"/me/self-care/{created['id']}/done", {"done": False}).json()
    assert undone["done_today"] is False
    bad = mia.post("/me/self-care", {"name": "Stretch", "times": ["25:00"]})
    assert bad.status_code == 409 and bad.json()["code"] == "bad_time"
    assert apis["outsider"].post(f"/me/self-care/{created['id']}/done", {}).status_code == 404


def test_milestones_count_and_reset(cast, apis):
    mia = apis["member"]
    created = mia.post("/me/milestones", {"kind": "sober", "since": "2025-01-01"})
    assert created.status_code == 201, created.content
    assert created.json()["days"] > 300 and created.json()["title"] == "Sober since"
    custom = mia.post("/me/milestones", {"kind": "custom", "since": "2025-06-01"})
    assert custom.status_code == 409 and custom.json()["code"] == "no_label"
    reset = mia.post(f"/me/milestones/{created.json()['id']}/reset").json()
    assert reset["days"] == 0
    assert [item["days"] for item in mia.get("/me/milestones").json()["items"]] == [0]
    assert apis["outsider"].post(f"/me/milestones/{reset['id']}/reset").status_code == 404


# --- coping -----------------------------------------------------------------------------


def test_strategies_library_detail_rating_and_toolkit(cast, apis, anonymous_api):
    shared = coping_services.create_strategy(
        actor=cast.member, data=strategy_data(title="Box breathing for the bus")
    )
    group_only = coping_services.create_strategy(
        actor=cast.member, data=strategy_data(title="Our circle's grounding", group=cast.group)
    )
    visitor_titles = {item["title"] for item in anonymous_api.get("/strategies").json()["items"]}
    assert "Box breathing for the bus" in visitor_titles
    assert "Our circle's grounding" not in visitor_titles
    mia = apis["member"]
    member_titles = {item["title"] for item in mia.get("/strategies").json()["items"]}
    assert "Our circle's grounding" in member_titles
    assert anonymous_api.get(f"/strategies/{group_only.pk}").status_code == 401
    assert apis["outsider"].get(f"/strategies/{group_only.pk}").status_code == 403

    detail = anonymous_api.get(f"/strategies/{shared.pk}").json()
    assert detail["steps"][0] == "Put your feet flat on the floor."
    assert detail["tally"]["tried"] == 0

    rated = apis["cofacilitator"].put(
        f"/strategies/{shared.pk}/rating",
        {"outcome": "helped_a_lot", "note": "Works on the night bus.", "group": cast.group.slug},
    )
    assert rated.json() == {
        "outcome": "helped_a_lot",
        "note": "Works on the night bus.",
        "shared_with": cast.group.slug,
    }
    seen_by_mia = mia.get(f"/strategies/{shared.pk}").json()
    assert seen_by_mia["tally"]["helped"] == 1
    assert [note["note"] for note in seen_by_mia["notes"]] == ["Works on the night bus."]
    # Outside the group the counts show, the note does not.
    seen_outside = apis["outsider"].get(f"/strategies/{shared.pk}").json()
    assert seen_outside["tally"]["tried"] == 1 and seen_outside["notes"] == []
    # Sharing with a group one is not in is refused, and changes nothing.
    refused = apis["outsider"].put(
        f"/strategies/{shared.pk}/rating", {"outcome": "not_for_me", "group": cast.group.slug}
    )
    assert refused.status_code == 403
    assert anonymous_api.get(f"/strategies/{shared.pk}").json()["tally"]["tried"] == 1

    assert mia.put(f"/strategies/{shared.pk}/toolkit").status_code == 204
    assert [item["id"] for item in mia.get("/me/toolkit").json()["items"]] == [shared.pk]
    listed = {item["id"]: item for item in mia.get("/strategies").json()["items"]}
    assert listed[shared.pk]["saved"] is True and listed[group_only.pk]["saved"] is False
    assert mia.delete(f"/strategies/{shared.pk}/toolkit").status_code == 204
    assert mia.get("/me/toolkit").json()["items"] == []

    removed = apis["cofacilitator"].delete(f"/strategies/{shared.pk}/rating")
    assert removed.status_code == 204
    assert anonymous_api.get(f"/strategies/{shared.pk}").json()["tally"]["tried"] == 0


def test_strategy_filters_and_cursors(db, anonymous_api):
    assert anonymous_api.get("/strategies", {"topic": "nope"}).json()["code"] == "unknown_topic"
    response = anonymous_api.get("/strategies", {"category": "nope"})
    assert response.status_code == 422 and response.json()["code"] == "unknown_category"
    first = anonymous_api.get("/strategies").json()
    assert len(first["items"]) == 20 and first["next_cursor"]
    second = anonymous_api.get("/strategies", {"cursor": first["next_cursor"]}).json()
    assert not {item["id"] for item in first["items"]} & {item["id"] for item in second["items"]}
    quick = anonymous_api.get("/strategies", {"max_minutes": 2}).json()["items"]
    assert quick and all(item["minutes"] <= 2 for item in quick)


# --- reports and moderation -------------------------------------------------------------


def test_report_queue_act_and_appeal(cast, apis):
    mia, cole, fern = apis["member"], apis["cofacilitator"], apis["facilitator"]
    reported = cole.post(
        "/reports", {"reason": "unsafe_advice", "post": cast.post.pk, "note": "Dosage."}
    )
    assert reported.status_code == 201, reported.content
    again = cole.post("/reports", {"reason": "spam", "post": cast.post.pk})
    assert again.status_code == 409 and again.json()["code"] == "already_reported"
    own = mia.post("/reports", {"reason": "spam", "post": cast.post.pk})
    assert own.status_code == 409 and own.json()["code"] == "own"
    outsider = apis["outsider"].post("/reports", {"reason": "spam", "post": cast.post.pk})
    assert outsider.status_code == 403
    two = mia.post("/reports", {"reason": "spam", "post": cast.post.pk, "group": cast.group.slug})
    assert two.status_code == 422 and two.json()["code"] == "one_target"

    assert mia.get("/moderation/queue").status_code == 403
    queue = fern.get("/moderation/queue").json()["items"]
    assert [(item["kind"], item["post_id"], item["report_count"]) for item in queue] == [
        ("reported", cast.post.pk, 1)
    ]
    flag_id = queue[0]["id"]
    assert apis["other_group_member"].get(f"/moderation/flags/{flag_id}").status_code == 404
    detail = fern.get(f"/moderation/flags/{flag_id}").json()
    assert detail["item_body"] == cast.post.body
    assert detail["reports"][0]["reason"] == "unsafe_advice"

    no_reason = fern.post(f"/moderation/flags/{flag_id}/actions", {"action": "remove"})
    assert no_reason.status_code == 422
    acted = fern.post(
        f"/moderation/flags/{flag_id}/actions",
        {"action": "remove", "reason": "Shares a medication dose."},
    )
    assert acted.status_code == 201, acted.content
    cast.post.refresh_from_db()
    assert cast.post.state == State.REMOVED
    assert fern.get("/moderation/queue").json()["items"] == []
    twice = fern.post(
        f"/moderation/flags/{flag_id}/actions", {"action": "dismiss", "reason": "Again."}
    )
    assert twice.status_code == 409 and twice.json()["code"] == "closed"

    notice = LogEntry.objects.get(action="remove")
    listed = mia.get("/me/moderation-notices").json()["items"]
    assert [(item["id"], item["action"], item["reason"], item["appealed"]) for item in listed] == [
        (notice.pk, "remove", "Shares a medication dose.", False)
    ]
    assert cole.get("/me/moderation-notices").json()["items"] == []
    assert (
        cole.post(
            f"/me/moderation-notices/{notice.pk}/appeal", {"statement": "Not mine."}
        ).status_code
        == 404
    )
    appealed = mia.post(
        f"/me/moderation-notices/{notice.pk}/appeal", {"statement": "It was my own experience."}
    )
    assert appealed.status_code == 201, appealed.content
    once = mia.post(f"/me/moderation-notices/{notice.pk}/appeal", {"statement": "Please."})
    assert once.status_code == 409 and once.json()["code"] == "appealed"
    assert mia.get("/me/moderation-notices").json()["items"][0]["appealed"] is True


def test_reports_are_rate_limited_like_the_pages(cast, apis, monkeypatch):
    from peerhaven.safety import ratelimit

    monkeypatch.setitem(ratelimit.LIMITS, "report", (1, 100, 3600))
    cole = apis["cofacilitator"]
    assert cole.post("/reports", {"reason": "spam", "group": cast.group.slug}).status_code == 201
    limited = cole.post("/reports", {"reason": "spam", "post": cast.post.pk})
    assert limited.status_code == 429 and limited.json()["code"] == "rate_limited"
    assert Report.objects.count() == 1


def test_a_platform_moderator_decides_an_appeal(cast, apis):
    from django.contrib.auth.models import Permission

    from peerhaven.safety import services as safety_services
    from peerhaven.testing import make_person

    flag = safety_services.report(actor=cast.cofacilitator, reason="spam", post=cast.post).flag
    entry = safety_services.act(actor=cast.facilitator, flag=flag, action="remove", reason="Spam.")
    appeal = safety_services.appeal(actor=cast.member, entry=entry, statement="It was not spam.")
    path = f"/moderation/appeals/{appeal.pk}/decision"
    # The moderator who decided cannot review it, and it does not exist for anyone else.
    assert apis["facilitator"].post(path, {"upheld": True, "reason": "x"}).status_code == 404
    moderator = make_person("pat")
    moderator.user_permissions.add(Permission.objects.get(codename="moderate_platform"))
    pat = ApiClient(token_for(moderator))
    assert pat.post(path, {"upheld": True}).status_code == 422
    decided = pat.post(path, {"upheld": True, "reason": "Shared in good faith."})
    assert decided.status_code == 200, decided.content
    assert decided.json()["upheld"] is True
    again = pat.post(path, {"upheld": False, "reason": "Changed my mind."})
    assert again.status_code == 409 and again.json()["code"] == "decided"
    assert LogEntry.objects.filter(action="appeal_upheld", subject=cast.member).exists()


def test_own_records_are_changed_and_deleted_by_their_owner(cast, apis):
    from peerhaven.wellbeing.models import Milestone, SelfCareActivity, SelfCheck

    mia = apis["member"]
    checkin = mia.post("/me/mood-checkins", {"mood": 4}).json()
    entry = mia.post("/me/journal", {"title": "Draft", "body": "First words."}).json()
    result = mia.post("/me/self-checks", {"kind": "gad7", "answers": [0] * 7}).json()
    activity = mia.post("/me/self-care", {"suggestion": "walk"}).json()
    milestone = mia.post("/me/milestones", {"kind": "sober", "since": "2025-01-01"}).json()

    rewritten = mia.put(f"/me/journal/{entry['id']}", {"title": "Final", "body": "Better words."})
    assert rewritten.json()["title"] == "Final" and rewritten.json()["body"] == "Better words."
    changed = mia.put(
        f"/me/self-care/{activity['id']}", {"name": "Evening walk", "weekdays": [0, 2, 4]}
    ).json()
    assert changed["name"] == "Evening walk" and changed["weekdays"] == [0, 2, 4]
    moved = mia.put(
        f"/me/milestones/{milestone['id']}", {"kind": "smoke_free", "since": "2025-06-01"}
    ).json()
    assert moved["title"] == "Smoke free since" and moved["since"] == "2025-06-01"
    # Someone else's record does not exist for them, and stays as it was.
    assert (
        apis["outsider"].put(f"/me/journal/{entry['id']}", {"body": "Mine now."}).status_code == 404
    )
    assert apis["outsider"].delete(f"/me/milestones/{milestone['id']}").status_code == 404
    assert mia.get(f"/me/journal/{entry['id']}").json()["body"] == "Better words."

    for path in (
        f"/me/mood-checkins/{checkin['id']}",
        f"/me/journal/{entry['id']}",
        f"/me/self-checks/{result['id']}",
        f"/me/self-care/{activity['id']}",
        f"/me/milestones/{milestone['id']}",
    ):
        assert mia.delete(path).status_code == 204, path
        assert mia.delete(path).status_code == 404, path
    for model in (MoodCheckIn, JournalEntry, SelfCheck, SelfCareActivity, Milestone):
        assert not model.objects.exists()
