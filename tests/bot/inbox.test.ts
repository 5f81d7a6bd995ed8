import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contactsOf } from "../../src/store/contacts.js";
import { createHarness, OWNER_ID, type Harness } from "../support/harness.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";

// Monday 23 Nov 2026, 12:00 in Berlin.
const NOW = Date.UTC(2026, 10, 23, 11, 0);
const berlin = (day: number, hour: number, minute: number) => Date.UTC(2026, 10, day, hour - 1, minute);

async function decryptedEverything(h: Harness): Promise<string> {
  const s = h.services.stores as unknown as Record<string, { all(): Promise<unknown[]> }>;
  const out: unknown[] = [];
  for (const name of Object.keys(s)) out.push(await s[name]!.all().catch(() => []));
  return JSON.stringify(out);
}

function forwarded(h: Harness, text: string, originalDate: number): Update {
  return {
    update_id: 5000 + h.surface.shown.length,
    message: {
      message_id: 5000 + h.surface.shown.length,
      date: Math.floor(h.now() / 1000),
      chat: { id: OWNER_ID, type: "private", first_name: "Owner" },
      from: { id: OWNER_ID, is_bot: false, first_name: "Owner" },
      forward_origin: { type: "hidden_user", sender_user_name: "Work phone", date: Math.floor(originalDate / 1000) },
      text,
    },
  } as Update;
}

describe("the inbox", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ now: NOW });
  });
  afterEach(async () => {
    const emptyRows = keyboardsWithEmptyRows(h.apiCalls);
    await h.close();
    expect(emptyRows).toEqual([]);
  });

  it("reads a missed call, saves the event on the card and shows facts and a verdict", async () => {
    const [reply] = await h.send("Entgangener Anruf\n0171 2345678");
    expect(reply?.html).toContain("verpasster Anruf");
    expect(reply?.html).toContain("0171 2345678");
    expect(reply?.html).toContain("Handy");
    expect(reply?.html).toMatch(/[✅💬⏳⛔]/u);
    const card = await contactsOf(h.services).get("+491712345678");
    expect(card?.events).toHaveLength(1);
    expect(card?.events[0]).toMatchObject({ kind: "missed-call", attempts: 1, recordedAt: NOW });
  });

  it("lists several events of one paste in one reply and saves each on its card", async () => {
    const paste = [
      "Entgangener Anruf von +49 160 9876543",
      "Neue Nachricht auf Ihrer Mailbox von 0049 176 5551234 am 23.11.2026 um 08:05. Abhören: 3311",
      "Missed call from +49 30 1234567",
    ].join("\n\n");
    const replies = await h.send(paste);
    expect(replies).toHaveLength(1);
    const html = replies[0]!.html;
    expect(html).toContain("3 Ereignisse");
    expect(html).toContain("Mailbox");
    expect(html).toContain("Festnetz");
    expect(html).not.toContain("3311");
    for (const e164 of ["+491609876543", "+491765551234", "+49301234567"]) {
      expect((await contactsOf(h.services).get(e164))?.events).toHaveLength(1);
    }
    expect((await contactsOf(h.services).get("+491765551234"))?.events[0]).toMatchObject({ kind: "voicemail", at: berlin(23, 8, 5) });
  });

  it("keeps an event pasted twice once", async () => {
    const text = "Sie haben einen Anruf verpasst: +4915212345678 am 23.11. um 10:05 Uhr.";
    await h.send(text);
    h.advance(60_000);
    const [again] = await h.send(text);
    expect(again?.html).toContain("schon gespeichert");
    expect((await contactsOf(h.services).get("+4915212345678"))?.events).toHaveLength(1);
  });

  it("stores no event under a number with a digit missing", async () => {
    // The domain's Telekom sample: an 0152 mobile has 11 digits after the 0, this one 10.
    const [reply] = await h.send("Sie haben einen Anruf verpasst: +491521234567 am 23.11. um 10:05 Uhr.");
    expect(reply?.html).toContain("nicht gespeichert");
    expect(await contactsOf(h.services).get("+491521234567")).toBeUndefined();
    expect((await contactsOf(h.services).recent()).total).toBe(0);
  });

  it("acknowledges a withheld caller without saving any card", async () => {
    const [reply] = await h.send("Entgangener Anruf\nUnbekannt");
    expect(reply?.html).toContain("Nummer unterdrückt");
    expect(reply?.html).toContain("⛔");
    expect((await contactsOf(h.services).recent()).total).toBe(0);
  });

  it("says so with an example when nothing is recognised", async () => {
    const [reply] = await h.send("Einkaufsliste: Milch, Brot, 2 Äpfel");
    expect(reply?.html).toContain("nicht verstanden");
    expect(reply?.html).toContain("<code>Entgangener Anruf 0171 2345678</code>");
    expect((await contactsOf(h.services).recent()).total).toBe(0);
  });

  it("uses the forward date of a forwarded message for times without a day", async () => {
    const original = berlin(22, 19, 30);
    await h.update(forwarded(h, "Entgangener Anruf 0171 2345678", original));
    const card = await contactsOf(h.services).get("+491712345678");
    expect(card?.events[0]).toMatchObject({ at: original, atSource: "message" });
    expect(h.last().html).toContain("gestern 19:30");
  });

  it("reads a voicemail transcript, asks for an appointment, and stores no inbound text", async () => {
    const [reply] = await h.send(
      'Mailbox 8:05 – "Hallo, hier ist Tom, hast du heute noch einen Termin frei? Ruf mich an unter 0151 1234 5678"',
    );
    expect(reply?.html).toContain("Termin");
    expect(reply?.html).not.toContain("Tom");
    const card = await contactsOf(h.services).get("+4915112345678");
    expect(card?.events).toHaveLength(1);
    expect(card?.events[0]?.asked.appointment?.day).toEqual({ kind: "today" });
    const everything = await decryptedEverything(h);
    for (const fragment of ["Tom", "Hallo", "Termin frei", "Ruf mich an"]) expect(everything).not.toContain(fragment);
  });

  it.each([
    ["Entgangener Anruf von +49 160 9876543", "+491609876543", "missed-call"],
    ["Sie haben einen Anruf verpasst: +4915212345678 am 12.03. um 14:05 Uhr.", "+4915212345678", "missed-call"],
    ["Anruf in Abwesenheit 12.03.2025 14:05  +43 664 1234567", "+436641234567", "missed-call"],
    ['hat mich grad jemand von 0171/2345678 angerufen? mailbox sagt "bitte zurückrufen"', "+491712345678", undefined],
  ])("reads the domain sample %s", async (text, e164, kind) => {
    await h.send(text);
    const card = await contactsOf(h.services).get(e164);
    expect(card?.events.length).toBeGreaterThanOrEqual(1);
    if (kind) expect(card?.events[0]?.kind).toBe(kind);
  });

  it("marks a number that asked for a callback and logs no number or text", async () => {
    await h.send('hat mich grad jemand von 0171/2345678 angerufen? mailbox sagt "bitte zurückrufen"');
    const card = await contactsOf(h.services).get("+491712345678");
    expect(card?.events.some((e) => e.asked.callback)).toBe(true);
    const logs = h.logLines.join("\n");
    expect(logs).not.toContain("2345678");
    expect(logs).not.toContain("zurückrufen");
  });

  it("leaves commands to the other features", async () => {
    const [reply] = await h.send("/nosuchcommand");
    expect(reply?.html).toContain("Befehl");
  });
});

