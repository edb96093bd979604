"""The feed's post cards, kept once rendered, and the reaction bar, built in Python: a feed
shows twenty of them, five forms each."""

import hashlib

from django import template
from django.core.cache import cache
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from peerhaven.sharing.models import Reaction

register = template.Library()

CARD_SECONDS = 600
# A kept card holds this in its forms instead of a CSRF token. Only the whole attribute pair
# is replaced: no text a member writes can print it (quotes are escaped, and the sanitised
# Markdown allows no form fields).
TOKEN_SLOT = "csrf-token-slot"
TOKEN_FIELD = 'name="csrfmiddlewaretoken" value="{}"'


def _card_key(item) -> str:
    """Everything a card shows, so that a card kept under this key is the card to show."""
    post = item.obj
    parts = (
        post.pk,
        post.kind,
        post.mood,
        post.created_at.isoformat(),
        post.edited_at.isoformat() if post.edited_at else "",
        ",".join(post.content_warnings or ()),
        post.warning_note,
        post.treatments_text,
        post.reply_count,
        hashlib.sha256(post.body_html.encode()).hexdigest(),
        str(item.author_label),
        item.collapsed,
        sorted(item.counts.items()),
        sorted(item.mine),
        [tuple(map(str, reactor)) for reactor in item.reactors],
        translation.get_language(),
        timezone.get_current_timezone_name(),
    )
    return "post-card:" + hashlib.sha256(repr(parts).encode()).hexdigest()


@register.simple_tag(takes_context=True)
def post_cards(context, items):
    """The cards of `items`, each rendered once and kept until anything it shows changes
    (any reader who sees the same card gets the kept one, with their page's token)."""
    token = TOKEN_FIELD.format(str(context.get("csrf_token") or ""))
    slot = TOKEN_FIELD.format(TOKEN_SLOT)
    keys = {_card_key(item): item for item in items}
    kept = cache.get_many(list(keys))
    made = {}
    cards = []
    for key, item in keys.items():
        html = kept.get(key)
        if html is None:
            html = render_to_string(
                "sharing/_post_card.html", {"item": item, "csrf_token": TOKEN_SLOT}
            )
            made[key] = html
        cards.append(html.replace(slot, token))
    if made:
        cache.set_many(made, timeout=CARD_SECONDS)
    return mark_safe("".join(cards))  # noqa: S308 - rendered by the card template


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
