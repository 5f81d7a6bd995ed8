import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BackupError, decryptBackup, encryptBackup, type BackupPayload, type KdfParams } from "../../src/store/backup.js";
import { contactsOf } from "../../src/store/contacts.js";
import { createHarness, type Harness } from "../support/harness.js";
import { SECRET, seedContact } from "./seed.js";

const FAST: KdfParams = { log2N: 14, r: 8, p: 1 };
const payload: BackupPayload = {
  app: "quietline",
  format: 1,
  createdAt: 1_700_000_000_000,
  records: [{ ns: "contacts", id: SECRET.e164, v: 1, d: { note: SECRET.note } }],
};

async function problemOf(file: Buffer, passphrase: string): Promise<string> {
  try {
    await decryptBackup(file, passphrase);
    return "opened";
  } catch (error) {
    return error instanceof BackupError ? error.problem : `unexpected ${String(error)}`;
  }
}

describe("backup file format", () => {
  it("round-trips with the strong default parameters and hides its content", async () => {
    const file = await encryptBackup(payload, "drei wörter mit 7");
    expect(file.subarray(0, 8).toString()).toBe("QLBACKUP");
    expect(file[10]).toBe(17); // log2 N
    expect(file.includes(Buffer.from(SECRET.note))).toBe(false);
    expect(file.includes(Buffer.from(SECRET.e164))).toBe(false);
    expect(await decryptBackup(file, "drei wörter mit 7")).toEqual(payload);
  });

  it("refuses a wrong passphrase, a changed byte anywhere, a truncated or foreign file", async () => {
    const file = await encryptBackup(payload, "richtige passphrase", FAST);
    expect(await problemOf(file, "falsche passphrase")).toBe("wrong-passphrase-or-damaged");
    for (const at of [12, 20, 45, file.length - 20, file.length - 1]) {
      const damaged = Buffer.from(file);
      damaged[at] = damaged[at]! ^ 0x01;
      expect(await problemOf(damaged, "richtige passphrase")).toBe("wrong-passphrase-or-damaged");
    }
    expect(await problemOf(file.subarray(0, 30), "richtige passphrase")).toBe("not-a-backup");
    expect(await problemOf(Buffer.from("BEGIN:VCARD\nEND:VCARD\n".repeat(5)), "x")).toBe("not-a-backup");
    const newer = Buffer.from(file);
    newer[8] = 2;
    expect(await problemOf(newer, "richtige passphrase")).toBe("unsupported-version");
    const greedy = Buffer.from(file);
    greedy[10] = 30; // a file must not make us allocate 2^30 × r × 128 bytes
    expect(await problemOf(greedy, "richtige passphrase")).toBe("wrong-passphrase-or-damaged");
  });
});

let open: Harness[] = [];
afterEach(async () => {
  for (const h of open) await h.close();
  open = [];
});
async function harness() {
  const h = await createHarness();
  open.push(h);
  return h;
}

async function exportFrom(h: Harness, passphrase: string): Promise<Buffer> {
  await h.send("/export");
  expect(h.last().html).toContain("Passphrase");
  await h.send("kurz");
  expect(h.last().html).toContain("zu kurz");
  const files = h.surface.files.length;
  const update = h.bridge.textUpdate(passphrase);
  await h.update(update);
  expect(h.surface.removedIds).toContain(update.message!.message_id);
  expect(h.surface.files).toHaveLength(files + 1);
  const sent = h.apiCalls.filter((c) => c.method === "sendDocument").at(-1)!;
  expect(sent.params.protect_content).toBe(true);
  const file = h.surface.files.at(-1)!;
  expect(file.name).toMatch(/^quietline-\d{4}-\d{2}-\d{2}\.qlbackup$/);
  return file.content;
}

