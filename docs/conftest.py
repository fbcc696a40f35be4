"""pytest collects the examples in these pages, but not the Sphinx build machinery."""

collect_ignore = ["conf.py", "_ext", "_build"]
