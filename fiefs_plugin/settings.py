"""Plugin preferences: one dataclass stored in the ``fiefs`` group of QgsSettings."""

from __future__ import annotations

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

GROUP = "fiefs"


@dataclass
class FiefsSettings:
    """Defaults used by the dock and by algorithms when a parameter is left empty."""

    default_party: str = ""
    store_path: str = ""
    permutations: int = 999
    seed: int = 12345
    alpha: float = 0.05

    @classmethod
    def load(cls) -> FiefsSettings:
        settings = QgsSettings()
        values = {}
        for field in fields(cls):
            default = field.default
            values[field.name] = settings.value(
                f"{GROUP}/{field.name}", default, type=type(default)
            )
        return cls(**values)

    def save(self) -> None:
        settings = QgsSettings()
        for field in fields(self):
            settings.setValue(f"{GROUP}/{field.name}", getattr(self, field.name))
