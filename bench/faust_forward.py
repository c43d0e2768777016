"""The framework's ceiling for bench/throughput.py: a trivial Faust agent that decodes and forwards.

Configured like the product's app (at-least-once, same commit interval, explicit partitions),
run as its own worker process: ``python bench/faust_forward.py worker -l info`` (at ``warn``
and above Faust's terminal spinner sets the root logger to DEBUG, which slows every client
call; the product's worker disables the spinner, see streams/commands/worker.py).
Environment: BENCH_BOOTSTRAP, BENCH_APP, BENCH_IN, BENCH_OUT, BENCH_PARTITIONS, BENCH_WEB_PORT.
"""

from __future__ import annotations

import os
import tempfile

import faust
import orjson

app = faust.App(
    os.environ.get("BENCH_APP", "bench-faust"),
    broker=f"kafka://{os.environ.get('BENCH_BOOTSTRAP', '127.0.0.1:39092')}",
    store="memory://",
    datadir=os.path.join(tempfile.gettempdir(), os.environ.get("BENCH_APP", "bench-faust")),
    topic_partitions=int(os.environ.get("BENCH_PARTITIONS", "6")),
    broker_commit_interval=2.8,
    consumer_auto_offset_reset="earliest",
    web_port=int(os.environ.get("BENCH_WEB_PORT", "6099")),
    web_host="127.0.0.1",
    web_bind="127.0.0.1",
    autodiscover=False,
)
source = app.topic(
    os.environ.get("BENCH_IN", "bench.in"), key_serializer="raw", value_serializer="raw"
)
sink = app.topic(
    os.environ.get("BENCH_OUT", "bench.out"), key_serializer="raw", value_serializer="raw"
)


@app.agent(source)
async def forward(stream: faust.StreamT) -> None:
    async for event in stream.events():
        doc = orjson.loads(event.value)
        out = orjson.dumps({"id": doc.get("id"), "headline": doc.get("headline")})
        await sink.send(key=event.key, value=out)


if __name__ == "__main__":
    app.main()
