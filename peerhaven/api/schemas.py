"""What goes in and out of the API. Inputs refuse unknown fields (422), so a typo is
never silently ignored."""

from datetime import date, datetime
from enum import Enum
from typing import Annotated

from ninja import Query, Schema
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from peerhaven.coping.models import Rating
from peerhaven.coping.selectors import SORTS as STRATEGY_SORTS
from peerhaven.groups.models import Group
from peerhaven.meetings.models import RSVP
from peerhaven.safety.models import ModerationAction, Report
from peerhaven.sharing.models import MAX_BODY, ContentWarning, Post, Reaction, ReadingPreference
from peerhaven.wellbeing.models import (
    EMOTION_CODES,
    JournalEntry,
    Milestone,
    SelfCareActivity,
    SelfCheck,
)

MAX_ID = 2**53  # ids above this are refused (422) before they reach the database


def _clean_text(value: str) -> str:
    # PostgreSQL refuses NUL characters and no database stores lone surrogates: refuse them
    # here, as a 422, rather than as a failure deep in a query.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    return value


Text = Annotated[str, AfterValidator(_clean_text)]


# Query parameters shared by the list operations.
CURSOR = Query(None, max_length=200, description="The `next_cursor` of the page before.")


class Out(BaseModel):
    """Answers are built as plain dicts: pure pydantic validates them in its fast core,
    without ninja's per-attribute ORM getter."""


class In(Schema):
    model_config = ConfigDict(extra="forbid")


def _enum(name: str, choices) -> type[Enum]:
    return Enum(name, {value: value for value in choices.values}, type=str)


GroupFormat = _enum("GroupFormat", Group.Format)
PostKind = _enum("PostKind", Post.Kind)
ReactionKind = _enum("ReactionKind", Reaction)
WarningCode = _enum("WarningCode", ContentWarning)
WarningChoice = _enum("WarningChoice", ReadingPreference.Choice)
RSVPMode = _enum("RSVPMode", RSVP.Mode)


# --- shared -------------------------------------------------------------------------------


class Named(Out):
    slug: str
    name: str


class TopicOut(Out):
    slug: str
    name: str
    parent: str | None


class PersonOut(Out):
    username: str
    name: str


class MembershipOut(Out):
    state: str
    role: str | None


# --- groups -------------------------------------------------------------------------------


class GroupCard(Out):
    slug: str
    name: str
    description: str
    topics: list[Named]
    language: str
    format: str
    city: str | None
    country: str | None
    listing: str
    join_policy: str
    member_count: int
    is_full: bool
    next_meeting_at: datetime | None
    distance_km: float | None = None
    url: str


class GroupList(Out):
    items: list[GroupCard]
    total: int
    next_cursor: str | None


class MeetingCard(Out):
    id: int
    title: str
    group: Named
    start: datetime
    end: datetime
    format: str
    cancelled: bool
    venue_name: str
    area: str
    url: str


class GroupDetail(GroupCard):
    description_html: str
    audiences: list[Named]
    time_zone: str
    member_cap: int | None
    guidelines: str
    guidelines_html: str
    guidelines_version: int
    facilitators: list[PersonOut]
    next_meetings: list[MeetingCard]
    membership: MembershipOut | None
    members_note_html: str | None = Field(None, description="Only for active members.")


class JoinIn(In):
    accept: bool = Field(
        description="true: I accept the code of conduct and this group's guidelines."
    )
    guidelines_version: int = Field(
        ge=1, le=2_147_483_647, description="The version of the guidelines you read."
    )
    message: Text = Field("", max_length=500, description="For the facilitator (approval only).")


class MemberOut(Out):
    membership_id: int
    username: str
    name: str
    pronouns: str
    role: str
    joined_at: datetime | None


class MemberList(Out):
    items: list[MemberOut]
    next_cursor: str | None


class RequestOut(Out):
    membership_id: int
    username: str
    name: str
    message: str
    requested_at: datetime


class RequestList(Out):
    items: list[RequestOut]


class DecisionIn(In):
    approve: bool
    reason: Text = Field("", max_length=500, description="Shown to the person.")


# --- meetings -----------------------------------------------------------------------------


class RSVPOut(Out):
    status: str
    mode: str


class PrivateDetails(Out):
    address: str
    directions: str
    step_free: bool
    hearing_loop: bool
    quiet_room: bool
    accessibility_notes: str
    video_url: str


class MeetingDetail(MeetingCard):
    description_html: str
    time_zone: str
    duration_minutes: int
    repeat: str
    capacity_in_person: int | None
    capacity_online: int | None
    going_in_person: int
    going_online: int
    waitlisted: int
    my_rsvp: RSVPOut | None
    may_rsvp: bool
    private: PrivateDetails | None = Field(
        None, description="Address and video link: for members going, and facilitators."
    )


