"""The Agenda screen: the week grid, the booking dialogs."""
