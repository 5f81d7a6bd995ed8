import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contactsOf } from "../../src/store/contacts.js";
import { storeBytes } from "../privacy/seed.js";
import { readableText } from "../support/plaintext.js";
import { createSignalHarness, HER, STRANGER, type SignalHarness } from "../support/signal-harness.js";

/** Everything personal a Signal session below stores or carries, in every spelling that could leak. */
const NUMBER = { e164: "+491712345678", national: "0171 2345678" };
const SECOND = { e164: "+4915112345678", national: "0151 1234 5678" };
const ALIAS = "Kowalczyk";
const NOTE = "Tiefgarage Nordeingang";
const NEEDLES = [
  NUMBER.e164, NUMBER.e164.slice(1), "01712345678", NUMBER.national, "1712345678",
  SECOND.e164, SECOND.e164.slice(1), "015112345678", SECOND.national, "15112345678",
  ALIAS, ALIAS.toLowerCase(), "Tiefgarage", "Nordeingang",
  // Her Signal number and the stranger's: the chat itself is personal data too.
  HER.number, HER.number.slice(1), STRANGER.number, STRANGER.number.slice(1),
];

const SESSION = [
  `Entgangener Anruf\n${NUMBER.national}`,
  `/alias ${NUMBER.national} ${ALIAS}`,
  `/note ${NUMBER.national} ${NOTE}`,
  `Mailbox 8:05 – "Hallo, hier ist Tom, hast du heute noch einen Termin frei? Ruf mich an unter ${SECOND.national}"`,
  `darf ich ${SECOND.national} zurückrufen?`,
  `/contact ${ALIAS}`,
  "/contacts",
  `/why ${NUMBER.national}`,
];

const leaks = (haystack: Buffer | string) => NEEDLES.filter((n) => readableText(haystack).includes(n));

describe("leak proofs for a Signal session", () => {
  let h: SignalHarness;
  beforeAll(async () => {
    h = await createSignalHarness({ now: Date.UTC(2026, 10, 23, 9, 30) });
    h.daemon.say(STRANGER, `Entgangener Anruf\n${NUMBER.national}`);
    for (const text of SESSION) await h.say(text);
    await h.say(null, { contacts: [{ given: "Tom", family: ALIAS, phone: SECOND.national }] });
  }, 30_000);
  afterAll(() => h.close());

  it("the session really stored the numbers, alias and note", async () => {
    const card = await contactsOf(h.services).get(NUMBER.e164);
    expect(card?.alias).toBe(ALIAS);
    expect(card?.notes.map((n) => n.text)).toContain(NOTE);
    expect((await contactsOf(h.services).get(SECOND.e164))?.events.length).toBeGreaterThan(0);
  });

  it("the scan finds what it looks for (a control)", () => {
    expect(leaks(`{"to":"${HER.number}","n":"${NOTE}"}`)).toEqual(expect.arrayContaining([HER.number, "Tiefgarage"]));
  });

  it("nothing appears in plaintext in the data file, its WAL or journal", async () => {
    expect(leaks(storeBytes(h.services.vault.file))).toEqual([]);
    await h.services.vault.checkpoint();
    expect(leaks(storeBytes(h.services.vault.file))).toEqual([]);
  });

  it("nothing appears in the log lines, at trace level", () => {
    expect(h.logLines.length).toBeGreaterThan(SESSION.length);
    expect(leaks(h.logLines.join("\n"))).toEqual([]);
    expect(h.logLines.join("\n")).not.toContain("Tom");
  });
});
