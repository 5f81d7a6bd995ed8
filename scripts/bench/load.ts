/**
 * The bot under load: a store with 10,000 contacts and 100,000 events (scripts/seed-load.ts).
 * Measures /contact, /check and /free in-process, start-up, and resident memory.
 *
 * The measuring runs in a child process started from an esbuild bundle of this file, the way
 * `npm start` runs the bot (node on dist/main.js), so its resident memory is the bot's and not
 * that of a TypeScript loader; a second child under tsx reports what loading the sources costs.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { Bench } from "tinybench";
import { allFeatures } from "../../src/bot/features/index.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { DATABASE_FILE } from "../../src/store/database.js";
import { LOAD, LOAD_NOW, loadAlias, loadNumber } from "../seed-load.js";
import { startEnvironment, startNodeFlags, startRig } from "./rig.js";
import type { BenchRow } from "./types.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SAMPLES = 400;
/** The clock moves a minute per message, so offers' holds expire as they do in use. */
const MESSAGE_EVERY_MS = 60_000;
const MEASURE = "--measure";
const MARKER = "@@load-rows@@";
const THIS_FILE = fileURLToPath(import.meta.url);

/** Seeds in a child process (so its garbage does not count against this one's memory), in RAM when possible. */
function seed(key: string): string {
  const seedDir = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "quietline-seed-"));
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed-load.ts", seedDir, key], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`seeding failed (exit ${result.status})`);
  // Measured on the real disk, like the running bot.
  const dataDir = mkdtempSync(join(process.env.LOAD_IN_RAM ? "/dev/shm" : tmpdir(), "quietline-load-"));
  copyFileSync(join(seedDir, DATABASE_FILE), join(dataDir, DATABASE_FILE));
  rmSync(seedDir, { recursive: true, force: true });
  return dataDir;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

const MB = 1_048_576;
/** Resident memory is read after every this many updates. */
const MEMORY_EVERY = 20;

/** Resident pages of this process by kind (Linux), in MB. */
function residentByKind(): { file?: number; anon?: number } {
  try {
    const status = readFileSync("/proc/self/status", "utf8");
    const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) / 1024;
    return { file: kB("RssFile"), anon: kB("RssAnon") };
  } catch {
    return {};
  }
}

/** Resident memory at one moment, in MB. */
interface MemorySample {
  readonly rss: number;
  /** Committed pages of the V8 heap; what is in use is less. */
  readonly heap: number;
  readonly heapUsed: number;
  /** Pages of files mapped in: the node binary with its ICU data, shared libraries. */
  readonly file: number;
  /** Anonymous pages: the V8 heap and native allocations (SQLite, OpenSSL, ICU objects, thread stacks). */
  readonly anon: number;
}

function sampleMemory(): MemorySample {
  const heap = getHeapStatistics();
  const { file, anon } = residentByKind();
  return { rss: process.memoryUsage().rss / MB, heap: heap.total_physical_size / MB, heapUsed: heap.used_heap_size / MB, file: file ?? Number.NaN, anon: anon ?? Number.NaN };
}

/**
 * Resident memory while the bot works, and what it is made of. One reading depends on when the
 * garbage collector last ran (±15 MB), so the rows are medians of readings taken every few
 * updates once the first command's runs are over.
 */
function memoryRows(samples: readonly MemorySample[]): BenchRow[] {
  const settled = samples.slice(Math.floor(samples.length / 5));
  const median = (pick: (s: MemorySample) => number) => [...settled.map(pick)].sort((a, b) => a - b)[settled.length >> 1]!;
  const rss = median((s) => s.rss);
  const heap = median((s) => s.heap);
  const outside = median((s) => s.rss - s.heap);
  const file = median((s) => s.file);
  const native = median((s) => s.anon - s.heap);
  const young = 2 * Number(startNodeFlags().find((f) => f.startsWith("--max-semi-space-size="))?.split("=")[1] ?? 16);
  return [
    { name: "load: resident memory during the runs", value: round(rss, 1), unit: "MB", target: "≤ 100 MB", note: `median of ${settled.length} readings; V8 heap ${round(heap, 1)} MB, outside it ${round(outside, 1)} MB; highest reading ${round(Math.max(...samples.map((s) => s.rss)), 1)} MB` },
    { name: "load: … V8 heap, resident", value: round(heap, 1), unit: "MB", note: `in use ${round(median((s) => s.heapUsed), 1)} MB (live data and garbage not yet collected); young generation at most ${young} MB` },
    { name: "load: … outside the V8 heap", value: round(outside, 1), unit: "MB", note: Number.isFinite(file) ? `files mapped (node binary with ICU data, libraries) ${round(file, 1)} MB, native allocations ${round(native, 1)} MB` : undefined },
  ];
}

