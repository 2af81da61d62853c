"""Read a YAML file into plain data, keeping the line of every field for error messages.

Every scalar stays a string (no YAML 1.1 surprises such as ``no`` becoming False or
``010`` becoming 8); duplicate keys, which PyYAML would silently overwrite, are problems.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import yaml

from focusreport.errors import Problem
from focusreport.fieldpath import FieldPath, render

Data = str | None | list["Data"] | dict[str, "Data"]


@attrs.frozen
class YamlDocument:
    """The data of one YAML file and the line each field path starts on."""

    path: Path
    data: Data
    lines: dict[FieldPath, int]

    def line_of(self, field: FieldPath) -> int:
        """The line of ``field``, or of its nearest parent that exists (for a missing key)."""
        while field not in self.lines and field:
            field = field[:-1]
        return self.lines.get(field, 1)


# libyaml's loader reads the same nodes with the same marks, several times faster.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def read_yaml(path: Path, text: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse ``text`` (the contents of ``path``); return the document or the problems."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = error.problem or error.context or "not valid YAML"
        return None, [Problem(path, line, "", f"malformed YAML: {reason}")]
    except yaml.YAMLError as error:
        return None, [Problem(path, None, "", f"malformed YAML: {error}")]
    if root is None:
        return None, [Problem(path, 1, "", "the file is empty")]
    lines: dict[FieldPath, int] = {}
    problems: list[Problem] = []
    data = _to_data(root, (), lines, problems, path)
    return YamlDocument(path, data, lines), problems


def _to_data(node: yaml.Node, field: FieldPath, lines: dict[FieldPath, int], problems: list[Problem], path: Path) -> Data:
    lines[field] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        value = str(node.value)
        return None if value == "" and node.style is None else value
    if isinstance(node, yaml.SequenceNode):
        return [_to_data(child, (*field, index), lines, problems, path) for index, child in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Data] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1
            if key is None:
                problems.append(Problem(path, line, render(field), "a key must be a plain word"))
                continue
            if key in mapping:
                problems.append(Problem(path, line, render((*field, key)), "duplicate key"))
                continue
            mapping[key] = _to_data(value_node, (*field, key), lines, problems, path)
            lines[(*field, key)] = line
        return mapping
    raise TypeError(f"unexpected YAML node {node!r}")
