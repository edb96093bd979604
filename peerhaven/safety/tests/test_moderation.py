import logging

import pytest
from django.contrib.auth.models import Permission
from django.db import DatabaseError, transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from peerhaven.errors import ActionRefused
from peerhaven.notifications.models import Notification
from peerhaven.safety import services
from peerhaven.safety.models import Flag, LogEntry, WordList
from peerhaven.sharing import services as sharing
from peerhaven.sharing.models import Post
from peerhaven.testing import add_member, make_person

pytestmark = pytest.mark.django_db

URGENT = "im going to kill myself tonight"
CONCERN = "honestly everyone would be better off without me"
SENTINEL_URGENT = "ZEBRA77 im going to kill myself tonight"


@pytest.fixture
def moderator(db):
    person = make_person("mona", display_name="Mona", is_staff=True)
    person.user_permissions.add(Permission.objects.get(codename="moderate_platform"))
    from allauth.mfa.models import Authenticator

    Authenticator.objects.create(
        user=person, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return person


def share(client, cast, body, person=None):
    client.force_login(person or cast.member)
    return client.post(
        reverse("sharing:create_post", args=[cast.group.slug]), {"kind": "share", "body": body}
    )


def test_an_urgent_post_is_held_and_answered_in_the_same_response(client, cast, moderator, caplog):
    caplog.set_level(logging.DEBUG)
    cast.member.country = "GB"
    cast.member.save()
    response = share(client, cast, SENTINEL_URGENT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "We&#x27;re here with you" in html or "We're here with you" in html
    assert "Samaritans" in html  # the writer's country's lines
    assert "I&#x27;m safe right now" in html or "I'm safe right now" in html
    post = Post.objects.latest("id")
    assert post.state == "held"
    # The group does not see it.
    client.force_login(cast.cofacilitator)
    assert (
        "ZEBRA77"
        not in client.get(reverse("groups:space", args=[cast.group.slug])).content.decode()
    )
    # Facilitators and platform moderators are alerted at once; the text is never logged.
    for person in (cast.facilitator, cast.cofacilitator, moderator):
        assert Notification.objects.filter(user=person, kind="crisis_alert").exists()
    flag = Flag.objects.get(post=post)
    assert (
        flag.kind == "held_for_care" and flag.priority == 0 and "ZEBRA77" not in str(flag.signals)
    )
    assert "ZEBRA77" not in "\n".join(record.getMessage() for record in caplog.records)


def test_the_writer_answers_the_panel(client, cast):
    share(client, cast, URGENT)
    flag = Flag.objects.latest("id")
    response = client.post(reverse("safety:care_answer", args=[flag.pk]), {"choice": "outreach"})
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.wants_outreach
    client.force_login(cast.outsider)
    assert (
        client.post(reverse("safety:care_answer", args=[flag.pk]), {"choice": "safe"}).status_code
        == 404
    )


def test_a_concern_is_shown_with_a_gentle_card_and_a_flag(client, cast):
    response = share(client, cast, CONCERN)
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Thinking of you" in page
    post = Post.objects.latest("id")
    assert post.state == "published"
    assert Flag.objects.get(post=post).kind == "concern"
    assert "Thinking of you" not in client.get(response["Location"]).content.decode()  # once


@override_settings(PEERHAVEN_CRISIS_HOLD="never")
def test_operators_can_choose_never_to_hold(client, cast):
    share(client, cast, URGENT)
    post = Post.objects.latest("id")
    assert post.state == "published"
    assert Flag.objects.get(post=post).priority == 0


def test_idioms_and_supportive_replies_do_not_fire(client, cast):
    for text in (
        "this commute is killing me lol",
        "If you're struggling, Samaritans are on 116 123, day or night.",
    ):
        share(client, cast, text)
    assert not Flag.objects.exists()


def test_reports_from_three_members_hide_the_item_until_reviewed(cast):
    post = sharing.create_post(actor=cast.member, group=cast.group, body="Something questionable.")
    reporters = [cast.cofacilitator, cast.facilitator]
    third = make_person("tess")
    add_member(cast.group, third)
    reporters.append(third)
    with pytest.raises(ActionRefused, match="your own"):
        services.report(actor=cast.member, reason="spam", post=post)
    services.report(actor=reporters[0], reason="spam", post=post)
    with pytest.raises(ActionRefused, match="already reported"):
        services.report(actor=reporters[0], reason="spam", post=post)
    with pytest.raises(ActionRefused, match="reason"):
        services.report(actor=reporters[1], reason="boring", post=post)
    services.report(actor=reporters[1], reason="harassment", post=post)
    post.refresh_from_db()
    assert post.state == "published"
    services.report(actor=reporters[2], reason="hate", post=post)
    post.refresh_from_db()
    assert post.state == "held"


def test_the_queue_orders_by_priority_and_facilitators_see_only_their_groups(
    client, cast, moderator
):
    post = sharing.create_post(actor=cast.member, group=cast.group, body="hmm")
    services.report(actor=cast.cofacilitator, reason="spam", post=post)
    sharing.create_post(actor=cast.member, group=cast.group, body=URGENT)
    client.force_login(cast.facilitator)
    flags = client.get(reverse("safety:queue")).context["flags"]
    assert [flag.kind for flag in flags][0] == "held_for_care"
    client.force_login(cast.member)
    assert client.get(reverse("safety:queue")).status_code == 403
    other = make_person("olive")
    from peerhaven.testing import make_group

    other_group = make_group(other, name="Elsewhere")
    client.force_login(other)
    assert client.get(reverse("safety:queue")).context["flags"] == []
    flag = Flag.objects.first()
    assert client.get(reverse("safety:flag", args=[flag.pk])).status_code == 404
    assert other_group  # a facilitator, but of another group


def test_moderator_actions_are_logged_and_people_are_told(client, cast):
    post = sharing.create_post(
        actor=cast.member, group=cast.group, body="Take double your dose tonight."
    )
    services.report(actor=cast.cofacilitator, reason="unsafe_advice", post=post)
    flag = Flag.objects.get(post=post)
    with pytest.raises(ActionRefused, match="reason"):
        services.act(actor=cast.facilitator, flag=flag, action="remove", reason="")
    with pytest.raises(ActionRefused, match="Only platform moderators"):
        services.act(actor=cast.facilitator, flag=flag, action="suspend", reason="x")
    services.act(
        actor=cast.facilitator,
        flag=flag,
        action="edit_out",
        reason="Dose removed.",
        edited_body="Talk to your doctor.",
    )
    post.refresh_from_db()
    assert "double your dose" not in post.body and "Edited by a moderator" in post.body
    entry = LogEntry.objects.get(flag=flag)
    assert (entry.action, entry.actor, entry.subject) == ("edit_out", cast.facilitator, cast.member)
    assert Notification.objects.filter(user=cast.cofacilitator, kind="report_outcome").exists()
    assert Notification.objects.filter(user=cast.member, kind="moderation_notice").exists()
    with pytest.raises(ActionRefused, match="already dealt"):
        services.act(actor=cast.cofacilitator, flag=flag, action="dismiss", reason="again")


def test_a_moderator_outside_the_group_cannot_act(cast):
    post = sharing.create_post(actor=cast.member, group=cast.group, body="x")
    services.report(actor=cast.cofacilitator, reason="spam", post=post)
    flag = Flag.objects.get(post=post)
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.act(actor=cast.other_group_member, flag=flag, action="dismiss", reason="no")


def test_mute_and_remove_from_group(cast):
    post = sharing.create_post(actor=cast.member, group=cast.group, body="x")
    services.report(actor=cast.cofacilitator, reason="harassment", post=post)
    services.act(
        actor=cast.facilitator,
        flag=Flag.objects.get(post=post),
        action="mute",
        reason="Cool down.",
        mute_days=3,
    )
    with pytest.raises(ActionRefused, match="paused your posting"):
        sharing.create_post(actor=cast.member, group=cast.group, body="still here")


def test_the_log_refuses_updates_and_deletes(cast):
    from django.db import connection

    with connection.cursor() as cursor:
        # As in every real installation (the suite allows purges to reset itself).
        cursor.execute("DELETE FROM safety_log_purge_allowed")
    entry = LogEntry.objects.create(action="warn", actor=cast.facilitator, reason="Be kind.")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        LogEntry.objects.filter(pk=entry.pk).update(reason="rewritten")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        LogEntry.objects.filter(pk=entry.pk).delete()
    assert LogEntry.objects.get(pk=entry.pk).reason == "Be kind."
    # Deleting a group never touches the log.
    cast.group.delete()
    assert LogEntry.objects.filter(pk=entry.pk).exists()


def test_appeal_once_reviewed_by_a_different_moderator(client, cast, moderator):
    second = make_person("milo", is_staff=True)
    second.user_permissions.add(Permission.objects.get(codename="moderate_platform"))
    post = sharing.create_post(actor=cast.member, group=cast.group, body="x")
    services.report(actor=cast.cofacilitator, reason="spam", post=post)
    entry = services.act(
        actor=moderator, flag=Flag.objects.get(post=post), action="remove", reason="Spam link."
    )
    client.force_login(cast.member)
    client.post(reverse("safety:notices"), {"entry": entry.pk, "statement": "It was not spam."})
    appeal = entry.__class__.objects.get(pk=entry.pk).appeal
    response = client.post(reverse("safety:notices"), {"entry": entry.pk, "statement": "Again."})
    assert response.status_code == 302
    with pytest.raises(ActionRefused, match="different moderator"):
        services.decide_appeal(actor=moderator, appeal_id=appeal.pk, upheld=True, reason="ok")
    services.decide_appeal(actor=second, appeal_id=appeal.pk, upheld=False, reason="It was spam.")
    assert LogEntry.objects.filter(action="appeal_denied", subject=cast.member).exists()


def test_blocking_hides_everywhere_silently(client, cast):
    sharing.create_post(actor=cast.cofacilitator, group=cast.group, body="From Cole with love")
    services.block(actor=cast.member, other=cast.cofacilitator)
    client.force_login(cast.member)
    assert (
        "From Cole with love"
        not in client.get(reverse("groups:space", args=[cast.group.slug])).content.decode()
    )
    post = sharing.create_post(actor=cast.member, group=cast.group, body="Mine")
    with pytest.raises(ActionRefused, match="can't reply"):
        sharing.create_reply(actor=cast.cofacilitator, post=post, body="hi")
    sharing.create_post(actor=cast.cofacilitator, group=cast.group, body="hey @mia")
    assert not Notification.objects.filter(user=cast.member, kind="mention").exists()
    assert not Notification.objects.filter(user=cast.cofacilitator, kind__contains="block").exists()
    services.unblock(actor=cast.member, other=cast.cofacilitator)
    assert (
        "From Cole with love"
        in client.get(reverse("groups:space", args=[cast.group.slug])).content.decode()
    )


def test_new_accounts_post_three_times_a_day_and_no_links(cast):
    newcomer = make_person("newt", date_joined=timezone.now())
    add_member(cast.group, newcomer)
    with pytest.raises(ActionRefused, match="links"):
        sharing.create_post(actor=newcomer, group=cast.group, body="see https://example.org")
    for number in range(3):
        sharing.create_post(actor=newcomer, group=cast.group, body=f"hello {number}")
    with pytest.raises(ActionRefused, match="3 times a day"):
        sharing.create_post(actor=newcomer, group=cast.group, body="one more")


def test_word_lists_hold_for_review(client, cast):
    WordList.objects.create(phrase="buy crypto")
    WordList.objects.create(group=cast.group, phrase="secret meetup")
    for body in ("Let's BUY CRYPTO now", "the Secret Meetup is at nine"):
        post = sharing.create_post(actor=cast.member, group=cast.group, body=body)
        assert post.state == "held"
        assert Flag.objects.get(post=post).kind == "word_list"


def test_rate_limits_give_a_friendly_429_with_retry_after(client, cast):
    client.force_login(cast.member)
    url = reverse("sharing:create_post", args=[cast.group.slug])
    statuses = [
        client.post(url, {"kind": "share", "body": f"note {number}"}).status_code
        for number in range(11)
    ]
    assert statuses[:10] == [302] * 10
    assert statuses[10] == 429
    response = client.post(url, {"kind": "share", "body": "again"})
    assert int(response["Retry-After"]) > 0
    assert "Please wait a moment" in response.content.decode()


def test_the_group_page_shows_a_transparency_summary_without_names(client, cast):
    post = sharing.create_post(actor=cast.member, group=cast.group, body="x")
    services.report(actor=cast.cofacilitator, reason="spam", post=post)
    services.act(
        actor=cast.facilitator, flag=Flag.objects.get(post=post), action="remove", reason="Spam."
    )
    client.force_login(cast.cofacilitator)
    html = client.get(cast.group.get_absolute_url()).content.decode()
    section = html.split("Moderation, last 90 days")[1].split("</section>")[0]
    assert "Remove" in section and "1" in section and "Mia" not in section


def test_members_can_report_a_group_or_a_member_they_share_a_group_with(client, cast):
    client.force_login(cast.member)
    response = client.post(
        reverse("safety:report_group", args=[cast.group.slug]), {"reason": "spam"}
    )
    assert response.status_code == 302
    assert (
        Flag.objects.get(group=cast.group, post__isnull=True, subject__isnull=True).reports.count()
        == 1
    )
    response = client.post(
        reverse("safety:report_member", args=[cast.cofacilitator.pk]), {"reason": "harassment"}
    )
    assert response.status_code == 302
    assert Flag.objects.get(subject=cast.cofacilitator, post__isnull=True).kind == "reported"
    with pytest.raises(ActionRefused, match="yourself"):
        services.report(actor=cast.member, reason="spam", member=cast.member)
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.report(actor=cast.outsider, reason="spam", member=cast.member)


def test_a_phq9_request_for_outreach_alerts_moderators_without_the_answers(client, cast, moderator):
    from peerhaven.wellbeing import services as wellbeing

    wellbeing.answer_crisis_panel(actor=cast.member, choice="reach_out", group_id=cast.group.pk)
    flag = Flag.objects.get(kind="outreach")
    assert flag.subject == cast.member and flag.wants_outreach and flag.priority == 0
    for person in (moderator, cast.facilitator):
        assert Notification.objects.filter(user=person, kind="crisis_alert").exists()
    client.force_login(cast.facilitator)
    page = client.get(reverse("safety:flag", args=[flag.pk])).content.decode()
    assert "Asked for someone to reach out" in page and "PHQ" not in page


def test_a_held_post_is_seen_only_by_its_writer_and_the_moderators(client, cast):
    post = sharing.create_post(actor=cast.member, group=cast.group, body=URGENT)
    assert post.state == "held"
    for person, status in (
        (cast.member, 200),
        (cast.facilitator, 200),
        (cast.cofacilitator, 200),
        (cast.other_group_member, 403),
        (cast.outsider, 403),
    ):
        client.force_login(person)
        assert client.get(post.get_absolute_url()).status_code == status, person
    add_member(cast.group, cast.other_group_member)
    client.force_login(cast.other_group_member)
    assert client.get(post.get_absolute_url()).status_code == 404


def test_join_requests_are_rate_limited(client, cast):
    from peerhaven.testing import make_group

    client.force_login(cast.outsider)
    statuses = []
    for number in range(11):
        group = make_group(cast.facilitator, name=f"Open circle {number}")
        statuses.append(
            client.post(
                reverse("groups:join", args=[group.slug]), {"accept": "on", "guidelines_version": 1}
            ).status_code
        )
    assert statuses[:10] == [302] * 10 and statuses[10] == 429
