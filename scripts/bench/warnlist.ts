import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseWarnList } from "../../src/core/safety/warnlist.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { openStores, type Stores } from "../../src/store/stores.js";
import { Vault } from "../../src/store/vault.js";
import { importWarnList, warnListReason } from "../../src/store/warnlist.js";
import type { BenchRow } from "./types.js";

const LINES = 10_000;
const RUNS = 5;
const REASONS = ["gewalttätig", "zahlt nicht", "filmt heimlich", "no-show, 3×", "übergriffig; droht", "\"Stammkunde\", aggressiv"];

/** A list as an organisation might pass it on: a header, mixed notations and separators, a few comments. */
function list(lines: number): string {
  const out = ["# Warnliste, Stand November", "Nummer;Grund"];
  for (let i = 0; i < lines; i++) {
    // Subscriber numbers of the length each range has: 8 digits after 0151 and 0176, 7 after 0160 and 0171.
    const [prefix, digits] = ([["0151", 8], ["0160", 7], ["0171", 7], ["0176", 8]] as const)[i % 4]!;
    const subscriber = String(10 ** (digits - 1) + ((i * 7_919) % (9 * 10 ** (digits - 1))));
    const reason = REASONS[i % REASONS.length]!;
    const number = i % 3 === 0 ? `+49 ${prefix.slice(1)} ${subscriber}` : i % 3 === 1 ? `${prefix} ${subscriber}` : `${prefix}/${subscriber}`;
    out.push(i % 2 === 0 ? `${number};${reason.includes(";") || reason.includes('"') ? `"${reason.replace(/"/g, '""')}"` : reason}` : `${number},"${reason.replace(/"/g, '""')}"`);
  }
  return out.join("\n");
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** What she waits for after sending the file: the whole list read, checked, hashed, encrypted and written. */
async function importOnce(stores: Stores, text: string): Promise<{ total: number; parse: number }> {
  const started = performance.now();
  const parsed = parseWarnList(text, "DE");
  const parse = performance.now() - started;
  if (!parsed.ok) throw new Error(`the bench list did not parse: ${JSON.stringify(parsed).slice(0, 300)}`);
  await importWarnList(stores, parsed.entries, { now: Date.now(), duplicates: parsed.duplicates });
  return { total: performance.now() - started, parse };
}

export async function run(): Promise<BenchRow[]> {
  // On the real disk, as her server writes it (every commit synced).
  const dataDir = mkdtempSync(join(tmpdir(), "quietline-bench-warnlist-"));
  try {
    const vault = await Vault.open({ dataDir, masterKey: decodeMasterKey(generateMasterKey())!, onError: () => undefined });
    const stores = await openStores(vault);
    const big = list(LINES);
    const small = list(LINES / 10);
    await importOnce(stores, small); // warm-up: metadata, JIT, the first tables
    const runs: Array<{ total: number; parse: number }> = [];
    const smallRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await importOnce(stores, big));
      smallRuns.push((await importOnce(stores, small)).total);
    }
    await importOnce(stores, big);
    const lookups: number[] = [];
    for (let i = 0; i < 500; i++) {
      const e164 = `+49171${String(1_000_000 + ((i * 4 + 2) * 7_919) % 9_000_000)}`;
      const started = performance.now();
      await warnListReason(stores, e164);
      lookups.push(performance.now() - started);
    }
    await vault.close();
    const total = median(runs.map((r) => r.total));
    return [
      {
        name: "warnlist: import of 10,000 lines",
        value: round(total),
        unit: "ms",
        target: "< 1000",
        note: `parse, check, hash, encrypt and write 64 buckets, replacing the list before; median of ${RUNS}, runs ${round(Math.min(...runs.map((r) => r.total)))}–${round(Math.max(...runs.map((r) => r.total)))} ms; load ${round(loadavg()[0]!)}`,
      },
      { name: "warnlist: reading 10,000 lines alone", value: round(median(runs.map((r) => r.parse))), unit: "ms", note: "parseWarnList: every number through libphonenumber" },
      {
        name: "warnlist: 10,000 ÷ 1,000 lines import time",
        value: round(total / median(smallRuns)),
        unit: "×",
        target: "≤ 12",
        note: "10 when time grows linearly with the list; the 64 bucket writes are a fixed part",
      },
      { name: "warnlist: lookup of one number (p50)", value: round(median(lookups), 3), unit: "ms", note: "one keyed hash, one bucket of ~160 entries decrypted" },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
