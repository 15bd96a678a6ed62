"""The ``danvan`` command line: every use case, scriptable, without a screen."""
