"""ehealth-wizard: register a private medical practice in the Ukrainian eHealth system."""

__version__ = "0.1.0"
