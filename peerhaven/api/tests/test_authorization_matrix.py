"""Who may call what, for every actor, endpoint and listing: one table, through tokens.

Answers: "ok" (2xx) or the status code. Every operation of the API has a row here; the last
test fails when one is added without a row.
"""

from datetime import date

import pytest
from django.db import transaction

from peerhaven.api.api import api, operations
from peerhaven.api.tests.conftest import ApiClient, token_for
from peerhaven.notifications.models import Notification
from peerhaven.testing import build_cast

ACTORS = [
    "anonymous",
    "outsider",
    "requested",
    "member",
    "cofacilitator",
    "facilitator",
    "removed",
    "other_group_member",
    "staff",
]
LISTINGS = ["public", "private", "hidden"]
MEMBERS = {"member", "cofacilitator", "facilitator"}
MODERATORS = {"cofacilitator", "facilitator"}
SIGNED_IN = set(ACTORS) - {"anonymous"}
EVERYONE = set(ACTORS)

# operation -> (method, path template, JSON body)
OPERATIONS = {
    "list_topics": ("get", "/topics", None),
    "list_groups": ("get", "/groups", None),
    "get_group": ("get", "/groups/{slug}", None),
    "join_group": ("post", "/groups/{slug}/join", {"accept": True, "guidelines_version": 1}),
    "leave_group": ("post", "/groups/{slug}/leave", None),
    "list_members": ("get", "/groups/{slug}/members", None),
    "list_requests": ("get", "/groups/{slug}/requests", None),
    "decide_request": ("post", "/groups/{slug}/requests/{requested}", {"approve": False}),
    "list_group_meetings": ("get", "/groups/{slug}/meetings", None),
    "list_meetings": ("get", "/meetings", None),
    "get_meeting": ("get", "/meetings/{occurrence}", None),
    "get_meeting_ics": ("get", "/meetings/{occurrence}.ics", None),
    "rsvp": ("post", "/meetings/{occurrence}/rsvp", {"going": True}),
    "group_feed": ("get", "/groups/{slug}/posts", None),
    "create_post": ("post", "/groups/{slug}/posts", {"body": "Hello all."}),
    "get_post": ("get", "/posts/{post}", None),
    "edit_post": ("patch", "/posts/{post}", {"body": "Edited."}),
    "delete_post": ("delete", "/posts/{post}", None),
    "remove_post": ("post", "/posts/{post}/remove", {"reason": "Shares a dosage."}),
    "create_reply": ("post", "/posts/{post}/replies", {"body": "Thank you for asking."}),
    "edit_reply": ("patch", "/replies/{reply}", {"body": "Edited."}),
    "delete_reply": ("delete", "/replies/{reply}", None),
    "remove_reply": ("post", "/replies/{reply}/remove", {"reason": "Off topic."}),
    "mark_helpful": ("post", "/replies/{reply}/helpful", {"helpful": True}),
    "react_to_post": ("post", "/posts/{post}/reactions", {"kind": "i_hear_you"}),
    "unreact_to_post": ("delete", "/posts/{post}/reactions/i_hear_you", None),
    "react_to_reply": ("post", "/replies/{reply}/reactions", {"kind": "same_here"}),
    "unreact_to_reply": ("delete", "/replies/{reply}/reactions/same_here", None),
    "get_profile": ("get", "/me", None),
    "update_profile": ("patch", "/me", {"pronouns": "they/them"}),
    "get_reading_preferences": ("get", "/me/reading-preferences", None),
    "set_reading_preferences": (
        "put",
        "/me/reading-preferences",
        {"warnings": {"suicide": "hide"}},
    ),
    "list_notifications": ("get", "/notifications", None),
    "mark_read": ("post", "/notifications/{notification}/read", None),
    "mark_all_read": ("post", "/notifications/read-all", None),
    "crisis_resources": ("get", "/crisis-resources", None),
    "risk_assessment": ("post", "/me/risk-assessment", {"text": "A long day, but I'm ok."}),
    # The member's own wellbeing records.
    "list_mood_checkins": ("get", "/me/mood-checkins", None),
    "create_mood_checkin": ("post", "/me/mood-checkins", {"mood": 3, "emotions": ["calm"]}),
    "delete_mood_checkin": ("delete", "/me/mood-checkins/{checkin}", None),
    "list_journal": ("get", "/me/journal", None),
    "create_journal_entry": ("post", "/me/journal", {"body": "A calm evening."}),
    "get_journal_entry": ("get", "/me/journal/{entry}", None),
    "update_journal_entry": ("put", "/me/journal/{entry}", {"body": "Rewritten."}),
    "delete_journal_entry": ("delete", "/me/journal/{entry}", None),
    "delete_self_check": ("delete", "/me/self-checks/{self_check}", None),
    "list_self_checks": ("get", "/me/self-checks", None),
    "take_self_check": (
        "post",
        "/me/self-checks",
        {"kind": "gad7", "answers": [0, 1, 0, 1, 0, 0, 1]},
    ),
    "answer_safety_panel": ("post", "/me/self-checks/{self_check}/safety", {"choice": "safe"}),
    "list_self_care": ("get", "/me/self-care", None),
    "create_self_care_activity": ("post", "/me/self-care", {"suggestion": "walk"}),
    "check_off_self_care": ("post", "/me/self-care/{activity}/done", {"done": True}),
    "update_self_care_activity": ("put", "/me/self-care/{activity}", {"name": "Slow walk"}),
    "delete_self_care_activity": ("delete", "/me/self-care/{activity}", None),
    "list_milestones": ("get", "/me/milestones", None),
    "create_milestone": ("post", "/me/milestones", {"kind": "smoke_free", "since": "2026-01-01"}),
    "reset_milestone": ("post", "/me/milestones/{milestone}/reset", None),
    "update_milestone": (
        "put",
        "/me/milestones/{milestone}",
        {"kind": "smoke_free", "since": "2026-02-01"},
    ),
    "delete_milestone": ("delete", "/me/milestones/{milestone}", None),
    # Coping strategies: the one used here is shared only inside the group.
    "list_strategies": ("get", "/strategies", None),
    "get_strategy": ("get", "/strategies/{strategy}", None),
    "rate_strategy": ("put", "/strategies/{strategy}/rating", {"outcome": "helped_a_bit"}),
    "remove_strategy_rating": ("delete", "/strategies/{strategy}/rating", None),
    "save_to_toolkit": ("put", "/strategies/{strategy}/toolkit", None),
    "remove_from_toolkit": ("delete", "/strategies/{strategy}/toolkit", None),
    "get_toolkit": ("get", "/me/toolkit", None),
    # Reports, the moderation queue and appeals.
    "create_report": ("post", "/reports", {"reason": "spam", "group": "{slug}"}),
    "moderation_queue": ("get", "/moderation/queue", None),
    "get_flag": ("get", "/moderation/flags/{flag}", None),
    "act_on_flag": (
        "post",
        "/moderation/flags/{flag}/actions",
        {"action": "dismiss", "reason": "Nothing wrong here."},
    ),
    "decide_appeal": (
        "post",
        "/moderation/appeals/{appeal}/decision",
        {"upheld": False, "reason": "The removal stands."},
    ),
    "list_moderation_notices": ("get", "/me/moderation-notices", None),
    "appeal_decision": (
        "post",
        "/me/moderation-notices/{notice}/appeal",
        {"statement": "I was sharing my own experience."},
    ),
}

