"""The participant record: its window, forms, journal, conflict dialog, import wizard and network groups."""
