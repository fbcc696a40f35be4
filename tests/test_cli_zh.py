"""The command line in Chinese: help, usage errors and problem framing, by --lang or locale."""

from __future__ import annotations

import argparse
import inspect
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit.cli import build_parser, main
from congresskit.cli._messages import HELP, detect_lang, translate, wrap
from congresskit.errors import RULE_CODES
from congresskit.errors._codes_zh import SUMMARY_ZH

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"
COMMANDS = ("summary", "validate", "assess", "convert", "template", "schema")
#: English that must not be left in Chinese help.
ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "example:")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_main_help_is_chinese_under_a_chinese_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """LANG=zh_CN: usage, sections, the -h help and every command's summary are Chinese."""
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert out.startswith("用法：congresskit ")
    for heading in ("选项：", "命令：", "示例："):
        assert f"\n{heading}\n" in out
    assert "显示本帮助信息并退出" in out
    assert "把一个时期的工作总结" in out
    assert not [word for word in ENGLISH if word in out]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_commands_help_is_chinese_with_lang_zh(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """``COMMAND --help --lang zh``: no help text is left in English."""
    status, out, _ = run(capsys, command, "--help", "--lang", "zh")
    assert status == 0
    assert out.startswith(f"用法：congresskit {command} ")
    assert "\n示例：\n  congresskit " in out
    assert not [word for word in ENGLISH if word in out]
    flat = " ".join(out.split())
    pieces = [max(re.split(r"\{\w+\}", text), key=len) for text in HELP]
    assert not [p for p in pieces if len(p) > 8 and " ".join(p.split())[:30] in flat]
    # Lines are wrapped by display width: a Chinese character takes two columns.
    widths = [sum(2 if ord(c) > 0x2E80 else 1 for c in line) for line in out.splitlines()]
    assert max(widths) <= 100


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["summary"], "congresskit summary：错误：缺少必需的参数：FILE, --period"),
        (
            ["convert", "x.json", "--to", "pdf"],
            "congresskit convert：错误：参数 --to：无效的取值 'pdf'（可选：",
        ),
        (
            ["summary", "x.json", "--period", "2020", "--frobnicate"],
            "congresskit summary：错误：无法识别的参数：--frobnicate",
        ),
        (
            ["summary", "x.json", "--period", "2020", "--by", "village"],
            "参数 --by：无效的取值 'village'（可选：station、group、deputy、unit",
        ),
        (["frobnicate"], "congresskit：错误：参数 COMMAND：无效的取值 'frobnicate'"),
        (["summary", "x.json", "--period", "2020-H3"], "'2020-H3' 不是时期"),
        (["summary", "x.json", "--period", "20x0"], "应为年 '2020'、半年 '2020-H1'"),
        (["summary", "x.json", "--period"], "参数 --period：需要一个值"),
    ],
)
def test_usage_errors_are_chinese(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    expected: str,
) -> None:
    """argparse's usage errors under LC_ALL=zh_CN: one Chinese line, exit status 2."""
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert expected in err
    assert err.count("\n") == 1
    assert err.rstrip().endswith("--help'）")
    assert "error:" not in err