class MeetingList(Out):
    items: list[MeetingCard]


class RSVPIn(In):
    going: bool
    mode: RSVPMode | None = Field(None, description="For hybrid meetings; in person by default.")


# --- sharing ------------------------------------------------------------------------------


class ReactionCount(Out):
    kind: str
    count: int


class ReactorOut(Out):
    name: str
    kind: str


class ItemOut(Out):
    id: int
    state: str = Field(description="published, held, removed or deleted.")
    author: str = Field(description="A name, or “Anonymous member”.")
    author_hidden: bool
    mine: bool = Field(description="I wrote this.")
    body: str | None = Field(description="Markdown; only to its writer (for editing).")
    body_html: str
    created_at: datetime
    edited_at: datetime | None
    removal_reason: str | None = Field(description="Only to the writer of removed content.")
    reactions: list[ReactionCount]
    my_reactions: list[str]
    reacted_by: list[ReactorOut] = Field(description="Who reacted: only to the writer.")


class PostOut(ItemOut):
    group: str
    kind: str
    mood: str
    content_warnings: list[str]
    warning_note: str
    collapsed: bool = Field(description="The reader asked to see this warning collapsed.")
    reply_count: int
    url: str


class ReplyOut(ItemOut):
    post_id: int
    helpful: bool


class FeedOut(Out):
    items: list[PostOut]
    next_cursor: str | None = Field(description="Older posts: pass as `cursor`.")
    newest_cursor: str | None = Field(description="Poll for newer posts: pass as `after`.")


class PostDetail(Out):
    post: PostOut
    replies: list[ReplyOut]


class PostIn(In):
    body: Text = Field(min_length=1, max_length=MAX_BODY)
    kind: PostKind = PostKind("share")
    anonymous: bool = False
    warnings: list[WarningCode] = Field(default_factory=list, max_length=len(ContentWarning))
    warning_note: Text = Field("", max_length=200)
    mood: Text = Field(
        "", max_length=4, description=f"Check-ins only: one of {' '.join(Post.MOODS)}"
    )


class PostEditIn(In):
    body: Text = Field(min_length=1, max_length=MAX_BODY)
    warnings: list[WarningCode] | None = Field(None, max_length=len(ContentWarning))
    warning_note: Text | None = Field(None, max_length=200)


class ReplyIn(In):
    body: Text = Field(min_length=1, max_length=MAX_BODY)
    anonymous: bool = False


class ReplyEditIn(In):
    body: Text = Field(min_length=1, max_length=MAX_BODY)


class ReasonIn(In):
    reason: Text = Field(min_length=1, max_length=500, description="The writer is told it.")


class ReactionIn(In):
    kind: ReactionKind


class HelpfulIn(In):
    helpful: bool = True


class ReadingPreferencesOut(Out):
    warnings: dict[str, str] = Field(description="Each content warning: show, collapse or hide.")


class ReadingPreferencesIn(In):
    warnings: dict[WarningCode, WarningChoice]


# --- notifications ------------------------------------------------------------------------


class NotificationOut(Out):
    id: int
    kind: str
    text: str
    url: str
    group: Named | None
    count: int
    created_at: datetime
    read_at: datetime | None


class NotificationList(Out):
    items: list[NotificationOut]
    unread: int
    next_cursor: str | None


class MarkedOut(Out):
    marked: int


# --- me -----------------------------------------------------------------------------------


class ProfileOut(Out):
    username: str
    display_name: str
    pronouns: str
    country: str
    time_zone: str
    language: str
    bio: str
    remind_24h: bool
    remind_1h: bool
    email_notifications: bool
    email_group_names: bool


class ProfileIn(In):
    display_name: Text | None = Field(None, max_length=60)
    pronouns: Text | None = Field(None, max_length=30)
    country: Text | None = Field(None, max_length=2, description="ISO 3166-1 code, or empty.")
    time_zone: Text | None = Field(None, max_length=64)
    language: Text | None = Field(None, max_length=8)
    bio: Text | None = Field(None, max_length=500)
    remind_24h: bool | None = None
    remind_1h: bool | None = None
    email_notifications: bool | None = None
    email_group_names: bool | None = None


# --- safety -------------------------------------------------------------------------------


class CrisisLineOut(Out):
    organisation: str
    phone: str | None
    text: str | None
    chat: str | None
    hours: str
    languages: list[str]
    website: str


class CrisisDirectoryOut(Out):
    code: str
    name: str
    emergency_number: str | None
    lines: list[CrisisLineOut]


class CrisisOut(Out):
    country: CrisisDirectoryOut | None
    international: CrisisDirectoryOut
    countries: list[Named] = Field(description="Every covered country: slug is the code.")


