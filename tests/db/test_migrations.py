"""Tests for housedesk.db.migrate and the Alembic scripts: models and migrations agree."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from housedesk.db import HEAD_REVISION, Database, OpenError, migrate, open_database, schema
from housedesk.db.engine import make_engine


def tables_of(path: Path) -> dict[str, list[str]]:
    """Every table and index of a file, its definition split into sorted clauses."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    finally:
        con.close()
    return {name: clauses(sql) for name, sql in rows if name != "alembic_version"}


def clauses(sql: str) -> list[str]:
    """The column and constraint clauses of a CREATE statement, in a fixed order."""
    head, _, body = sql.partition("(\n")
    if not body:
        return [" ".join(sql.split())]
    parts = re.split(r",\s*\n", body.rstrip().removesuffix(")"))
    return [" ".join(head.split()), *sorted(" ".join(p.split()) for p in parts)]


def migrated(path: Path) -> Database:
    """A database brought from nothing to head by the Alembic scripts alone."""
    database = Database(path, make_engine(path))
    migrate.upgrade_to_head(database)
    return database


def test_head_revision_constant_is_the_scripts_head(tmp_path: Path) -> None:
    database = Database(tmp_path / "x.sqlite3")
    script = ScriptDirectory.from_config(migrate.alembic_config(database))
    assert script.get_heads() == [HEAD_REVISION]
    database.close()


def test_alembic_check_finds_nothing_to_generate(tmp_path: Path) -> None:
    database = migrated(tmp_path / "migrated.sqlite3")
    command.check(migrate.alembic_config(database))  # raises when models and scripts differ
    database.close()


def test_a_new_database_equals_a_migrated_one(tmp_path: Path) -> None:
    open_database(tmp_path / "new.sqlite3").close()
    migrated(tmp_path / "migrated.sqlite3").close()
    assert tables_of(tmp_path / "new.sqlite3") == tables_of(tmp_path / "migrated.sqlite3")


def test_a_new_database_is_stamped_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    assert schema.inspect_file(path).revision == HEAD_REVISION


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    database = migrated(tmp_path / "db.sqlite3")
    command.downgrade(migrate.alembic_config(database), "base")
    assert tables_of(tmp_path / "db.sqlite3") == {}
    database.close()
    open_database(tmp_path / "db.sqlite3").close()
    assert schema.inspect_file(tmp_path / "db.sqlite3").revision == HEAD_REVISION


def test_an_older_schema_is_copied_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "house.sqlite3"
    open_database(path).close()
    # Pretend this version of the app knows a newer head than the file has.
    monkeypatch.setattr(schema, "HEAD_REVISION", "9999")
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda db: upgraded.append(str(db.path)))
    backups = tmp_path / "backups"
    open_database(path, backup_dir=backups).close()
    copies = list(backups.glob("house-pre-upgrade-0001-*.sqlite3"))
    assert len(copies) == 1
    assert upgraded == [str(path)]
    assert schema.inspect_file(copies[0]).revision == HEAD_REVISION


def test_the_current_schema_opens_without_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "house.sqlite3"
    open_database(path).close()

    def fail(_db: Database) -> None:
        raise AssertionError("migration machinery used on a current database")

    monkeypatch.setattr(schema, "known_revisions", fail)
    monkeypatch.setattr(migrate, "upgrade_to_head", fail)
    open_database(path).close()


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'f00d'")
    con.commit()
    con.close()
    with pytest.raises(OpenError) as refused:
        open_database(path)
    assert refused.value.reason == OpenError.NEWER
    assert "newer version" in refused.value.describe()


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("boodschappen: koffie, melk\n" * 50)
    with pytest.raises(OpenError) as refused:
        open_database(path)
    assert refused.value.reason == OpenError.NOT_SQLITE
    assert path.read_text().startswith("boodschappen")  # untouched


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with pytest.raises(OpenError) as refused:
        open_database(path)
    assert refused.value.reason == OpenError.FOREIGN


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(OpenError) as refused:
        open_database(tmp_path / "nope" / "house.sqlite3")
    assert refused.value.reason == OpenError.MISSING_FOLDER
    assert not (tmp_path / "nope").exists()
