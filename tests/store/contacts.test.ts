import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InboundEvent } from "../../src/core/inbox/types.js";
import { ContactRepository, type ContactStores } from "../../src/store/contacts.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { aliasIndexSchema, CONTACT_VERSION, contactSchema } from "../../src/store/records/contact.js";
import { Vault } from "../../src/store/vault.js";
import { readableText } from "../support/plaintext.js";

const DAY = 86_400_000;
const TOM = "+491712345678";
const ANNA = "+491609876543";
const OTHER_TOM = "+4915112345678";

function missedCall(at: number, callback = false): InboundEvent {
  return {
    kind: "missed-call",
    caller: { kind: "number", e164: TOM, country: "DE", line: "mobile", foreign: false },
    at,
    atSource: "text",
    attempts: 1,
    asked: { callback },
  };
}

describe("ContactRepository", () => {
  let dir: string;
  let masterKey: Buffer;
  let vault: Vault;
  let now: number;
  let repo: ContactRepository;

  async function open(): Promise<void> {
    vault = await Vault.open({ dataDir: dir, masterKey, onError: () => undefined });
    const stores: ContactStores = {
      contacts: await vault.collection("contacts", { schema: contactSchema, version: CONTACT_VERSION, hashIds: true }),
      aliases: await vault.collection("aliases", { schema: aliasIndexSchema, version: 1, hashIds: true }),
    };
    repo = new ContactRepository(stores, { clock: () => now, region: "DE" });
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "quietline-contacts-"));
    masterKey = decodeMasterKey(generateMasterKey())!;
    now = Date.UTC(2026, 2, 12, 12, 0);
    await open();
  });
  afterEach(async () => {
    await vault.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("round-trips a full card through the encrypted store, and the file reveals nothing", async () => {
    await repo.setAlias(TOM, "Tom");
    await repo.setFlag(TOM, "nocall", { reason: "forwarded-to-office" });
    await repo.addNote(TOM, "mag es ruhig");
    const hours = await repo.setAllowedHoursText(TOM, "Mo-Fr 12-14");
    expect(hours.ok).toBe(true);
    await repo.addEvents(TOM, [missedCall(now - 60_000, true)]);
    await repo.recordOutcome(TOM, "someone-else");
    await vault.close();

    const raw = readableText(Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f)))));
    expect(readableText(`q1.AbTomC== {"alias":"Tom"}`)).toContain('"Tom"'); // the scan still sees plaintext
    for (const secret of ["2345678", "Tom", "mag es ruhig", "nocall"]) expect(raw).not.toContain(secret);

    await open();
    const card = await repo.get(TOM);
    expect(card).toMatchObject({
      e164: TOM,
      alias: "Tom",
      flags: { nocall: { by: "owner", reason: "forwarded-to-office", at: now } },
      notes: [{ at: now, text: "mag es ruhig" }],
      outcomes: [{ outcome: "someone-else", at: now }],
    });
    expect(card?.allowedHours?.[1]).toEqual([{ start: 720, end: 840 }]);
    expect(card?.allowedHours?.[0]).toEqual([]);
    expect(card?.events).toEqual([
      { kind: "missed-call", at: now - 60_000, atSource: "text", attempts: 1, asked: { callback: true }, recordedAt: now },
    ]);
    expect(await repo.getByKey(repo.keyOf(TOM))).toEqual(card);
    expect(await repo.getByKey("A".repeat(32))).toBeUndefined();
  });

  it("resolves numbers in any notation and unambiguous aliases", async () => {
    await repo.setAlias(TOM, "Tom");
    await repo.setAlias(ANNA, "Anna");
    for (const written of ["0171 2345678", "+49 171 2345678", "0171/2345678", "0049 (0)171-2345678", "491712345678"]) {
      const r = await repo.resolve(written);
      expect(r.kind).toBe("number");
      if (r.kind === "number") expect(r.contact?.alias).toBe("Tom");
    }
    const byAlias = await repo.resolve("tom");
    expect(byAlias.kind === "alias" && byAlias.phone.e164).toBe(TOM);
    expect((await repo.resolve("unbekannt")).kind).toBe("withheld");
    expect((await repo.resolve("3311")).kind).toBe("invalid-number");
    expect(await repo.resolve("0151 2223334")).toEqual({
      kind: "invalid-number",
      wrongLength: { problem: "too-short", typed: "0151 2223334", country: "DE", line: "mobile", digits: 11, expectedDigits: [12], by: 1 },
    });
    expect((await repo.resolveLeading("0151 2223334 nur mittags")).resolution).toMatchObject({ kind: "invalid-number", wrongLength: { by: 1 } });
    expect((await repo.resolve("Nobody")).kind).toBe("unknown");

    await repo.setAlias(OTHER_TOM, "TOM");
    const ambiguous = await repo.resolve("Tom");
    expect(ambiguous.kind).toBe("ambiguous");
    if (ambiguous.kind === "ambiguous") expect(ambiguous.contacts.map((c) => c.e164).sort()).toEqual([OTHER_TOM, TOM].sort());

    // Renaming one makes the other unambiguous again.
    await repo.setAlias(OTHER_TOM, "Tim");
    expect((await repo.resolve("Tom")).kind).toBe("alias");
    expect((await repo.resolve("tim")).kind).toBe("alias");
  });

  it("splits a leading number or alias from the rest of a command", async () => {
    await repo.setAlias(ANNA, "Anna Lena");
    const a = await repo.resolveLeading("0171 2345678 mag es ruhig");
    expect(a.resolution.kind).toBe("number");
    expect(a.rest).toBe("mag es ruhig");
    const b = await repo.resolveLeading("+49 (0) 171 234 5678 nur SMS");
    expect(b.resolution.kind === "number" && b.resolution.phone.e164).toBe(TOM);
    expect(b.rest).toBe("nur SMS");
    const c = await repo.resolveLeading("anna lena kommt dienstags");
    expect(c.resolution.kind).toBe("alias");
    expect(c.rest).toBe("kommt dienstags");
    const d = await repo.resolveLeading("Nobody hello");
    expect(d.resolution.kind).toBe("unknown");
  });

  it("keeps the same event once when pasted twice", async () => {
    const first = await repo.addEvents(TOM, [missedCall(now - 5 * 60_000)]);
    expect(first).toMatchObject({ added: 1, duplicates: 0 });
    const again = await repo.addEvents(TOM, [missedCall(now - 5 * 60_000), missedCall(now - 60_000)]);
    expect(again).toMatchObject({ added: 1, duplicates: 1 });
    expect((await repo.get(TOM))?.events.map((e) => e.at)).toEqual([now - 5 * 60_000, now - 60_000]);
  });

  it("forgets a number: card and alias index", async () => {
    await repo.setAlias(TOM, "Tom");
    await repo.addNote(TOM, "x");
    expect(await repo.forget(TOM)).toBe(true);
    expect(await repo.get(TOM)).toBeUndefined();
    expect((await repo.resolve("Tom")).kind).toBe("unknown");
    expect(await repo.findByAlias("tom")).toEqual([]);
    expect(await repo.forget(TOM)).toBe(false);
  });

  it("prunes events past retention but keeps flags, notes and the card", async () => {
    await repo.setFlag(TOM, "landline");
    await repo.addNote(TOM, "nur SMS");
    // Told today about a 40-day-old event: retention counts from today.
    await repo.addEvents(TOM, [missedCall(now - 40 * DAY)]);
    expect((await repo.get(TOM))?.events).toHaveLength(1);
    now += 20 * DAY;
    await repo.addEvents(TOM, [missedCall(now - DAY)]);
    const recent = now - DAY;
    now += 15 * DAY;

    const result = await repo.pruneEvents(now);
    expect(result).toEqual({ cardsChanged: 1, eventsRemoved: 1 });
    const card = await repo.get(TOM);
    expect(card?.events.map((e) => e.at)).toEqual([recent]);
    expect(card?.flags.landline).toBeDefined();
    expect(card?.notes).toHaveLength(1);
    expect(await repo.pruneEvents(now)).toEqual({ cardsChanged: 0, eventsRemoved: 0 });
    expect(await repo.pruneEvents(now, 7)).toEqual({ cardsChanged: 1, eventsRemoved: 1 });
    expect(await repo.get(TOM)).toMatchObject({ events: [], notes: [{ text: "nur SMS" }] });
  });

  it("lists recent contacts by last activity and clears flags", async () => {
    await repo.setAlias(TOM, "Tom");
    now += 1000;
    await repo.setAlias(ANNA, "Anna");
    now += 1000;
    await repo.addEvents(TOM, [missedCall(now)]);
    const { contacts, total } = await repo.recent(10);
    expect(total).toBe(2);
    expect(contacts.map((c) => c.alias)).toEqual(["Tom", "Anna"]);
    expect((await repo.recent(1, 1)).contacts.map((c) => c.alias)).toEqual(["Anna"]);

    await repo.setFlag(ANNA, "blocked");
    expect(Object.keys((await repo.clearFlag(ANNA, "blocked")).flags)).toEqual([]);
  });

  it("refuses hours it cannot read", async () => {
    const result = await repo.setAllowedHoursText(TOM, "whenever");
    expect(result.ok).toBe(false);
    expect(await repo.get(TOM)).toBeUndefined();
  });
});
