"""Read a YAML file into plain data, keeping the line of every field for error messages.

Every scalar stays a string (no YAML 1.1 surprises such as ``no`` becoming False or
``010`` becoming 8); duplicate keys, which PyYAML would silently overwrite, are problems.

The data is built from the parser's events, one at a time, so that hostile or careless
input is refused with one message before it costs anything: an anchor or alias (an
alias bomb expands a few lines into billions of values; a structure file has no need
of either), a file over :data:`~focusreport.textfile.MAX_FILE_BYTES`, nesting deeper
than :data:`MAX_DEPTH`, more than :data:`MAX_NODES` values, a character YAML forbids.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import attrs
import yaml

from focusreport import bidi
from focusreport.errors import Problem
from focusreport.fieldpath import FieldPath, render
from focusreport.textfile import read_text, without_bom

Data = str | None | list["Data"] | dict[str, "Data"]

MAX_DEPTH = 40
"""The deepest nesting of lists and mappings: the bundled reports go nine levels down, a group within a group two more."""
MAX_NODES = 200_000
"""The most values (scalars, lists and mappings): nine times those of a report a hundred times the bundled one."""

# What YAML allows in a file: tab, line breaks, printable characters (YAML 1.1, 5.1).
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


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


# libyaml's parser reads the same events with the same marks, several times faster.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def read_yaml_file(path: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Read and parse the YAML file ``path``: as :func:`read_yaml`, with the file's encoding and size checked first."""
    text = read_text(path)
    if isinstance(text, Problem):
        return None, [text]
    return read_yaml(path, text)


