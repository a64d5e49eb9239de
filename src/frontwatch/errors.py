"""Errors meant for people: one line naming the input and the problem, with a stable code.

Every expected failure raises a `FrontwatchError` subclass; the CLI prints
`frontwatch: error FW<code>: <input>: <message>` and no traceback.

Codes: FW1xx inputs, FW2xx dates, FW3xx the store, FW4xx not found, FW5xx the
language model, FW6xx data files, FW7xx the gazetteer, FW8xx the REST API
(defined with the API in `frontwatch.api.problems`: FW800 bad parameter,
FW801 unauthorised, FW802 writes disabled, FW803 unavailable, FW810 HTTP
error, FW899 internal).
"""

from __future__ import annotations


class FrontwatchError(Exception):
    code = "FW000"

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"error {self.code}: {where}{self.message}"


class InputError(FrontwatchError):
    """An input file or stream could not be read as a document."""

    code = "FW100"


class UnsupportedInput(InputError):
    code = "FW101"


class EmptyInput(InputError):
    code = "FW102"


class BinaryInput(InputError):
    code = "FW103"


class EncodingError(InputError):
    code = "FW104"


class TooLarge(InputError):
    code = "FW105"


class MalformedInput(InputError):
    code = "FW106"


class MissingInput(InputError):
    """A path given on the command line does not exist."""

    code = "FW107"


class BadDate(FrontwatchError):
    code = "FW200"


class StoreError(FrontwatchError):
    code = "FW300"


class BadDatabaseURL(StoreError):
    code = "FW301"


class NotFound(FrontwatchError):
    code = "FW400"


class ModelMissing(FrontwatchError):
    code = "FW500"


class DataFileError(FrontwatchError):
    """A bundled data file (lexicon, actor table, ...) failed its schema check."""

    code = "FW600"


class GazetteerError(FrontwatchError):
    code = "FW700"
