import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { decryptBackup, encryptBackup, exportVault } from "../../src/store/backup.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { rotateStore } from "../../src/store/rotate.js";
import { Vault } from "../../src/store/vault.js";
import type { BenchRow } from "./types.js";

const RECORDS = 1_000;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** Backup and key rotation over a store of 1,000 hashed-id records (a busy year of numbers). */
export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "quietline-bench-privacy-"));
  try {
    const oldKey = decodeMasterKey(generateMasterKey())!;
    const vault = await Vault.open({ dataDir, masterKey: oldKey, onError: () => undefined });
    const cards = await vault.collection("bench_cards", {
      schema: z.object({ e164: z.string(), note: z.string() }),
      version: 1,
      hashIds: true,
    });
    for (let i = 0; i < RECORDS; i++) {
      const e164 = `+49171${String(1_000_000 + i)}`;
      await cards.set(e164, { e164, note: "nur mittags, nicht am Wochenende" });
    }
    const [payload, exportMs] = await timed(() => exportVault(vault, Date.now()));
    const [file, encryptMs] = await timed(() => encryptBackup(payload, "bench passphrase 7"));
    const [, decryptMs] = await timed(() => decryptBackup(file, "bench passphrase 7"));
    await vault.close();
    const newKey = decodeMasterKey(generateMasterKey())!;
    const [, rotateMs] = await timed(() => rotateStore({ dataDir, oldKey, newKey }));
    return [
      { name: `backup: read ${RECORDS} records`, value: Math.round(exportMs), unit: "ms" },
      { name: "backup: scrypt 2^17·8 + AES-GCM encrypt", value: Math.round(encryptMs), unit: "ms", note: `${Math.round(file.length / 1024)} KiB file` },
      { name: "backup: scrypt + decrypt + validate", value: Math.round(decryptMs), unit: "ms" },
      { name: `rotate-key: ${RECORDS} records, fsync + rename`, value: Math.round(rotateMs), unit: "ms" },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(`${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target})` : ""}${row.note ? ` — ${row.note}` : ""}`);
}
