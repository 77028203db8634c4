"""Offline text analysis of family feedback: redaction, safeguarding, themes, sentiment."""
