"""Models as the API shows them: plain dicts for the schemas in schemas.py.

Only presentation lives here: what each reader may see was decided by the selectors and
groups/access.py before anything reaches these functions.
"""

from django.conf import settings

from peerhaven.groups.models import Membership
from peerhaven.sharing.models import State

ROLE_NAMES = {role.value: role.name.lower() for role in Membership.Role}


def absolute(path: str) -> str:
    return f"{settings.BASE_URL}{path}"


def named(obj) -> dict:
    return {"slug": obj.slug, "name": obj.name}


def person(user) -> dict:
    return {"username": user.username, "name": user.public_name}


def group_card(group, distance: float | None = None) -> dict:
    return {
        "slug": group.slug,
        "name": group.name,
        "description": group.description,
        "topics": [named(topic) for topic in group.topics.all()],
        "language": group.language_id,
        "format": group.format,
        "city": group.city_name or None,
        "country": group.country or None,
        "listing": group.listing,
        "join_policy": group.join_policy,
        "member_count": group.active_member_count,
        "is_full": group.is_full,
        "next_meeting_at": group.next_meeting_at,
        "distance_km": round(distance, 1) if distance is not None else None,
        "url": absolute(group.get_absolute_url()),
    }


def membership(access) -> dict | None:
    mine = access.membership
    if mine is None:
        return None
    return {"state": mine.state, "role": ROLE_NAMES.get(mine.role) if mine.is_active else None}


def meeting_card(occurrence) -> dict:
    meeting = occurrence.meeting
    return {
        "id": occurrence.pk,
        "title": meeting.title,
        "group": named(occurrence.group),
        "start": occurrence.start,
        "end": occurrence.end,
        "format": meeting.format,
        "cancelled": occurrence.cancelled,
        "venue_name": meeting.venue_name,
        "area": meeting.area,
        "url": absolute(occurrence.get_absolute_url()),
    }


def member(row) -> dict:
    return {
        "membership_id": row.pk,
        "username": row.user.username,
        "name": row.user.public_name,
        "pronouns": row.user.pronouns,
        "role": ROLE_NAMES.get(row.role, "member"),
        "joined_at": row.accepted_at,
    }


def _item(item, reader) -> dict:
    obj = item.obj
    own = obj.author_id == reader.pk
    gone = obj.state in (State.DELETED, State.REMOVED)
    return {
        "id": obj.pk,
        "state": obj.state,
        "author": str(item.author_label),
        "author_hidden": item.author_hidden,
        "mine": own,
        "body": obj.body if own and not gone else None,
        "body_html": "" if gone else obj.body_html,
        "removal_reason": obj.removal_reason if own and obj.state == State.REMOVED else None,
        "created_at": obj.created_at,
        "edited_at": obj.edited_at,
        "reactions": [
            {"kind": kind, "count": count} for kind, count in sorted(item.counts.items())
        ],
        "my_reactions": sorted(item.mine),
        "reacted_by": [{"name": str(name), "kind": str(kind)} for name, kind in item.reactors],
    }


def post(item, reader, group=None) -> dict:
    """`group`: the post's group when the caller has it (a feed), to spare a query per post."""
    obj = item.obj
    data = _item(item, reader)
    data.update(
        {
            "group": (group or obj.group).slug,
            "kind": obj.kind,
            "mood": obj.mood,
            "content_warnings": obj.content_warnings,
            "warning_note": obj.warning_note,
            "collapsed": item.collapsed,
            "reply_count": obj.reply_count,
            "url": absolute(obj.get_absolute_url()),
        }
    )
    return data


def reply(item, reader) -> dict:
    data = _item(item, reader)
    data.update({"post_id": item.obj.post_id, "helpful": item.obj.helpful})
    return data


def crisis_directory(directory) -> dict | None:
    if directory is None:
        return None
    return {
        "code": directory.code,
        "name": directory.display_name,
        "emergency_number": directory.emergency_number,
        "lines": [
            {
                "organisation": line.organisation,
                "phone": line.phone,
                "text": line.text,
                "chat": line.chat,
                "hours": line.hours,
                "languages": list(line.languages),
                "website": line.website,
            }
            for line in directory.lines
        ],
    }


def crisis(context: dict) -> dict:
    return {
        "country": crisis_directory(context["directory"]),
        "international": crisis_directory(context["international"]),
        "countries": [{"slug": code, "name": name} for code, name in context["countries"]],
    }
