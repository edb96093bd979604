"""Who may see and do what, for every actor, resource and listing: one table.

Answers: "ok" (200, or a redirect that is not to the sign-in page), "login"
(a redirect to sign in), 403, 404. Later apps add their resources here.
"""

import pytest
from django.db import transaction
from django.test import Client

from peerhaven.coping.testing import build_coping_cast
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

# resource -> (method, path template, form data)
RESOURCES = {
    "group page": ("get", "/groups/{slug}/", None),
    "member list": ("get", "/groups/{slug}/members/", None),
    "group content": ("get", "/groups/{slug}/space/", None),
    "join page": ("get", "/groups/{slug}/join/", None),
    "edit group": ("get", "/groups/{slug}/edit/", None),
    "delete group": ("post", "/groups/{slug}/delete/", {"confirm_name": "not the name"}),
    "approve requests": ("get", "/groups/{slug}/requests/", None),
    "decide request": ("post", "/groups/{slug}/requests/{requested}/", {"decision": "decline"}),
    "remove member": (
        "post",
        "/groups/{slug}/members/{member}/remove/",
        {"reason": "Harassment after a warning."},
    ),
    "change role": ("post", "/groups/{slug}/members/{member}/role/", {"role": "2"}),
    "invite link": ("get", "/groups/{slug}/invites/", None),
    "revoke invite": ("post", "/groups/{slug}/invites/{invite}/revoke/", {}),
    # meetings
    "meeting page": ("get", "/meetings/{occurrence}/", None),
    "meeting .ics": ("get", "/meetings/{occurrence}/meeting.ics", None),
    "rsvp": ("post", "/meetings/{occurrence}/rsvp/", {"going": "yes"}),
    "schedule meeting": ("get", "/groups/{slug}/meetings/new/", None),
    "edit meeting": ("get", "/meetings/{occurrence}/edit/", None),
    "cancel meeting": ("post", "/meetings/{occurrence}/cancel/", {"scope": "one"}),
    "attendees": ("get", "/meetings/{occurrence}/attendees/", None),
    "group calendar feed": ("get", "/groups/{slug}/calendar.ics", None),
    # live rooms (the member in the cast has not said they're going)
    "live room": ("get", "/meetings/{occurrence}/room/", None),
    # sharing (the post is a question by the member; the reply is the co-facilitator's)
    "feed updates": ("get", "/groups/{slug}/space/updates/", None),
    "create post": ("post", "/groups/{slug}/posts/new/", {"kind": "share", "body": "Hello all."}),
    "post page": ("get", "/posts/{post}/", None),
    "reply": ("post", "/posts/{post}/", {"body": "Thank you for asking."}),
    "edit post": ("get", "/posts/{post}/edit/", None),
    "delete post": ("post", "/posts/{post}/delete/", {}),
    "remove post": ("post", "/posts/{post}/remove/", {"reason": "Shares a dosage."}),
    "react to post": ("post", "/posts/{post}/react/", {"kind": "i_hear_you"}),
    "edit reply": ("get", "/replies/{reply}/edit/", None),
    "delete reply": ("post", "/replies/{reply}/delete/", {}),
    "remove reply": ("post", "/replies/{reply}/remove/", {"reason": "Off topic."}),
    "mark helpful": ("post", "/replies/{reply}/helpful/", {"helpful": "1"}),
    "questions and answers": ("get", "/groups/{slug}/questions/", None),
    "react to reply": ("post", "/replies/{reply}/react/", {"kind": "same_here"}),
    # wellbeing (the member's own check-ins for a meeting; the facilitators' anonymous trend)
    "meeting check-in": ("get", "/me/meetings/{occurrence}/check-in/", None),
    "meeting mood trend": ("get", "/wellbeing/meetings/{occurrence}/trend/", None),
    # safety
    "word list": ("get", "/groups/{slug}/words/", None),
    "report post": ("get", "/posts/{post}/report/", None),
    "report reply": ("get", "/replies/{reply}/report/", None),
    "report group": ("get", "/groups/{slug}/report/", None),
    # coping (the strategy is the member's, shared only in the group; the suggestion too)
    "group strategies": ("get", "/groups/{slug}/strategies/", None),
    "curate strategy": ("post", "/groups/{slug}/strategies/{strategy}/curate/", {"action": "pin"}),
    "group resources": ("get", "/groups/{slug}/resources/", None),
    "suggest resource": (
        "post",
        "/groups/{slug}/resources/new/",
        {"kind": "link", "title": "Walking groups", "url": "https://example.org/walks"},
    ),
    "decide resource": (
        "post",
        "/groups/{slug}/resources/{suggestion}/decide/",
        {"decision": "approve"},
    ),
    "remove resource": ("post", "/groups/{slug}/resources/{resource}/remove/", {}),
    "group-only strategy": ("get", "/strategies/{strategy}/", None),
    "rate group-only strategy": (
        "post",
        "/strategies/{strategy}/rate/",
        {"outcome": "helped_a_lot"},
    ),
    "save group-only strategy": ("post", "/strategies/{strategy}/toolkit/", {"action": "save"}),
    "edit group-only strategy": ("get", "/strategies/{strategy}/edit/", None),
}

