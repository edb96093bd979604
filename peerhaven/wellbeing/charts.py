"""Server-rendered charts: the geometry for small accessible SVGs.

Each chart carries a title, a description that says what it shows in words, and
rows for the table that repeats its data for screen readers and for anyone who
prefers numbers. The templates in templates/wellbeing/_*_chart.html draw them; the
colours come from the stylesheet, so they follow light and dark mode.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.core.cache import cache
from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from peerhaven.wellbeing.models import MOOD_LABELS, WEEKDAY_NAMES

WIDTH = 640
HEIGHT = 240
LEFT, RIGHT, TOP, BOTTOM = 40, 30, 14, 34
NARROW = 420  # charts shown in half a page, so their text stays readable
FRAGMENT_SECONDS = 24 * 3600


def cached_fragment(user, name: str, data, render: Callable[[], str]) -> SafeString:
    """The HTML of a chart, rendered once for the data it is drawn from.

    The key holds a digest of everything the chart shows (the check-in rows, the
    day, the period) and the language, so a new or deleted check-in is a new key:
    nothing needs invalidating and no process can serve a stale chart, whichever
    cache is configured. Only the member's own pages ask for it; charts carry
    moods, never a note or a journal entry.
    """
    digest = hashlib.blake2b(repr(data).encode(), digest_size=16).hexdigest()
    key = f"wellbeing:chart:{name}:{user.pk}:{get_language()}:{digest}"
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, FRAGMENT_SECONDS)
    return mark_safe(html)  # noqa: S308 (rendered by our own templates)


@dataclass
class Dot:
    x: float
    y: float
    label: str


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value_label: str
    label_x: float = 0
    label_y: float = 0
    value_x: float = 0
    value_y: float = 0


@dataclass
class Chart:
    key: str
    title: str
    description: str
    columns: list[str]
    rows: list[list[str]]
    width: int = WIDTH
    height: int = HEIGHT
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    trend_path: str = ""
    dots: list[Dot] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    empty: bool = False
    horizontal: bool = False
    plot_left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    plot_top: int = TOP
    plot_bottom: int = HEIGHT - BOTTOM

    @property
    def rows_html(self) -> str:
        return _rows_html(self)

    @property
    def dots_html(self) -> str:
        return _dots_html(self)

    @property
    def grid_html(self) -> str:
        lines = format_html_join(
            "",
            '<line x1="{}" x2="{}" y1="{}" y2="{}"></line>'
            '<text class="y-label" x="{}" y="{}">{}</text>',
            (
                (
                    self.plot_left,
                    self.plot_right,
                    _n(t.position),
                    _n(t.position),
                    self.plot_left - 8,
                    _n(t.position),
                    t.label,
                )
                for t in self.y_ticks
            ),
        )
        labels = format_html_join(
            "",
            '<text class="x-label" x="{}" y="{}">{}</text>',
            ((_n(t.position), self.height - 10, t.label) for t in self.x_ticks),
        )
        return format_html('<g class="grid">{}{}</g>', lines, labels)


def _rows_html(chart: "Chart") -> str:
    # Built here rather than in a template loop: a 90-day table is 360 cells on every view.
    return format_html_join(
        "",
        '<tr><th scope="row">{}</th>{}</tr>',
        (
            (row[0], format_html_join("", "<td>{}</td>", ((cell,) for cell in row[1:])))
            for row in chart.rows
        ),
    )


def _dots_html(chart: "Chart") -> str:
    return format_html_join(
        "",
        '<circle class="dot" cx="{}" cy="{}" r="4"><title>{}</title></circle>',
        ((_n(dot.x), _n(dot.y), dot.label) for dot in chart.dots),
    )


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _path(points: list[tuple[float, float]]) -> str:
    return " ".join(
        f"{'M' if index == 0 else 'L'}{_n(x)} {_n(y)}" for index, (x, y) in enumerate(points)
    )


def _short(day: date) -> str:
    return formats.date_format(day, "j M")


def _value(value: float | None) -> str:
    return "—" if value is None else formats.number_format(value, 1)


def _scale_y(value: float, low: float, high: float, height: int = HEIGHT) -> float:
    plot = height - TOP - BOTTOM
    return TOP + (high - value) / (high - low) * plot


def mood_line(overview, *, key: str = "mood-line", width: int = WIDTH) -> Chart:
    """Mood per day over the period, with the 7-day rolling average as a second line."""
    days = overview.days
    span = max(len(days) - 1, 1)
    plot_width = width - LEFT - RIGHT

    def x_at(index: int) -> float:
        return LEFT + index * plot_width / span if len(days) > 1 else LEFT + plot_width / 2

    segments: list[list[tuple[float, float]]] = [[]]
    trend: list[tuple[float, float]] = []
    dots = []
    for index, day in enumerate(days):
        if day.average is None:
            if segments[-1]:
                segments.append([])
        else:
            point = (x_at(index), _scale_y(day.average, 1, 5))
            segments[-1].append(point)
            dots.append(Dot(point[0], point[1], f"{_short(day.day)}: {_value(day.average)}"))
        if day.rolling is not None:
            trend.append((x_at(index), _scale_y(day.rolling, 1, 5)))
    step = {7: 1, 30: 7}.get(len(days), 14)
    x_ticks = [
        Tick(x_at(index), formats.date_format(day.day, "D") if step == 1 else _short(day.day))
        for index, day in enumerate(days)
        if (len(days) - 1 - index) % step == 0
    ]
    y_ticks = [Tick(_scale_y(level, 1, 5), str(level)) for level in range(1, 6)]
    if overview.checkins:
        description = _(
            "%(count)d check-ins from %(start)s to %(end)s. Your average mood was %(average)s "
            "out of 5; the 7-day average ended at %(last)s."
        ) % {
            "count": overview.checkins,
            "start": _short(overview.start),
            "end": _short(overview.end),
            "average": _value(overview.average),
            "last": _value(days[-1].rolling if days else None),
        }
    else:
        description = _("No check-ins in this period yet.")
    return Chart(
        key=key,
        title=_("Mood over the last %(days)d days") % {"days": len(days)},
        description=description,
        columns=[_("Day"), _("Average mood (1–5)"), _("Check-ins"), _("7-day average")],
        rows=[
            [
                formats.date_format(day.day, "D j M"),
                _value(day.average),
                str(day.count),
                _value(day.rolling),
            ]
            for day in days
        ],
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        paths=[_path(segment) for segment in segments if len(segment) > 1],
        trend_path=_path(trend) if len(trend) > 1 else "",
        dots=dots,
        empty=not overview.checkins,
        width=width,
        plot_right=width - RIGHT,
    )


def _vertical_bars(
    values: list[tuple[str, float | None, str]], low: float, high: float, width: int
) -> list[Bar]:
    plot_width = width - LEFT - RIGHT
    slot = plot_width / max(len(values), 1)
    bar_width = slot * 0.6
    bottom = HEIGHT - BOTTOM
    bars = []
    for index, (label, value, value_label) in enumerate(values):
        x = LEFT + index * slot + (slot - bar_width) / 2
        top = _scale_y(value, low, high) if value is not None else bottom
        bars.append(
            Bar(
                x=round(x, 1),
                y=round(top, 1),
                width=round(bar_width, 1),
                height=round(bottom - top, 1),
                label=label,
                value_label=value_label,
                label_x=round(x + bar_width / 2, 1),
                label_y=bottom + 20,
                value_x=round(x + bar_width / 2, 1),
                value_y=round(top - 5, 1),
            )
        )
    return bars


def mood_by_weekday(overview, *, key: str = "mood-weekday") -> Chart:
    values = [
        (
            str(WEEKDAY_NAMES[item.weekday])[:3],
            item.average,
            _value(item.average) if item.count else "",
        )
        for item in overview.weekdays
    ]
    known = [item for item in overview.weekdays if item.average is not None]
    if known:
        best = max(known, key=lambda item: (item.average, -item.weekday))
        low = min(known, key=lambda item: (item.average, item.weekday))
        description = _(
            "Average mood for each day of the week. Highest on %(best)s (%(best_value)s), "
            "lowest on %(low)s (%(low_value)s)."
        ) % {
            "best": WEEKDAY_NAMES[best.weekday],
            "best_value": _value(best.average),
            "low": WEEKDAY_NAMES[low.weekday],
            "low_value": _value(low.average),
        }
    else:
        description = _("No check-ins in this period yet.")
    return Chart(
        key=key,
        title=_("Mood by day of the week"),
        description=description,
        columns=[_("Day of the week"), _("Average mood (1–5)"), _("Check-ins")],
        rows=[
            [str(WEEKDAY_NAMES[item.weekday]), _value(item.average), str(item.count)]
            for item in overview.weekdays
        ],
        y_ticks=[Tick(_scale_y(level, 0, 5), str(level)) for level in range(0, 6)],
        bars=_vertical_bars(
            [(label, value or 0, text) for label, value, text in values], 0, 5, NARROW
        ),
        empty=not known,
        width=NARROW,
        plot_right=NARROW - RIGHT,
    )


def top_emotions(overview, *, key: str = "emotions") -> Chart:
    """Horizontal bars: the emotions chosen most often in the period."""
    emotions = overview.emotions
    height = max(TOP + BOTTOM + 28 * len(emotions), 120)
    label_width = 110
    plot_width = NARROW - label_width - RIGHT - 10
    most = max((item.count for item in emotions), default=1)
    bars = []
    for index, item in enumerate(emotions):
        y = TOP + index * 28
        width = plot_width * item.count / most
        bars.append(
            Bar(
                x=label_width,
                y=y,
                width=round(width, 1),
                height=20,
                label=item.label,
                value_label=str(item.count),
                label_x=label_width - 8,
                label_y=y + 15,
                value_x=round(label_width + width + 6, 1),
                value_y=y + 15,
            )
        )
    if emotions:
        description = _("The emotions you chose most often: %(list)s.") % {
            "list": ", ".join(f"{item.label} ({item.count})" for item in emotions)
        }
    else:
        description = _("No emotions chosen in this period yet.")
    return Chart(
        key=key,
        title=_("Emotions you chose most often"),
        description=description,
        columns=[_("Emotion"), _("Times chosen")],
        rows=[[item.label, str(item.count)] for item in emotions],
        height=height,
        bars=bars,
        empty=not emotions,
        horizontal=True,
        width=NARROW,
    )


def self_check_scores(checks, questionnaire, *, key: str) -> Chart:
    """A member's scores over time, oldest first, with the severity bands as a scale."""
    checks = list(reversed(checks))
    high = questionnaire.max_score
    plot_width = WIDTH - LEFT - RIGHT
    span = max(len(checks) - 1, 1)

    def x_at(index: int) -> float:
        return LEFT + index * plot_width / span if len(checks) > 1 else LEFT + plot_width / 2

    points = [(x_at(i), _scale_y(check.score, 0, high)) for i, check in enumerate(checks)]
    dots = [
        Dot(x, y, f"{_short(check.created_at.date())}: {check.score}")
        for (x, y), check in zip(points, checks)
    ]
    step = max(1, len(checks) // 6)
    x_ticks = [
        Tick(x_at(i), _short(check.created_at.date()))
        for i, check in enumerate(checks)
        if (len(checks) - 1 - i) % step == 0
    ]
    y_ticks = [Tick(_scale_y(band.low, 0, high), str(band.low)) for band in questionnaire.bands]
    y_ticks.append(Tick(_scale_y(high, 0, high), str(high)))
    if checks:
        last = checks[-1]
        description = _(
            "%(count)d results. The latest, on %(day)s, was %(score)d out of %(max)d (%(band)s)."
        ) % {
            "count": len(checks),
            "day": _short(last.created_at.date()),
            "score": last.score,
            "max": high,
            "band": last.band.label,
        }
    else:
        description = _("No results yet.")
    return Chart(
        key=key,
        title=_("Your %(name)s scores") % {"name": questionnaire.name},
        description=description,
        columns=[_("Date"), _("Score"), _("Severity")],
        rows=[
            [formats.date_format(check.created_at, "j M Y"), str(check.score), check.band.label]
            for check in reversed(checks)
        ],
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        paths=[_path(points)] if len(points) > 1 else [],
        dots=dots,
        empty=not checks,
    )


def mood_word(level: int) -> str:
    return str(MOOD_LABELS.get(level, ""))
