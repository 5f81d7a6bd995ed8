import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contactsOf } from "../../src/store/contacts.js";
import { createHarness, OWNER_ID, type Harness } from "../support/harness.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";

const TOM = "+491712345678";

function sharedContact(h: Harness, contact: { phone_number: string; first_name: string; last_name?: string; vcard?: string }): Update {
  return {
    update_id: 9000 + h.surface.shown.length,
    message: {
      message_id: 9000 + h.surface.shown.length,
      date: Math.floor(h.now() / 1000),
      chat: { id: OWNER_ID, type: "private", first_name: "Owner" },
      from: { id: OWNER_ID, is_bot: false, first_name: "Owner" },
      contact,
    },
  } as Update;
}

async function allDecrypted(h: Harness): Promise<string> {
  const s = h.services.stores;
  return JSON.stringify([await s.contacts.all(), await s.aliases.all()]);
}

describe("contact cards", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    const emptyRows = keyboardsWithEmptyRows(h.apiCalls);
    await h.close();
    expect(emptyRows).toEqual([]);
  });

  it("shows a card for a new number with masked number, type and buttons", async () => {
    const [card] = await h.send("/contact 0171/2345678");
    expect(card?.html).toContain("+49 171 ••• 78");
    expect(card?.html).not.toContain("2345678");
    expect(card?.html).toContain("Handy");
    expect(card?.choices.some((c) => c.includes("nicht zurückrufen"))).toBe(true);
    expect(card?.choices).toEqual(expect.arrayContaining(["📝 Notiz", "🕑 Zeiten", "🗑 Vergessen"]));
  });

  it("toggles a flag from the card and records when and why", async () => {
    await h.send("/contact 0171 2345678");
    const [edited] = await h.tapLabel("nicht zurückrufen");
    expect(edited?.edited).toBe(true);
    expect(edited?.html).toMatch(/📵 nicht zurückrufen — von dir, 23\.11\./);
    const card = await contactsOf(h.services).get(TOM);
    expect(card?.flags.nocall).toEqual({ at: h.now(), by: "owner" });
    await h.tapLabel("✓ 📵");
    expect((await contactsOf(h.services).get(TOM))?.flags.nocall).toBeUndefined();
  });

  it("sets and clears flags by command, German synonyms included, and refuses unknown ones", async () => {
    const [set] = await h.send("/flag 0171 2345678 kein-rueckruf festnetz nur sms");
    expect(set?.html).toContain("📵");
    expect(set?.html).toContain("☎️");
    expect(set?.html).toContain("💬");
    expect(Object.keys((await contactsOf(h.services).get(TOM))!.flags).sort()).toEqual(["landline", "nocall", "smsonly"]);
    const [bad] = await h.send("/flag 0171 2345678 blah");
    expect(bad?.html).toContain("<code>blah</code>");
    await h.send("/unflag 0171 2345678 nocall landline");
    expect(Object.keys((await contactsOf(h.services).get(TOM))!.flags)).toEqual(["smsonly"]);
    const [usage] = await h.send("/flag");
    expect(usage?.html).toContain("/flag 0171 2345678");
  });

  it("sets an alias, then resolves it in other commands", async () => {
    await h.send("/alias 0171 2345678 Tom");
    await h.send("/hours_for tom Mo-Fr 12-14");
    await h.send("/note Tom mag es ruhig");
    const [card] = await h.send("/contact TOM");
    expect(card?.html).toContain("<b>Tom</b>");
    expect(card?.html).toContain("Mo–Fr 12:00–14:00");
    expect(card?.html).toContain("mag es ruhig");
    const [bad] = await h.send("/hours_for Tom irgendwann");
    expect(bad?.html).toContain("Mo-Fr 12-14");
    const [unknown] = await h.send("/contact Nobody");
    expect(unknown?.html).toContain("keine Karte");
  });

  it("asks which card when an alias is ambiguous", async () => {
    await h.send("/alias 0171 2345678 Tom");
    await h.send("/alias 0160 9876543 Tom");
    const [reply] = await h.send("/note Tom hallo");
    expect(reply?.html).toContain("mehrere Karten");
    expect(reply?.choices).toHaveLength(2);
    const [card] = await h.tap(1);
    expect(card?.html).toContain("Tom");
  });

  it("points out a surname in an alias and saves only the first name on 'save without it'", async () => {
    const [offer] = await h.send("/alias 0171 2345678 Tom Becker");
    expect(offer?.html).toContain("Nachname");
    expect(offer?.choices).toEqual(["Trotzdem speichern", "Ohne speichern", "Abbrechen"]);
    await h.tapLabel("Ohne speichern");
    expect((await contactsOf(h.services).get(TOM))?.alias).toBe("Tom");
    expect(await allDecrypted(h)).not.toContain("Becker");
    // The pending text never reached callback data.
    expect(h.apiCalls.map((c) => JSON.stringify(c.params.reply_markup ?? "")).join("")).not.toContain("Becker");
  });

  it("offers the minimisation choices for a note: save anyway, without, cancel", async () => {
    await h.send("/note 0171 2345678 arbeitet bei Siemens, mag Jazz");
    await h.tapLabel("Abbrechen");
    expect(await contactsOf(h.services).get(TOM)).toBeUndefined();

    await h.send("/note 0171 2345678 arbeitet bei Siemens, mag Jazz");
    await h.tapLabel("Ohne speichern");
    expect((await contactsOf(h.services).get(TOM))?.notes.map((n) => n.text)).toEqual(["mag Jazz"]);

    await h.send("/note 0171 2345678 Sekretärin geht ran");
    await h.tapLabel("Trotzdem speichern");
    expect((await contactsOf(h.services).get(TOM))?.notes.map((n) => n.text)).toEqual(["mag Jazz", "Sekretärin geht ran"]);

    // A decision is taken once: replaying the button is refused kindly.
    const keep = h.apiCalls
      .map((c) => JSON.stringify(c.params.reply_markup ?? ""))
      .reverse()
      .map((m) => /mn:keep:[A-Za-z0-9_-]{12}/.exec(m)?.[0])
      .find((d) => d !== undefined)!;
    await h.update({
      update_id: 999,
      callback_query: {
        id: "9",
        from: { id: OWNER_ID, is_bot: false, first_name: "Owner" },
        chat_instance: "x",
        data: keep,
        message: { message_id: 1, date: 0, chat: { id: OWNER_ID, type: "private", first_name: "Owner" }, text: "" },
      },
    } as Update);
    expect(h.surface.notices.at(-1)).toContain("abgelaufen");
    expect((await contactsOf(h.services).get(TOM))?.notes).toHaveLength(2);
  });

  it("adds a note through the card button and the next message", async () => {
    await h.send("/contact 0171 2345678");
    const [ask] = await h.tapLabel("Notiz");
    expect(ask?.html).toContain("Notiz");
    const [saved] = await h.send("nur vormittags");
    expect(saved?.html).toContain("Notiz gespeichert");
    expect((await contactsOf(h.services).get(TOM))?.notes.map((n) => n.text)).toEqual(["nur vormittags"]);

    await h.send("/contact 0171 2345678");
    await h.tapLabel("Zeiten");
    const [hours] = await h.send("werktags 9-17");
    expect(hours?.html).toContain("Mo–Fr 09:00–17:00");
  });

  it("forgets a number after confirming, alias included", async () => {
    await h.send("/alias 0171 2345678 Tom");
    await h.send("/note Tom nur SMS");
    const [ask] = await h.send("/forget Tom");
    expect(ask?.choices).toEqual(["🗑 Ja, alles löschen", "Abbrechen"]);
    await h.tapLabel("Abbrechen");
    expect(await contactsOf(h.services).get(TOM)).toBeDefined();
    await h.send("/forget 0171 2345678");
    const [done] = await h.tapLabel("Ja");
    expect(done?.html).toContain("Gelöscht");
    expect(await contactsOf(h.services).get(TOM)).toBeUndefined();
    expect(await allDecrypted(h)).toBe("[[],[]]");
    const [nothing] = await h.send("/forget 0171 2345678");
    expect(nothing?.html).toContain("nichts gespeichert");
  });

  it("lists recent contacts with flag icons, paged", async () => {
    const [empty] = await h.send("/contacts");
    expect(empty?.html).toContain("Noch keine Kontakte");
    for (let i = 0; i < 10; i++) {
      await h.send(`/flag 0171 23456${String(i).padStart(2, "0")} nocall`);
      h.advance(1000);
    }
    await h.send("/alias 0171 2345600 Tom");
    const [page1] = await h.send("/contacts");
    expect(page1?.html).toContain("Seite 1/2");
    expect(page1?.html).toContain("Tom 📵");
    expect(page1?.html).toContain("+49 171 ••• 09");
    const [page2] = await h.tapLabel("Weiter");
    expect(page2?.html).toContain("Seite 2/2");
  });

  it("answers forged or stale buttons kindly", async () => {
    const forged = (data: string): Update =>
      ({
        update_id: 777,
        callback_query: {
          id: "1",
          from: { id: OWNER_ID, is_bot: false, first_name: "Owner" },
          chat_instance: "x",
          data,
          message: { message_id: 1, date: 0, chat: { id: OWNER_ID, type: "private", first_name: "Owner" }, text: "" },
        },
      }) as Update;
    await h.update(forged("ct:flag:" + "A".repeat(32) + ":nocall"));
    await h.update(forged("ct:flag:bogus:nocall"));
    await h.update(forged("mn:keep:AAAAAAAAAAAA"));
    expect(h.surface.notices).toHaveLength(3);
  });

  it("opens a shared contact's card and offers only the first name as alias", async () => {
    await h.update(sharedContact(h, { phone_number: "491712345678", first_name: "Tom Peter", last_name: "Becker", vcard: "BEGIN:VCARD\nN:Becker;Tom\nEND:VCARD" }));
    const offer = h.last();
    expect(offer.choices[0]).toBe("„Tom“ als Alias verwenden");
    expect(await contactsOf(h.services).get(TOM)).toBeDefined();
    await h.tapLabel("als Alias");
    expect((await contactsOf(h.services).get(TOM))?.alias).toBe("Tom");
    const stored = await allDecrypted(h);
    expect(stored).not.toContain("Becker");
    expect(stored).not.toContain("Peter");
  });

  it("opens a card from a vCard file and from pasted vCard text", async () => {
    const vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schmidt;Anna;;;\r\nFN:Anna Schmidt\r\nORG:Schmidt GmbH\r\nTEL;TYPE=CELL:+49 160 9876543\r\nEND:VCARD\r\n";
    await h.update(h.bridge.documentUpdate("anna.vcf", Buffer.from(vcard), "text/vcard"));
    expect(h.last().choices[0]).toBe("„Anna“ als Alias verwenden");
    await h.tapLabel("als Alias");
    const card = await contactsOf(h.services).get("+491609876543");
    expect(card?.alias).toBe("Anna");
    expect(await allDecrypted(h)).not.toContain("Schmidt");

    await h.send("BEGIN:VCARD\nFN:Tom Becker\nTEL:0171 2345678\nEND:VCARD");
    expect(h.last().choices[0]).toBe("„Tom“ als Alias verwenden");
    await h.tapLabel("Kein Alias");
    expect((await contactsOf(h.services).get(TOM))?.alias).toBeUndefined();

    const [none] = await h.update(h.bridge.documentUpdate("empty.vcf", Buffer.from("BEGIN:VCARD\nFN:X\nEND:VCARD"), "text/vcard"));
    expect(none?.html).toContain("keine Telefonnummer");
  });

  it("rejects bad arguments with an example", async () => {
    expect((await h.send("/contact"))[0]?.html).toContain("/contact 0171 2345678");
    expect((await h.send("/contact 3311"))[0]?.html).toContain("keine Nummer");
    expect((await h.send("/contact unbekannt"))[0]?.html).toContain("unterdrückte Nummer");
    expect((await h.send("/note 0171 2345678"))[0]?.html).toContain("/note 0171 2345678");
    expect((await h.send("/alias 0171 2345678 T0m!"))[0]?.html).toContain("Vor- oder Arbeitsname");
  });

  it("logs no number, alias or note", async () => {
    await h.send("/alias 0171 2345678 Tom");
    await h.send("/note Tom mag Jazz");
    const logs = h.logLines.join("\n");
    for (const secret of ["2345678", "Tom", "Jazz"]) expect(logs).not.toContain(secret);
  });
});

