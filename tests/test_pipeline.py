"""The pipeline gives the same results in worker processes as in one process."""

from __future__ import annotations

from frontwatch.ingest import iter_documents

from .conftest import SAMPLES


def test_workers_match_one_process(pipeline) -> None:
    docs = list(iter_documents([SAMPLES]))
    one = [[e.to_dict() for e in r.events] for r in pipeline.process(docs)]
    two = [[e.to_dict() for e in r.events] for r in pipeline.process(docs, n_process=2, chunk_size=4)]
    assert len(one) == len(docs) == 15
    assert sum(map(len, one)) > 20
    assert two == one
