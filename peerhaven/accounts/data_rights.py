"""Data rights: every app says how to export and how to erase a member's data.

Each app registers one section in its AppConfig.ready() (or a module imported
from it), naming the models it covers. `test_data_rights` walks every model
with a foreign key to the user model and fails if one is not covered, so a new
table cannot be forgotten.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models


@dataclass(frozen=True)
class DataSection:
    name: str
    models: tuple[type[models.Model], ...]
    export: Callable[[Any], Any]
    erase: Callable[[Any], None]
    order: int = 100


_registry: dict[str, DataSection] = {}


def register(
    name: str,
    *,
    models: list[type[models.Model]] | tuple[type[models.Model], ...],
    export: Callable[[Any], Any],
    erase: Callable[[Any], None],
    order: int = 100,
) -> None:
    """Register how to export and erase one kind of member data.

    `export(user)` returns JSON-serialisable data (lists and dicts of plain
    values). `erase(user)` deletes private rows and anonymises public ones; it
    runs inside the transaction of the account deletion. Sections with a lower
    `order` are erased first.
    """
    _registry[name] = DataSection(name, tuple(models), export, erase, order)


def sections() -> list[DataSection]:
    return sorted(_registry.values(), key=lambda section: (section.order, section.name))


def covered_models() -> set[type[models.Model]]:
    return {model for section in _registry.values() for model in section.models}
