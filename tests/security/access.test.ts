import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allFeatures } from "../../src/bot/features/index.js";
import { translatorFor } from "../../src/bot/i18n.js";
import { listNamespaces, openSqliteFile, readRows } from "../../src/store/sqlite-file.js";
import { createHarness, OWNER_ID, type Harness } from "../support/harness.js";
import { SECRET, seedContact } from "../privacy/seed.js";

const STRANGER = 777_001;
const GROUP = -100_555;

/** Every row of every table, sealed: any write (even of the same data) changes it, fresh IVs. */
async function snapshot(h: Harness): Promise<string> {
  const db = await openSqliteFile(h.services.vault.file, "readonly");
  try {
    const out: string[] = [];
    for (const ns of await listNamespaces(db)) for (const r of await readRows(db, ns)) out.push(`${ns}/${r.storageKey}=${r.sealed}`);
    return out.sort().join("\n");
  } finally {
    await db.close();
  }
}

let updateId = 50_000;
let messageId = 90_000;
const user = (id: number) => ({ id, is_bot: false, first_name: "Anyone", language_code: "de" });
const chatOf = (kind: "stranger" | "group") =>
  kind === "stranger" ? { id: STRANGER, type: "private" as const, first_name: "Anyone" } : { id: GROUP, type: "group" as const, title: "Some group" };
const senderOf = (kind: "stranger" | "group") => user(kind === "stranger" ? STRANGER : OWNER_ID);

function message(kind: "stranger" | "group", extra: Record<string, unknown>): Update {
  return {
    update_id: ++updateId,
    message: { message_id: ++messageId, date: 1_800_000_000, chat: chatOf(kind), from: senderOf(kind), ...extra },
  } as unknown as Update;
}

function command(kind: "stranger" | "group", text: string): Update {
  const name = /^\/\w+/.exec(text)![0];
  return message(kind, { text, entities: [{ type: "bot_command", offset: 0, length: name.length }] });
}

function attempts(kind: "stranger" | "group", ownerButtons: readonly string[]): Array<[string, Update]> {
  const list: Array<[string, Update]> = [];
  const t = translatorFor("de");
  for (const spec of allFeatures().flatMap((f) => f.commands)) {
    const example = t(spec.example);
    list.push([`/${spec.command}`, command(kind, `/${spec.command}`)]);
    list.push([example, command(kind, example.startsWith("/") ? example : `/${spec.command}`)]);
  }
  list.push(["plain text", message(kind, { text: `Entgangener Anruf ${SECRET.national}` })]);
  list.push(["a number check", message(kind, { text: `darf ich ${SECRET.national} zurückrufen?` })]);
  list.push(["the wipe word", message(kind, { text: "LÖSCHEN" })]);
  list.push(["a shared contact", message(kind, { contact: { phone_number: SECRET.e164, first_name: "Tom" } })]);
  list.push([
    "a forwarded note",
    message(kind, {
      text: `Mailbox 8:05 – "Hallo, hier ist Tom, ruf mich an unter ${SECRET.national}"`,
      forward_origin: { type: "hidden_user", sender_user_name: "Tom", date: 1_800_000_000 },
    }),
  ]);
  list.push(["a document", message(kind, { document: { file_id: "x", file_unique_id: "x", file_name: "backup.qlbackup" } })]);
  list.push([
    "an edited message",
    {
      update_id: ++updateId,
      edited_message: { message_id: messageId, date: 1_800_000_000, edit_date: 1_800_000_100, chat: chatOf(kind), from: senderOf(kind), text: "/wipe" },
    } as unknown as Update,
  ]);
  for (const data of ownerButtons) {
    list.push([
      `callback ${data}`,
      {
        update_id: ++updateId,
        callback_query: {
          id: String(updateId),
          from: senderOf(kind),
          chat_instance: "copied",
          data,
          message: { message_id: 1, date: 1_800_000_000, chat: chatOf(kind), text: "…" },
        },
      } as unknown as Update,
    ]);
  }
  list.push([
    "an inline query",
    { update_id: ++updateId, inline_query: { id: "iq", from: senderOf(kind), query: SECRET.national, offset: "" } } as unknown as Update,
  ]);
  return list;
}

describe("access proofs: only the owner, only in private", () => {
  let h: Harness;
  let ownerButtons: string[];
  beforeAll(async () => {
    h = await createHarness();
    await seedContact(h.services);
    for (const text of ["/privacy", "/contacts", `/contact ${SECRET.national}`, "/settings", "/rules", "/wipe"]) await h.send(text);
    ownerButtons = [
      ...new Set(
        h.apiCalls.flatMap((c) =>
          ((c.params.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)?.inline_keyboard ?? [])
            .flat()
            .flatMap((b) => (b.callback_data ? [b.callback_data] : [])),
        ),
      ),
    ];
  });
  afterAll(() => h.close());

  it("collected real buttons and every registered command to try", () => {
    expect(ownerButtons.length).toBeGreaterThan(5);
    expect(allFeatures().flatMap((f) => f.commands).map((c) => c.command)).toEqual(expect.arrayContaining(["wipe", "export", "privacy"]));
  });

  for (const kind of ["stranger", "group"] as const) {
    it(`${kind === "stranger" ? "a stranger in a private chat" : "the owner inside a group"} gets nothing and nothing is stored`, async () => {
      const before = await snapshot(h);
      const shownBefore = h.surface.shown.length;
      for (const [label, update] of attempts(kind, ownerButtons)) {
        const calls = h.apiCalls.length;
        await h.update(update);
        const made = h.apiCalls.slice(calls).map((c) => c.method);
        const allowed = kind === "group" ? ["leaveChat"] : []; // it leaves any group it is in
        expect({ label, made }).toEqual({ label, made: made.filter((m) => allowed.includes(m)) });
        if (kind === "group") for (const c of h.apiCalls.slice(calls)) expect(c.params.chat_id).toBe(GROUP);
      }
      expect(h.surface.shown.length).toBe(shownBefore);
      expect(await snapshot(h)).toBe(before);
    });
  }

  it("the owner's pending /wipe is not confirmed by anyone else, and she still can", async () => {
    // /wipe was the owner's last command in beforeAll; strangers typed the word above.
    expect((await h.services.stores.contacts.all()).length).toBeGreaterThan(0);
    await h.send("LÖSCHEN");
    expect(h.last().html).toContain("Alles gelöscht");
    expect(await h.services.stores.contacts.all()).toEqual([]);
  });
});
