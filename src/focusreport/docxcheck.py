"""The output checker for Word documents: the rules of Word's Accessibility Checker, and ours.

It reads any .docx with the standard library only (``zipfile`` and ElementTree), so
``focusreport check --output`` starts fast and never trusts the library that wrote
the file. Each finding names a rule from :data:`RULES`, where it is, and why.

Easy read adds four rules (no italics, no underline, no text below 14pt, pictures
large enough to see); the command line turns them on with ``--easy-read`` or when
the file name says ``.easy-read.``, as ``focusreport build`` names it. Measuring the
drawn part of a picture needs its pixels: Pillow is imported for that rule only.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import attrs

from focusreport.languages import is_tag

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
V = "{urn:schemas-microsoft-com:vml}"
DC = "{http://purl.org/dc/elements/1.1/}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"

TEMPLATE_LANGUAGE = "en-US"
"""The language python-docx's and Word's templates leave behind: never a council's document's."""
EASY_READ_MINIMUM_PT = 14.0
EASY_READ_PICTURE_CM = 4.0
"""The smallest box of an easy-read picture, on its longer side."""
EASY_READ_DRAWING_CM = 3.5
"""The smallest drawn part of an easy-read picture, on its longer side: an empty margin is not seen."""
EMU_PER_CM = 360_000
TOOL_AUTHORS = frozenset({"python-docx", "apache poi", "docx4j", "openxml", "focusreport", "libreoffice"})

RULES: dict[str, str] = {
    "package": "the file is a readable Word document (a zip with a main document part)",
    "alt-text": "every picture has alternative text (or is marked decorative)",
    "alt-text-file-name": "alternative text describes the picture; it is not a file name or a default name such as 'Picture 1'",
    "floating-picture": "pictures are inline with the text, never floating (anchored)",
    "table-header": "data tables have a header row; layout tables (default 'Normal Table' style, no borders) have none",
    "merged-cells": "data tables have no merged or split cells",
    "heading-order": "headings use the built-in heading styles in order, never skipping a level",
    "title": "the document has a title in its core properties",
    "author": "the document has an author in its core properties, and it is not the tool that wrote it",
    "language": "the language is set (core properties, document defaults and theme), every w:lang is a language tag, and none is the template's en-US",
    "contrast": "coloured text has contrast of at least 4.5:1 with its background (3:1 for large text)",
    "blank-paragraph": "no empty paragraphs used for spacing (an empty table cell's one paragraph is allowed)",
    "repeated-spaces": "no repeated spaces or tabs used for layout",
    "italic": "easy read: no italics",
    "underline": "easy read: no underlining",
    "font-size": "text is no smaller than the minimum size (14pt in easy read)",
    "page-numbers": "every page shows its number: each section's footer, or the one it follows, holds a PAGE field",
    "picture-size": "easy read: each picture is at least 4cm on its longer side, and what is drawn in it at least 3.5cm",
}


@attrs.frozen
class Finding:
    """One broken rule: its key in :data:`RULES`, where in the document, and what is wrong."""

    rule: str
    where: str
    message: str

    def line(self, path: Path | str) -> str:
        """``FILE: rule: where: message``, as the command line prints it."""
        return f"{path}: {self.rule}: {self.where}: {self.message}"


def is_easy_read_name(path: Path | str) -> bool:
    """Whether the file is named as ``focusreport build`` names easy-read Word files."""
    return ".easy-read." in Path(path).name


def check_docx(path: Path | str, *, easy_read: bool = False, min_font_size: float | None = None) -> list[Finding]:
    """Every finding for the .docx at ``path``; an empty list when it passes every rule.

    ``easy_read`` adds the easy-read rules; ``min_font_size`` (points) sets the
    smallest text allowed (14 in easy read unless given).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            package = _Package(archive)
            return _Checker(package, easy_read, min_font_size).run()
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as error:
        return [Finding("package", "file", f"not a readable Word document: {error}")]


