"""The resources, walked as an app would: each answer checked for what it shows, to whom."""

import logging

import pytest

from peerhaven.api.tests.conftest import ApiClient, token_for
from peerhaven.meetings.models import RSVP
from peerhaven.notifications.models import Notification
from peerhaven.sharing import services as sharing_services
from peerhaven.testing import add_member, make_group, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def apis(cast):
    return {
        name: ApiClient(token_for(getattr(cast, name)))
        for name in ("member", "outsider", "facilitator", "cofacilitator")
    }


def test_topics(anonymous_api):
    topics = anonymous_api.get("/topics").json()
    assert any(topic["slug"] == "anxiety" for topic in topics)


def test_group_list_filters_like_the_directory(cast, anonymous_api):
    madrid = make_person("madrid_host")
    make_group(madrid, name="Grupo de Madrid", format="in_person", city="Madrid, ES")
    make_group(madrid, name="Hidden circle", listing="hidden")
    listed = anonymous_api.get("/groups").json()
    names = {group["name"] for group in listed["items"]}
    assert "Hidden circle" not in names
    assert {"Evening Anxiety Circle", "Grupo de Madrid"} <= names
    near = anonymous_api.get("/groups", {"near": "Madrid", "radius_km": 25}).json()
    assert [group["name"] for group in near["items"]] == ["Grupo de Madrid"]
    assert near["items"][0]["distance_km"] < 25
    with_online = anonymous_api.get("/groups", {"near": "Madrid", "online": "true"}).json()
    assert "Evening Anxiety Circle" in {group["name"] for group in with_online["items"]}
    searched = anonymous_api.get("/groups", {"q": "madrid"}).json()
    assert [group["name"] for group in searched["items"]] == ["Grupo de Madrid"]
    online = anonymous_api.get("/groups", {"format": "online", "topic": "anxiety"}).json()
    assert "Grupo de Madrid" not in {group["name"] for group in online["items"]}


def test_group_list_pages_with_cursors(db, anonymous_api, django_assert_max_num_queries):
    host = make_person("host")
    for number in range(23):
        make_group(host, name=f"Circle {number:02d}")
    first = anonymous_api.get("/groups").json()
    assert len(first["items"]) == 20 and first["total"] == 23
    second = anonymous_api.get("/groups", {"cursor": first["next_cursor"]}).json()
    assert len(second["items"]) == 3 and second["next_cursor"] is None
    assert not {g["slug"] for g in first["items"]} & {g["slug"] for g in second["items"]}
    # A fixed number of queries, whatever the page holds (count, ids, groups, topics).
    with django_assert_max_num_queries(4):
        anonymous_api.get("/groups")


def test_group_detail_shows_members_their_note(cast, apis, anonymous_api):
    slug = cast.group.slug
    public = anonymous_api.get(f"/groups/{slug}").json()
    assert public["members_note_html"] is None and public["membership"] is None
    assert public["facilitators"] == [{"username": "fern", "name": "Fern"}]
    assert public["guidelines_version"] == 1
    assert len(public["next_meetings"]) == 1
    mine = apis["member"].get(f"/groups/{slug}").json()
    assert "Tuesdays" in mine["members_note_html"]
    assert mine["membership"] == {"state": "active", "role": "member"}


def test_joining_asking_and_deciding(cast, apis):
    private = make_group(cast.facilitator, name="Private circle", listing="private")
    outsider = apis["outsider"]
    body = {"accept": True, "guidelines_version": 1, "message": "Hello, I'd like to join."}
    assert outsider.post(f"/groups/{private.slug}/join", body).json() == {
        "state": "requested",
        "role": None,
    }
    requests = apis["facilitator"].get(f"/groups/{private.slug}/requests").json()["items"]
    assert [row["username"] for row in requests] == ["ozzy"]
    assert requests[0]["message"] == "Hello, I'd like to join."
    decided = apis["facilitator"].post(
        f"/groups/{private.slug}/requests/{requests[0]['membership_id']}", {"approve": True}
    )
    assert decided.json() == {"state": "active", "role": "member"}
    assert Notification.objects.filter(user=cast.outsider, kind="join_approved").exists()
    assert outsider.post(f"/groups/{private.slug}/leave").json()["state"] == "left"
    stale = dict(body, guidelines_version=7)
    response = outsider.post(f"/groups/{cast.group.slug}/join", stale)
    assert response.status_code == 409 and response.json()["code"] == "guidelines_changed"


def test_member_list_pages(cast, apis):
    for number in range(55):
        add_member(cast.group, make_person(f"person{number:02d}"))
    first = apis["member"].get(f"/groups/{cast.group.slug}/members").json()
    assert first["items"][0]["role"] == "facilitator"
    second = (
        apis["member"]
        .get(f"/groups/{cast.group.slug}/members", {"cursor": first["next_cursor"]})
        .json()
    )
    assert len(first["items"]) + len(second["items"]) == 58
    assert second["next_cursor"] is None