/** Everything measured on the seeded store, in this process: start-ups, latencies, resident memory. */
async function measure(dataDir: string, masterKey: Buffer): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Cold first, then the median of a few: the first open also reads the file into the page cache.
  const startups = [];
  for (let i = 0; i < 5; i++) {
    const rig = await startRig({ dataDir, masterKey, now: LOAD_NOW, stepMs: MESSAGE_EVERY_MS });
    // Since the process started: loading the code included, as a restart would take.
    if (i === 0) rows.push({ name: "load: start-up, process start to ready", value: round(performance.now()), unit: "ms" });
    startups.push(rig.startMs);
    await rig.close();
  }
  rows.push({ name: "load: start-up, first (open store + bot + init)", value: round(startups[0]!), unit: "ms" });
  rows.push({ name: "load: start-up, median of 5", value: round([...startups].sort((a, b) => a - b)[2]!), unit: "ms" });

  const h = await startRig({ dataDir, masterKey, now: LOAD_NOW, stepMs: MESSAGE_EVERY_MS });
  const commands = new Set(allFeatures().flatMap((f) => f.commands.map((c) => c.command)));
  let n = 0;
  const pick = () => (n = (n * 7_919 + 13) % LOAD.contacts);
  const samples: MemorySample[] = [];
  let sent = 0;
  const tasks: Array<[string, string, () => string]> = [
    ["/contact <number>", "contact", () => `/contact ${loadNumber(pick()).typed}`],
    ["/contact <alias>", "contact", () => `/contact ${loadAlias(pick())}`],
    ["/check <number>", "check", () => `/check ${loadNumber(pick()).typed}`],
    ["/free", "free", () => "/free"],
    ["/free tomorrow", "free", () => "/free morgen"],
  ];
  const bench = new Bench({ iterations: SAMPLES, time: 0, warmupIterations: 20, warmupTime: 0 });
  for (const [name, command, text] of tasks) {
    if (!commands.has(command)) {
      rows.push({ name: `load: ${name} p99`, value: Number.NaN, unit: "ms", note: `/${command} not registered` });
      continue;
    }
    bench.add(name, async () => {
      if ((await h.send(text())) === 0) throw new Error("no answer");
      if (++sent % MEMORY_EVERY === 0) samples.push(sampleMemory());
    });
  }
  await bench.run();
  for (const task of bench.tasks) {
    const r = task.result;
    if (!r || !("latency" in r)) {
      rows.push({ name: `load: ${task.name} p99`, value: Number.NaN, unit: "ms", note: "failed" });
      continue;
    }
    rows.push({ name: `load: ${task.name} p50`, value: round(r.latency.p50 ?? Number.NaN, 3), unit: "ms" });
    rows.push({ name: `load: ${task.name} p99`, value: round(r.latency.p99 ?? Number.NaN, 3), unit: "ms" });
  }
  rows.push(...memoryRows(samples));
  await h.close();
  return rows;
}

/** This file as one ESM bundle next to the project's node_modules, which it imports from. */
async function bundleThisFile(): Promise<string> {
  const outfile = join(ROOT, "dist", "bench", "load.mjs");
  // Imported here, so the measuring child does not load esbuild.
  const { build } = await import("esbuild");
  await build({ entryPoints: [THIS_FILE], outfile, bundle: true, platform: "node", target: "node20", format: "esm", packages: "external", logLevel: "error" });
  return outfile;
}

async function measureInChild(nodeArgs: readonly string[], dataDir: string, key: string): Promise<BenchRow[]> {
  const child = spawn(process.execPath, [...nodeArgs, MEASURE, dataDir, key], { cwd: ROOT, env: { ...process.env, ...startEnvironment() }, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = out.split("\n").find((l) => l.startsWith(MARKER));
  if (code !== 0 || !line) throw new Error(`measuring failed (exit ${code})`);
  return JSON.parse(line.slice(MARKER.length)) as BenchRow[];
}

export async function run(): Promise<BenchRow[]> {
  const key = generateMasterKey();
  const seedStarted = performance.now();
  const dataDir = seed(key);
  const seedMs = performance.now() - seedStarted;
  const size = `${LOAD.contacts.toLocaleString("en")} contacts, ${(LOAD.contacts * LOAD.eventsPerContact).toLocaleString("en")} events`;
  try {
    const compiled = await measureInChild([...startNodeFlags(), await bundleThisFile()], dataDir, key);
    const underTsx = await measureInChild([...startNodeFlags(), "--import", "tsx", THIS_FILE], dataDir, key);
    const tsxRss = underTsx.find((r) => r.name === "load: resident memory during the runs");
    const tsxStart = underTsx.find((r) => r.name === "load: start-up, process start to ready");
    return [
      ...compiled.map((r, i) => (i === 0 ? { ...r, note: `${size}; compiled bundle, as npm start runs it` } : r)),
      ...(tsxStart ? [{ ...tsxStart, name: "load: start-up under tsx, process start to ready", target: undefined, note: "not a target: sources through tsx" }] : []),
      ...(tsxRss ? [{ ...tsxRss, name: "load: resident memory under tsx", target: undefined, note: `not a target: sources through tsx; ${tsxRss.note}` }] : []),
      { name: "load: seeding the store (not a target)", value: round(seedMs / 1000, 1), unit: "s", note: "through the Stores API, in RAM when /dev/shm exists" },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === MEASURE) {
  const [dataDir, key] = process.argv.slice(3);
  const rows = await measure(dataDir!, decodeMasterKey(key!)!);
  process.stdout.write(`\n${MARKER}${JSON.stringify(rows)}\n`);
  process.exit(0);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(row);
}
