"""Survey results: counts, charts and exports, on the staff pages."""
