"""The Spark run (local mode, 2 workers) gives the CLI's quotes and clusters."""

import json
import pathlib
import shutil
import subprocess
import sys

import pytest

if shutil.which("java") is None:
    pytest.skip("Spark needs Java: `make setup-spark` installs it", allow_module_level=True)

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import quotes  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "release" / "whosaid"
POLNEAR = ROOT.parent / "shared" / "polnear" / "train" / "texts"

# Two stories that share no name and no words: two groups.
STORIES = {
    "ferry-1.txt": "“The ferry will run all winter,” said harbour master Ivo Kral.",
    "ferry-2.txt": "Kral told the council: “The ferry will run all winter.”",
    "orchard-1.txt": "“Frost took half the apples,” grower Sanna Vik said on Friday.",
    "orchard-2.txt": "“Frost took half the apples,” Vik said.",
}


@pytest.fixture(scope="module")
def spark():
    session = quotes.session(workers=2)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def cli_view(folder):
    out = subprocess.run([str(CLI), "--format", "json", str(folder)], check=True, capture_output=True)
    report = json.loads(out.stdout)
    docs = {d["id"]: d["name"] for d in report["documents"]}
    names = {s["id"]: s["name"] for s in report["speakers"]}
    found = {
        q["id"]: (docs[q["doc"]], q["start"], q["end"], q["text"], q["kind"], names.get(q["speaker"]))
        for q in report["quotes"]
    }
    clusters = {frozenset(found[q][:3] for q in c["quotes"]) for c in report["clusters"]}
    return set(found.values()), clusters


def spark_view(frame):
    rows = frame.toPandas().to_dict("records")
    found = {(r["document"], r["start"], r["end"], r["text"], r["kind"], r["speaker"]) for r in rows}
    clusters = {}
    for r in rows:
        clusters.setdefault(r["cluster"], set()).add((r["document"], r["start"], r["end"]))
    return found, {frozenset(c) for c in clusters.values()}


def test_own_stories_split_into_groups_and_join_within_them(spark, tmp_path):
    if not CLI.exists():
        pytest.skip(f"{CLI} is not built")
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = quotes.run(spark, str(tmp_path), str(tmp_path / "out"))
    assert found.select(found.cluster.substr(1, 2)).distinct().count() == 2
    assert spark_view(found) == cli_view(tmp_path)
    lines = list((tmp_path / "out" / "articles").glob("part-*"))
    assert sum(len(p.read_text().splitlines()) for p in lines) == len(STORIES)


def test_polnear_run_has_the_cli_quotes_and_clusters(spark, tmp_path):
    if not CLI.exists():
        pytest.skip(f"{CLI} is not built")
    found = quotes.run(spark, str(POLNEAR), str(tmp_path / "out"))
    spark_quotes, spark_clusters = spark_view(found)
    cli_quotes, cli_clusters = cli_view(POLNEAR)
    assert len(cli_quotes) > 10000
    assert spark_quotes == cli_quotes
    assert spark_clusters == cli_clusters