# Open to anyone, signed in or not, whatever the group.
PUBLIC = {"list_topics", "list_groups", "list_meetings", "crisis_resources", "list_strategies"}
# About the caller only: anyone signed in.
OWN = {
    "get_profile",
    "update_profile",
    "get_reading_preferences",
    "set_reading_preferences",
    "list_notifications",
    "mark_all_read",
    "risk_assessment",
    "list_mood_checkins",
    "create_mood_checkin",
    "list_journal",
    "create_journal_entry",
    "list_self_checks",
    "take_self_check",
    "list_self_care",
    "create_self_care_activity",
    "list_milestones",
    "create_milestone",
    "get_toolkit",
    "list_moderation_notices",
}
# One of the member's own records (or notices): anyone else is told it does not exist.
MEMBERS_OWN = {
    "mark_read",
    "delete_mood_checkin",
    "get_journal_entry",
    "update_journal_entry",
    "delete_journal_entry",
    "delete_self_check",
    "update_self_care_activity",
    "delete_self_care_activity",
    "update_milestone",
    "delete_milestone",
    "answer_safety_panel",
    "check_off_self_care",
    "reset_milestone",
    "appeal_decision",
}
# Flags in the group's moderation queue: its moderators only; anyone else is told it does
# not exist, whatever the group's listing.
QUEUE_ITEMS = {"get_flag", "act_on_flag"}
# Appeals: platform moderators only (none among these actors; staff is not one by itself).
PLATFORM = {"decide_appeal"}
# A group's public face: anyone while the group is listed, its members when hidden.
GROUP_VIEW = {"get_group", "list_group_meetings", "get_meeting", "get_meeting_ics"}
ALLOWED = {
    "list_members": MEMBERS,
    "list_requests": MODERATORS,
    "decide_request": MODERATORS,
    "rsvp": MEMBERS,
    "group_feed": MEMBERS,
    "create_post": MEMBERS,
    "get_post": MEMBERS,
    "edit_post": {"member"},  # the post is the member's
    "delete_post": {"member"},
    "remove_post": MODERATORS,
    "create_reply": MEMBERS,
    "edit_reply": {"cofacilitator"},  # the reply is the co-facilitator's
    "delete_reply": {"cofacilitator"},
    "remove_reply": MODERATORS,
    "mark_helpful": {"member"},  # only the asker of the question
    "react_to_post": MEMBERS,
    "unreact_to_post": MEMBERS,
    "react_to_reply": MEMBERS,
    "unreact_to_reply": MEMBERS,
    "get_strategy": MEMBERS,
    "rate_strategy": MEMBERS,
    "remove_strategy_rating": {"member"},  # the one who rated it
    "save_to_toolkit": MEMBERS,
    "remove_from_toolkit": MEMBERS,
}


