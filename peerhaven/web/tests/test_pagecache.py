"""The group page and the group feed are kept per reader (peerhaven/web/pagecache.py); whatever
changes what a reader sees shows at their next request, and a reader who may no longer see the
group is refused at once."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from peerhaven.accounts import services as account_services
from peerhaven.groups import services as group_services
from peerhaven.groups.models import Membership
from peerhaven.notifications import services as notification_services
from peerhaven.sharing import services as sharing_services
from peerhaven.testing import add_member, make_person, schedule

pytestmark = pytest.mark.django_db


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def unread(html: str) -> int:
    found = re.search(r'class="count">(\d+)<', html)
    return int(found.group(1)) if found else 0


@pytest.fixture
def mia(client, cast):
    client.force_login(cast.member)
    client.get("/ping")  # the first request of a session stamps it
    return client


def group_page(cast):
    return reverse("groups:detail", args=[cast.group.slug])


def feed(cast):
    return reverse("groups:space", args=[cast.group.slug])


def test_a_page_read_again_asks_the_database_nothing(cast, mia, django_assert_num_queries):
    for url in (group_page(cast), feed(cast)):
        first = page(mia, url)
        with django_assert_num_queries(0):
            again = page(mia, url)
        # The same page, with a token of its own (each answer masks the token anew).
        assert TOKEN.search(again).group(1) != TOKEN.search(first).group(1)
        assert TOKEN.sub("", again) == TOKEN.sub("", first)


def test_the_group_page_follows_its_group_members_and_meetings(cast, mia):
    url = group_page(cast)
    assert "3 members" in page(mia, url)
    group_services.update_group(
        actor=cast.facilitator, group=cast.group, data={"description": "Calm evenings."}
    )
    assert "Calm evenings." in page(mia, url)
    newcomer = make_person("nora", display_name="Nora")
    group_services.join_group(
        actor=newcomer, group=cast.group, guidelines_version=cast.group.guidelines_version
    )
    joined = page(mia, url)
    assert "Nora" in joined and "4 members" in joined
    group_services.leave_group(actor=newcomer, group=cast.group)
    assert "Nora" not in page(mia, url)
    group_services.change_role(
        actor=cast.facilitator,
        group=cast.group,
        membership_id=cast.member_membership.pk,
        role=Membership.Role.COFACILITATOR,
    )
    assert "You co-facilitate this group." in page(mia, url)
    schedule(cast.facilitator, cast.group, title="Sunday sharing circle")
    assert "Sunday sharing circle" in page(mia, url)
    sharing_services.remove_post(actor=cast.facilitator, post=cast.post, reason="Off topic.")
    assert "No moderation actions." not in page(mia, url)


def test_the_feed_follows_posts_replies_reactions_and_names(cast, mia):
    url = feed(cast)
    page(mia, url)
    post = sharing_services.create_post(actor=cast.cofacilitator, group=cast.group, body="Fresh")
    assert "<p>Fresh</p>" in page(mia, url)
    sharing_services.edit_post(actor=cast.cofacilitator, post=post, body="Fresher")
    assert "<p>Fresher</p>" in page(mia, url)
    sharing_services.react(actor=cast.facilitator, kind="same_here", post=post)
    assert 'Same here <span class="count">1</span>' in page(mia, url)
    account_services.update_profile(user=cast.cofacilitator, data={"display_name": "Nicole"})
    assert "Nicole" in page(mia, url)
    sharing_services.remove_post(actor=cast.facilitator, post=post, reason="Off topic.")
    assert "<p>Fresher</p>" not in page(mia, url)


def test_blocks_and_hidden_warnings_apply_at_once(cast, mia):
    url = feed(cast)
    sharing_services.create_post(
        actor=cast.cofacilitator, group=cast.group, body="About my pills", warnings=["medical"]
    )
    assert "About my pills" in page(mia, url)
    sharing_services.set_reading_preference(actor=cast.member, choices={"medical": "hide"})
    assert "About my pills" not in page(mia, url)
    sharing_services.set_reading_preference(actor=cast.member, choices={})
    assert "About my pills" in page(mia, url)
    from peerhaven.safety import services as safety_services

    safety_services.block(actor=cast.member, other=cast.cofacilitator)
    assert "About my pills" not in page(mia, url)


def test_a_removed_member_is_refused_at_once(cast, mia):
    page(mia, feed(cast))
    page(mia, group_page(cast))
    group_services.remove_member(
        actor=cast.facilitator,
        group=cast.group,
        membership_id=cast.member_membership.pk,
        reason="Asked to leave.",
    )
    assert mia.get(feed(cast)).status_code == 403
    assert "How do you sleep" not in mia.get(group_page(cast)).content.decode()


def test_a_group_made_hidden_disappears_for_those_who_read_it_before(cast, client):
    client.force_login(cast.outsider)
    page(client, group_page(cast))
    group_services.update_group(
        actor=cast.facilitator, group=cast.group, data={"listing": "hidden"}
    )
    assert client.get(group_page(cast)).status_code == 404


def test_the_header_count_and_language_follow_the_reader(cast, mia):
    url = group_page(cast)
    before = unread(page(mia, url))
    notification_services.notify(user=cast.member, kind="mention", url="/")
    assert unread(page(mia, url)) == before + 1
    notification_services.mark_all_read(user=cast.member)
    assert unread(page(mia, url)) == 0
    account_services.update_profile(user=cast.member, data={"language": "es"})
    assert "Normas del grupo" in page(mia, url)


def test_each_browser_gets_its_own_working_csrf_token(cast, mia):
    url = group_page(cast)
    page(mia, url)  # kept for Mia
    other = Client(enforce_csrf_checks=True)
    other.force_login(cast.member)
    other.get("/ping")
    kept = page(other, url)
    assert "<!--csrf-token-->" not in kept
    answer = other.post(
        reverse("groups:leave", args=[cast.group.slug]),
        {"csrfmiddlewaretoken": TOKEN.search(kept).group(1)},
    )
    assert answer.status_code == 302
    assert not Membership.objects.get(pk=cast.member_membership.pk).is_active


def test_a_message_after_a_form_is_shown_not_kept(cast, mia):
    url = feed(cast)
    page(mia, url)
    response = mia.post(
        reverse("sharing:create_post", args=[cast.group.slug]),
        {"kind": "share", "body": "Today was a little lighter."},
        follow=True,
    )
    shown = response.content.decode()
    assert "Today was a little lighter." in shown
    assert 'class="messages"' in shown
    assert 'class="messages"' not in page(mia, url)


def test_an_outsider_is_refused_whether_or_not_the_page_is_kept(cast, mia, client):
    page(mia, feed(cast))
    outsider = Client()
    outsider.force_login(cast.outsider)
    assert outsider.get(feed(cast)).status_code == 403
    newcomer = make_person("nina")
    add_member(cast.group, newcomer, state=Membership.State.REQUESTED)
    outsider.force_login(newcomer)
    assert outsider.get(feed(cast)).status_code == 403


def test_kept_post_cards_carry_each_readers_own_working_token(cast, mia):
    page(mia, feed(cast))  # Mia's page and its cards are kept
    for person in (cast.member, cast.cofacilitator):  # another browser; another reader
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(person)
        browser.get("/ping")
        html = page(browser, feed(cast))
        assert "csrf-token-slot" not in html
        form = re.search(
            r'<form method="post" action="(/posts/\d+/react/)"[^>]*>(.*?)</form>', html
        )
        answer = browser.post(
            form.group(1),
            {"csrfmiddlewaretoken": TOKEN.search(form.group(2)).group(1), "kind": "same_here"},
            HTTP_HX_REQUEST="true",
        )
        assert answer.status_code == 200
        assert 'aria-pressed="true"' in answer.content.decode()
