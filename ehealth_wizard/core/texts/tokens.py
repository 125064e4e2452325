"""English texts for the tokens codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {}