MEMBERS = {"member", "cofacilitator", "facilitator"}
MODERATORS = {"cofacilitator", "facilitator"}


def expected(resource: str, listing: str, actor: str) -> str:
    hidden = listing == "hidden"
    if resource == "group calendar feed":
        # Only public groups publish a feed, for everyone alike.
        return "ok" if listing == "public" else "404"
    needs_login_first = resource not in {
        "post page",
        "reply",
        "group page",
        "member list",
        "group content",
        "meeting page",
        "meeting .ics",
        "feed updates",
        "questions and answers",
        "group strategies",
        "group resources",
        "group-only strategy",
    }
    everyone = {*ACTORS} - {"anonymous"}
    allowed = {
        "group page": MEMBERS | ({*ACTORS} if not hidden else set()),
        "member list": MEMBERS,
        "group content": MEMBERS,
        "join page": MEMBERS | (everyone if not hidden else set()),
        "edit group": {"facilitator"},
        "delete group": {"facilitator"},
        "approve requests": MODERATORS,
        "decide request": MODERATORS,
        "remove member": MODERATORS,
        "change role": {"facilitator"},
        "invite link": MODERATORS,
        "revoke invite": MODERATORS,
        "meeting page": MEMBERS | ({*ACTORS} if not hidden else set()),
        "meeting .ics": MEMBERS | ({*ACTORS} if not hidden else set()),
        "rsvp": MEMBERS,
        "schedule meeting": MODERATORS,
        "edit meeting": MODERATORS,
        "cancel meeting": MODERATORS,
        "attendees": MODERATORS,
        "live room": MODERATORS,
        "feed updates": MEMBERS,
        "create post": MEMBERS,
        "post page": MEMBERS,
        "reply": MEMBERS,
        "edit post": {"member"},
        "delete post": {"member"},
        "remove post": MODERATORS,
        "react to post": MEMBERS,
        "edit reply": {"cofacilitator"},
        "delete reply": {"cofacilitator"},
        "remove reply": MODERATORS,
        "mark helpful": {"member"},
        "questions and answers": MEMBERS,
        "react to reply": MEMBERS,
        "meeting check-in": MEMBERS,
        "meeting mood trend": MODERATORS,
        "word list": MODERATORS,
        "report post": MEMBERS,
        "report reply": MEMBERS,
        "report group": everyone if not hidden else MEMBERS,
        "group strategies": MEMBERS,
        "curate strategy": MODERATORS,
        "group resources": MEMBERS,
        "suggest resource": MEMBERS,
        "decide resource": MODERATORS,
        "remove resource": MODERATORS,
        "group-only strategy": MEMBERS,
        "rate group-only strategy": MEMBERS,
        "save group-only strategy": MEMBERS,
        "edit group-only strategy": {"member"},
    }[resource]
    if actor in allowed:
        return "ok"
    if actor == "anonymous":
        if needs_login_first:
            return "login"
        return "404" if hidden else "login"
    # Only the group's own members know a hidden group exists.
    return "404" if hidden and actor not in MEMBERS else "403"


CASES = [
    (resource, listing, actor) for resource in RESOURCES for listing in LISTINGS for actor in ACTORS
]


def answer(response) -> str:
    if response.status_code == 302:
        return "login" if response["Location"].startswith("/account/login/") else "ok"
    if response.status_code == 200:
        return "ok"
    return str(response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("resource", "listing"), [(r, listing) for r in RESOURCES for listing in LISTINGS]
)
def test_authorization_matrix(resource, listing):
    cast = build_cast(listing)
    coping = build_coping_cast(cast)
    method, template, data = RESOURCES[resource]
    path = template.format(
        slug=cast.group.slug,
        member=cast.member_membership.pk,
        requested=cast.requested_membership.pk,
        invite=cast.invite.pk,
        occurrence=cast.occurrence.pk,
        post=cast.post.pk,
        reply=cast.reply.pk,
        strategy=coping.strategy.pk,
        resource=coping.resource.pk,
        suggestion=coping.suggestion.pk,
    )
    got = {}
    for actor in ACTORS:
        client = Client()
        if actor != "anonymous":
            client.force_login(getattr(cast, actor))
        # Each actor starts from the same state: whatever a request changed is rolled back.
        with transaction.atomic():
            response = getattr(client, method)(path, data) if method == "post" else client.get(path)
            transaction.set_rollback(True)
        got[actor] = answer(response)
    want = {actor: expected(resource, listing, actor) for actor in ACTORS}
    assert got == want


def test_the_matrix_covers_every_group_url():
    """A new URL that shows or changes group content must get a row here before it ships."""
    import re

    from peerhaven.testing import all_url_paths

    covered = {
        re.sub(r"\{\w+\}", "N", template.replace("{slug}", "S"))
        for _m, template, _d in RESOURCES.values()
    }
    # Leaving acts only on the asker's own membership; it is tested in test_membership.
    self_only = {"/groups/S/leave/"}
    scoped = ("/groups/junk/", "/meetings/987654321/", "/posts/987654321/", "/replies/987654321/")
    for path in all_url_paths():
        if path.startswith(scoped):
            generic = path.replace("/groups/junk/", "/groups/S/").replace("987654321", "N")
            assert generic in covered or generic in self_only, (
                f"add {path} to the authorization matrix"
            )
