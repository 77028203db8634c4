"""Co-production charters: principles, signatories, projects and their evaluation."""
