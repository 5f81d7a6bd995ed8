import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { zonedEpoch } from "../../src/core/time/zone.js";
import { pruneAppointments } from "../../src/store/appointments.js";
import { GENERAL_ID } from "../../src/store/records/general.js";
import { offerSection } from "../../src/bot/views/offer.js";
import type { BotContext } from "../../src/bot/context.js";
import { translatorFor } from "../../src/bot/i18n.js";
import type { InterfaceLanguage } from "../../src/interface-language.js";
import { createHarness, type Harness } from "../support/harness.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";

const TZ = "Europe/Berlin";
/** Monday 23 Nov 2026, 12:00 in Berlin. */
const MONDAY_NOON = zonedEpoch(TZ, { year: 2026, month: 11, day: 23 }, 12 * 60);
const H = 3_600_000;

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ now: MONDAY_NOON });
  await h.services.stores.general.set(GENERAL_ID, { setupDone: true });
});
afterEach(async () => {
  const emptyRows = keyboardsWithEmptyRows(h.apiCalls);
  await h.close();
  expect(emptyRows).toEqual([]);
});

const text = (messages: { html: string }[]) => messages.map((m) => m.html).join("\n---\n");
const code = (html: string) => /<code>([^<]*)<\/code>/.exec(html)?.[1];

describe("/hours and /off", () => {
  it("sets weekly hours, including a range past midnight", async () => {
    const reply = text(await h.send("/hours mon-fri 11:00-21:00; sat 20:00-02:00; sun off"));
    expect(reply).toContain("Zeiten gespeichert");
    expect(reply).toContain("Sa 20:00–02:00");
    const free = text(await h.send("/free sa"));
    expect(free).toContain("01:00");
  });

  it("answers invalid input with the problem and examples", async () => {
    const reply = text(await h.send("/hours mo-fr 11:00-25:00"));
    expect(reply).toContain("11:00-25:00");
    expect(reply).toContain("/hours mo-fr 11:00-21:00");
  });

  it("stores a date override and a day off, lists and removes them", async () => {
    expect(text(await h.send("/hours 2026-12-23 14:00-18:00"))).toContain("14:00–18:00");
    expect(text(await h.send("/off 2026-12-24"))).toContain("frei");
    const list = await h.send("/off");
    expect(list[0]?.choices).toHaveLength(2);
    expect(text(await h.tapLabel("24.12."))).toContain("folgt wieder");
    expect((await h.send("/off"))[0]?.choices).toHaveLength(1);
    const day = text(await h.send("/day 2026-12-23"));
    expect(day).toContain("Zeiten: 14:00–18:00");
  });
});

describe("/book, /cancel and /day", () => {
  it("books, refuses an overlap with the conflict shown, and cancels", async () => {
    expect(text(await h.send("/book 17:00"))).toContain("Gebucht: Mo 23.11. 17:00–18:00");
    const refused = text(await h.send("/book 18:15 30"));
    expect(refused).toContain("Nicht gebucht");
    expect(refused).toContain("17:00–18:00");
    // 18:30 + 30 min buffer after + 30 before would overlap; 19:00 is clear.
    expect(text(await h.send("/book 19:00-20:30"))).toContain("Gebucht");
    const cancel = await h.send("/cancel");
    expect(cancel[0]?.choices).toHaveLength(2);
    expect(text(await h.tapLabel("17:00"))).toContain("Abgesagt");
    expect(text(await h.send("/book 18:00"))).toContain("Nicht gebucht");
  });

  it("reads day words and dates, and refuses a time that has passed today", async () => {
    expect(text(await h.send("/book 10:00"))).toContain("schon vorbei");
    expect(text(await h.send("/book 17:00-18:30 morgen"))).toContain("Di 24.11. 17:00–18:30");
    expect(text(await h.send("/book 19:00 90 0171 2345678 2026-12-03"))).toContain("Do 3.12. 19:00–20:30");
    expect(text(await h.send("/book abc"))).toContain("/book 17:00");
  });

  it("books by alias when a contact carries it, and never echoes the full number", async () => {
    const e164 = "+491712345678";
    const now = h.now();
    await h.services.stores.contacts.set(e164, { e164, alias: "Tom", flags: {}, notes: [], events: [], outcomes: [], createdAt: now, updatedAt: now });
    await h.services.stores.aliases.set("tom", { alias: "Tom", numbers: [e164] });
    expect(text(await h.send("/book 17:00 Tom"))).toContain("(Tom)");
    expect(text(await h.send("/book 19:00 Jerry"))).toContain("Keinen Kontakt");
    const day = text(await h.send("/day"));
    expect(day).toContain("17:00–18:00 Termin (Tom)");
    expect(h.logLines.join("")).not.toContain("2345678");
  });

  it("shows holds with release and book buttons and the free gaps", async () => {
    await h.send("/book 15:00");
    await h.send("/free");
    const day = await h.send("/day");
    expect(day[0]?.html).toContain("angeboten");
    expect(day[0]?.html).toMatch(/Frei: /);
    const holdButtons = day[0]?.choices ?? [];
    expect(holdButtons.some((c) => c.includes("freigeben"))).toBe(true);
    const booked = await h.tapLabel("buchen");
    expect(text(booked)).toContain("Termin");
    expect(h.surface.notices.at(-1)).toContain("Gebucht");
    await h.tapLabel("freigeben");
    expect(h.surface.notices.at(-1)).toContain("wieder frei");
  });

  it("prunes appointments after the retention period", async () => {
    await h.send("/book 17:00");
    expect(await pruneAppointments(h.services.stores, MONDAY_NOON + 13 * 24 * H)).toEqual({ bookings: 0, holds: 0 });
    expect((await pruneAppointments(h.services.stores, MONDAY_NOON + 15 * 24 * H)).bookings).toBe(1);
  });
});