describe("/export and /import", () => {
  // One export (a strong scrypt run) serves every import below.
  let source: Harness;
  let file: Buffer;
  beforeAll(async () => {
    source = await createHarness();
    await seedContact(source.services);
    await source.send("/privacy ereignisse 60");
    file = await exportFrom(source, "Sonnenblume am Fenster 7");
  });
  afterAll(() => source.close());

  it("moves her data to a store with another key; a wrong passphrase changes nothing", async () => {
    for (const secret of Object.values(SECRET)) expect(file.includes(Buffer.from(secret))).toBe(false);

    const target = await harness();
    await seedContact(target.services, "+491609876543", "Bertram", "Seiteneingang");
    await target.send("/import");
    await target.update(target.bridge.documentUpdate("backup.qlbackup", file));
    expect(target.last().html).toContain("Passphrase");
    const wrong = target.bridge.textUpdate("falsch geraten");
    await target.update(wrong);
    expect(target.last().html).toContain("Nichts wurde geändert");
    expect(target.surface.removedIds).toContain(wrong.message!.message_id);
    expect(await target.services.stores.contacts.all()).toHaveLength(1);

    await target.send("Sonnenblume am Fenster 7");
    expect(target.last().html).toContain("Nummern 1");
    await target.tapLabel("Zusammenführen");
    expect(target.last().html).toContain("Wiederhergestellt");

    const contacts = contactsOf(target.services);
    const restored = await contacts.get(SECRET.e164);
    expect(restored?.alias).toBe(SECRET.alias);
    expect(restored?.notes.map((n) => n.text)).toEqual([SECRET.note]);
    expect((await contacts.findByAlias(SECRET.alias)).map((c) => c.e164)).toEqual([SECRET.e164]);
    expect(await contacts.get("+491609876543")).toBeDefined();
    expect((await target.services.stores.privacy.get("privacy"))?.retention.eventsDays).toBe(60);
  });

  it("replace clears what was there; a damaged file is refused", async () => {

    const target = await harness();
    await seedContact(target.services, "+491609876543", "Bertram", "Seiteneingang");
    const damaged = Buffer.from(file);
    damaged[damaged.length - 30] = damaged[damaged.length - 30]! ^ 0xff;
    await target.send("/import");
    await target.update(target.bridge.documentUpdate("backup.qlbackup", damaged));
    await target.send("Sonnenblume am Fenster 7");
    expect(target.last().html).toContain("beschädigt");

    await target.send("/import");
    await target.send("nur text");
    expect(target.last().html).toContain("Sicherungsdatei");
    await target.update(target.bridge.documentUpdate("backup.qlbackup", file));
    await target.send("Sonnenblume am Fenster 7");
    await target.tapLabel("Ersetzen");
    const contacts = contactsOf(target.services);
    expect(await contacts.get("+491609876543")).toBeUndefined();
    expect((await contacts.findByAlias("Bertram")).length).toBe(0);
    expect((await contacts.get(SECRET.e164))?.alias).toBe(SECRET.alias);
  });

  it("speaks Romanian through an import, with the counts in Romanian plurals", async () => {
    const target = await harness();
    await target.services.stores.general.set("general", { setupDone: true, interfaceLanguage: "ro" });
    await target.send("/import");
    expect(target.last().html).toBe("Trimite-mi fișierul copiei de siguranță (.qlbackup). Anulare: /cancel");
    await target.update(target.bridge.documentUpdate("backup.qlbackup", file));
    expect(target.last().html).toBe("Și parola? Îți șterg mesajul imediat.");
    await target.send("greșit de tot");
    expect(target.last().html).toContain("Mai ai 2 încercări – trimite din nou parola.");
    await target.send("Sonnenblume am Fenster 7");
    expect(target.last().html).toMatch(/^Copia de siguranță din 23 nov\. 2026, 12:00: 3 înregistrări \(aliasuri 1, numere 1, setări 1\)\.\n/);
    expect(target.last().choices).toEqual(["Combină", "Înlocuiește", "Anulează"]);
    await target.tapLabel("Combină");
    expect(target.last().html).toBe("✅ Restaurat: 3 înregistrări.");
  });

  it("cancel and stale buttons change nothing", async () => {
    const target = await harness();
    await target.send("/import");
    await target.update(target.bridge.documentUpdate("backup.qlbackup", file));
    await target.send("Sonnenblume am Fenster 7");
    const summary = target.bridge.choiceUpdate(2)!; // "Ersetzen", kept for replaying later
    await target.tapLabel("Abbrechen");
    expect(target.last().html).toContain("Abgebrochen");
    await target.update(summary);
    expect(target.surface.notices.at(-1)).toContain("nicht mehr gültig");
    expect(await target.services.stores.contacts.all()).toHaveLength(0);
  });
});
