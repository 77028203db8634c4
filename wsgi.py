"""The WSGI entry point: `gunicorn wsgi:app` or `flask --app wsgi run`."""

import gc

from coprod import create_app

app = create_app()
# Everything made while starting up lives as long as the process: keep it out of the garbage
# collector's full sweeps, which otherwise walk it all again and again under load.
gc.freeze()
