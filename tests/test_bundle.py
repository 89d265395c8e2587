"""Tests that the build descriptions agree with the code and with each other.

packaging/housedesk.spec is run here with stand-ins for PyInstaller's building blocks,
as on Linux and as on Windows, so what it asks PyInstaller for is checked without
building; the Inno Setup script and the Windows workflow are read as text. The real
build and its self-test run in scripts/test (scripts/build, scripts/bundle_check.py).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packaging.specifiers import SpecifierSet

import housedesk
from housedesk.common import paths
from housedesk.db import schema

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "housedesk.spec"
ISS = ROOT / "packaging" / "windows" / "housedesk.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
#: The installer's identity: an installer with another one would install a second housedesk
#: beside the first instead of upgrading it. Never change it.
APP_ID = "70A05D1A-C8B6-4944-967F-B9E05705C05A"


def load_bundle() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle", ROOT / "packaging" / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = load_bundle()


class Recorded:
    """A stand-in for one of PyInstaller's building blocks: it keeps what it was given."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs

    def __getattr__(self, name: str) -> list[tuple[str, str, str]]:  # a.pure, a.datas, ...
        return [(f"<{name}>", "", "DATA")]


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, Any]:
    """The spec's namespace after running it as PyInstaller would on ``platform``."""
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds its folder
    monkeypatch.setitem(sys.modules, "bundle", bundle)
    monkeypatch.setattr(bundle, "holiday_files", lambda: [("NL.mo", "holidays/locale")])
    monkeypatch.setattr(bundle, "version_resource", lambda text: ("version resource", text))
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent),
        **{name: Recorded for name in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def test_on_linux_one_program_without_upx(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = run_spec(monkeypatch, "linux")
    (program,) = spec["programs"]
    assert program.kwargs["name"] == "housedesk"
    assert program.kwargs["upx"] is False
    assert program.kwargs["exclude_binaries"] is True  # one folder, not one file
    collected = spec["coll"]
    assert collected.kwargs == {"strip": False, "upx": False, "name": "housedesk"}


def test_on_windows_a_windowed_and_a_console_program_with_icon_and_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = run_spec(monkeypatch, "win32")
    programs = {p.kwargs["name"]: p.kwargs for p in spec["programs"]}
    assert {name: kw["console"] for name, kw in programs.items()} == {
        "housedesk": False,
        "housedesk-cli": True,
    }
    for kwargs in programs.values():
        assert kwargs["upx"] is False
        assert kwargs["icon"] == str(ROOT / "packaging" / "housedesk.ico")
        assert kwargs["version"] == ("version resource", housedesk.__version__)
    assert Path(programs["housedesk"]["icon"]).read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_the_analysis_starts_at_the_entry_point_and_names_what_is_loaded_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    analysis = run_spec(monkeypatch, "linux")["a"]
    assert analysis.args == ([str(ROOT / "housedesk" / "__main__.py")],)
    hidden = set(analysis.kwargs["hiddenimports"])
    # The screens are imported by name when first shown; zoneinfo finds tzdata by name.
    assert {"housedesk.ui.today", "housedesk.ui.overview.screen", "tzdata"} <= hidden
    assert "holidays.countries.netherlands" in hidden
    assert {"alembic.op", "alembic.context", "sqlalchemy"} <= hidden  # the migrations' imports
    assert ("NL.mo", "holidays/locale") in analysis.kwargs["datas"]


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_pt_BR.qm", False),
        ("housedesk/ui/translations/housedesk_nl.qm", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ],
)
def test_only_the_languages_housedesk_speaks_are_bundled(destination: str, kept: bool) -> None:
    assert bundle.wanted(str(Path(destination))) is kept
    from housedesk.ui.shell.settings import LANGUAGES

    assert bundle.LANGUAGES == LANGUAGES


def test_every_module_of_housedesk_is_a_hidden_import() -> None:
    files = list((ROOT / "housedesk").rglob("*.py"))
    modules = bundle.housedesk_modules()
    assert len(modules) == len(files)
    assert {"housedesk", "housedesk.__main__", "housedesk.cli.selftest"} <= set(modules)
    for name in modules:
        assert importlib.util.find_spec(name) is not None, name


def test_the_migrations_imports_are_modules_not_names() -> None:
    imports = bundle.migration_imports()
    assert "alembic.op" in imports
    assert not {"typing.Any", "collections.abc.Sequence", "pathlib.Path"} & set(imports)


def test_the_alembic_scripts_go_where_the_package_looks_for_them() -> None:
    datas = bundle.data_files()
    destinations = {(Path(source).name, folder) for source, folder in datas}
    installed = schema.alembic_script_location()  # the wheel's or the source tree's
    for script in (installed / "versions").glob("*.py"):
        assert (script.name, str(Path("housedesk", "_alembic", "versions"))) in destinations
    assert ("env.py", str(Path("housedesk", "_alembic"))) in destinations
    assert ("housedesk_nl.qm", str(Path("housedesk", "ui", "translations"))) in destinations
    assert ("today.html", str(Path("housedesk", "ui", "help"))) in destinations  # F1's guide
    for source, _folder in datas:
        assert Path(source).is_file(), source


def test_the_version_information_comes_from_housedesk() -> None:
    assert bundle.version() == housedesk.__version__
    strings = bundle.version_strings(housedesk.__version__)
    assert strings["FileVersion"] == strings["ProductVersion"] == housedesk.__version__
    assert strings["OriginalFilename"] == "housedesk.exe"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0))],
)
def test_a_version_becomes_four_numbers(text: str, numbers: tuple[int, ...]) -> None:
    assert bundle.version_numbers(text) == numbers


