import { Engine, type RuleProperties } from "json-rules-engine";
import { availableParallelism, loadavg } from "node:os";
import { evaluate as evaluateWith, type EvaluateOptions } from "../../src/core/rules/evaluate.js";
import { ZoneOffsets } from "../../src/core/time/offsets.js";
import { translatorFor } from "../../src/bot/i18n.js";
import { renderDecision } from "../../src/bot/views/verdict/render.js";
import { viewOf } from "../../src/core/rules/factView.js";
import { DEFAULT_RULE_SETTINGS, FLAG_NAMES, type EventFact, type Facts, type FlagMark, type FlagName, type Verdict } from "../../src/core/rules/types.js";
import type { PhoneClass } from "../../src/core/phone/types.js";
import type { WeeklyHours } from "../../src/core/time/types.js";
import { inDailyRange, inWeekly } from "../../src/core/rules/wallClock.js";
import type { BenchRow } from "./types.js";

/** As the bot evaluates: the zone's offsets remembered by the caller across evaluations (src/store/rule-settings.ts). */
const offsets = new ZoneOffsets();
const evaluate = (facts: Facts, options: EvaluateOptions = {}) => evaluateWith(facts, { ...options, offsets });

const FACT_SETS = 10_000;
const SEED = 20260316;
const TZ = "Europe/Berlin";
const START = Date.UTC(2026, 0, 1);
const YEAR_MINUTES = 365 * 24 * 60;

/** mulberry32: small, fast and good enough to spread the fact sets. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS_NOON: WeeklyHours = [[], [{ start: 720, end: 840 }], [{ start: 720, end: 840 }], [{ start: 720, end: 840 }], [{ start: 720, end: 840 }], [{ start: 720, end: 840 }], []];
const LINES = ["mobile", "mobile", "mobile", "landline", "mobile-or-landline", "special"] as const;
const KINDS = ["missed-call", "voicemail", "sms", "callback-request"] as const;

export function generateFacts(count = FACT_SETS, seed = SEED): Facts[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Facts[] = [];
  for (let i = 0; i < count; i++) {
    const now = START + Math.floor(r() * YEAR_MINUTES) * 60_000;
    const roll = r();
    const number: PhoneClass =
      roll < 0.05 ? { kind: "withheld" } : roll < 0.07 ? { kind: "invalid" }
        : { kind: "number", e164: "+4917100000000", country: r() < 0.1 ? "AT" : "DE", line: pick(LINES), foreign: r() < 0.1, special: r() < 0.05 ? "premium" : undefined };
    const flags: Partial<Record<FlagName, FlagMark>> = {};
    for (const name of FLAG_NAMES) if (r() < 0.06) flags[name] = { at: now - 86_400_000, by: "owner" };
    const events: EventFact[] = [];
    const n = Math.floor(r() * 4);
    for (let e = 0; e < n; e++) {
      events.push({ kind: pick(KINDS), at: now - Math.floor(r() * 36 * 60) * 60_000, attempts: 1 + Math.floor(r() * 2), asked: { callback: r() < 0.4, ...(r() < 0.3 ? { appointment: { day: { kind: "today" } } } : {}) } });
    }
    out.push({
      now,
      timeZone: TZ,
      number,
      flags,
      allowedHours: r() < 0.15 ? WEEKDAYS_NOON : undefined,
      events,
      outcomes: r() < 0.05 ? [{ at: now - 7 * 86_400_000, outcome: "someone-else" }] : [],
      settings: DEFAULT_RULE_SETTINGS,
    });
  }
  return out;
}

/** The facts json-rules-engine gets, precomputed once so that only its rule run is timed. */
interface FlatFacts {
  withheld: boolean;
  blocked: boolean;
  landline: boolean;
  someoneElse: boolean;
  nocall: boolean;
  smsonly: boolean;
  fresh: boolean;
  askedCallback: boolean;
  textFits: boolean;
  insideAllowed: boolean;
  callDay: boolean;
  quiet: boolean;
}