def test_feed_pages_and_polls(cast, apis, django_assert_max_num_queries):
    slug = cast.group.slug
    for number in range(24):
        sharing_services.create_post(
            actor=cast.cofacilitator, group=cast.group, body=f"Post {number}"
        )
    first = apis["member"].get(f"/groups/{slug}/posts").json()
    assert len(first["items"]) == 20
    second = apis["member"].get(f"/groups/{slug}/posts", {"cursor": first["next_cursor"]}).json()
    assert len(second["items"]) == 5 and second["next_cursor"] is None
    newer = apis["member"].get(f"/groups/{slug}/posts", {"after": first["newest_cursor"]}).json()
    assert newer["items"] == []
    sharing_services.create_post(actor=cast.cofacilitator, group=cast.group, body="Fresh")
    newer = apis["member"].get(f"/groups/{slug}/posts", {"after": first["newest_cursor"]}).json()
    assert [item["body_html"] for item in newer["items"]] == ["<p>Fresh</p>\n"]
    # A page made afresh (a post was added): the feed's own fixed queries, the same for 20
    # posts as for 1; the token and the admission to the group are remembered.
    with django_assert_max_num_queries(9):
        apis["member"].get(f"/groups/{slug}/posts")


def test_posting_replying_reacting(cast, apis):
    slug = cast.group.slug
    created = apis["member"].post(
        f"/groups/{slug}/posts",
        {"body": "Today was **hard**.", "anonymous": True, "warnings": ["self_harm"]},
    )
    assert created.status_code == 201
    post = created.json()
    assert post["author"].startswith("Mia") and post["author_hidden"] and post["mine"]
    assert post["body"] == "Today was **hard**." and "<strong>hard</strong>" in post["body_html"]
    seen_by_other = apis["cofacilitator"].get(f"/posts/{post['id']}").json()["post"]
    assert seen_by_other["author"].startswith("Cole") is False
    assert seen_by_other["body"] is None and seen_by_other["collapsed"] is True
    reply = apis["cofacilitator"].post(f"/posts/{post['id']}/replies", {"body": "I hear you."})
    assert reply.status_code == 201
    reacted = apis["cofacilitator"].post(
        f"/posts/{post['id']}/reactions", {"kind": "sending_strength"}
    )
    assert reacted.json()["reactions"] == [{"kind": "sending_strength", "count": 1}]
    assert reacted.json()["my_reactions"] == ["sending_strength"]
    again = apis["cofacilitator"].post(
        f"/posts/{post['id']}/reactions", {"kind": "sending_strength"}
    )
    assert again.status_code == 409 and again.json()["code"] == "already_reacted"
    mine = apis["member"].get(f"/posts/{post['id']}").json()
    assert mine["post"]["reacted_by"] == [{"name": "Cole", "kind": "Sending strength"}]
    assert [item["body_html"] for item in mine["replies"]] == ["<p>I hear you.</p>\n"]
    undone = apis["cofacilitator"].delete(f"/posts/{post['id']}/reactions/sending_strength")
    assert undone.json()["reactions"] == []
    edited = apis["member"].patch(f"/posts/{post['id']}", {"body": "Better now."})
    assert edited.json()["edited_at"] is not None
    assert apis["member"].delete(f"/posts/{post['id']}").status_code == 204
    gone = apis["member"].get(f"/posts/{post['id']}").json()["post"]
    assert gone["state"] == "deleted" and gone["body_html"] == ""


def test_removing_tells_the_writer_why(cast, apis):
    removed = apis["cofacilitator"].post(
        f"/posts/{cast.post.pk}/remove", {"reason": "Shares a dosage."}
    )
    assert removed.status_code == 204
    seen = apis["member"].get(f"/posts/{cast.post.pk}").json()["post"]
    assert seen["state"] == "removed" and seen["removal_reason"] == "Shares a dosage."
    assert (
        apis["cofacilitator"].get(f"/posts/{cast.post.pk}").json()["post"]["removal_reason"] is None
    )


def test_reading_preferences_hide_posts_from_the_feed(cast, apis):
    sharing_services.create_post(
        actor=cast.cofacilitator, group=cast.group, body="About loss.", warnings=["loss_grief"]
    )
    prefs = apis["member"].get("/me/reading-preferences").json()["warnings"]
    assert prefs["loss_grief"] == "collapse"
    set_ = apis["member"].put("/me/reading-preferences", {"warnings": {"loss_grief": "hide"}})
    assert set_.json()["warnings"]["loss_grief"] == "hide"
    feed = apis["member"].get(f"/groups/{cast.group.slug}/posts").json()["items"]
    assert all("loss_grief" not in item["content_warnings"] for item in feed)
    bad = apis["member"].put("/me/reading-preferences", {"warnings": {"loss_grief": "shout"}})
    assert bad.status_code == 422


