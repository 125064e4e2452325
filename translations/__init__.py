"""Compiled Qt translations (installed as ehealth_wizard._translations)."""
