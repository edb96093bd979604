"""The reaction bar, built in Python: a feed shows twenty of them, five forms each."""

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from peerhaven.sharing.models import Reaction

register = template.Library()

UNDO = mark_safe('<input type="hidden" name="undo" value="1">')  # noqa: S308


@register.simple_tag(takes_context=True)
def reaction_bar(context, item, target_kind: str):
    """One form per reaction (works without JavaScript; htmx swaps the bar in place)."""
    # The csrf context processor masks one token per render; get_token() would mask anew each call.
    token = str(context.get("csrf_token") or "")
    obj = item.obj
    action = reverse(
        "sharing:react_post" if target_kind == "post" else "sharing:react_reply", args=[obj.pk]
    )
    bar_id = f"reactions-{target_kind}-{obj.pk}"
    mine = item.mine
    counts = item.counts
    forms = format_html_join(
        "\n",
        '<form method="post" action="{0}" hx-post="{0}" hx-target="#{1}" hx-swap="outerHTML">'
        '<input type="hidden" name="csrfmiddlewaretoken" value="{2}">'
        '<input type="hidden" name="kind" value="{3}">{4}'
        '<button type="submit" class="reaction{5}" aria-pressed="{6}">{7}{8}</button></form>',
        (
            (
                action,
                bar_id,
                token,
                value,
                UNDO if value in mine else "",
                " chosen" if value in mine else "",
                "true" if value in mine else "false",
                label,
                format_html(' <span class="count">{}</span>', counts[value])
                if counts.get(value)
                else "",
            )
            for value, label in Reaction.choices
        ),
    )
    reactors = ""
    if item.reactors:
        reactors = format_html(
            '<details class="reactors"><summary>{}</summary><ul class="plain">{}</ul></details>',
            _("Who reacted"),
            format_html_join("", "<li>{}: {}</li>", item.reactors),
        )
    return format_html('<div class="reactions" id="{}">{}{}</div>', bar_id, forms, reactors)
