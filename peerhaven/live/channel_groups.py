"""Channel-layer group names: one group per room, its waiting room, and one per person."""


def room_group(occurrence_id: int) -> str:
    return f"live.room.{occurrence_id}"


def waiting_group(occurrence_id: int) -> str:
    return f"live.waiting.{occurrence_id}"


def user_group(user_id: int) -> str:
    return f"live.user.{user_id}"
