"""Entry point of the frozen build: the same main() as the `ehealth-wizard` console script."""

import multiprocessing
import sys

from ehealth_wizard.cli import main

if __name__ == "__main__":
    # First: in the frozen build a spawned KDF worker (PKCS#12 unlock) re-runs this executable.
    multiprocessing.freeze_support()
    sys.exit(main())
