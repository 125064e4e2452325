"""Entry point of the frozen build: the same main() as the `ehealth-wizard` console script."""

import sys

from ehealth_wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