describe("the inbox in Romanian", () => {
  it("speaks her language, with Romanian plural forms, while the note stays German", async () => {
    const h = await createHarness({ now: NOW, env: { BOT_LANGUAGE: "ro" } });
    try {
      const [one] = await h.send("Entgangener Anruf\n0171 2345678");
      expect(one?.html).toContain("📥 <b>Am înțeles</b>");
      expect(one?.html).toContain("apel pierdut");
      expect(one?.html).toContain("mobil");
      expect(one?.html).toContain("Cerere: nu cere nimic");
      const [three] = await h.send(["Entgangener Anruf von +49 160 9876543", "Missed call from +49 30 1234567", "Entgangener Anruf 0176 5551234"].join("\n\n"));
      expect(three?.html).toContain("Am înțeles</b> – 3 evenimente");
      expect(three?.html).toContain("telefon fix");
    } finally {
      await h.close();
    }
  });
});

describe("a phone set to Romanian", () => {
  it("its missed calls and withheld callers are read as the German ones are", async () => {
    const h = await createHarness({ now: NOW, env: { BOT_LANGUAGE: "ro" } });
    try {
      const [missed] = await h.send("Apel pierdut\n0171 2345678");
      expect(missed?.html).toContain("📥 <b>Am înțeles</b>");
      expect(missed?.html).toContain("apel pierdut");
      expect(missed?.html).toContain("mobil");
      const [voicemail] = await h.send("Mesaj vocal nou de la 0160 9876543");
      expect(voicemail?.html).toContain("📥 <b>Am înțeles</b>");
      expect(voicemail?.html).toContain("mesaj vocal");
      const [withheld] = await h.send("Apel nepreluat\nNumăr privat");
      expect(withheld?.html).toContain("Număr ascuns – nu s-a salvat nimic");
    } finally {
      await h.close();
    }
  });
});

