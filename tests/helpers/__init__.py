"""Builders and file makers shared by the tests."""