describe("/free and plain questions", () => {
  it("lists spread-out slots for today with a draft, and holds them", async () => {
    const reply = await h.send("/free");
    expect(reply[0]?.html).toContain("14:00, 17:00, 20:00");
    expect(code(reply[0]?.html ?? "")).toMatch(/14:00/);
    const again = await h.send("/free heute");
    expect(again[0]?.html).not.toContain("14:00, 17:00, 20:00");
    expect(again[0]?.html).not.toMatch(/<code>[^<]*\b14:00\b/);
  });

  it("lets holds expire and releases them with one tap", async () => {
    await h.send("/free");
    await h.tapLabel("Reservierung aufheben");
    expect((await h.send("/free"))[0]?.html).toContain("14:00, 17:00, 20:00");
    h.advance(2 * H + 60_000);
    // 14:01 now: the notice moves the first slot to 16:30, and 17:00 and 20:00 are offered again.
    const later = (await h.send("/free"))[0]?.html ?? "";
    expect(later).toContain("16:30");
    expect(later).toContain("20:00");
  });

  it("answers tomorrow, a weekday, and the next free day when today is full", async () => {
    expect(text(await h.send("/free morgen"))).toContain("Di 24.11.");
    expect(text(await h.send("/free fr"))).toContain("Fr 27.11.");
    h.setNow(zonedEpoch(TZ, { year: 2026, month: 11, day: 23 }, 20 * 60));
    const full = await h.send("/free");
    expect(full[0]?.html).toContain("nichts mehr frei");
    expect(code(full[0]?.html ?? "")).toMatch(/^Heute|nicht mehr|belegt/);
    expect(text(await h.send("/free gestern"))).toContain("Welcher Tag");
  });

  it("counts the DST day right (Sunday 29 March 2026, clocks jump at 02:00)", async () => {
    h.setNow(zonedEpoch(TZ, { year: 2026, month: 3, day: 28 }, 12 * 60));
    await h.send("/hours täglich 00:00-06:00");
    await h.send("/settings");
    const reply = text(await h.send("/free morgen"));
    expect(reply).toContain("So 29.3.");
    expect(reply).not.toContain("02:");
    expect(reply).toContain("00:00");
  });

  it("answers plain questions and passes other text on", async () => {
    expect(text(await h.send("hab ich heute noch was frei?"))).toContain("Frei heute");
    expect(text(await h.send("morgen frei?"))).toContain("Di 24.11.");
    expect(text(await h.send("free tomorrow?"))).toContain("Di 24.11.");
    const other = text(await h.send("Entgangener Anruf 0171 2345678"));
    expect(other).not.toContain("Frei heute");
  });
});

