"""The desktop program's window: everything that imports PySide6 lives in this package.

Views ask the services for plain data through the background task runner (``tasks``), announce and hear
changes on one bus (``changes``), show errors through ``errors`` and speak the user's language (``i18n``).
``application.run_gui`` starts it all; ``startup.Startup`` is the flow from database to main window.
"""
