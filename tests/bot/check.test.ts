import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import type { InboundEvent } from "../../src/core/inbox/types.js";
import { classifyNumber } from "../../src/core/phone/index.js";
import { contactsOf } from "../../src/store/contacts.js";
import { verdictLogOf } from "../../src/store/verdict-log.js";
import { createHarness, OWNER_ID, type Harness } from "../support/harness.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";

/** Monday 23 November 2026 in Berlin (UTC+1). */
const berlin = (hour: number, minute = 0) => Date.UTC(2026, 10, 23, hour - 1, minute);
const MOBILE = "+491712345678";
const LANDLINE = "+49301234567";

let h: Harness;
afterEach(async () => {
  const emptyRows = h ? keyboardsWithEmptyRows(h.apiCalls) : [];
  await h?.close();
  expect(emptyRows).toEqual([]);
});

async function addEvent(e164: string, event: Omit<InboundEvent, "caller" | "atSource" | "attempts"> & { attempts?: number }) {
  const caller = classifyNumber(e164, "DE");
  await contactsOf(h.services).addEvents(e164, [{ atSource: "text", attempts: 1, ...event, caller }]);
}

const firstLine = (html: string) => html.split("\n")[0] ?? "";

describe("/check and the incident from the domain", () => {
  it("walks through the incident: voicemail, missed call → 💬, someone else answered → never ✅", async () => {
    h = await createHarness({ now: berlin(8, 5) });
    // 08:05 voicemail: "hast du heute noch einen Termin frei?" — an appointment question, no callback.
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(8, 5), asked: { callback: false, appointment: { day: { kind: "today" } } } });

    // Before 09:00 it is quiet hours: not now, then a text.
    h.setNow(berlin(8, 10));
    let [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toMatch(/^⏳ Jetzt nicht – ab 09:00, dann schreiben/);
    expect(reply!.html).toContain("Ruhezeit 21:00–09:00");

    // 11:53 a missed call without a message; at 12:00 she asks.
    await addEvent(MOBILE, { kind: "missed-call", at: berlin(11, 53), asked: { callback: false } });
    h.setNow(berlin(12, 0));
    [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("💬 Lieber schreiben");
    expect(reply!.html).not.toContain("✅");
    expect(reply!.html).toContain("ohne Nachricht – das ist keine Bitte um Rückruf");
    expect(reply!.html).toContain("<code>"); // a neutral draft
    expect(reply!.html).toContain("📞 +49 171 ••• 78");
    expect(reply!.html).not.toContain("2345678");

    // She called anyway; the secretary answered.
    const [ask] = await h.tapLabel("Doch angerufen");
    expect(ask!.choices).toEqual(["Erreicht", "Jemand anderes ging ran", "Mailbox", "Keiner ran"]);
    h.advance(5 * 60_000);
    const [noted] = await h.tapLabel("Jemand anderes ging ran");
    expect(noted!.html).toContain("Vermerkt: jemand anderes ging ran.");
    expect(noted!.html).toContain("<code>Entschuldigung, verwählt.</code>");
    expect(noted!.html).toContain("Ab jetzt: 💬");

    const card = await contactsOf(h.services).get(MOBILE);
    expect(card?.flags.forwarded).toMatchObject({ at: berlin(12, 5), by: "outcome", reason: "someone-else-answered" });
    expect(card?.flags.nocall).toMatchObject({ at: berlin(12, 5), reason: "someone-else-answered" });
    expect(card?.outcomes).toEqual([{ at: berlin(12, 5), outcome: "someone-else" }]);

    // Twenty minutes later he calls again and even asks for a callback: still never ✅.
    h.setNow(berlin(12, 25));
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(12, 25), asked: { callback: true } });
    [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("💬 Lieber schreiben");
    expect(reply!.html).toContain("Beim Rückruf 12:05 hat jemand anderes abgenommen");
    expect(reply!.choices.some((c) => c === "Erreicht")).toBe(false);

    // Every verdict shown and the outcome are in the number's history.
    const log = await verdictLogOf(h.services.stores, MOBILE);
    expect(log.map((e) => (e.kind === "verdict" ? e.verdict : e.outcome))).toEqual(["later", "text", "someone-else", "text"]);
  });

  it("✅ comes with the four outcome buttons; a voicemail outcome reminds her to leave no message", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 50), asked: { callback: true } });
    const [reply] = await h.send("/check +49 171 2345678");
    expect(firstLine(reply!.html)).toBe("✅ Zurückrufen ist ok");
    expect(reply!.html).toContain("Um Rückruf gebeten: Mailbox 13:50");
    expect(reply!.html).toContain("keine Nachricht auf der Mailbox hinterlassen");
    expect(reply!.choices).toEqual(["Erreicht", "Jemand anderes ging ran", "Mailbox", "Keiner ran"]);

    const [noted] = await h.tapLabel("Mailbox");
    expect(noted!.html).toContain("Vermerkt: Mailbox.");
    expect(noted!.html).toContain("Keine Nachricht auf der Mailbox hinterlassen");
    // A second tap on the same button is not a second callback.
    await h.tapLabel("Mailbox");
    expect((await contactsOf(h.services).get(MOBILE))?.outcomes).toHaveLength(1);
    expect(h.apiCalls.at(-1)?.params).toMatchObject({ text: "Schon vermerkt." });
  });

  it("answers in English when that is her language", async () => {
    h = await createHarness({ now: berlin(14, 0), env: { BOT_LANGUAGE: "en", DRAFT_LANGUAGE: "en" } });
    await addEvent(MOBILE, { kind: "sms", at: berlin(13, 0), asked: { callback: true } });
    const [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("✅ Call back OK");
    expect(reply!.choices).toEqual(["Reached", "Someone else answered", "Voicemail", "No answer"]);
    const [noted] = await h.tapLabel("Someone else answered");
    expect(noted!.html).toContain("<code>Sorry, wrong number.</code>");
  });

  it("landline ⛔, withheld ⛔, unusable ⛔ — each with a clear reason", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    await addEvent(LANDLINE, { kind: "voicemail", at: berlin(13, 0), asked: { callback: true } });
    let [reply] = await h.send("/check 030 1234567");
    expect(firstLine(reply!.html)).toBe("⛔ Nicht melden");
    expect(reply!.html).toContain("Nummernart: Festnetz");
    expect(reply!.choices).not.toContain("Erreicht");

    [reply] = await h.send("/check unbekannt");
    expect(firstLine(reply!.html)).toBe("⛔ Nicht melden");
    expect(reply!.html).toContain("Nummer unterdrückt");

    [reply] = await h.send("/check 12345");
    expect(firstLine(reply!.html)).toBe("⛔ Nicht melden");
    expect(reply!.html).toContain("Keine brauchbare Nummer");
    expect(reply!.html).toContain("<code>/check 0171 2345678</code>");
  });

  it("a number with a digit missing is ⛔ unusable, never taken for a landline", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    for (const ask of ["/check 0151 2223334", "darf ich 0151 2223334 zurückrufen?"]) {
      const [reply] = await h.send(ask);
      expect(firstLine(reply!.html)).toBe("⛔ Nicht melden");
      expect(reply!.html).toContain("Nummer unvollständig: 11 Ziffern, Nummern mit dieser Vorwahl haben 12 (eine fehlt)");
      expect(reply!.html).toContain("Nummer: unvollständig – 11 Ziffern statt 12");
      expect(reply!.html).not.toContain("Festnetz");
    }
  });

  it("names a number with a digit missing as she typed it, with the digits its prefix needs, and keeps nothing", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    for (const ask of ["/check 0151 2223334", "darf ich 0151 2223334 zurückrufen?", "0151 2223334"]) {
      const replies = await h.send(ask);
      expect(replies, ask).toHaveLength(1);
      const lines = replies[0]!.html.split("\n");
      expect(lines[0], ask).toBe("⛔ Nicht melden");
      // Right under the verdict: the number as typed, what is wrong, what that prefix needs.
      expect(lines[1], ask).toBe("📞 <code>0151 2223334</code> sieht unvollständig aus: Handynummern mit dieser Vorwahl haben 12 Ziffern, hier sind es 11.");
      expect(replies[0]!.html, ask).not.toContain("1512223334");
    }
    const [international] = await h.send("/check +49 151 2223334");
    expect(international!.html).toContain("📞 <code>+49 151 2223334</code> sieht unvollständig aus: Handynummern mit dieser Vorwahl haben 13 Ziffern, hier sind es 12.");
    const [long] = await h.send("/check 0171 234567890");
    expect(long!.html).toContain("📞 <code>0171 234567890</code> sieht zu lang aus: Handynummern mit dieser Vorwahl haben höchstens 12 Ziffern, hier sind es 13.");
    expect(await h.services.stores.contacts.all()).toEqual([]);
    expect(await h.services.stores.verdictLog.all()).toEqual([]);
  });

  it("no request at all: ⛔, she never gets in touch first", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    const [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("⛔ Nicht melden");
    expect(reply!.html).toContain("du meldest dich nie von dir aus");
    expect(reply!.choices).toEqual([]);
  });

  it("quiet hours: ⏳ with the time it ends, then a call", async () => {
    h = await createHarness({ now: berlin(22, 30) });
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(22, 20), asked: { callback: true } });
    const [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("⏳ Jetzt nicht – ab morgen 09:00, dann zurückrufen");
    expect(reply!.html).toContain("Ruhezeit 21:00–09:00, jetzt 22:30");
  });

  it("repeated calls show as a hint", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 40), asked: { callback: true } });
    await addEvent(MOBILE, { kind: "missed-call", at: berlin(13, 50), attempts: 3, asked: { callback: false } });
    const [reply] = await h.send("/check 0171 2345678");
    expect(reply!.html).toMatch(/⚠️ \d Anrufe innerhalb von 10 Min\./);
  });

  it("checks by alias, and says so when an alias is unknown", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 50), asked: { callback: true } });
    await contactsOf(h.services).setAlias(MOBILE, "Tom");
    let [reply] = await h.send("/check tom");
    expect(firstLine(reply!.html)).toBe("✅ Zurückrufen ist ok");
    expect(reply!.html).toContain("📞 +49 171 ••• 78 · Tom");

    [reply] = await h.send("/check Jakob");
    expect(reply!.html).toContain("weder eine Nummer noch ein Alias");
    [reply] = await h.send("/check");
    expect(reply!.html).toContain("<code>/check 0171 2345678</code>");
  });
});

