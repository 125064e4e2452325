"""The headless core: no Qt here, everything testable without a display."""
