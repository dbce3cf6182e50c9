from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

def analyze(
    articles: Iterable[Tuple[str, Union[str, bytes]]],
    corrections: Optional[str] = None,
    threads: int = 0,
) -> Dict[str, Any]: ...
def article_line(name: str, text: Union[str, bytes]) -> str:
    """One article's part of the report as a JSON line (``whosaid --format jsonl``)."""
def merge(lines: Iterable[str]) -> Dict[str, Any]:
    """The report on the articles whose lines ``lines`` holds (``whosaid merge``)."""
def blocking_keys(line: str) -> List[str]:
    """The keys two article lines must share to change each other's
    speakers or clusters: name words, initials and quote word trigrams."""
