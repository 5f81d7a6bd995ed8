/**
 * End-to-end update handling: the real bot (every feature, the encrypted store on disk) against
 * a bare grammY echo bot on the same updates — the floor any bot pays for grammY itself.
 * Both run in-process through the same local transport.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { Bench } from "tinybench";
import { ChatBridge, LOCAL_BOT_INFO } from "../../src/bot/transport/chat-bridge.js";
import { createLocalFetch } from "../../src/bot/transport/local-api.js";
import { createHarness, OWNER_ID, RecordingSurface } from "../../tests/support/harness.js";
import type { BenchRow } from "./types.js";

const UPDATES = 2_000;

/** A few kinds of what she sends, in rotation. */
const TEXTS = [
  "/help",
  "Entgangener Anruf 0171 2345678",
  "darf ich 0171 2345678 zurückrufen?",
  "/check 0171 2345678",
  "/contact 0171 2345678",
  "/free morgen",
  "blablub",
];

function echoBot(): { handle: (u: Update) => Promise<void>; bridge: ChatBridge } {
  const bridge = new ChatBridge(OWNER_ID, new RecordingSurface(), Date.now);
  const bot = new Bot("0:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: createLocalFetch(bridge.handle) } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  return { handle: (u) => bot.handleUpdate(u), bridge };
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "quietline-e2e-bench-"));
  const h = await createHarness({ dataDir });
  // The harness keeps every log line; keep memory flat over 2,000 updates.
  const trim = () => void (h.logLines.length = 0, h.apiCalls.length = 0, h.surface.shown.length = 0);
  const echo = echoBot();
  let i = 0;
  let j = 0;
  const bench = new Bench({ iterations: UPDATES, time: 0, warmupIterations: 50, warmupTime: 0 });
  bench
    .add("e2e: quietline (all features, encrypted store)", async () => {
      await h.bot.handleUpdate(h.bridge.textUpdate(TEXTS[i++ % TEXTS.length]!));
      if (i % 200 === 0) trim();
    })
    .add("e2e: bare grammY echo bot (floor)", async () => {
      await echo.handle(echo.bridge.textUpdate(TEXTS[j++ % TEXTS.length]!));
    });
  await bench.run();
  await h.close();
  if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });

  const rows: BenchRow[] = [];
  const means: number[] = [];
  for (const task of bench.tasks) {
    const r = task.result;
    if (!r || !("latency" in r)) {
      rows.push({ name: task.name, value: Number.NaN, unit: "updates/s", note: "failed" });
      continue;
    }
    means.push(r.latency.mean);
    rows.push({ name: `${task.name}: throughput`, value: Math.round(1000 / r.latency.mean), unit: "updates/s", note: `${UPDATES} updates, ${TEXTS.length} kinds` });
    rows.push({ name: `${task.name}: p50`, value: round(r.latency.p50 ?? Number.NaN), unit: "ms" });
    rows.push({ name: `${task.name}: p99`, value: round(r.latency.p99 ?? Number.NaN), unit: "ms" });
  }
  if (means.length === 2) {
    rows.push({ name: "e2e: quietline cost over the floor", value: round(means[0]! / means[1]!, 1), unit: "×", note: "mean latency ratio" });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(row);
}
