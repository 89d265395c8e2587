"""The command line: argparse, one way to fail, a handler per command."""
