import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCallback, type ScryptOptions } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { listNamespaces, META_NAMESPACE, openSqliteFile, readRows } from "./sqlite-file.js";
import type { Vault } from "./vault.js";

/*
 * Backup file layout (all integers unsigned bytes):
 *   "QLBACKUP" | format version | kdf id | log2(N) | r | p | salt (16) | iv (12) | ciphertext | GCM tag (16)
 * The whole header is authenticated as associated data, so changing a parameter fails like a wrong passphrase.
 * The plaintext is gzip'd JSON: every record's id (or storage key) and its versioned data.
 */
const MAGIC = Buffer.from("QLBACKUP", "ascii");
const FORMAT_VERSION = 1;
const KDF_SCRYPT = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 5 + SALT_BYTES + IV_BYTES;

export interface KdfParams {
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

/** scrypt at 2^17 × 8: 128 MiB of memory per guess, a fraction of a second for her. */
export const STRONG_KDF: KdfParams = { log2N: 17, r: 8, p: 1 };
/** What a file may ask for: enough room for stronger settings, not enough to exhaust memory. */
const KDF_BOUNDS = { log2N: [14, 20], r: [1, 16], p: [1, 4] } as const;

export const MIN_PASSPHRASE_LENGTH = 8;
export const BACKUP_EXTENSION = ".qlbackup";

/**
 * Namespaces a backup leaves out: chat message ids and interrupted conversations (transient), and
 * device tokens, whose hashes are keyed to this install and which a restore must never bring back
 * after she revoked one.
 */
export const NOT_BACKED_UP: readonly string[] = ["conversations", "chat_messages", "devices"];
/** What replacing from a backup leaves in place: her chat's message ids and her phones' tokens. */
const KEPT_ON_REPLACE: readonly string[] = ["chat_messages", "devices"];

export type BackupProblem = "not-a-backup" | "unsupported-version" | "wrong-passphrase-or-damaged";

/** Never carries content; `problem` says which of the three things went wrong. */
export class BackupError extends Error {
  override name = "BackupError";
  constructor(readonly problem: BackupProblem) {
    super(`The backup cannot be read: ${problem}.`);
  }
}

const recordSchema = z.union([
  z.object({ ns: z.string().regex(/^[a-z][a-z0-9_]*$/), id: z.string(), v: z.number().int(), d: z.unknown() }),
  z.object({ ns: z.string().regex(/^[a-z][a-z0-9_]*$/), key: z.string(), v: z.number().int(), d: z.unknown() }),
]);
export type BackupRecord = z.infer<typeof recordSchema>;

const payloadSchema = z.object({
  app: z.literal("quietline"),
  format: z.literal(FORMAT_VERSION),
  createdAt: z.number().int().nonnegative(),
  records: z.array(recordSchema),
});
export type BackupPayload = z.infer<typeof payloadSchema>;

function scrypt(passphrase: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  const N = 2 ** params.log2N;
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCallback(passphrase.normalize("NFC"), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function encryptBackup(payload: BackupPayload, passphrase: string, kdf: KdfParams = STRONG_KDF): Promise<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const header = Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION, KDF_SCRYPT, kdf.log2N, kdf.r, kdf.p]), salt, iv]);
  const key = await scrypt(passphrase, salt, kdf);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(gzipSync(JSON.stringify(payload))), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

function within(value: number, [min, max]: readonly [number, number]): boolean {
  return value >= min && value <= max;
}

