"""Who may call what, for every actor, endpoint and listing: one table, through tokens.

Answers: "ok" (2xx) or the status code. Every operation of the API has a row here; the last
test fails when one is added without a row.
"""

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
}

# Open to anyone, signed in or not, whatever the group.
PUBLIC = {"list_topics", "list_groups", "list_meetings", "crisis_resources"}
# About the caller only: anyone signed in.
OWN = {
    "get_profile",
    "update_profile",
    "get_reading_preferences",
    "set_reading_preferences",
    "list_notifications",
    "mark_all_read",
    "risk_assessment",
}
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
}


def expected(operation: str, listing: str, actor: str) -> str:
    hidden = listing == "hidden"
    if operation in PUBLIC:
        return "ok"
    if operation in GROUP_VIEW:
        return "ok" if actor in MEMBERS or not hidden else "404"
    if actor == "anonymous":
        return "401"
    if operation in OWN:
        return "ok"
    if operation == "mark_read":
        # The notification is the member's (the reply to their question); others' are not found.
        return "ok" if actor == "member" else "404"
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
    }
    clients = {"anonymous": ApiClient()}
    for actor in ACTORS[1:]:
        clients[actor] = ApiClient(token_for(getattr(cast, actor)))
    got, want = {}, {}
    for operation, (method, template, body) in OPERATIONS.items():
        path = template.format(**ids)
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
    covered = PUBLIC | OWN | GROUP_VIEW | set(ALLOWED) | {"mark_read", "join_group", "leave_group"}
    assert covered == set(OPERATIONS)
