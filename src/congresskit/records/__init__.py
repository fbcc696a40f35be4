"""The records: frozen, typed models of a congress's work, their enumerations and labels.

The bottom layer of congresskit: it knows nothing of JSON, files, summaries or
reports. Everything here is exported from :mod:`congresskit`.
"""
