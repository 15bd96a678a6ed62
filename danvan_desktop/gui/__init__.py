"""The Qt user interface: one window or dialog per module, forms compiled from ui/.

Only this package imports PySide6. Windows call services (never SQL) and run long work
through ``runner.Runner``.
"""
