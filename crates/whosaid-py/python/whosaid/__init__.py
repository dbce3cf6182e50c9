"""whosaid: who said what, and who reported it how, across news articles.

The engine is the one the whosaid page and CLI run; reports are the JSON of
the whosaid contract (``whosaid --format json``), as plain Python objects.

>>> report = whosaid.analyze([("a.txt", "“We will rebuild,” the mayor said.")])
>>> [q["text"] for q in report["quotes"]]
['We will rebuild,']
"""

import gc
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple, Union

from whosaid._engine import analyze as _analyze
from whosaid._engine import article_line, blocking_keys
from whosaid._engine import merge as _merge

__all__ = ["analyze", "quotes", "article_line", "merge", "blocking_keys", "to_rows"]

Report = Dict[str, Any]


def analyze(
    articles: Iterable[Tuple[str, Union[str, bytes]]],
    corrections: Optional[str] = None,
    threads: int = 0,
) -> Report:
    """The report on ``articles``, an iterable of ``(name, text)`` pairs.

    ``text`` is ``str``, or ``bytes`` the engine decodes itself (a file in
    another encoding is repaired and its document says so in ``warnings``).
    ``corrections`` is a reader's corrections as JSON: a report exported by
    the page, or a list. ``threads`` articles are read at once (0: one per
    core; the interpreter is released meanwhile). The result equals
    ``whosaid --format json``.
    Raises ``TypeError`` for an item that is not such a pair, and
    ``ValueError`` with the engine's message for corrections it cannot read.
    """
    return _without_gc(lambda: _analyze(articles, corrections, threads))


def merge(lines: Iterable[str]) -> Report:
    """The report on the articles whose lines (from ``article_line`` or
    ``whosaid --format jsonl``) ``lines`` holds: what ``whosaid merge``
    writes, and what ``analyze`` gives on the same articles. Raises
    ``ValueError`` naming the first line that is not an article's."""
    return _without_gc(lambda: _merge(lines))


def _without_gc(call: Callable[[], Report]) -> Report:
    """Runs ``call`` with Python's cycle collector paused: a report is a
    million small objects without cycles, and the collector would walk
    them again and again as they are made (a tenth of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return call()
    finally:
        if enabled:
            gc.enable()


def quotes(text: Union[str, bytes], name: str = "article.txt") -> List[Dict[str, Any]]:
    """One article's quotes, each with its speaker's name as the article
    resolves it (``speaker``, ``None`` when unknown) and the words naming
    them there (``mention``). Nothing is joined with other articles."""
    report = analyze([(name, text)])
    names = {s["id"]: s["name"] for s in report["speakers"]}
    found = []
    for quote in report["quotes"]:
        quote = dict(quote)
        quote["speaker"] = names.get(quote["speaker"])
        del quote["doc"], quote["cluster"]
        found.append(quote)
    return found


def _words(span: Optional[Dict[str, Any]]) -> Optional[str]:
    return span["text"] if span else None


def to_rows(report: Report) -> List[Dict[str, Any]]:
    """One row per quote occurrence, for ``pandas.DataFrame(to_rows(r))``:
    the quote, its cluster (the utterance), its article (name, outlet,
    date), its speaker (name, kind) and how it was reported (kind, cue,
    mention)."""
    documents = {d["id"]: d for d in report["documents"]}
    speakers = {s["id"]: s for s in report["speakers"]}
    rows = []
    for quote in report["quotes"]:
        document = documents[quote["doc"]]
        speaker = speakers.get(quote["speaker"]) or {}
        rows.append(
            {
                "quote": quote["id"],
                "cluster": quote["cluster"],
                "document": document["name"],
                "title": document.get("title"),
                "outlet": document.get("outlet"),
                "date": document.get("date"),
                "speaker": speaker.get("name"),
                "speaker_kind": speaker.get("kind"),
                "kind": quote["kind"],
                "text": quote["text"],
                "mention": _words(quote.get("mention")),
                "cue": _words(quote.get("cue")),
                "start": quote["start"],
                "end": quote["end"],
            }
        )
    return rows
