"""The repository's scripts (`benchmarks/`, `scripts/`), loaded as modules for their tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parent.parent


def load_script(path: Path) -> ModuleType:
    """The script at ``path`` (relative to the repository's root, or absolute), run as a
    module named after its file and registered in `sys.modules`: dataclasses look their
    module up by name while a class is built."""
    full = path if path.is_absolute() else ROOT / path
    spec = importlib.util.spec_from_file_location(full.stem, full)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
