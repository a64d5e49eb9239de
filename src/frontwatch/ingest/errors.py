"""Input errors specific to the readers, on top of `frontwatch.errors`."""

from __future__ import annotations

from frontwatch.errors import InputError


class MissingInput(InputError):
    """A path given on the command line does not exist."""

    code = "FW107"
