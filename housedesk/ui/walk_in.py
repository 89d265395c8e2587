"""Vandaag's session without booking (Ctrl+N): activity, room, date, times and the counts.

A walk-in that nobody booked is entered here and counted at once. The dialog
and its date, time and number fields are loaded when it is first asked for,
not before the window shows (``housedesk.ui.today``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from housedesk.core.tallies.pending import CountRow
from housedesk.db import Database
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.dates import DateField
from housedesk.ui.kit.fields import NumberField
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import problem_text
from housedesk.ui.kit.messages import confirm_over_capacity
from housedesk.ui.kit.times import TimeField


class WalkInDialog(FormDialog):
    """A session that happened without a booking: activity, room, times and the counts."""

    def __init__(
        self, db: Database, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        from housedesk.core import users  # the ORM: loaded after the first paint
        from housedesk.core.tallies.counts import MAX_COUNT

        super().__init__(self.tr("Session without booking"), parent)
        self.db = db
        self.today = today
        self.created: CountRow | None = None
        self.activities = users.pickable_activities(db)
        self.rooms = users.default_room_choices(db)
        self.activity = QComboBox()
        self.activity.addItem(self.tr("Choose the activity"), None)
        for choice in self.activities:
            self.activity.addItem(f"{choice.name} ({choice.user_name})", choice.id)
        self.room = QComboBox()
        self.room.addItem(self.tr("Choose the room"), None)
        for room in self.rooms:
            self.room.addItem(room.name, room.id)
        self.date = DateField(today(), past=True, today=today)
        self.start = TimeField()
        self.start.edit().setPlaceholderText(self.tr("e.g. 14:00"))
        self.start.setAccessibleName(self.tr("Start time"))
        self.end = TimeField(end_of_day=True)
        self.end.edit().setPlaceholderText(self.tr("e.g. 16:00"))
        self.end.setAccessibleName(self.tr("End time"))
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addStretch(1)
        self.visitors = NumberField(0, MAX_COUNT, optional=True)
        self.volunteers = NumberField(0, MAX_COUNT, optional=True)
        self.add_field("activity", self.tr("&Activity:"), self.activity)
        self.add_field("room", self.tr("&Room:"), self.room)
        self.add_field("date", self.tr("&Date:"), self.date)
        self.add_field("times", self.tr("&Times:"), times, self.tr("Times"))
        self.add_field("visitors", self.tr("&Visitors:"), self.visitors)
        self.add_field("volunteers", self.tr("V&olunteers:"), self.volunteers)
        self.activity.currentIndexChanged.connect(self._activity_chosen)
        self.activity.setFocus()

    def _activity_chosen(self) -> None:
        """Start from the activity's usual room and times."""
        choice = next((a for a in self.activities if a.id == self.activity.currentData()), None)
        if choice is None:
            return
        if choice.default_room_id is not None and self.room.currentData() is None:
            self.room.setCurrentIndex(max(self.room.findData(choice.default_room_id), 0))
        if choice.default_start_min is not None and not self.start.text():
            self.start.setValue(choice.default_start_min)
        if choice.default_end_min is not None and not self.end.text():
            self.end.setValue(choice.default_end_min)

    def save(self) -> None:
        from housedesk.core.tallies import (
            counts as tallies,  # the ORM: loaded after the first paint
        )

        counts = tallies.parse_counts(
            {"visitors": self.visitors.text(), "volunteers": self.volunteers.text()}
        )
        day = self.date.value()
        assert day is not None  # fields_read() said it reads
        arguments = (
            self.activity.currentData(),
            self.room.currentData(),
            day,
            self.start.value(),
            self.end.value(),
            counts["visitors"],
            counts["volunteers"],
        )
        try:
            self.created = perform(
                Change.SESSIONS | Change.COUNTS,
                lambda: tallies.add_unbooked_session(self.db, *arguments, today=self.today()),
                self,
            )
        except tallies.OverCapacity as over:
            if not confirm_over_capacity(self, problem_text(over.problems[0])):
                raise
            self.created = perform(
                Change.SESSIONS | Change.COUNTS,
                lambda: tallies.add_unbooked_session(
                    self.db, *arguments, today=self.today(), allow_over_capacity=True
                ),
                self,
            )
