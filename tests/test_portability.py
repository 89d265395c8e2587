"""The code that ships behaves the same on Windows: the pitfalls a Linux run never shows.

Read from the source, not run: a text file opened without ``encoding=`` is read
as cp1252 on a Dutch Windows PC (and "é" comes out wrong); ``os.rename`` and
``Path.rename`` fail there when the target exists, where ``os.replace``
replaces it; ``fcntl`` and friends do not exist there, so importing one at the
top of a module stops the app from starting; ``shell=True`` runs ``cmd.exe``
with other quoting rules; and Windows has no ``/tmp`` and no POSIX signals such
as ``SIGKILL``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: What is shipped: the package and the migration scripts travel inside it.
SHIPPED = sorted([*(ROOT / "housedesk").rglob("*.py"), *(ROOT / "alembic").rglob("*.py")])
#: Modules only POSIX or only Windows has.
ONE_PLATFORM_MODULES = {"fcntl", "termios", "pwd", "grp", "resource", "msvcrt", "winreg", "_winapi"}
#: Signals Windows lacks (it has SIGINT, SIGTERM, SIGABRT, SIGBREAK, SIGFPE, SIGILL, SIGSEGV).
POSIX_SIGNALS = {
    "SIGKILL",
    "SIGHUP",
    "SIGQUIT",
    "SIGUSR1",
    "SIGUSR2",
    "SIGALRM",
    "SIGCHLD",
    "SIGPIPE",
    "SIGSTOP",
    "SIGCONT",
}


def _where(name: str, node: ast.AST) -> str:
    return f"{name}:{getattr(node, 'lineno', '?')}"


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _text_mode(mode: ast.expr | None) -> bool:
    """Whether a mode (``None``: the default, "r") opens text; unknown modes count as binary."""
    if mode is None:
        return True
    return isinstance(mode, ast.Constant) and isinstance(mode.value, str) and "b" not in mode.value


def _platform_test(test: ast.expr) -> bool:
    """``if sys.platform == "win32":``, ``if os.name != "nt":`` and the like."""
    return any(
        isinstance(node, ast.Attribute) and node.attr in ("platform", "name")
        for node in ast.walk(test)
    )


def _module_level_imports(tree: ast.Module) -> Iterator[tuple[ast.stmt, str]]:
    """Imports run when the module is imported: at the top or under an ``if`` that is no
    platform test (not in a function; not in a ``try``, which expects a failure)."""
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        statement = todo.pop()
        if isinstance(statement, ast.Import):
            yield from ((statement, alias.name.split(".")[0]) for alias in statement.names)
        elif isinstance(statement, ast.ImportFrom) and statement.module:
            yield statement, statement.module.split(".")[0]
        elif isinstance(statement, ast.If) and not _platform_test(statement.test):
            todo.extend(statement.body + statement.orelse)


def problems(source: str, path: str) -> Iterator[str]:
    """What in ``source`` (the module at ``path``) would break or differ on Windows."""
    tree = ast.parse(source, path)
    for statement, module in _module_level_imports(tree):
        if module in ONE_PLATFORM_MODULES:
            yield f"{_where(path, statement)}: 'import {module}' outside a platform test"
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and (node.value == "/tmp" or node.value.startswith("/tmp/"))
        ):
            yield f"{_where(path, node)}: '/tmp' written out (tempfile knows the folder)"
        if isinstance(node, ast.Attribute) and node.attr in POSIX_SIGNALS:
            yield f"{_where(path, node)}: signal {node.attr} does not exist on Windows"
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.id if isinstance(function, ast.Name) else None
        attribute = function.attr if isinstance(function, ast.Attribute) else None
        encoding = _keyword(node, "encoding")
        if name == "open" and encoding is None:
            mode = node.args[1] if len(node.args) > 1 else _keyword(node, "mode")
            if _text_mode(mode):
                yield f"{_where(path, node)}: open() of text without encoding="
        positional = attribute == "read_text" and node.args  # read_text("utf-8") names it too
        if attribute in ("read_text", "write_text") and encoding is None and not positional:
            yield f"{_where(path, node)}: {attribute}() without encoding="
        if attribute == "open" and encoding is None and node.args:
            mode = node.args[0]
            if isinstance(mode, ast.Constant) and isinstance(mode.value, str) and _text_mode(mode):
                yield f"{_where(path, node)}: .open({mode.value!r}) of text without encoding="
        if attribute == "rename":  # os.rename, Path.rename
            yield f"{_where(path, node)}: rename fails over an existing file on Windows: replace"
        shell = _keyword(node, "shell")
        if isinstance(shell, ast.Constant) and shell.value is True:
            yield f"{_where(path, node)}: shell=True"


def test_the_shipped_code_avoids_what_breaks_on_windows() -> None:
    found = [
        problem
        for path in SHIPPED
        for problem in problems(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("open('a.txt')", "open() of text without encoding="),
        ("open(p, 'w')", "open() of text without encoding="),
        ("p.read_text()", "read_text() without encoding="),
        ("p.write_text('x')", "write_text() without encoding="),
        ("p.open('w')", ".open('w') of text without encoding="),
        ("os.rename(a, b)", "rename fails over an existing file"),
        ("path.rename(other)", "rename fails over an existing file"),
        ("subprocess.run('x', shell=True)", "shell=True"),
        ("import fcntl", "'import fcntl' outside a platform test"),
        ("if ready:\n    import termios", "'import termios' outside a platform test"),
        ("x = '/tmp/housedesk'", "'/tmp' written out"),
        ("os.kill(pid, signal.SIGKILL)", "signal SIGKILL does not exist on Windows"),
    ],
)
def test_each_pitfall_is_found(source: str, expected: str) -> None:
    (found,) = problems(source, "probe.py")
    assert found.startswith("probe.py:") and expected in found


@pytest.mark.parametrize(
    "source",
    [
        "open(p, 'rb')",
        "open(p, encoding='utf-8')",
        "open(p, 'w', encoding='utf-8')",
        "p.read_text(encoding='utf-8')",
        "p.open('rb')",
        "archive.open(info)",
        "dialog.open()",
        "os.replace(a, b)",
        "path.replace(other)",
        "if sys.platform == 'win32':\n    import msvcrt\nelse:\n    import fcntl",
        "def f():\n    import fcntl",
        "try:\n    import termios\nexcept ImportError:\n    termios = None",
        "os.kill(pid, signal.SIGTERM)",
    ],
)
def test_what_works_on_windows_is_not_found(source: str) -> None:
    assert list(problems(source, "probe.py")) == []
