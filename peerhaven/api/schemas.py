"""What goes in and out of the API. Inputs refuse unknown fields (422), so a typo is
never silently ignored."""

from datetime import datetime
from enum import Enum
from typing import Annotated

from ninja import Query, Schema
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from peerhaven.groups.models import Group
from peerhaven.meetings.models import RSVP
from peerhaven.sharing.models import MAX_BODY, ContentWarning, Post, Reaction, ReadingPreference

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