@pytest.mark.parametrize("text", ["1.2.3.4.5", "70000.0"])
def test_a_version_windows_cannot_hold_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="does not fit"):
        bundle.version_numbers(text)


# --------------------------------------------------------------------------- the installer

iss = ISS.read_text(encoding="utf-8")


def iss_setting(name: str) -> str:
    match = re.search(rf"^{name}=(.*)$", iss, re.MULTILINE)
    assert match is not None, f"{name} is not set in {ISS.name}"
    return match.group(1).strip()


def test_the_installer_keeps_its_app_id() -> None:
    assert iss_setting("AppId") == "{{" + APP_ID + "}"
    assert APP_ID in WORKFLOW.read_text(encoding="utf-8")  # the upgrade check looks for it


def test_the_installer_installs_per_user_without_administrator() -> None:
    assert iss_setting("PrivilegesRequired") == "lowest"
    assert iss_setting("DefaultDirName") == r"{localappdata}\Programs\{#AppName}"
    assert '#define AppName "housedesk"' in iss
    assert re.findall(r"^Name: .*MessagesFile: (.*)$", iss, re.MULTILINE) == [
        '"compiler:Languages\\Dutch.isl"'
    ]


def test_the_installer_packs_what_scripts_build_makes_with_the_specs_programs() -> None:
    (source,) = re.findall(r'^Source: "([^"]+)"', iss, re.MULTILINE)
    folder = (ISS.parent / source.replace("\\", "/")).parent.resolve()
    assert folder == ROOT / "dist" / bundle.NAME
    assert f'#define AppExe "{bundle.NAME}.exe"' in iss
    icon = ISS.parent / iss_setting("SetupIconFile").replace("\\", "/")
    assert icon.resolve() == bundle.ICON


def test_the_uninstaller_leaves_the_data_folder_where_housedesk_keeps_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs
    import platformdirs.windows

    local = r"C:\Users\vrijwilliger\AppData\Local"
    monkeypatch.delenv("HOUSEDESK_HOME", raising=False)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)

    on_windows = str(paths.data_dir())  # what housedesk computes on Windows

    assert on_windows.startswith(local)
    folder = on_windows[len(local) :].strip("\\/")
    assert f'#define DataFolder "{{localappdata}}\\{folder}"' in iss
    assert "[UninstallDelete]" not in iss  # nothing but what was installed is removed


# --------------------------------------------------------------------------- the workflow

workflow = WORKFLOW.read_text(encoding="utf-8")


def test_the_workflow_uses_files_that_exist() -> None:
    used = set(re.findall(r"(?:scripts|requirements|packaging)[/\\][\w./\\-]+", workflow))
    assert used >= {"scripts/build.py", "scripts/bundle_check.py", "requirements/test.txt"}
    for path in used:
        assert (ROOT / path.replace("\\", "/")).exists(), path


def test_the_workflow_runs_the_specs_programs_and_finds_the_installers_output() -> None:
    assert f"{bundle.CONSOLE_NAME}.exe" in workflow
    assert f"{bundle.NAME}.exe" in workflow
    output = iss_setting("OutputBaseFilename").replace("{#AppVersion}", "VERSION")
    folder = iss_setting("OutputDir").replace("..\\..\\", "")
    expected = f"{folder}\\{output}.exe".replace("VERSION", "${{ steps.version.outputs.version }}")
    assert expected in workflow


def test_the_workflows_python_is_one_the_locks_are_made_for() -> None:
    versions = set(re.findall(r'python-version: "([\d.]+)"', workflow))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert versions == {"3.11"}  # scripts/lock: --python-version 3.11
    assert all(SpecifierSet(project["requires-python"]).contains(v) for v in versions)


def test_the_readmes_test_command_builds_and_checks_the_frozen_app() -> None:
    test = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert re.search(r"^\s*bash \"\$ROOT/scripts/build\"$", test, re.MULTILINE)
    assert "scripts/bundle_check.py" in test
    assert "exec bash scripts/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the bundle check


def load_bundle_check() -> ModuleType:
    path = ROOT / "scripts" / "bundle_check.py"
    spec = importlib.util.spec_from_file_location("bundle_check", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("python", ["own", "system"])
def test_the_bundle_check_hides_the_checkout_the_venv_and_the_python(
    python: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = load_bundle_check()
    checkout, installed = tmp_path / "checkout", tmp_path / "python"
    (checkout / ".venv").mkdir(parents=True)
    installed.mkdir()
    monkeypatch.setattr(check, "ROOT", checkout)
    monkeypatch.setattr(sys, "prefix", str(checkout / ".venv"))
    monkeypatch.setattr(sys, "base_prefix", str(installed) if python == "own" else "/usr")

    # The venv goes with the checkout it is in (a mount over it could not be made after);
    # the system's /usr stays: the frozen app's system libraries live there.
    expected = [checkout, installed] if python == "own" else [checkout]
    assert check.hidden_folders() == expected
