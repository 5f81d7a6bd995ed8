import { existsSync } from "node:fs";
import type { z } from "zod";
import { blindIndex, constantTimeEqual, deriveKeys, seal, unseal, type StoreKeys } from "./crypto.js";
import { databasePath, ensureDataDir, openNamespace, readOnlyLookup, StoreError, type NamespaceStore } from "./database.js";

const META = "meta";
const KEY_CHECK = "key-check";
const KEY_CHECK_PLAINTEXT = "quietline-key-check-v1";
/** Keyv prefixes every key with its default namespace. */
const KEYV_PREFIX = "keyv:";

export class WrongKeyError extends Error {
  override name = "WrongKeyError";
  constructor() {
    super(
      "ENCRYPTION_KEY does not open the existing store in DATA_DIR. Nothing was changed. " +
        "Use the key the store was created with, or point DATA_DIR at another folder.",
    );
  }
}

/** A record as stored: its schema version and the data, encrypted together. */
interface Envelope {
  readonly v: number;
  readonly d: unknown;
}

/**
 * How a collection keeps the records it decoded, so a record is decrypted and parsed once and
 * not again by every handler that needs it. Writes through any collection of the namespace drop
 * the kept copy, so no one reads a stale value. Kept records are shared, so they are frozen.
 */
export type RecordCaching =
  /** Until written again: small records read on nearly every update (settings). */
  | "kept"
  /**
   * While the update that read them runs (Vault#duringUpdate), and dropped when it ends; read
   * outside any update (timers, sweeps), nothing is kept.
   */
  | "per-update";

export interface CollectionOptions<T> {
  readonly schema: z.ZodType<T>;
  /** Current schema version written with every record. */
  readonly version: number;
  /** Upgrades data written by an older version; absent = only the current version is read. */
  readonly migrate?: (fromVersion: number, data: unknown) => unknown;
  /**
   * Hash ids before they become storage keys. Use for ids that would reveal a number or name;
   * such collections can still be listed (each record should carry its own id).
   */
  readonly hashIds?: boolean;
  /** Keep decoded records in memory (see RecordCaching); absent = every read goes to the store. */
  readonly caching?: RecordCaching;
  /**
   * With `caching`: keep the whole listing (Collection#all) by the same rule, for small
   * namespaces listed more than once per update (bookings, holds).
   */
  readonly cacheListing?: boolean;
}

/** Thrown when a stored record fails its schema; content is never included. */
export class RecordError extends StoreError {
  override name = "RecordError";
}

/** How many updates are being handled now (Vault#duringUpdate): "per-update" records are kept only then. */
class UpdateScope {
  open = 0;
}

/** A kept record: decoded, or (after a write) the plaintext it decodes from when next read. */
type Kept<T> = { readonly value: T | undefined } | { readonly plaintext: string };

/** What the vault tracks about one namespace beyond SQLite, shared by every collection on it. */
class NamespaceState {
  /** Counts writes, so that a read which started before a write does not keep what it read. */
  writes = 0;
  /** The kept records of every caching collection on this namespace, by storage key. */
  readonly caches = new Set<Map<string, Kept<unknown>>>();
  /** Per storage key, the last write in flight that no caller waits for. Never rejects. */
  readonly pending = new Map<string, Promise<void>>();

  /** A record (or with no key, every record) is about to change or has changed. */
  changed(storageKey?: string): void {
    this.writes++;
    for (const cache of this.caches) {
      if (storageKey === undefined) cache.clear();
      else cache.delete(storageKey);
    }
  }

  /** Waits for the writes in flight on one record, or on all of them. */
  async written(storageKey?: string): Promise<void> {
    if (storageKey !== undefined) await this.pending.get(storageKey);
    else while (this.pending.size > 0) await Promise.all(this.pending.values());
  }
}

/**
 * Writes that no caller waits for (bookkeeping such as message ids and the verdict history):
 * they run while the update goes on, and Vault#settle waits for every one, so an update ends
 * with its writes in the store. No reply depends on them, so a failure does not fail the update:
 * it goes to the vault's error handler (the log), as a failed tracking write always did.
 */
class Backlog {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void) {}

  add(write: Promise<unknown>): Promise<void> {
    const done = write.then(() => undefined, this.onError);
    this.inFlight.add(done);
    void done.then(() => this.inFlight.delete(done));
    return done;
  }

  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }
}

/** Kept records are shared by every reader, so none may change them. */
function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A typed, encrypted, versioned set of records under one namespace. */
export class Collection<T> {
  private readonly cache: Map<string, Kept<T>> | undefined;
  /** The last listing and the namespace's write count it was read at. */
  private listing: { readonly writes: number; readonly values: readonly T[] } | undefined;
  /** Whether any record is stored, as of a count of writes; it holds nothing decrypted. */
  private occupancy: { readonly writes: number; readonly any: boolean } | undefined;
  /** Keyed hashes of the ids used in this update (per-update collections): a reply names a card several times. */
  private readonly hashedIds: Map<string, string> | undefined;

