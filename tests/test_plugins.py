"""Third-party writers: installed by pip, found through entry points, broken ones listed apart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import focusreport
from focusreport import discover
from focusreport.model import IndicatorsPart, RatedListPart, walk_parts
from focusreport.writers import interface_problems

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "example-plugin"


def _pip_install(target: Path, *projects: Path) -> None:
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--no-build-isolation"]
    subprocess.run([*command, "--target", str(target), *map(str, projects)], check=True, capture_output=True)


def _distribution(folder: Path, name: str, module: str, entry: str, code: str) -> Path:
    """A minimal distribution with one module and one entry point under focusreport.writers."""
    (folder / name).mkdir(parents=True)
    (folder / name / f"{module}.py").write_text(textwrap.dedent(code), encoding="utf-8")
    (folder / name / "pyproject.toml").write_text(
        textwrap.dedent(f"""
        [build-system]
        requires = ["hatchling"]
        build-backend = "hatchling.build"
        [project]
        name = "{name}"
        version = "1.0"
        [project.entry-points."focusreport.writers"]
        {entry}
        [tool.hatch.build.targets.wheel]
        include = ["{module}.py"]
        """),
        encoding="utf-8",
    )
    return folder / name


def _cli(target: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(target)}
    script = Path(sys.executable).with_name("focusreport")
    return subprocess.run([str(script), *arguments], capture_output=True, text=True, env=environment, check=False)


@pytest.fixture(scope="module")
def plugins(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plugin and two broken ones, installed with pip into one folder."""
    sources = tmp_path_factory.mktemp("sources")
    broken_import = _distribution(
        sources,
        "focusreport-embosser",
        "focusreport_embosser",
        'embosser = "focusreport_embosser:EmbosserWriter"',
        "raise ImportError('the embosser library is not installed')\n",
    )
    not_a_writer = _distribution(
        sources,
        "focusreport-half-done",
        "focusreport_half_done",
        'half = "focusreport_half_done:HalfWriter"',
        """
        class HalfWriter:
            name = "half"
            extension = ".txt"
        """,
    )
    target = tmp_path_factory.mktemp("site")
    _pip_install(target, EXAMPLE, broken_import, not_a_writer)
    return target


def test_a_pip_installed_plugin_is_listed_by_formats(plugins: Path) -> None:
    result = _cli(plugins, "formats")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["json", ".json", "Every rating in the report's tables as open data (JSON)"] in rows


def test_broken_plugins_are_listed_with_their_reason_and_the_others_still_work(plugins: Path) -> None:
    lines = _cli(plugins, "formats").stdout.splitlines()
    assert "embosser\tBROKEN\tfocusreport-embosser: ImportError: the embosser library is not installed" in lines
    half = next(line for line in lines if line.startswith("half\tBROKEN"))
    assert "description must be a non-empty string" in half and "render(source) must be a method" in half
    assert "extension must be written without a dot" in half
    assert any(line.startswith("text\t.txt\t") for line in lines)


def test_a_plugin_builds_through_the_cli_with_its_own_option(plugins: Path, tmp_path: Path) -> None:
    result = _cli(plugins, "build", "--format", "json", "--lang", "cy", "--option", "indent=0", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "wrexham-2019-20.json.cy.json").read_text(encoding="utf-8"))
    assert data["language"] == "cy-GB"
    # One record per rated row of the report's tables, in reading order: counted from the content, not the output.
    report = focusreport.load(focusreport.bundled_content_dir(), "cy")
    rated = [rated for part in walk_parts(report.parts) if isinstance(part, RatedListPart) for rated in part.items]
    assert not any(isinstance(part, IndicatorsPart) for part in walk_parts(report.parts))
    assert len(data["ratings"]) == len(rated)
    assert [record["item"][0] for record in data["ratings"]] == [rated.code or rated.item.text for rated in rated]
    objective = data["ratings"][next(index for index, rated in enumerate(rated) if rated.code == "E1")]
    assert objective["ratings"] == [
        {
            "scale": "outcome",
            "scale_name": "Canlyniad cyffredinol",
            "level": "green",
            "name": "Gwyrdd",
            "meaning": "Mae cynnydd da yn cael ei wneud ac mae canlyniadau'n gwella.",
            "position": 1,
            "of": 3,
        }
    ]


