"""Make the outline of a report: the only code that walks the report's parts.

It decides, for every writer at once, the order of the parts, each heading's words and
level, the wording (full or easy), how a rating is phrased, what each code stands for,
how long each list is, and how each number is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from focusreport import numbers
from focusreport.easyread import HardTerm, load_hard_words
from focusreport.firstuse import first_use
from focusreport.languages import Language
from focusreport.model import (
    ContactPart,
    CreditsPart,
    GlossaryPart,
    GroupPart,
    Heading,
    Indicator,
    IndicatorsPart,
    Item,
    LegendPart,
    Level,
    ListPart,
    Part,
    QuotesPart,
    RatedListPart,
    Report,
    Scale,
    SectionPart,
    Theme,
    ThemesPart,
    walk_parts,
)
from focusreport.model import Picture as ModelPicture
from focusreport.model import Rating as ModelRating
from focusreport.outline import (
    EASY,
    FULL,
    WORDINGS,
    Block,
    Cell,
    Contact,
    ContactLine,
    Definition,
    Definitions,
    ItemList,
    LanguageLink,
    ListItem,
    Outline,
    Paragraph,
    Picture,
    Quote,
    Rating,
    Row,
    Section,
    Spans,
    Strong,
    Table,
    Text,
    plain,
)
from focusreport.resources import locales_dir
from focusreport.spans import fill, mark_matches
from focusreport.strings import Strings

TOP_LEVEL = 2
"""The level of a top-level section's heading; the document's title is level 1."""


def make_outline(report: Report, strings: Strings, *, wording: str = FULL, links: Mapping[Language, str] | None = None) -> Outline:
    """The outline of ``report`` in ``wording`` (``full`` or ``easy``), with the library's words from ``strings``.

    ``links`` names the files of the same format in other languages, built alongside
    (``{language: file name}``): each becomes a link worded in its own language.
    """
    if wording not in WORDINGS:
        raise ValueError(f"unknown wording {wording!r}; wordings: {', '.join(WORDINGS)}")
    return _Outliner(report, strings, wording).outline(links or {})


def language_links(report: Report, links: Mapping[Language, str]) -> tuple[LanguageLink, ...]:
    """A link to each file of the report in another language, worded in that language, in the report's order."""
    read_in = dict(report.read_in)
    return tuple(
        LanguageLink(language, read_in[language], links[language])
        for language in report.languages
        if language in links and language in read_in and language != report.language
    )


