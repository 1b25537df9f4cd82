#!/usr/bin/env python3
"""Runs `parse-dates` of the built jar over the gold cells (one call per context year, gold order kept)
and writes the predictions; the shared scorer then compares them with the gold."""
import json
import subprocess
import sys

gold, jar, pred = sys.argv[1:4]
rows = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
out = [""] * len(rows)
for year in sorted({r["year"] for r in rows}):
    idx = [i for i, r in enumerate(rows) if r["year"] == year]
    text = "".join(rows[i]["text"] + "\n" for i in idx)
    res = subprocess.run(["java", "-jar", jar, "parse-dates", "--year", str(year)], input=text.encode(),
                         capture_output=True, timeout=120, check=True)
    lines = res.stdout.decode("utf-8").splitlines()
    for k, i in enumerate(idx):
        out[i] = lines[k] if k < len(lines) else ""
with open(pred, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