describe("plain questions and pasted notes", () => {
  it.each([
    "darf ich 0171 2345678 zurückrufen?",
    "Kann ich 0171 2345678 anrufen?",
    "can I call back +49 171 2345678?",
    "call back 0171 2345678?",
    "0171 2345678",
    "+49 171 2345678",
    "0171 2345678 zurückrufen?",
  ])("answers %j with a verdict", async (text) => {
    h = await createHarness({ now: berlin(14, 0) });
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 50), asked: { callback: true } });
    const [reply] = await h.send(text);
    expect(firstLine(reply!.html)).toBe("✅ Zurückrufen ist ok");
  });

  it.each([
    "Entgangener Anruf\n0171 2345678",
    "Entgangener Anruf von +49 171 2345678",
    'hat mich grad jemand von 0171/2345678 angerufen? mailbox sagt "bitte zurückrufen"',
    "Neue Nachricht auf Ihrer Mailbox von 0049 171 2345678 am 12.03.2025 um 08:05. Abhören: 3311",
    "Missed call from +49 171 2345678",
    "0171 2345678\n0171 7654321",
  ])("passes the note %j on to the inbox", async (text) => {
    h = await createHarness({ now: berlin(14, 0) });
    const replies = await h.send(text);
    // The inbox answers (its reply carries the verdict further down), not the question handler.
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply.html).not.toMatch(/^[✅💬⏳⛔]/u);
    expect(replies[0]!.html).toMatch(/^📥|nicht verstanden/u);
  });

  it("a forwarded message with only a number is a note, not a question", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    const update = {
      update_id: 9001,
      message: {
        message_id: 9001,
        date: Math.floor(berlin(14, 0) / 1000),
        chat: { id: OWNER_ID, type: "private", first_name: "Owner" },
        from: { id: OWNER_ID, is_bot: false, first_name: "Owner" },
        forward_origin: { type: "hidden_user", sender_user_name: "Telefon", date: Math.floor(berlin(13, 0) / 1000) },
        text: "0171 2345678",
      },
    } as unknown as Update;
    const replies = await h.update(update);
    for (const reply of replies) expect(reply.html).not.toMatch(/^[✅💬⏳⛔]/u);
  });

  it("a question about an alias, and a question without any number", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 50), asked: { callback: true } });
    await contactsOf(h.services).setAlias(MOBILE, "Tom");
    let [reply] = await h.send("darf ich Tom zurückrufen?");
    expect(firstLine(reply!.html)).toBe("✅ Zurückrufen ist ok");
    [reply] = await h.send("darf ich ihn zurückrufen?");
    expect(reply!.html).toContain("Welche Nummer meinst du?");
  });

  it("a withheld caller in a question is ⛔", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    const [reply] = await h.send("kann ich unbekannt zurückrufen?");
    expect(firstLine(reply!.html)).toBe("⛔ Nicht melden");
    expect(reply!.html).toContain("Nummer unterdrückt");
  });
});

