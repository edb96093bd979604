"""An urgent message in a real browser: the writer sees the crisis panel at once,
the facilitator finds it at the top of the moderation queue and releases it."""

import pytest
from playwright.sync_api import expect

from peerhaven.sharing.models import Post
from peerhaven.testing import ARTIFACTS, build_cast, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_crisis_panel_then_queue_then_release(live_server, browser):
    cast = build_cast()
    cast.member.country = "ES"
    cast.member.save()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    log_in(page, live_server.url, "mia")
    page.goto(f"{live_server.url}/groups/{cast.group.slug}/space/")
    page.get_by_label("What would you like to share?").fill("im going to kill myself tonight")
    page.get_by_role("button", name="Share", exact=True).click()
    panel = page.get_by_role("alertdialog")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("024")  # Spain's line, the writer's country
    page.screenshot(path=str(ARTIFACTS / "50-care-panel.png"), full_page=False)
    panel.get_by_role("button", name="Ask a facilitator to reach out").click()
    expect(page.locator(".messages")).to_contain_text("reach out to you")
    context.close()

    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, "fern")
    page.goto(f"{live_server.url}/moderation/")
    first = page.locator(".flag-row").first
    expect(first).to_contain_text("Held for care")
    expect(first).to_contain_text("Asked for a facilitator to reach out")
    page.screenshot(path=str(ARTIFACTS / "51-moderation-queue.png"), full_page=True)
    first.get_by_role("link").click()
    page.get_by_label("Release (show it)").check()
    page.get_by_label("Reason (recorded, and shown to the people it concerns)").fill(
        "Spoke with Mia; she is safe and wants the group to see it."
    )
    page.get_by_role("button", name="Record and act").click()
    expect(page.locator(".messages")).to_contain_text("recorded in the moderation log")
    assert Post.objects.get(author=cast.member, body__contains="tonight").state == "published"
    context.close()
