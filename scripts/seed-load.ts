/**
 * Fills an encrypted store for the load benchmark: 10,000 contact cards with 10 inbound events
 * each (100,000 events), an alias per card, and 1,000 bookings — written through the Stores API.
 *
 *   npx tsx scripts/seed-load.ts <dataDir> <base64 key>
 */
import { mkdirSync } from "node:fs";
import { addBooking } from "../src/store/appointments.js";
import { decodeMasterKey } from "../src/store/crypto.js";
import type { ContactRecord, StoredEvent } from "../src/store/records/contact.js";
import { openStores } from "../src/store/stores.js";
import { Vault } from "../src/store/vault.js";

export const LOAD = { contacts: 10_000, eventsPerContact: 10, bookings: 1_000 } as const;
/** The moment the load benchmark pretends it is (the harness's default clock). */
export const LOAD_NOW = Date.UTC(2026, 10, 23, 11, 0);
const HOUR = 3_600_000;

/** The i-th seeded number, as E.164 and as she would type it. */
export function loadNumber(i: number): { e164: string; typed: string } {
  const subscriber = String(2_000_000 + i);
  return { e164: `+49151${subscriber}`, typed: `0151 ${subscriber}` };
}

/** A distinct alias of letters only ("Kaab", "Kaac", …). */
export function loadAlias(i: number): string {
  let s = "";
  let n = i;
  for (let k = 0; k < 4; k++) {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return `K${s}`;
}

function events(i: number): StoredEvent[] {
  return Array.from({ length: LOAD.eventsPerContact }, (_, k) => {
    const at = LOAD_NOW - (k * 29 + (i % 23)) * HOUR;
    return {
      kind: (["missed-call", "voicemail", "sms", "callback-request"] as const)[(i + k) % 4]!,
      at,
      atSource: "text" as const,
      attempts: 1 + (k % 3),
      asked: { callback: k % 2 === 0, ...(k % 3 === 0 && { appointment: { day: { kind: "today" as const } } }) },
      recordedAt: at + 60_000,
    };
  });
}

/** Runs `task` over 0..count-1 with at most `width` in flight (SQLite queues them; this keeps the queue full). */
async function inParallel(count: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

export async function seedLoadStore(dataDir: string, masterKey: Buffer): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const vault = await Vault.open({ dataDir, masterKey, onError: () => undefined });
  try {
    const stores = await openStores(vault);
    await inParallel(LOAD.contacts, 32, async (i) => {
      const { e164 } = loadNumber(i);
      const alias = loadAlias(i);
      const card: ContactRecord = {
        e164,
        alias,
        flags: i % 7 === 0 ? { nocall: { at: LOAD_NOW - 40 * 24 * HOUR, by: "owner" } } : {},
        notes: i % 5 === 0 ? [{ at: LOAD_NOW - 10 * 24 * HOUR, text: "nur mittags erreichbar" }] : [],
        events: events(i),
        outcomes: [],
        createdAt: LOAD_NOW - 60 * 24 * HOUR,
        updatedAt: LOAD_NOW - (i % 500) * HOUR,
      };
      await stores.contacts.set(e164, card);
      await stores.aliases.set(alias.toLocaleLowerCase("de"), { alias: alias.toLocaleLowerCase("de"), numbers: [e164] });
    });
    // One a day at varying hours, from 500 days back to 500 ahead; one at a time, as she books
    // (a month's bookings share a record).
    for (let i = 0; i < LOAD.bookings; i++) {
      const start = LOAD_NOW + (i - 500) * 24 * HOUR + ((i % 8) - 2) * HOUR;
      await addBooking(stores, { start, end: start + HOUR }, start - 48 * HOUR);
    }
    await vault.checkpoint();
  } finally {
    await vault.close();
  }
}

// The file name too: the load benchmark bundles this module, and the bundle shares one import.meta.url.
if (import.meta.url === `file://${process.argv[1]}` && import.meta.url.endsWith("/seed-load.ts")) {
  const [dataDir, key] = process.argv.slice(2);
  const masterKey = key ? decodeMasterKey(key) : undefined;
  if (!dataDir || !masterKey) {
    process.stderr.write("usage: npx tsx scripts/seed-load.ts <dataDir> <base64 key>\n");
    process.exit(2);
  }
  const started = performance.now();
  await seedLoadStore(dataDir, masterKey);
  process.stdout.write(`seeded ${LOAD.contacts} contacts, ${LOAD.contacts * LOAD.eventsPerContact} events, ${LOAD.bookings} bookings in ${Math.round(performance.now() - started)} ms\n`);
}
