"""The ``tools`` mark is set from the source: through helpers, fixtures and parameters; and a test that slips through fails."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import external
from toolmarks import tool_users

MODULES = {
    "external.py": """
        def find_tool(name): ...
        def require(name): return find_tool(name)
        def wrapper(path): return require("checker")
        def in_ci(): return False
    """,
    "helpers.py": """
        from external import wrapper as check_with_the_tool
        def check(path): return check_with_the_tool(path)
        def pure(): return 1
    """,
    "test_example.py": """
        import pytest
        import helpers
        from external import require, in_ci

        @pytest.fixture
        def checked(): return helpers.check(1)

        def test_by_fixture(checked): ...
        def test_direct(): require("pandoc")
        def test_pure(): helpers.pure(); in_ci()

        CASES = [lambda: helpers.check(2)]

        @pytest.mark.parametrize("case", CASES)
        def test_by_parameter(case): case()

        class TestGroup:
            def test_in_a_class(self): helpers.check(3)
            def test_pure_in_a_class(self): ...
    """,
}


def test_tool_users_are_found_through_helpers_fixtures_and_parameters(tmp_path: Path) -> None:
    for name, code in MODULES.items():
        (tmp_path / name).write_text(textwrap.dedent(code), encoding="utf-8")
    found = {key for key in tool_users(tmp_path) if key[0] != "external" or key[1] not in {"require", "find_tool"}}
    assert found == {
        ("external", "wrapper"),
        ("helpers", "check"),
        ("test_example", "checked"),
        ("test_example", "test_direct"),
        ("test_example", "CASES"),
        ("test_example", "test_by_parameter"),
        ("test_example", "TestGroup"),
        ("test_example", "TestGroup.test_in_a_class"),
    }


@pytest.fixture
def locate() -> Callable[[str], str]:
    """A fixture that hands out a tool's locator without calling it: naming it is enough to mark its users."""
    return external.require


def test_a_test_with_a_fixture_naming_a_tool_is_marked(request: pytest.FixtureRequest, locate: Callable[[str], str]) -> None:
    assert request.node.get_closest_marker("tools") is not None


def test_a_test_naming_no_tool_is_not_marked_and_cannot_run_one(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("tools") is None
    hidden = getattr(external, "req" + "uire")  # out of the source's sight: the run-time guard catches it
    with pytest.raises(pytest.fail.Exception, match="uses the external tool 'pandoc' but is not marked 'tools'"):
        hidden("pandoc")
