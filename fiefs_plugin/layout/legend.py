"""Legend entries with feature counts, only for the classes present on the page.

QGIS's own feature counts in legends are computed by a background task that a headless
export does not wait for, and "filter legend by map content" hides classes without
counting them. Fiefs counts itself (the renderer's legend key of every feature inside
the page's area) and writes the counts into the legend labels, hiding empty classes.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayerLegendUtils,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorLayer,
)


def class_counts(layer: QgsVectorLayer, area: QgsGeometry | None = None, area_crs=None,
                 rectangle: QgsRectangle | None = None, feedback=None) -> dict[str, int]:
    """Features per legend key of the layer's renderer.

    ``area`` (in ``area_crs``, default the layer's CRS) keeps only features whose point on
    surface lies inside it; ``rectangle`` (layer CRS) keeps features whose bounding box
    meets it.
    """
    renderer = layer.renderer().clone() if layer.renderer() else None
    if renderer is None:
        return {}
    context = QgsRenderContext()
    expression_context = QgsExpressionContext()
    expression_context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setExpressionContext(expression_context)
    request = QgsFeatureRequest()
    if area is not None:
        area = QgsGeometry(area)
        if area_crs is not None and area_crs.isValid() and area_crs != layer.crs():
            transform = QgsCoordinateTransform(area_crs, layer.crs(), layer.transformContext())
            if area.transform(transform) != Qgis.GeometryOperationResult.Success:
                raise ValueError("could not transform the page's area to the layer's CRS")
        request.setFilterRect(area.boundingBox())
        engine = QgsGeometry.createGeometryEngine(area.constGet())
        engine.prepareGeometry()
    elif rectangle is not None:
        request.setFilterRect(rectangle)
        engine = None
    else:
        engine = None
    counts: dict[str, int] = {}
    renderer.startRender(context, layer.fields())
    try:
        for feature in layer.getFeatures(request):
            if feedback is not None and feedback.isCanceled():
                break
            if engine is not None:
                geometry = feature.geometry()
                if geometry.isEmpty():
                    continue
                point = geometry.pointOnSurface()  # keep the geometry alive while GEOS reads it
                if point.isEmpty() or not engine.intersects(point.constGet()):
                    continue
            expression_context.setFeature(feature)
            for key in renderer.legendKeysForFeature(feature, context):
                counts[key] = counts.get(key, 0) + 1
    finally:
        renderer.stopRender(context)
    return counts


def show_counts(legend_item, layer_node, layer: QgsVectorLayer, counts: dict[str, int], hide_empty: bool = True) -> list:
    """Label every legend entry of ``layer_node`` "label (count)" and hide empty classes.

    Returns ``[(label, count), ...]`` of the entries left, in legend order.
    """
    items = layer.renderer().legendSymbolItems() if layer.renderer() else []
    shown, order = [], []
    for index, item in enumerate(items):
        count = counts.get(item.ruleKey(), 0)
        label = f"{item.label()} ({count:,})".replace(",", "\u202f")
        QgsMapLayerLegendUtils.setLegendNodeUserLabel(layer_node, index, label)
        if count or not hide_empty:
            order.append(index)
            shown.append((item.label(), count))
    QgsMapLayerLegendUtils.setLegendNodeOrder(layer_node, order)
    legend_item.model().refreshLayerLegend(layer_node)
    legend_item.adjustBoxSize()
    legend_item.refresh()
    return shown