def test_a_plugin_option_is_validated(plugins: Path, tmp_path: Path) -> None:
    result = _cli(plugins, "build", "--format", "json", "--option", "indent=12", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "option 'indent' must be at most 8, not 12" in result.stderr
    assert not list(tmp_path.iterdir())


def test_building_a_broken_format_names_the_reason(plugins: Path, tmp_path: Path) -> None:
    result = _cli(plugins, "build", "--format", "embosser", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "format 'embosser' is broken: ImportError: the embosser library is not installed" in result.stderr


def test_a_plugin_renders_through_the_python_api(plugins: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(plugins))
    registry = discover()
    assert registry.distributions["json"] == "focusreport-json"
    report = focusreport.load(focusreport.bundled_content_dir(), "en")
    data = json.loads(focusreport.render_format(report, "json", {"indent": "4"}, registry=registry))
    assert data["ratings"][3] == {
        "table": "In-year priorities and their overall outcome",
        "item": ["Improving secondary education"],
        "ratings": [
            {
                "scale": "outcome",
                "scale_name": "Overall outcome",
                "level": "red",
                "name": "Red",
                "meaning": "Performance is off-track and outcomes are not improving.",
                "position": 3,
                "of": 3,
            }
        ],
    }


def test_two_writers_with_one_name_are_an_error_naming_both_distributions(tmp_path: Path) -> None:
    clash = _distribution(
        tmp_path / "sources",
        "focusreport-other-text",
        "focusreport_other_text",
        'text = "focusreport_other_text:OtherText"',
        """
        from focusreport_text import TextWriter as OtherText
        """,
    )
    _pip_install(tmp_path / "site", clash)
    result = _cli(tmp_path / "site", "formats")
    reason = "the name 'text' is claimed by both focusreport and focusreport-other-text"
    assert f"text\tBROKEN\tfocusreport: {reason}" in result.stdout.splitlines()
    assert f"text\tBROKEN\tfocusreport-other-text: {reason}" in result.stdout.splitlines()
    built = _cli(tmp_path / "site", "build", "--format", "text", "--out", str(tmp_path / "out"))
    assert built.returncode == 2 and reason in built.stderr


def test_every_built_in_writer_satisfies_the_interface() -> None:
    registry = discover()
    assert not registry.broken
    for name, writer in registry.writers.items():
        assert interface_problems(writer) == [], name
        assert isinstance(writer, focusreport.Writer)
        assert registry.distributions[name] == "focusreport"


class _Volumes:
    """A writer with words of its own, shipped beside it in ``locales/<locale>/volumes.ftl``."""

    name, extension, media_type, description = "volumes", "txt", "text/plain", "Says how many volumes"
    options: tuple[focusreport.Option, ...] = ()

    def __init__(self, locales: Path) -> None:
        self.locales = locales

    def render(self, source: focusreport.WriterInput) -> bytes:
        return source.strings.format("volumes-count", count=2).encode("utf-8")


def test_a_writer_brings_its_own_words_in_every_language(tmp_path: Path) -> None:
    for locale, words in (("en-GB", "Volume count: { $count }"), ("cy", "Nifer y cyfrolau: { $count }")):
        (tmp_path / "locales" / locale).mkdir(parents=True)
        (tmp_path / "locales" / locale / "volumes.ftl").write_text(f"volumes-count = {words}\n", encoding="utf-8")
    registry = focusreport.Registry({"volumes": _Volumes(tmp_path / "locales")}, {"volumes": "tests"})
    outputs = focusreport.build(focusreport.bundled_content_dir(), tmp_path / "out", formats=["volumes"], registry=registry)
    assert [output.path.read_text(encoding="utf-8") for output in outputs] == ["Volume count: 2", "Nifer y cyfrolau: 2"]


def test_a_writer_without_words_for_a_language_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "locales" / "en-GB").mkdir(parents=True)
    (tmp_path / "locales" / "en-GB" / "volumes.ftl").write_text("volumes-count = Volume count: { $count }\n", encoding="utf-8")
    registry = focusreport.Registry({"volumes": _Volumes(tmp_path / "locales")}, {"volumes": "tests"})
    with pytest.raises(focusreport.WriterError, match="the 'volumes' writer has no words for cy"):
        focusreport.build(focusreport.bundled_content_dir(), tmp_path / "out", formats=["volumes"], registry=registry)
    assert not (tmp_path / "out").exists()
