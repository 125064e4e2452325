"""The Qt wizard: the only package that imports PySide6.

Workaround: PySide6 6.12.0 on CPython 3.11 drops one reference to `None` on every call of a
C++ method returning void (`widget.setText(...)` etc.), so after a few thousand calls CPython
aborts with "none_dealloc: deallocating None". CPython 3.12+ makes None immortal; on 3.11 we
give it a reference count no program can exhaust. Remove once PySide6 is fixed or pinned below.
"""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    import ctypes

    _refcnt = ctypes.c_ssize_t.from_address(id(None))
    if _refcnt.value < 1 << 40:
        _refcnt.value += 1 << 40
    del ctypes, _refcnt
