"""Data files shipped with the program (installed as ehealth_wizard._resources)."""
