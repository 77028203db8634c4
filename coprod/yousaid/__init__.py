"""You said, we did: from what families said, through what was done, to families being told."""
