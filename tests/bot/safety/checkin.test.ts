import { afterEach, describe, expect, it } from "vitest";
import { listCheckIns } from "../../../src/store/checkins.js";
import { AT_19, AT_2030, createSafetyHarness, makeBuddy, MINUTE, type SafetyHarness } from "./support.js";

let s: SafetyHarness | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const alertsOf = (s: SafetyHarness) => s.buddy.messages.filter((m) => m.text.includes("🚨"));
const herMessages = (s: SafetyHarness) => s.h.surface.shown.map((m) => m.html);
const asksOf = (s: SafetyHarness) => herMessages(s).filter((m) => m.startsWith("🛡 Alles ok?"));
/** Her reply's new message: what she reads (the buttons taken off older messages come before it). */
const newest = (shown: ReadonlyArray<{ html: string; edited: boolean }>) => shown.filter((m) => !m.edited).at(-1)?.html ?? shown.at(-1)?.html;

/** A buddy, a booking 19:00–20:30 with a client's card, and a check-in started from /day with place and number. */
async function bookedCheckIn(options: { details?: boolean } = {}): Promise<SafetyHarness> {
  s = await createSafetyHarness();
  // The harness's chat counts message ids from 1 again after a restart; self-cleaning would take the new ones for the old.
  await s.h.send("/privacy reinigung aus");
  await makeBuddy(s);
  await s.h.send("/alias 0171 2345678 Tom");
  await s.h.send("/book 19:00-20:30 Tom");
  await s.h.send("/day");
  const [status] = await s.h.tapLabel("Check-in 19:00");
  expect(status!.html).toContain("Check-in 19:00–20:30");
  expect(status!.html).toContain("Um 20:30 frage ich");
  expect(status!.html).toContain("Anna");
  if (options.details !== false) {
    await s.h.tapLabel("Ort angeben");
    await s.h.send("Hotel Adlon, Zimmer 312");
    await s.h.tapLabel("Nummer mitschicken");
  }
  return s;
}

