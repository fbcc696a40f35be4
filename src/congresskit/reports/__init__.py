"""Rendered reports: a summary or an assessment as Markdown, text or JSON, in zh or en.

Reports are written from the typed summary and assessment only, never from records.
"""
