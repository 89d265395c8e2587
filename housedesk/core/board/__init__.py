"""The board's period rules: a period's figures, approval and locking, the review."""
