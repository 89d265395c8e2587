"""What goes into the frozen app besides the code PyInstaller finds by itself; read by the spec.

``packaging/housedesk.spec`` imports this module, and so do the tests
(``tests/test_bundle.py``), which is why it needs nothing but the standard
library and ``packaging`` at import time; PyInstaller is imported only inside the
functions the spec alone calls. Everything listed here is loaded by housedesk at
run time by name or from a file, where PyInstaller's import analysis cannot see it:

- the Alembic scripts, as files: Alembic reads them from the folder
  ``housedesk.db.schema.alembic_script_location`` finds beside the package
  (``housedesk/_alembic``, as in the wheel), never from the working folder;
  what they import is added as hidden imports, since Alembic loads them by path;
- the pages of the guide (``housedesk/ui/help/*.html``), which F1 shows from
  their files;
- housedesk's compiled translations (``.qm``; Qt's own ``qtbase_nl.qm`` comes with
  PyInstaller's PySide6 hook, and ``housedesk.ui.kit.i18n`` loads it by name);
- every module of housedesk: the screens are imported by name when first shown
  (``housedesk.ui.shell.screens``) and the warm-up imports by name too;
- the Netherlands' public holidays: ``holidays`` finds its countries by name, and
  their names in other languages in ``.mo`` files beside its code;
- the IANA time-zone database of the ``tzdata`` package (Windows has none of its
  own; PyInstaller's ``tzdata`` hook collects it).
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ALEMBIC = ROOT / "alembic"
TRANSLATIONS = ROOT / "housedesk" / "ui" / "translations"
HELP = ROOT / "housedesk" / "ui" / "help"
ICON = Path(__file__).resolve().parent / "housedesk.ico"

NAME = "housedesk"
#: The console program beside the windowed one on Windows, for the command line
#: and ``--self-test`` (a windowed program there has no standard output).
CONSOLE_NAME = "housedesk-cli"
DESCRIPTION = "housedesk: het register van een gemeenschapshuis"
COPYRIGHT = "EUPL-1.2"


def version() -> str:
    """``housedesk.__version__``, read from the source without importing the package."""
    text = (ROOT / "housedesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise ValueError("housedesk/__init__.py does not say its __version__")
    return match.group(1)


def version_numbers(text: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows version resource: 0.2.1 -> (0, 2, 1, 0).

    A pre-release (0.3.0rc1) has the numbers of its release; the text fields of
    the resource carry the full version.
    """
    from packaging.version import Version

    release = Version(text).release
    if len(release) > 4 or any(number > 0xFFFF for number in release):
        raise ValueError(f"{text} does not fit in a Windows version resource")
    padded = (*release, 0, 0, 0)[:4]
    return (padded[0], padded[1], padded[2], padded[3])


def version_strings(text: str) -> dict[str, str]:
    """The texts of the Windows version information (Properties → Details)."""
    return {
        "CompanyName": "housedesk",
        "FileDescription": DESCRIPTION,
        "FileVersion": text,
        "InternalName": NAME,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": NAME,
        "ProductVersion": text,
    }


def version_resource(text: str) -> Any:
    """The Windows version information of the programs, for PyInstaller (on Windows only)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_numbers(text)
    strings = version_strings(text)
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0x0413: Dutch (Netherlands); 1200: Unicode.
            vi.StringFileInfo(
                [vi.StringTable("041304B0", [vi.StringStruct(k, v) for k, v in strings.items()])]
            ),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0413, 1200])]),
        ],
    )


def alembic_files() -> list[Path]:
    """The migration environment, its template and every revision."""
    files = [ALEMBIC / "env.py", ALEMBIC / "script.py.mako"]
    files += sorted((ALEMBIC / "versions").glob("*.py"))
    return files


def data_files() -> list[tuple[str, str]]:
    """(source, folder in the bundle) for the files housedesk reads by path."""
    datas = []
    for path in alembic_files():
        folder = Path("housedesk", "_alembic", *path.parent.relative_to(ALEMBIC).parts)
        datas.append((str(path), str(folder)))
    for qm in sorted(TRANSLATIONS.glob("*.qm")):
        datas.append((str(qm), str(Path("housedesk", "ui", "translations"))))
    for page in sorted(HELP.glob("*.html")):
        datas.append((str(page), str(Path("housedesk", "ui", "help"))))
    return datas


def is_module(name: str) -> bool:
    """Whether ``name`` is a module (``alembic.op``), not a name in one (``typing.Any``)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def imports_of(path: Path) -> set[str]:
    """The modules a Python file imports (absolute imports only)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if is_module(f"{node.module}.{alias.name}")
            )
    return found


def migration_imports() -> list[str]:
    """What the Alembic scripts import: Alembic loads them by path, unseen by PyInstaller."""
    found: set[str] = set()
    for path in alembic_files():
        if path.suffix == ".py":
            found |= imports_of(path)
    return sorted(found)


#: The languages of housedesk's interface (``housedesk.ui.shell.settings.LANGUAGES``).
LANGUAGES = ("nl", "en")


def wanted(destination: str) -> bool:
    """Whether a file PyInstaller collected goes into the folder: not Qt's translations into
    languages housedesk does not speak (7 MB of the 200)."""
    path = Path(destination)
    if path.suffix != ".qm" or path.parent.name != "translations" or "PySide6" not in path.parts:
        return True
    return path.stem.rsplit("_", 1)[-1] in LANGUAGES


def housedesk_modules() -> list[str]:
    """Every module of housedesk, from the source tree (some are imported only by name)."""
    package = ROOT / "housedesk"
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


#: Found at run time by name, never imported by a statement PyInstaller could follow: the
#: country housedesk asks ``holidays`` for (``housedesk.core.rooms``), and the time-zone
#: database ``zoneinfo`` reads from the ``tzdata`` package where the system has none
#: (Windows; PyInstaller's hook for ``tzdata`` then collects its files).
RUNTIME_MODULES = ["holidays.countries.netherlands", "tzdata"]


def holiday_files() -> list[tuple[str, str]]:
    """The translations of the Netherlands' holiday names (``holidays/locale/*/LC_MESSAGES``)."""
    from PyInstaller.utils.hooks import collect_data_files

    return collect_data_files("holidays", includes=["locale/*/LC_MESSAGES/NL.mo"])
