from django import forms, template
from django.template.defaultfilters import floatformat, truncatewords
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def get_item(mapping, key):
    if not mapping:
        return None
    return mapping.get(key)


@register.simple_tag
def field_group(field):
    """A form field as `field.as_field_group` writes it, with selects written out in Python.

    Django renders a select through one template per `<option>`: the directory's and the
    Upcoming page's filter forms (about 90 options) spent about a third of the page's time
    there. The label and the errors still come from Django's templates; other widgets are
    rendered by Django as usual.
    """
    widget = field.field.widget
    if type(widget) is not forms.Select:
        return field.as_field_group()
    attrs = field.build_widget_attrs({}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    attrs = widget.build_attrs(widget.attrs, attrs)
    # In Django's order (its attrs.html), not flatatt's sorted one.
    shown = format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False and value is not None
        ),
    )
    wanted = widget.format_value(field.value())
    rows = []
    chosen = False
    for value, label in field.field.choices:
        if isinstance(label, (list, tuple)):  # option groups: leave them to Django
            return field.as_field_group()
        selected = not chosen and str(value) in wanted
        chosen = chosen or selected
        rows.append((value, " selected" if selected else "", label))
    return format_html(
        '{}\n{}\n<select name="{}"{}>\n{}\n</select>',
        field.label_tag() if field.label else "",
        field.errors,
        field.html_name,
        shown,
        format_html_join("\n", '  <option value="{}"{}>{}</option>', rows),
    )


CARD = """<li class="card group-card">
  <h2><a href="{}">{}</a></h2>
  <p class="facts">
    <span class="badge">{}</span>
    {}{}
    <span>{}</span>
    {}
    <span>{}</span>
  </p>
  <p class="topics">{}</p>
  <p class="summary">{}</p>
</li>
"""


@register.simple_tag
def group_cards(groups, distances):
    """The directory's result cards (groups read with their language and topics).

    Written out in Python: as an included template per card, the twenty cards cost as much
    as the search itself once that is cached.
    """
    cards = []
    private = _("Private")
    for group in groups:
        distance = (distances or {}).get(group.pk)
        away = ""
        if distance is not None and group.format != "online":
            away = format_html(
                "<span>{}</span>", _("%(km)s km away") % {"km": floatformat(distance, 0)}
            )
        count = group.active_member_count
        cards.append(
            (
                group.get_absolute_url(),
                group.name,
                group.get_format_display(),
                format_html("<span>{}</span>", group.city_name) if group.city_name else "",
                away,
                group.language.name,
                format_html('<span class="badge">{}</span>', private)
                if group.listing == "private"
                else "",
                ngettext("%(counter)s member", "%(counter)s members", count) % {"counter": count},
                format_html_join(
                    "",
                    '<span class="tag">{}</span>',
                    ((topic.name,) for topic in group.topics.all()),
                ),
                truncatewords(group.description, 30),
            )
        )
    return format_html_join("", CARD, cards)
