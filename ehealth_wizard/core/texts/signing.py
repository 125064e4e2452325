"""English texts for the signing codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {}
