"""Surveys as data: load, check and save a survey definition, its symbols and the library."""
