"""`frontwatch serve`: the REST API and the analyst web app over a store."""

from __future__ import annotations

import ipaddress

import click

from .core import db_option


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(cli: click.Group) -> None:
    @cli.command()
    @db_option
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Interface to listen on; other machines can connect only if you change it.")
    @click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
                  help="TCP port.")
    def serve(db: str, host: str, port: int) -> None:
        """Serve the map, timeline and evidence UI and the REST API (docs at /docs).

        Read-only unless FRONTWATCH_API_TOKEN is set, which enables
        POST /api/documents for requests carrying that bearer token.
        FRONTWATCH_CORS_ORIGINS (comma-separated) allows those web origins.

        \b
        Example:
          frontwatch serve --db sqlite:///conflict.db --port 8080
        """
        import uvicorn

        from ..api import create_app

        app = create_app(db)
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"frontwatch: serving {app.state.store.url} at http://{shown}:{port}/ "
                   f"(API docs at /docs; Ctrl-C to stop)")
        if not _is_loopback(host):
            click.echo("frontwatch: note: listening beyond this machine", err=True)
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
