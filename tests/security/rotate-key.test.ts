import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { contactsOf } from "../../src/store/contacts.js";
import { rotateStore, rotationFile, type RotationPhase } from "../../src/store/rotate.js";
import { Vault, WrongKeyError } from "../../src/store/vault.js";
import { createHarness } from "../support/harness.js";
import { SECRET, seedContact } from "../privacy/seed.js";

const key = () => decodeMasterKey(generateMasterKey())!;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A store with a contact (hashed keys, alias index), settings, and `bulk` extra records. */
async function makeStore(masterKey: Buffer, bulk = 0): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), "quietline-rotate-"));
  dirs.push(dataDir);
  const h = await createHarness({ dataDir, masterKey, keepData: true });
  await seedContact(h.services);
  await h.send("/privacy ereignisse 45");
  if (bulk > 0) {
    const extra = await h.services.vault.collection("bulk", { schema: z.string(), version: 1 });
    for (let i = 0; i < bulk; i++) await extra.set(`r${i}`, `record ${i}`);
  }
  await h.close();
  return dataDir;
}

async function expectReadable(dataDir: string, masterKey: Buffer): Promise<void> {
  const h = await createHarness({ dataDir, masterKey, keepData: true });
  try {
    const contacts = contactsOf(h.services);
    expect((await contacts.get(SECRET.e164))?.notes.map((n) => n.text)).toEqual([SECRET.note]);
    expect((await contacts.findByAlias(SECRET.alias)).map((c) => c.e164)).toEqual([SECRET.e164]);
    expect((await h.services.stores.privacy.get("privacy"))?.retention.eventsDays).toBe(45);
  } finally {
    await h.close();
  }
}

async function refuses(dataDir: string, masterKey: Buffer): Promise<boolean> {
  try {
    await (await Vault.open({ dataDir, masterKey, onError: () => undefined })).close();
    return false;
  } catch (error) {
    return error instanceof WrongKeyError;
  }
}

/** Runs a rotation in a child process and SIGKILLs it at the given phase. */
function rotateAndKill(dataDir: string, oldKey: Buffer, newKey: Buffer, phase: RotationPhase): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/security/fixtures/rotate-child.ts", dataDir, oldKey.toString("base64"), newKey.toString("base64"), phase],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("FROZEN")) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (_code, signal) => (signal === "SIGKILL" ? resolve(out) : reject(new Error(`child ended without freezing: ${out} ${err}`))));
  });
}

describe("npm run rotate-key", () => {
  it("re-encrypts everything, re-hashes keyed ids, and retires the old key", async () => {
    const oldKey = key();
    const newKey = key();
    const dataDir = await makeStore(oldKey);
    const result = await rotateStore({ dataDir, oldKey, newKey });
    expect(result.records).toBeGreaterThan(3);
    expect(result.unmatched).toBe(0);
    expect(existsSync(rotationFile(dataDir))).toBe(false);
    await expectReadable(dataDir, newKey);
    expect(await refuses(dataDir, oldKey)).toBe(true);
  });

  it("refuses a wrong old key and changes nothing", async () => {
    const oldKey = key();
    const dataDir = await makeStore(oldKey);
    await expect(rotateStore({ dataDir, oldKey: key(), newKey: key() })).rejects.toBeInstanceOf(WrongKeyError);
    await expectReadable(dataDir, oldKey);
  });

  for (const phase of ["copying", "written"] as const) {
    it(`killed while ${phase === "copying" ? "half the records are copied" : "the new file waits for its rename"}, the store still opens with the old key`, async () => {
      const oldKey = key();
      const newKey = key();
      const dataDir = await makeStore(oldKey, 120);
      const out = await rotateAndKill(dataDir, oldKey, newKey, phase);
      expect(out).toContain(`FROZEN ${phase}`);
      expect(existsSync(rotationFile(dataDir))).toBe(true); // it really was interrupted mid-way
      await expectReadable(dataDir, oldKey);
      expect(await refuses(dataDir, newKey)).toBe(true);

      // Running it again finishes cleanly.
      await rotateStore({ dataDir, oldKey, newKey });
      await expectReadable(dataDir, newKey);
    }, 30_000);
  }
});