describe("a number with digits missing or extra", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ now: NOW });
  });
  afterEach(async () => {
    await h.close();
  });

  it("is shown as she typed it, with the digits its prefix needs, and nothing is stored", async () => {
    const [reply] = await h.send("Entgangener Anruf 0151 2223334");
    expect(reply?.html).toContain("<code>0151 2223334</code> sieht unvollständig aus");
    expect(reply?.html).toContain("Handynummern, die so beginnen, haben 12 Ziffern, hier sind es 11 – nicht gespeichert.");
    // The verdict for a number that cannot be called, and no trace of it in the store.
    expect(reply?.html).toContain("⛔");
    expect(reply?.html).not.toContain("1512223334");
    expect((await contactsOf(h.services).recent()).total).toBe(0);
  });

  it("says so for a number with a digit too many, in English too", async () => {
    const en = await createHarness({ now: NOW, env: { BOT_LANGUAGE: "en" } });
    try {
      const [reply] = await en.send("Missed call from 0171 234567890");
      expect(reply?.html).toContain("<code>0171 234567890</code> has too many digits");
      expect(reply?.html).toMatch(/mobile numbers that start like this have 11 or 12 digits, this one has 13 — not stored\./);
      expect((await contactsOf(en.services).recent()).total).toBe(0);
    } finally {
      await en.close();
    }
  });
});

describe("a client's 'morgen' pasted after midnight", () => {
  // Tuesday 24 Nov 2026 in Berlin (CET, UTC+1).
  const at = (hour: number, minute: number) => Date.UTC(2026, 10, 23, hour - 1 + 24, minute);
  const SMS = "SMS von 0171 2345678: Hast du morgen 15 Uhr Zeit?";

  it("at 00:20 takes the day that has begun, says so, and offers the other date with one tap", async () => {
    const h = await createHarness({ now: at(0, 20) });
    try {
      const [reply] = await h.send(SMS);
      expect(reply?.html).toContain("fragt nach einem Termin am 24.11.2026 15:00");
      expect(reply?.html).toContain("Nach Mitternacht geschrieben: ich habe <b>Di 24.11.</b> genommen");
      expect(reply?.html).toMatch(/<code>[^<]*heute 15:00[^<]*<\/code>/i);
      expect(reply?.choices).toContain("📅 Lieber Mi 25.11.");
      const card = await contactsOf(h.services).get("+491712345678");
      expect(card?.events[0]?.asked.appointment?.day).toEqual({ kind: "date", year: 2026, month: 11, day: 24 });

      const [other] = await h.tapLabel("Lieber Mi 25.11.");
      expect(other?.edited).toBe(false);
      expect(other?.html).toContain("Vorschlag für <b>Mi 25.11.</b>");
      expect(other?.html).toMatch(/<code>[^<]*morgen 15:00[^<]*<\/code>/i);
      expect(other?.choices).toContain("📅 Lieber Di 24.11.");

      // Back again: the same message is redrawn for the date first taken.
      const [back] = await h.tapLabel("Lieber Di 24.11.");
      expect(back?.edited).toBe(true);
      expect(back?.messageId).toBe(other?.messageId);
      expect(back?.html).toContain("Vorschlag für <b>Di 24.11.</b>");
      expect(back?.html).toMatch(/<code>[^<]*heute 15:00[^<]*<\/code>/i);
      expect(keyboardsWithEmptyRows(h.apiCalls)).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it("at 06:00 reads the calendar and offers no other date", async () => {
    const h = await createHarness({ now: at(6, 0) });
    try {
      const [reply] = await h.send(SMS);
      expect(reply?.html).toContain("fragt nach einem Termin morgen 15:00");
      expect(reply?.html).not.toContain("Mitternacht");
      expect(reply?.choices.some((c) => c.includes("Lieber"))).toBe(false);
      expect(reply?.html).toMatch(/<code>[^<]*morgen 15:00[^<]*<\/code>/i);
    } finally {
      await h.close();
    }
  });
});
