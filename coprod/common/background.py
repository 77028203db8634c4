"""One small background thread a web process runs for a piece of work (building PDFs, sending
safeguarding alerts): woken when there is something to do, and every poll interval so work
added by a command is not left; started again after a fork (each gunicorn worker has its own)."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

from flask import Flask

log = logging.getLogger(__name__)


class _Thread:
    """The thread itself: runs the work when woken, and every `poll` seconds."""

    def __init__(self, app: Flask, background: Background) -> None:
        self.app, self.wake = app, threading.Event()
        self.thread = threading.Thread(target=self._loop, args=(background,),
                                       name=background.name, daemon=True)
        self.thread.start()

    def _loop(self, background: Background) -> None:
        while True:
            self.wake.wait(background.poll)
            self.wake.clear()
            try:
                background.work(self.app)
            except Exception:  # the database was away: try again at the next wake
                log.exception("%s could not run", background.name)


class Background:
    """A piece of work with one thread a process, on when the app's `switch` setting is (the
    default); off, only a command (`coprod run-jobs`) does it."""

    def __init__(self, name: str, work: Callable[[Flask], object], switch: str,
                 poll: float = 30.0) -> None:
        self.name, self.work, self.switch, self.poll = name, work, switch, poll
        self._threads: dict[int, _Thread] = {}
        self._lock = threading.Lock()

    def on(self, app: Flask) -> bool:
        """Whether web processes do this work (the setting named by `switch`)."""
        return bool(app.config.get(self.switch, True))

    def running_here(self) -> bool:
        """Whether this process has started its thread."""
        return os.getpid() in self._threads

    def thread_for(self, app: Flask) -> _Thread:
        """This process's thread, started if it is not running (after a fork too)."""
        thread = self._threads.get(os.getpid())
        if thread is None or thread.app is not app or not thread.thread.is_alive():
            with self._lock:
                thread = self._threads.get(os.getpid())
                if thread is None or thread.app is not app or not thread.thread.is_alive():
                    thread = self._threads[os.getpid()] = _Thread(app, self)
        return thread