class _Package:
    """The parts of a .docx the checks read, parsed."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())
        package_rels = self._relationships("_rels/.rels", "")
        main = package_rels.get(OFFICE_DOCUMENT)
        if main is None or main not in self.names:
            raise KeyError("no main document part")
        self.main_name = main
        self.document = ET.fromstring(archive.read(main))
        document_rels = self._relationships(_rels_of(main), posixpath.dirname(main))
        styles_name = document_rels.get(STYLES)
        self.styles = ET.fromstring(archive.read(styles_name)) if styles_name in self.names else None
        core_name = package_rels.get(CORE_PROPERTIES)
        self.core = ET.fromstring(archive.read(core_name)) if core_name in self.names else None
        self.targets = self._targets(_rels_of(main), posixpath.dirname(main))

    def _relationships(self, name: str, base: str) -> dict[str, str]:
        """Relationship type -> part name (the first of each type)."""
        found: dict[str, str] = {}
        if name not in self.names:
            return found
        for rel in ET.fromstring(self.archive.read(name)).iter(f"{PKG_REL}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            found.setdefault(rel.get("Type", ""), _resolve(base, rel.get("Target", "")))
        return found

    def _targets(self, name: str, base: str) -> dict[str, str]:
        """Relationship id -> part name, for naming pictures."""
        if name not in self.names:
            return {}
        rels = ET.fromstring(self.archive.read(name)).iter(f"{PKG_REL}Relationship")
        return {rel.get("Id", ""): _resolve(base, rel.get("Target", "")) for rel in rels}

    def xml_parts(self) -> Iterator[tuple[str, ET.Element]]:
        """Every XML part beside the main document (styles, numbering, settings, headers...)."""
        folder = posixpath.dirname(self.main_name)
        for name in sorted(self.names):
            if name.startswith(f"{folder}/") and name.endswith(".xml") and "/" not in name[len(folder) + 1 :]:
                yield name, ET.fromstring(self.archive.read(name))


def _has_page_field(root: ET.Element) -> bool:
    """Whether a header or footer part holds a PAGE field, simple or complex."""
    instructions = [field.get(f"{W}instr", "") for field in root.iter(f"{W}fldSimple")]
    instructions += [text.text or "" for text in root.iter(f"{W}instrText")]
    return any(instruction.split()[:1] == ["PAGE"] for instruction in instructions)


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(base, target))


class _Styles:
    """Style inheritance, enough to know a run's effective italic, underline, size and colour."""

    def __init__(self, root: ET.Element | None) -> None:
        self.by_id: dict[str, ET.Element] = {}
        self.default: dict[str, str] = {}
        self.defaults_rpr: ET.Element | None = None
        if root is None:
            return
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId", "")
            self.by_id[style_id] = style
            if style.get(f"{W}default") in ("1", "true", "on"):
                self.default[style.get(f"{W}type", "")] = style_id
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults_rpr = defaults

    def chain(self, style_id: str | None) -> list[ET.Element]:
        """The style and those it is based on, the most basic first."""
        found: list[ET.Element] = []
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            found.insert(0, style)
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return found

    def name(self, style_id: str) -> str:
        style = self.by_id.get(style_id)
        name = style.find(f"{W}name") if style is not None else None
        return (name.get(f"{W}val", "") if name is not None else style_id) or style_id

    def paragraph_style(self, paragraph: ET.Element) -> str | None:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        return style.get(f"{W}val") if style is not None else self.default.get("paragraph")

    def heading_level(self, paragraph: ET.Element) -> int | None:
        """1 to 9 for a heading (by built-in style name or outline level), else ``None``."""
        style_id = self.paragraph_style(paragraph)
        for style in reversed(self.chain(style_id)):
            match = re.fullmatch(r"heading ([1-9])", self.name(style.get(f"{W}styleId", "")).strip().lower())
            if match:
                return int(match.group(1))
        levels = [style.find(f"{W}pPr/{W}outlineLvl") for style in self.chain(style_id)]
        levels.append(paragraph.find(f"{W}pPr/{W}outlineLvl"))
        for level in reversed(levels):
            if level is not None:
                value = int(level.get(f"{W}val", "9"))
                return value + 1 if value < 9 else None
        return None

    def run_layers(self, paragraph: ET.Element, run: ET.Element) -> list[ET.Element]:
        """The ``w:rPr`` elements that apply to ``run``, the weakest first."""
        layers = [self.defaults_rpr] if self.defaults_rpr is not None else []
        for style in self.chain(self.paragraph_style(paragraph)):
            layers += style.findall(f"{W}rPr")
        run_style = run.find(f"{W}rPr/{W}rStyle")
        if run_style is not None:
            for style in self.chain(run_style.get(f"{W}val")):
                layers += style.findall(f"{W}rPr")
        layers += run.findall(f"{W}rPr")
        return layers

    def is_layout_table(self, table: ET.Element) -> bool:
        """A table in the default table style with no borders: what Word treats as layout."""
        style = table.find(f"{W}tblPr/{W}tblStyle")
        style_id = style.get(f"{W}val") if style is not None else self.default.get("table")
        if style_id not in (None, self.default.get("table"), "TableNormal"):
            return False
        borders = [table.find(f"{W}tblPr/{W}tblBorders")]
        borders += [cell for cell in table.iter(f"{W}tcBorders")]
        visible = [edge for group in borders if group is not None for edge in group if edge.get(f"{W}val") not in ("nil", "none", None)]
        return not visible


