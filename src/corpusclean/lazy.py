"""A package's names imported from their modules on first reading, not with the package.

A package's ``__init__`` names what its modules define (``corpusclean.dedupe.CorpusIndex``),
and importing the modules to bind those names made every importer of any module of the
package pay for all of them: ``corpusclean.dedupe.within`` (every document's duplicates)
imported the corpus index, its stores and the I/O package; ``corpusclean.page.title`` the
whole page classifier. With `names_on_first_use` the package binds a name when it is first
read (PEP 562), and the module that defines it is imported then, once: the name is kept as
the package's attribute, so later readings cost what any attribute costs.

Usage, in a package's ``__init__``, with the names also imported under ``TYPE_CHECKING`` so
that type checkers and readers see where each comes from::

    if TYPE_CHECKING:
        from .corpus import CorpusIndex
    else:
        __getattr__ = names_on_first_use(__name__, {"CorpusIndex": ".corpus"})
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Mapping

__all__ = ["names_on_first_use"]


def names_on_first_use(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package`` that imports a name's home module (``homes``:
    name -> module, relative to the package) on its first reading and keeps the name.

    >>> import types
    >>> lazy = types.ModuleType("lazy_example")
    >>> sys.modules["lazy_example"] = lazy
    >>> lazy.__getattr__ = names_on_first_use("lazy_example", {"dumps": "json"})
    >>> lazy.dumps([1])
    '[1]'
    >>> "dumps" in vars(lazy)
    True
    >>> del sys.modules["lazy_example"]
    >>> pages = names_on_first_use("corpusclean.page", {})
    >>> pages("detect").__name__
    'corpusclean.page.detect'
    """

    def module_getattr(name: str) -> object:
        home = homes.get(name)
        if home is not None:
            value = getattr(importlib.import_module(home, package), name)
        elif not name.startswith("__") and importlib.util.find_spec(f"{package}.{name}"):
            # A submodule read as the package's attribute (``page.shapes.PAGE_MIN_LINES``):
            # the package's imports bound it before, so it is imported here instead. (Not
            # a dunder name: those are the import system's questions, never submodules.)
            value = importlib.import_module(f"{package}.{name}")
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        setattr(sys.modules[package], name, value)
        return value

    return module_getattr
