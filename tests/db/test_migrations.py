"""Tests for housedesk.db.migrate and the Alembic scripts: models and migrations agree."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from housedesk.common.codes import Accessibility, ActivityType, TargetGroup, UserKind
from housedesk.core import installation, rooms, users
from housedesk.core.agenda import bookings as agenda
from housedesk.core.tallies import counts as tallies
from housedesk.core.users import ActivityFields, UserFields
from housedesk.db import HEAD_REVISION, Database, OpenError, migrate, open_database, schema
from housedesk.db.engine import make_engine
from tests.helpers.databases import demo_house
from tests.helpers.migrations import scripts_with


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
    # A table rebuilt by a batch migration has its name quoted: the same table.
    return [" ".join(head.replace('"', "").split()), *sorted(" ".join(p.split()) for p in parts)]


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
    copies = list(backups.glob(f"house-pre-upgrade-{HEAD_REVISION}-*.sqlite3"))
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


def a_corrected_count(path: Path) -> None:
    """A room, an activity, a held session and a correction of its count (``tally_revisions``)."""
    db = open_database(path)
    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    rooms.set_day_hours(db, range(7), rooms.DayPlan.OPEN, [("8:00", "23:00")])
    room = rooms.create_room(db, "Grote zaal", 60)
    user = users.create_user(db, UserFields(name="Koor", kind=UserKind.VERENIGING))
    activity = users.create_activity(
        db,
        ActivityFields(
            user_id=user.id,
            name="Zangkoor",
            type=ActivityType.ONTMOETING,
            target_groups=[TargetGroup.IEDEREEN],
            accessibility=Accessibility.VRIJE_INLOOP,
        ),
    )
    today = dt.date.today()
    day = today - dt.timedelta(days=3)
    session = agenda.book_session(db, activity.id, room.id, day, "19:00", "20:00")
    tallies.record_count(db, session.id, 20, None, today=today)
    # Counted today, corrected "tomorrow": a correction after the day keeps its history.
    tallies.record_count(db, session.id, 22, None, today=today + dt.timedelta(days=1))
    db.close()


def rows(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of housedesk's, in order, without the probe column."""
    con = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        found = {}
        for table in tables:
            columns = [c[1] for c in con.execute(f"PRAGMA table_info({table})") if c[1] != "probe"]
            found[table] = con.execute(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid"
            ).fetchall()
        return found
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo house of a year, with corrections of counts (``tally_revisions``) in it."""
    path = tmp_path_factory.mktemp("demo") / "house.sqlite3"
    demo_house(path, years=1).close()
    assert rows(path, "tally_revisions") > 0
    return path


@pytest.mark.parametrize("table", ["bookings", "rooms", "activities", "users"])
def test_a_batch_rebuild_on_a_full_house_keeps_every_row_of_every_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str, demo_file: Path
) -> None:
    path = tmp_path / "house.sqlite3"
    shutil.copyfile(demo_file, path)
    before = every_row(path)
    scripts = scripts_with(
        tmp_path,
        f'with op.batch_alter_table("{table}", recreate="always") as batch:\n'
        '    batch.add_column(sa.Column("probe", sa.Integer, nullable=True))',
    )
    monkeypatch.setattr(schema, "alembic_script_location", lambda: scripts)
    monkeypatch.setattr(schema, "HEAD_REVISION", "9999")
    db = open_database(path)  # upgrades, after a copy to the backups folder
    db.close()
    assert schema.inspect_file(path).revision == "9999"
    assert every_row(path) == before
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_a_migration_that_leaves_a_dangling_reference_is_rolled_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "house.sqlite3"
    a_corrected_count(path)
    scripts = scripts_with(tmp_path, 'op.execute("DELETE FROM bookings")')
    monkeypatch.setattr(schema, "alembic_script_location", lambda: scripts)
    monkeypatch.setattr(schema, "HEAD_REVISION", "9999")
    with pytest.raises(Exception, match="foreign key check failed"):
        open_database(path)
    assert schema.inspect_file(path).revision == HEAD_REVISION
    assert rows(path, "bookings") == 1


def application_id(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA application_id").fetchone()[0]
    finally:
        con.close()


def test_a_new_database_carries_housedesks_mark(tmp_path: Path) -> None:
    open_database(tmp_path / "house.sqlite3").close()
    assert application_id(tmp_path / "house.sqlite3") == schema.APPLICATION_ID


def test_a_file_from_before_the_mark_gets_it_when_it_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "house.sqlite3"
    db = open_database(path)
    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    command.downgrade(migrate.alembic_config(db), "0001")
    db.close()
    assert (schema.inspect_file(path).revision, application_id(path)) == ("0001", 0)
    open_database(path).close()
    assert schema.inspect_file(path).revision == HEAD_REVISION
    assert application_id(path) == schema.APPLICATION_ID


@pytest.mark.parametrize("revision", ["4f2a9c1d7e3b", "0001", None])
def test_another_alembic_programs_database_is_refused_and_left_alone(
    tmp_path: Path, revision: str | None
) -> None:
    path = tmp_path / "recipes.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO recipes (name) VALUES ('appeltaart')")
    if revision is not None:
        con.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(OpenError) as refused:
        open_database(path)
    assert refused.value.reason == OpenError.FOREIGN
    assert path.read_bytes() == before


def test_rooms_enter_service_on_their_first_session_and_leave_after_their_last(
    tmp_path: Path, demo_file: Path
) -> None:
    path = tmp_path / "house.sqlite3"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    command.downgrade(migrate.alembic_config(db), "0002")
    db.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE rooms SET active = 0 WHERE id = (SELECT max(id) FROM rooms)")
    con.commit()
    sessions_before = con.execute("SELECT * FROM bookings ORDER BY id").fetchall()
    expected = {
        room_id: (first, last if not active else None)
        for room_id, active, first, last in con.execute(
            "SELECT r.id, r.active, min(b.date), date(max(b.date), '+1 day')"
            " FROM rooms r JOIN bookings b ON b.room_id = r.id GROUP BY r.id"
        )
    }
    con.close()

    open_database(path).close()
    con = sqlite3.connect(path)
    try:
        found = {
            room_id: (first, out)
            for room_id, first, out in con.execute(
                "SELECT id, in_service_from, out_of_service_from FROM rooms"
            )
        }
        sessions_after = con.execute(
            "SELECT * FROM bookings ORDER BY id"  # the new columns come last
        ).fetchall()
        late = con.execute("PRAGMA table_info(bookings)").fetchall()
    finally:
        con.close()
    assert found == expected
    assert [row[: len(sessions_before[0])] for row in sessions_after] == sessions_before
    assert [c[1] for c in late][-2:] == ["setup_min", "teardown_min"]


def test_a_room_without_sessions_enters_service_on_the_day_it_was_registered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "house.sqlite3"
    db = open_database(path)
    command.downgrade(migrate.alembic_config(db), "0002")
    db.close()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO rooms (code, name, capacity, facilities, active, created_at)"
        " VALUES ('R1', 'Zaal', 10, '[]', 1, '2024-03-04 10:00:00'),"
        " ('R2', 'Kelder', 10, '[]', 0, '2024-05-06 10:00:00')"
    )
    con.commit()
    con.close()
    open_database(path).close()
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT code, in_service_from, out_of_service_from FROM rooms ORDER BY code"
        ).fetchall()
        # The name keeps its case-blind uniqueness through the table's rebuild.
        with pytest.raises(sqlite3.IntegrityError):
            con.execute(
                "INSERT INTO rooms (code, name, capacity, facilities, active, created_at,"
                " in_service_from) VALUES ('R3', 'ZAAL', 5, '[]', 1, '2024-01-01', '2024-01-01')"
            )
    finally:
        con.close()
    assert rows == [("R1", "2024-03-04", None), ("R2", "2024-05-06", "2024-05-06")]
