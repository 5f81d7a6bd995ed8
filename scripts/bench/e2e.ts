/**
 * End-to-end update handling: bots on the same updates in one run.
 *
 * - quietline: every feature, the encrypted store on disk, built as `npm start` builds it;
 * - the session peer: an ordinary stateful grammY bot — `session()` in Keyv + SQLite, opened
 *   exactly as quietline opens a namespace (WAL, busy timeout), no encryption — that reads its
 *   session, updates it from the message, writes it and replies. Its commits are
 *   synchronous=NORMAL, as quietline commits what it writes on every update (message ids, verdict
 *   history); the same peer syncing every commit (synchronous=FULL, as quietline does for what she
 *   is told is saved) is shown as well: there the disk's fsync decides;
 * - the floor: a bare grammY echo bot, which pays for grammY and the transport alone.
 *
 * All talk through the same in-process transport. They take turns in short rounds, so a busy
 * machine slows all of them alike; the ratios are the targets, the milliseconds depend on the
 * machine.
 *
 *   npx tsx scripts/bench/e2e.ts                                  the rows
 *   npx tsx scripts/bench/e2e.ts --only quietline                  one bot alone (quietline, peer,
 *                                                                  peer-full, floor); to profile it,
 *   bundle it first (README, Benchmarks), so the TypeScript loader is not in the profile.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot, session, type Context, type SessionFlavor } from "grammy";
import { ChatBridge, LOCAL_BOT_INFO } from "../../src/bot/transport/chat-bridge.js";
import { createLocalFetch } from "../../src/bot/transport/local-api.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { databasePath, openNamespace } from "../../src/store/database.js";
import { OWNER_ID, RecordingSurface } from "../../tests/support/harness.js";
import { startRig } from "./rig.js";
import type { BenchRow } from "./types.js";

const ROUNDS = 20;
const PER_ROUND = 100;
const WARM_UP = 140;
const START = Date.UTC(2026, 10, 23, 8, 0);

/**
 * What she sends, in rotation: help, a pasted missed call, a question, /check, a card, free
 * slots, noise. The number moves on to the next of CLIENTS after every round of kinds, so each
 * card and verdict history grows as an active client's would (a paste every couple of hours),
 * not as one number pasted every few minutes for a day and a half.
 */
const KINDS: ReadonlyArray<readonly [label: string, text: (number: string) => string]> = [
  ["/help", () => "/help"],
  ["pasted missed call", (n) => `Entgangener Anruf ${n}`],
  ["question", (n) => `darf ich ${n} zurückrufen?`],
  ["/check", (n) => `/check ${n}`],
  ["/contact", (n) => `/contact ${n}`],
  ["/free morgen", () => "/free morgen"],
  ["noise", () => "blablub"],
];
const CLIENTS = 20;

/** The i-th update: its kind and text. */
function nth(i: number): { label: string; text: string } {
  const [label, text] = KINDS[i % KINDS.length]!;
  const client = Math.floor(i / KINDS.length) % CLIENTS;
  return { label, text: text(`0171 23456${String(client).padStart(2, "0")}`) };
}

type ContestantId = "quietline" | "peer" | "peer-full" | "floor";

interface Contestant {
  readonly id: ContestantId;
  readonly name: string;
  send(text: string): Promise<unknown>;
  close(): Promise<void>;
}

function transport(): { bridge: ChatBridge; fetch: typeof fetch; surface: RecordingSurface } {
  const surface = new RecordingSurface();
  const bridge = new ChatBridge(OWNER_ID, surface, Date.now);
  return { bridge, surface, fetch: createLocalFetch(bridge.handle) };
}

function floorBot(): Contestant {
  const { bridge, surface, fetch } = transport();
  const bot = new Bot("0:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  return {
    id: "floor",
    name: "bare grammY echo bot (floor)",
    send: async (text) => {
      surface.shown.length = 0;
      await bot.handleUpdate(bridge.textUpdate(text));
    },
    close: async () => undefined,
  };
}

interface SessionData {
  messages: number;
  commands: Record<string, number>;
  lastText: string;
}
type PeerContext = Context & SessionFlavor<SessionData>;

async function sessionPeer(dataDir: string, synchronous: "NORMAL" | "FULL"): Promise<Contestant> {
  const { bridge, surface, fetch } = transport();
  const onError = (error: unknown) => {
    throw error;
  };
  const store = await openNamespace(databasePath(dataDir), "sessions", onError, synchronous);
  const bot = new Bot<PeerContext>("0:peer", { botInfo: LOCAL_BOT_INFO, client: { fetch } });
  bot.use(
    session({
      initial: (): SessionData => ({ messages: 0, commands: {}, lastText: "" }),
      storage: {
        read: async (key) => {
          const raw = await store.keyv.get(key);
          return raw === undefined ? undefined : (JSON.parse(raw) as SessionData);
        },
        write: async (key, value) => void (await store.keyv.set(key, JSON.stringify(value))),
        delete: async (key) => void (await store.keyv.delete(key)),
      },
    }),
  );
  bot.on("message:text", async (ctx) => {
    const text = ctx.message.text;
    ctx.session.messages++;
    ctx.session.lastText = text.slice(0, 100);
    const command = /^\/(\w+)/.exec(text)?.[1];
    if (command) ctx.session.commands[command] = (ctx.session.commands[command] ?? 0) + 1;
    await ctx.reply(`${ctx.session.messages}. ${command ? `/${command} ×${ctx.session.commands[command]}` : text.slice(0, 40)}`);
  });
  return {
    id: synchronous === "NORMAL" ? "peer" : "peer-full",
    name: synchronous === "NORMAL" ? "grammY session bot, Keyv + SQLite (peer)" : "session peer, every commit synced",
    send: async (text) => {
      surface.shown.length = 0;
      await bot.handleUpdate(bridge.textUpdate(text));
    },
    close: () => store.keyv.disconnect(),
  };
}

