"""Tags for the wellbeing parts shown on other apps' pages (Home, the meeting page)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def home_wellbeing(context) -> dict:
    """What the Home card needs: whether the member checked in today, and unseen reminders."""
    from peerhaven.wellbeing import selectors

    user = context["request"].user
    today = selectors.today_for(user)
    return {
        "checked_in_today": selectors.checked_in_on(user, today),
        "reminders": selectors.unseen_reminders(user, limit=3),
    }


@register.simple_tag(takes_context=True)
def meeting_checkin_state(context, occurrence):
    """The member's before/after check-ins for this meeting, or None when they may not check in."""
    from peerhaven.groups import access
    from peerhaven.wellbeing import selectors

    request = context.get("request")
    user = getattr(request, "user", None)
    if occurrence is None or user is None or not user.is_authenticated:
        return None
    occurrence_access = context.get("oa")
    if occurrence_access is not None:
        is_member = occurrence_access.group_access.is_member
        manages = occurrence_access.manages
    else:
        group_access = access.GroupAccess(
            occurrence.group, access.membership_of(user, occurrence.group)
        )
        is_member, manages = group_access.is_member, group_access.can_moderate
    if not is_member:
        return None
    state = selectors.meeting_checkin_state(user, occurrence)
    state.manages = manages
    return state


@register.filter
def signed(value) -> str:
    """+0.8, −0.5, 0: a change with its sign."""
    if value is None:
        return ""
    number = float(value)
    text = f"{abs(number):.1f}".rstrip("0").rstrip(".")
    if number > 0:
        return f"+{text}"
    if number < 0:
        return f"−{text}"
    return "0"
