"""ehealth-wizard: register a private medical practice in the Ukrainian eHealth system."""

__version__ = "0.1.0"
APP_NAME = "ehealth-wizard"  # its folders (core/paths.py) and keyring entries are named so
LANGUAGES = ("uk", "en")  # of the window, the --lang option and a vendor profile's default
