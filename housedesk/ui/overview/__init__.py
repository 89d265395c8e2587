"""The Overzicht screen and the board's PDF report."""
