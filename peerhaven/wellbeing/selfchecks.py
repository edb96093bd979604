"""The PHQ-9 and GAD-7 self-checks: their items, answers, scoring and severity bands.

Both questionnaires were developed by Drs. Robert L. Spitzer, Janet B.W. Williams,
Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc., and may
be reproduced, translated, displayed and distributed without permission. The
English wording below is the published wording and must not be paraphrased;
translations should use the published validated versions.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

STEM = _(
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)

ANSWERS = (
    (0, _("Not at all")),
    (1, _("Several days")),
    (2, _("More than half the days")),
    (3, _("Nearly every day")),
)

DIFFICULTY_QUESTION = _(
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
DIFFICULTY_ANSWERS = (
    (0, _("Not difficult at all")),
    (1, _("Somewhat difficult")),
    (2, _("Very difficult")),
    (3, _("Extremely difficult")),
)


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    code: str
    label: str


@dataclass(frozen=True)
class Questionnaire:
    kind: str
    name: str
    topic: str
    stem: str
    items: tuple
    bands: tuple
    # The item (1-based) whose every answer above zero brings up the crisis panel, if any.
    crisis_item: int | None = None

    @property
    def max_score(self) -> int:
        return 3 * len(self.items)

    def score(self, answers: list[int]) -> int:
        return sum(answers)

    def band_for(self, score: int) -> Band:
        for band in self.bands:
            if band.low <= score <= band.high:
                return band
        raise ValueError(f"score {score} is outside {self.kind}")

    def needs_crisis_panel(self, answers) -> bool:
        if self.crisis_item is None or answers is None:
            return False
        try:
            value = answers[self.crisis_item - 1]
        except (IndexError, TypeError):
            return False
        return isinstance(value, int) and value > 0


PHQ9 = Questionnaire(
    kind="phq9",
    name="PHQ-9",
    topic=_("depression"),
    stem=STEM,
    items=(
        _("Little interest or pleasure in doing things"),
        _("Feeling down, depressed, or hopeless"),
        _("Trouble falling or staying asleep, or sleeping too much"),
        _("Feeling tired or having little energy"),
        _("Poor appetite or overeating"),
        _(
            "Feeling bad about yourself — or that you are a failure or have let yourself or "
            "your family down"
        ),
        _("Trouble concentrating on things, such as reading the newspaper or watching television"),
        _(
            "Moving or speaking so slowly that other people could have noticed? Or the opposite "
            "— being so fidgety or restless that you have been moving around a lot more than usual"
        ),
        _("Thoughts that you would be better off dead or of hurting yourself in some way"),
    ),
    bands=(
        Band(0, 4, "minimal", _("Minimal or none")),
        Band(5, 9, "mild", _("Mild")),
        Band(10, 14, "moderate", _("Moderate")),
        Band(15, 19, "moderately_severe", _("Moderately severe")),
        Band(20, 27, "severe", _("Severe")),
    ),
    crisis_item=9,
)

GAD7 = Questionnaire(
    kind="gad7",
    name="GAD-7",
    topic=_("anxiety"),
    stem=STEM,
    items=(
        _("Feeling nervous, anxious, or on edge"),
        _("Not being able to stop or control worrying"),
        _("Worrying too much about different things"),
        _("Trouble relaxing"),
        _("Being so restless that it is hard to sit still"),
        _("Becoming easily annoyed or irritable"),
        _("Feeling afraid, as if something awful might happen"),
    ),
    bands=(
        Band(0, 4, "minimal", _("Minimal")),
        Band(5, 9, "mild", _("Mild")),
        Band(10, 14, "moderate", _("Moderate")),
        Band(15, 21, "severe", _("Severe")),
    ),
)

QUESTIONNAIRES = {PHQ9.kind: PHQ9, GAD7.kind: GAD7}
