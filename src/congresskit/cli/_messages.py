"""The command line's words in Chinese: its help texts, argparse's messages and the framing.

The command line speaks Chinese with ``--lang zh`` or under a Chinese locale
(``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` starting with ``zh``), English otherwise.
Nothing here rewrites argparse: help texts go through :func:`gettext` before the
parser is built, argparse's own words (``usage:``, ``options``, the ``-h`` help)
through :class:`ChineseHelpFormatter`, and a usage error's message, which
argparse builds from its msgids (``"the following arguments are required: %s"``),
is matched against those same msgids and put into Chinese by
:func:`translate`. In English every text is returned as it is, byte for byte.

>>> translate("the following arguments are required: FILE, --period", "zh")
'缺少必需的参数：FILE, --period'
>>> translate("argument --to: invalid choice: 'pdf' (choose from 'json', 'jsonl')", "zh")
"参数 --to：无效的取值 'pdf'（可选：'json', 'jsonl'）"
>>> translate("unrecognized arguments: --fast", "en")
'unrecognized arguments: --fast'
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

__all__ = ["ChineseHelpFormatter", "Lang", "detect_lang", "gettext", "translate", "wrap"]

Lang = Literal["zh", "en"]

#: argparse's own msgids (as its source spells them) and congresskit's message templates,
#: in the order they are tried: the more specific first. ``%(name)s`` and ``%s`` mark the
#: parts carried over as they are.
MESSAGES: Mapping[str, str] = {
    # congresskit's own usage errors, more specific than argparse's.
    "invalid choice: %(value)s (choose from station, group, deputy, unit; "
    "several: station,deputy)": (
        "无效的取值 %(value)s（可选：station、group、deputy、unit；多项用逗号分隔：station,deputy）"
    ),
    # argparse.
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",  # Python 3.10's name for the options section
    "show this help message and exit": "显示本帮助信息并退出",
    "show program's version number and exit": "显示程序版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "需要以下参数之一：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的取值 %(value)s（可选：%(choices)s）"
    ),
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)s",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项 %(option)s 有歧义，可能是：%(matches)s"
    ),
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了多余的值 %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "未知的命令 %(parser_name)s（可选：%(choices)s）"
    ),
    "can't open '%(filename)s': %(error)s": "无法打开 '%(filename)s'：%(error)s",
    # congresskit's problem messages and their framing.
    "%(prog)s: error: %(message)s (see '%(help)s')": (
        "%(prog)s：错误：%(message)s（参见 '%(help)s'）"
    ),
    "%(prog)s: error: %(message)s": "%(prog)s：错误：%(message)s",
    "cannot read %(path)s: %(reason)s": "无法读取 %(path)s：%(reason)s",
    "cannot write %(path)s: %(reason)s": "无法写入 %(path)s：%(reason)s",
    "%(path)s is not a JSON duty standard: %(reason)s": (
        "%(path)s 不是 JSON 格式的履职标准：%(reason)s"
    ),
    "CSV needs a folder: -o FOLDER": "CSV 需要写入文件夹：-o 文件夹",
    "%(prog)s: interrupted": "%(prog)s：已中断",
    "%(prog)s: internal error: %(error)s": "%(prog)s：内部错误：%(error)s",
    "%(prog)s: please report it; run with CONGRESSKIT_DEBUG=1 to see the traceback": (
        "%(prog)s：请报告这个问题；设置 CONGRESSKIT_DEBUG=1 运行可以看到调用栈"
    ),
    "%(file)s: %(count)s record, no problems": "%(file)s：%(count)s 条记录，没有问题",
    "%(file)s: %(count)s records, no problems": "%(file)s：%(count)s 条记录，没有问题",
    # A malformed --period (congresskit.summary.periods.PeriodError).
    "%(text)s is not a period (%(reason)s): expected %(expected)s": (
        "%(text)s 不是时期（%(reason)s）：应为%(expected)s"
    ),
    "%(text)s is not a period: expected %(expected)s": "%(text)s 不是时期：应为%(expected)s",
    "a year '2020', a half-year '2020-H1', a quarter '2020-Q3', a month '2020-05', a range "
    "'2020-01-01..2020-06-30', or a term 'term-19:2016-12-01..2021-11-30'": (
        "年 '2020'、半年 '2020-H1'、季度 '2020-Q3'、月 '2020-05'、日期范围 "
        "'2020-01-01..2020-06-30' 或届 'term-19:2016-12-01..2021-11-30'"
    ),
}

#: The parts of a message that are messages themselves, translated in turn.
_NESTED = frozenset({"message", "error", "expected"})

#: The command line's help texts: ``{name}`` marks a part filled in after translation.
HELP: Mapping[str, str] = {
    "Work records of grassroots people's congresses: summarise a period, validate, assess "
    "deputies, convert between formats.": (
        "基层人大工作记录：汇总一个时期的工作，检查记录，考核代表履职，在各种格式之间转换。"
    ),
    "example:\n  {example}": "示例：\n  {example}",
    "Run 'congresskit COMMAND --help' for a command's options.": (
        "运行 'congresskit COMMAND --help' 查看某个命令的选项。"
    ),
    "commands": "命令",
    "render the work summary of a period (and the plan for the next) as a report": (
        "把一个时期的工作总结（及下一时期的工作计划）写成报告"
    ),
    "check a record file and list every problem with its path": (
        "检查记录文件，列出每一个问题及其位置"
    ),
    "assess each deputy against a duty standard, as a table": "按履职标准考核每名代表，输出表格",
    "convert a record file to a JSON document, JSON Lines, Popolo JSON, OParl JSON, an "
    "Excel workbook or CSV files": (
        "把记录文件转换为 JSON 文档、JSON Lines、Popolo JSON、OParl JSON、Excel 工作簿或 CSV 文件"
    ),
    "write an empty Excel workbook to fill in (needs the office extra)": (
        "写出一个待填写的空白 Excel 工作簿（需要 office 扩展）"
    ),
    "print the JSON Schema (draft 2020-12) of the exchange document": (
        "输出交换文档的 JSON Schema（draft 2020-12）"
    ),
    "a record document (.json), JSON Lines file (.jsonl), Excel workbook (.xlsx) or folder "
    "of CSV files; '-' reads standard input; several files are read as one record set "
    "(references may cross files)": (
        "记录文档（.json）、JSON Lines 文件（.jsonl）、Excel 工作簿（.xlsx）或 CSV 文件夹；"
        "'-' 表示从标准输入读取；多个文件合为一个记录集读取（记录之间可跨文件引用）"
    ),
    "problems as lines of text (the default) or as one JSON object for programs": (
        "问题以文本行输出（默认），或为程序输出一个 JSON 对象"
    ),
    "fail on warnings too, not only on errors": "有警告也视为失败，而不只是有错误时",
    "read the files (a large JSON Lines file: ranges of its lines) in N processes": (
        "用 N 个进程读取这些文件（大的 JSON Lines 文件按行分段读取）"
    ),
    "list at most N problems of invalid data, then count the rest (default {default})": (
        "无效数据最多列出 N 个问题，其余只计数（默认 {default}）"
    ),
    "write to FILE instead of standard output": "写入 FILE，而不是标准输出",
    "the period: a year, half, quarter, month, a..b range or term-N, e.g. {example}": (
        "时期：年、半年、季度、月、日期范围 a..b 或届 term-N，例如 {example}"
    ),
    "{what} in simplified Chinese or English (default: Chinese for reports and sheets; "
    "messages follow the locale)": (
        "{what}的语言：zh 简体中文，en 英文（默认：报告和表格用中文，提示信息随系统语言环境）"
    ),
    "the report and messages": "报告和提示信息",
    "messages": "提示信息",
    "sheet names, headers and messages": "工作表名、表头和提示信息",
    "sheet names and headers": "工作表名和表头",
    "Markdown (the default), plain text, JSON, Word (docx) or a web page (html); without "
    "it, the -o suffix decides": (
        "Markdown（默认）、纯文本、JSON、Word（docx）或网页（html）；不指定时由 -o 文件的扩展名决定"
    ),
    "add tables of the activities broken down by station, deputy group or deputy, "
    "or the handling units' scorecards (several: --by station,unit)": (
        "附上按代表工作站、代表小组或代表统计的活动表，或承办单位的办理情况表"
        "（可多选：--by station,unit）"
    ),
    "the score of a criterion the records cannot measure (a manual criterion), for one "
    "collective: --score v1:A=30; repeat for more": (
        "记录无法计量的考核项目（人工评分项）对某一集体的得分，如 --score v1:A=30；可重复"
    ),
    "a duty standard (JSON, as dump_standard writes it); the default is the bundled 12345 "
    "standard with the example town points table": (
        "履职考核标准（JSON，格式同 dump_standard 的输出）；默认用内置的“12345”标准和示例镇的积分表"
    ),
    "a JSON document, JSON Lines (one record per line), Popolo JSON (persons, "
    "organizations, memberships, posts, events, motions, vote events; always without "
    "contact details), OParl 1.1 JSON (body, terms, organizations, persons, meetings, "
    "agenda items, papers; always without contact details), an Excel workbook (a "
    "sheet per kind of record; needs the office extra), or a folder of CSV files with "
    "a datapackage.json (-o FOLDER)": (
        "JSON 文档、JSON Lines（每行一条记录）、Popolo JSON（人员、组织、成员关系、职位、"
        "会议、动议、表决；始终不含联系方式）、OParl 1.1 JSON（机关、届、组织、人员、会议、"
        "议程项、文件；始终不含联系方式）、Excel 工作簿（每类记录一个工作表；需要 office "
        "扩展），或带 datapackage.json 的 CSV 文件夹（-o 文件夹）"
    ),
    "for --to oparl: the address the export is published at; every object's id is a URL "
    "under it (default {default})": (
        "用于 --to oparl：导出数据发布的网址；每个对象的 id 都是其下的 URL（默认 {default}）"
    ),
    "public (the default) leaves out deputies' personal contact details; full keeps them": (
        "public（默认）不含代表的个人联系方式；full 保留"
    ),
}


def detect_lang(argv: Sequence[str] = (), environ: Mapping[str, str] | None = None) -> Lang:
    """The language of messages: ``--lang`` in ``argv``, else the locale's, else English."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in ("zh", "en"):
            return "zh" if value == "zh" else "en"
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = env.get(name)
        if found:
            return "zh" if found.lower().startswith("zh") else "en"
    return "en"


