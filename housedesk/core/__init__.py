"""The domain: everything a house registers and the board decides, without Qt."""
