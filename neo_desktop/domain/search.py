"""What a search box may send to the database."""

from __future__ import annotations

import unicodedata

# No name, phone number or e-mail address stored is longer; a longer criterion cannot match anything.
MAX_SEARCH_LENGTH = 200


def clean_search_text(text: str, *, max_length: int = MAX_SEARCH_LENGTH) -> str:
    """The criterion as typed, without control and formatting characters, normalised (NFC) and capped."""
    printable = "".join(c for c in text if c.isprintable() or c == " ")
    return unicodedata.normalize("NFC", " ".join(printable.split()))[:max_length]
