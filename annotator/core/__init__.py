"""The Qt-free core: text model, storage, importers and exporters.

Importable and testable without PySide6; the command line uses only this.
"""
