"""Surveys: definitions as data, and (from other modules) the builder, runner and results."""
