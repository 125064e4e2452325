"""English texts for the validation codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {}
