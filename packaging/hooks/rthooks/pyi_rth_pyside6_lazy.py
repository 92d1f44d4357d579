"""PyInstaller's run-time hook for PySide6, with its one costly step deferred until Qt is first imported.

PyInstaller's own hook (``pyi_rth_pyside6``) imports ``PySide6.QtCore`` when
the program starts, only to check for an embedded ``qt.conf`` (which the PyPI
wheels register themselves).  That loads Qt into every process — about 0.25 s
and 15 MB on the development machine — including the command line, which never
uses Qt.  This hook does the same setup (plugin and QML paths, the DLL and
library paths on Windows and macOS), and runs the ``qt.conf`` step right after
``PySide6.QtCore`` is first imported instead.  ``packaging/hooks/rthooks.dat``
puts it in place of the built-in one for the ``PySide6`` package.
"""


def _pyi_rthook() -> None:
    import importlib.abc
    import importlib.machinery
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    meipass: str = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    if sys.platform.startswith("win"):
        qt_path = os.path.join(meipass, "PySide6")
    else:
        qt_path = os.path.join(meipass, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if is_macos_app_bundle:
        resources = os.path.normpath(
            os.path.join(meipass, "..", "Resources", os.path.relpath(qt_path, meipass)))
        os.environ["QML2_IMPORT_PATH"] = os.pathsep.join([os.path.join(resources, "qml"),
                                                          os.path.join(qt_path, "qml")])
    else:
        os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(meipass, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(meipass, "DYLD_LIBRARY_PATH")

    class AfterQtCore(importlib.abc.MetaPathFinder):
        """Finds nothing itself: wraps the loader of ``PySide6.QtCore`` to finish Qt's setup after it loads."""

        def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201 - the finder protocol
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None:
                spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
                return spec
            loader = spec.loader
            run = loader.exec_module

            def exec_module(module):  # noqa: ANN001, ANN202
                del loader.exec_module  # the loader may serve other modules: as it was
                run(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            try:
                loader.exec_module = exec_module
            except AttributeError:  # a loader that takes no attributes: no qt.conf step (the wheels need none)
                pass
            return spec

    sys.meta_path.insert(0, AfterQtCore())


_pyi_rthook()
del _pyi_rthook
