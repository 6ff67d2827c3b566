"""NEO Desktop: start the program or run a command (``python main.py --help``)."""

import sys

from neo_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