def hard_word_patterns(report: Report, words: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    """One pattern per glossary word, matching it in every form the language's hard-word list gives
    ("councillor*" matches "councillors"; Welsh mutations are listed as forms); a word the list lacks
    matches as written."""
    if not words:
        return ()
    folders = (locales_dir(),) if report.words is None else (report.words.parent, locales_dir())
    listed = load_hard_words([report.language], *folders).get(report.language, ())
    patterns = []
    for word in words:
        term = next((term for term in listed if term.explained_by([word])), None)
        patterns.append((term or HardTerm.of([word])).pattern)
    return tuple(patterns)


class _Outliner:
    def __init__(self, report: Report, strings: Strings, wording: str) -> None:
        self.report = report
        self.strings = strings
        self.easy = wording == EASY
        self.wording = wording
        self.hard_words = tuple(word.word for word in report.glossary()) if self.easy else ()
        self.hard_patterns = hard_word_patterns(report, self.hard_words)
        self.anchors: set[str] = set()
        self.pictures: dict[str, Picture] = {}
        self.themes = {theme.id: theme for part in walk_parts(report.parts) if isinstance(part, ThemesPart) for theme in part.themes}

    # Words

    def format(self, message_id: str, **arguments: object) -> str:
        return self.strings.format(message_id, **arguments)

    def words(self, item: Item) -> str:
        return item.easy if self.easy and item.easy else item.text

    def spans(self, text: str) -> Spans:
        """Words of the report, with its hard words marked in easy wording, in every form the hard-word list gives them."""
        return mark_matches(text, self.hard_patterns)

    def heading(self, heading: Heading, ready_made: str) -> str:
        if heading.text is None:
            return self.format(ready_made)
        return heading.easy if self.easy and heading.easy else heading.text

    def anchor(self, wanted: str) -> str:
        anchor, number = wanted, 2
        while anchor in self.anchors:
            anchor, number = f"{wanted}-{number}", number + 1
        self.anchors.add(anchor)
        return anchor

    def picture(self, picture: ModelPicture | None) -> Picture | None:
        if picture is None:
            return None
        if picture.id not in self.pictures:
            self.pictures[picture.id] = Picture(picture.id, picture.path, picture.media_type, picture.alt)
        return self.pictures[picture.id]

    def announce_list(self, count: int) -> str:
        return self.format("list-announce", count=count)

    def item_list(self, items: Sequence[Item]) -> ItemList:
        entries = tuple(ListItem(self.spans(self.words(item)), self.picture(item.picture)) for item in items)
        return ItemList(entries, self.announce_list(len(entries)))

    def level_meaning(self, level: Level) -> str:
        return level.easy if self.easy and level.easy else level.meaning

    def rating(self, scale: Scale, level: Level) -> Rating:
        meaning = self.level_meaning(level)
        phrase = fill(self.strings, "rating-with-meaning", rating=Strong(level.name), meaning=meaning)
        return Rating(
            scale_id=scale.id,
            scale_name=scale.name,
            level_id=level.id,
            name=level.name,
            meaning=meaning,
            spans=phrase,
            position=scale.levels.index(level) + 1,
            count=len(scale.levels),
            colour=level.colour,
            picture=self.picture(level.picture),
        )

    def of(self, rating: ModelRating) -> Rating:
        return self.rating(rating.scale, rating.level)

    def line(self, label: str, values: Sequence[tuple[str, str]]) -> str:
        """A table row as one line: the row's label, then each column's name and value.

        A full stop that ends the label or a value before the last is dropped, so that the
        line never reads "….: Green" or "….; Trend".
        """
        if len(values) == 1:
            return self.format("labelled-value", label=_unstopped(label), value=values[0][1])
        last = len(values) - 1
        pairs = (
            self.format("labelled-value", label=name, value=value if index == last else _unstopped(value))
            for index, (name, value) in enumerate(values)
        )
        return self.format("labelled-value", label=_unstopped(label), value=self.format("value-separator").join(pairs))

    # The document

    def outline(self, links: Mapping[Language, str]) -> Outline:
        report = self.report
        sections = first_use([section for part in report.parts for section in self.part(part, TOP_LEVEL)], self.hard_patterns)
        subtitle = report.easy_subtitle if self.easy and report.easy_subtitle else report.subtitle
        cover = report.cover if self.easy else None
        return Outline(
            report_id=report.id,
            language=report.language,
            wording=self.wording,
            title=self.format("document-title", title=report.title, subtitle=subtitle),
            report_title=report.title,
            subtitle=subtitle,
            council=report.council,
            period=report.period,
            subject=self.format("document-subject", council=report.council, period=report.period),
            published=report.published,
            contents_title=self.format("contents-heading"),
            contents_announcement=self.announce_list(len(sections)),
            front=(Paragraph((Text(self.format("published-by", council=report.council)),)),),
            sections=sections,
            pictures=tuple(self.pictures.values()),
            credits=tuple(credit.text for credit in report.credits),
            other_languages=language_links(report, links),
            hard_words=self.hard_words,
            pronunciations=report.pronunciations,
            cover=Picture(cover.id, cover.path, cover.media_type, cover.alt) if cover else None,
        )

    def part(self, part: Part, level: int) -> Iterator[Section]:
        if isinstance(part, SectionPart):
            yield self.section_part(part, level)
        elif isinstance(part, RatedListPart):
            yield self.rated_list(part, level)
        elif isinstance(part, ThemesPart):
            yield from (self.theme(theme, level) for theme in part.themes)
        elif isinstance(part, IndicatorsPart):
            yield self.indicators(part, level)
        elif isinstance(part, ListPart):
            yield self.list_part(part, level)
        elif isinstance(part, QuotesPart):
            yield self.quotes(part, level)
        elif isinstance(part, GlossaryPart):
            yield self.glossary(part, level)
        elif isinstance(part, ContactPart):
            yield self.contact(part, level)
        elif isinstance(part, LegendPart):
            yield self.legend(part, level)
        elif isinstance(part, CreditsPart):
            yield self.credits(part, level)
        elif isinstance(part, GroupPart):
            children = tuple(section for inner in part.parts for section in self.part(inner, level + 1))
            yield Section(self.anchor(part.heading.id), self.heading(part.heading, ""), level, "group", (), children)

    def section_part(self, part: SectionPart, level: int) -> Section:
        paragraphs = tuple(Paragraph(self.spans(self.words(item)), self.picture(item.picture)) for item in part.paragraphs)
        title = self.heading(part.heading, "")
        return Section(self.anchor(part.heading.id), title, level, "section", paragraphs, picture=self.picture(part.picture))

    def rated_list(self, part: RatedListPart, level: int) -> Section:
        title = self.heading(part.heading, "")
        coded = not self.easy and all(item.code for item in part.items)
        blocks: list[Block] = []
        if coded:
            blocks += self.codes(part)
        item_column = part.column or title
        header = ([self.format("column-code")] if coded else []) + [item_column] + [scale.name for scale in part.scales]
        rows = []
        for rated in part.items:
            ratings = [self.of(rating) for rating in rated.ratings]
            words = self.words(rated.item)
            cells = ([Cell((Text(rated.code or ""),))] if coded else []) + [Cell(self.spans(words))]
            cells += [Cell(rating.spans, rating) for rating in ratings]
            label = self.format("coded-title", code=rated.code, title=words) if coded else words
            values = [(rating.scale_name, rating.text) for rating in ratings]
            rows.append(Row(tuple(cells), self.picture(rated.item.picture), self.line(label, values)))
        weights = ((1,) if coded else ()) + (4,) + (4,) * len(part.scales)
        caption = part.heading.caption or title
        blocks.append(Table(caption, tuple(header), tuple(rows), self.format("table-announce", count=len(rows)), weights))
        return Section(self.anchor(part.heading.id), title, level, "rated-list", tuple(blocks))

    def codes(self, part: RatedListPart) -> list[Block]:
        """What the start of each code stands for: a theme's code and name, for the themes the list's items belong to."""
        used = dict.fromkeys(item.theme_id for item in part.items if item.theme_id)
        themes = [self.themes[theme_id] for theme_id in used if theme_id in self.themes and self.themes[theme_id].code]
        if not themes:
            return []
        entries = tuple(ListItem((Text(self.format("code-meaning", code=theme.code, theme=theme.name)),)) for theme in themes)
        origin = [Paragraph((Text(self.report.codes_origin),))] if self.report.codes_origin else []
        return [Paragraph((Text(self.format("codes-intro")),)), ItemList(entries, self.announce_list(len(entries))), *origin]

    def theme(self, theme: Theme, level: int) -> Section:
        summary = theme.easy_summary if self.easy and theme.easy_summary else theme.summary
        title = self.format("theme-heading", theme=theme.name, summary=summary) if summary else theme.name
        anchor = self.anchor(theme.id)
        lists = []
        for listing in theme.lists:
            blocks: list[Block] = []
            if listing.ready_made is not None:
                heading = self.format(f"{listing.ready_made}-heading")
                if listing.ready_made == "aims":
                    blocks.append(Paragraph((Text(self.format("aims-intro")),)))
            else:
                heading = listing.easy_heading if self.easy and listing.easy_heading else listing.heading or ""
            blocks.append(self.item_list(listing.items))
            lists.append(Section(self.anchor(listing.id), heading, level + 1, "theme-list", tuple(blocks)))
        return Section(anchor, title, level, "theme", (), tuple(lists), self.picture(theme.picture))

    def indicators(self, part: IndicatorsPart, level: int) -> Section:
        title = self.heading(part.heading, "")
        indicators = part.indicators
        columns: list[tuple[str, str]] = [("measure", self.format("column-measure"))]
        if any(indicator.previous is not None for indicator in indicators):
            columns.append(("previous", part.previous_label or self.format("column-previous")))
        if any(indicator.current is not None for indicator in indicators):
            columns.append(("current", part.current_label or self.format("column-current")))
        if any(indicator.target is not None for indicator in indicators):
            columns.append(("target", self.format("column-target")))
        if part.scale is not None and any(indicator.status is not None for indicator in indicators):
            columns.append(("status", part.scale.name))
        if any(indicator.trend is not None for indicator in indicators):
            columns.append(("trend", self.format("column-trend")))
        missing = self.format("value-missing")
        rows = []
        for indicator in indicators:
            cells = [Cell(self.spans(self.words(indicator.measure)))]
            values: list[tuple[str, str]] = []
            for key, name in columns[1:]:
                cell = self.indicator_cell(indicator, key, missing, self.digits(indicator))
                cells.append(cell)
                values.append((name, plain(cell.spans)))
            label = self.words(indicator.measure)
            rows.append(Row(tuple(cells), None, self.line(label, values)))
        weights = (4, *(3 if key == "status" else 2 for key, _ in columns[1:]))
        caption = part.heading.caption or title
        table = Table(caption, tuple(name for _, name in columns), tuple(rows), self.format("table-announce", count=len(rows)), weights)
        return Section(self.anchor(part.heading.id), title, level, "indicators", (table,))

    def digits(self, indicator: Indicator) -> int:
        """Decimals for every value of one indicator alike: the most any is written with; none in easy wording."""
        if self.easy:
            return 0
        given = [value for value in (indicator.previous, indicator.current, indicator.target) if value is not None]
        return max((numbers.decimals(value, indicator.unit) for value in given), default=0)

    def indicator_cell(self, indicator: Indicator, key: str, missing: str, digits: int) -> Cell:
        if key == "status":
            if indicator.status is None:
                return Cell((Text(missing),))
            rating = self.of(indicator.status)
            return Cell(rating.spans, rating)
        if key == "trend":
            return Cell((Text(self.format(f"trend-{indicator.trend}") if indicator.trend else missing),))
        value: Decimal | None = getattr(indicator, key)
        if value is None:
            return Cell((Text(missing),))
        if self.easy:
            value = value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return Cell((Text(numbers.format_value(value, indicator.unit, self.strings.locale, self.report.currency, digits)),))

    def list_part(self, part: ListPart, level: int) -> Section:
        blocks: list[Block] = []
        if part.intro:
            blocks.append(Paragraph((Text(part.intro),)))
        blocks.append(self.item_list(part.items))
        title = self.heading(part.heading, f"{part.kind}-heading")
        return Section(self.anchor(part.heading.id), title, level, part.kind, tuple(blocks))

    def quotes(self, part: QuotesPart, level: int) -> Section:
        blocks = tuple(Quote(self.spans(self.words(quote.item)), quote.source, self.picture(quote.item.picture)) for quote in part.quotes)
        return Section(self.anchor(part.heading.id), self.heading(part.heading, ""), level, "quotes", blocks)

    def glossary(self, part: GlossaryPart, level: int) -> Section:
        entries = tuple(
            Definition(
                word.word,
                self.spans(word.explanation),
                self.picture(word.picture),
                self.format("labelled-value", label=word.word, value=word.explanation),
            )
            for word in part.words
        )
        title = self.heading(part.heading, "glossary-heading")
        block = Definitions(entries, self.announce_list(len(entries)))
        return Section(self.anchor(part.heading.id), title, level, "glossary", (block,))

    def contact(self, part: ContactPart, level: int) -> Section:
        lines = []

        def add(kind: str, value: str, target: str | None) -> None:
            label = self.format(f"contact-{kind}")
            lines.append(ContactLine(kind, label, value, target, self.format("labelled-value", label=label, value=value)))

        if part.phone:
            add("phone", part.phone, "tel:" + "".join(char for char in part.phone if char.isdigit() or char == "+"))
        if part.email:
            add("email", part.email, f"mailto:{part.email}")
        if part.web:
            add("web", part.web, part.web)
        if part.address:
            add("address", self.format("address-separator").join(part.address), None)
        blocks: tuple[Block, ...] = (Paragraph((Text(self.format("contact-other-formats")),)), Contact(tuple(lines)))
        title = self.heading(part.heading, "contact-heading")
        return Section(self.anchor(part.heading.id), title, level, "contact", blocks)

    def legend(self, part: LegendPart, level: int) -> Section:
        title = self.heading(part.heading, "legend-heading")
        anchor = self.anchor(part.heading.id)
        scales = self.report.scales

        def levels(scale: Scale) -> ItemList:
            ratings = [self.rating(scale, entry) for entry in scale.levels]
            items = tuple(ListItem(rating.spans, rating.picture, (rating,)) for rating in ratings)
            return ItemList(items, self.announce_list(len(items)))

        if len(scales) == 1:
            return Section(anchor, title, level, "legend", (levels(scales[0]),))
        subsections = tuple(
            Section(self.anchor(f"{anchor}-{scale.id}"), scale.name, level + 1, "legend-scale", (levels(scale),)) for scale in scales
        )
        return Section(anchor, title, level, "legend", (), subsections)

    def credits(self, part: CreditsPart, level: int) -> Section:
        blocks = tuple(Paragraph((Text(credit.text),)) for credit in self.report.credits)
        return Section(self.anchor(part.heading.id), self.heading(part.heading, "credits-heading"), level, "credits", blocks)


def _unstopped(text: str) -> str:
    """``text`` without one closing full stop (an ellipsis stays)."""
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text
