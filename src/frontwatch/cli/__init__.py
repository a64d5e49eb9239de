"""The `frontwatch` command: a thin layer over the library.

Each command group lives in its own module and is registered here; no
extraction logic lives in a command handler.
"""

from __future__ import annotations

import sys

import click

from ..errors import FrontwatchError
from . import core, evaluate, geo, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="frontwatch")
def cli() -> None:
    """frontwatch: war reporting and its reader comments in, a geocoded,
    source-attributed event database out.

    \b
    Typical use:
      frontwatch extract report.txt --published 2024-03-02   # events as JSON Lines
      frontwatch ingest samples/                              # into frontwatch.db
      frontwatch events --type Battles --format csv           # query the store
      frontwatch show DOC_ID                                  # evidence in context
      frontwatch serve                                        # map and timeline UI
    """


for module in (core, geo, evaluate, serve):
    module.register(cli)


def main() -> None:
    try:
        cli.main(standalone_mode=False, prog_name="frontwatch")
    except FrontwatchError as exc:
        click.echo(f"frontwatch: {exc}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("frontwatch: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