describe("outcome buttons", () => {
  it("forged or stale callback data gets a friendly answer", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    const forged = (data: string): Update =>
      ({
        update_id: Math.floor(Math.random() * 1e6),
        callback_query: {
          id: "77",
          from: { id: OWNER_ID, is_bot: false, first_name: "Owner" },
          chat_instance: "local",
          data,
          message: {
            message_id: 1,
            date: 0,
            chat: { id: OWNER_ID, type: "private", first_name: "Owner" },
            text: "x",
          },
        },
      }) as unknown as Update;
    for (const data of ["oc:+491712345678:s", "oc:" + "A".repeat(32) + ":s", "oc:" + "A".repeat(32) + ":x", "ox:zzz", "oc:"]) {
      await h.update(forged(data));
      const answer = h.apiCalls.filter((c) => c.method === "answerCallbackQuery").at(-1);
      expect(String(answer?.params.text)).toMatch(/nicht \(mehr\) gültig|nichts mehr gespeichert/);
    }
    expect(h.logLines.join("")).not.toContain("update failed");
  });

  it("never logs the number", async () => {
    h = await createHarness({ now: berlin(14, 0) });
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 50), asked: { callback: true } });
    await h.send("darf ich 0171 2345678 zurückrufen?");
    await h.tapLabel("Erreicht");
    const logs = h.logLines.join("");
    expect(logs).toContain("verdict shown");
    expect(logs).not.toMatch(/2345678|\+49171/);
  });
});

