"""readability-lxml (Debian python3-readability) over the benchmark pages.

usage: python3 readability_lxml.py HTML_DIR OUT.json [LIMIT]
Prints {"pages","seconds"}; seconds cover parsing and extraction, not file reading.
"""
import gzip
import json
import os
import sys
import time

import lxml.html
from readability import Document


def main():
    directory, out = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    names = sorted(f for f in os.listdir(directory) if f.endswith(".html.gz"))[:limit]
    pages = []
    for name in names:
        with gzip.open(os.path.join(directory, name), "rb") as f:
            pages.append((name[: -len(".html.gz")], f.read().decode("utf-8")))
    output = {}
    start = time.perf_counter()
    for page_id, html in pages:
        try:
            summary = Document(html).summary(html_partial=True)
            output[page_id] = {"articleBody": lxml.html.fromstring(summary).text_content()}
        except Exception:  # a peer's failure on one page counts as an empty prediction
            output[page_id] = {"articleBody": ""}
    seconds = time.perf_counter() - start
    with open(out, "w", encoding="utf-8") as f:
        json.dump(output, f)
    print(json.dumps({"pages": len(pages), "seconds": seconds}))


if __name__ == "__main__":
    main()
