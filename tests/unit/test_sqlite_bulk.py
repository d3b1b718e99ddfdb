"""The bulk paths into SQLite of the output writer (no QGIS needed):

- ``gis.tableimage``: a frame laid out as an SQLite database image must hold exactly what
  binding the same values with sqlite3 stores (values and storage classes), pass SQLite's
  integrity check, and give up (None) where it cannot;
- ``gis.geopackage.load_rtree``: a packed R-tree written into the shadow tables must hold
  the entries SQLite's own inserts give, pass ``rtreecheck``, answer window queries the
  same, and stay usable for later inserts, updates and deletes.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.gis import geopackage as gp
from fiefs_plugin.gis import tableimage
from fiefs_plugin.gis.values import column_array, column_values

pytestmark = pytest.mark.skipif(not tableimage.available(), reason="sqlite3 without deserialize")


def _bound(keys, columns) -> sqlite3.Connection:
    """The reference: the same values bound one by one into a table without column types."""
    connection = sqlite3.connect(":memory:")
    names = ", ".join(f"c{j}" for j in range(len(columns)))
    connection.execute(f"CREATE TABLE frame (k INTEGER PRIMARY KEY{', ' if columns else ''}{names})")
    connection.executemany(f"INSERT INTO frame VALUES ({', '.join('?' * (len(columns) + 1))})",
                           zip(np.asarray(keys, dtype="int64").tolist(), *columns))
    return connection


def _imaged(keys, columns) -> sqlite3.Connection:
    image = tableimage.table_image("frame", np.asarray(keys), columns)
    assert image is not None
    connection = sqlite3.connect(":memory:")
    tableimage.attach(connection, "img", image)
    assert connection.execute("PRAGMA img.integrity_check").fetchall() == [("ok",)]
    return connection


def _rows(connection, schema: str, width: int):
    select = ", ".join(["k"] + [f"c{j}, typeof(c{j})" for j in range(width)])
    return connection.execute(f"SELECT {select} FROM {schema}frame ORDER BY k").fetchall()


def _same(keys, image_columns, bound_columns) -> None:
    width = len(bound_columns)
    expected = _rows(_bound(keys, bound_columns), "", width)
    got = _rows(_imaged(keys, image_columns), "img.", width)
    assert len(got) == len(keys)
    assert got == expected


def test_frame_columns_as_bound_values():
    rng = np.random.default_rng(7)
    n = 3000
    frame = pd.DataFrame({
        "real": rng.normal(size=n) * 10.0 ** rng.integers(-300, 300, size=n),
        "int": rng.integers(-2 ** 63, 2 ** 63 - 1, size=n, dtype="int64"),
        "nullable": pd.array([None if i % 5 == 0 else i - 1000 for i in range(n)], dtype="Int64"),
        "flag": rng.random(n) < 0.5,
        "maybe": pd.array([None if i % 7 == 0 else bool(i % 2) for i in range(n)], dtype="boolean"),
        "text": [None if i % 9 == 0 else ("é" * (i % 90)) + "شمال" + str(i) for i in range(n)],
        "mixed": [[None, 1, 2.5, "x", float("nan"), -7, 2 ** 62][i % 7] for i in range(n)],
        "long": ["x" * (i % 3000) for i in range(n)],
    })
    frame.loc[frame.index % 10 == 0, "real"] = np.nan
    frame.loc[1, "real"] = np.inf
    frame.loc[2, "real"] = -0.0
    keys = rng.permutation(np.arange(n) * 7 - 9000)  # unsorted, negative
    _same(keys, [column_array(frame[c]) for c in frame.columns], [column_values(frame[c]) for c in frame.columns])


def test_many_rows_and_deep_trees(monkeypatch):
    rng = np.random.default_rng(1)
    keys = np.concatenate([rng.choice(10 ** 12, 20000, replace=False), [-(2 ** 63), 2 ** 63 - 1, 0]])
    values = rng.random(len(keys))
    _same(keys, [values], [values.tolist()])
    # small pages: three interior levels
    monkeypatch.setattr(tableimage, "PAGE_SIZE", 512)
    monkeypatch.setattr(tableimage, "_MAX_LOCAL", 512 - 35)
    _same(keys, [values, [f"u{k}" for k in keys.tolist()]], [values.tolist(), [f"u{k}" for k in keys.tolist()]])


def test_edge_tables():
    _same(np.array([], dtype="int64"), [np.array([], dtype="float64")], [[]])
    _same(np.array([5]), [np.array([np.nan])], [[None]])
    image = tableimage.table_image("frame", np.array([3, 1]), [])
    connection = sqlite3.connect(":memory:")
    connection.deserialize(image)
    assert connection.execute("SELECT k FROM frame ORDER BY k").fetchall() == [(1,), (3,)]


def test_what_an_image_cannot_hold():
    assert tableimage.table_image("frame", np.array([1, 1]), [np.array([1.0, 2.0])]) is None  # duplicate keys
    assert tableimage.table_image("frame", np.array([1]), [["x" * 70000]]) is None  # a row over one page
    assert tableimage.table_image("frame", np.array([1]), [[object()]]) is None
    assert tableimage.table_image("frame", np.array([1]), [[2 ** 64]]) is None
    assert tableimage.table_image("frame", np.array([1]), [["\ud800"]]) is None  # not UTF-8
    assert tableimage.table_image("frame", np.array([1.5]), [[1]]) is None  # keys are integers


# --- R-tree -----------------------------------------------------------------------------------


def _boxes(n: int, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(-180, 180, n), rng.uniform(-80, 80, n)
    w, h = rng.exponential(0.3, n), rng.exponential(0.3, n)
    boxes = np.stack([x, x + w, y, y + h], axis=1)
    boxes[::17, 1] = boxes[::17, 0]  # points: min = max
    boxes[n // 2] = [1e-40, 1e-40, -1e-40, 3.0000001]  # values float32 cannot hold exactly
    return rng.permutation(n) * 3 + 1, boxes


@pytest.mark.parametrize("n,page_size", [(1, 4096), (51, 4096), (52, 4096), (3000, 4096), (20000, 1024),
                                         (20000, 65536)])
def test_packed_rtree_is_sqlites(n, page_size):
    ids, boxes = _boxes(n)
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.execute(f"PRAGMA page_size = {page_size}")
    connection.execute("CREATE VIRTUAL TABLE packed USING rtree(id, minx, maxx, miny, maxy)")
    connection.execute("CREATE VIRTUAL TABLE inserted USING rtree(id, minx, maxx, miny, maxy)")
    gp.load_rtree(connection, "packed", ids, boxes)
    connection.executemany("INSERT INTO inserted VALUES (?, ?, ?, ?, ?)",
                           zip(ids.tolist(), *(boxes[:, k].tolist() for k in range(4))))
    assert connection.execute("SELECT rtreecheck('packed')").fetchone() == ("ok",)
    entries = "SELECT * FROM {} ORDER BY id"
    assert connection.execute(entries.format("packed")).fetchall() == \
        connection.execute(entries.format("inserted")).fetchall()
    window = "SELECT id FROM {} WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ? ORDER BY id"
    for x, y in np.random.default_rng(n).uniform([-180, -80], [180, 80], (30, 2)).tolist():
        args = (x, x + 20, y, y + 10)
        assert connection.execute(window.format("packed"), args).fetchall() == \
            connection.execute(window.format("inserted"), args).fetchall()
    connection.execute("DELETE FROM packed WHERE id % 3 = 0")
    connection.execute("INSERT INTO packed VALUES (-5, 0, 1, 0, 1)")
    connection.execute("UPDATE packed SET minx = minx - 1 WHERE id % 7 = 1")
    assert connection.execute("SELECT rtreecheck('packed')").fetchone() == ("ok",)


def test_rtree_entries_sqlite_refuses_are_inserted_as_usual():
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    with pytest.raises(sqlite3.IntegrityError):  # min above max: SQLite's own error, as before
        gp.load_rtree(connection, "r", np.array([1, 2]), np.array([[0.0, 1.0, 0.0, 1.0], [2.0, 1.0, 0.0, 1.0]]))


def test_rtree_rounding_is_sqlites():
    values = np.array([0.1, -0.1, 1e-45, -1e-45, 3.4e38, 1 / 3, -1 / 3, 0.0, 123456.789])
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE r USING rtree(id, lo, hi)")
    connection.executemany("INSERT INTO r VALUES (?, ?, ?)", [(i, v, v) for i, v in enumerate(values.tolist())])
    lo, hi = zip(*connection.execute("SELECT lo, hi FROM r ORDER BY id").fetchall())
    assert gp.rtree_round(values, True).astype("float64").tolist() == list(lo)
    assert gp.rtree_round(values, False).astype("float64").tolist() == list(hi)
