"""The provider's algorithm classes follow one naming rule: <Name>Algorithm, in the module
named after the algorithm id (fiefs:<module>)."""

from __future__ import annotations

from importlib import import_module


def test_algorithm_classes_are_named_name_algorithm(fiefs_provider):
    from fiefs_plugin.processing.provider import ALGORITHMS

    assert len(ALGORITHMS) == 12
    for module_name, class_name in ALGORITHMS:
        assert class_name.endswith("Algorithm"), class_name
        cls = getattr(import_module(f"fiefs_plugin.processing.algorithms.{module_name}"), class_name)
        assert module_name == cls.NAME
        assert fiefs_provider.algorithm(module_name) is not None
        assert type(fiefs_provider.algorithm(module_name)).__name__ == class_name
