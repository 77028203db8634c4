"""The staff pages of the voice record: list, search, export, add, paste, import and publish.

They sit above events and analysis because a comment's page names its event and the lists hide
flagged comments; the record itself (coprod.voice: comments, what coprod found in them, the
flags) sits below both, so events and surveys can add to it. The blueprint keeps the name
"voice" and the address /staff/voice/.
"""