async function quietline(dataDir: string): Promise<Contestant> {
  const rig = await startRig({ dataDir, masterKey: decodeMasterKey(generateMasterKey())!, now: START, stepMs: 60_000 });
  return {
    id: "quietline",
    name: "quietline (all features, encrypted store)",
    send: async (text) => {
      if ((await rig.send(text)) === 0) throw new Error("no answer");
    },
    close: () => rig.close(),
  };
}

/** Per-update latencies in ms, in the order sent. */
class Timings {
  readonly all: number[] = [];
  readonly byKind = new Map<string, number[]>();
  /** CPU time of the whole process (all threads) while this bot's rounds ran, in µs. */
  cpuMicros = 0;
  add(kind: string, ms: number): void {
    this.all.push(ms);
    let list = this.byKind.get(kind);
    if (!list) this.byKind.set(kind, (list = []));
    list.push(ms);
  }
}

const quantile = (xs: readonly number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

async function sendAll(bot: Contestant, from: number, count: number, timings?: Timings): Promise<void> {
  for (let i = from; i < from + count; i++) {
    const { label, text } = nth(i);
    const started = performance.now();
    await bot.send(text);
    timings?.add(label, performance.now() - started);
  }
}

/**
 * Warm-up, then ROUNDS rounds of PER_ROUND updates per bot; the order within a round rotates,
 * so no bot always runs right after another's garbage.
 */
async function race(bots: readonly Contestant[]): Promise<Timings[]> {
  const timings = bots.map(() => new Timings());
  for (const bot of bots) await sendAll(bot, 0, WARM_UP);
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < bots.length; k++) {
      const b = (r + k) % bots.length;
      const cpu = process.cpuUsage();
      await sendAll(bots[b]!, WARM_UP + r * PER_ROUND, PER_ROUND, timings[b]);
      const used = process.cpuUsage(cpu);
      timings[b]!.cpuMicros += used.user + used.system;
    }
  }
  return timings;
}

export async function run(only?: ContestantId): Promise<BenchRow[]> {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "quietline-e2e-"));
    dirs.push(dir);
    return dir;
  };
  const bots: Contestant[] = [];
  const wanted = (id: ContestantId) => only === undefined || only === id;
  try {
    if (wanted("quietline")) bots.push(await quietline(dataDir()));
    if (wanted("peer")) bots.push(await sessionPeer(dataDir(), "NORMAL"));
    if (wanted("peer-full")) bots.push(await sessionPeer(dataDir(), "FULL"));
    if (wanted("floor")) bots.push(floorBot());
    const timings = new Map((await race(bots)).map((t, i) => [bots[i]!.id, t]));
    const updates = ROUNDS * PER_ROUND;
    const p50 = (t: Timings) => quantile(t.all, 0.5);
    const rows: BenchRow[] = [];
    for (const [i, bot] of bots.entries()) {
      const t = timings.get(bot.id)!;
      const note = bot.id === bots[0]!.id ? `${updates} updates each, ${KINDS.length} kinds, ${CLIENTS} numbers, ${ROUNDS} interleaved rounds` : undefined;
      rows.push({ name: `e2e: ${bot.name}: p50`, value: round(p50(t)), unit: "ms", ...(note && { note }) });
      rows.push({ name: `e2e: ${bot.name}: p99`, value: round(quantile(t.all, 0.99)), unit: "ms" });
      rows.push({ name: `e2e: ${bot.name}: throughput`, value: Math.round(1000 / mean(t.all)), unit: "updates/s" });
      rows.push({ name: `e2e: ${bot.name}: CPU time per update`, value: round(t.cpuMicros / t.all.length / 1000), unit: "ms", note: i === 0 ? "process CPU time (all threads) over its rounds; less moved by a busy machine than the wall clock" : undefined });
    }
    const ours = timings.get("quietline");
    const peer = timings.get("peer");
    const peerFull = timings.get("peer-full");
    const floor = timings.get("floor");
    if (ours && peer) {
      rows.push({ name: "e2e: quietline ÷ session peer, p50", value: round(p50(ours) / p50(peer), 2), unit: "×", target: "≤ 2×", note: `means ${round(mean(ours.all) / mean(peer.all), 2)}×; CPU time per update ${round(ours.cpuMicros / peer.cpuMicros, 2)}×` });
    }
    if (ours && peerFull) {
      rows.push({ name: "e2e: quietline ÷ session peer (every commit synced), p50", value: round(p50(ours) / p50(peerFull), 2), unit: "×", note: `means ${round(mean(ours.all) / mean(peerFull.all), 2)}×` });
    }
    if (ours && floor) {
      rows.push({ name: "e2e: quietline ÷ floor, p50", value: round(p50(ours) / p50(floor), 1), unit: "×", note: `means ${round(mean(ours.all) / mean(floor.all), 1)}×${peer ? `; session peer ÷ floor ${round(p50(peer) / p50(floor), 1)}×` : ""}` });
    }
    if (ours) {
      for (const [label] of KINDS) {
        const list = ours.byKind.get(label) ?? [];
        rows.push({ name: `e2e: quietline p50, ${label}`, value: round(quantile(list, 0.5)), unit: "ms", note: `p99 ${round(quantile(list, 0.99))} ms` });
      }
    }
    return rows;
  } finally {
    for (const bot of bots) await bot.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = process.argv.indexOf("--only");
  const only = flag > 0 ? (process.argv[flag + 1] as ContestantId) : undefined;
  for (const row of await run(only)) console.log(`${row.name.padEnd(64)} ${String(row.value).padStart(10)} ${row.unit}${row.note ? `  – ${row.note}` : ""}`);
}
