"""What the search index holds for a strategy; groups/search.py keeps the index itself."""

from peerhaven.groups import search
from peerhaven.groups.cities import fold


def document(*, titles: list[str], texts: list[str]) -> tuple[str, str]:
    """(name, body), folded: titles in both languages weigh more than the rest."""
    return fold(" ".join(t for t in titles if t)), fold(" ".join(t for t in texts if t))


def strategy_document(strategy) -> tuple[str, str]:
    names = [f"{category.name_en} {category.name_es}" for category in strategy.categories.all()]
    names += [f"{topic.name_en} {topic.name_es}" for topic in strategy.topics.all()]
    names += [f"{tag.name_en} {tag.name_es}" for tag in strategy.treatment_tags]
    return document(
        titles=[strategy.title_en, strategy.title_es],
        texts=[
            strategy.why_en,
            strategy.why_es,
            strategy.steps_en,
            strategy.steps_es,
            *names,
        ],
    )


def index_strategy(strategy) -> None:
    name, body = strategy_document(strategy)
    search.index_document(search.STRATEGIES, strategy.pk, name, body)


def remove_strategy(strategy_id: int) -> None:
    search.remove(search.STRATEGIES, strategy_id)
