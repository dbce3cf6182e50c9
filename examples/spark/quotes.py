"""whosaid on Apache Spark: `python quotes.py INPUT_DIR OUT_DIR`.

The run splits as the engine does:
1. Per article (the costly part, spread over the workers): each file's
   part of the report, as `whosaid --format jsonl` writes it. Written to
   OUT_DIR/articles as JSON lines.
2. Across articles: every article gives its blocking keys (folded name
   words and initials of its speakers, word trigrams of its quotes);
   `explode` and `groupBy` link the articles that share a key, and
   connected components (label propagation) gather the articles that can
   change each other's speakers or clusters. Each group is joined by the
   engine's own cross-article step (`whosaid.merge`), which verifies every
   candidate pair with the engine's comparison; articles of different
   groups share no key, so no join is lost between them. The quotes, with
   speaker names and utterance clusters, go to OUT_DIR/quotes (Parquet).

Groups are verified whole rather than pair by pair because some of the
engine's joins read every candidate at once (a lone surname joins the one
full name that carries it, so a second full name with that surname stops it).
"""

import os
import sys

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

import whosaid

LINES = "article long, name string, line string"
KEYS = "article long, key string"
QUOTES = (
    "document string, start long, end long, text string, kind string, "
    "speaker string, speaker_kind string, mention string, cue string, "
    "cluster string, cluster_documents long"
)


def article_lines(batches):
    """mapInPandas: files (article, path, content) → their article lines."""
    for frame in batches:
        names = [path.rsplit("/", 1)[-1] for path in frame["path"]]
        lines = [whosaid.article_line(n, bytes(c)) for n, c in zip(names, frame["content"])]
        yield pd.DataFrame({"article": frame["article"], "name": names, "line": lines})


def article_keys(batches):
    """mapInPandas: article lines → one row per (article, blocking key)."""
    for frame in batches:
        rows = [
            (article, key)
            for article, line in zip(frame["article"], frame["line"])
            for key in whosaid.blocking_keys(line)
        ]
        yield pd.DataFrame(rows, columns=["article", "key"])


def components(articles: DataFrame, keys: DataFrame) -> DataFrame:
    """(article, group): connected components of articles sharing a key,
    each labelled by its smallest article number."""
    # Each key links its articles to its first one: a star, not all pairs.
    first = keys.groupBy("key").agg(F.min("article").alias("first"))
    links = keys.join(first, "key").select("article", "first").where("article != first")
    edges = links.union(links.select("first", "article")).toDF("src", "dst").distinct()
    edges = edges.localCheckpoint()
    labels = articles.select("article", F.col("article").alias("group")).localCheckpoint()
    while True:
        offered = edges.join(labels, edges.src == labels.article).select(
            F.col("dst").alias("article"), "group"
        )
        updated = (
            labels.union(offered).groupBy("article").agg(F.min("group").alias("group"))
        ).localCheckpoint()
        before = labels.withColumnRenamed("group", "before")
        changed = updated.join(before, "article").where("group != before").count()
        labels = updated
        if changed == 0:
            return labels


def joined_quotes(frame: pd.DataFrame) -> pd.DataFrame:
    """applyInPandas: one group's article lines → its quotes, joined by the
    engine's cross-article step."""
    report = whosaid.merge(frame["line"])
    group = int(frame["group"].iloc[0])
    clusters = {c["id"]: c for c in report["clusters"]}
    rows = []
    for row in whosaid.to_rows(report):
        cluster = clusters[row["cluster"]]
        rows.append(
            {
                "document": row["document"],
                "start": row["start"],
                "end": row["end"],
                "text": row["text"],
                "kind": row["kind"],
                "speaker": row["speaker"],
                "speaker_kind": row["speaker_kind"],
                "mention": row["mention"],
                "cue": row["cue"],
                "cluster": f"{group}/{row['cluster']}",
                "cluster_documents": cluster["documents"],
            }
        )
    return pd.DataFrame(rows, columns=[c.split()[0] for c in QUOTES.split(", ")])


def run(spark: SparkSession, input_dir: str, out_dir: str) -> DataFrame:
    files = (
        spark.read.format("binaryFile")
        .option("pathGlobFilter", "*.txt")
        .load(input_dir)
        .select("path", "content")
        .withColumn("article", F.monotonically_increasing_id())
    )
    lines = files.mapInPandas(article_lines, LINES).localCheckpoint()
    lines.select("line").write.mode("overwrite").text(f"{out_dir}/articles")
    keys = lines.select("article", "line").mapInPandas(article_keys, KEYS)
    groups = components(lines.select("article"), keys)
    quotes = (
        lines.join(groups, "article")
        .select("group", "line")
        .groupBy("group")
        .applyInPandas(joined_quotes, QUOTES)
    )
    quotes.write.mode("overwrite").parquet(f"{out_dir}/quotes")
    return spark.read.parquet(f"{out_dir}/quotes")


def session(workers: int = 2) -> SparkSession:
    """A local Spark with `workers` worker threads, shipping this file to
    its Python workers (the functions above run there). The workers run
    this interpreter, which has whosaid, unless PYSPARK_PYTHON says else."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .appName("whosaid")
        .config("spark.sql.shuffle.partitions", str(workers * 2))
        .config("spark.ui.enabled", "false")
        # News articles are small files: count each as what it holds, not
        # as 4 MB, so a task reads thousands of them and not 32.
        .config("spark.sql.files.openCostInBytes", str(8 * 1024))
        .getOrCreate()
    )
    spark.sparkContext.addPyFile(__file__)
    return spark


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python quotes.py INPUT_DIR OUT_DIR")
    spark = session()
    found = run(spark, sys.argv[1], sys.argv[2])
    print(f"{found.count()} quotes in {found.select('cluster').distinct().count()} clusters")
    spark.stop()