describe("a check-in with an injected clock", () => {
  it("needs a confirmed buddy first", async () => {
    s = await createSafetyHarness();
    const [reply] = await s.h.send("/checkin 19:00");
    expect(reply!.html).toContain("/buddy");
    expect(await listCheckIns(s.h.services.stores)).toEqual([]);
  });

  it("answered in time: no alert, the details are gone", async () => {
    s = await bookedCheckIn();
    await s.tickAt(AT_19 + 30 * MINUTE);
    expect(asksOf(s)).toEqual([]);
    await s.tickAt(AT_2030);
    expect(s.h.last().html).toBe("🛡 Alles ok?");
    const answer = await s.h.tapLabel("Alles ok");
    expect(answer.at(-1)).toMatchObject({ html: "✅ Gut. Check-in beendet.", edited: true, choices: [] });
    for (let t = AT_2030; t < AT_2030 + 3 * 60 * MINUTE; t += 5 * MINUTE) await s.tickAt(t);
    expect(alertsOf(s)).toEqual([]);
    expect(await listCheckIns(s.h.services.stores)).toEqual([]);
  });

  it("a typed 'ok' answers too", async () => {
    s = await bookedCheckIn({ details: false });
    await s.tickAt(AT_2030 + MINUTE);
    expect(newest(await s.h.send("alles gut"))).toBe("✅ Gut. Check-in beendet.");
    await s.tickAt(AT_2030 + 2 * 60 * MINUTE);
    expect(alertsOf(s)).toEqual([]);
  });

  it("no answer: the question, one nudge, then exactly one alert to the buddy with the details", async () => {
    s = await bookedCheckIn();
    const before = s.h.surface.shown.length;
    for (let t = AT_2030 - 10 * MINUTE; t <= AT_2030 + 4 * 60 * MINUTE; t += MINUTE / 2) await s.tickAt(t);
    expect(asksOf(s)).toEqual(["🛡 Alles ok?", "🛡 Alles ok? Bitte kurz antworten."]);
    const alerts = alertsOf(s);
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!.text;
    expect(alert).toContain("nach ihrem Termin nicht gemeldet (fällig um 21:00)");
    expect(alert).toContain("Ich melde mich nach einem Termin nicht.");
    expect(alert).toContain("Termin: 19:00–20:30");
    expect(alert).toContain("Ort: Hotel Adlon, Zimmer 312");
    expect(alert).toContain("Nummer des Kunden: 0171 2345678");
    expect(alert).not.toContain("Verspätet");
    expect(alerts[0]!.buttons.map((b) => b.text)).toEqual(["👀 Gesehen – ich kümmere mich"]);
    // Her chat says nothing about the alert.
    expect(herMessages(s).slice(before)).toEqual(["🛡 Alles ok?", "🛡 Alles ok? Bitte kurz antworten."]);
  });

  it("answered after the alert: the buddy gets the all-clear, she learns the alert went out", async () => {
    s = await bookedCheckIn({ details: false });
    await s.tickAt(AT_2030);
    await s.tickAt(AT_2030 + 15 * MINUTE);
    await s.tickAt(AT_2030 + 30 * MINUTE);
    expect(alertsOf(s)).toHaveLength(1);
    expect(newest(await s.h.tapLabel("Alles ok"))).toContain("Anna @anna_b hatte um 21:00 einen Alarm bekommen");
    expect(s.buddy.last()!.text).toContain("Entwarnung");
  });

  it("the duress word: an immediate alert, while her chat shows the same reply an ok gets", async () => {
    s = await bookedCheckIn();
    await s.h.send("/safety wort Ananas");
    await s.tickAt(AT_2030);
    const shown = await s.h.send("Ananas");
    expect(newest(shown)).toBe("✅ Gut. Check-in beendet.");
    // Exactly what an ok changes: the check-in's buttons go, one neutral line follows.
    expect(shown.slice(0, -1).every((m) => m.edited && m.choices.length === 0)).toBe(true);
    expect(shown.at(-1)).toMatchObject({ edited: false, choices: [] });
    const alerts = alertsOf(s);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain("um 20:30 ihr Notfallwort geschrieben");
    expect(alerts[0]!.text).toContain("Ort: Hotel Adlon, Zimmer 312");
    // Nothing more: no nudge, no second alert, no all-clear.
    for (let t = AT_2030; t < AT_2030 + 2 * 60 * MINUTE; t += 5 * MINUTE) await s.tickAt(t);
    expect(alertsOf(s)).toHaveLength(1);
    expect(s.buddy.messages.filter((m) => m.text.includes("Entwarnung"))).toEqual([]);
    expect(herMessages(s).filter((m) => m.includes("Bitte kurz antworten"))).toEqual([]);
    expect(await listCheckIns(s.h.services.stores)).toEqual([]);
  });

  it("the duress word anywhere while the appointment runs, in a sentence, before any question", async () => {
    s = await bookedCheckIn({ details: false });
    await s.h.send("/safety wort grüne Tomaten");
    s.h.setNow(AT_19 + 20 * MINUTE);
    expect(newest(await s.h.send("hab noch Grüne Tomaten gekauft"))).toBe("✅ Gut. Check-in beendet.");
    expect(alertsOf(s)).toHaveLength(1);
    expect(alertsOf(s)[0]!.text).toContain("Notfallwort");
  });

  it("after an alert, the duress word gets exactly the reply an ok would", async () => {
    s = await bookedCheckIn({ details: false });
    await s.h.send("/safety wort Ananas");
    await s.tickAt(AT_2030 + 30 * MINUTE);
    expect(alertsOf(s)).toHaveLength(1);
    expect(newest(await s.h.send("Ananas"))).toContain("hatte um 21:00 einen Alarm bekommen und bekommt jetzt Entwarnung");
    expect(alertsOf(s)).toHaveLength(2);
    expect(alertsOf(s)[1]!.text).toContain("Notfallwort");
    expect(s.buddy.messages.filter((m) => m.text.includes("Entwarnung"))).toEqual([]);
  });

  it("without a check-in the duress word is an ordinary message", async () => {
    s = await createSafetyHarness();
    await makeBuddy(s);
    await s.h.send("/safety wort Ananas");
    const [reply] = await s.h.send("Ananas");
    expect(reply!.html).not.toContain("Check-in");
    expect(alertsOf(s)).toEqual([]);
  });

  it("extended: asked later, with one tap", async () => {
    s = await bookedCheckIn({ details: false });
    await s.tickAt(AT_2030);
    const [extended] = await s.h.tapLabel("+30 Min.");
    expect(extended!.html).toContain("Verlängert: ich frage um 21:00.");
    await s.tickAt(AT_2030 + 20 * MINUTE);
    expect(asksOf(s)).toHaveLength(1);
    await s.tickAt(AT_2030 + 30 * MINUTE);
    expect(s.h.last().html).toBe("🛡 Alles ok?");
    await s.tickAt(AT_2030 + 45 * MINUTE);
    await s.tickAt(AT_2030 + 60 * MINUTE);
    expect(alertsOf(s)).toHaveLength(1);
    expect(alertsOf(s)[0]!.text).toContain("fällig um 21:30");
    expect(alertsOf(s)[0]!.text).toContain("Termin: 19:00–21:00");
  });

  it("ended before the end: nothing ever comes, the buttons are gone", async () => {
    s = await bookedCheckIn();
    s.h.setNow(AT_19 + 10 * MINUTE);
    await s.h.send("/checkin");
    const ended = await s.h.tapLabel("Beenden");
    expect(ended.at(-1)).toMatchObject({ html: "✅ Gut. Check-in beendet.", edited: true });
    // Every earlier status message lost its buttons.
    expect(ended.slice(0, -1).every((m) => m.edited && m.choices.length === 0)).toBe(true);
    expect(ended.length).toBeGreaterThan(1);
    for (let t = AT_2030; t < AT_2030 + 2 * 60 * MINUTE; t += 5 * MINUTE) await s.tickAt(t);
    expect(asksOf(s)).toEqual([]);
    expect(alertsOf(s)).toEqual([]);
  });

  it("a removed buddy gets no alert", async () => {
    s = await bookedCheckIn({ details: false });
    await s.h.send("/buddy");
    await s.h.tapLabel("Buddy entfernen");
    await s.h.tapLabel("Ja, entfernen");
    for (let t = AT_2030; t <= AT_2030 + 60 * MINUTE; t += 5 * MINUTE) await s.tickAt(t);
    expect(alertsOf(s)).toEqual([]);
  });

  it("refuses an appointment that is over and reads /checkin with a length, a number and a day", async () => {
    s = await createSafetyHarness();
    await makeBuddy(s);
    s.h.setNow(AT_2030 + 5 * MINUTE);
    const [over] = await s.h.send("/checkin 19:00");
    expect(over!.html).toContain("schon vorbei (Ende 20:00)");
    const [tomorrow] = await s.h.send("/checkin 19:30 90 0160 9876543 morgen");
    expect(tomorrow!.html).toContain("Check-in Di 24.11. 19:30–21:00");
    expect(tomorrow!.html).toContain("📞 Nummer: +49 160 ••• 43");
    const [bad] = await s.h.send("/checkin gestern");
    expect(bad!.html).toContain("/checkin 19:30");
  });
});