def _effective(layers: list[ET.Element], tag: str) -> ET.Element | None:
    for layer in reversed(layers):
        found = layer.find(f"{W}{tag}")
        if found is not None:
            return found
    return None


def _on(element: ET.Element | None) -> bool:
    return element is not None and element.get(f"{W}val", "true") not in ("0", "false", "off", "none")


class _Checker:
    def __init__(self, package: _Package, easy_read: bool, min_font_size: float | None) -> None:
        self.package = package
        self.styles = _Styles(package.styles)
        self.easy_read = easy_read
        self.min_font_size = min_font_size if min_font_size is not None else (EASY_READ_MINIMUM_PT if easy_read else None)
        self.findings: list[Finding] = []
        self.language: str | None = None
        self.paragraphs = 0
        self.tables = 0
        self.pictures = 0
        self.last_heading = 0
        self.cell_shading: ET.Element | None = None
        background = package.document.find(f"{W}background")
        self.page_colour = _hex(background.get(f"{W}color") if background is not None else None) or "FFFFFF"

    def add(self, rule: str, where: str, message: str) -> None:
        self.findings.append(Finding(rule, where, message))

    def run(self) -> list[Finding]:
        self.check_properties()
        self.check_language()
        body = self.package.document.find(f"{W}body")
        if body is not None:
            self.walk(list(body), cell=None)
        self.check_pictures()
        self.check_page_numbers()
        return self.findings

    # Page numbers

    def check_page_numbers(self) -> None:
        """Each section's page footer holds a page number; a section with no footer of its own follows the one before."""
        body = self.package.document.find(f"{W}body")
        sections = list(body.iter(f"{W}sectPr")) if body is not None else []
        numbered = False
        for number, section in enumerate(sections, start=1):
            references = [
                reference for reference in section.findall(f"{W}footerReference") if reference.get(f"{W}type", "default") == "default"
            ]
            if references:
                part = self.package.targets.get(references[0].get(f"{R}id", ""))
                numbered = (
                    part is not None and part in self.package.names and _has_page_field(ET.fromstring(self.package.archive.read(part)))
                )
            if not numbered:
                self.add(
                    "page-numbers",
                    f"section {number}",
                    "no page number in the footer: a reader cannot find, cite or put the pages in order",
                )

    # Document properties

    def check_properties(self) -> None:
        core = self.package.core
        title = core.findtext(f"{DC}title", "") if core is not None else ""
        if not title.strip():
            self.add("title", "core properties", "the document has no title (File > Info > Properties > Title)")
        author = core.findtext(f"{DC}creator", "") if core is not None else ""
        if not author.strip():
            self.add("author", "core properties", "the document has no author")
        elif author.strip().lower() in TOOL_AUTHORS:
            self.add("author", "core properties", f"the author is the tool {author.strip()!r}, not the publisher")
        language = core.findtext(f"{DC}language") if core is not None else None
        self.language = language.strip() if language is not None else None
        if self.language is not None and not self._acceptable(self.language):
            self.add("language", "core properties", f"the language is {self.language!r}, {self._why_not(self.language)}")

    def check_language(self) -> None:
        defaults = self.styles.defaults_rpr
        lang = defaults.find(f"{W}lang") if defaults is not None else None
        if lang is None or not lang.get(f"{W}val"):
            self.add("language", "styles: document defaults", "no default language (w:lang in w:docDefaults)")
        elif self.language is not None and lang.get(f"{W}val") != self.language:
            self.add(
                "language",
                "styles: document defaults",
                f"the default language {lang.get(f'{W}val')!r} is not the document's, {self.language!r}",
            )
        for name, root in self.package.xml_parts():
            for element in root.iter():
                if element.tag not in (f"{W}lang", f"{W}themeFontLang"):
                    continue
                value = element.get(f"{W}val")
                if element.tag == f"{W}themeFontLang" and not value:
                    self.add("language", f"{name}: theme font language", "no language for the theme fonts")
                elif value is not None and not self._acceptable(value):
                    owner = self._owner(root, element)
                    self.add("language", f"{name}: {owner}", f"language {value!r} {self._why_not(value)}")

    def _acceptable(self, value: str) -> bool:
        return is_tag(value) and (value != TEMPLATE_LANGUAGE or self.language == TEMPLATE_LANGUAGE)

    @staticmethod
    def _why_not(value: str) -> str:
        if not is_tag(value):
            return "is not a BCP 47 language tag"
        return f"is the template's {TEMPLATE_LANGUAGE}, not the document's language"

    def _owner(self, root: ET.Element, target: ET.Element) -> str:
        """A readable name for where an element sits: a style, the defaults, or a paragraph number."""
        for style in root.iter(f"{W}style"):
            if any(element is target for element in style.iter()):
                return f"style {self.styles.name(style.get(f'{W}styleId', ''))!r}"
        for number, paragraph in enumerate(root.iter(f"{W}p"), start=1):
            if any(element is target for element in paragraph.iter()):
                return f"paragraph {number}"
        if target.tag == f"{W}themeFontLang":
            return "theme font language"
        return "document defaults"

    # The body, in reading order

    def walk(self, elements: list[ET.Element], cell: str | None) -> None:
        for index, element in enumerate(elements):
            if element.tag == f"{W}p":
                self.paragraphs += 1
                after_table = index > 0 and elements[index - 1].tag == f"{W}tbl"
                last = cell is None and all(other.tag == f"{W}sectPr" for other in elements[index + 1 :])
                self.paragraph(element, cell, sole=cell is not None and len(elements) == 1, required=after_table and last)
            elif element.tag == f"{W}tbl":
                self.table(element)
            elif element.tag in (f"{W}sdt", f"{W}customXml"):
                content = element.find(f"{W}sdtContent")
                self.walk(list(content if content is not None else element), cell)

    def where(self, paragraph: ET.Element, cell: str | None) -> str:
        text = _text(paragraph).strip()
        quoted = f' "{text[:40]}{"…" if len(text) > 40 else ""}"' if text else ""
        return f"paragraph {self.paragraphs}{f' ({cell})' if cell else ''}{quoted}"

    def paragraph(self, paragraph: ET.Element, cell: str | None, sole: bool, required: bool) -> None:
        where = self.where(paragraph, cell)
        level = self.styles.heading_level(paragraph)
        text = _text(paragraph)
        if level is not None and text.strip():
            if level > self.last_heading + 1:
                before = f"follows heading {self.last_heading}" if self.last_heading else "comes before any heading 1"
                self.add("heading-order", where, f"heading {level} {before}: a level is skipped")
            self.last_heading = level
        if not text.strip() and not _has_content(paragraph) and not sole and not required:
            self.add("blank-paragraph", where, "empty paragraph: use paragraph spacing (Space Before/After) instead")
        if re.search(r"[ \t\u00a0]{2,}", text.strip("\t")) or re.search(r"\t{2,}", text):
            self.add("repeated-spaces", where, "repeated spaces or tabs: use indents, tab stops or a table instead")
        self.runs(paragraph, where, cell)

    def runs(self, paragraph: ET.Element, where: str, cell: str | None) -> None:
        fired: set[str] = set()
        for run in paragraph.iter(f"{W}r"):
            if not "".join(t.text or "" for t in run.iter(f"{W}t")).strip():
                continue
            layers = self.styles.run_layers(paragraph, run)
            size_element = _effective(layers, "sz")
            size = int(size_element.get(f"{W}val", "20")) / 2 if size_element is not None else 10.0
            bold = _on(_effective(layers, "b"))
            if self.easy_read and "italic" not in fired and _on(_effective(layers, "i")):
                fired.add("italic")
                self.add("italic", where, "italic text is hard to read: use bold for emphasis")
            if self.easy_read and "underline" not in fired and _on(_effective(layers, "u")):
                fired.add("underline")
                self.add("underline", where, "underlined text is hard to read and looks like a link: use bold for emphasis")
            if self.min_font_size is not None and "font-size" not in fired and size < self.min_font_size:
                fired.add("font-size")
                self.add("font-size", where, f"text is {size:g}pt; the smallest allowed is {self.min_font_size:g}pt")
            if "contrast" not in fired:
                problem = self.contrast(paragraph, run, layers, large=size >= 18 or (bold and size >= 14), in_cell=cell is not None)
                if problem:
                    fired.add("contrast")
                    self.add("contrast", where, problem)

    def contrast(self, paragraph: ET.Element, run: ET.Element, layers: list[ET.Element], *, large: bool, in_cell: bool) -> str:
        colour = _effective(layers, "color")
        foreground = _hex(colour.get(f"{W}val") if colour is not None else None)
        if foreground is None:
            return ""  # automatic colour: Word picks black or white against the background
        background = self.background(paragraph, run, in_cell)
        ratio = contrast_ratio(foreground, background)
        needed = 3.0 if large else 4.5
        if ratio + 1e-9 < needed:
            return f"text colour #{foreground} on #{background} has contrast {ratio:.2f}:1; at least {needed:g}:1 is needed"
        return ""

    def background(self, paragraph: ET.Element, run: ET.Element, in_cell: bool) -> str:
        highlight = run.find(f"{W}rPr/{W}highlight")
        if highlight is not None and highlight.get(f"{W}val") in HIGHLIGHTS:
            return HIGHLIGHTS[highlight.get(f"{W}val", "")]
        for shading in (run.find(f"{W}rPr/{W}shd"), paragraph.find(f"{W}pPr/{W}shd"), self.cell_shading if in_cell else None):
            fill = _hex(shading.get(f"{W}fill")) if shading is not None else None
            if fill:
                return fill
        return self.page_colour

    # Tables

    def table(self, table: ET.Element) -> None:
        self.tables += 1
        number = self.tables
        rows = table.findall(f"{W}tr")
        layout = self.styles.is_layout_table(table)
        header = bool(rows) and _on(rows[0].find(f"{W}trPr/{W}tblHeader"))
        where = f"table {number}"
        if layout and header:
            self.add("table-header", where, "a layout table (no style, no borders) has a header row: remove it, or style the table as data")
        if not layout and not header:
            self.add("table-header", where, "a data table has no header row: mark its first row 'Repeat as header row'")
        if not layout:
            merged = self.merged_cell(rows)
            if merged:
                self.add("merged-cells", f"{where}, {merged}", "merged cells in a data table confuse screen readers: split them")
        for row_number, row in enumerate(rows, start=1):
            for cell_number, cell in enumerate(row.findall(f"{W}tc"), start=1):
                saved = self.cell_shading
                self.cell_shading = cell.find(f"{W}tcPr/{W}shd")
                self.walk(
                    [child for child in cell if child.tag != f"{W}tcPr"], cell=f"table {number}, row {row_number}, cell {cell_number}"
                )
                self.cell_shading = saved

    @staticmethod
    def merged_cell(rows: list[ET.Element]) -> str:
        for row_number, row in enumerate(rows, start=1):
            for cell_number, cell in enumerate(row.findall(f"{W}tc"), start=1):
                span = cell.find(f"{W}tcPr/{W}gridSpan")
                if (span is not None and int(span.get(f"{W}val", "1")) > 1) or cell.find(f"{W}tcPr/{W}vMerge") is not None:
                    return f"row {row_number}, cell {cell_number}"
                if cell.find(f"{W}tcPr/{W}hMerge") is not None:
                    return f"row {row_number}, cell {cell_number}"
        return ""

    # Pictures

    def check_pictures(self) -> None:
        for drawing in self.package.document.iter(f"{W}drawing"):
            self.pictures += 1
            for frame in drawing:
                self.picture(frame)
        for pict in self.package.document.iter(f"{W}pict"):
            for shape in pict.iter(f"{V}shape"):
                if shape.find(f"{V}imagedata") is None:
                    continue
                self.pictures += 1
                if not (shape.get("alt") or "").strip():
                    self.add("alt-text", f"picture {self.pictures}", "no alternative text")

    def picture(self, frame: ET.Element) -> None:
        properties = frame.find(f"{WP}docPr")
        name = properties.get("name", "") if properties is not None else ""
        where = f"picture {self.pictures}" + (f" ({name})" if name else "")
        if frame.tag == f"{WP}anchor":
            self.add("floating-picture", where, "the picture floats over the text: set Wrap Text to 'In Line with Text'")
        if self.easy_read:
            self.picture_size(frame, where)
        if properties is None or any(element.tag == DECORATIVE and _on_plain(element) for element in properties.iter()):
            return
        alt = (properties.get("descr") or "").strip()
        if not alt:
            self.add("alt-text", where, "no alternative text: describe what the picture shows")
            return
        files = {posixpath.basename(target).lower() for target in self.package.targets.values()}
        blip = frame.find(f".//{A}blip")
        image = self.package.targets.get(blip.get(f"{R}embed", "")) if blip is not None else None
        if _looks_like_file_name(alt) or alt.lower() in files or (image and alt.lower() == posixpath.basename(image).lower()):
            self.add("alt-text-file-name", where, f"the alternative text {alt!r} is a file name: describe what the picture shows")
        elif re.fullmatch(r"(picture|image|img|graphic|photo|chart)\s*\d*", alt, re.IGNORECASE) or alt == name:
            self.add("alt-text-file-name", where, f"the alternative text {alt!r} is a default name: describe what the picture shows")

    def picture_size(self, frame: ET.Element, where: str) -> None:
        """The picture's box, and the part of it that is drawn (transparent or white margins left out), are large enough to see."""
        extent = frame.find(f"{WP}extent")
        blip = frame.find(f".//{A}blip")
        image = self.package.targets.get(blip.get(f"{R}embed", "")) if blip is not None else None
        if extent is None or image is None or image not in self.package.names:
            return
        width, height = (int(extent.get(side, "0")) / EMU_PER_CM for side in ("cx", "cy"))
        if max(width, height) < EASY_READ_PICTURE_CM:
            self.add(
                "picture-size",
                where,
                f"the picture is {max(width, height):.1f}cm on its longer side: make it at least {EASY_READ_PICTURE_CM:g}cm",
            )
            return
        from focusreport.pictures import drawn_share

        try:
            share_across, share_down = drawn_share(self.package.archive.read(image))
        except Exception:  # a picture Pillow cannot read is not measured here; Word shows nothing either
            return
        drawn = max(width * share_across, height * share_down)
        if drawn < EASY_READ_DRAWING_CM:
            self.add(
                "picture-size",
                where,
                f"what is drawn is {drawn:.1f}cm on its longer side (the rest is empty margin): crop the margin "
                f"or make the picture larger, so that the drawing is at least {EASY_READ_DRAWING_CM:g}cm",
            )


