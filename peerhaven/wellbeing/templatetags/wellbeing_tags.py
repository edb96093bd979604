"""Tags for the wellbeing parts shown on other apps' pages (Home, the meeting page)."""

from django import template
from django.urls import reverse
from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


def _checkin_row(checkin, delete: str, csrf_token) -> str:
    details = []
    if checkin.energy:
        details.append(_("energy: %(energy)s") % {"energy": checkin.energy_label})
    if checkin.sleep_hours is not None:
        details.append(_("%(hours)s h sleep") % {"hours": formats.localize(checkin.sleep_hours)})
    labels = checkin.emotion_labels
    chips = (
        format_html(
            '<ul class="chips">{}</ul>',
            format_html_join("", "<li>{}</li>", ((label,) for label in labels)),
        )
        if labels
        else ""
    )
    if delete:
        action = format_html(
            '<form method="post" action="{}"><input type="hidden" name="csrfmiddlewaretoken" '
            'value="{}"><input type="hidden" name="next" value="{}"><button type="submit" '
            'class="link">{}<span class="visually-hidden"> {}</span></button></form>',
            reverse("wellbeing:mood_delete", args=[checkin.pk]),
            csrf_token,
            delete,
            _("Delete"),
            formats.date_format(checkin.day, "j M Y"),
        )
    else:
        action = mark_safe("<span></span>")
    note = getattr(checkin, "note", "")
    if note:
        note_html = format_html('<span class="note">{}</span>', note)
    elif note is None:
        note_html = format_html(
            '<span class="note" role="note">{}</span>',
            _(
                "This note could not be opened: it was changed outside PeerHaven or is "
                "damaged, so it is not shown."
            ),
        )
    else:
        note_html = ""
    return format_html(
        '<li class="checkin-row"><span class="level" aria-hidden="true">{}</span>'
        '<span><strong>{}</strong> · <time datetime="{}">{}</time>{}{}</span>{}{}</li>',
        checkin.mood,
        checkin.mood_label,
        checkin.day.isoformat(),
        formats.date_format(checkin.day, "D j M Y"),
        format_html_join("", '<span class="muted"> · {}</span>', ((detail,) for detail in details)),
        chips,
        action,
        note_html,
    )


@register.simple_tag(takes_context=True)
def checkin_rows(context, rows, delete: str = "") -> str:
    """A member's check-ins as a list; with `delete` (the page to come back to), a delete button.

    Built in Python: a template loop over these rows cost more than the rest of the page.
    """
    rows = list(rows)
    if not rows:
        return format_html(
            '<ul class="rows"><li class="muted">{}</li></ul>',
            _("No check-ins yet. Your first one starts your charts."),
        )
    csrf_token = context.get("csrf_token", "")
    return format_html(
        '<ul class="rows">{}</ul>',
        format_html_join(
            "", "{}", ((_checkin_row(checkin, delete, csrf_token),) for checkin in rows)
        ),
    )


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
