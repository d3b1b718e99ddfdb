"""Print layouts: the .qpt templates, filling them (title, map, legend with counts, scale
bar, north arrow, notes, inset), atlas pages and export to PDF, PNG and SVG."""