def test_problem_framing_is_chinese(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that cannot be read, and a clean validation, are reported in Chinese."""
    missing = tmp_path / "missing.json"
    status, _, err = run(capsys, "validate", missing, "--lang", "zh")
    assert status == 1
    assert err.startswith(f"congresskit：错误：无法读取 '{missing}'：")
    status, out, _ = run(capsys, "validate", EXAMPLE, "--lang", "zh")
    assert status == 0
    assert re.fullmatch(rf"{re.escape(str(EXAMPLE))}：\d+ 条记录，没有问题\n", out)


def test_problem_lines_name_each_rule_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Under --lang zh each problem says 错误 or 警告 and its rule in Chinese beside the code;
    every rule code has its Chinese summary."""
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["activities"][0]["people_received"] = "5"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, _, err = run(capsys, "validate", bad, "--lang", "zh")
    assert status == 1
    said = "$.activities[0].people_received: 错误 F003（值的 JSON 类型不对）：expected"
    assert f"{bad}: {said}" in err
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    collected = document["activities"][0]
    collected["opinions_collected"] = 1
    collected["dispositions"] = {"answered_on_spot": 3}
    warned = tmp_path / "warned.json"
    warned.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run(capsys, "validate", warned, "--lang", "zh")
    assert status == 0
    assert "警告 W006（意见去向之和与收集的意见数不符）：" in out
    assert re.search(r"：\d+ 条记录，没有错误，1 个警告\n$", out)
    assert sorted(SUMMARY_ZH) == sorted([*(c.code for c in RULE_CODES.values()), "E000"])


def test_english_wins_with_lang_en_and_lc_all(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--lang en, or an English LC_ALL over a Chinese LANG, gives the English output exactly."""
    english = run(capsys, "summary", "--help")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert run(capsys, "summary", "--help", "--lang", "en") == english
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert run(capsys, "summary", "--help") == english
    assert english[1].startswith("usage: congresskit summary ")


def test_the_locale_rules() -> None:
    """--lang first (either spelling), then LC_ALL, LC_MESSAGES, LANG; English by default."""
    assert detect_lang(["summary", "--lang", "zh"], {}) == "zh"
    assert detect_lang(["summary", "--lang=zh"], {"LANG": "en_US"}) == "zh"
    assert detect_lang(["summary", "--lang", "en"], {"LANG": "zh_CN"}) == "en"
    assert detect_lang([], {"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US"}) == "zh"
    assert detect_lang([], {"LC_ALL": "C", "LANG": "zh_CN"}) == "en"
    assert detect_lang([], {"LANG": "zh_CN.UTF-8"}) == "zh"
    assert detect_lang([], {}) == "en"


def test_the_chinese_messages_follow_argparses_msgids() -> None:
    """The msgids translated are argparse's own, as this Python spells them."""
    source = inspect.getsource(argparse)
    for msgid in (
        "the following arguments are required: %s",
        "unrecognized arguments: %s",
        "argument %(argument_name)s: %(message)s",
        "expected one argument",
        "usage: ",
        "show this help message and exit",
    ):
        assert msgid in source, msgid
    assert "invalid choice: %(value)r" in source


@given(st.text())
def test_english_is_returned_as_it_is(message: str) -> None:
    """In English, every message is returned unchanged."""
    assert translate(message, "en") == message


@given(st.text(alphabet="路径文件abc -/", max_size=80), st.integers(4, 40))
def test_wrapped_lines_fit_and_keep_the_text(text: str, width: int) -> None:
    """Wrapping keeps every character, and no line wider than asked unless one word is."""
    lines = wrap(text, width)
    assert "".join("".join(lines).split()) == "".join(text.split())
    for line in lines:
        columns = sum(2 if ord(c) > 0x2E80 else 1 for c in line)
        assert columns <= width or " " not in line


def test_the_shell_gets_chinese_under_a_chinese_locale() -> None:
    """``python -m congresskit`` with LANG=zh_CN.UTF-8: a Chinese usage error, status 2."""
    done = subprocess.run(
        [sys.executable, "-m", "congresskit", "summary"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"LANG": "zh_CN.UTF-8", "PYTHONPATH": str(ROOT / "src"), "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert done.returncode == 2
    assert "缺少必需的参数" in done.stderr


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_help_text_has_its_chinese() -> None:
    """No option's English help is left in a Chinese help screen (a new option needs its zh)."""
    english = build_parser(lang="en")
    chinese = {p.prog: p for p in _parsers(build_parser(lang="zh"))}
    left = []
    for parser in _parsers(english):
        shown = " ".join(chinese[parser.prog].format_help().split())
        texts = [parser.description or ""]
        texts += [a.help for a in parser._actions if a.help and a.help != argparse.SUPPRESS]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                texts += [c.help for c in action._choices_actions if c.help]
        left += [f"{parser.prog}: {t}" for t in texts if t and " ".join(t.split()) in shown]
    assert left == []
