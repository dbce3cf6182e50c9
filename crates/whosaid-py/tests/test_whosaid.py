"""The Python package: the CLI's report, one article's quotes, the split
run, the notebook rows, and clear errors."""

import json
import pathlib
import subprocess

import pytest

import whosaid

ROOT = pathlib.Path(__file__).resolve().parents[3]
CLI = ROOT / "target" / "release" / "whosaid"
SEEDS = ROOT.parent / "shared" / "seeds"
POLNEAR = ROOT.parent / "shared" / "polnear" / "train" / "texts"

ARTICLES = [
    (
        "a-harbour.txt",
        "“The ferry will run all winter,” said harbour master Ivo Kral.\n\n"
        "Union leader Mia Berg disagreed. “Nobody asked the crews,” she said.",
    ),
    ("b-coast.txt", "Mia Berg, who leads the crews' union, said: “Nobody asked the crews.”"),
]


def cli_report(folder):
    if not CLI.exists():
        pytest.skip(f"{CLI} is not built (cargo build --release -p whosaid-cli)")
    out = subprocess.run([str(CLI), "--format", "json", str(folder)], check=True, capture_output=True)
    return json.loads(out.stdout)


def same_json(report, other):
    """Equal as JSON text: `==` alone takes True for 1 and 1.0 for 1."""
    return json.dumps(report, sort_keys=True) == json.dumps(other, sort_keys=True)


def test_analyze_is_the_cli_report(tmp_path):
    for name, text in ARTICLES:
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = whosaid.analyze(ARTICLES)
    assert same_json(report, cli_report(tmp_path))
    assert [s["name"] for s in report["speakers"]] == ["Ivo Kral", "Mia Berg"]
    assert any(c["documents"] == 2 for c in report["clusters"])


def test_any_number_of_threads_gives_one_report():
    one = whosaid.analyze(ARTICLES, threads=1)
    assert whosaid.analyze(ARTICLES, threads=3) == one
    assert whosaid.analyze(ARTICLES) == one


def test_analyze_reads_the_seeds_as_the_cli_does():
    files = sorted(SEEDS.glob("*.txt"))
    report = whosaid.analyze((f.name, f.read_bytes()) for f in files)
    assert same_json(report, cli_report(SEEDS))


def test_analyze_reads_polnear_as_the_cli_does():
    # 840 articles: every field kind of the report, at a realistic size.
    if not POLNEAR.exists():
        pytest.skip(f"{POLNEAR} is absent")
    files = sorted(POLNEAR.glob("*.txt"))
    report = whosaid.analyze((f.name, f.read_bytes()) for f in files)
    assert same_json(report, cli_report(POLNEAR))


def test_bytes_in_another_encoding_are_decoded_with_a_warning():
    latin1 = "“Ça suffit,” dit le maire Élise Roy.".replace("“", '"').replace("”", '"')
    report = whosaid.analyze([("fr.txt", latin1.encode("latin-1"))])
    assert report["documents"][0]["warnings"]
    assert report["quotes"][0]["text"].startswith("Ça suffit")


def test_quotes_of_one_article_name_their_speakers():
    found = whosaid.quotes(ARTICLES[0][1])
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("The ferry will run all winter,", "Ivo Kral"),
        ("Nobody asked the crews,", "Mia Berg"),
    ]
    assert found[1]["mention"]["text"] == "she"


def test_lines_merged_are_the_report_of_one_run():
    lines = [whosaid.article_line(name, text) for name, text in reversed(ARTICLES)]
    assert all("\n" not in line for line in lines)
    assert same_json(whosaid.merge(lines), whosaid.analyze(ARTICLES))


def test_rows_give_one_row_per_occurrence():
    report = whosaid.analyze(ARTICLES)
    rows = whosaid.to_rows(report)
    assert len(rows) == len(report["quotes"])
    assert {r["document"] for r in rows if r["text"].startswith("Nobody")} == {
        "a-harbour.txt",
        "b-coast.txt",
    }
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(rows)
    assert frame.groupby("speaker").size().to_dict() == {"Ivo Kral": 1, "Mia Berg": 2}


def test_corrections_apply_and_bad_ones_raise():
    corrections = json.dumps(
        [{"action": "outlet", "doc": "b-coast.txt", "outlet": "Coast Daily"}]
    )
    report = whosaid.analyze(ARTICLES, corrections)
    assert report["documents"][1]["outlet"] == "Coast Daily"
    with pytest.raises(ValueError, match="corrections"):
        whosaid.analyze(ARTICLES, "[{\"action\": \"teleport\"}]")


def test_wrong_items_raise_type_error():
    with pytest.raises(TypeError, match="article 2"):
        whosaid.analyze([ARTICLES[0], ("only a name",)])
    with pytest.raises(TypeError, match="article 1"):
        whosaid.analyze([("a.txt", 42)])


def test_a_bad_line_names_its_number():
    good = whosaid.article_line(*ARTICLES[0])
    with pytest.raises(ValueError, match="line 2"):
        whosaid.merge([good, "{not json"])


def test_empty_and_binary_input_lose_nothing():
    report = whosaid.analyze([("empty.txt", b""), ("blob.bin", bytes(range(256)) * 4)])
    assert [d["name"] for d in report["documents"]] == ["blob.bin", "empty.txt"]
    assert report["documents"][0]["warnings"]
    assert report["quotes"] == []
