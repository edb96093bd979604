"""The one place coping touches the wellbeing app: "add to my self-care plan" from the toolkit.

The self-care plan belongs to wellbeing (its `services.save_activity` writes it, with the
days, times and reminders). Coping only offers a strategy's title and a schedule to it.
"""

from datetime import time

from django import forms
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _


def available() -> bool:
    try:
        from peerhaven.wellbeing import services
    except ImportError:  # pragma: no cover - the app is always installed in this project
        return False
    return callable(getattr(services, "save_activity", None))


class PlanForm(forms.Form):
    weekdays = forms.TypedMultipleChoiceField(
        label=_("On"),
        choices=sorted(WEEKDAYS.items()),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked for every day."),
    )
    at = forms.TimeField(
        label=_("At"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 08:30.")},
    )
    remind = forms.BooleanField(label=_("Remind me"), required=False, initial=True)


def add_to_plan(*, actor, strategy, weekdays: list[int], at: time | None, remind: bool):
    """A self-care activity named after the strategy, on the given days and time."""
    from peerhaven.wellbeing import services

    return services.save_activity(
        actor=actor,
        data={
            "name": strategy.title[:80],
            "suggestion": "",
            "weekdays": weekdays,
            "times": [at] if at else [],
            "remind": remind and at is not None,
        },
    )
