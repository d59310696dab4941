"""A label per row chosen from a few, as one shared string object each (a column's memory is
then its pointers). numpy.where with string choices makes a fixed-width array, which pandas
turns into one string object per row: 200,000 institutions' "register" cost ~13 MB that way."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def choose(index: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """names[index[i]] for every row, as an object array whose equal labels are one object.

    >>> choose(np.array([1, 0, 1]), ["register", "estimate"]).tolist()
    ['estimate', 'register', 'estimate']
    """
    return np.array(list(names), dtype=object)[np.asarray(index, dtype=np.intp)]


def repeated(label: str, n: int) -> np.ndarray:
    """`label` n times as an object array holding the one object. np.full(n, label,
    dtype=object) and np.where(mask, label, objects) make a new string per row instead
    (176,000 kits' "kit": ~9 MB, kept with the plan's items).

    >>> a = repeated("kit", 3)
    >>> a.tolist(), len({id(v) for v in a})
    (['kit', 'kit', 'kit'], 1)
    """
    out = np.empty(n, dtype=object)
    out.fill(label)
    return out
