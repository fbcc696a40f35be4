"""The record set and its collection-level check (references, numbering, dates).

Above :mod:`congresskit.records`; below exchange, summary and reports.
"""
