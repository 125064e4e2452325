"""English texts for the ehealth codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {}
