/**
 * What it costs to word a verdict since its texts live in Fluent files: the verdict view's
 * explanation (headline, reasons, the other rules that apply, facts, changes, hints, as HTML)
 * rendered with her Translate, beside the pre-Fluent renderer kept in baseline/ — the same
 * decisions, in the same process, in alternating rounds so both see the same load.
 */
import { availableParallelism, loadavg } from "node:os";
import { translatorFor } from "../../src/bot/i18n.js";
import { explanationHtml } from "../../src/bot/views/verdict.js";
import { renderDecision } from "../../src/bot/views/verdict/render.js";
import { evaluate } from "../../src/core/rules/evaluate.js";
import type { Decision } from "../../src/core/rules/decision.js";
import type { InterfaceLanguage } from "../../src/interface-language.js";
import { baselineVerdictHtml, type BaselineLanguage } from "./baseline/verdict-pre-fluent.js";
import { generateFacts } from "./rules.js";
import type { BenchRow } from "./types.js";

const TZ = "Europe/Berlin";
const ROUNDS = 21;
const WARM_UP_PASSES = 3;

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function fluentPass(decisions: readonly Decision[], lang: InterfaceLanguage): number {
  const t = translatorFor(lang);
  let chars = 0;
  for (const d of decisions) chars += explanationHtml(renderDecision(d, t, TZ), t).length;
  return chars;
}

function baselinePass(decisions: readonly Decision[], lang: BaselineLanguage): number {
  let chars = 0;
  for (const d of decisions) chars += baselineVerdictHtml(d, lang, TZ).length;
  return chars;
}

/** Seconds per verdict for one pass. */
function timedPass(pass: () => number, items: number, sink: { chars: number }): number {
  const t0 = process.hrtime.bigint();
  sink.chars += pass();
  return Number(process.hrtime.bigint() - t0) / 1e9 / items;
}

export async function run(): Promise<BenchRow[]> {
  // Decisions are made once: only the wording is timed.
  const decisions = generateFacts().map((f) => evaluate(f));
  const n = decisions.length;
  const sink = { chars: 0 };
  const passes = {
    "baseline de": () => baselinePass(decisions, "de"),
    "fluent de": () => fluentPass(decisions, "de"),
    "baseline en": () => baselinePass(decisions, "en"),
    "fluent en": () => fluentPass(decisions, "en"),
    "fluent ro": () => fluentPass(decisions, "ro"),
  } as const;
  type Pass = keyof typeof passes;
  const names = Object.keys(passes) as Pass[];
  for (let i = 0; i < WARM_UP_PASSES; i++) for (const name of names) sink.chars += passes[name]();

  const seconds = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Pass, number[]>;
  const load = loadavg()[0]!;
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order, so neither side always runs right after the other's garbage.
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) seconds[name].push(timedPass(passes[name], n, sink));
  }
  if (sink.chars < 0) console.log(sink.chars);

  const µs = (name: Pass) => +(median(seconds[name]) * 1e6).toFixed(2);
  const perSecond = (name: Pass) => Math.round(1 / median(seconds[name]));
  const note = `${n} seeded decisions, median of ${ROUNDS} alternating rounds; load ${load.toFixed(1)} on ${availableParallelism()} CPUs`;
  return [
    { name: "verdict view: Fluent (de)", value: perSecond("fluent de"), unit: "verdicts/s", note: `explanation as HTML; ${note}` },
    { name: "verdict view: pre-Fluent baseline (de)", value: perSecond("baseline de"), unit: "verdicts/s", note: "same decisions, same run: the renderer before the locale files" },
    { name: "verdict view: Fluent (de) per verdict", value: µs("fluent de"), unit: "µs" },
    { name: "verdict view: pre-Fluent baseline (de) per verdict", value: µs("baseline de"), unit: "µs" },
    { name: "verdict view: Fluent cost over baseline (de)", value: +(median(seconds["fluent de"]) / median(seconds["baseline de"])).toFixed(2), unit: "×", note: "time per verdict, median rounds" },
    { name: "verdict view: Fluent (en) per verdict", value: µs("fluent en"), unit: "µs", note: `baseline (en) ${µs("baseline en")} µs` },
    { name: "verdict view: Fluent (ro) per verdict", value: µs("fluent ro"), unit: "µs", note: "no baseline: Romanian is new" },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) {
    console.log(`${row.name.padEnd(52)} ${String(row.value).padStart(12)} ${row.unit}${row.note ? `  – ${row.note}` : ""}`);
  }
}