describe("check-ins survive a restart", () => {
  it("restart in the middle: the stored check-in is resumed, nudged and alerted once", async () => {
    s = await bookedCheckIn();
    await s.tickAt(AT_2030);
    expect(s.h.last().html).toBe("🛡 Alles ok?");
    const { dataDir, masterKey } = s.h;
    await s.jobs.stop();
    // The process goes; a new one opens the same store.
    const first = s;
    await first.h.services.vault.close();
    s = await createSafetyHarness({ dataDir, masterKey, keepData: false, now: AT_2030 + 5 * MINUTE });
    await s.tickAt(AT_2030 + 5 * MINUTE);
    expect(alertsOf(s)).toEqual([]);
    await s.tickAt(AT_2030 + 15 * MINUTE);
    expect(s.h.last().html).toBe("🛡 Alles ok? Bitte kurz antworten.");
    await s.tickAt(AT_2030 + 30 * MINUTE);
    await s.tickAt(AT_2030 + 31 * MINUTE);
    // The buddy of the first run is the buddy of this one: it was stored.
    expect(alertsOf(s)).toHaveLength(1);
    expect(alertsOf(s)[0]!.text).toContain("Ort: Hotel Adlon, Zimmer 312");
    expect(alertsOf(s)[0]!.text).not.toContain("Verspätet");
  });

  it("an alert due while the bot was down goes out right after the start, marked late", async () => {
    s = await bookedCheckIn();
    const { dataDir, masterKey } = s.h;
    await s.jobs.stop();
    await s.h.services.vault.close();
    // Down from 20:00 to 21:40: the question, the nudge and the alert (21:00) all fell due meanwhile.
    s = await createSafetyHarness({ dataDir, masterKey, now: AT_2030 + 70 * MINUTE });
    await s.jobs.tick({ forceSweep: true });
    const alerts = alertsOf(s);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain("Verspätet: fällig war er um 21:00, ich war bis 21:40 nicht erreichbar.");
    expect(alerts[0]!.text).toContain("Ort: Hotel Adlon, Zimmer 312");
    // She still gets the question, to answer it late.
    expect(s.h.last().html).toBe("🛡 Alles ok?");
    expect(newest(await s.h.tapLabel("Alles ok"))).toContain("einen Alarm bekommen");
    expect(s.buddy.last()!.text).toContain("Entwarnung");
  });
});

