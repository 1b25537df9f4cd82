// chrono-node's Russian parser over stdin, one cell a line: one JSON line per cell with the dates it found,
// written in one block like parse-dates does, so the two are timed doing the same work.
//   node chrono-ru.mjs 2023 < cells.txt > chrono.jsonl
import { readFileSync, writeSync } from "node:fs";
import * as chrono from "chrono-node";

const year = Number(process.argv[2] ?? new Date().getFullYear());
const reference = new Date(year, 0, 1);
const day = (date) => date.toISOString().slice(0, 10);
const out = [];
for (const text of readFileSync(0, "utf8").split("\n")) {
  if (text === "" && out.length > 0) continue;
  const parts = chrono.ru.parse(text, reference).map((result) => ({
    start: day(result.start.date()),
    end: day((result.end ?? result.start).date()),
  }));
  out.push(JSON.stringify({ text, parts }));
}
writeSync(1, out.join("\n") + "\n");
