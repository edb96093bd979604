"""Sharing in a group, seen in headless Chromium: a post with a content warning,
a reaction without reloading, and a new post appearing in an open feed."""

import pytest
from playwright.sync_api import expect

from peerhaven.sharing import services
from peerhaven.testing import ARTIFACTS, assert_checkbox_beside_its_label, build_cast, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_share_with_a_warning_react_and_see_new_posts_arrive(live_server, browser):
    cast = build_cast()
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, "mia")
    page.goto(f"{live_server.url}/groups/{cast.group.slug}/space/")
    page.get_by_label("What would you like to share?").fill("Some days the grief comes back hard.")
    page.locator("summary", has_text="Add a content warning").click()
    page.get_by_label("Loss and grief").check()
    assert_checkbox_beside_its_label(page, "Post as “Anonymous member”")
    page.get_by_label("Post as “Anonymous member”").check()
    page.get_by_role("button", name="Share", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Shared with the group.")
    # The post's page, with its reply form: the reply's checkbox is on its label's line too.
    assert_checkbox_beside_its_label(page, "Reply as “Anonymous member”")
    context.close()

    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    log_in(page, live_server.url, "fern")
    page.goto(f"{live_server.url}/groups/{cast.group.slug}/space/")
    card = page.locator("article.post").first
    expect(card.locator("summary")).to_contain_text("Loss and grief")
    expect(card.locator(".body")).to_be_hidden()  # collapsed until opened
    card.locator("summary").click()
    expect(card.locator(".body")).to_contain_text("Some days the grief comes back hard.")
    expect(card).to_contain_text("(anonymous to members)")  # the facilitator still sees who
    page.evaluate("window.stillTheSamePage = true")
    card.get_by_role("button", name="Sending strength").click()
    expect(card.get_by_role("button", name="Sending strength")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert page.evaluate("window.stillTheSamePage === true")
    page.screenshot(path=str(ARTIFACTS / "30-feed-warning-reaction.png"), full_page=True)

    services.create_post(
        actor=cast.cofacilitator, group=cast.group, body="Thinking of you all tonight."
    )
    expect(page.locator(".feed")).to_contain_text("Thinking of you all tonight.", timeout=30_000)
    assert page.evaluate("window.stillTheSamePage === true")
    context.close()
