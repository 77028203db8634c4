"""Reports leaders take to boards and inspectors: the themed voice report and the area SEND
evidence pack, in HTML, PDF, spreadsheets and easy read. Reports read every domain; nothing
imports reports."""

# Importing reports starts the flush hook that takes deleted or withdrawn words out of saved
# reports and their PDFs (coprod.models imports reports, so every app and command has it).
from coprod.reports import forgetting  # noqa: E402, F401