/** Decrypts and validates a backup; throws BackupError and nothing else. */
export async function decryptBackup(file: Buffer, passphrase: string): Promise<BackupPayload> {
  if (file.length < HEADER_BYTES + TAG_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupError("not-a-backup");
  const [format, kdfId, log2N, r, p] = file.subarray(MAGIC.length, MAGIC.length + 5);
  if (format !== FORMAT_VERSION || kdfId !== KDF_SCRYPT) throw new BackupError("unsupported-version");
  if (!within(log2N!, KDF_BOUNDS.log2N) || !within(r!, KDF_BOUNDS.r) || !within(p!, KDF_BOUNDS.p))
    throw new BackupError("wrong-passphrase-or-damaged");
  const header = file.subarray(0, HEADER_BYTES);
  const salt = header.subarray(MAGIC.length + 5, MAGIC.length + 5 + SALT_BYTES);
  const iv = header.subarray(MAGIC.length + 5 + SALT_BYTES);
  const key = await scrypt(passphrase, salt, { log2N: log2N!, r: r!, p: p! });
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(header);
    decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
    plaintext = Buffer.concat([decipher.update(file.subarray(HEADER_BYTES, file.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new BackupError("wrong-passphrase-or-damaged");
  }
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(gunzipSync(plaintext).toString("utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // falls through: authentic but unreadable means a format this version does not know
  }
  throw new BackupError("unsupported-version");
}

/**
 * Finds the id behind a hashed storage key among the record's own values (a contact carries its
 * number, an alias index its alias) and a few known ids. A match is proof: the hash is keyed.
 */
export function recoverId(
  storageKey: string,
  data: unknown,
  hash: (id: string) => string,
  extraCandidates: readonly string[] = [],
): string | undefined {
  for (const candidate of idCandidates(data, extraCandidates)) {
    if (hash(candidate) === storageKey) return candidate;
  }
  return undefined;
}

function* idCandidates(data: unknown, extra: readonly string[]): Generator<string> {
  const seen = new Set<string>();
  const emit = function* (value: string) {
    for (const v of [value, value.trim(), value.toLowerCase(), value.trim().toLowerCase(), value.trim().toLocaleLowerCase("de")]) {
      if (!seen.has(v)) {
        seen.add(v);
        yield v;
      }
    }
  };
  const walk = function* (value: unknown, depth: number): Generator<string> {
    if (typeof value === "string") yield* emit(value);
    else if (typeof value === "number" && Number.isFinite(value)) yield* emit(String(value));
    else if (depth > 0 && Array.isArray(value)) for (const item of value.slice(0, 50)) yield* walk(item, depth - 1);
    else if (depth > 0 && value && typeof value === "object") for (const item of Object.values(value)) yield* walk(item, depth - 1);
  };
  yield* walk(data, 2);
  // Composite ids such as "chatId:messageId" are built from two of the record's own fields.
  if (data && typeof data === "object" && !Array.isArray(data)) {
    const parts = Object.values(data).filter((v) => typeof v === "string" || typeof v === "number").map(String);
    for (const a of parts) for (const b of parts) if (a !== b) yield* emit(`${a}:${b}`);
  }
  for (const id of extra) yield* emit(id);
}

/** A collection that reads any record of a namespace as `{ v, d }`, whatever its schema. */
async function envelopeReader(vault: Vault, namespace: string) {
  return vault.collection(namespace, {
    schema: z.object({ v: z.number().int(), d: z.unknown() }),
    version: Number.MAX_SAFE_INTEGER,
    migrate: (fromVersion, data) => ({ v: fromVersion, d: data }),
  });
}

/**
 * Every record of every namespace (except transient ones), decrypted, with the id it was stored
 * under. Runs while the bot runs: it reads through a second, read-only connection.
 */
export async function exportVault(vault: Vault, createdAt: number, knownIds: readonly string[] = []): Promise<BackupPayload> {
  const db = await openSqliteFile(vault.file, "readonly");
  const records: BackupRecord[] = [];
  try {
    for (const ns of await listNamespaces(db)) {
      if (ns === META_NAMESPACE || NOT_BACKED_UP.includes(ns)) continue;
      const reader = await envelopeReader(vault, ns);
      for (const { storageKey } of await readRows(db, ns)) {
        const envelope = await reader.getByKey(storageKey);
        if (!envelope) continue;
        const id = recoverId(storageKey, envelope.d, (candidate) => vault.indexKey(ns, candidate), knownIds);
        records.push(id !== undefined ? { ns, id, ...envelope } : { ns, key: storageKey, ...envelope });
      }
    }
  } finally {
    await db.close();
  }
  return { app: "quietline", format: FORMAT_VERSION, createdAt, records };
}

export type ImportMode = "merge" | "replace";

/** How many records of each namespace a backup holds: what she is shown before confirming. */
export function summarizeBackup(payload: BackupPayload): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of payload.records) counts[r.ns] = (counts[r.ns] ?? 0) + 1;
  return counts;
}

/**
 * Restores a decrypted backup. Merge adds what is missing and keeps every record she has now;
 * replace first clears all data (her chat's message ids stay, so self-cleaning goes on, and so do her
 * phones' device tokens).
 * Records are sealed under the current key; hashed ids are hashed again with it.
 */
export async function importIntoVault(vault: Vault, payload: BackupPayload, mode: ImportMode): Promise<{ written: number; kept: number }> {
  const namespaces = new Set(payload.records.map((r) => r.ns).filter((ns) => ns !== META_NAMESPACE && !NOT_BACKED_UP.includes(ns)));
  if (mode === "replace") {
    const db = await openSqliteFile(vault.file, "readonly");
    try {
      for (const ns of await listNamespaces(db)) if (ns !== META_NAMESPACE && !KEPT_ON_REPLACE.includes(ns)) namespaces.add(ns);
    } finally {
      await db.close();
    }
    for (const ns of namespaces) await (await envelopeReader(vault, ns)).clear();
  }
  let written = 0;
  let kept = 0;
  const writers = new Map<string, Awaited<ReturnType<typeof rawWriter>>>();
  for (const record of payload.records) {
    if (!namespaces.has(record.ns)) continue;
    const writer = writers.get(record.ns) ?? (await rawWriter(vault, record.ns));
    writers.set(record.ns, writer);
    const isHashed = "id" in record;
    const storageKey = isHashed ? vault.indexKey(record.ns, record.id) : record.key;
    if (mode === "merge" && (await writer.plain.getByKey(storageKey)) !== undefined) {
      kept++;
      continue;
    }
    await writer.write(storageKey, record.v, record.d);
    written++;
  }
  await vault.checkpoint();
  return { written, kept };
}

/** Writes a record under an exact storage key and version, through the vault's own sealing. */
async function rawWriter(vault: Vault, namespace: string) {
  const plain = await envelopeReader(vault, namespace);
  const byVersion = new Map<number, Awaited<ReturnType<Vault["collection"]>>>();
  return {
    plain,
    async write(storageKey: string, version: number, data: unknown) {
      let collection = byVersion.get(version);
      if (!collection) {
        collection = await vault.collection(namespace, { schema: z.unknown(), version });
        byVersion.set(version, collection);
      }
      // Not hashed here: the key is already the final storage key.
      await collection.set(storageKey, data);
    },
  };
}
