import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { exportVault } from "../../src/store/backup.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { openStores } from "../../src/store/stores.js";
import { Vault } from "../../src/store/vault.js";
import { forgetVerdictLog, logOutcome, pruneVerdictLogs, VERDICT_LOG_LIMIT, verdictLogOf } from "../../src/store/verdict-log.js";

const MOBILE = "+491712345678";
const T0 = Date.UTC(2026, 10, 23, 11);
const DAY = 86_400_000;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open() {
  const dataDir = mkdtempSync(join(tmpdir(), "quietline-verdict-log-"));
  dirs.push(dataDir);
  const masterKey = decodeMasterKey(generateMasterKey())!;
  const vault = await Vault.open({ dataDir, masterKey, onError: () => undefined });
  return { vault, stores: await openStores(vault) };
}

const outcomesAt = (entries: readonly { at: number }[]) => entries.map((e) => e.at - T0);

describe("verdict history", () => {
  it("keeps the newest entries in the order they were added, also when the slots wrap around", async () => {
    const { vault, stores } = await open();
    // Not in time order: the history is in the order things were added.
    const ats = Array.from({ length: VERDICT_LOG_LIMIT + 7 }, (_, i) => (i % 3 === 0 ? i + 100 : i));
    for (const at of ats) await logOutcome(stores, MOBILE, "no-answer", T0 + at);
    expect(outcomesAt(await verdictLogOf(stores, MOBILE))).toEqual(ats.slice(-VERDICT_LOG_LIMIT));
    await vault.settle();
    expect(outcomesAt(await verdictLogOf(stores, MOBILE))).toEqual(ats.slice(-VERDICT_LOG_LIMIT));
    // Backups and key rotation find every record's id again, to hash it under another key.
    const exported = (await exportVault(vault, T0)).records.filter((r) => r.ns === "verdict_log");
    expect(exported).toHaveLength(VERDICT_LOG_LIMIT + 1);
    expect(exported.every((r) => "id" in r)).toBe(true);
    expect(await forgetVerdictLog(stores, MOBILE)).toBe(true);
    expect(await verdictLogOf(stores, MOBILE)).toEqual([]);
    expect(await stores.verdictLog.all()).toEqual([]);
    await vault.close();
  });

  it("reads a history written before slots existed, and lets its entries give way to new ones", async () => {
    const { vault, stores } = await open();
    const v1 = await vault.collection("verdict_log", { schema: z.unknown(), version: 1, hashIds: true });
    const old = Array.from({ length: VERDICT_LOG_LIMIT }, (_, i) => ({ kind: "outcome", at: T0 + i, outcome: "reached" }));
    await v1.set(MOBILE, { e164: MOBILE, entries: old });
    expect(outcomesAt(await verdictLogOf(stores, MOBILE))).toEqual(old.map((_, i) => i));

    for (let i = 0; i < 3; i++) await logOutcome(stores, MOBILE, "voicemail", T0 + 1000 + i);
    const expected = [...old.map((_, i) => i).slice(3), 1000, 1001, 1002];
    expect(outcomesAt(await verdictLogOf(stores, MOBILE))).toEqual(expected);
    await vault.settle();
    expect(outcomesAt(await verdictLogOf(stores, MOBILE))).toEqual(expected);

    // Old and new entries alike leave with the retention period.
    const pruned = await pruneVerdictLogs(stores, T0 + 30 * DAY + 500, 30);
    expect(pruned).toEqual({ removedEntries: VERDICT_LOG_LIMIT - 3, removedNumbers: 0 });
    expect(outcomesAt(await verdictLogOf(stores, MOBILE))).toEqual([1000, 1001, 1002]);
    expect(await pruneVerdictLogs(stores, T0 + 31 * DAY, 30)).toEqual({ removedEntries: 3, removedNumbers: 1 });
    expect(await stores.verdictLog.all()).toEqual([]);
    await vault.close();
  });
});
