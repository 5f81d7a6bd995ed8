import { mkdirSync } from "node:fs";
import { join } from "node:path";
import KeyvSqlite from "@keyv/sqlite";
import Keyv from "keyv";
import sqlite3 from "sqlite3";

export const DATABASE_FILE = "quietline.sqlite";

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

const BUSY_TIMEOUT_MS = 5_000;

/** Raised for any storage failure; carries no record content. */
export class StoreError extends Error {
  override name = "StoreError";
}

/** One Keyv per namespace, each in its own table of the same SQLite file (the table is the namespace, so keys carry no prefix). */
export interface NamespaceStore {
  readonly keyv: Keyv<string>;
  readonly adapter: KeyvSqlite;
}

export async function openNamespace(
  file: string,
  namespace: string,
  onError: (error: unknown) => void,
): Promise<NamespaceStore> {
  const adapter = new KeyvSqlite({
    uri: `sqlite://${file}`,
    table: `ql_${namespace}`,
    busyTimeout: BUSY_TIMEOUT_MS,
    iterationLimit: 1000,
  });
  // WAL lets readers and the one writer proceed together; FULL sync keeps confirmed writes across a crash.
  await adapter.query("PRAGMA journal_mode=WAL");
  await adapter.query("PRAGMA synchronous=FULL");
  const keyv = new Keyv<string>({ store: adapter, throwOnErrors: true });
  keyv.on("error", onError);
  adapter.on("error", onError);
  return { keyv, adapter };
}

export function ensureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

/**
 * Reads one value from a table without opening the file for writing, so a store
 * can be checked (e.g. for the right key) before anything touches it.
 */
export async function readOnlyLookup(file: string, table: string, key: string): Promise<string | undefined> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => (error ? reject(error) : resolve(opened)));
  });
  try {
    const exists = await new Promise<boolean>((resolve, reject) =>
      db.get("SELECT name FROM sqlite_master WHERE type='table' AND name=?", [table], (error, row) =>
        error ? reject(error) : resolve(row !== undefined),
      ),
    );
    if (!exists) return undefined;
    return await new Promise<string | undefined>((resolve, reject) =>
      db.get(`SELECT value FROM ${table} WHERE key = ?`, [key], (error, row: { value?: string } | undefined) =>
        error ? reject(error) : resolve(row?.value),
      ),
    );
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
