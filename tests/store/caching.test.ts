import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { Vault, type RecordCaching } from "../../src/store/vault.js";

const dirs: string[] = [];
const vaults: Vault[] = [];
afterEach(async () => {
  for (const vault of vaults.splice(0)) await vault.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const settingSchema = z.object({ lang: z.enum(["de", "en"]), quiet: z.array(z.number()) });
type Setting = z.infer<typeof settingSchema>;

async function openVault(dir?: string, masterKey = decodeMasterKey(generateMasterKey())!) {
  const dataDir = dir ?? mkdtempSync(join(tmpdir(), "quietline-caching-"));
  if (!dir) dirs.push(dataDir);
  const vault = await Vault.open({ dataDir, masterKey, onError: () => undefined });
  vaults.push(vault);
  return { vault, dataDir, masterKey };
}

const settings = (vault: Vault, caching?: RecordCaching) =>
  vault.collection("settings", { schema: settingSchema, version: 1, ...(caching && { caching }) });

describe("kept records", () => {
  it("reads a setting written through another collection of the namespace at once (as a backup import writes)", async () => {
    const { vault } = await openVault();
    const kept = await settings(vault, "kept");
    await kept.set("general", { lang: "de", quiet: [21] });
    expect((await kept.get("general"))?.lang).toBe("de");
    const importer = await vault.collection("settings", { schema: z.unknown(), version: 1 });
    await importer.set("general", { lang: "en", quiet: [22] });
    expect(await kept.get("general")).toEqual({ lang: "en", quiet: [22] });
    await importer.delete("general");
    expect(await kept.get("general")).toBeUndefined();
  });

  it("reads its own write back, and a record known to be missing turns up once written", async () => {
    const { vault } = await openVault();
    const kept = await settings(vault, "kept");
    expect(await kept.get("general")).toBeUndefined();
    await kept.set("general", { lang: "de", quiet: [] });
    expect(await kept.get("general")).toEqual({ lang: "de", quiet: [] });
    await kept.update("general", (current) => ({ ...current!, lang: "en" }));
    expect((await kept.get("general"))?.lang).toBe("en");
  });

  it("keeps the written value when a read and a write of the record overlap", async () => {
    const { vault } = await openVault();
    const kept = await settings(vault, "kept");
    await kept.set("general", { lang: "de", quiet: [] });
    kept.forgetKept();
    const slowRead = kept.get("general");
    await kept.set("general", { lang: "en", quiet: [] });
    await slowRead;
    expect((await kept.get("general"))?.lang).toBe("en");
  });

  it("hands out frozen records, so no reader can change another's copy", async () => {
    const { vault } = await openVault();
    const kept = await settings(vault, "kept");
    await kept.set("general", { lang: "de", quiet: [21] });
    const read = (await kept.get("general"))!;
    expect(() => (read.quiet as number[]).push(1)).toThrow(TypeError);
    expect(() => Object.assign(read, { lang: "en" })).toThrow(TypeError);
    expect(await kept.get("general")).toEqual({ lang: "de", quiet: [21] });
  });

  it("forgets everything on a wipe", async () => {
    const { vault } = await openVault();
    const kept = await settings(vault, "kept");
    await kept.set("general", { lang: "en", quiet: [] });
    await kept.get("general");
    await vault.wipe();
    expect(await kept.get("general")).toBeUndefined();
  });

  it("keeps a listing until the namespace is written", async () => {
    const { vault } = await openVault();
    const listed = await vault.collection("holds", { schema: settingSchema, version: 1, caching: "kept", cacheListing: true });
    expect(await listed.all()).toEqual([]);
    await listed.set("a", { lang: "de", quiet: [] });
    expect(await listed.all()).toHaveLength(1);
    const other = await vault.collection("holds", { schema: z.unknown(), version: 1 });
    await other.set("b", { lang: "en", quiet: [] });
    expect((await listed.all()).map((s) => s.lang).sort()).toEqual(["de", "en"]);
  });
});

describe("records kept per update", () => {
  /** Another process (a restored backup, a second tool) changes the file: only a read of the store sees it. */
  async function changeElsewhere(dataDir: string, masterKey: Buffer, lang: "de" | "en") {
    const { vault: other } = await openVault(dataDir, masterKey);
    await (await settings(other)).set("x", { lang, quiet: [] });
  }

  it("are kept while the update runs and read from the store again after it ended", async () => {
    const { vault, dataDir, masterKey } = await openVault();
    const cards = await settings(vault, "per-update");
    await vault.duringUpdate(async () => {
      await cards.set("x", { lang: "de", quiet: [] });
      expect((await cards.get("x"))?.lang).toBe("de");
      await changeElsewhere(dataDir, masterKey, "en");
      expect((await cards.get("x"))?.lang).toBe("de");
    });
    expect((await cards.get("x"))?.lang).toBe("en");
  });

  it("are dropped also when the update fails", async () => {
    const { vault, dataDir, masterKey } = await openVault();
    const cards = await settings(vault, "per-update");
    await cards.set("x", { lang: "de", quiet: [] });
    const failing = vault.duringUpdate(async () => {
      await cards.get("x");
      throw new Error("handler failed");
    });
    await expect(failing).rejects.toThrow("handler failed");
    await changeElsewhere(dataDir, masterKey, "en");
    expect((await cards.get("x"))?.lang).toBe("en");
  });

  it("are not kept when read or written outside an update (timers, sweeps)", async () => {
    const { vault, dataDir, masterKey } = await openVault();
    const cards = await settings(vault, "per-update");
    const listed = await vault.collection("settings", { schema: settingSchema, version: 1, caching: "per-update", cacheListing: true });
    await cards.set("x", { lang: "de", quiet: [] });
    expect((await cards.get("x"))?.lang).toBe("de");
    expect((await listed.all()).map((s) => s.lang)).toEqual(["de"]);
    await changeElsewhere(dataDir, masterKey, "en");
    expect((await cards.get("x"))?.lang).toBe("en");
    expect((await listed.all()).map((s) => s.lang)).toEqual(["en"]);
  });
});

describe("writes no caller waits for", () => {
  it("are read back at once, in the order they were made, and are in the file once settled", async () => {
    const { vault, dataDir, masterKey } = await openVault();
    const log = await vault.collection("log", { schema: z.object({ entries: z.array(z.number()) }), version: 1, caching: "per-update" });
    log.setLater("n", { entries: [1] });
    log.updateLater("n", (current) => ({ entries: [...(current?.entries ?? []), 2] }));
    log.updateLater("n", (current) => ({ entries: [...(current?.entries ?? []), 3] }));
    expect(await log.get("n")).toEqual({ entries: [1, 2, 3] });
    log.updateLater("n", (current) => ({ entries: [...(current?.entries ?? []), 4] }));
    await vault.settle();
    const { vault: reader } = await openVault(dataDir, masterKey);
    const stored = await reader.collection("log", { schema: z.object({ entries: z.array(z.number()) }), version: 1 });
    expect(await stored.get("n")).toEqual({ entries: [1, 2, 3, 4] });
  });

  it("refuse an invalid record at once, not later", async () => {
    const { vault } = await openVault();
    const kept = await settings(vault, "kept");
    expect(() => kept.setLater("general", { lang: "fr" } as unknown as Setting)).toThrow();
    await expect(vault.settle()).resolves.toBeUndefined();
  });

  it("land before a delete or a wipe, never after it", async () => {
    const { vault } = await openVault();
    const ids = await vault.collection("ids", { schema: z.object({ n: z.number() }), version: 1 });
    ids.setLater("a", { n: 1 });
    expect(await ids.delete("a")).toBe(true);
    ids.setLater("b", { n: 2 });
    await vault.wipe();
    await vault.settle();
    expect(await ids.all()).toEqual([]);
  });

  it("report a failure to the vault's error handler instead of failing whoever settles", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "quietline-caching-"));
    dirs.push(dataDir);
    const errors: unknown[] = [];
    const vault = await Vault.open({ dataDir, masterKey: decodeMasterKey(generateMasterKey())!, onError: (e) => errors.push(e) });
    const ids = await vault.collection("ids", { schema: z.object({ n: z.number() }), version: 1 });
    await vault.close();
    ids.setLater("a", { n: 1 });
    await expect(vault.settle()).resolves.toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe("whether a collection holds any record", () => {
  it("answers from the store, then from memory until the next write, through any collection of the namespace", async () => {
    const { vault } = await openVault();
    const plain = await settings(vault);
    expect(await plain.hasAny()).toBe(false);
    await plain.set("general", { lang: "de", quiet: [] });
    expect(await plain.hasAny()).toBe(true);
    await plain.delete("general");
    expect(await plain.hasAny()).toBe(false);

    const other = await vault.collection("settings", { schema: z.unknown(), version: 1 });
    await other.set("general", { lang: "en", quiet: [] });
    expect(await plain.hasAny()).toBe(true);
    await other.clear();
    expect(await plain.hasAny()).toBe(false);
    await other.set("general", { lang: "en", quiet: [] });
    await vault.wipe();
    expect(await plain.hasAny()).toBe(false);
  });
});