def records_of(cast) -> dict:
    """The member's own records, a group-only strategy they rated, and the moderation
    things the rows act on: an open flag in the group, and a decision about the member."""
    from peerhaven.coping import services as coping
    from peerhaven.coping.testing import strategy_data
    from peerhaven.safety import services as safety
    from peerhaven.wellbeing import services as wellbeing

    member = cast.member
    strategy = coping.create_strategy(actor=member, data=strategy_data(group=cast.group))
    coping.rate_strategy(actor=member, strategy=strategy, outcome="helped_a_lot")
    decided = safety.report(actor=cast.cofacilitator, reason="spam", post=cast.post).flag
    notice = safety.act(actor=cast.facilitator, flag=decided, action="warn", reason="Be kind.")
    flag = safety.report(actor=member, reason="other", reply=cast.reply).flag
    about_member = safety.report(actor=cast.cofacilitator, reason="harassment", member=member)
    warned = safety.act(
        actor=cast.facilitator, flag=about_member.flag, action="warn", reason="Keep it kind."
    )
    appeal = safety.appeal(actor=member, entry=warned, statement="Please look again.")
    return {
        "checkin": wellbeing.record_mood(actor=member, mood=4).pk,
        "entry": wellbeing.write_journal_entry(actor=member, body="Only mine.").pk,
        "self_check": wellbeing.take_self_check(
            actor=member, kind="gad7", answers=[1, 1, 1, 1, 0, 0, 0]
        ).pk,
        "activity": wellbeing.save_activity(actor=member, data={"suggestion": "walk"}).pk,
        "milestone": wellbeing.save_milestone(
            actor=member,
            data={"kind": "sober", "since": date(2026, 1, 1)},
        ).pk,
        "strategy": strategy.pk,
        "flag": flag.pk,
        "notice": notice.pk,
        "appeal": appeal.pk,
    }


