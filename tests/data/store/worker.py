"""A separate process that imports one election into a store, for the fault-injection and
concurrency tests (tests/qgis/test_store_backends.py).

    python worker.py BACKEND LOCATION SCHEMA ELECTION MODE [BUMP]

BACKEND: geopackage | postgis. LOCATION: the .gpkg path (PostGIS: ignored, FIEFS_PG_DSN is
used). MODE: ``normal``; ``kill`` (at half the rows print HALF and sleep: the test kills the
process); ``pause:FLAG`` (at half the rows print HALF, wait until the file FLAG exists, go on).
BUMP: added to one list's votes (a different content of the same election).
FIEFS_STORE_STAGED: folder holding the staged fiefs_plugin (imported first);
FIEFS_STORE_TIMEOUT: GeoPackage busy timeout in seconds.

Prints ``PID <n>`` (PostGIS backend pid), ``STARTED``, ``HALF``, then ``DONE <json summary>``;
exit status 0 = written, 3 = StoreConflictError, 4 = another StoreError.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
staged = os.environ.get("FIEFS_STORE_STAGED")
if staged:
    sys.path.insert(0, staged)
sys.path.insert(1 if staged else 0, str(HERE.parents[2]))  # the repository, for tests.data.store


def say(text: str) -> None:
    print(text, flush=True)


def main(argv: list[str]) -> int:
    backend, location, schema_name, election_id, mode = argv[:5]
    bump = int(argv[5]) if len(argv) > 5 else 0
    from fiefs_plugin.gis.store import Election, StoreConflictError, StoreError
    from tests.data.store import samples

    if backend == "geopackage":
        from fiefs_plugin.gis.store.geopackage import GeoPackageStore

        store = GeoPackageStore(location, timeout=float(os.environ.get("FIEFS_STORE_TIMEOUT", "30")))
    else:
        import psycopg2.extensions

        from fiefs_plugin.gis.store.postgis import PostgisStore

        store = PostgisStore(psycopg2.extensions.parse_dsn(os.environ["FIEFS_PG_DSN"]), schema_name)
    store.CHUNK_ROWS = 10
    result_set = samples.result_set(election_id, bump=bump)
    store.open()
    if backend == "postgis":
        say(f"PID {store.backend_pid()}")
    halfway = {"said": False}

    def progress(done: int, total: int) -> None:
        if halfway["said"] or done < total / 2:
            return
        halfway["said"] = True
        say("HALF")
        if mode == "kill":
            time.sleep(120)
        elif mode.startswith("pause:"):
            flag = Path(mode.split(":", 1)[1])
            deadline = time.monotonic() + 60
            while not flag.exists() and time.monotonic() < deadline:
                time.sleep(0.02)

    say("STARTED")
    try:
        summary = store.write_election(Election(election_id, kind="european", date="2024-06-09"), result_set,
                                       progress=progress)
    except StoreConflictError as error:
        say(f"CONFLICT {error}")
        return 3
    except StoreError as error:
        say(f"ERROR {error}")
        return 4
    finally:
        store.close()
    say("DONE " + json.dumps(summary.as_dict()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
