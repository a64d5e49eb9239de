"""Loading the bundled data files (lexicons, tables) with a schema check."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError


def data_path(name: str) -> Path:
    return Path(str(resources.files("frontwatch") / "data" / name))


def load_yaml(name_or_path: str | Path, *, version: int = 1) -> dict[str, Any]:
    """Read a YAML data file and check its `version` key."""
    path = Path(name_or_path)
    if not path.is_absolute() and not path.exists():
        path = data_path(str(name_or_path))
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except OSError as exc:
        raise DataFileError(f"cannot read ({exc.strerror})", source=str(path)) from None
    except yaml.YAMLError as exc:
        raise DataFileError(f"not valid YAML ({exc})".replace("\n", " "), source=str(path)) from None
    if not isinstance(data, dict):
        raise DataFileError("expected a mapping at the top level", source=str(path))
    if data.get("version") != version:
        raise DataFileError(
            f"version {data.get('version')!r} is not the supported {version}", source=str(path)
        )
    return data


def require(cond: bool, message: str, source: str) -> None:
    if not cond:
        raise DataFileError(message, source=source)


def str_list(value: Any, what: str, source: str, *, allow_empty: bool = True) -> list[str]:
    if value is None:
        value = []
    require(isinstance(value, list), f"{what} must be a list", source)
    require(all(isinstance(v, str) and v.strip() for v in value), f"{what} must hold strings", source)
    require(allow_empty or bool(value), f"{what} must not be empty", source)
    return [v.strip() for v in value]
