import { createHmac, randomBytes } from "node:crypto";
import type { WarnListEntry } from "../core/safety/warnlist.js";
import { WARNLIST_META_ID, type WarnListBucket, type WarnListMeta } from "./records/safety.js";
import type { Stores } from "./stores.js";

type WarnStores = Pick<Stores, "warnList" | "warnListBuckets">;

const hashOf = (key: string, e164: string) => createHmac("sha256", Buffer.from(key, "base64url")).update(e164).digest("base64url");
const bucketId = (generation: string, first: string) => `${generation}.${first}`;

export async function warnListInfo(stores: WarnStores): Promise<WarnListMeta | undefined> {
  return stores.warnList.get(WARNLIST_META_ID);
}

/**
 * Replaces the warning list with `entries` (already checked whole by parseWarnList). The new list
 * is written beside the old one and takes over with a single write, so a crash in between leaves
 * the old list in force; the old buckets are deleted after.
 */
export async function importWarnList(
  stores: WarnStores,
  entries: readonly WarnListEntry[],
  options: { readonly now: number; readonly duplicates: number },
): Promise<WarnListMeta> {
  const generation = randomBytes(6).toString("base64url");
  const key = randomBytes(32).toString("base64url");
  const buckets = new Map<string, WarnListBucket["entries"]>();
  for (const entry of entries) {
    const hash = hashOf(key, entry.e164);
    let bucket = buckets.get(hash[0]!);
    if (!bucket) buckets.set(hash[0]!, (bucket = []));
    bucket.push([hash.slice(1), entry.reason]);
  }
  for (const [first, bucket] of buckets) {
    await stores.warnListBuckets.set(bucketId(generation, first), { generation, bucket: first, entries: bucket });
  }
  const meta: WarnListMeta = { generation, key, count: entries.length, duplicates: options.duplicates, importedAt: options.now };
  await stores.warnList.set(WARNLIST_META_ID, meta);
  await dropOtherGenerations(stores, generation);
  return meta;
}

/** Deletes buckets of earlier lists, and of an import a crash cut short. */
async function dropOtherGenerations(stores: WarnStores, current: string | undefined): Promise<void> {
  const stale: string[] = [];
  for await (const b of stores.warnListBuckets.values()) if (b.generation !== current) stale.push(bucketId(b.generation, b.bucket));
  for (const id of stale) await stores.warnListBuckets.delete(id);
}

export async function clearWarnList(stores: WarnStores): Promise<boolean> {
  const existed = await stores.warnList.delete(WARNLIST_META_ID);
  await dropOtherGenerations(stores, undefined);
  return existed;
}

/** The reason a number is on the warning list, or undefined when it is not (one bucket is read). */
export async function warnListReason(stores: WarnStores, e164: string): Promise<string | undefined> {
  const meta = await warnListInfo(stores);
  if (!meta) return undefined;
  const hash = hashOf(meta.key, e164);
  const bucket = await stores.warnListBuckets.get(bucketId(meta.generation, hash[0]!));
  if (!bucket || bucket.generation !== meta.generation) return undefined;
  const rest = hash.slice(1);
  return bucket.entries.find(([h]) => h === rest)?.[1];
}
