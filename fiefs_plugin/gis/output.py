"""The one way out of a Fiefs algorithm: every layer and table output is written here.

``open_output(algorithm, parameters, name, context, fields, wkb_type, crs, feedback)``
returns a :class:`FeatureOutput` (or None for an optional output nobody asked for), then:

- ``write_frame(frame, geometries=None, blobs=None)``: one feature per frame row, in
  order; each output field takes the frame column of its name (NULL when there is none);
- ``copy_source(source, frame, table=None)``: every feature of ``source`` in its order,
  geometry copied unchecked; each output field takes the frame column of its name (the
  row whose index is the feature id; NULL for a feature without a row), else the source
  field of its name, else NULL;
- ``finish()``: the destination id for the algorithm's result (None when canceled).

Two ways, same result. Values always go through one GeoPackage table written with
sqlite3 (one transaction, values bound column by column, never one QVariant at a time):

- a plain ``.gpkg`` file destination (``TEMPORARY_OUTPUT`` too): that table is the
  output (a feature without geometry gets an empty one, as QgsVectorFileWriter writes it), written beside the destination under a temporary name and renamed when
  complete (R-tree filled once at the end, GDAL's column types, ``gpkg_ogr_contents``);
  when the source itself is a whole GeoPackage table (``geopackage.table_of_parameter``)
  its attributes and geometry blobs are copied by ``INSERT ... SELECT``, in C;
- any other destination (memory layers, other formats, database tables): QGIS's own sink
  (``parameterAsSink``), filled from that table, staged in QGIS's temporary folder, read
  back by OGR in C++ (one Python call per feature, none per value).

Either way: the fields and types of ``fields`` (as GDAL declares them in a GeoPackage),
NULL for NaN/None/NA, the CRS, geometries made to fit ``wkb_type`` as QgsVectorFileWriter
does (single -> multi, Z/M dropped or added), the features in the order given. A failure
or a cancel leaves no file (a sink file is removed) and the source is never modified.
Field types a GeoPackage column cannot hold exactly (lists, maps, binary, time) are written
straight into the sink, value by value.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import struct
import tempfile
from contextlib import suppress
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QVariant

from fiefs_plugin.gis import geopackage as gp
from fiefs_plugin.gis import tableimage
from fiefs_plugin.gis.fieldtypes import FieldType
from fiefs_plugin.gis.store.wkb import wkb_from_gpkg
from fiefs_plugin.gis.values import column_array, column_values

translate = QCoreApplication.translate

BATCH = 2000  # features per addFeatures call / per executemany chunk
IMAGE_ROWS = 1000  # tables of at least this many rows are staged as an SQLite image (gis/tableimage.py)
# rows per image: the transient arrays of an image are several times its size (France's long
# results table, 529 k rows: 300 MB for one image of 63 MB), so a long table goes in slices
IMAGE_CHUNK = 131_072
GEOMETRY_COLUMN = "geom"  # GDAL's default name
FID_COLUMN = "fid"  # GDAL's default primary key; an integer field of that name fills it

# QgsField type -> the column type GDAL declares for it in a GeoPackage (and reads back as it)
_SQL_TYPES = {
    FieldType.Int: "MEDIUMINT",
    FieldType.LongLong: "INTEGER",
    FieldType.Double: "REAL",
    FieldType.String: "TEXT",
    FieldType.Bool: "BOOLEAN",
    FieldType.Date: "DATE",
    FieldType.DateTime: "DATETIME",
}
_INTEGER_TYPES = (FieldType.Int, FieldType.LongLong)
_LINEAR = {
    QgsWkbTypes.Type.Point, QgsWkbTypes.Type.LineString, QgsWkbTypes.Type.Polygon, QgsWkbTypes.Type.MultiPoint,
    QgsWkbTypes.Type.MultiLineString, QgsWkbTypes.Type.MultiPolygon, QgsWkbTypes.Type.GeometryCollection,
}


class _CanceledError(Exception):
    """The feedback was canceled while writing."""


def plain_geopackage(destination: str) -> bool:
    """A destination that is a GeoPackage file path (not ogr:/postgres: URIs, not memory:)."""
    text = str(destination or "").lower()
    return text.endswith(".gpkg") and "|" not in text and not text.startswith(
        ("ogr:", "memory:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:"))


def sql_type(field) -> str | None:
    """The GeoPackage column type GDAL gives a QgsField, or None when a column cannot hold
    it exactly."""
    kind = _SQL_TYPES.get(field.type())
    if kind == "TEXT" and field.length() > 0:
        return f"TEXT({field.length()})"
    return kind


def geometry_type_name(wkb_type) -> str | None:
    """GeoPackage geometry_type_name of a (linear) QGIS type; None for a curved one."""
    flat = QgsWkbTypes.flatType(wkb_type)
    if flat == QgsWkbTypes.Type.Unknown:
        return "GEOMETRY"
    if flat not in _LINEAR:
        return None
    return QgsWkbTypes.displayString(flat).upper()


def srs_row(crs) -> tuple | None:
    """(srs_name, srs_id, organization, organization_coordsys_id, definition, description)
    of a CRS as GDAL registers it; None for no CRS."""
    if crs is None or not crs.isValid():
        return None
    authid = crs.authid()
    wkt = crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT1_GDAL)
    if authid.upper().startswith("EPSG:") and authid[5:].isdigit():
        code = int(authid[5:])
        return (crs.description() or authid, code, "EPSG", code, wkt, None)
    return (crs.description() or "Unknown", gp.FIRST_CUSTOM_SRS, "NONE", gp.FIRST_CUSTOM_SRS, wkt or "undefined", None)


def check_fields(fields: QgsFields) -> None:
    """A field named fid must be an integer (GeoPackage's feature id)."""
    for f in fields:
        if f.name().lower() == FID_COLUMN and f.type() not in _INTEGER_TYPES:
            raise QgsProcessingException(translate(
                "FeatureOutput", "The output has a field '{name}' that is not an integer: a GeoPackage keeps that "
                "name for its feature ids. Rename the field.").format(name=f.name()))


def _fid_index(fields: QgsFields) -> int:
    for i, f in enumerate(fields):
        if f.name().lower() == FID_COLUMN:
            return i
    return -1


def open_output(algorithm, parameters: dict, name: str, context, fields: QgsFields, wkb_type, crs=None,
                feedback=None, fast: bool | None = None) -> FeatureOutput | None:
    """The output ``name`` of ``algorithm`` (see the module docstring); None when it is an
    optional output left empty. ``fast=False`` forces QGIS's sink (tests)."""
    check_fields(fields)
    crs = crs if crs is not None else QgsCoordinateReferenceSystem()
    has_geometry = QgsWkbTypes.flatType(wkb_type) != QgsWkbTypes.Type.NoGeometry
    stageable = all(sql_type(f) for f in fields) and (not has_geometry or geometry_type_name(wkb_type))
    text = _destination_text(parameters.get(name))
    if text and fast is not False and stageable and (text == "TEMPORARY_OUTPUT" or plain_geopackage(text)):
        destination = algorithm.parameterAsOutputLayer(parameters, name, context)
        if plain_geopackage(destination):
            output = FeatureOutput(fields, wkb_type, crs, has_geometry, feedback)
            output._start_geopackage(destination, algorithm, parameters, name, context)
            return output
        parameters = _with_destination(parameters, name, destination)  # the same temporary file for the sink
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        return None
    output = FeatureOutput(fields, wkb_type, crs, has_geometry, feedback)
    output._start_sink(sink, dest_id, stageable and _fid_index(fields) in (-1, 0))
    return output


def _destination_text(value) -> str:
    """The destination a sink parameter value names, as text ('' when none)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if value is None:
        return ""
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    return str(value) if isinstance(value, str) else ""


def _with_destination(parameters: dict, name: str, destination: str) -> dict:
    out = dict(parameters)
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        definition = QgsProcessingOutputLayerDefinition(value)
        definition.sink = QgsProperty.fromValue(destination)
        out[name] = definition
    else:
        out[name] = destination
    return out


class FeatureOutput:
    """One layer or table output being written (made by :func:`open_output`)."""

    def __init__(self, fields: QgsFields, wkb_type, crs, has_geometry: bool, feedback=None):
        self.fields = QgsFields(fields)
        self.wkb_type = wkb_type
        self.crs = crs
        self.has_geometry = has_geometry
        self.feedback = feedback
        self.dest_id: str = ""
        self.fast = False
        self.canceled = False
        self.written = 0
        self._sink = None
        self._sink_file: str | None = None
        self._stage: _GeoPackageTable | None = None
        self._stage_folder: str | None = None
        self._finished = False

    # --- set-up -------------------------------------------------------------------------------

    def _start_geopackage(self, destination, algorithm, parameters, name, context) -> None:
        self.fast = True
        self.dest_id = destination
        path = Path(destination)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._stage = _GeoPackageTable(path, path.stem, self.fields, self.wkb_type, self.crs, self.has_geometry)
        definition = parameters.get(name)
        if isinstance(definition, QgsProcessingOutputLayerDefinition) and definition.destinationProject:
            parameter = algorithm.parameterDefinition(name)
            context.addLayerToLoadOnCompletion(destination, QgsProcessingContext.LayerDetails(
                definition.destinationName or (parameter.description() if parameter else name),
                definition.destinationProject, name, QgsProcessingUtils.LayerHint.Vector))

    def _start_sink(self, sink, dest_id: str, staged: bool) -> None:
        self._sink = sink
        self.dest_id = dest_id
        file_part = str(dest_id).split("|", 1)[0]
        if file_part and os.path.isfile(file_part):
            self._sink_file = file_part
        if staged:
            self._stage_folder = tempfile.mkdtemp(prefix="fiefs-output-", dir=QgsProcessingUtils.tempFolder())
            path = Path(self._stage_folder) / "staged.gpkg"
            self._stage = _GeoPackageTable(path, "staged", self.fields, self.wkb_type, self.crs, self.has_geometry)

    # --- writing ------------------------------------------------------------------------------

    def write_frame(self, frame: pd.DataFrame, geometries: list | None = None, blobs: list | None = None,
                    progress: tuple[float, float] = (0.0, 100.0)) -> int:
        """Append one feature per row of ``frame`` (see the module docstring). ``geometries``:
        a QgsGeometry (or None) per row; ``blobs``: GeoPackage geometry blobs instead."""
        count = len(frame)
        if self._stage is not None and not self.has_geometry and self._stage.fid_index < 0 and count >= IMAGE_ROWS \
                and self._stage.columns:
            # a table: its values as an SQLite image, copied by SQL (no value bound one at a time)
            arrays = [column_array(frame[f.name()]) if f.name() in frame.columns else [None] * count
                      for f in self.fields]
            done = self._guard(lambda: self._stage.insert_image(arrays, count, self._check))
            del arrays
            if done == count or self._finished:
                self._progress(progress, count, count)
                return done
            if done:  # from the slice an image cannot hold (a text longer than a page...) on: bound
                return done + self._bind(frame.iloc[done:], None, None, progress)
        return self._bind(frame, geometries, blobs, progress)

    def _bind(self, frame: pd.DataFrame, geometries: list | None, blobs: list | None, progress) -> int:
        """``write_frame`` value by value."""
        count = len(frame)
        columns = [column_values(frame[f.name()]) if f.name() in frame.columns else [None] * count
                   for f in self.fields]
        if blobs is not None:
            return self._guard(lambda: self._add(columns, count, blobs=blobs, progress=progress))
        return self._guard(lambda: self._add(columns, count, geometries=geometries, progress=progress))

    def copy_source(self, source, frame: pd.DataFrame | None = None, table: gp.GeoPackageTable | None = None,
                    progress: tuple[float, float] = (0.0, 100.0), request: QgsFeatureRequest | None = None) -> int:
        """Append every feature of ``source`` (see the module docstring). ``table``: the
        GeoPackage table ``source`` reads whole, when there is one (``table_of_parameter``)."""
        frame = frame if frame is not None else pd.DataFrame(index=pd.Index([], dtype="int64"))
        if not frame.index.is_unique:
            raise QgsProcessingException(translate("FeatureOutput", "The computed rows have a feature id twice."))
        if table is not None and request is None and self._stage is not None:
            plan = self._sql_plan(source, frame, table)
            if plan is not None:
                return self._guard(lambda: self._stage.copy_table(table, frame, *plan, self._check, progress))
        return self._guard(lambda: self._copy_features(source, frame, progress, request))

    def finish(self) -> str | None:
        """Complete the output; returns its id for the algorithm's results (None if canceled)."""
        if self._finished:
            return None if self.canceled else self.dest_id
        if self.canceled:
            return None
        try:
            self._check()
            if self._stage is not None:
                self._stage.finish()
                if self._sink is not None:
                    self._stream_into_sink()
            if self._sink is not None:
                flushed = self._sink.flushBuffer() if hasattr(self._sink, "flushBuffer") else True
                if flushed is False:
                    raise QgsProcessingException(translate("FeatureOutput", "Could not write the output: {error}").format(
                        error=self._sink_error()))
            self._finished = True
            self._sink = None
            self._drop_stage_folder()
            return self.dest_id
        except _CanceledError:
            self.abort()
            return None
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Stop writing and leave nothing behind (the sink's file too)."""
        self._finished = True
        if self._stage is not None:
            self._stage.abort()
        if self._sink is not None:
            self._sink = None  # closes a file sink
            if self._sink_file:
                _remove_dataset(self._sink_file)
        self._drop_stage_folder()

    def __enter__(self) -> FeatureOutput:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None and not self._finished:
            self.abort()

    # --- internals ----------------------------------------------------------------------------

    def _guard(self, write) -> int:
        if self._finished:
            return 0
        try:
            count = write()
        except _CanceledError:
            self.canceled = True
            self.abort()
            return 0
        except sqlite3.Error as error:
            self.abort()
            if isinstance(error, sqlite3.OperationalError) and self._canceled():
                self.canceled = True
                return 0
            raise QgsProcessingException(translate("FeatureOutput", "Could not write {path}: {error}").format(
                path=self.dest_id, error=error)) from error
        except OSError as error:
            self.abort()
            raise QgsProcessingException(translate("FeatureOutput", "Could not write {path}: {error}").format(
                path=self.dest_id, error=error)) from error
        except BaseException:
            self.abort()
            raise
        self.written += count
        return count

    def _canceled(self) -> bool:
        return self.feedback is not None and self.feedback.isCanceled()

    def _check(self) -> None:
        if self._canceled():
            raise _CanceledError()

    def _progress(self, progress, done: int, total: int) -> None:
        if self.feedback is not None and total:
            start, stop = progress
            self.feedback.setProgress(start + (stop - start) * min(done, total) / total)

    def _add(self, columns: list[list], count: int, geometries=None, blobs=None, progress=(0.0, 100.0)) -> int:
        if self._stage is not None:
            if not self.has_geometry:
                blobs = None
            elif blobs is None:
                srs_id = self._stage.srs_id
                blobs = []
                for n, geometry in enumerate(geometries if geometries is not None else [None] * count):
                    if n % BATCH == 0:
                        self._check()
                    blobs.append(geometry_blob(geometry, self.wkb_type, srs_id))
            else:
                blobs = self._stage.own_blobs(blobs)
            if blobs is not None and self.fast:
                empty = empty_blob(self.wkb_type, self._stage.srs_id)
                if empty is not None:
                    blobs = [empty if b is None else b for b in blobs]
            for start in range(0, count, BATCH * 10):
                self._check()
                stop = min(start + BATCH * 10, count)
                self._stage.insert([c[start:stop] for c in columns], None if blobs is None else blobs[start:stop])
                self._progress(progress, stop, count)
            return count
        # straight into the sink, value by value (field types a GeoPackage cannot hold)
        if geometries is None and blobs is not None:
            geometries = [_geometry_from_blob(b) for b in blobs]
        features = []
        for n, values in enumerate(zip(*columns) if columns else ([] for _ in range(count))):
            feature = QgsFeature(self.fields)
            feature.setAttributes(list(values))
            if self.has_geometry and geometries is not None and geometries[n] is not None:
                feature.setGeometry(fit_geometry(geometries[n], self.wkb_type))
            features.append(feature)
            if len(features) >= BATCH:
                self._check()
                self._add_to_sink(features)
                features = []
                self._progress(progress, n + 1, count)
        if features:
            self._check()
            self._add_to_sink(features)
        return count

    def _add_to_sink(self, features: list) -> None:
        if not self._sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(translate("FeatureOutput", "Could not write features to {output}: {error}")
                                         .format(output=self.dest_id, error=self._sink_error()))

    def _sink_error(self) -> str:
        with suppress(Exception):
            return self._sink.lastError()
        return ""

    def _sql_plan(self, source, frame: pd.DataFrame, table: gp.GeoPackageTable) -> tuple | None:
        """(per output field, where its values come from in SQL: ("frame", k), ("source",
        column) or None for NULL; the SQL of the geometry), or None when the table cannot be
        copied by SQL."""
        names = [str(c) for c in frame.columns]
        plan = []
        source_names = set(source.fields().names())
        for f in self.fields:
            if f.name() in names:
                plan.append(("frame", names.index(f.name())))
            elif f.name() in source_names:
                if f.name() not in table.columns:
                    return None
                plan.append(("source", f.name()))
            else:
                plan.append(None)
        geometry = None
        if self.has_geometry:
            if not table.geometry or table.srs_id != self._stage.srs_id \
                    or QgsWkbTypes.flatType(self.wkb_type) == QgsWkbTypes.Type.Unknown:
                return None
            geometry = blob_expression(table, self.wkb_type, "s." + gp.quote(table.geometry))
            if geometry is None:
                return None
            empty = empty_blob(self.wkb_type, self._stage.srs_id) if self.fast else None
            if empty is not None:
                geometry = f"COALESCE({geometry}, X'{empty.hex()}')"
        return plan, geometry

    def _copy_features(self, source, frame: pd.DataFrame, progress, request) -> int:
        source_fields = source.fields()
        names = [str(c) for c in frame.columns]
        plan, wanted = [], []
        for f in self.fields:
            if f.name() in names:
                plan.append(("frame", names.index(f.name())))
            elif source_fields.lookupField(f.name()) >= 0:
                index = source_fields.lookupField(f.name())
                wanted.append(index)
                plan.append(("source", index))
            else:
                plan.append(None)
        wanted = sorted(set(wanted))
        req = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
        req.setSubsetOfAttributes(wanted)
        if not self.has_geometry:
            req.setFlags(req.flags() | QgsFeatureRequest.Flag.NoGeometry)
        if isinstance(source, QgsProcessingFeatureSource):
            features = source.getFeatures(req, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
        else:
            features = source.getFeatures(req)
        row_of = {int(fid): i for i, fid in enumerate(frame.index.tolist())}
        total = source.featureCount() or 0
        positions, rows, geometries = [], [], []
        pick = (lambda attrs: tuple(attrs[i] for i in wanted)) if wanted else (lambda attrs: ())
        for n, feature in enumerate(features):
            if n % BATCH == 0:
                self._check()
                self._progress((progress[0], (progress[0] + progress[1]) / 2), n, total)
            positions.append(row_of.get(feature.id(), -1))
            rows.append(pick(feature.attributes()) if wanted else ())
            geometries.append(feature.geometry() if self.has_geometry and feature.hasGeometry() else None)
        count = len(positions)
        source_columns = dict(zip(wanted, zip(*rows))) if rows and wanted else {i: () for i in wanted}
        frame_columns = [column_values(frame[c]) for c in frame.columns]
        in_order = positions == list(range(len(frame))) and count == len(frame)
        columns = []
        for f, where in zip(self.fields, plan):
            if where is None:
                columns.append([None] * count)
            elif where[0] == "frame":
                values = frame_columns[where[1]]
                columns.append(values if in_order else [values[p] if p >= 0 else None for p in positions])
            else:
                columns.append(_plain_values(source_columns[where[1]], f.type(), staged=self._stage is not None))
        middle = (progress[0] + progress[1]) / 2
        return self._add(columns, count, geometries=geometries, progress=(middle, progress[1]))

    def _stream_into_sink(self) -> None:
        """Copy the staged table into QGIS's sink: features read by OGR in C++, one Python
        call per feature. The staged table is read through an SQL layer of the sink's fields
        (the staged fid left out unless the output has a fid field first), else whole with
        the fid attribute deleted from each feature."""
        drop_fid = _fid_index(self.fields) < 0
        stage = self._stage
        # the fields the sink has, in its order, without the staged fid (OGR would add it as a field)
        names = ([] if drop_fid else [FID_COLUMN]) + [self.fields.at(i).name() for i in stage.columns] \
            + ([stage.geometry] if self.has_geometry else [])
        query = (f"SELECT {', '.join(gp.quote(n) for n in names)} FROM {gp.quote(stage.table)} "
                 f"ORDER BY {FID_COLUMN}")
        layer = QgsVectorLayer(f"{stage.path}|layername={stage.table}|subset={query}", "staged", "ogr") \
            if not any("|" in n for n in names) else None
        if layer is not None and layer.isValid() and layer.fields().names() == self.fields.names():
            drop_fid = False
        else:
            layer = QgsVectorLayer(f"{stage.path}|layername={stage.table}", "staged", "ogr")
        if not layer.isValid():
            raise QgsProcessingException(translate("FeatureOutput", "Could not read back the staged output {path}.")
                                         .format(path=self._stage.path))
        total = stage.rows  # not the SQL layer's featureCount(): that runs the query once more
        batch = []
        for n, feature in enumerate(layer.getFeatures()):
            if drop_fid:
                feature.deleteAttribute(0)
            batch.append(feature)
            if len(batch) >= BATCH:
                self._check()
                self._add_to_sink(batch)
                batch = []
                self._progress((90.0, 100.0), n, total)
        if batch:
            self._add_to_sink(batch)
        del layer

    def _drop_stage_folder(self) -> None:
        if self._stage_folder:
            for leftover in Path(self._stage_folder).glob("*"):
                with suppress(OSError):
                    leftover.unlink()
            with suppress(OSError):
                os.rmdir(self._stage_folder)
            self._stage_folder = None


class _GeoPackageTable:
    """One feature (or attribute) table written into a new GeoPackage file by sqlite3, under
    a temporary name beside ``path`` until ``finish()`` renames it."""

    def __init__(self, path: Path, table: str, fields: QgsFields, wkb_type, crs, has_geometry: bool):
        self.path = Path(path)
        self.table = table
        self.fields = fields
        self.has_geometry = has_geometry
        self.temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.{id(self)}.part")
        self.fid_index = _fid_index(fields)
        names = [f.name() for f in fields]
        self.geometry = GEOMETRY_COLUMN if GEOMETRY_COLUMN not in [n.lower() for n in names] else "geometry"
        row = srs_row(crs) if has_geometry else None
        self.srs_id = row[1] if row else gp.UNDEFINED_SRS
        self.rows = 0  # rows in the table, known once finish() has counted them
        self.connection = None
        if self.temporary.exists():
            self.temporary.unlink()
        try:
            self.connection = sqlite3.connect(self.temporary.resolve().as_uri(), isolation_level=None, uri=True)
            gp.register_functions(self.connection)
            cursor = self.connection.cursor()
            cursor.execute("PRAGMA journal_mode = OFF")  # a new file, renamed only when complete
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("PRAGMA cache_size = -262144")
            cursor.execute("PRAGMA temp_store = MEMORY")
            cursor.execute("BEGIN")
            gp.create_geopackage_core(cursor)
            if row is not None:
                cursor.execute("INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                               "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)", row)
            definition = [f"{gp.quote(FID_COLUMN)} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
            if has_geometry:
                definition.append(f"{gp.quote(self.geometry)} {geometry_type_name(wkb_type)}")
            self.columns = [i for i in range(fields.count()) if i != self.fid_index]
            definition += [f"{gp.quote(fields.at(i).name())} {sql_type(fields.at(i))}" for i in self.columns]
            cursor.execute(f"CREATE TABLE {gp.quote(table)} ({', '.join(definition)})")
            if has_geometry:
                gp.register_features(cursor, table, self.geometry, "", self.srs_id, geometry_type_name(wkb_type),
                                     int(QgsWkbTypes.hasZ(wkb_type)), int(QgsWkbTypes.hasM(wkb_type)))
            else:
                gp.register_table(cursor, table)
            self.insert_sql = self._insert_sql()
        except BaseException:
            self.abort()
            raise

    def _insert_sql(self) -> str:
        names = ([FID_COLUMN] if self.fid_index >= 0 else []) + ([self.geometry] if self.has_geometry else []) \
            + [self.fields.at(i).name() for i in self.columns]
        return (f"INSERT INTO {gp.quote(self.table)} ({', '.join(gp.quote(n) for n in names)}) "
                f"VALUES ({', '.join('?' * len(names))})")

    def own_blobs(self, blobs: list) -> list:
        """GeoPackage blobs with this table's srs id in their header."""
        prefix = struct.pack("<i", self.srs_id)
        out = []
        for blob in blobs:
            if blob is None:
                out.append(None)
                continue
            blob = bytes(blob)
            endian = "<" if blob[3] & 0x01 else ">"
            out.append(blob if endian == "<" and blob[4:8] == prefix else
                       blob[:4] + struct.pack(f"{endian}i", self.srs_id) + blob[8:])
        return out

    def insert_image(self, columns: list, count: int, check) -> int:
        """Append ``count`` rows (a table without geometry nor fid field) from SQLite images
        of ``columns`` (one per field, as ``values.column_array`` gives them), IMAGE_CHUNK
        rows an image; returns the rows done, in order: fewer than ``count`` when an image
        cannot hold a slice (the caller inserts the rest the ordinary way)."""
        done = 0
        while done < count:
            stop = min(done + IMAGE_CHUNK, count)
            part = [_slice(columns[i], done, stop) for i in self.columns]
            if not self._insert_one_image(part, stop - done, check):
                break
            done = stop
        return done

    def _insert_one_image(self, columns: list, count: int, check) -> int:
        check()
        image = tableimage.table_image("frame", np.arange(1, count + 1, dtype="int64"), columns)
        if image is None:
            return 0
        cursor = self.connection.cursor()
        cursor.execute("COMMIT")  # ATTACH is refused inside a transaction (the file is a temporary one)
        try:
            tableimage.attach(self.connection, "fiefs_frame", image)
        except sqlite3.Error:
            cursor.execute("BEGIN")
            return 0
        del image
        cursor.execute("BEGIN")
        names = ", ".join(gp.quote(self.fields.at(i).name()) for i in self.columns)
        values = ", ".join(f"c{j}" for j in range(len(self.columns)))
        cursor.execute(f"INSERT INTO main.{gp.quote(self.table)} ({names}) SELECT {values} FROM fiefs_frame.frame "
                       "ORDER BY k")
        cursor.execute("COMMIT")  # DETACH is refused inside a transaction
        cursor.execute("DETACH DATABASE fiefs_frame")
        cursor.execute("BEGIN")
        check()
        return count

    def insert(self, columns: list[list], blobs: list | None) -> None:
        parts = []
        if self.fid_index >= 0:
            parts.append(columns[self.fid_index])
        if self.has_geometry:
            parts.append(blobs if blobs is not None else itertools.repeat(None))
        parts += [columns[i] for i in self.columns]
        self.connection.executemany(self.insert_sql, zip(*parts))

    def copy_table(self, source: gp.GeoPackageTable, frame: pd.DataFrame, plan: list, geometry: str | None, check,
                   progress) -> int:
        """``INSERT ... SELECT`` from the source table joined to the frame's rows by feature id."""
        cursor = self.connection.cursor()
        count = [0]

        def poll():
            count[0] += 1
            try:
                check()
            except _CanceledError:
                return 1
            return 0

        used = sorted({where[1] for where in plan if where is not None and where[0] == "frame"})
        image = None
        if used:  # the frame's values as an SQLite image (no value bound one at a time), else a temp table
            image = tableimage.table_image("frame", frame.index.to_numpy(dtype="int64"),
                                           [column_array(frame.iloc[:, k]) for k in used])
        self.connection.set_progress_handler(poll, 200_000)
        cursor.execute("COMMIT")  # ATTACH is refused inside a transaction (the file is a temporary one)
        cursor.execute("ATTACH DATABASE ? AS fiefs_source", (f"{Path(source.path).resolve().as_uri()}?mode=ro",))
        frame_table = "temp.fiefs_frame"
        if image is not None:
            with suppress(sqlite3.Error):
                tableimage.attach(self.connection, "fiefs_frame", image)
                frame_table = "fiefs_frame.frame"
            image = None
        cursor.execute("BEGIN")
        try:
            if used and frame_table.startswith("temp."):
                names = ", ".join(f"c{j}" for j in range(len(used)))
                cursor.execute(f"CREATE TEMP TABLE fiefs_frame (k INTEGER PRIMARY KEY, {names})")
                values = [frame.index.astype("int64").tolist()] + [column_values(frame.iloc[:, k]) for k in used]
                cursor.executemany(f"INSERT INTO temp.fiefs_frame VALUES ({', '.join('?' * (len(values)))})",
                                   zip(*values))
            column_of = {k: j for j, k in enumerate(used)}
            expressions = []
            for where in plan:
                if where is None:
                    expressions.append("NULL")
                elif where[0] == "frame":
                    expressions.append(f"n.c{column_of[where[1]]}")
                else:
                    expressions.append(f"s.{gp.quote(where[1])}")
            select = ([expressions[self.fid_index]] if self.fid_index >= 0 else []) \
                + ([geometry] if self.has_geometry else []) + [expressions[i] for i in self.columns]
            names = ([FID_COLUMN] if self.fid_index >= 0 else []) + ([self.geometry] if self.has_geometry else []) \
                + [self.fields.at(i).name() for i in self.columns]
            join = f"LEFT JOIN {frame_table} AS n ON n.k = s.{gp.quote(source.fid)}" if used else ""
            cursor.execute(
                f"INSERT INTO main.{gp.quote(self.table)} ({', '.join(gp.quote(n) for n in names)}) "
                f"SELECT {', '.join(select)} FROM fiefs_source.{gp.quote(source.table)} AS s {join} "
                f"ORDER BY s.{gp.quote(source.fid)}")
            written = cursor.rowcount
            if used and frame_table.startswith("temp."):
                cursor.execute("DROP TABLE temp.fiefs_frame")
        finally:
            self.connection.set_progress_handler(None, 0)
        cursor.execute("COMMIT")  # DETACH is refused inside a transaction
        cursor.execute("DETACH DATABASE fiefs_source")
        if not frame_table.startswith("temp."):
            cursor.execute("DETACH DATABASE fiefs_frame")
        cursor.execute("BEGIN")
        check()
        return written

    def finish(self) -> None:
        cursor = self.connection.cursor()
        if self.has_geometry:
            gp.create_rtree(cursor, self.table, self.geometry, self._envelopes(cursor))
            gp.update_extent(cursor, self.table, self.geometry)
        gp.create_feature_count(cursor, self.table)
        self.rows = cursor.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                                   (self.table,)).fetchone()[0]
        cursor.execute("COMMIT")
        self.connection.close()
        self.connection = None
        os.replace(self.temporary, self.path)

    def _envelopes(self, cursor):
        """R-tree entries from the blob headers: (fids, boxes minx, maxx, miny, maxy) read
        from an SQLite image when they all carry a little-endian XY envelope, else (fid,
        box) rows."""
        t, g = gp.quote(self.table), gp.quote(self.geometry)
        entries = self._standard_envelopes(cursor, t, g)
        if entries is not None:
            return entries
        rows = cursor.execute(f"SELECT fid, substr({g}, 1, 40) FROM {t} WHERE {g} IS NOT NULL ORDER BY fid").fetchall()
        if not rows:
            return []
        fids, heads = zip(*rows)
        standard = all(len(h) == 40 and h[3] == 0x03 for h in heads)
        if standard:
            boxes = np.frombuffer(b"".join(h[8:40] for h in heads), dtype="<f8").reshape(-1, 4)
            return np.array(fids, dtype="int64"), boxes.astype("float64")
        blobs = dict(cursor.execute(f"SELECT fid, {g} FROM {t} WHERE {g} IS NOT NULL").fetchall())
        return gp.blob_envelopes([blobs[f] for f in fids], list(fids))

    def _standard_envelopes(self, cursor, t: str, g: str):
        """(fids, boxes) copied by SQL and read from an in-memory image (no Python object per
        value), or None (a blob without a little-endian XY envelope, no ``serialize``)."""
        if not hasattr(self.connection, "serialize") or cursor.execute(
                f"SELECT count(*) FROM {t} WHERE {g} IS NOT NULL AND NOT (substr({g}, 1, 4) = X'47500003' "
                f"AND length({g}) >= 40)").fetchone()[0]:
            return None
        cursor.execute("COMMIT")  # ATTACH is refused inside a transaction (the file is a temporary one)
        cursor.execute("ATTACH DATABASE ':memory:' AS fiefs_envelopes")
        try:
            parts = ", ".join(f"substr({g}, {start}, 8)" for start in (9, 17, 25, 33))
            cells = tableimage.read_cells(
                self.connection, f"SELECT CAST(fid AS REAL), {parts} FROM main.{t} WHERE {g} IS NOT NULL ORDER BY fid",
                5, "fiefs_envelopes")
        finally:
            cursor.execute("DETACH DATABASE fiefs_envelopes")
            cursor.execute("BEGIN")
        if cells is None:
            return None
        serial, raw = cells
        if not (np.all(serial[:, 0] == 7) and np.all(serial[:, 1:] == 28)):
            return None
        fids = np.ascontiguousarray(raw[:, 0]).view(">f8").reshape(-1)
        boxes = np.ascontiguousarray(raw[:, 1:]).view("<f8").reshape(-1, 4)
        return fids.astype("int64"), boxes.astype("float64")

    def abort(self) -> None:
        if self.connection is not None:
            with suppress(sqlite3.Error):
                self.connection.close()
            self.connection = None
        with suppress(OSError):
            self.temporary.unlink()


# --- values and geometries --------------------------------------------------------------------


def blob_expression(table: gp.GeoPackageTable, wkb_type, column: str) -> str | None:
    """SQL giving the geometry blob of ``column`` as this output writes it, or None when some
    blob of ``table`` cannot be copied byte for byte: every blob must be little endian with
    an XY envelope and of the type of ``wkb_type``, or its single-part type when that is a
    multi type (then made a one-part collection in SQL, as ``convertToMultiType`` does)."""
    target = int(wkb_type)
    single = int(QgsWkbTypes.singleType(wkb_type))
    promote = QgsWkbTypes.isMultiType(wkb_type) and single != target
    codes = ["01" + struct.pack("<I", target).hex().upper()]
    if promote:
        codes.append("01" + struct.pack("<I", single).hex().upper())
    g = gp.quote(table.geometry)
    try:
        connection = table.connect()
        try:
            bad = connection.execute(
                f"SELECT count(*) FROM {gp.quote(table.table)} WHERE {g} IS NOT NULL AND NOT "
                f"(substr({g}, 1, 4) = X'47500003' AND substr({g}, 41, 5) IN ({', '.join('?' * len(codes))}))",
                [bytes.fromhex(code) for code in codes]).fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if bad:
        return None
    if not promote:
        return column
    multi = "01" + struct.pack("<I", target).hex().upper() + "01000000"
    return (f"CASE WHEN substr({column}, 41, 5) = X'{codes[1]}' THEN "
            f"CAST(substr({column}, 1, 40) || X'{multi}' || substr({column}, 41) AS BLOB) ELSE {column} END")


def empty_blob(wkb_type, srs_id: int) -> bytes | None:
    """The empty geometry QgsVectorFileWriter writes in a GeoPackage for a feature without
    one (an empty collection, polygon or line; None for points, which have no empty WKB)."""
    if QgsWkbTypes.geometryType(wkb_type) == QgsWkbTypes.GeometryType.PointGeometry \
            and not QgsWkbTypes.isMultiType(wkb_type):
        return None
    if QgsWkbTypes.flatType(wkb_type) in (QgsWkbTypes.Type.Unknown, QgsWkbTypes.Type.NoGeometry):
        return None
    return b"GP" + struct.pack("<BBi", 0, 0x01 | 0x10, srs_id) + struct.pack("<BII", 1, int(wkb_type), 0)


def fit_geometry(geometry: QgsGeometry, wkb_type) -> QgsGeometry:
    """``geometry`` made to fit a layer of ``wkb_type`` as QgsVectorFileWriter does: single to
    multi, Z and M dropped or added (0)."""
    if geometry is None or geometry.isNull() or geometry.wkbType() == wkb_type \
            or QgsWkbTypes.flatType(wkb_type) == QgsWkbTypes.Type.Unknown:
        return geometry
    out = QgsGeometry(geometry)
    if QgsWkbTypes.isMultiType(wkb_type) and not out.isMultipart() and not out.convertToMultiType():
        raise QgsProcessingException(translate("FeatureOutput", "A {kind} geometry cannot be written as {target}.")
                                     .format(kind=QgsWkbTypes.displayString(out.wkbType()),
                                             target=QgsWkbTypes.displayString(wkb_type)))
    if not QgsWkbTypes.hasZ(wkb_type) and QgsWkbTypes.hasZ(out.wkbType()):
        out.get().dropZValue()
    elif QgsWkbTypes.hasZ(wkb_type) and not QgsWkbTypes.hasZ(out.wkbType()):
        out.get().addZValue(0)
    if not QgsWkbTypes.hasM(wkb_type) and QgsWkbTypes.hasM(out.wkbType()):
        out.get().dropMValue()
    elif QgsWkbTypes.hasM(wkb_type) and not QgsWkbTypes.hasM(out.wkbType()):
        out.get().addMValue(0)
    return out


def geometry_blob(geometry, wkb_type, srs_id: int) -> bytes | None:
    """A GeoPackage geometry blob (little endian, XY envelope) of a QgsGeometry fitted to
    ``wkb_type``; None for no geometry."""
    if geometry is None or geometry.isNull():
        return None
    geometry = fit_geometry(geometry, wkb_type)
    wkb = bytes(geometry.asWkb())
    if geometry.isEmpty():
        return b"GP" + struct.pack("<BBi", 0, 0x01 | 0x10, srs_id) + wkb
    box = geometry.boundingBox()
    return b"GP" + struct.pack("<BBi4d", 0, 0x03, srs_id, box.xMinimum(), box.xMaximum(), box.yMinimum(),
                               box.yMaximum()) + wkb


def _geometry_from_blob(blob) -> QgsGeometry | None:
    if blob is None:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(wkb_from_gpkg(blob))
    return geometry


def _plain_values(values, field_type, staged: bool) -> list:
    """Attribute values read from QGIS as values to store: NULL -> None; for a GeoPackage
    table, dates as ISO text and booleans as 0/1 (as GDAL stores them)."""
    out = [None if type(v) is QVariant else v for v in values]
    if not staged:
        return out
    if field_type == FieldType.Date:
        return [v.toString(Qt.DateFormat.ISODate) if isinstance(v, QDate) else v for v in out]
    if field_type == FieldType.DateTime:
        return [v.toString(Qt.DateFormat.ISODateWithMs) if isinstance(v, QDateTime) else v for v in out]
    if field_type == FieldType.Bool:
        return [None if v is None else int(bool(v)) for v in out]
    return out


def _remove_dataset(path: str) -> None:
    """Remove an output file (and a shapefile's side files)."""
    file = Path(path)
    files = [file]
    if file.suffix.lower() == ".shp":
        files += [file.with_suffix(s) for s in (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")]
    files += [file.with_name(file.name + s) for s in ("-wal", "-shm", "-journal")]
    for leftover in files:
        with suppress(OSError):
            leftover.unlink()


def write_table(algorithm, parameters: dict, name: str, context, frame: pd.DataFrame, feedback=None,
                fields: QgsFields | None = None) -> str | None:
    """Write ``frame`` as the geometry-less output ``name`` (fields from the frame's dtypes
    unless given); returns its id, or None when nobody asked for it or the run was canceled."""
    from fiefs_plugin.gis.frames import fields_for_frame

    output = open_output(algorithm, parameters, name, context, fields if fields is not None else fields_for_frame(frame),
                         QgsWkbTypes.Type.NoGeometry, feedback=feedback)
    if output is None:
        return None
    output.write_frame(frame)
    return output.finish()


def _slice(column, start: int, stop: int):
    """Rows start:stop of a column as ``values.column_array`` gives it (array, (array, mask)
    pair or list)."""
    if isinstance(column, tuple):
        return tuple(part[start:stop] for part in column)
    return column[start:stop]


def add_frame_features(sink, fields: QgsFields, frame: pd.DataFrame, geometries: list | None = None) -> int:
    """Add one feature per row of ``frame`` to a sink or data provider that exists already
    (e.g. a test's memory layer), value by value; returns the count added."""
    count = len(frame)
    columns = [column_values(frame[f.name()]) if f.name() in frame.columns else [None] * count for f in fields]
    features = []
    for n, values in enumerate(zip(*columns) if columns else ([] for _ in range(count))):
        feature = QgsFeature(fields)
        feature.setAttributes(list(values))
        if geometries is not None and geometries[n] is not None:
            feature.setGeometry(geometries[n])
        features.append(feature)
    if features and not sink.addFeatures(features):
        raise QgsProcessingException(translate("FeatureOutput", "Could not add the rows."))
    return count
