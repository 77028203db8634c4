"""Surveys, one sub-package per part: definition (surveys as data), easy_read (the checker),
builder, journey (what respondents use), results, staff (list, publish, share, enter)."""