def read_yaml(path: Path, text: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse ``text`` (the contents of ``path``); return the document or the problems."""
    text = without_bom(text)
    forbidden = _FORBIDDEN.search(text)
    if forbidden:
        row, column = _place(text, forbidden.start())
        char = forbidden.group(0)
        kind = "control character" if unicodedata.category(char) == "Cc" else "character"
        return None, [Problem(path, row, "", f"the {kind} U+{ord(char):04X} at column {column} is not allowed in YAML; remove it")]
    builder = _Builder(path)
    loader = _LOADER(text)
    try:
        while loader.check_event():
            builder.add(loader.get_event())
    except _RefusedError as refusal:
        return None, [refusal.problem]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = error.problem or error.context or "not valid YAML"
        return None, [Problem(path, line, "", f"malformed YAML: {reason}")]
    except yaml.YAMLError as error:
        return None, [Problem(path, None, "", f"malformed YAML: {error}")]
    finally:
        loader.dispose()
    if not builder.documents:
        return None, [Problem(path, 1, "", "the file is empty")]
    problems = builder.problems + _comment_problems(path, text, builder.reported_lines)
    return YamlDocument(path, builder.root, builder.lines), problems


class _RefusedError(Exception):
    """Input refused outright: one problem, and nothing else read."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@attrs.define
class _Collection:
    """A list or mapping being filled, where it is, and (in a mapping) the key waiting for its value."""

    value: list[Data] | dict[str, Data]
    field: FieldPath
    key: str | None = None
    key_line: int = 0
    expect_key: bool = True


class _Builder:
    """Turns parser events into :data:`Data`, counting values and depth as it goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.root: Data = None
        self.documents = 0
        self.lines: dict[FieldPath, int] = {}
        self.problems: list[Problem] = []
        self.reported_lines: set[int] = set()
        self.stack: list[_Collection] = []
        self.nodes = 0
        self.skip_nodes = 0  # values still to drop whole: a repeated key's, or a key and value where the key is a list
        self.skip_depth = 0  # how deep inside a dropped list or mapping the parser is

    def refuse(self, event: yaml.Event, field: FieldPath, message: str) -> _RefusedError:
        return _RefusedError(Problem(self.path, _line(event), _shown(field), message))

    def add(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.refuse(event, (), "malformed YAML: a second document starts here; the structure file is one document")
            return
        if not isinstance(event, yaml.NodeEvent | yaml.CollectionEndEvent):
            return  # the stream's start and end, a document's end
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise self.refuse(
                event, self.field_here(), "anchors and aliases (&name, *name) are not allowed in a structure file: write each value out"
            )
        if isinstance(event, yaml.NodeEvent):
            self.nodes += 1
            if self.nodes > MAX_NODES:
                raise self.refuse(event, self.field_here(), f"the file has more than {MAX_NODES:,} values, more than any report needs")
        if self.skip_depth:
            self.skip_depth += (
                1 if isinstance(event, yaml.CollectionStartEvent) else -1 if isinstance(event, yaml.CollectionEndEvent) else 0
            )
            return
        if self.skip_nodes:
            self.skip_nodes -= 1
            self.skip_depth = 1 if isinstance(event, yaml.CollectionStartEvent) else 0
            return
        if isinstance(event, yaml.CollectionEndEvent):
            self.stack.pop()
            return
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.value, dict) and parent.expect_key:
            self.add_key(event, parent)
        else:
            self.add_value(event, parent)

    def field_here(self) -> FieldPath:
        """The field the next value belongs to, for messages."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.value, list):
            return (*top.field, len(top.value))
        return (*top.field, top.key) if top.key is not None and not top.expect_key else top.field

    def add_key(self, event: yaml.NodeEvent, parent: _Collection) -> None:
        line = _line(event)
        assert isinstance(parent.value, dict)
        if not isinstance(event, yaml.ScalarEvent):
            self.problems.append(Problem(self.path, line, _shown(parent.field), "a key must be a plain word"))
            self.skip_depth = 1 if isinstance(event, yaml.CollectionStartEvent) else 0
            self.skip_nodes = 1  # and the value after it
            return
        key = str(event.value)
        self.check_scalar(key, line, (*parent.field, key))
        if key in parent.value:
            self.problems.append(Problem(self.path, line, _shown((*parent.field, key)), "duplicate key"))
            self.skip_nodes = 1  # drop the value that follows
            return
        parent.key, parent.key_line, parent.expect_key = key, line, False

    def add_value(self, event: yaml.NodeEvent, parent: _Collection | None) -> None:
        field = self.field_here()
        if len(field) >= MAX_DEPTH:
            raise self.refuse(event, field, f"the structure is nested more than {MAX_DEPTH} levels deep, more than any report needs")
        self.lines[field] = _line(event)
        value: Data
        collection: _Collection | None = None
        if isinstance(event, yaml.ScalarEvent):
            text = str(event.value)
            value = None if text == "" and not event.style else text
            self.check_scalar(text, _line(event), field)
        elif isinstance(event, yaml.SequenceStartEvent):
            value = []
            collection = _Collection(value, field)
        else:
            value = {}
            collection = _Collection(value, field)
        if parent is None:
            self.root = value
        elif isinstance(parent.value, list):
            parent.value.append(value)
        else:
            assert parent.key is not None
            parent.value[parent.key] = value
            self.lines[field] = parent.key_line
            parent.key, parent.expect_key = None, True
        if collection is not None:
            self.stack.append(collection)

    def check_scalar(self, text: str, line: int, field: FieldPath) -> None:
        """A value or key may hold neither a control character nor a direction control (both reach every output)."""
        for char in text:
            if unicodedata.category(char) == "Cc" and char not in "\t\n\r":
                message = f"contains the control character U+{ord(char):04X}; remove it"
            elif bidi.CONTROLS.match(char):
                message = bidi.structure_problem(char)
            else:
                continue
            self.problems.append(Problem(self.path, line, _shown(field), message))
            self.reported_lines.add(line)
            return


def _shown(field: FieldPath) -> str:
    """``field`` as problems name it: invisible characters in a key written as escapes, a deep path shortened."""
    shown = render(field[:8]) + ("…" if len(field) > 8 else "")
    return "".join(f"\\u{ord(char):04x}" if unicodedata.category(char) == "Cc" or bidi.CONTROLS.match(char) else char for char in shown)


def _line(event: yaml.Event) -> int:
    """The 1-based line an event starts on."""
    return event.start_mark.line + 1 if event.start_mark is not None else 1


def _comment_problems(path: Path, text: str, reported: set[int]) -> list[Problem]:
    """Direction controls outside any value (in a comment): they can disguise the file to whoever reviews it."""
    problems = []
    for match in bidi.CONTROLS.finditer(text):
        line, column = _place(text, match.start())
        if line not in reported:
            reported.add(line)
            problems.append(Problem(path, line, "", f"column {column}: {bidi.structure_problem(match.group(0))}"))
    return problems


def _place(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text``."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1