function flatten(f: Facts): FlatFacts {
  const v = viewOf(f);
  return {
    withheld: f.number.kind !== "number",
    blocked: f.flags.blocked !== undefined,
    landline: v.treatedAs === "landline",
    someoneElse: v.someoneElseCount > 0 || f.flags.forwarded !== undefined,
    nocall: f.flags.nocall !== undefined,
    smsonly: f.flags.smsonly !== undefined,
    fresh: v.lastRequest !== undefined,
    askedCallback: v.callbackRequest !== undefined,
    textFits: v.textFit.fits,
    insideAllowed: f.allowedHours === undefined || inWeekly(f.allowedHours, v.wall),
    callDay: f.settings.callDays.includes(v.wall.weekday),
    quiet: f.settings.quietHours !== null && inDailyRange(f.settings.quietHours, v.wall.minuteOfDay),
  };
}

const is = (fact: keyof FlatFacts, value: boolean) => ({ fact, operator: "equal", value });
const rule = (name: string, verdict: Verdict, all: ReturnType<typeof is>[]): RuleProperties => ({
  name,
  conditions: { all },
  event: { type: verdict, params: { rule: name } },
});

/** The default rules that can decide, written the way json-rules-engine wants them ("trusted"
 *  never decides, and "nosms" is part of `textFits`). */
const JRE_RULES: RuleProperties[] = [
  rule("withheld", "none", [is("withheld", true)]),
  rule("blocked", "none", [is("blocked", true)]),
  rule("landline", "none", [is("landline", true)]),
  rule("someone-else-text", "text", [is("someoneElse", true), is("textFits", true)]),
  rule("someone-else-none", "none", [is("someoneElse", true), is("textFits", false)]),
  rule("nocall-text", "text", [is("nocall", true), is("textFits", true)]),
  rule("nocall-none", "none", [is("nocall", true), is("textFits", false)]),
  rule("smsonly-text", "text", [is("smsonly", true), is("textFits", true)]),
  rule("smsonly-none", "none", [is("smsonly", true), is("textFits", false)]),
  rule("no-fresh-request", "none", [is("fresh", false)]),
  rule("not-asked-text", "text", [is("fresh", true), is("askedCallback", false), is("textFits", true)]),
  rule("not-asked-none", "none", [is("fresh", true), is("askedCallback", false), is("textFits", false)]),
  rule("outside-allowed-hours", "later", [is("insideAllowed", false)]),
  rule("call-days", "later", [is("callDay", false)]),
  rule("quiet-hours", "later", [is("quiet", true)]),
  rule("asked-to-call", "call", [is("askedCallback", true)]),
];

const SEVERITY: Record<string, number> = { call: 0, text: 1, later: 2, none: 3 };

