"""The optional compiled GOST module (ehealth_wizard/core/signing/ua/_gostc.c).

Everything else about the package is in pyproject.toml. Without a C compiler or the Python
headers the build goes on without it: the pure-Python GOST modules are the fallback, and
`ehealth-wizard --version` says which build is in use.
"""

from __future__ import annotations

import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

NOTICE = (
    "ehealth-wizard: the compiled GOST module was not built ({reason}); "
    "the pure-Python one is used (key unlock is slower)"
)


class OptionalBuildExt(build_ext):
    """build_ext that turns a failed compile into a one-line notice instead of an error."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler at all (distutils raises several kinds)
            print(NOTICE.format(reason=_reason(exc)), file=sys.stderr)

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:  # missing Python.h, compiler error
            print(NOTICE.format(reason=_reason(exc)), file=sys.stderr)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:120]


setup(
    ext_modules=[
        Extension(
            "ehealth_wizard.core.signing.ua._gostc",
            ["ehealth_wizard/core/signing/ua/_gostc.c"],
            extra_compile_args=["-O2"] if sys.platform != "win32" else ["/O2"],
        )
    ],
    cmdclass={"build_ext": OptionalBuildExt},
)
