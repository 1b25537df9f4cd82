// Writes N realistic schedule cells, one a line, to stdout: the cells of the seed gold and a set of cells as other
// published roadmaps write them, with their day, month and year numbers varied so no two runs of a cell are alike.
//   node cells.mjs 200000 ../../resources/schedule/seed_gold.jsonl > cells.txt
import { readFileSync } from "node:fs";

const count = Number(process.argv[2] ?? 200000);
const gold = process.argv[3];
const templates = [
  "в течение 2023-2024 учебного года", "ежемесячно до 5 числа", "апрель 2024 г.", "с 01.09.2023 по 31.05.2024",
  "по графику", "до 25.12.2023 г.", "IV квартал 2023 г.", "сентябрь-октябрь", "ноябрь 2023 – январь 2024",
  "1 раз в полугодие", "август, январь", "постоянно", "в течение всего периода", "01.02.2024 (четверг)",
  "сентябрь 2023 г. – май 2024 г.", "в течение учебного года (по отдельному плану)", "ежеквартально до 10 числа",
  "до 20 числа месяца, следующего за отчетным", "при необходимости", "на постоянной основе",
  "2 раза в год (декабрь, май)", "в течение 2023 – 2024 гг.", "2023-2025 гг.", "до конца текущего года",
  "I-II квартал 2024", "май, сентябрь 2024 г.", "ежегодно, до 1 сентября", "еженедельно (по понедельникам)",
  "с 15.01.2024 по 15.02.2024", "не позднее 10.10.2023", "3 четверть 2023-2024 учебного года",
  "в период осенних каникул", "октябрь-ноябрь 2023 г., март-апрель 2024 г.", "2 полугодие 2023-2024 учебного года",
  "с 6 ноября 2023 года (понедельник) по 12 ноября 2023 года (воскресенье)", "24 мая (пятница)", "1 раз в четверть",
  "по мере необходимости, но не реже 1 раза в квартал", "с 1 по 10 сентября 2023 г.", "20-25 октября 2023 г.",
];
if (gold) {
  for (const line of readFileSync(gold, "utf8").split("\n")) {
    if (line.trim()) templates.push(JSON.parse(line).text);
  }
}

// a small linear congruential generator: the same cells every run
let seed = 20240901;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const two = (n) => String(n).padStart(2, "0");
const month = "(?=январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)";
const dayBeforeMonth = new RegExp(`\\b([1-9]|[12]\\d) ${month}`, "g");
// days and months change freely; all the years of a cell move together, so ranges keep their order
const vary = (cell) => {
  const shift = random(3) - 1;
  return cell
    .replace(/\b(\d{2})\.(\d{2})\.(20\d{2})\b/g, (_, d, m, y) => `${two(1 + random(28))}.${two(1 + random(12))}.${y}`)
    .replace(/\b(20\d{2})\b/g, (year) => String(Number(year) + shift))
    .replace(dayBeforeMonth, () => `${1 + random(28)} `);
};

const out = [];
for (let i = 0; i < count; i++) {
  out.push(vary(templates[i % templates.length]));
}
process.stdout.write(out.join("\n") + "\n");