describe("contact cards in English", () => {
  it("shows the card and flag words in English", async () => {
    const h = await createHarness({ env: { BOT_LANGUAGE: "en" } });
    try {
      await h.send("/flag +49 171 2345678 nocall trusted");
      const [card] = await h.send("/contact 0171 2345678");
      expect(card?.html).toContain("📵 do not call back — by you");
      expect(card?.html).toContain("⭐ trusted");
      expect(card?.html).toContain("mobile");
      expect(card?.choices).toEqual(expect.arrayContaining(["📝 Note", "🕑 Hours", "🗑 Forget"]));
      const [offer] = await h.send("/note 0171 2345678 works at Acme Ltd, likes jazz");
      expect(offer?.html).toContain("employer/company");
      expect(offer?.choices).toEqual(["Save anyway", "Save without it", "Cancel"]);
    } finally {
      await h.close();
    }
  });
});

describe("a number with a digit missing in the contact commands", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("says it looks incomplete, as she typed it, with the digits its prefix needs — and makes no card", async () => {
    const incomplete = "<code>0151 2223334</code> sieht unvollständig aus: Handynummern mit dieser Vorwahl haben 12 Ziffern, hier sind es 11.";
    for (const command of ["/note 0151 2223334 x", "/contact 0151 2223334", "/flag 0151 2223334 nocall", "/alias 0151 2223334 Tom", "/hours_for 0151/2223334 Mo-Fr 12-14", "/forget 0151 2223334"]) {
      const [reply] = await h.send(command);
      expect(reply?.html, command).toContain(command.startsWith("/hours_for") ? incomplete.replace("0151 2223334", "0151/2223334") : incomplete);
      expect(reply?.html, command).toContain("keine Karte");
    }
    expect(await h.services.stores.contacts.all()).toEqual([]);
  });

  it("says a number with a digit too many looks too long", async () => {
    const [reply] = await h.send("/note 0151 222333444 x");
    expect(reply?.html).toContain("<code>0151 222333444</code> sieht zu lang aus: Handynummern mit dieser Vorwahl haben 12 Ziffern, hier sind es 13.");
    expect(await h.services.stores.contacts.all()).toEqual([]);
  });

  it("a shared contact with a digit missing gets no card either", async () => {
    const [reply] = await h.update(sharedContact(h, { phone_number: "+49 151 2223334", first_name: "Tom" }));
    expect(reply?.html).toContain("<code>+49 151 2223334</code> sieht unvollständig aus");
    expect(reply?.html).toContain("13 Ziffern, hier sind es 12");
    expect(await h.services.stores.contacts.all()).toEqual([]);
  });
});

