/**
 * Intake latency: a report from her phone over real HTTP, from the request to the stored events
 * (the answer comes once they are on the card) and to the announcement in her chat, beside the
 * chat path (the same missed call pasted: update to reply). One device, one request at a time,
 * the real bot and encrypted store on disk, each report about a new number.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IntakeDesk } from "../../src/bot/intake/desk.js";
import { IntakeEndpoint, INTAKE_LIMITS, startIntakeServer } from "../../src/runtime/intake-http.js";
import { devicesOf } from "../../src/store/devices.js";
import { createHarness, OWNER_ID } from "../../tests/support/harness.js";
import type { BenchRow } from "./types.js";

const RUNS = 1_000;
const WARMUP = 50;

const round = (n: number) => Math.round(n * 1000) / 1000;
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** A different mobile number each time, so every report is new and starts its own message. */
const numberOf = (i: number) => `0171 ${String(2_000_000 + i).padStart(7, "0")}`;

export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "quietline-intake-bench-"));
  const h = await createHarness({ dataDir });
  const desk = new IntakeDesk(h.services, () => [{ bot: h.bot, chatIds: [OWNER_ID] }]);
  // The rate limit would stop a benchmark after 30 requests; it has its own tests.
  const endpoint = new IntakeEndpoint(h.services, desk, { ...INTAKE_LIMITS, perMinute: Number.MAX_SAFE_INTEGER });
  const silent = { info: () => undefined } as unknown as Parameters<typeof startIntakeServer>[2];
  const server = await startIntakeServer(endpoint, { port: 0, host: "127.0.0.1" }, silent);
  const added = await devicesOf(h.services).add("Bench");
  if (!added.ok) throw new Error("no device");
  const url = `http://127.0.0.1:${server.port}/intake`;
  const headers = { authorization: `Bearer ${added.token}`, "content-type": "application/json" };
  const trim = () => void ((h.logLines.length = 0), (h.apiCalls.length = 0), (h.surface.shown.length = 0));

  const stored: number[] = [];
  const announced: number[] = [];
  const chat: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const body = JSON.stringify({ kind: "missed-call", number: numberOf(i) });
    const started = performance.now();
    const response = await fetch(url, { method: "POST", headers, body });
    await response.text();
    const answered = performance.now();
    await desk.idle();
    const shown = performance.now();
    if (response.status !== 200) throw new Error(`intake answered ${response.status}`);

    const pasted = performance.now();
    await h.bot.handleUpdate(h.bridge.textUpdate(`Entgangener Anruf ${numberOf(WARMUP + RUNS + i)}`));
    const replied = performance.now();
    if (i >= WARMUP) {
      stored.push(answered - started);
      announced.push(shown - started);
      chat.push(replied - pasted);
    }
    if (i % 100 === 0) trim();
  }
  await server.close();
  await h.close();
  if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });

  const note = `${RUNS} reports, one at a time, real HTTP, encrypted store on disk`;
  return [
    { name: "intake: request to stored p50", value: round(percentile(stored, 50)), unit: "ms", note },
    { name: "intake: request to stored p99", value: round(percentile(stored, 99)), unit: "ms" },
    { name: "intake: request to announced p50", value: round(percentile(announced, 50)), unit: "ms", note: "stored, verdict, message sent" },
    { name: "intake: request to announced p99", value: round(percentile(announced, 99)), unit: "ms" },
    { name: "intake: chat path, paste to reply p50", value: round(percentile(chat, 50)), unit: "ms", note: "the same missed call pasted into the chat" },
    { name: "intake: chat path, paste to reply p99", value: round(percentile(chat, 99)), unit: "ms" },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(row);
}
