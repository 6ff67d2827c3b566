"""Logging to a rotating file in the platform's log folder (and, for the command line, to stderr).

Passwords never reach the log: connection URLs are logged through ``describe_url``, which drops them.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .paths import user_log_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    """The program's log file."""
    return user_log_dir() / "neo-desktop.log"


def configure_logging(*, verbose: bool = False, to_stderr: bool = False) -> Path:
    """Send log records to the log file (and stderr if asked); returns the file's path."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_neo_handler", False):
            root.removeHandler(handler)
            handler.close()
    path = log_file()
    file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handlers: list[logging.Handler] = [file_handler]
    if to_stderr:
        stream = logging.StreamHandler()
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        handlers.append(stream)
    for handler in handlers:
        handler._neo_handler = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path
