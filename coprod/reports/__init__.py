"""Reports leaders take to boards and inspectors: the themed voice report and the area SEND
evidence pack, in HTML, PDF, spreadsheets and easy read. Reports read every domain; nothing
imports reports."""
