"""The Qt wizard: the only package that imports PySide6.

PySide6 is pinned below 6.12 in pyproject.toml: 6.12.0 drops a reference to `None` on every
void C++ call under CPython 3.11, which aborts the process after a few thousand calls.
"""