class RiskIn(In):
    text: Text = Field(max_length=MAX_BODY)


class RiskOut(Out):
    level: str = Field(description="none, concern or urgent.")
    signals: list[str]
    language: str
    resources: CrisisOut | None = Field(
        None, description="Crisis lines for the member's country when the level is not none."
    )


# --- wellbeing (the member's own records) -----------------------------------------------


def _codes(name: str, codes) -> type[Enum]:
    return Enum(name, {code or "none": code for code in codes}, type=str)


Emotion = _codes("Emotion", EMOTION_CODES)
JournalPrompt = _codes("JournalPrompt", JournalEntry.Prompt.values)
SelfCheckKind = _codes("SelfCheckKind", SelfCheck.Kind.values)
Suggestion = _codes("Suggestion", SelfCareActivity.Suggestion.values)
MilestoneKind = _codes("MilestoneKind", Milestone.Kind.values)
PanelChoice = Enum(
    "PanelChoice",
    {"safe": "safe", "reach_out": "reach_out"},
    type=str,
)
OneToFive = Annotated[int, Field(ge=1, le=5)]


class MoodCheckInOut(Out):
    id: int
    day: date
    mood: int = Field(description="1 (very low) to 5 (very good).")
    mood_label: str
    emotions: list[str]
    energy: int | None
    sleep_hours: float | None
    note: str | None = Field(description="Yours only; null when it cannot be opened.")
    created_at: datetime


class MoodCheckInList(Out):
    items: list[MoodCheckInOut]
    next_cursor: str | None


class MoodCheckInIn(In):
    mood: OneToFive
    emotions: list[Emotion] = Field(default_factory=list, max_length=len(EMOTION_CODES))
    energy: OneToFive | None = None
    sleep_hours: float | None = Field(None, ge=0, le=24, allow_inf_nan=False)
    note: Text = Field("", max_length=1000, description="Sealed at rest; only you read it.")
    day: date | None = Field(None, description="Your own calendar day; default today.")


class JournalEntryOut(Out):
    id: int
    day: date
    prompt: str
    title: str
    body: str | None = Field(description="Only in a single entry, never in lists.")
    excerpt: str
    problem: str = Field(description="damaged or key when the entry cannot be opened, else ''.")
    created_at: datetime
    updated_at: datetime


class JournalList(Out):
    items: list[JournalEntryOut]
    next_cursor: str | None


class JournalEntryIn(In):
    body: Text = Field(min_length=1, max_length=50_000)
    title: Text = Field("", max_length=200)
    prompt: JournalPrompt = JournalPrompt("")
    day: date | None = None


class BandOut(Out):
    code: str
    label: str


class SelfCheckOut(Out):
    id: int
    kind: str
    answers: list[int]
    difficulty: int | None
    score: int
    max_score: int
    band: BandOut
    needs_crisis_panel: bool = Field(
        description="An answer above zero to the item about self-harm: show crisis resources "
        "and offer POST /me/self-checks/{id}/safety."
    )
    safety_response: str
    created_at: datetime


class SelfCheckResult(SelfCheckOut):
    resources: CrisisOut | None = Field(
        None, description="Crisis lines for your country, when needs_crisis_panel."
    )


class SelfCheckList(Out):
    items: list[SelfCheckOut]
    next_cursor: str | None


class SelfCheckIn(In):
    kind: SelfCheckKind
    answers: list[Annotated[int, Field(ge=0, le=3)]] = Field(
        min_length=1, max_length=9, description="0–3 for each item, in order (9 or 7 answers)."
    )
    difficulty: Annotated[int, Field(ge=0, le=3)] | None = None


class PanelIn(In):
    choice: PanelChoice
    group: Text | None = Field(
        None, max_length=60, description="With reach_out: one of your groups (a slug)."
    )


class PanelOut(Out):
    choice: str
    outreach_requested: bool


class ActivityOut(Out):
    id: int
    name: str
    suggestion: str
    weekdays: list[int] = Field(description="0 is Monday.")
    times: list[str]
    remind: bool
    planned_today: bool
    done_today: bool
    streak: int
    done_last_7: int


class ActivityList(Out):
    items: list[ActivityOut]


class ActivityIn(In):
    name: Text = Field("", max_length=80, description="Default: the suggestion's name.")
    suggestion: Suggestion = Suggestion("")
    weekdays: list[Annotated[int, Field(ge=0, le=6)]] = Field(
        default_factory=list, max_length=7, description="0 is Monday; empty: every day."
    )
    times: list[Annotated[str, Field(pattern=r"^[0-9]{2}:[0-9]{2}$")]] = Field(
        default_factory=list, max_length=3, description="Your time, like 08:30."
    )
    remind: bool = False