def expected(operation: str, listing: str, actor: str) -> str:
    hidden = listing == "hidden"
    if operation in PUBLIC:
        return "ok"
    if operation in GROUP_VIEW:
        return "ok" if actor in MEMBERS or not hidden else "404"
    if operation == "get_strategy" and actor == "anonymous":
        # Open to visitors when shared with everyone; this one is the group's, and a hidden
        # group's existence is not told to anyone outside it.
        return "404" if hidden else "401"
    if actor == "anonymous":
        return "401"
    if operation in OWN:
        return "ok"
    if operation in MEMBERS_OWN:
        # The notification, records and notice are the member's; others' are not found.
        return "ok" if actor == "member" else "404"
    if operation in PLATFORM:
        return "404"
    if operation in QUEUE_ITEMS:
        return "ok" if actor in MODERATORS else "404"
    if operation == "moderation_queue":
        return "ok" if actor in MODERATORS else "403"
    if operation == "create_report":
        # Anyone who can see the group can report it.
        return "404" if hidden and actor not in MEMBERS else "ok"
    if operation == "remove_strategy_rating" and actor in MEMBERS - {"member"}:
        return "409"  # nothing of theirs to remove
    if operation == "join_group":
        if actor in MEMBERS:
            return "409"  # already a member
        if hidden:
            return "404"  # only an invite link leads in
        return "409" if actor in {"requested", "removed"} else "ok"
    if operation == "leave_group":
        if actor in {"member", "cofacilitator"}:
            return "ok"
        if actor == "facilitator":
            return "409"  # a group always needs a facilitator
        if hidden:
            return "404"
        return "ok" if actor == "requested" else "409"  # a request can be withdrawn
    if actor in ALLOWED[operation]:
        return "ok"
    # Only the group's own members know a hidden group exists.
    return "404" if hidden and actor not in MEMBERS else "403"


def answer(response) -> str:
    return "ok" if 200 <= response.status_code < 300 else str(response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("listing", LISTINGS)
def test_authorization_matrix(listing):
    cast = build_cast(listing)
    notification = Notification.objects.filter(user=cast.member).first()
    ids = {
        "slug": cast.group.slug,
        "requested": cast.requested_membership.pk,
        "occurrence": cast.occurrence.pk,
        "post": cast.post.pk,
        "reply": cast.reply.pk,
        "notification": notification.pk,
        **records_of(cast),
    }
    clients = {"anonymous": ApiClient()}
    for actor in ACTORS[1:]:
        clients[actor] = ApiClient(token_for(getattr(cast, actor)))
    got, want = {}, {}
    for operation, (method, template, body) in OPERATIONS.items():
        path = template.format(**ids)
        if body:
            body = {
                key: value.format(**ids) if isinstance(value, str) else value
                for key, value in body.items()
            }
        for actor in ACTORS:
            # Each call starts from the same state: whatever a request changed is rolled back.
            with transaction.atomic():
                response = clients[actor].request(method, path, body)
                transaction.set_rollback(True)
            got[operation, actor] = answer(response)
            want[operation, actor] = expected(operation, listing, actor)
            if response.status_code >= 400:
                assert set(response.json()) >= {"code", "message"}, (operation, actor)
    wrong = {key: f"got {got[key]}, want {want[key]}" for key in got if got[key] != want[key]}
    assert wrong == {}


def test_every_operation_has_a_row():
    """A new endpoint must get a row in the matrix before it ships."""
    seen = set()
    for method, path, view in operations(api):
        name = view.__name__
        assert name in OPERATIONS, f"add {method} {path} ({name}) to the authorization matrix"
        assert OPERATIONS[name][0] == method.lower(), (name, method)
        seen.add(name)
    assert seen == set(OPERATIONS), (
        f"rows for operations that no longer exist: {set(OPERATIONS) - seen}"
    )


def test_expectations_name_every_operation():
    special = {"join_group", "leave_group", "moderation_queue", "create_report"}
    covered = (
        PUBLIC | OWN | GROUP_VIEW | MEMBERS_OWN | QUEUE_ITEMS | PLATFORM | set(ALLOWED) | special
    )
    assert covered == set(OPERATIONS)
