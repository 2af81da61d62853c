"""The report as one HTML page: landmarks, contents, headings in order, data tables.

Reading order and structure carry the meaning, so the page reads the same without
its style sheet: a skip link, a header, the report in ``main`` (title, contents,
sections), and a footer. Ratings are written in words with their meaning; the
coloured icon beside each is decoration.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from urllib.parse import quote

from focusreport import Item, Language, Picture, Rating, Report, Strings
from focusreport_html.icons import rating_icon
from focusreport_html.markup import Child, Element, Trusted, h
from focusreport_html.phrases import fill

# Widths in CSS pixels, for when the style sheet is missing; it sizes them in rem.
PICTURE_WIDTH = "48"
HEADLINE_PICTURE_WIDTH = "64"


def section_id(section_id: str) -> str:
    """The fragment of an introduction section; the prefix keeps it apart from the fixed fragments."""
    return f"section-{section_id}"


def theme_id(theme: str) -> str:
    """The fragment of a theme's section."""
    return f"theme-{theme}"


class PageBuilder:
    """Turns one report into the element tree of its page."""

    def __init__(self, report: Report, strings: Strings, *, easy: bool, companions: Mapping[Language, str], style: str) -> None:
        self.report = report
        self.strings = strings
        self.easy = easy
        self.companions = companions
        self.style = style

    def words(self, item: Item) -> str:
        return item.easy if self.easy and item.easy else item.text

    def page(self) -> Element:
        report, strings = self.report, self.strings
        title = strings.format("document-title", title=report.title, subtitle=report.subtitle)
        subject = strings.format("document-subject", council=report.council, period=report.period)
        head = h(
            "head",
            None,
            h("meta", {"charset": "utf-8"}),
            h("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
            h("meta", {"name": "color-scheme", "content": "light dark"}),
            h("title", None, title),
            h("meta", {"name": "description", "content": subject}),
            h("meta", {"name": "author", "content": report.council}),
            h("style", None, Trusted(self.style)),
        )
        body = h(
            "body",
            None,
            h("a", {"class": "skip-link", "href": "#main"}, strings.format("html-skip-link")),
            self.header(),
            h("main", {"id": "main", "tabindex": "-1"}, *self.main(title, subject)),
            self.footer(),
        )
        return h("html", {"lang": report.language.tag, "dir": "ltr"}, head, body)

    def header(self) -> Element:
        return h("header", None, h("p", {"class": "council"}, self.report.council), *self.other_languages())

    def other_languages(self) -> list[Element]:
        """A link to each companion file, its words and target marked with their language."""
        links = []
        for language in sorted(self.companions, key=lambda language: language.value):
            attributes = {"href": quote(self.companions[language]), "hreflang": language.tag, "lang": language.tag}
            links.append(h("p", {"class": "other-language"}, h("a", attributes, self.strings.format("html-other-language"))))
        return links

    def footer(self) -> Element:
        strings = self.strings
        return h(
            "footer",
            None,
            h("p", None, strings.format("published-by", council=self.report.council)),
            h("p", None, strings.format("accessibility-summary")),
        )

    def contents(self) -> list[tuple[str, str]]:
        """(fragment, heading) of every section, in reading order."""
        report, strings = self.report, self.strings
        entries = [(section_id(section.id), self.section_heading(section.heading, section.easy_heading)) for section in report.introduction]
        entries += [("ratings", strings.format("legend-heading")), ("summary", strings.format("summary-heading"))]
        entries += [(theme_id(theme.id), self.theme_heading(theme.name, theme.summary, theme.easy_summary)) for theme in report.themes]
        entries.append(("principles", strings.format("principles-heading")))
        if report.glossary:
            entries.append(("hard-words", strings.format("glossary-heading")))
        if report.credits:
            entries.append(("pictures", strings.format("credits-heading")))
        return entries

    def section_heading(self, heading: str, easy: str | None) -> str:
        return easy if self.easy and easy else heading

    def theme_heading(self, name: str, summary: str, easy: str | None) -> str:
        return self.strings.format("theme-heading", theme=name, summary=easy if self.easy and easy else summary)

    def main(self, title: str, subject: str) -> list[Element]:
        report, strings = self.report, self.strings
        headings = dict(self.contents())
        nav_items = [h("li", None, h("a", {"href": f"#{fragment}"}, heading)) for fragment, heading in self.contents()]
        parts: list[Element] = [
            h("h1", None, title),
            h("p", {"class": "lead"}, subject),
            h(
                "nav",
                {"aria-labelledby": "contents"},
                h("h2", {"id": "contents"}, strings.format("contents-heading")),
                h("ol", {"class": "contents"}, *nav_items),
            ),
        ]
        for section in report.introduction:
            fragment = section_id(section.id)
            parts.append(h("h2", {"id": fragment}, headings[fragment]))
            parts += self.picture_block(section.picture)
            parts += [h("p", None, *self.beside(paragraph.picture, self.words(paragraph))) for paragraph in section.paragraphs]
        parts.append(h("h2", {"id": "ratings"}, headings["ratings"]))
        parts.append(
            h(
                "ul",
                {"class": "legend"},
                *(h("li", None, *self.beside(entry.picture, self.rating(entry.rating))) for entry in report.legend),
            )
        )
        parts += self.summary(headings["summary"])
        for theme in report.themes:
            fragment = theme_id(theme.id)
            parts.append(h("h2", {"id": fragment}, headings[fragment]))
            parts += self.picture_block(theme.picture)
            parts.append(h("h3", None, strings.format("aims-heading")))
            parts.append(h("p", None, strings.format("aims-intro")))
            parts.append(self.item_list(theme.aims))
            parts.append(h("h3", None, strings.format("actions-heading")))
            parts.append(self.item_list(theme.actions))
            parts.append(h("h3", None, strings.format("impacts-heading")))
            parts.append(self.item_list(theme.impacts))
        parts.append(h("h2", {"id": "principles"}, headings["principles"]))
        parts.append(self.item_list(report.principles))
        if report.glossary:
            parts.append(h("h2", {"id": "hard-words"}, headings["hard-words"]))
            definitions: list[Child] = []
            for word in report.glossary:
                definitions.append(h("dt", None, word.word))
                definitions.append(h("dd", None, *self.beside(word.picture, word.explanation)))
            parts.append(h("dl", {"class": "hard-words"}, *definitions))
        if report.credits:
            parts.append(h("h2", {"id": "pictures"}, headings["pictures"]))
            parts += [h("p", None, credit.text) for credit in report.credits]
        return parts

    def summary(self, heading: str) -> list[Element]:
        report, strings = self.report, self.strings
        priorities = self.table(
            strings.format("priorities-caption"),
            strings.format("column-priority"),
            [(self.labelled(priority.title, self.words(priority.title)), priority.rating) for priority in report.priorities],
        )
        objectives = self.table(
            strings.format("objectives-caption"),
            strings.format("column-objective"),
            [
                (
                    self.labelled(
                        objective.title, strings.format("objective-label", code=objective.code, title=self.words(objective.title))
                    ),
                    objective.rating,
                )
                for objective in report.objectives
            ],
        )
        codes = [h("li", None, strings.format("code-meaning", code=theme.code, theme=theme.name)) for theme in report.themes]
        return [
            h("h2", {"id": "summary"}, heading),
            h("h3", None, strings.format("priorities-heading")),
            priorities,
            h("h3", None, strings.format("objectives-heading")),
            h("p", None, strings.format("codes-intro")),
            h("ul", {"class": "codes"}, *codes),
            objectives,
        ]

    def labelled(self, item: Item, label: str) -> list[Child]:
        return self.beside(item.picture, label)

    def table(self, caption: str, first_column: str, rows: Iterable[tuple[list[Child], Rating]]) -> Element:
        """A data table with a caption and header cells.

        The explicit roles repeat what the elements mean: the style sheet turns rows
        into blocks in a narrow column, and some browsers then forget the table.
        """
        outcome = self.strings.format("column-outcome")
        header = h("tr", {"role": "row"}, *(h("th", {"scope": "col", "role": "columnheader"}, name) for name in (first_column, outcome)))
        body = [
            h("tr", {"role": "row"}, h("th", {"scope": "row", "role": "rowheader"}, *label), h("td", {"role": "cell"}, self.rating(rating)))
            for label, rating in rows
        ]
        return h(
            "table",
            {"class": "summary", "role": "table"},
            h("caption", None, caption),
            h("thead", {"role": "rowgroup"}, header),
            h("tbody", {"role": "rowgroup"}, *body),
        )

    def rating(self, rating: Rating) -> Element:
        """The rating's icon, its name in bold and its meaning, in the translator's word order."""
        meaning = self.report.meaning_of(rating)
        words = fill(self.strings, "rating-with-meaning", rating=h("strong", None, meaning.name), meaning=meaning.meaning)
        return h("span", {"class": f"rating rating-{rating.value}"}, rating_icon(rating), h("span", None, *words))

    def item_list(self, items: Iterable[Item]) -> Element:
        return h("ul", None, *(h("li", None, *self.beside(item.picture, self.words(item))) for item in items))

    def beside(self, picture: Picture | None, *content: Child) -> list[Child]:
        """``content`` with its picture on the left, when it has one: one idea per row."""
        if picture is None:
            return list(content)
        return [h("span", {"class": "with-picture"}, self.image(picture, "picture", PICTURE_WIDTH), h("span", None, *content))]

    def picture_block(self, picture: Picture | None) -> list[Element]:
        """A section's or a theme's own picture, under its heading."""
        if picture is None:
            return []
        return [h("p", {"class": "headline-picture"}, self.image(picture, "picture", HEADLINE_PICTURE_WIDTH))]

    @staticmethod
    def image(picture: Picture, css_class: str, width: str) -> Element:
        """The picture embedded as a data URI, so that the page needs no other file."""
        data = base64.b64encode(picture.path.read_bytes()).decode("ascii")
        return h("img", {"class": css_class, "src": f"data:{picture.media_type};base64,{data}", "alt": picture.alt, "width": width})