describe("contact cards in Romanian", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ env: { BOT_LANGUAGE: "ro" } });
  });
  afterEach(async () => {
    await h.close();
  });

  it("/contact shows the card, a flag toggles from it, and /flag reads Romanian flag words", async () => {
    const [card] = await h.send("/contact 0171 2345678");
    expect(card?.html).toContain("📞 mobil");
    expect(card?.html).toContain("<b>Marcaje:</b> niciunul");
    expect(card?.html).toContain("<b>Ore permise:</b> fără restricții");
    expect(card?.html).toContain("<b>Notițe:</b> niciuna");
    expect(card?.choices).toEqual(expect.arrayContaining(["📵 nu suna înapoi", "☎️ fix", "📝 Notiță", "🕑 Ore", "🔢 Arată numărul", "🗑 Uită"]));

    const [edited] = await h.tapLabel("nu suna înapoi");
    expect(edited?.html).toContain("📵 nu suna înapoi — de tine, 23.11");
    expect(h.apiCalls.filter((c) => c.method === "answerCallbackQuery").at(-1)?.params.text).toBe("📵 nu suna înapoi: ✓");

    const [set] = await h.send("/flag 0171 2345678 fără sms, telefon fix");
    expect(set?.html).toBe("+49 171 ••• 78 — Marcaje puse: 🔕 fără SMS, ☎️ fix");
    expect(Object.keys((await contactsOf(h.services).get(TOM))!.flags).sort()).toEqual(["landline", "nocall", "nosms"]);

    const [hours] = await h.send("/hours_for 0171 2345678 Lu-Vi 12-14");
    expect(hours?.html).toBe("🕑 Ore permise pentru +49 171 ••• 78: Lu–Vi 12:00–14:00");
    const [list] = await h.send("/contacts");
    expect(list?.html).toContain("<b>Contacte recente</b>");
    expect(list?.html).toContain("încă niciun eveniment");
  });

  it("answers bad input in Romanian, a number with a digit missing included", async () => {
    expect((await h.send("/contact"))[0]?.html).toContain("Care număr?");
    const [short] = await h.send("/note 0151 2223334 doar la prânz");
    expect(short?.html).toBe(
      "<code>0151 2223334</code> pare incomplet: numerele de mobil cu acest prefix au 12 cifre, acesta are 11.\n" +
        "Pentru el nu fac nicio fișă – verifică numărul și trimite-l din nou.",
    );
    const [offer] = await h.send("/note 0171 2345678 arbeitet bei Siemens");
    expect(offer?.html).toContain("• angajator/firmă: „arbeitet bei Siemens”");
    expect(offer?.choices).toEqual(["Salvează oricum", "Salvează fără ele", "Anulează"]);
  });
});