  constructor(
    private readonly namespace: string,
    private readonly store: NamespaceStore,
    private readonly state: NamespaceState,
    private readonly backlog: Backlog,
    private readonly scope: UpdateScope,
    private readonly keys: StoreKeys,
    private readonly options: CollectionOptions<T>,
  ) {
    if (options.caching) {
      this.cache = new Map();
      state.caches.add(this.cache as Map<string, Kept<unknown>>);
    }
    if (options.hashIds && options.caching === "per-update") this.hashedIds = new Map();
  }

  /** Whether the vault drops this collection's kept records at the end of every update. */
  get keptPerUpdate(): boolean {
    return this.options.caching === "per-update";
  }

  /** Whether what is decoded or written now may be kept: settings always, the rest only during an update. */
  private get keeping(): boolean {
    return this.cache !== undefined && (this.options.caching === "kept" || this.scope.open > 0);
  }

  /** Drops every kept record (at the end of an update). */
  forgetKept(): void {
    this.cache?.clear();
    this.listing = undefined;
    this.hashedIds?.clear();
  }

  /** The storage key of an id: safe to put into callback data, since it reveals nothing. */
  keyOf(id: string): string {
    return this.storageKey(id);
  }

  /** Reads a record by its storage key (e.g. from callback data). */
  async getByKey(storageKey: string): Promise<T | undefined> {
    return this.read(storageKey);
  }

  private storageKey(id: string): string {
    if (!this.options.hashIds) return id;
    let key = this.hashedIds?.get(id);
    if (key === undefined) {
      key = blindIndex(id, this.keys.index, this.namespace);
      if (this.scope.open > 0) this.hashedIds?.set(id, key);
    }
    return key;
  }

  private decode(storageKey: string, sealed: string): T {
    return this.parse(unseal(sealed, this.keys.encryption, `${this.namespace}/${storageKey}`));
  }

  private parse(plaintext: string): T {
    const envelope = JSON.parse(plaintext) as Envelope;
    const data =
      envelope.v === this.options.version
        ? envelope.d
        : this.options.migrate && envelope.v < this.options.version
          ? this.options.migrate(envelope.v, envelope.d)
          : undefined;
    const parsed = this.options.schema.safeParse(data);
    if (!parsed.success) throw new RecordError(`A record in "${this.namespace}" does not match its schema.`);
    return parsed.data;
  }

  async get(id: string): Promise<T | undefined> {
    return this.read(this.storageKey(id));
  }

  /** A kept record, decoded now if it was kept as plaintext; undefined when not kept. */
  private kept(storageKey: string): { value: T | undefined } | undefined {
    const kept = this.cache?.get(storageKey);
    if (kept === undefined || "value" in kept) return kept;
    const value = deepFreeze(this.parse(kept.plaintext));
    this.cache!.set(storageKey, { value });
    return { value };
  }

  /** Keeps what a read found, unless the record was written meanwhile; kept values are frozen. */
  private keep(storageKey: string, value: T | undefined, writesBefore: number): T | undefined {
    if (!this.keeping) return value;
    deepFreeze(value);
    if (this.state.writes === writesBefore) this.cache!.set(storageKey, { value });
    return value;
  }

  private async read(storageKey: string): Promise<T | undefined> {
    await this.state.written(storageKey);
    const kept = this.kept(storageKey);
    if (kept) return kept.value;
    const writes = this.state.writes;
    return this.keep(storageKey, await this.readStored(storageKey), writes);
  }

  private async readStored(storageKey: string): Promise<T | undefined> {
    const sealed = await this.store.keyv.get(storageKey);
    return sealed === undefined ? undefined : this.decode(storageKey, sealed);
  }

  async getMany(ids: readonly string[]): Promise<Array<T | undefined>> {
    if (ids.length === 0) return [];
    const keys = ids.map((id) => this.storageKey(id));
    await Promise.all(keys.map((key) => this.state.written(key)));
    const found = keys.map((key) => this.kept(key));
    const missing = keys.filter((_key, i) => found[i] === undefined);
    if (missing.length === 0) return found.map((k) => k!.value);
    const writes = this.state.writes;
    const sealed = await this.store.keyv.get<string>(missing);
    const read = new Map(
      missing.map((key, i) => {
        const value = sealed[i];
        return [key, this.keep(key, value === undefined || value === null ? undefined : this.decode(key, value), writes)] as const;
      }),
    );
    return keys.map((key, i) => found[i]?.value ?? read.get(key));
  }

