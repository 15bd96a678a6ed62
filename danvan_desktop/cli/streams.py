"""The command line's standard streams: UTF-8 whatever the code page, quiet on a closed pipe."""

from __future__ import annotations

import os
import sys


def use_utf8_streams() -> None:
    """Redirected input and output are UTF-8, and printing never fails on a character.

    On Windows a redirected stream takes the ANSI code page (cp1258 on a Vietnamese PC),
    which cannot encode every Vietnamese letter, and a file in another code page would be
    unreadable elsewhere anyway. A terminal keeps its own encoding (Windows' console is
    written in UTF-16 by Python), with unencodable characters replaced, not raised."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            interactive = stream.isatty()
        except (OSError, ValueError):
            interactive = False
        try:
            if interactive:
                stream.reconfigure(errors="replace")
            elif stream.encoding.replace("-", "").lower() != "utf8":
                stream.reconfigure(encoding="utf-8")
        except (OSError, ValueError):  # a stream already used or closed: leave it as it is
            continue


def discard_stdout() -> None:
    """After a reader closed the pipe (``| head``): send what is left, and Python's own flush
    at exit, to the null device, as the ``signal`` module's SIGPIPE notes advise.

    Replacing ``sys.stdout`` alone is not enough: the old stream object still holds the
    unwritten bytes, and the interpreter's final flush of file descriptor 1 would fail
    with exit status 120."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    try:
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ is not None else 1)
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
