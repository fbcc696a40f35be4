"""The machinery and the strategies re-exported by :mod:`congresskit.strategies`."""
