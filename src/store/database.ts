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
/**
 * SQLite's page cache per connection, in KiB. The default (2 MiB) is held by every connection,
 * and there is one per namespace: a namespace read across (cards, aliases, message ids) kept
 * about 1.5 MiB of pages resident each. The file's pages are in the operating system's cache
 * anyway, so a small cache costs a read() per page and little time.
 */
const PAGE_CACHE_KIB = 64;

/** Raised for any storage failure; carries no record content. */
export class StoreError extends Error {
  override name = "StoreError";
}

/**
 * Namespaces whose records the bot can lose on a power cut without breaking a promise to her:
 * message ids for self-cleaning (the panic wipe deletes a whole id range anyway), the verdict
 * history behind /why, holds that expire within hours, and half-finished conversations.
 */
const BOOKKEEPING_NAMESPACES: ReadonlySet<string> = new Set(["chat_messages", "verdict_log", "holds", "conversations"]);

/**
 * How hard a commit waits for the disk. In WAL mode both levels survive the process being killed
 * (SIGKILL, OOM, a crash): a commit is in the WAL file once the write returns. They differ only on
 * power loss or a kernel crash. FULL syncs the WAL on every commit, so every card, note, booking
 * and setting she was told is saved survives a power cut too. NORMAL syncs only at checkpoints and
 * may lose the last commits then; it is used for bookkeeping written on every update (several
 * records per message), where a sync each would cost more time than the whole answer. A FULL
 * commit on any connection syncs the WAL file as a whole, so it makes earlier NORMAL commits
 * durable as well.
 */
export function synchronousFor(namespace: string): "FULL" | "NORMAL" {
  return BOOKKEEPING_NAMESPACES.has(namespace) ? "NORMAL" : "FULL";
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
  synchronous: "FULL" | "NORMAL" = synchronousFor(namespace),
): Promise<NamespaceStore> {
  const adapter = new KeyvSqlite({
    uri: `sqlite://${file}`,
    table: `ql_${namespace}`,
    busyTimeout: BUSY_TIMEOUT_MS,
    iterationLimit: 1000,
  });
  // WAL lets readers and the one writer proceed together.
  await adapter.query("PRAGMA journal_mode=WAL");
  await adapter.query(`PRAGMA synchronous=${synchronous}`);
  await adapter.query(`PRAGMA cache_size=-${PAGE_CACHE_KIB}`);
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