def gettext(text: str, lang: str) -> str:
    """``text`` in ``lang``: its Chinese from the tables under ``zh``, itself otherwise."""
    if lang != "zh":
        return text
    return HELP.get(text) or MESSAGES.get(text) or text


_PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]|%[sr]")
_SPLIT = re.compile(r"%\(\w+\)[sr]|%[sr]")


def _slots(template: str) -> list[str]:
    """The names of a template's placeholders, in order (``%s`` is ``_0``, ``_1``...)."""
    found: list[str] = []
    positional = 0
    for match in _PLACEHOLDER.finditer(template):
        if match.group(1):
            found.append(match.group(1))
        else:
            found.append(f"_{positional}")
            positional += 1
    return found


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each message template as a regular expression, and its Chinese with ``{name}`` slots."""
    found = []
    for english, chinese in MESSAGES.items():
        literals = [re.escape(piece) for piece in _SPLIT.split(english)]
        if len(literals) == 1:
            continue  # no placeholder: looked up as it is
        names = _slots(english)
        regex = literals[0] + "".join(
            f"(?P<{name}>.+?){literal}" for name, literal in zip(names, literals[1:], strict=True)
        )
        escaped = chinese.replace("{", "{{").replace("}", "}}")
        literal = _SPLIT.split(escaped)
        template = literal[0] + "".join(
            f"{{{name}}}{piece}" for name, piece in zip(_slots(chinese), literal[1:], strict=True)
        )
        found.append((re.compile(regex, re.DOTALL), template))
    return tuple(found)


def translate(message: str, lang: str) -> str:
    """A message argparse or congresskit built in English, in ``lang``.

    The message is matched against the msgids it was built from; the parts
    filled in (an argument's name, the values offered) are kept as they are, and
    a message inside a message (``argument --to: invalid choice: ...``) is
    translated too. A message matching no msgid is returned as it is.
    """
    if lang != "zh":
        return message
    if message in MESSAGES:
        return MESSAGES[message]
    for pattern, template in _patterns():
        match = pattern.fullmatch(message)
        if match is not None:
            parts = {
                name: translate(value, lang) if name in _NESTED else value
                for name, value in match.groupdict().items()
            }
            return template.format(**parts)
    return message


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help layout, with argparse's own words in Chinese."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        """The usage line, headed ``用法：`` rather than ``usage:``."""
        heading = gettext("usage: ", "zh") if prefix is None else prefix
        super().add_usage(usage, actions, groups, heading)

    def start_section(self, heading: str | None) -> None:
        """A section (``选项``, ``位置参数``, ``命令``)."""
        super().start_section(gettext(heading, "zh") if heading else heading)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        found = super()._get_help_string(action)
        return gettext(found, "zh") if found else found

    def _split_lines(self, text: str, width: int) -> list[str]:
        # Chinese has no spaces to break at, and each character takes two columns.
        return wrap(text, width)

    def format_help(self) -> str:
        """The help, section headings ending in a full-width colon (``选项：``)."""
        return _HEADING.sub(r"\1：", super().format_help())


_HEADING = re.compile(r"^(\S+):$", re.MULTILINE)
# An opening bracket or quote stays with what follows it.
_TOKEN = re.compile(r"\s+|[（“‘《「]*(?:[\x21-\x7e]+|.)")


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, a Chinese character counting two.

    Lines break between Chinese characters or at spaces, never inside a word
    or number written in ASCII (``--by``, ``2020-H1``).

    >>> wrap("按代表工作站统计 --by station", 10)
    ['按代表工作', '站统计', '--by', 'station']
    """
    lines: list[str] = []
    line = ""
    for token in _TOKEN.findall(" ".join(text.split())):
        if token.isspace():
            if line:
                line += " "
            continue
        if line and _columns(line + token) > width:
            lines.append(line.rstrip())
            line = ""
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines
