from django import template

register = template.Library()


@register.filter
def tel_href(number: str) -> str:
    from peerhaven.safety.crisis import tel_href as _tel_href

    return _tel_href(number)


@register.filter
def is_number(value: str) -> bool:
    """True for a dialable number ("741741", "*4141"), false for written instructions."""
    return bool(value) and all(char.isdigit() or char in " +*-()" for char in value)
