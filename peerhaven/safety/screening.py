"""What happens to a message before anyone else sees it.

Every post, reply and live-room message is screened: the crisis detector
(rules, and the semantic layer when installed) and the word lists. The result
says whether to hold the message and which flags to raise. Nothing here logs
or stores the text: only levels and signal names.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q

from peerhaven.groups.cities import fold
from peerhaven.safety.detector import assess_configured


@dataclass(frozen=True)
class Screening:
    level: str  # none | concern | urgent
    signals: tuple[str, ...]
    word_match: bool

    @property
    def hold_for_care(self) -> bool:
        return self.level == "urgent" and settings.PEERHAVEN_CRISIS_HOLD == "urgent"

    @property
    def hold(self) -> bool:
        return self.hold_for_care or self.word_match


def matches_word_list(text: str, group_id: int | None) -> bool:
    from peerhaven.safety.models import WordList

    folded = fold(text)
    phrases = WordList.objects.filter(Q(group__isnull=True) | Q(group_id=group_id)).values_list(
        "phrase", flat=True
    )
    return any(fold(phrase) in folded for phrase in phrases if phrase.strip())


def screen(text: str, *, group_id: int | None = None) -> Screening:
    assessment = assess_configured(text)
    return Screening(
        level=assessment.level,
        signals=assessment.signals,
        word_match=matches_word_list(text, group_id),
    )