class DoneIn(In):
    done: bool = True
    day: date | None = Field(None, description="Default: today.")


class MilestoneOut(Out):
    id: int
    kind: str
    label: str
    title: str
    since: date
    days: int
    celebrate: int = Field(description="A celebration not yet seen, in days; 0 when none.")
    next_days: int
    next_on: date


class MilestoneList(Out):
    items: list[MilestoneOut]


class MilestoneIn(In):
    kind: MilestoneKind
    label: Text = Field("", max_length=80, description="Your own words (for custom).")
    since: date


# --- coping strategies ------------------------------------------------------------------

Outcome = _codes("Outcome", Rating.Outcome.values)
StrategySort = Enum("StrategySort", {value: value for value in STRATEGY_SORTS}, type=str)


class TallyOut(Out):
    tried: int
    helped: int
    helped_a_lot: int
    helped_a_bit: int
    not_for_me: int
    score: float = Field(description="Wilson lower bound of “helped” among those who tried it.")


class StrategyCard(Out):
    id: int
    title: str
    why: str
    minutes: int
    language: str
    categories: list[Named]
    group: str | None = Field(description="Shared only in this group (its members only).")
    tally: TallyOut
    my_outcome: str | None
    saved: bool = Field(description="In your toolkit.")
    url: str


class StrategyList(Out):
    items: list[StrategyCard]
    total: int
    next_cursor: str | None


class RatingNoteOut(Out):
    name: str
    outcome: str
    note: str
    group: str | None
    mine: bool
    updated_at: datetime


class MyRatingOut(Out):
    outcome: str
    note: str
    shared_with: str | None


class StrategyDetail(StrategyCard):
    steps: list[str]
    topics: list[Named]
    mine: bool = Field(description="You wrote it.")
    my_rating: MyRatingOut | None
    notes: list[RatingNoteOut] = Field(
        description="Notes you may read: yours and those shared with your groups."
    )


class RatingIn(In):
    outcome: Outcome
    note: Text = Field("", max_length=500)
    group: Text | None = Field(
        None,
        max_length=60,
        description="Share your rating and note with one of your groups (a slug).",
    )


class ToolkitOut(Out):
    items: list[StrategyCard]


# --- reports and moderation -------------------------------------------------------------

ReportReason = _codes("ReportReason", Report.Reason.values)
ModerationChoice = _codes("ModerationChoice", ModerationAction.values)


class ReportIn(In):
    reason: ReportReason
    note: Text = Field("", max_length=1000, description="What the moderators should know.")
    post: int | None = Field(None, ge=1, le=MAX_ID, description="A post's id.")
    reply: int | None = Field(None, ge=1, le=MAX_ID, description="A reply's id.")
    group: Text | None = Field(None, max_length=60, description="A group's slug.")
    member: Text | None = Field(None, max_length=150, description="A member's username.")


class ReportOut(Out):
    id: int
    reason: str
    created_at: datetime


class FlagOut(Out):
    id: int
    kind: str
    status: str
    priority: int = Field(description="1 is the most urgent.")
    group: Named | None
    post_id: int | None
    reply_id: int | None
    subject: str | None = Field(description="The username of the person it concerns.")
    report_count: int
    wants_outreach: bool
    safe_now: bool
    created_at: datetime


class FlagList(Out):
    items: list[FlagOut]


class FlagReportOut(Out):
    reason: str
    note: str
    reporter: str
    created_at: datetime


class LogEntryOut(Out):
    id: int
    action: str
    reason: str
    created_at: datetime


class FlagDetail(FlagOut):
    item_body: str | None = Field(description="What was written (Markdown), for moderators.")
    signals: list[str]
    reports: list[FlagReportOut]
    log: list[LogEntryOut]


class ActionIn(In):
    action: ModerationChoice
    reason: Text = Field(
        min_length=1, max_length=1000, description="Recorded, and shown to whom it concerns."
    )
    mute_days: int = Field(7, ge=1, le=90)
    edited_body: Text = Field("", max_length=MAX_BODY, description="For edit_out.")


class AppealIn(In):
    statement: Text = Field(min_length=1, max_length=2000)


class NoticeOut(LogEntryOut):
    group: str | None = Field(description="The group it happened in, if any.")
    appealed: bool = Field(description="An appeal can be made once.")


class NoticeList(Out):
    items: list[NoticeOut]


class AppealOut(Out):
    id: int
    created_at: datetime


class AppealDecisionIn(In):
    upheld: bool = Field(description="true: the decision was wrong and is reversed in the log.")
    reason: Text = Field(min_length=1, max_length=1000, description="Recorded; the member is told.")


class AppealDecisionOut(Out):
    id: int
    upheld: bool
    decided_at: datetime