  /** Validates and seals a record; the plaintext is kept for the cache. */
  private sealed(storageKey: string, value: T): { sealed: string; plaintext: string } {
    const envelope: Envelope = { v: this.options.version, d: this.options.schema.parse(value) };
    const plaintext = JSON.stringify(envelope);
    return { sealed: seal(plaintext, this.keys.encryption, `${this.namespace}/${storageKey}`), plaintext };
  }

  private async write(storageKey: string, record: { sealed: string; plaintext: string }): Promise<void> {
    this.state.changed(storageKey);
    await this.store.keyv.set(storageKey, record.sealed);
    this.state.changed(storageKey);
    if (this.keeping) this.cache!.set(storageKey, { plaintext: record.plaintext });
  }

  private async remove(storageKey: string): Promise<boolean> {
    this.state.changed(storageKey);
    const deleted = await this.store.keyv.delete(storageKey);
    this.state.changed(storageKey);
    if (this.keeping) this.cache!.set(storageKey, { value: undefined });
    return deleted;
  }

  async set(id: string, value: T): Promise<void> {
    const key = this.storageKey(id);
    const record = this.sealed(key, value);
    await this.state.written(key);
    await this.write(key, record);
  }

  /** Read, change and write one record. Callers serialise updates per chat (one owner, one update at a time). */
  async update(id: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const next = change(await this.get(id));
    if (next === undefined) await this.delete(id);
    else await this.set(id, next);
    return next;
  }

  async delete(id: string): Promise<boolean> {
    const key = this.storageKey(id);
    await this.state.written(key);
    return this.remove(key);
  }

  /**
   * Like `set`, but the caller does not wait for the store: for bookkeeping no reply depends on.
   * The record is validated now; the write queues behind earlier ones of the same record, reads
   * of it wait for it, and Vault#settle waits for all.
   */
  setLater(id: string, value: T): void {
    const key = this.storageKey(id);
    const record = this.sealed(key, value);
    this.queue(key, () => this.write(key, record));
  }

  /** Like `update`, without waiting; `change` runs once the record's earlier writes are done. */
  updateLater(id: string, change: (current: T | undefined) => T | undefined): void {
    const key = this.storageKey(id);
    this.queue(key, async () => {
      const kept = this.kept(key);
      const next = change(kept ? kept.value : await this.readStored(key));
      if (next === undefined) await this.remove(key);
      else await this.write(key, this.sealed(key, next));
    });
  }

  private queue(storageKey: string, write: () => Promise<unknown>): void {
    const previous = this.state.pending.get(storageKey);
    const done = this.backlog.add(previous ? previous.then(write) : write());
    this.state.pending.set(storageKey, done);
    void done.then(() => {
      if (this.state.pending.get(storageKey) === done) this.state.pending.delete(storageKey);
    });
  }

  async clear(): Promise<void> {
    await this.state.written();
    this.state.changed();
    await this.store.keyv.clear();
    this.state.changed();
  }

  /** Every record; the order is storage order. */
  async *values(): AsyncGenerator<T> {
    await this.state.written();
    for await (const [key, sealed] of this.sealedEntries()) yield this.decode(key, sealed);
  }

  /** Storage keys and sealed values in storage order, nothing decrypted. */
  private sealedEntries(): AsyncGenerator<[string, string]> {
    const iterate = this.store.keyv.iterator;
    if (!iterate) throw new StoreError("This store cannot list records.");
    return iterate.call(this.store.keyv, undefined) as AsyncGenerator<[string, string]>;
  }

  /**
   * Whether any record is stored, without opening one. The answer is remembered until the next
   * write, whatever the caching: a yes or no reveals nothing, and empty collections asked on every
   * update (running check-ins) then cost no round trip.
   */
  async hasAny(): Promise<boolean> {
    await this.state.written();
    if (this.occupancy?.writes === this.state.writes) return this.occupancy.any;
    const writes = this.state.writes;
    const entries = this.sealedEntries();
    const any = !(await entries.next()).done;
    await entries.return(undefined);
    if (this.state.writes === writes) this.occupancy = { writes, any };
    return any;
  }

  async all(): Promise<T[]> {
    if (!this.cache || !this.options.cacheListing) {
      const out: T[] = [];
      for await (const value of this.values()) out.push(value);
      return out;
    }
    await this.state.written();
    if (this.listing?.writes !== this.state.writes) {
      const writes = this.state.writes;
      const values: T[] = [];
      for await (const value of this.values()) values.push(deepFreeze(value));
      if (this.keeping && this.state.writes === writes) this.listing = { writes, values };
      return values;
    }
    return [...this.listing.values];
  }
}

