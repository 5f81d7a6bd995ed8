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
}

/** Thrown when a stored record fails its schema; content is never included. */
export class RecordError extends StoreError {
  override name = "RecordError";
}

/** A typed, encrypted, versioned set of records under one namespace. */
export class Collection<T> {
  constructor(
    private readonly namespace: string,
    private readonly store: NamespaceStore,
    private readonly keys: StoreKeys,
    private readonly options: CollectionOptions<T>,
  ) {}

  /** The storage key of an id: safe to put into callback data, since it reveals nothing. */
  keyOf(id: string): string {
    return this.storageKey(id);
  }

  /** Reads a record by its storage key (e.g. from callback data). */
  async getByKey(storageKey: string): Promise<T | undefined> {
    const sealed = await this.store.keyv.get(storageKey);
    return sealed === undefined ? undefined : this.decode(storageKey, sealed);
  }

  private storageKey(id: string): string {
    return this.options.hashIds ? blindIndex(id, this.keys.index, this.namespace) : id;
  }

  private decode(storageKey: string, sealed: string): T {
    const envelope = JSON.parse(unseal(sealed, this.keys.encryption, `${this.namespace}/${storageKey}`)) as Envelope;
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
    const key = this.storageKey(id);
    const sealed = await this.store.keyv.get(key);
    return sealed === undefined ? undefined : this.decode(key, sealed);
  }

  async getMany(ids: readonly string[]): Promise<Array<T | undefined>> {
    if (ids.length === 0) return [];
    const keys = ids.map((id) => this.storageKey(id));
    const sealed = await this.store.keyv.get<string>(keys);
    return sealed.map((value, i) => (value === undefined || value === null ? undefined : this.decode(keys[i]!, value)));
  }

  async set(id: string, value: T): Promise<void> {
    const checked = this.options.schema.parse(value);
    const key = this.storageKey(id);
    const envelope: Envelope = { v: this.options.version, d: checked };
    await this.store.keyv.set(key, seal(JSON.stringify(envelope), this.keys.encryption, `${this.namespace}/${key}`));
  }

  /** Read, change and write one record. Callers serialise updates per chat (one owner, one update at a time). */
  async update(id: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const next = change(await this.get(id));
    if (next === undefined) await this.delete(id);
    else await this.set(id, next);
    return next;
  }

  async delete(id: string): Promise<boolean> {
    return this.store.keyv.delete(this.storageKey(id));
  }

  async clear(): Promise<void> {
    await this.store.keyv.clear();
  }

  /** Every record; the order is storage order. */
  async *values(): AsyncGenerator<T> {
    const iterate = this.store.keyv.iterator;
    if (!iterate) throw new StoreError("This store cannot list records.");
    for await (const [key, sealed] of iterate.call(this.store.keyv, undefined) as AsyncGenerator<[string, string]>) {
      yield this.decode(key, sealed);
    }
  }

  async all(): Promise<T[]> {
    const out: T[] = [];
    for await (const value of this.values()) out.push(value);
    return out;
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
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly keys: StoreKeys,
    private readonly onError: (error: unknown) => void,
  ) {}

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

  async collection<T>(name: string, options: CollectionOptions<T>): Promise<Collection<T>> {
    if (!/^[a-z][a-z0-9_]*$/.test(name) || name === META) throw new StoreError(`Invalid collection name "${name}".`);
    return new Collection(name, await this.namespace(name), this.keys, options);
  }

  /** Keyed hash for index records (e.g. alias → contacts) that must not reveal their key. */
  indexKey(purpose: string, value: string): string {
    return blindIndex(value, this.keys.index, purpose);
  }

  /** Deletes every record of every namespace opened so far, keeping the key check. */
  async wipe(): Promise<void> {
    for (const [name, store] of this.namespaces) {
      if (name !== META) await store.keyv.clear();
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
