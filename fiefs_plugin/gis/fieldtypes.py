"""Field types for QgsField that work from QGIS 3.22 to QGIS 4.

QGIS 3.38 moved QgsField to QMetaType.Type and QGIS 4 (Qt 6) has no QVariant.Type; QGIS
before 3.38 accepts only QVariant.Type. Use ``FieldType.Int`` etc. everywhere.
"""

from __future__ import annotations

from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    class FieldType:
        Bool = QMetaType.Type.Bool
        Int = QMetaType.Type.Int
        UInt = QMetaType.Type.UInt
        LongLong = QMetaType.Type.LongLong
        ULongLong = QMetaType.Type.ULongLong
        Double = QMetaType.Type.Double
        String = QMetaType.Type.QString
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime

else:
    from qgis.PyQt.QtCore import QVariant

    class FieldType:
        Bool = QVariant.Type.Bool
        Int = QVariant.Type.Int
        UInt = QVariant.Type.UInt
        LongLong = QVariant.Type.LongLong
        ULongLong = QVariant.Type.ULongLong
        Double = QVariant.Type.Double
        String = QVariant.Type.String
        Date = QVariant.Type.Date
        DateTime = QVariant.Type.DateTime


NUMERIC_TYPES = frozenset(
    {FieldType.Int, FieldType.UInt, FieldType.LongLong, FieldType.ULongLong, FieldType.Double}
)
INTEGER_TYPES = frozenset({FieldType.Int, FieldType.UInt, FieldType.LongLong, FieldType.ULongLong})