describe("/check in Romanian", () => {
  it("answers /check, a Romanian question and an outcome button in Romanian; the words to say on the phone stay German", async () => {
    h = await createHarness({ now: berlin(14, 0), env: { BOT_LANGUAGE: "ro" } });
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 50), asked: { callback: true } });
    expect((await h.send("/check"))[0]!.html).toContain("Care număr? Scrie de ex. <code>/check 0171 2345678</code>");

    const [reply] = await h.send("pot să-l sun înapoi pe 0171 2345678?");
    expect(firstLine(reply!.html)).toMatch(/^✅/u);
    expect(reply!.html.split("\n")[1]).toBe("📞 +49 171 ••• 78");
    // The second outcome button: someone else answered.
    const [noted] = await h.tap(2);
    expect(noted!.html).toContain("Notat: a răspuns altcineva.");
    expect(noted!.html).toContain("Numărul e marcat acum: <b>redirecționat</b> și <b>nu suna înapoi</b>");
    expect(noted!.html).toContain("<code>Entschuldigung, verwählt.</code>");
    expect(noted!.html).toMatch(/De acum: (?:💬|⛔)/u);

    const [why] = await h.send("/why 0171 2345678");
    expect(why!.html).toContain("<b>Istoric</b> (cele mai noi întâi)");
    expect(why!.html).toMatch(/<b>Lu 23\.11 14:00<\/b> — Apel înapoi: a răspuns altcineva/u);

    const [short] = await h.send("/check 0151 2223334");
    expect(short!.html).toContain("📞 <code>0151 2223334</code> pare incomplet: numerele de mobil cu acest prefix au 12 cifre, acesta are 11.");
    expect((await h.send("pot să-l sun pe Ana?"))[0]!.html).toContain("La ce număr te referi?");
  });
});
