"""What Fluent cannot read or format, found before it tries.

fluent.syntax and fluent.runtime recurse once per level of nesting: placeables nested a
few hundred deep, or messages and terms that refer to each other (fluent.runtime 0.4
does not notice the loop), end in RecursionError. fluent.runtime also refuses a
placeable whose value is longer than :data:`MAX_PART_LENGTH` characters, and a message
of more than :data:`MAX_PARTS` parts. This module finds the first two in the text and in
the parsed messages, so that each is one problem with its line, and keeps the library's
arguments (the report's own words) out of the third.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Mapping

import attrs
from fluent.runtime.resolver import MAX_PART_LENGTH, Pattern
from fluent.syntax import FluentParser, ast

from focusreport import parsecache

MAX_NESTING = 20
"""The deepest nesting of placeables, selectors and function calls, counted through the messages and terms referred to.

A real message needs three or four; Fluent reaches Python's recursion limit near a hundred.
"""
MAX_PARTS = Pattern.MAX_PARTS

Node = tuple[str, str | None]
"""A pattern: the id of a message or term (``-name``) and the attribute, or ``None`` for the value."""

_SCAN = re.compile(r'[{}()"\\\n]')
_ENTRY_START = re.compile(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=", re.MULTILINE)
_LINE_START = re.compile(r"^\S", re.MULTILINE)
_ENTRY_LINE = re.compile(r"^(?:-?[a-zA-Z][a-zA-Z0-9_-]*[ \t]*=|#)", re.MULTILINE)


@attrs.frozen
class Withheld:
    """An entry whose placeables nest too deep to be parsed: the line where the nesting passes the limit, and its id."""

    line: int
    name: str


def withhold_deep(text: str) -> tuple[str, list[Withheld]]:
    """``text`` with each entry that nests deeper than :data:`MAX_NESTING` blanked out (its lines kept, empty)."""
    withheld: list[Withheld] = []
    start = 0
    while (found := _too_deep(text, start)) is not None:
        offset, closed = found
        entries = list(_ENTRY_START.finditer(text, 0, offset))
        entry_start = entries[-1].start() if entries else text.rfind("\n", 0, offset) + 1
        name = entries[-1].group(1) if entries else ""
        following = _LINE_START.search(text, closed + 1) if closed < len(text) else None
        stop = following.start() if following else len(text)
        withheld.append(Withheld(text.count("\n", 0, offset) + 1, name))
        text = text[:entry_start] + "\n" * text.count("\n", entry_start, stop) + text[stop:]
        start = entry_start
    return text, withheld


def _too_deep(text: str, start: int) -> tuple[int, int] | None:
    """The offset of the first ``{`` or ``(`` that opens a level past :data:`MAX_NESTING`, and where that entry ends.

    Braces count outside string literals, parentheses inside placeables, nothing counts in
    a comment, and the count starts again at each line that starts an entry, where the
    parser starts again too; a file with too few of either to nest that deep is not scanned.
    """
    if text.count("{", start) + text.count("(", start) <= MAX_NESTING:
        return None
    depth, in_string, skip_to, found = 0, False, -1, -1
    if text.startswith("#", start):
        skip_to = _line_end(text, start)
    for match in _SCAN.finditer(text, start):
        at, char = match.start(), match.group(0)
        if at < skip_to:
            continue
        if char == "\n":
            in_string = False
            starts_entry = _ENTRY_START.match(text, at + 1) is not None or text.startswith("#", at + 1)
            if found >= 0 and (depth == 0 or starts_entry):
                return found, at
            if starts_entry:
                depth = 0
            if text.startswith("#", at + 1):
                skip_to = _line_end(text, at + 1)
        elif in_string:
            if char == "\\":
                skip_to = at + 2
            elif char == '"':
                in_string = False
        elif char == "{" or (depth and char == "("):
            depth += 1
            if depth > MAX_NESTING and found < 0:
                found = at
        elif depth and char in "})":
            depth -= 1
        elif depth and char == '"':
            in_string = True
    return (found, len(text)) if found >= 0 else None


def parse(text: str, with_spans: bool) -> tuple[ast.Resource, str, list[Withheld]]:
    """Parse ``text``; an entry the parser still cannot read for its depth is withheld, with the text without it.

    :func:`withhold_deep` finds every nesting in text that is Fluent, and in most that is
    not; what broken syntax still hides from it ends here, without a RecursionError.
    A text parsed before comes from :mod:`focusreport.parsecache`.
    """
    try:
        return parsecache.parse(text, with_spans), text, []
    except RecursionError:
        pass
    withheld: list[Withheld] = []
    starts = [0, *(match.start() for match in _ENTRY_LINE.finditer(text)), len(text)]
    for start, stop in itertools.pairwise(dict.fromkeys(starts)):
        try:
            FluentParser(with_spans=False).parse(text[start:stop])
        except RecursionError:
            name = _ENTRY_START.match(text, start)
            withheld.append(Withheld(text.count("\n", 0, start) + 1, name.group(1) if name else ""))
            text = text[:start] + "\n" * text.count("\n", start, stop) + text[stop:]
    try:
        return FluentParser(with_spans=with_spans).parse(text), text, withheld
    except RecursionError:
        return ast.Resource([]), "\n" * text.count("\n"), [Withheld(1, "")]


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


@attrs.frozen
class Unformattable:
    """Why a pattern cannot be formatted: the pattern at fault and the reason (it may be the pattern itself)."""

    root: Node
    reason: str


def unformattable(entries: Mapping[str, ast.Message | ast.Term], withheld: Collection[str]) -> dict[Node, Unformattable]:
    """Every pattern that refers to itself, nests too deep, or refers to one that does (or to a withheld entry)."""
    return _Walk(entries, withheld).run()


class _Walk:
    """A depth-first walk of the references between patterns, with its own stack: a chain of references may be long."""

    def __init__(self, entries: Mapping[str, ast.Message | ast.Term], withheld: Collection[str]) -> None:
        self.graph = {node: _references(pattern) for node, pattern in _patterns(entries) if _has_placeable(pattern)}
        self.withheld = withheld
        self.broken: dict[Node, Unformattable] = {}
        self.depth: dict[Node, int] = {}
        self.deepest_via: dict[Node, Node] = {}
        self.state: dict[Node, int] = {}  # 1 while on the path being walked, 2 once finished

    def run(self) -> dict[Node, Unformattable]:
        for root in self.graph:
            if root not in self.state:
                self.walk(root)
        return self.broken

    def walk(self, root: Node) -> None:
        path, pending = [root], [iter(self.graph[root][1])]
        self.state[root] = 1
        while path:
            target = next((target for target, _ in pending[-1] if target in self.graph), None)
            if target is None:
                node = path.pop()
                pending.pop()
                self.state[node] = 2
                self.finish(node)
            elif self.state.get(target) == 1:
                loop = [*path[path.index(target) :], target]
                for node in loop:
                    self.broken.setdefault(
                        node,
                        Unformattable(
                            target, f"refers to itself: {' → '.join(map(field_name, loop))}; Fluent cannot format a loop: break it"
                        ),
                    )
            elif target not in self.state:
                self.state[target] = 1
                path.append(target)
                pending.append(iter(self.graph[target][1]))

    def finish(self, node: Node) -> None:
        """Once every pattern ``node`` refers to is finished: its depth, or why it cannot be formatted."""
        own, references = self.graph[node]
        deepest = own
        for target, level in references:
            if target[0] in self.withheld:
                self.broken.setdefault(node, Unformattable((target[0], None), f"refers to {target[0]}, which cannot be read"))
            if target in self.broken:
                self.broken.setdefault(node, self.broken[target])
            elif target in self.graph and level + self.depth[target] > deepest:
                deepest = level + self.depth[target]
                self.deepest_via[node] = target
        self.depth[node] = deepest
        if deepest > MAX_NESTING and node not in self.broken:
            chain = [node]
            while chain[-1] in self.deepest_via and len(chain) < 6:
                chain.append(self.deepest_via[chain[-1]])
            through = " → ".join(map(field_name, chain)) + (" → …" if chain[-1] in self.deepest_via else "")
            self.broken[node] = Unformattable(
                node,
                f"placeables, selectors and calls nest {deepest} deep through the messages it refers to ({through}); at most {MAX_NESTING} are read",
            )


def field_name(node: Node) -> str:
    """``name`` or ``name.attribute``, the way problems name a message."""
    name, attribute = node
    return name if attribute is None else f"{name}.{attribute}"


def _patterns(entries: Mapping[str, ast.Message | ast.Term]) -> Iterator[tuple[Node, ast.Pattern]]:
    for name, entry in entries.items():
        if entry.value is not None:
            yield (name, None), entry.value
        for attribute in entry.attributes:
            yield (name, attribute.id.name), attribute.value


def _has_placeable(pattern: ast.Pattern) -> bool:
    return any(isinstance(element, ast.Placeable) for element in pattern.elements)


def _references(pattern: ast.Pattern) -> tuple[int, list[tuple[Node, int]]]:
    """How deep the pattern's own placeables nest, and each message or term it refers to with the depth it sits at."""
    deepest = 0
    found: list[tuple[Node, int]] = []
    stack: list[tuple[object, int]] = [(element, 0) for element in pattern.elements]
    while stack:
        node, level = stack.pop()
        if isinstance(node, ast.Placeable | ast.CallArguments):
            level += 1
            deepest = max(deepest, level)
        if isinstance(node, ast.MessageReference | ast.TermReference):
            name = node.id.name if isinstance(node, ast.MessageReference) else f"-{node.id.name}"
            found.append(((name, node.attribute.name if node.attribute else None), level))
        if isinstance(node, ast.BaseNode):
            for key, value in vars(node).items():
                if key != "span":
                    stack.extend((child, level) for child in (value if isinstance(value, list) else [value]))
    return deepest, found


def tokenised(args: Mapping[str, object]) -> tuple[dict[str, object], dict[str, str]]:
    """``args`` with each text longer than Fluent takes in a placeable replaced by a token, and the tokens' texts.

    The library passes the report's own words into its messages (``{ $theme }: { $summary }``);
    a paragraph may be longer than :data:`MAX_PART_LENGTH`. The words are already read
    and checked, so the limit, which guards against messages that multiply each other,
    protects nothing here: the token goes through Fluent and the words replace it after.
    """
    long = {name: value for name, value in args.items() if isinstance(value, str) and len(value) > MAX_PART_LENGTH}
    if not long:
        return dict(args), {}
    texts = [value for value in args.values() if isinstance(value, str)]
    marker = next(chr(code) for code in range(0xF0000, 0xFFFFE) if not any(chr(code) in text for text in texts))
    tokens = {name: f"{marker}{index}{marker}" for index, name in enumerate(long)}
    return {**args, **tokens}, {tokens[name]: value for name, value in long.items()}


def reason(error: Exception) -> str:
    """Fluent's complaint in words a translator can act on (its own says "max allowed is 1000" for a limit of 2,500)."""
    text = str(error)
    too_long = re.match(r"Too many characters in placeable \((\d+)", text)
    if too_long:
        return (
            f"one piece of it (a run of text beside a placeable, or what a placeable gives) is {int(too_long.group(1)):,} characters long, "
            f"more than the {MAX_PART_LENGTH:,} Fluent formats: shorten it or split the message"
        )
    if text.startswith("Too many parts"):
        return f"it has more than {MAX_PARTS:,} parts (texts and placeables, with those it refers to), more than Fluent formats: split it"
    return text
