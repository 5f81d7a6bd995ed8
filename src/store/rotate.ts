import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { blindIndex, deriveKeys, seal, unseal, type StoreKeys } from "./crypto.js";
import { databasePath, StoreError } from "./database.js";
import { recoverId } from "./backup.js";
import { createTableSql, KEYV_KEY_PREFIX, listNamespaces, META_NAMESPACE, openSqliteFile, readRows, wrapKeyvValue } from "./sqlite-file.js";
import { Vault } from "./vault.js";

export type RotationPhase = "copying" | "written";

export interface RotateOptions {
  readonly dataDir: string;
  readonly oldKey: Buffer;
  readonly newKey: Buffer;
  /** Ids that records do not carry themselves (e.g. owner ids, the key of conversation state). */
  readonly knownIds?: readonly string[];
  /** Progress, for the command line and for tests that interrupt a rotation. */
  readonly onProgress?: (phase: RotationPhase, done: number, total: number) => void | Promise<void>;
}

export interface RotateResult {
  readonly records: number;
  readonly namespaces: number;
  /** Hashed keys whose id could not be found: re-encrypted under their old key name, still listed by values(). */
  readonly unmatched: number;
}

export class StoreInUseError extends StoreError {
  override name = "StoreInUseError";
  constructor() {
    super("The store is in use by another process. Stop quietline before rotating the key; nothing was changed.");
  }
}

const PROGRESS_EVERY = 50;
const HASHED_KEY = /^[A-Za-z0-9_-]{32}$/;

export function rotationFile(dataDir: string): string {
  return `${databasePath(dataDir)}.rotating`;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function nonEmpty(path: string): boolean {
  return existsSync(path) && statSync(path).size > 0;
}

interface PlannedRow {
  readonly namespace: string;
  readonly storageKey: string;
  readonly sealed: string;
}

/** Re-encrypts one record; hashed keys get the new key's hash of the same id. */
function reseal(namespace: string, storageKey: string, sealed: string, from: StoreKeys, to: StoreKeys, knownIds: readonly string[]) {
  const plaintext = unseal(sealed, from.encryption, `${namespace}/${storageKey}`);
  let nextKey = storageKey;
  let unmatched = false;
  if (namespace !== META_NAMESPACE) {
    let data: unknown;
    try {
      data = (JSON.parse(plaintext) as { d?: unknown }).d;
    } catch {
      data = undefined;
    }
    const id = recoverId(storageKey, data, (candidate) => blindIndex(candidate, from.index, namespace), knownIds);
    if (id !== undefined) nextKey = blindIndex(id, to.index, namespace);
    else unmatched = HASHED_KEY.test(storageKey);
  }
  return { row: { namespace, storageKey: nextKey, sealed: seal(plaintext, to.encryption, `${namespace}/${nextKey}`) }, unmatched };
}

/**
 * Re-encrypts the whole store under a new key, crash-safe: a complete new database is written
 * next to the old one and fsync'd, and only then renamed over it (an atomic step). Until that
 * rename the old file is untouched and opens with the old key; afterwards only the new key works.
 */
export async function rotateStore({ dataDir, oldKey, newKey, knownIds = [], onProgress }: RotateOptions): Promise<RotateResult> {
  const file = databasePath(dataDir);
  const temp = rotationFile(dataDir);
  if (!existsSync(file)) throw new StoreError(`There is no store in DATA_DIR (${dataDir}).`);
  if (oldKey.equals(newKey)) throw new StoreError("The new key is the same as the old one.");
  // Leftovers of an interrupted rotation are incomplete by definition.
  rmSync(temp, { force: true });
  rmSync(`${temp}-journal`, { force: true });

  // Refuses a wrong old key before anything is read (WrongKeyError).
  await (await Vault.open({ dataDir, masterKey: oldKey, onError: () => undefined })).close();

  const from = deriveKeys(oldKey);
  const to = deriveKeys(newKey);
  const planned: PlannedRow[] = [];
  let unmatched = 0;
  let namespaces: string[];
  const source = await openSqliteFile(file, "readwrite");
  try {
    await source.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    namespaces = await listNamespaces(source);
    for (const ns of namespaces) {
      for (const row of await readRows(source, ns)) {
        const resealed = reseal(ns, row.storageKey, row.sealed, from, to, knownIds);
        planned.push(resealed.row);
        if (resealed.unmatched) unmatched++;
      }
    }
  } finally {
    await source.close();
  }
  // The last connection's close removes the WAL; one still there means another process has the file open.
  if (nonEmpty(`${file}-wal`)) throw new StoreInUseError();

  const target = await openSqliteFile(temp, "create");
  try {
    await target.exec("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; BEGIN");
    for (const ns of namespaces) await target.exec(createTableSql(ns));
    let done = 0;
    for (const row of planned) {
      await target.run(`INSERT INTO ql_${row.namespace}(key, value) VALUES (?, ?)`, [`${KEYV_KEY_PREFIX}${row.storageKey}`, wrapKeyvValue(row.sealed)]);
      if (++done % PROGRESS_EVERY === 0) await onProgress?.("copying", done, planned.length);
    }
    await target.exec("COMMIT");
  } finally {
    await target.close();
  }
  fsyncPath(temp);
  await verifyRotated(temp, to, planned.length);
  await onProgress?.("written", planned.length, planned.length);

  // The old WAL and shared-memory files belong to the old file; they must not meet the new one.
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  renameSync(temp, file);
  fsyncPath(dirname(file));
  return { records: planned.length, namespaces: namespaces.length, unmatched };
}

async function verifyRotated(temp: string, keys: StoreKeys, expectedRows: number): Promise<void> {
  const db = await openSqliteFile(temp, "readonly");
  try {
    let rows = 0;
    for (const ns of await listNamespaces(db)) {
      for (const row of await readRows(db, ns)) {
        unseal(row.sealed, keys.encryption, `${ns}/${row.storageKey}`);
        rows++;
      }
    }
    if (rows !== expectedRows) throw new StoreError("The re-encrypted copy is incomplete; the store was not changed.");
  } finally {
    await db.close();
  }
}