def test_meeting_details_and_rsvp(cast, apis, anonymous_api):
    occurrence = cast.occurrence.pk
    public = anonymous_api.get(f"/meetings/{occurrence}").json()
    assert public["private"] is None and public["my_rsvp"] is None
    assert b"Secret Street" not in anonymous_api.get(f"/meetings/{occurrence}.ics").content
    assert apis["member"].get(f"/meetings/{occurrence}").json()["private"] is None
    going = apis["member"].post(f"/meetings/{occurrence}/rsvp", {"going": True})
    assert going.json() == {"status": "going", "mode": "online"}
    detail = apis["member"].get(f"/meetings/{occurrence}").json()
    assert detail["private"]["video_url"] == "https://video.example.org/room-42"
    assert detail["going_online"] == 1 and detail["my_rsvp"]["status"] == "going"
    ics = apis["member"].get(f"/meetings/{occurrence}.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    assert b"video.example.org" in ics.content
    assert [
        item["id"] for item in apis["member"].get("/meetings", {"view": "going"}).json()["items"]
    ] == [occurrence]
    assert apis["member"].get("/meetings", {"view": "my_groups"}).status_code == 200
    assert anonymous_api.get("/meetings", {"view": "going"}).status_code == 401
    not_going = apis["member"].post(f"/meetings/{occurrence}/rsvp", {"going": False})
    assert not_going.json()["status"] == "not_going"
    assert RSVP.objects.get(user=cast.member).status == "not_going"


def test_notifications_list_and_mark_read(cast, apis):
    listed = apis["member"].get("/notifications").json()
    assert listed["unread"] == 1
    first = listed["items"][0]
    assert first["kind"] == "reply_to_post" and first["url"].endswith(f"#reply-{cast.reply.pk}")
    assert apis["member"].post(f"/notifications/{first['id']}/read").json() == {"marked": 1}
    assert apis["member"].get("/notifications", {"unread": "true"}).json()["items"] == []
    assert apis["outsider"].post(f"/notifications/{first['id']}/read").status_code == 404
    assert apis["member"].post("/notifications/read-all").json() == {"marked": 0}


def test_profile_read_and_change(cast, apis):
    me = apis["member"].get("/me").json()
    assert me["username"] == "mia"
    changed = apis["member"].patch("/me", {"country": "ES", "time_zone": "Europe/Madrid"})
    assert changed.json()["country"] == "ES" and changed.json()["display_name"] == "Mia"
    bad = apis["member"].patch("/me", {"time_zone": "Mars/Olympus"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"][-1] == "time_zone"
    assert apis["member"].get("/me").json()["time_zone"] == "Europe/Madrid"


def test_crisis_resources_by_country(anonymous_api):
    spain = anonymous_api.get("/crisis-resources", {"country": "ES"}).json()
    assert spain["country"]["code"] == "ES" and spain["country"]["lines"]
    assert spain["international"]["lines"]
    unknown = anonymous_api.get("/crisis-resources", {"country": "QQ"}).json()
    assert unknown["country"] is None
    assert anonymous_api.get("/crisis-resources", {"country": "E"}).status_code == 422


def test_risk_assessment_of_a_draft_is_never_logged(cast, apis, caplog):
    caplog.set_level(logging.DEBUG)
    text = "I have a plan to end my life tonight ZEBRA-SENTINEL"
    answer = apis["member"].post("/me/risk-assessment", {"text": text}).json()
    assert answer["level"] == "urgent" and answer["signals"]
    assert answer["resources"]["international"]["lines"]
    calm = apis["member"].post("/me/risk-assessment", {"text": "Lovely walk today."}).json()
    assert calm == {"level": "none", "signals": [], "language": "en", "resources": None}
    assert "ZEBRA-SENTINEL" not in "\n".join(record.getMessage() for record in caplog.records)


def test_token_requests_speak_the_members_language(cast):
    cast.member.language = "es"
    cast.member.save()
    api = ApiClient(token_for(cast.member))
    response = api.post(
        f"/groups/{cast.group.slug}/join", {"accept": True, "guidelines_version": 1}
    )
    assert response.json()["code"] == "already_member"
    assert "miembro" in response.json()["message"].lower() or response.json()["message"]


def test_the_cached_directory_forgets_a_group_as_soon_as_it_changes(cast, anonymous_api):
    from peerhaven.groups import services as group_services

    slug = cast.group.slug
    assert slug in {group["slug"] for group in anonymous_api.get("/groups").json()["items"]}
    group_services.update_group(
        actor=cast.facilitator, group=cast.group, data={"listing": "hidden"}
    )
    assert slug not in {group["slug"] for group in anonymous_api.get("/groups").json()["items"]}
    group_services.update_group(
        actor=cast.facilitator, group=cast.group, data={"listing": "public", "name": "Renamed"}
    )
    names = {group["name"] for group in anonymous_api.get("/groups").json()["items"]}
    assert "Renamed" in names
