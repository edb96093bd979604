from html.parser import HTMLParser

import pytest
from django.core import mail
from django.urls import reverse

from peerhaven.errors import ActionRefused
from peerhaven.notifications.models import Notification
from peerhaven.sharing import services
from peerhaven.sharing.models import Post, PostReaction, Reply
from peerhaven.testing import add_member
from peerhaven.web import versions

pytestmark = pytest.mark.django_db


def post_as(client, cast, person, **data):
    client.force_login(person)
    payload = {"kind": "share", "body": "Today was heavy.", **data}
    return client.post(reverse("sharing:create_post", args=[cast.group.slug]), payload)


def test_members_share_and_see_each_other_in_the_feed(client, cast):
    response = post_as(
        client, cast, cast.member, body="I finally called my sister **today**.", kind="triumph"
    )
    assert response.status_code == 302
    post = Post.objects.latest("id")
    assert post.kind == "triumph" and "<strong>today</strong>" in post.body_html
    client.force_login(cast.cofacilitator)
    html = client.get(reverse("groups:space", args=[cast.group.slug])).content.decode()
    assert "I finally called my sister" in html and "Mia" in html


def test_a_check_in_needs_a_mood_and_other_kinds_drop_it(cast):
    with pytest.raises(ActionRefused, match="how you are doing"):
        services.create_post(actor=cast.member, group=cast.group, body="ok", kind="check_in")
    post = services.create_post(
        actor=cast.member, group=cast.group, body="ok", kind="check_in", mood="🙂"
    )
    assert post.mood == "🙂"
    share = services.create_post(
        actor=cast.member, group=cast.group, body="ok", kind="share", mood="🙂"
    )
    assert share.mood == ""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"body": "   "}, "This field is required"),
        ({"body": "x" * 10_001}, "at most 10,000 characters"),
        ({"kind": "rant"}, "Select a valid choice"),
        ({"warnings": ["spoilers"]}, "Select a valid choice"),
    ],
)
def test_bad_posts_get_a_clear_message_and_change_nothing(client, cast, data, message):
    before = Post.objects.count()
    response = post_as(client, cast, cast.member, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Post.objects.count() == before


def test_anonymous_to_members_but_not_to_facilitators(client, cast):
    post = services.create_post(
        actor=cast.member, group=cast.group, body="Something hard.", anonymous=True
    )
    url = post.get_absolute_url()
    client.force_login(cast.other_group_member)
    add_member(cast.group, cast.other_group_member)
    html = client.get(url).content.decode()
    assert "Anonymous member" in html and "Mia" not in html.split("<main")[1].split("Members")[0]
    client.force_login(cast.cofacilitator)
    html = client.get(url).content.decode()
    assert "Mia (anonymous to members)" in html


def test_content_warnings_collapse_and_reader_preferences(client, cast):
    post = services.create_post(
        actor=cast.member,
        group=cast.group,
        body="About my brother.",
        warnings=["suicide"],
        warning_note="loss",
    )
    client.force_login(cast.cofacilitator)
    feed_url = reverse("groups:space", args=[cast.group.slug])
    html = client.get(feed_url).content.decode()
    assert (
        '<details class="content-warning">' in html and "Suicide" in html and "Open to read" in html
    )
    services.set_reading_preference(actor=cast.cofacilitator, choices={"suicide": "show"})
    html = client.get(feed_url).content.decode()
    assert '<details class="content-warning">' not in html and "About my brother." in html
    services.set_reading_preference(actor=cast.cofacilitator, choices={"suicide": "hide"})
    assert "About my brother." not in client.get(feed_url).content.decode()
    # The post itself is still there for those who open it directly.
    assert "About my brother." in client.get(post.get_absolute_url()).content.decode()


def test_empathy_reactions_once_per_kind_writer_sees_who_others_see_counts(client, cast):
    post = services.create_post(
        actor=cast.member, group=cast.group, body="I made it through the week."
    )
    services.react(actor=cast.cofacilitator, post=post, kind="sending_strength")
    with pytest.raises(ActionRefused, match="already sent"):
        services.react(actor=cast.cofacilitator, post=post, kind="sending_strength")
    with pytest.raises(ActionRefused, match="does not exist"):
        services.react(actor=cast.cofacilitator, post=post, kind="dislike")
    services.react(actor=cast.facilitator, post=post, kind="sending_strength")
    assert PostReaction.objects.filter(post=post).count() == 2
    client.force_login(cast.member)
    html = client.get(post.get_absolute_url()).content.decode()
    assert "Who reacted" in html and "Cole: Sending strength" in html
    client.force_login(cast.facilitator)
    html = client.get(post.get_absolute_url()).content.decode()
    assert "Who reacted" not in html and '<span class="count">2</span>' in html
    # Batched: one notification that counts.
    (note,) = Notification.objects.filter(user=cast.member, kind="reactions")
    assert note.count == 2 and note.text == "2 members reacted to what you shared"


def test_reacting_with_htmx_swaps_only_the_reactions(client, cast):
    post = services.create_post(actor=cast.member, group=cast.group, body="Hello.")
    client.force_login(cast.cofacilitator)
    response = client.post(
        reverse("sharing:react_post", args=[post.pk]),
        {"kind": "i_hear_you"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html and 'aria-pressed="true"' in html


def test_replies_notify_the_writer_and_the_thread(cast):
    post = services.create_post(actor=cast.member, group=cast.group, body="Does anyone journal?")
    services.create_reply(actor=cast.cofacilitator, post=post, body="Every night.")
    assert Notification.objects.filter(user=cast.member, kind="reply_to_post").exists()
    services.create_reply(actor=cast.facilitator, post=post, body="Mornings for me.")
    assert Notification.objects.filter(user=cast.cofacilitator, kind="reply_in_thread").exists()
    post.refresh_from_db()
    assert post.reply_count == 2


def test_mentions_notify_members_of_the_group_only(cast):
    services.create_post(
        actor=cast.member, group=cast.group, body="Thanks @Cole and @otto and @nobody!"
    )
    assert Notification.objects.filter(user=cast.cofacilitator, kind="mention").exists()
    assert not Notification.objects.filter(user=cast.other_group_member, kind="mention").exists()


def test_edit_shows_edited_and_only_the_writer_can(client, cast):
    post = services.create_post(actor=cast.member, group=cast.group, body="First words.")
    with pytest.raises(ActionRefused, match="Only the person who wrote"):
        services.edit_post(actor=cast.cofacilitator, post=post, body="Changed")
    client.force_login(cast.member)
    client.post(reverse("sharing:edit_post", args=[post.pk]), {"body": "Better words."})
    html = client.get(post.get_absolute_url()).content.decode()
    assert "Better words." in html and "edited" in html


def test_a_deleted_post_cannot_be_replied_to(client, cast):
    post = services.create_post(actor=cast.member, group=cast.group, body="Never mind.")
    services.delete_post(actor=cast.member, post=post)
    client.force_login(cast.cofacilitator)
    response = client.post(post.get_absolute_url(), {"body": "Are you ok?"})
    assert response.status_code == 400
    assert Reply.objects.filter(post=post).count() == 0
    with pytest.raises(ActionRefused, match="can no longer be replied"):
        services.create_reply(actor=cast.cofacilitator, post=post, body="Hello?")


def test_removal_by_a_facilitator_tells_the_writer_why(client, cast):
    post = services.create_post(actor=cast.member, group=cast.group, body="Take 40mg of this.")
    with pytest.raises(ActionRefused, match="give a reason"):
        services.remove_post(actor=cast.facilitator, post=post, reason="  ")
    services.remove_post(
        actor=cast.facilitator, post=post, reason="Medication doses are not shared here."
    )
    assert Notification.objects.filter(user=cast.member, kind="content_removed").exists()
    client.force_login(cast.member)
    html = client.get(post.get_absolute_url()).content.decode()
    assert "Medication doses are not shared here." in html and "Take 40mg" not in html
    # The removal is in the moderation log: the writer reads it among their notices, may
    # appeal it, and the group's summary counts it.
    notices = client.get(reverse("safety:notices")).content.decode()
    assert "Medication doses are not shared here." in notices and "appeal" in notices.lower()
    summary = client.get(reverse("groups:detail", args=[cast.group.slug])).content.decode()
    assert "No moderation actions." not in summary


def test_posting_to_a_group_one_has_left_is_refused(client, cast):
    from peerhaven.groups import services as group_services

    group_services.leave_group(actor=cast.member, group=cast.group)
    response = post_as(client, cast, cast.member)
    assert response.status_code == 403


def test_the_asker_marks_helpful_answers(cast):
    with pytest.raises(ActionRefused):
        services.mark_helpful(actor=cast.cofacilitator, reply=cast.reply)
    services.mark_helpful(actor=cast.member, reply=cast.reply)
    cast.reply.refresh_from_db()
    assert cast.reply.helpful


XSS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "<iframe src='https://evil.example'></iframe>",
    '<a href="javascript:alert(1)">x</a>',
    "![img](https://tracker.example/pixel.png)",
    "<svg onload=alert(1)>",
    "[x](JaVaScRiPt:alert(1))",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<a href='data:text/html;base64,PHNjcmlwdD4='>x</a>",
]


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


@pytest.mark.parametrize("payload", XSS)
def test_known_xss_payloads_are_rendered_inert(client, cast, payload):
    post = services.create_post(
        actor=cast.member, group=cast.group, body=f"hello {payload} [ok](https://example.org)"
    )
    parser = _Elements()
    parser.feed(post.body_html)
    for tag, attributes in parser.found:
        assert tag not in {"script", "iframe", "img", "svg", "object", "embed", "style"}, payload
        assert not any(name.startswith("on") or name == "style" for name in attributes), payload
        href = attributes.get("href", "").strip().lower()
        assert not href or href.startswith(("https://", "http://", "mailto:")), payload
    links = [attributes for tag, attributes in parser.found if tag == "a"]
    assert links and all(link.get("rel") == "nofollow noopener ugc" for link in links)


def test_the_feed_and_post_page_run_a_fixed_number_of_queries(
    client, cast, django_assert_max_num_queries
):
    people = [cast.cofacilitator, cast.facilitator]

    def fill(count):
        for number in range(count):
            post = services.create_post(actor=cast.member, group=cast.group, body=f"Post {number}")
            for person in people:
                services.react(actor=person, post=post, kind="same_here")
                services.create_reply(actor=person, post=post, body="Here with you.")

    client.force_login(cast.member)
    fill(2)
    feed = reverse("groups:space", args=[cast.group.slug])
    client.get(feed)
    # Built afresh, with the header's count too, as after the posts below.
    versions.bump(versions.group_content(cast.group.pk), versions.notifications(cast.member.pk))
    with django_assert_max_num_queries(20) as small:
        client.get(feed)
    post = Post.objects.latest("id")
    with django_assert_max_num_queries(20) as small_post:
        client.get(post.get_absolute_url())
    fill(25)
    with django_assert_max_num_queries(20) as large:
        client.get(feed)
    post = Post.objects.latest("id")
    with django_assert_max_num_queries(20) as large_post:
        client.get(post.get_absolute_url())
    assert len(large.captured_queries) == len(small.captured_queries)
    assert len(large_post.captured_queries) == len(small_post.captured_queries)


def test_cursor_pages_and_live_updates(client, cast):
    for number in range(25):
        services.create_post(actor=cast.member, group=cast.group, body=f"Number {number}")
    client.force_login(cast.cofacilitator)
    feed = reverse("groups:space", args=[cast.group.slug])
    first = client.get(feed)
    page = first.context["page"]
    assert len(page.items) == 20 and page.next_cursor
    second = client.get(feed, {"cursor": page.next_cursor}).context["page"]
    assert [item.obj.body for item in second.items][0] == "Number 4"
    assert client.get(feed, {"cursor": "!!garbage!!"}).status_code == 200
    # An open feed asks for posts newer than the newest it has.
    services.create_post(actor=cast.member, group=cast.group, body="Just now")
    updates = client.get(
        reverse("sharing:feed_updates", args=[cast.group.slug]), {"after": page.newest_cursor}
    )
    html = updates.content.decode()
    assert "Just now" in html and "Number 24" not in html and 'id="feed-poller"' in html


SENTINEL = "PLUM-SENTINEL-4412"


def test_notification_emails_never_carry_what_anyone_wrote(
    cast, caplog, django_capture_on_commit_callbacks
):
    import logging

    from peerhaven.groups.models import Group

    caplog.set_level(logging.DEBUG)
    Group.objects.filter(pk=cast.group.pk).update(listing="private", name=f"Circle {SENTINEL}")
    cast.group.refresh_from_db()
    for person in (cast.member, cast.cofacilitator, cast.facilitator):
        person.email = f"{person.username}@example.org"
        person.save()
    with django_capture_on_commit_callbacks(execute=True):
        post = services.create_post(
            actor=cast.member, group=cast.group, body=f"{SENTINEL} @Cole", kind="share"
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.create_reply(actor=cast.cofacilitator, post=post, body=f"reply {SENTINEL}")
    with django_capture_on_commit_callbacks(execute=True):
        services.create_reply(actor=cast.facilitator, post=post, body=f"again {SENTINEL}")
    with django_capture_on_commit_callbacks(execute=True):
        services.react(actor=cast.cofacilitator, post=post, kind="same_here")
    with django_capture_on_commit_callbacks(execute=True):
        services.remove_post(actor=cast.facilitator, post=post, reason=f"reason {SENTINEL}")
    kinds = set(Notification.objects.values_list("kind", flat=True))
    assert {"mention", "reply_to_post", "reply_in_thread", "reactions", "content_removed"} <= kinds
    assert len(mail.outbox) >= 5
    for message in mail.outbox:
        assert SENTINEL not in message.subject + message.body
        assert "/posts/" in message.body or "/notifications/" in message.body
    assert SENTINEL not in "\n".join(record.getMessage() for record in caplog.records)


def test_daily_digest_collects_the_day(cast):
    from peerhaven.notifications.tasks import send_digests_now

    cast.member.email = "mia@example.org"
    cast.member.email_frequency = "daily"
    cast.member.save()
    post = services.create_post(actor=cast.member, group=cast.group, body="Hi")
    services.create_reply(actor=cast.cofacilitator, post=post, body="Hello")
    services.create_reply(actor=cast.facilitator, post=post, body="Welcome")
    assert mail.outbox == []
    waiting = Notification.objects.filter(user=cast.member, read_at__isnull=True).count()
    assert waiting >= 2
    assert send_digests_now() == 1
    assert send_digests_now() == 0
    assert f"{waiting} new notifications" in mail.outbox[0].subject
