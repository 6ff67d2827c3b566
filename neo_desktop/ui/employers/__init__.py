"""The employer area: companies, the openings board and matchmaking (the view is ui/views/employers.py)."""
