#!/usr/bin/env python3
"""Trunk post-build step for the whosaid page (runs in TRUNK_STAGING_DIR).

1. Content-Security-Policy: a <meta> tag allowing only this origin, with the
   SHA-256 of each inline <script> Trunk writes (its wasm loader), so no
   other script and no request to another host can run.
2. Service worker: sw.js from tools/sw.template.js with the list of built
   files and a version derived from them, so the page works offline.
"""
import base64
import hashlib
import json
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
source = os.path.dirname(os.path.abspath(__file__))
index_path = os.path.join(staging, "index.html")

with open(index_path, encoding="utf-8") as f:
    html = f.read()

hashes = []
for script in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S):
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    hashes.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))

policy = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
])
meta = '<meta http-equiv="Content-Security-Policy" content="%s" />' % policy
html = html.replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n    ' + meta, 1)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

assets = sorted(
    name for name in os.listdir(staging)
    if os.path.isfile(os.path.join(staging, name)) and name != "sw.js"
)
version = hashlib.sha256("\n".join(assets).encode("utf-8")).hexdigest()[:16]
with open(os.path.join(source, "sw.template.js"), encoding="utf-8") as f:
    worker = f.read()
worker = worker.replace("__VERSION__", version).replace(
    "__ASSETS__", json.dumps(["./"] + ["./" + a for a in assets]))
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(worker)
