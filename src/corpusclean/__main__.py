"""Run the command-line interface: ``python -m corpusclean``."""

from .cli import main

raise SystemExit(main())
