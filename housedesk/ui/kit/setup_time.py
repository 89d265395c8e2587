"""Set-up and clean-up time (opbouw, afbouw) around a session: two spin boxes in minutes.

Used where an activity's usual times are kept and where a session is booked or
changed; the room is taken that long before and after the session (see
``housedesk.core.agenda.bookings``), also outside the opening hours.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from housedesk.common.times import QUARTER


class SetupFields(QWidget):
    """Set-up and clean-up time (opbouw, afbouw) around a session, in minutes."""

    def __init__(
        self, most: int, setup: int = 0, teardown: int = 0, parent: QWidget | None = None
    ) -> None:
        """``most``: the longest set-up or clean-up the core takes, in minutes."""
        super().__init__(parent)
        self.setup = QSpinBox()
        self.setup.setObjectName("setupMinutes")
        self.setup.setAccessibleName(self.tr("Set-up time in minutes, before the start"))
        self.teardown = QSpinBox()
        self.teardown.setObjectName("teardownMinutes")
        self.teardown.setAccessibleName(self.tr("Clean-up time in minutes, after the end"))
        for box, minutes in ((self.setup, setup), (self.teardown, teardown)):
            box.setRange(0, most)
            box.setSingleStep(QUARTER)
            box.setSuffix(self.tr(" min"))
            box.setValue(minutes)
            inner = box.findChild(QLineEdit)
            if inner is not None:  # the spin box's own text field, for screen readers too
                inner.setAccessibleName(box.accessibleName())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("set-up")))
        layout.addWidget(self.setup)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("clean-up")))
        layout.addWidget(self.teardown)
        layout.addStretch(1)
        self.setFocusProxy(self.setup)
        self.setToolTip(
            self.tr(
                "The room is taken this long before and after the session, e.g. to set out "
                "the tables. It may lie outside the opening hours."
            )
        )

    def values(self) -> tuple[int, int]:
        return self.setup.value(), self.teardown.value()

    def set_values(self, setup: int, teardown: int) -> None:
        self.setup.setValue(setup)
        self.teardown.setValue(teardown)
