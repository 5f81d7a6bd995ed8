/**
 * The bot under load: a store with 10,000 contacts and 100,000 events (scripts/seed-load.ts).
 * Measures /contact, /check and /free in-process, start-up, and resident memory.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { createBot } from "../../src/bot/bot.js";
import { allFeatures } from "../../src/bot/features/index.js";
import { ChatBridge, LOCAL_BOT_INFO } from "../../src/bot/transport/chat-bridge.js";
import { createLocalFetch } from "../../src/bot/transport/local-api.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { openApp } from "../../src/runtime/app.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { DATABASE_FILE } from "../../src/store/database.js";
import { OWNER_ID, RecordingSurface } from "../../tests/support/harness.js";
import { LOAD, LOAD_NOW, loadAlias, loadNumber } from "../seed-load.js";
import type { BenchRow } from "./types.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SAMPLES = 400;

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

const silent = () => createLogger("info", new Writable({ write: (_c, _e, done) => done() }) as never);

interface Rig {
  readonly startMs: number;
  send(text: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The bot as `src/main.ts` builds it (every feature, info-level logs to nowhere), driven through
 * the local transport. The test harness keeps every log line at trace level in memory, which
 * would be measured too. `startMs`: open the store, create the bot, init.
 */
async function startRig(dataDir: string, masterKey: Buffer): Promise<Rig> {
  const loaded = loadConfig({ DATA_DIR: dataDir, OWNER_IDS: String(OWNER_ID), BOT_LANGUAGE: "de" });
  if (!loaded.ok) throw new Error("config");
  const started = performance.now();
  const app = await openApp(loaded.config, masterKey, silent(), () => LOAD_NOW);
  const surface = new RecordingSurface();
  const bridge = new ChatBridge(OWNER_ID, surface, () => LOAD_NOW);
  const bot = createBot(app.services, { token: "0:load", botInfo: LOCAL_BOT_INFO, fetch: createLocalFetch(bridge.handle), features: allFeatures() });
  await bot.init();
  const startMs = performance.now() - started;
  return {
    startMs,
    send: async (text) => {
      surface.shown.length = 0;
      await bot.handleUpdate(bridge.textUpdate(text));
      return surface.shown.length;
    },
    close: () => app.close(),
  };
}


const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(): Promise<BenchRow[]> {
  const key = generateMasterKey();
  const masterKey = decodeMasterKey(key)!;
  const seedStarted = performance.now();
  const dataDir = seed(key);
  const seedMs = performance.now() - seedStarted;
  const rows: BenchRow[] = [];
  const size = `${LOAD.contacts.toLocaleString("en")} contacts, ${(LOAD.contacts * LOAD.eventsPerContact).toLocaleString("en")} events`;

  // Cold first, then the median of a few: the first open also reads the file into the page cache.
  const startups = [];
  for (let i = 0; i < 5; i++) {
    const rig = await startRig(dataDir, masterKey);
    startups.push(rig.startMs);
    await rig.close();
  }
  rows.push({ name: "load: start-up, first (open store + bot + init)", value: round(startups[0]!), unit: "ms", target: "≤ 1000 ms", note: size });
  rows.push({ name: "load: start-up, median of 5", value: round([...startups].sort((a, b) => a - b)[2]!), unit: "ms", target: "≤ 1000 ms" });

  const h = await startRig(dataDir, masterKey);
  const commands = new Set(allFeatures().flatMap((f) => f.commands.map((c) => c.command)));
  let n = 0;
  const pick = () => (n = (n * 7_919 + 13) % LOAD.contacts);
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
      rows.push({ name: `load: ${name} p99`, value: Number.NaN, unit: "ms", target: "≤ 20 ms", note: `/${command} not registered` });
      continue;
    }
    bench.add(name, async () => {
      if ((await h.send(text())) === 0) throw new Error("no answer");
    });
  }
  await bench.run();
  for (const task of bench.tasks) {
    const r = task.result;
    if (!r || !("latency" in r)) {
      rows.push({ name: `load: ${task.name} p99`, value: Number.NaN, unit: "ms", target: "≤ 20 ms", note: "failed" });
      continue;
    }
    rows.push({ name: `load: ${task.name} p50`, value: round(r.latency.p50 ?? Number.NaN, 3), unit: "ms" });
    rows.push({ name: `load: ${task.name} p99`, value: round(r.latency.p99 ?? Number.NaN, 3), unit: "ms", target: "≤ 20 ms" });
  }
  const rss = process.memoryUsage().rss / 1_048_576;
  rows.push({ name: "load: resident memory after the runs", value: round(rss, 1), unit: "MB", target: "≤ 150 MB" });
  rows.push({ name: "load: seeding the store (not a target)", value: round(seedMs / 1000, 1), unit: "s", note: "through the Stores API, in RAM when /dev/shm exists" });
  await h.close();
  rmSync(dataDir, { recursive: true, force: true });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(row);
}
