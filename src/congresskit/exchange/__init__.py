"""JSON exchange: converters, documents, JSON Lines, the schema, migrations and sync.

Turns plain JSON values into records and back, with every problem reported.
Above :mod:`congresskit.checking`; it knows nothing of summaries or reports.
"""
