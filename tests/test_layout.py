"""The package's layout: parts in one order, imports only downwards, no cycles, small modules.

Read from the source with :mod:`ast`, so the test sees every import statement, also
those inside functions (a lazy import that runs back up is still a dependency).
"""

from __future__ import annotations

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).parent.parent / "src" / "congresskit"

# The parts, lowest first: a module may import from its own part and from parts
# before it in this list, never from a part after it. See docs/architecture.md.
PARTS = (
    "errors",
    "records",
    "checking",
    "exchange",
    "summary",
    "assessment",
    "reports",
    "example",
    "strategies",
    "extra",
    "cli",
)
# The package's front door and its machinery may import any part: ``__init__`` only
# under TYPE_CHECKING (names are loaded lazily), ``__main__`` runs the command line.
FRONT = ("__init__", "__main__", "_lazy")
# Only the top parts may import names from the front door (``from congresskit import
# __version__``): anywhere else it would hide an upward import behind a lazy name.
FRONT_USERS = ("cli", "extra")
MAX_LINES = 400
MAX_ENTRIES = 16


def _modules() -> dict[str, pathlib.Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(path: pathlib.Path, module: str) -> list[tuple[int, str, bool]]:
    """(line, imported module, at top level) for each congresskit import of the file."""
    tree = ast.parse(path.read_text("utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    top = set(map(id, tree.body))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from congresskit.records import enums`` imports a submodule.
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for name in names:
            if name == "congresskit" or name.startswith("congresskit."):
                found.append((node.lineno, name, id(node) in top))
    return found


def _part(module: str, modules: dict[str, pathlib.Path] | None = None) -> str | None:
    """The part a module belongs to; "__init__" for a name imported from the front door."""
    if modules is not None and _resolve(module, modules) == "congresskit":
        return "__init__"
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else None


def _resolve(name: str, modules: dict[str, pathlib.Path]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def test_parts_are_known() -> None:
    """Every module of the package belongs to a part listed in PARTS, or is the front door."""
    stray = [m for m in _modules() if m != "congresskit" and _part(m) not in (*PARTS, *FRONT)]
    assert stray == []


def test_imports_only_run_down() -> None:
    """No module imports from a part above its own (the layering of docs/architecture.md)."""
    modules = _modules()
    upward = []
    for module, path in modules.items():
        own = _part(module)
        if own is None or own in FRONT:
            continue
        for line, name, _ in _imports(path, module):
            target = _part(name, modules)
            if target is None or target == own or (target in FRONT and own in FRONT_USERS):
                continue
            if target in FRONT or PARTS.index(target) > PARTS.index(own):
                upward.append(f"{path.relative_to(PACKAGE)}:{line} imports {name}")
    assert upward == []


def test_front_door_loads_lazily() -> None:
    """``congresskit/__init__.py`` imports no part at run time, only under TYPE_CHECKING."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text("utf-8"))
    eager = [
        node.lineno
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("congresskit.")
    ]
    assert eager == []


def test_no_import_cycles() -> None:
    """The graph of module-level imports between congresskit's modules has no cycle."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = {
            _resolve(name, modules)
            for name, top in ((n, t) for _, n, t in _imports(path, module))
            if top
        }
        # A package's own ``__init__`` runs before its submodules: importing a
        # submodule is not an edge to the package.
        graph[module] = {t for t in targets if t and t != module and not module.startswith(f"{t}.")}
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


@pytest.mark.parametrize("module", sorted(_modules()))
def test_module_is_small(module: str) -> None:
    """No module is over 400 lines: a newcomer reads one in a sitting."""
    lines = _modules()[module].read_text("utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines"


def test_package_folder_is_short() -> None:
    """``src/congresskit/`` holds at most 16 entries: the parts, not a flat list of modules."""
    entries = [p.name for p in PACKAGE.iterdir() if p.name != "__pycache__"]
    assert len(entries) <= MAX_ENTRIES, sorted(entries)


def test_checker_sees_an_upward_import(tmp_path: pathlib.Path) -> None:
    """The import parser finds absolute, relative and function-level imports."""
    source = (
        "from congresskit.records import enums\n"
        "from .. import summary\n"
        "def f():\n"
        "    import congresskit.reports.render\n"
    )
    path = tmp_path / "x.py"
    path.write_text(source, "utf-8")
    found = _imports(path, "congresskit.exchange.x")
    assert [(line, name) for line, name, _ in found] == [
        (1, "congresskit.records.enums"),
        (1, "congresskit.records"),
        (2, "congresskit.summary"),
        (2, "congresskit"),
        (4, "congresskit.reports.render"),
    ]
    assert [top for *_, top in found] == [True, True, True, True, False]