describe("in Romanian", () => {
  beforeEach(async () => h.services.stores.general.set(GENERAL_ID, { setupDone: true, interfaceLanguage: "ro" }));

  it("/free speaks Romanian and still writes the client a German draft", async () => {
    const [reply] = await h.send("/free");
    expect(reply?.html).toContain("<b>Liber azi</b> (Lu 23.11.): 14:00, 17:00, 20:00");
    expect(reply?.html).toContain("Răspuns de copiat:");
    expect(reply?.html).toContain("rămân rezervate pentru acest răspuns timp de 2 h");
    expect(code(reply?.html ?? "")).toMatch(/heute|oder|Passt/);
    expect(code(reply?.html ?? "")).not.toMatch(/azi|astăzi|today/i);
    expect(reply?.choices).toEqual(["✖ Anulează rezervarea"]);
    expect(text(await h.send("/free mâine"))).toContain("<b>Liber mâine</b> (Ma 24.11.)");
    expect(text(await h.send("/free vineri"))).toContain("<b>Liber pe Vi 27.11.</b>");
    expect(text(await h.send("/free ieri"))).toContain("Ce zi?");
  });

  it("answers her plain question in Romanian, and leaves a client's question for the inbox", async () => {
    expect(text(await h.send("am ceva liber mâine?"))).toContain("Liber mâine");
    expect(text(await h.send("Ai loc mâine?"))).not.toContain("Liber mâine");
  });

  it("/hours, /off, /book, /day and /cancel in Romanian", async () => {
    expect(text(await h.send("/hours lu-vi 11-21; sâ 12-18; du liber"))).toContain("✅ Program salvat: Lu–Vi 11:00–21:00; Sâ 12:00–18:00");
    expect(text(await h.send("/hours mâine 14-18"))).toContain("✅ Ma 24.11.: 14:00–18:00 (în locul programului săptămânal)");
    expect(text(await h.send("/hours poimâine liber"))).toContain("✅ Mi 25.11. e zi liberă");
    expect(text(await h.send("/off 24.12."))).toContain("✅ Jo 24.12. e zi liberă (fără programări).");
    expect(text(await h.send("/off șterge 24.12."))).toContain("✅ Jo 24.12. urmează din nou programul săptămânal.");
    expect(text(await h.send("/off azi-ieri"))).toContain("Asta nu e o dată.");
    expect(text(await h.send("/book 17:00"))).toContain("✅ Programat: Lu 23.11. 17:00–18:00");
    const refused = text(await h.send("/book 18:15 30"));
    expect(refused).toContain("⛔ Nu am programat: Lu 23.11. 18:15–18:45 se suprapune (cu pauzele de 30/30 min) cu:");
    expect(refused).toContain("• Programare Lu 23.11. 17:00–18:00");
    expect(text(await h.send("/book 10:00"))).toContain("<code>/book 10:00 mâine</code>");
    expect(text(await h.send("/book 17:00 mâine"))).toContain("✅ Programat: Ma 24.11. 17:00–18:00");
    const day = text(await h.send("/day"));
    expect(day).toContain("<b>Lu 23.11.</b> — Program: 11:00–21:00");
    expect(day).toContain("• 17:00–18:00 Programare");
    expect(day).toMatch(/Liber: 12:00–/);
    expect(text(await h.send("/day mâine"))).toContain("<b>Ma 24.11.</b> — Program: 14:00–18:00");
    expect(text(await h.send("/day poimâine"))).toContain("Program: nu e zi de lucru");
    const cancel = await h.send("/cancel");
    expect(cancel[0]?.html).toContain("Ce programare din Lu 23.11. anulezi?");
    expect(text(await h.tapLabel("17:00"))).toContain("✅ Anulat: Lu 23.11. 17:00–18:00");
  });
});

describe("offerSection", () => {
  const ctxOf = (lang: InterfaceLanguage = "de") => ({ app: h.services, t: translatorFor(lang), draftLanguage: "de" }) as unknown as BotContext;
  const asked = (hour: number) => ({ time: { hour, minute: 0, approx: false } });

  it("gives the requested time when it is free, and holds it", async () => {
    const section = await offerSection(ctxOf(), asked(17));
    expect(code(section.html)).toMatch(/17:00/);
    expect(section.html).toContain("reserviert");
    // The same time is not offered to the next client.
    const next = await offerSection(ctxOf(), asked(17));
    expect(code(next.html)).not.toMatch(/17:00/);
  });

  it("gives the nearest free time when the requested one is taken", async () => {
    await h.send("/book 17:00");
    const section = await offerSection(ctxOf(), asked(17));
    expect(code(section.html)).toMatch(/(15:00|19:00)/);
  });

  it("offers the next free day when nothing is left today, in the client's language", async () => {
    h.setNow(zonedEpoch(TZ, { year: 2026, month: 11, day: 23 }, 20 * 60));
    const de = code((await offerSection(ctxOf(), { day: { kind: "today" } })).html) ?? "";
    expect(de).toMatch(/^Heute|Für heute/);
    expect(de).toMatch(/morgen/i);
    const en = code((await offerSection(ctxOf("de"), { day: { kind: "today" }, lang: "en" })).html) ?? "";
    expect(en).toMatch(/today/i);
    expect(en).toMatch(/tomorrow/i);
  });

  it("writes a follow-up for an offer still held for that contact", async () => {
    const contactKey = h.services.stores.contacts.keyOf("+491712345678");
    await offerSection(ctxOf(), { ...asked(17), contactKey });
    const follow = code((await offerSection(ctxOf(), { intent: "follow-up", contactKey })).html) ?? "";
    expect(follow).toContain("17:00");
    expect(follow).toMatch(/noch|Bleibt|Steht/);
  });
});