async function jreVerdict(engine: Engine, facts: FlatFacts): Promise<string> {
  const { events } = await engine.run(facts);
  let top = "none";
  let rank = -1;
  for (const e of events) {
    const s = SEVERITY[e.type] ?? 3;
    if (s > rank) {
      rank = s;
      top = e.type;
    }
  }
  return top;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const ROUNDS = 60;

/** Seconds per item of each round, by the wall clock and by CPU time. */
interface Rounds {
  readonly wall: number[];
  readonly cpu: number[];
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const best = (xs: readonly number[]) => Math.min(...xs);

async function timed(into: Rounds, items: number, work: () => unknown): Promise<void> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await work();
  into.wall.push(Number(process.hrtime.bigint() - t0) / 1e9 / items);
  const c = process.cpuUsage(c0);
  into.cpu.push((c.user + c.system) / 1e6 / items);
}

async function latencies(count: number, one: (i: number) => unknown): Promise<Float64Array> {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint();
    await one(i);
    out[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return out.sort();
}

export async function run(): Promise<BenchRow[]> {
  const sets = generateFacts();
  const flat = sets.map(flatten);
  const engine = new Engine(JRE_RULES, { allowUndefinedFacts: true });
  const load = loadavg()[0]!;
  let sink = 0;

  // Warm-up for both: JIT, and on our side the zone's offset spans for the year the sets cover.
  for (let round = 0; round < 3; round++) for (const f of sets) sink += evaluate(f).decided.length;
  let agree = 0;
  const j0 = process.hrtime.bigint();
  for (let i = 0; i < flat.length; i++) {
    // Both engines should reach the same verdict ("then" and "until" are ours alone).
    if ((await jreVerdict(engine, flat[i]!)) === evaluate(sets[i]!).verdict) agree++;
  }
  const jreGuess = Number(process.hrtime.bigint() - j0) / 1e9 / flat.length;

  /*
   * Each round times one pass of ours over all the sets (every evaluation builds the full
   * Decision: decided, outweighed, facts, wouldChange, hints), then as many json-rules-engine
   * runs as take about as long. Back to back, both sides see the same load, and passes of equal
   * length are disturbed alike; the median round of each side is its throughput.
   */
  const ours: Rounds = { wall: [], cpu: [] };
  const jre: Rounds = { wall: [], cpu: [] };
  let next = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await timed(ours, sets.length, () => {
      for (let i = 0; i < sets.length; i++) sink += evaluate(sets[i]!).decided.length;
    });
    const slice = Math.max(20, Math.round(ours.wall[round]! * sets.length / jreGuess));
    await timed(jre, slice, async () => {
      for (let k = 0; k < slice; k++, next = (next + 1) % flat.length) sink += (await jreVerdict(engine, flat[next]!)).length;
    });
  }
  const oursLatency = await latencies(sets.length, (i) => evaluate(sets[i]!));
  const jreLatency = await latencies(2000, (i) => jreVerdict(engine, flat[i]!));

  // The same engine on a handful of fact sets that stay in the CPU cache: the compute floor.
  const few = sets.slice(0, 16);
  const hot: Rounds = { wall: [], cpu: [] };
  for (let round = 0; round < 7; round++) {
    await timed(hot, 10_000, () => {
      for (let r = 0; r < 625; r++) for (const f of few) sink += evaluate(f).decided.length;
    });
  }

  // Rendering is not part of the target; warmed up like the rest, then timed on its own.
  const de = translatorFor("de");
  const render = () => {
    for (const f of sets) sink += renderDecision(evaluate(f), de, TZ).reasons.length;
  };
  render();
  const renderStart = process.hrtime.bigint();
  render();
  const withRender = sets.length / (Number(process.hrtime.bigint() - renderStart) / 1e9);
  if (sink < 0) console.log(sink);

  const n = sets.length;
  const oursRate = 1 / median(ours.wall);
  const jreRate = 1 / median(jre.wall);
  const oursP50 = percentile(oursLatency, 0.5);
  const jreP50 = percentile(jreLatency, 0.5);
  const machine = `load ${load.toFixed(1)} on ${availableParallelism()} CPUs`;
  return [
    { name: "rules: evaluate (full explanation)", value: Math.round(oursRate), unit: "evals/s", note: `${n} seeded fact sets, median of ${ROUNDS} rounds (best ${Math.round(1 / best(ours.wall))}); ${machine}` },
    { name: "rules: evaluate, 16 fact sets in cache", value: Math.round(1 / median(hot.wall)), unit: "evals/s", note: "compute alone, without memory misses" },
    { name: "rules: evaluate p50", value: +oursP50.toFixed(2), unit: "µs" },
    { name: "rules: evaluate p99", value: +percentile(oursLatency, 0.99).toFixed(2), unit: "µs" },
    { name: "rules: evaluate + render (de)", value: Math.round(withRender), unit: "evals/s" },
    { name: "rules: json-rules-engine, same rules", value: Math.round(jreRate), unit: "runs/s", note: `${JRE_RULES.length} rules, facts precomputed for it; median round (best ${Math.round(1 / best(jre.wall))}); verdicts agree on ${((agree / n) * 100).toFixed(1)}%` },
    { name: "rules: json-rules-engine p50", value: +jreP50.toFixed(2), unit: "µs" },
    { name: "rules: speed-up over json-rules-engine", value: +(oursRate / jreRate).toFixed(1), unit: "×", target: "≥ 50×", note: `throughput, median rounds; best rounds ${(best(jre.wall) / best(ours.wall)).toFixed(1)}×` },
    { name: "rules: speed-up by CPU time", value: +(median(jre.cpu) / median(ours.cpu)).toFixed(1), unit: "×", note: "CPU seconds per item, median rounds" },
    { name: "rules: speed-up, in-cache evaluate", value: +(median(jre.wall) / median(hot.wall)).toFixed(1), unit: "×" },
    { name: "rules: speed-up, median latency", value: +(jreP50 / oursP50).toFixed(1), unit: "×", note: "one call at a time, timer included" },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) {
    console.log(`${row.name.padEnd(44)} ${String(row.value).padStart(12)} ${row.unit}${row.target ? `  (target ${row.target})` : ""}${row.note ? `  – ${row.note}` : ""}`);
  }
}
