"""Field paths such as ``themes[2].actions[0].id``, the way errors name a place in the structure file."""

from __future__ import annotations

FieldPath = tuple[str | int, ...]


def render(path: FieldPath) -> str:
    """Write ``("themes", 2, "id")`` as ``themes[2].id``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
