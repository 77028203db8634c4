"""The text engine: redaction, names, safeguarding rules, themes (codebook matching), sentiment
and phrases. Pure functions; imports no Flask, no database and no other coprod package, so
`coprod analyse` and the benches run on it alone."""
