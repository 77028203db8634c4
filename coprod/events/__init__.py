"""Listening events: where families were heard, who came, what was heard and what was agreed."""
