"""A facilitator opens the room; a member waits, is let in, chats, raises a hand and gets the floor.

Headless Chromium against the real ASGI application (pages and WebSockets on
one port, as `peerhaven serve` runs it), served by uvicorn in a thread of the
test process so that it shares the test database and the in-memory layer.
"""

import re
import threading
import time

import pytest

from peerhaven.meetings import services as meeting_services
from peerhaven.testing import (
    ARTIFACTS,
    add_member,
    log_in,
    make_group,
    make_person,
    schedule,
)
from peerhaven.web.tests.test_serve import free_port

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def asgi_server():
    import uvicorn

    from peerhaven.asgi import application

    port = free_port()
    config = uvicorn.Config(
        application, host="127.0.0.1", port=port, lifespan="off", log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_open_the_room_chat_raise_a_hand_and_get_the_floor(asgi_server, browser):
    from playwright.sync_api import expect

    base = asgi_server
    fern = make_person("fern", display_name="Fern")
    group = make_group(fern, name="Tuesday Evening Circle")
    mia = make_person("mia", display_name="Mia")
    add_member(group, mia)
    occurrence = schedule(fern, group)
    meeting_services.rsvp(actor=mia, occurrence=occurrence, going=True)

    facilitator = browser.new_context(viewport={"width": 1200, "height": 950}).new_page()
    log_in(facilitator, base, "fern")
    facilitator.goto(base + occurrence.get_absolute_url())
    facilitator.get_by_role("link", name="Enter the live room").click()
    expect(facilitator.get_by_role("heading", name="Facilitate")).to_be_visible(timeout=10_000)
    expect(facilitator.locator("#room-state")).to_have_text("The room is not open yet.")

    member = browser.new_context(viewport={"width": 420, "height": 900}).new_page()
    log_in(member, base, "mia")
    member.goto(base + occurrence.get_absolute_url() + "room/")
    member.get_by_role("button", name="Enter the room").click()
    expect(member.get_by_text("You're in the waiting room")).to_be_visible(timeout=10_000)
    shot(member, "30-room-waiting-member")

    waiting = facilitator.locator("#waiting-people")
    expect(waiting).to_contain_text("Mia", timeout=10_000)
    facilitator.get_by_label("Share timer").select_option("180")
    facilitator.get_by_role("button", name="Open", exact=True).click()
    expect(member.locator("#room-state")).to_have_text("The room is open.", timeout=10_000)

    chat = member.get_by_label("Your message")
    chat.fill("Hello everyone, glad to be here.")
    chat.press("Enter")
    expect(facilitator.locator("#chat-log")).to_contain_text(
        "Hello everyone, glad to be here.", timeout=10_000
    )
    expect(chat).to_be_focused()  # the focus stays where the member is typing
    expect(chat).to_have_value("")

    hand = member.get_by_role("button", name="Raise my hand")
    hand.click()
    expect(facilitator.locator("#next-line")).to_have_text("Next: Mia.", timeout=10_000)
    expect(member.get_by_role("button", name="Lower my hand")).to_have_attribute(
        "aria-pressed", "true"
    )
    facilitator.get_by_role("button", name="Give the floor to the next hand").click()
    expect(member.locator("#floor-line")).to_have_text("You have the floor.", timeout=10_000)
    expect(member.locator("#timer")).to_contain_text("left")
    expect(facilitator.locator("#floor-line")).to_have_text("Mia has the floor.")
    facilitator.locator("#chat-log").get_by_text("React").first.click()
    facilitator.get_by_role("button", name="I hear you").click()
    expect(member.locator("#chat-log")).to_contain_text("I hear you 1", timeout=10_000)
    shot(facilitator, "31-room-facilitator")
    shot(member, "32-room-member-has-the-floor")


def test_blocked_websockets_get_a_clear_message(asgi_server, browser):
    from playwright.sync_api import expect

    base = asgi_server
    fern = make_person("fern", display_name="Fern")
    group = make_group(fern, name="Tuesday Evening Circle")
    occurrence = schedule(fern, group)
    page = browser.new_context().new_page()
    # As a proxy or firewall that refuses WebSockets would: every socket is closed at once.
    page.route_web_socket(re.compile(r"/ws/"), lambda socket: socket.close())
    log_in(page, base, "fern")
    page.goto(base + occurrence.get_absolute_url() + "room/")
    expect(page.get_by_role("heading", name="Live connections are blocked")).to_be_visible(
        timeout=10_000
    )
    expect(page.locator("#room-inside")).to_be_hidden()
    shot(page, "33-room-websockets-blocked")


def test_a_check_in_round_an_anonymous_member_and_the_crisis_panel(asgi_server, browser):
    from playwright.sync_api import expect

    from peerhaven.live.tests.helpers import open_room

    base = asgi_server
    fern = make_person("fern", display_name="Fern")
    group = make_group(fern, name="Tuesday Evening Circle")
    mia = make_person("mia", display_name="Mia", country="GB")
    leo = make_person("leo", display_name="Leo")
    for member in (mia, leo):
        add_member(group, member)
    occurrence = schedule(fern, group)
    for member in (mia, leo):
        meeting_services.rsvp(actor=member, occurrence=occurrence, going=True)
    open_room(occurrence)
    room = occurrence.get_absolute_url() + "room/"

    facilitator = browser.new_context(viewport={"width": 1200, "height": 950}).new_page()
    log_in(facilitator, base, "fern")
    facilitator.goto(base + room)
    expect(facilitator.locator("#room-state")).to_have_text("The room is open.", timeout=10_000)

    anonymous = browser.new_context(viewport={"width": 420, "height": 900}).new_page()
    log_in(anonymous, base, "mia")
    anonymous.goto(base + room)
    anonymous.get_by_label("As “Anonymous member”").check()
    anonymous.get_by_role("button", name="Enter the room").click()
    expect(anonymous.locator("#room-state")).to_have_text("The room is open.", timeout=10_000)

    named = browser.new_context(viewport={"width": 420, "height": 900}).new_page()
    log_in(named, base, "leo")
    named.goto(base + room)
    named.get_by_role("button", name="Enter the room").click()
    expect(named.locator("#people")).to_contain_text("Anonymous member", timeout=10_000)
    expect(named.locator("#people")).not_to_contain_text("Mia")
    expect(facilitator.locator("#here-count")).to_have_text("3", timeout=10_000)

    # A check-in round in the order people came: Fern, the anonymous member, Leo.
    facilitator.get_by_role("button", name="Start a check-in round").click()
    facilitator.get_by_label("One word or emoji").fill("hopeful")
    facilitator.get_by_role("button", name="Share", exact=True).click()
    expect(anonymous.locator("#round-line")).to_have_text(
        "Check-in round: it's your turn. Share one word or emoji, or pass.", timeout=10_000
    )
    anonymous.get_by_role("button", name="Pass").click()
    expect(named.locator("#checkin-form")).to_be_visible(timeout=10_000)
    named.get_by_label("One word or emoji").fill("tired")
    named.get_by_label("One word or emoji").press("Enter")
    log = facilitator.locator("#chat-log")
    expect(log).to_contain_text("tired", timeout=10_000)
    expect(log).to_contain_text("passed")
    expect(facilitator.locator("#round")).to_be_hidden()
    expect(facilitator.locator("#room-announce")).to_have_text("The check-in round is over.")

    # Crisis language: held for care, the writer gets the crisis panel, the facilitator an alert.
    chat = anonymous.get_by_label("Your message")
    chat.fill("I want to end my life tonight")
    chat.press("Enter")
    panel = anonymous.locator("#care-panel")
    expect(panel).to_be_visible(timeout=10_000)
    expect(panel).to_contain_text("We're here with you")
    expect(panel).to_contain_text("In United Kingdom")
    expect(panel).to_contain_text("Your message was not shown to the room.")
    expect(panel).to_be_focused()
    alerts = facilitator.locator("#care-alerts")
    expect(alerts).to_contain_text("Anonymous member may need support", timeout=10_000)
    shot(facilitator, "34-room-facilitator-round-and-care-alert")
    anonymous.get_by_role("button", name="I'm safe right now").click()
    expect(panel).to_contain_text("Thank you for letting us know.", timeout=10_000)
    shot(anonymous, "35-room-member-crisis-panel")
    anonymous.get_by_role("button", name="Close", exact=True).click()
    expect(panel).to_be_hidden()
    expect(chat).to_be_focused()
    named.wait_for_timeout(500)
    expect(named.locator("#chat-log")).not_to_contain_text("end my life")
    expect(log).not_to_contain_text("end my life")
    shot(named, "36-room-member-anonymous-neighbour")