export interface VaultOptions {
  readonly dataDir: string;
  readonly masterKey: Buffer;
  readonly onError: (error: unknown) => void;
}

/** The encrypted store: one SQLite file, one table per namespace, every value sealed. */
export class Vault {
  private readonly namespaces = new Map<string, NamespaceStore>();
  private readonly states = new Map<string, NamespaceState>();
  private readonly perUpdate = new Set<Collection<unknown>>();
  private readonly scope = new UpdateScope();
  private readonly backlog: Backlog;
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly keys: StoreKeys,
    private readonly onError: (error: unknown) => void,
  ) {
    this.backlog = new Backlog(onError);
  }

  /** Opens (or creates) the store. A wrong key is refused before the file is opened for writing. */
  static async open(options: VaultOptions): Promise<Vault> {
    ensureDataDir(options.dataDir);
    const file = databasePath(options.dataDir);
    const keys = deriveKeys(options.masterKey);
    if (existsSync(file)) {
      const check = await readOnlyLookup(file, `ql_${META}`, `${KEYV_PREFIX}${KEY_CHECK}`);
      if (check !== undefined && !keyMatches(check, keys)) throw new WrongKeyError();
    }
    const vault = new Vault(file, keys, options.onError);
    const meta = await vault.namespace(META);
    if ((await meta.keyv.get(KEY_CHECK)) === undefined) {
      await meta.keyv.set(KEY_CHECK, seal(KEY_CHECK_PLAINTEXT, keys.encryption, `${META}/${KEY_CHECK}`));
    }
    return vault;
  }

  private async namespace(name: string): Promise<NamespaceStore> {
    if (this.closed) throw new StoreError("The store is closed.");
    let store = this.namespaces.get(name);
    if (!store) {
      store = await openNamespace(this.file, name, this.onError);
      this.namespaces.set(name, store);
    }
    return store;
  }

  private stateOf(name: string): NamespaceState {
    let state = this.states.get(name);
    if (!state) this.states.set(name, (state = new NamespaceState()));
    return state;
  }

  async collection<T>(name: string, options: CollectionOptions<T>): Promise<Collection<T>> {
    if (!/^[a-z][a-z0-9_]*$/.test(name) || name === META) throw new StoreError(`Invalid collection name "${name}".`);
    const collection = new Collection(name, await this.namespace(name), this.stateOf(name), this.backlog, this.scope, this.keys, options);
    if (collection.keptPerUpdate) this.perUpdate.add(collection as Collection<unknown>);
    return collection;
  }

  /** Waits for every write no caller waited for (Collection#setLater); failures went to `onError`. */
  settle(): Promise<void> {
    return this.backlog.settle();
  }

  /**
   * Handles one update (or work like it, such as a report from her phone): "per-update" records
   * are kept while it runs; when it ends, also by an error, the writes no caller waited for are in
   * the store and the records it kept are dropped, so nothing it decrypted stays in memory.
   */
  async duringUpdate<R>(work: () => Promise<R>): Promise<R> {
    this.scope.open++;
    try {
      return await work();
    } finally {
      await this.settle();
      this.scope.open--;
      for (const collection of this.perUpdate) collection.forgetKept();
    }
  }

  /** Keyed hash for index records (e.g. alias → contacts) that must not reveal their key. */
  indexKey(purpose: string, value: string): string {
    return blindIndex(value, this.keys.index, purpose);
  }

  /** Deletes every record of every namespace opened so far, keeping the key check. */
  async wipe(): Promise<void> {
    await this.settle();
    for (const [name, store] of this.namespaces) {
      if (name === META) continue;
      const state = this.stateOf(name);
      state.changed();
      await store.keyv.clear();
      state.changed();
    }
    const meta = await this.namespace(META);
    await meta.adapter.query("PRAGMA wal_checkpoint(TRUNCATE)");
    await meta.adapter.query("VACUUM");
  }

  async checkpoint(): Promise<void> {
    const meta = await this.namespace(META);
    await meta.adapter.query("PRAGMA wal_checkpoint(TRUNCATE)");
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.settle();
    this.closed = true;
    for (const store of this.namespaces.values()) {
      try {
        await store.keyv.disconnect();
      } catch (error) {
        this.onError(error);
      }
    }
    this.namespaces.clear();
  }
}

function keyMatches(sealedCheck: string, keys: StoreKeys): boolean {
  try {
    const raw = JSON.parse(sealedCheck) as { value?: unknown };
    const sealed = typeof raw.value === "string" ? raw.value : sealedCheck;
    return constantTimeEqual(unseal(sealed, keys.encryption, `${META}/${KEY_CHECK}`), KEY_CHECK_PLAINTEXT);
  } catch {
    return false;
  }
}