def _on_plain(element: ET.Element) -> bool:
    return element.get("val", "1") not in ("0", "false")


def _looks_like_file_name(text: str) -> bool:
    return re.fullmatch(r"\S+\.(png|jpe?g|gif|bmp|tiff?|svg|emf|wmf|webp|heic)", text, re.IGNORECASE) is not None


def _text(paragraph: ET.Element) -> str:
    parts = []
    for element in paragraph.iter():
        if element.tag == f"{W}t":
            parts.append(element.text or "")
        elif element.tag == f"{W}tab" and element.get(f"{W}val") is None:
            parts.append("\t")
    return "".join(parts)


def _has_content(paragraph: ET.Element) -> bool:
    """Pictures, objects, fields or a page or section break: a paragraph that is not blank."""
    for element in paragraph.iter():
        if element.tag in (f"{W}drawing", f"{W}pict", f"{W}object", f"{W}fldSimple", f"{W}instrText", f"{W}sectPr"):
            return True
        if element.tag == f"{W}br" and element.get(f"{W}type") in ("page", "column"):
            return True
    return False


def _hex(value: str | None) -> str | None:
    if value is None or not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return None
    return value.upper()


HIGHLIGHTS = {
    "yellow": "FFFF00",
    "green": "00FF00",
    "cyan": "00FFFF",
    "magenta": "FF00FF",
    "blue": "0000FF",
    "red": "FF0000",
    "darkBlue": "000080",
    "darkCyan": "008080",
    "darkGreen": "008000",
    "darkMagenta": "800080",
    "darkRed": "800000",
    "darkYellow": "808000",
    "darkGray": "808080",
    "lightGray": "C0C0C0",
    "black": "000000",
    "white": "FFFFFF",
}


def _luminance(colour: str) -> float:
    channels = [int(colour[index : index + 2], 16) / 255 for index in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours written as six hex digits (``"767676"``)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