describe("times follow her zone across daylight saving", () => {
  it("an appointment over the spring-forward night is asked about at its wall-clock end", async () => {
    // Sunday 29 March 2026: in Berlin 02:00 becomes 03:00. Booked 01:00–03:30 local = 1.5 h.
    const saturdayNight = Date.UTC(2026, 2, 28, 23, 0); // 00:00 local, UTC+1
    s = await createSafetyHarness({ now: saturdayNight });
    await makeBuddy(s);
    const [status] = await s.h.send("/checkin 01:00-03:30");
    expect(status!.html).toContain("Um 03:30 frage ich");
    const endUtc = Date.UTC(2026, 2, 29, 1, 30); // 03:30 at UTC+2
    await s.tickAt(endUtc - MINUTE);
    expect(s.h.last().html).not.toBe("🛡 Alles ok?");
    await s.tickAt(endUtc);
    expect(s.h.last().html).toBe("🛡 Alles ok?");
    await s.tickAt(endUtc + 30 * MINUTE);
    expect(alertsOf(s)[0]!.text).toContain("fällig um 04:00");
  });

  it("her zone, not the machine's: 20:00 in New York is asked at 20:00 there", async () => {
    s = await createSafetyHarness({ env: { BOT_TIMEZONE: "America/New_York" } });
    await makeBuddy(s);
    const [status] = await s.h.send("/checkin 19:00-20:00");
    expect(status!.html).toContain("Um 20:00 frage ich");
    const end = Date.UTC(2026, 10, 24, 1, 0); // 20:00 EST
    await s.tickAt(end - MINUTE);
    expect(asksOf(s)).toEqual([]);
    await s.tickAt(end);
    expect(asksOf(s)).toEqual(["🛡 Alles ok?"]);
  });
});
