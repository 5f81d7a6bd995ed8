import sqlite3 from "sqlite3";

/**
 * Direct access to the store's SQLite file for the few jobs that must see every table,
 * including namespaces no collection has opened in this process: wipe, backup, key rotation.
 * Values stay sealed here; decrypting is the caller's business.
 */
export const TABLE_PREFIX = "ql_";
export const META_NAMESPACE = "meta";
/** Keyv writes every key with this prefix (its default namespace). */
export const KEYV_KEY_PREFIX = "keyv:";

export interface SqliteFile {
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSqliteFile(file: string, mode: "readonly" | "readwrite" | "create"): Promise<SqliteFile> {
  const flags =
    mode === "readonly"
      ? sqlite3.OPEN_READONLY
      : mode === "readwrite"
        ? sqlite3.OPEN_READWRITE
        : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, flags, (error) => (error ? reject(error) : resolve(opened)));
  });
  db.configure("busyTimeout", 5_000);
  return {
    all: <T>(sql: string, params: readonly unknown[] = []) =>
      new Promise<T[]>((resolve, reject) => db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[])))),
    run: (sql, params = []) =>
      new Promise<void>((resolve, reject) => db.run(sql, params, (error) => (error ? reject(error) : resolve()))),
    exec: (sql) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve()))),
    close: () => new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Every namespace that has a table in the file, whether or not this process opened it. */
export async function listNamespaces(db: SqliteFile): Promise<string[]> {
  const rows = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ql\\_%' ESCAPE '\\'");
  return rows.map((r) => r.name.slice(TABLE_PREFIX.length)).filter((ns) => /^[a-z][a-z0-9_]*$/.test(ns)).sort();
}

export interface RawRow {
  /** The key as the collection sees it (Keyv's prefix removed). */
  readonly storageKey: string;
  /** The sealed value (Keyv's JSON wrapper removed). */
  readonly sealed: string;
}

export async function readRows(db: SqliteFile, namespace: string): Promise<RawRow[]> {
  const rows = await db.all<{ key: string; value: string }>(`SELECT key, value FROM ${TABLE_PREFIX}${namespace}`);
  return rows.map((row) => ({
    storageKey: row.key.startsWith(KEYV_KEY_PREFIX) ? row.key.slice(KEYV_KEY_PREFIX.length) : row.key,
    sealed: unwrapKeyvValue(row.value),
  }));
}

function unwrapKeyvValue(raw: string): string {
  try {
    const parsed = JSON.parse(raw) as { value?: unknown };
    if (typeof parsed.value === "string") return parsed.value;
  } catch {
    // not Keyv's wrapper: the raw string is the value
  }
  return raw;
}

export function wrapKeyvValue(sealed: string): string {
  return JSON.stringify({ value: sealed });
}

export function createTableSql(namespace: string): string {
  return `CREATE TABLE IF NOT EXISTS ${TABLE_PREFIX}${namespace}(key VARCHAR(255) PRIMARY KEY, value TEXT )`;
}
