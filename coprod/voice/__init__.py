"""The voice record: one row for every thing a young person, parent carer or practitioner said."""
