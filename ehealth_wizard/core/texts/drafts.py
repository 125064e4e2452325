"""English texts for the drafts codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {}
