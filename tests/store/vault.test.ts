import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sqlite3 from "sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeMasterKey, DecryptionError, generateMasterKey, seal, unseal } from "../../src/store/crypto.js";
import { databasePath } from "../../src/store/database.js";
import { RecordError, Vault, WrongKeyError } from "../../src/store/vault.js";
import { readableText } from "../support/plaintext.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "quietline-vault-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const key = () => decodeMasterKey(generateMasterKey())!;
const open = (dataDir: string, masterKey: Buffer) => Vault.open({ dataDir, masterKey, onError: () => undefined });
const noteSchema = z.object({ e164: z.string(), note: z.string() });

function readAllFiles(dir: string): string {
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => readableText(readFileSync(join(dir, f))))
    .join("\n");
}

async function rawRows(file: string, table: string): Promise<Array<{ key: string; value: string }>> {
  const db = new sqlite3.Database(file);
  try {
    return await new Promise((resolve, reject) => db.all(`SELECT key, value FROM ${table}`, (e, rows) => (e ? reject(e) : resolve(rows as never))));
  } finally {
    await new Promise<void>((r) => db.close(() => r()));
  }
}

describe("crypto", () => {
  it("round-trips and uses a fresh IV per write", () => {
    const k = key();
    const a = seal("hello", k, "ctx");
    const b = seal("hello", k, "ctx");
    expect(a).not.toBe(b);
    expect(unseal(a, k, "ctx")).toBe("hello");
  });

  it("detects tampering, a wrong key and a moved record", () => {
    const k = key();
    const sealed = seal("secret", k, "contacts/a");
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[raw.length - 1]! ^= 1;
    expect(() => unseal(`q1.${raw.toString("base64")}`, k, "contacts/a")).toThrow(DecryptionError);
    expect(() => unseal(sealed, key(), "contacts/a")).toThrow(DecryptionError);
    expect(() => unseal(sealed, k, "contacts/b")).toThrow(DecryptionError);
    expect(() => unseal("garbage", k, "contacts/a")).toThrow(DecryptionError);
  });

  it("accepts only 32-byte base64 keys", () => {
    expect(decodeMasterKey(generateMasterKey())).toHaveLength(32);
    expect(decodeMasterKey("c2hvcnQ=")).toBeUndefined();
    expect(decodeMasterKey("not base64 !!")).toBeUndefined();
  });
});

describe("Vault", () => {
  it("round-trips typed records, lists and deletes them", async () => {
    const dir = tempDir();
    const vault = await open(dir, key());
    const notes = await vault.collection("notes", { schema: noteSchema, version: 1, hashIds: true });
    await notes.set("+491711234567", { e164: "+491711234567", note: "mag Tee" });
    await notes.set("+491711234568", { e164: "+491711234568", note: "spät" });
    expect(await notes.get("+491711234567")).toEqual({ e164: "+491711234567", note: "mag Tee" });
    expect(await notes.get("+4900")).toBeUndefined();
    expect((await notes.all()).map((n) => n.e164).sort()).toEqual(["+491711234567", "+491711234568"]);
    expect(await notes.getByKey(notes.keyOf("+491711234568"))).toMatchObject({ note: "spät" });
    expect(await notes.delete("+491711234568")).toBe(true);
    expect(await notes.all()).toHaveLength(1);
    await vault.close();
  });

  it("keeps no plaintext in the database file or its WAL, and hashes ids", async () => {
    const dir = tempDir();
    const vault = await open(dir, key());
    const notes = await vault.collection("notes", { schema: noteSchema, version: 1, hashIds: true });
    for (let i = 0; i < 50; i++) await notes.set(`+49171555${1000 + i}`, { e164: `+49171555${1000 + i}`, note: `Geheimnis Nummer ${i}` });
    const during = readAllFiles(dir);
    expect(readdirSync(dir).some((f) => f.endsWith("-wal"))).toBe(true);
    expect(during).not.toMatch(/Geheimnis|4917155510|\+49171/);
    await vault.close();
    expect(readAllFiles(dir)).not.toMatch(/Geheimnis|4917155510|\+49171/);
    const rows = await rawRows(databasePath(dir), "ql_notes");
    expect(rows).toHaveLength(50);
    for (const row of rows) expect(row.key).not.toContain("49171");
  });

  it("refuses a wrong key at start-up and leaves the file untouched", async () => {
    const dir = tempDir();
    const right = key();
    const vault = await open(dir, right);
    const notes = await vault.collection("notes", { schema: noteSchema, version: 1 });
    await notes.set("a", { e164: "+491711234567", note: "x" });
    await vault.close();
    const file = databasePath(dir);
    const before = readFileSync(file);
    await expect(open(dir, key())).rejects.toBeInstanceOf(WrongKeyError);
    expect(readFileSync(file).equals(before)).toBe(true);
    const again = await open(dir, right);
    expect(await (await again.collection("notes", { schema: noteSchema, version: 1 })).get("a")).toMatchObject({ note: "x" });
    await again.close();
  });

  it("detects a tampered record and one that fails its schema", async () => {
    const dir = tempDir();
    const vault = await open(dir, key());
    const notes = await vault.collection("notes", { schema: noteSchema, version: 1 });
    await notes.set("a", { e164: "+491711234567", note: "x" });
    await notes.set("b", { e164: "+491711234567", note: "y" });
    const db = new sqlite3.Database(databasePath(dir));
    // Swap the two ciphertexts: each is bound to its own key, so both must fail.
    await new Promise<void>((resolve, reject) =>
      db.exec(
        "UPDATE ql_notes SET value = (SELECT value FROM ql_notes WHERE key = 'keyv:b') WHERE key = 'keyv:a'",
        (e) => (e ? reject(e) : resolve()),
      ),
    );
    await new Promise<void>((r) => db.close(() => r()));
    await expect(notes.get("a")).rejects.toBeInstanceOf(DecryptionError);
    const strict = await vault.collection("notes", { schema: z.object({ other: z.number() }), version: 1 });
    await expect(strict.get("b")).rejects.toBeInstanceOf(RecordError);
    await vault.close();
  });

  it("migrates records written by an older schema version", async () => {
    const dir = tempDir();
    const k = key();
    const v1 = await open(dir, k);
    await (await v1.collection("items", { schema: z.object({ n: z.string() }), version: 1 })).set("x", { n: "5" });
    await v1.close();
    const v2 = await open(dir, k);
    const items = await v2.collection("items", {
      schema: z.object({ n: z.number() }),
      version: 2,
      migrate: (from, data) => (from === 1 ? { n: Number((data as { n: string }).n) } : data),
    });
    expect(await items.get("x")).toEqual({ n: 5 });
    await v2.close();
  });

  it("wipes every record", async () => {
    const dir = tempDir();
    const vault = await open(dir, key());
    const notes = await vault.collection("notes", { schema: noteSchema, version: 1, hashIds: true });
    await notes.set("+491711234567", { e164: "+491711234567", note: "Wipe me" });
    await vault.wipe();
    expect(await notes.all()).toEqual([]);
    await vault.close();
    expect(readAllFiles(dir)).not.toMatch(/Wipe me/);
  });
});
