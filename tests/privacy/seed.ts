import { existsSync, readFileSync } from "node:fs";
import type { AppServices } from "../../src/bot/context.js";
import { contactsOf } from "../../src/store/contacts.js";
import { listNamespaces, openSqliteFile, readRows } from "../../src/store/sqlite-file.js";

export const SECRET = {
  e164: "+491712345678",
  national: "0171 2345678",
  alias: "Kowalczyk",
  note: "Tiefgarage Nordeingang",
};

/** Stores a card with alias, note, flag and an event, straight through the contact repository. */
export async function seedContact(services: AppServices, e164 = SECRET.e164, alias = SECRET.alias, note = SECRET.note): Promise<void> {
  const contacts = contactsOf(services);
  await contacts.getOrCreate(e164);
  await contacts.setAlias(e164, alias);
  await contacts.addNote(e164, note);
  await contacts.addEvents(e164, [
    {
      kind: "voicemail",
      caller: { kind: "number", e164, region: "DE", type: "mobile" } as never,
      at: services.clock() - 3_600_000,
      atSource: "text",
      attempts: 1,
      asked: { callback: true },
    },
  ]);
}

/** Row counts per namespace, read straight from the file. */
export async function rowCounts(file: string): Promise<Record<string, number>> {
  const db = await openSqliteFile(file, "readonly");
  try {
    const counts: Record<string, number> = {};
    for (const ns of await listNamespaces(db)) counts[ns] = (await readRows(db, ns)).length;
    return counts;
  } finally {
    await db.close();
  }
}

export async function sealedValues(file: string): Promise<string[]> {
  const db = await openSqliteFile(file, "readonly");
  try {
    const out: string[] = [];
    for (const ns of await listNamespaces(db)) for (const row of await readRows(db, ns)) if (ns !== "meta") out.push(row.sealed);
    return out;
  } finally {
    await db.close();
  }
}

/** The database file with its WAL and rollback journal, as raw bytes. */
export function storeBytes(file: string): Buffer {
  return Buffer.concat([file, `${file}-wal`, `${file}-journal`, `${file}-shm`].filter(existsSync).map((f) => readFileSync(f)));
}
