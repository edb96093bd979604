"""A member checks in, looks at their charts, writes and searches their journal, and takes a
PHQ-9 whose ninth answer brings up the crisis panel before the form is even sent."""

from datetime import timedelta

import pytest

from peerhaven.testing import ARTIFACTS, log_in, make_person
from peerhaven.wellbeing import schedule, services
from peerhaven.wellbeing.models import JournalEntry, MoodCheckIn, SelfCheck

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_mood_charts_journal_and_a_phq9_with_the_crisis_panel(live_server, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    river = make_person("wren", display_name="Wren", country="GB", time_zone="Europe/London")
    today = schedule.local_today(river.zone)
    for back, mood in enumerate([3, 2, 4, 3, 5, 2, 3, 4, 4, 3, 2, 4]):
        services.record_mood(
            actor=river,
            mood=mood,
            emotions=["calm", "tired", "hopeful"][back % 3 :],
            day=today - timedelta(days=back + 1),
        )

    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, "wren")

    # One tap from Home.
    page.get_by_role("button", name="4 · Good").click()
    page.wait_for_url(live_server.url + "/me/mood/")
    assert "Checked in: Good." in page.content()
    # The full check-in.
    page.locator("label.mood-option", has_text="Okay").click()  # the card, as a finger would
    page.get_by_label("grateful").check()
    page.get_by_label("Hours of sleep last night (optional)").fill("7.5")
    page.get_by_label("A note for yourself (optional, private)").fill("Tea with Sam helped.")
    page.get_by_role("button", name="Check in", exact=True).click()
    assert "Tea with Sam helped." in page.content()
    assert MoodCheckIn.objects.filter(user=river).count() == 14
    page.screenshot(path=str(ARTIFACTS / "30-mood-check-in.png"), full_page=True)

    page.get_by_role("link", name="Charts", exact=True).click()
    page.get_by_role("link", name="90 days").click()
    assert page.locator("svg[role=img]").count() == 3
    assert page.locator("svg title").first.text_content() == "Mood over the last 90 days"
    page.screenshot(path=str(ARTIFACTS / "31-mood-charts.png"), full_page=True)

    page.get_by_role("link", name="Journal", exact=True).click()
    page.get_by_role("link", name="Write an entry").click()
    page.get_by_role("link", name="What am I grateful for?").click()
    page.get_by_label("Title (optional)").fill("A good evening")
    page.get_by_label("Your entry").fill("Grateful for the lighthouse walk and for soup.")
    page.get_by_role("button", name="Save").click()
    assert "Saved. Only you can read it." in page.content()
    page.get_by_role("link", name="My journal").first.click()
    page.get_by_label("Search your journal").fill("LIGHTHOUSE")
    page.get_by_role("button", name="Search").click()
    assert "1 entry found" in page.content()
    assert page.locator("mark").first.text_content() == "lighthouse"
    assert JournalEntry.objects.filter(user=river).count() == 1
    page.screenshot(path=str(ARTIFACTS / "32-journal-search.png"), full_page=True)

    page.get_by_role("link", name="Self-checks").click()
    page.get_by_role("link", name="Take the PHQ-9").click()
    panel = page.locator("#crisis-panel")
    assert panel.is_hidden()
    for number in range(1, 9):
        page.locator(f"input[name=item_{number}][value='1']").check()
    page.locator("input[name=item_9][value='1']").check()
    # At once: before the form is sent.
    panel.wait_for(state="visible")
    assert "Samaritans" in panel.text_content()
    page.screenshot(path=str(ARTIFACTS / "33-phq9-crisis-panel.png"), full_page=True)
    page.get_by_role("button", name="See my result").click()
    assert "9 of 27" in page.content()
    assert page.locator("#crisis-panel").is_visible()
    page.get_by_role("button", name="I'm safe right now").click()
    assert "You told us you are safe right now." in page.content()
    assert SelfCheck.objects.get(user=river).safety_response == "safe"
    page.screenshot(path=str(ARTIFACTS / "34-phq9-result.png"), full_page=True)
    context.close()


def test_a_milestone_shared_as_a_triumph_and_a_reminder_in_the_bell(live_server, browser):
    from peerhaven.notifications.models import Notification
    from peerhaven.sharing.models import Post
    from peerhaven.testing import add_member, make_group
    from peerhaven.wellbeing import tasks

    ARTIFACTS.mkdir(exist_ok=True)
    wren = make_person("wren", display_name="Wren", country="GB", time_zone="Europe/London")
    circle = make_group(make_person("fern", display_name="Fern"), name="Recovery Circle")
    add_member(circle, wren)
    add_member(make_group(make_person("oak"), name="Evening Walkers"), wren)
    today = schedule.local_today(wren.zone)
    services.save_milestone(actor=wren, data={"kind": "sober", "since": today - timedelta(days=30)})
    services.save_preferences(
        actor=wren, data={"mood_prompt": True, "mood_prompt_time": schedule.parse_time("09:00")}
    )
    prefs = services.preferences_of(wren)
    tasks.send_mood_prompts_now(prefs.next_mood_prompt_at + timedelta(minutes=1))

    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, "wren")
    # The daily prompt waits in the bell, without a word about mood.
    bell = page.locator("a.notifications-link")
    assert "1" in bell.text_content()
    bell.click()
    assert "Your daily check-in is ready when you are." in page.content()
    page.screenshot(path=str(ARTIFACTS / "wellbeing-35-reminder-in-the-bell.png"), full_page=True)

    page.goto(live_server.url + "/me/milestones/")
    assert "30 days!" in page.content()
    page.get_by_role("link", name="Share it with a group").click()
    page.get_by_label("Group").select_option(label="Recovery Circle")
    page.get_by_label("A few words of your own (optional)").fill("One day at a time. Thank you.")
    page.get_by_role("button", name="Preview").click()
    preview = page.locator("section.preview")
    assert "Preview in Recovery Circle" in preview.text_content()
    assert "Sober since: 30 days" in preview.text_content()
    assert not Post.objects.exists()  # nothing is shared by a preview
    page.screenshot(
        path=str(ARTIFACTS / "wellbeing-36-milestone-share-preview.png"), full_page=True
    )
    page.get_by_role("button", name="Post to Recovery Circle").click()
    assert "Your milestone is shared with the group." in page.content()
    post = Post.objects.get()
    assert (post.group, post.kind) == (circle, "triumph")
    page.goto(live_server.url + f"/groups/{circle.slug}/space/")
    assert "One day at a time. Thank you." in page.content()
    page.screenshot(path=str(ARTIFACTS / "wellbeing-37-triumph-in-the-feed.png"), full_page=True)
    assert Notification.objects.filter(user=wren, kind="check_in_prompt").count() == 1
    context.close()
