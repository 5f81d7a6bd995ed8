import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportVault, NOT_BACKED_UP } from "../../src/store/backup.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { DeviceRepository, looksLikeToken, MAX_DEVICES } from "../../src/store/devices.js";
import { openStores, type Stores } from "../../src/store/stores.js";
import { Vault } from "../../src/store/vault.js";
import { readableText } from "../support/plaintext.js";

describe("DeviceRepository", () => {
  let dir: string;
  let vault: Vault;
  let stores: Stores;
  let now: number;
  let repo: DeviceRepository;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "quietline-devices-"));
    vault = await Vault.open({ dataDir: dir, masterKey: decodeMasterKey(generateMasterKey())!, onError: () => undefined });
    stores = await openStores(vault);
    now = Date.UTC(2026, 10, 23, 11, 0);
    repo = new DeviceRepository(stores, { clock: () => now, keyedHash: (purpose, value) => vault.indexKey(purpose, value) });
  });
  afterEach(async () => {
    await vault.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds a device with a fresh token, shown once and kept only as a keyed hash", async () => {
    const added = await repo.add("  Dienst   handy ");
    if (!added.ok) throw new Error("not added");
    expect(looksLikeToken(added.token)).toBe(true);
    expect(added.device).toMatchObject({ label: "Dienst handy", createdAt: now, uses: 0 });
    expect(added.device.tokenHash).not.toContain(added.token.slice(4, 20));
    const other = await repo.add("Tablet");
    expect(other.ok && other.token).not.toBe(added.token);

    await vault.checkpoint();
    const file = readdirSync(dir).map((f) => readableText(readFileSync(join(dir, f)))).join("\n");
    expect(file).not.toContain(added.token);
    expect(file).not.toContain(added.token.slice(4));
    expect(file).not.toContain("Dienst handy");
    expect(JSON.stringify(await stores.devices.all())).not.toContain(added.token.slice(4));
  });

  it("knows a device by its token, and nobody by a wrong, altered or revoked one", async () => {
    const a = await repo.add("Diensthandy");
    const b = await repo.add("Tablet");
    if (!a.ok || !b.ok) throw new Error("not added");
    expect((await repo.authenticate(a.token))?.id).toBe(a.device.id);
    expect((await repo.authenticate(b.token))?.id).toBe(b.device.id);
    const flipped = `${a.token.slice(0, -1)}${a.token.endsWith("A") ? "B" : "A"}`;
    for (const wrong of [flipped, "", "qlt_", "Bearer x", a.token.toUpperCase(), `${a.token} `, a.device.tokenHash]) {
      expect(await repo.authenticate(wrong)).toBeUndefined();
    }
    expect((await repo.revoke(a.device.id))?.label).toBe("Diensthandy");
    expect(await repo.authenticate(a.token)).toBeUndefined();
    expect((await repo.authenticate(b.token))?.id).toBe(b.device.id);
    expect(await repo.revoke(a.device.id)).toBeUndefined();
  });

  it("records each use with its time, but not for a device revoked meanwhile", async () => {
    const a = await repo.add("Diensthandy");
    if (!a.ok) throw new Error("not added");
    now += 60_000;
    await repo.recordUse(a.device);
    await repo.recordUse(a.device);
    expect((await repo.list())[0]).toMatchObject({ lastUsedAt: now, uses: 2 });
    await repo.revoke(a.device.id);
    await repo.recordUse(a.device);
    expect(await repo.list()).toEqual([]);
  });

  it("refuses an empty or overlong name and more than the maximum of devices", async () => {
    expect(await repo.add("   ")).toEqual({ ok: false, error: "bad-label" });
    expect(await repo.add("x".repeat(41))).toEqual({ ok: false, error: "bad-label" });
    for (let i = 0; i < MAX_DEVICES; i++) expect((await repo.add(`Gerät ${i}`)).ok).toBe(true);
    expect(await repo.add("noch eins")).toEqual({ ok: false, error: "too-many" });
  });

  it("counts withheld callers per day and keeps the announce setting beside the count", async () => {
    expect((await repo.settings()).announce).toBe("always");
    await repo.setAnnounce("quiet");
    expect(await repo.countWithheld("2026-11-23", 1)).toBe(1);
    expect(await repo.countWithheld("2026-11-23", 2)).toBe(3);
    expect(await repo.withheldOn("2026-11-23")).toBe(3);
    expect(await repo.countWithheld("2026-11-24", 1)).toBe(1);
    expect(await repo.withheldOn("2026-11-23")).toBe(0);
    expect((await repo.settings()).announce).toBe("quiet");
  });

  it("leaves device tokens out of backups", async () => {
    await repo.add("Diensthandy");
    await repo.setAnnounce("collect");
    const payload = await exportVault(vault, now);
    expect(NOT_BACKED_UP).toContain("devices");
    expect(payload.records.some((r) => r.ns === "devices")).toBe(false);
    expect(payload.records.some((r) => r.ns === "intake")).toBe(true);
  });
});
