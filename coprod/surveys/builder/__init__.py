"""The survey builder: changing questions, options and who sees them, on the staff pages."""
