import { afterEach, describe, expect, it } from "vitest";
import { localDateOf, zonedEpoch } from "../../src/core/time/zone.js";
import { listActiveHolds, listBookings, loadAvailability, updateAvailability } from "../../src/store/appointments.js";
import { GENERAL_ID } from "../../src/store/records/general.js";
import { createHarness, type Harness } from "../support/harness.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";

const TZ = "Europe/Berlin";
const at = (month: number, day: number, hour: number, minute: number) => zonedEpoch(TZ, { year: 2026, month, day }, hour * 60 + minute);
/** Wednesday 2 December 2026, 00:20 in Berlin: the Tuesday evening has only just turned into Wednesday. */
const WEDNESDAY_0020 = at(12, 2, 0, 20);
const WEDNESDAY_0600 = at(12, 2, 6, 0);

let h: Harness;
async function start(now: number, language = "de"): Promise<Harness> {
  h = await createHarness({ now, env: { BOT_LANGUAGE: language } });
  await h.services.stores.general.set(GENERAL_ID, { setupDone: true });
  return h;
}
afterEach(async () => {
  const emptyRows = keyboardsWithEmptyRows(h.apiCalls);
  await h.close();
  expect(emptyRows).toEqual([]);
});

const text = (messages: { html: string }[]) => messages.map((m) => m.html).join("\n---\n");
const draft = (html: string) => /<code>([^<]*)<\/code>/.exec(html)?.[1] ?? "";
const holdDays = async () =>
  (await listActiveHolds(h.services.stores, h.now())).map((hold) => localDateOf(hold.start, TZ).day);

describe("'morgen' after midnight, through the chat", () => {
  it("at 00:20 /free morgen answers for the day that has begun, names it, and one tap gives the other day", async () => {
    await start(WEDNESDAY_0020);
    const [reply] = await h.send("/free morgen");
    expect(reply?.html).toContain("<b>Frei heute</b> (Mi 2.12.)");
    expect(reply?.html).toContain("„morgen“ = Mi 2.12., weil es erst 00:20 ist.");
    expect(reply?.choices).toContain("↔ Do 3.12. gemeint");
    expect(await holdDays()).not.toContain(3);
    expect(new Set(await holdDays())).toEqual(new Set([2]));

    const [other] = await h.tapLabel("Do 3.12. gemeint");
    expect(other?.edited).toBe(true);
    expect(other?.messageId).toBe(reply?.messageId);
    expect(other?.html).toContain("<b>Frei am Do 3.12.</b>");
    expect(other?.html).not.toContain("weil es erst");
    expect(other?.choices.some((c) => c.includes("gemeint"))).toBe(false);
    // The draft for the day she did not mean holds nothing any more; the new one holds Thursday.
    expect(new Set(await holdDays())).toEqual(new Set([3]));
    expect(draft(other?.html ?? "")).toMatch(/morgen/i);
  });

  it("at 06:00 'morgen' is the calendar's tomorrow, with no other reading offered", async () => {
    await start(WEDNESDAY_0600);
    const [reply] = await h.send("/free morgen");
    expect(reply?.html).toContain("<b>Frei morgen</b> (Do 3.12.)");
    expect(reply?.html).not.toContain("weil es erst");
    expect(reply?.choices).toEqual(["✖ Reservierung aufheben"]);
    expect(text(await h.send("/day morgen"))).toContain("<b>Do 3.12.</b>");
    expect(text(await h.send("morgen frei?"))).not.toContain("weil es erst");
  });

  it("reads the plain question 'morgen frei?' the same way", async () => {
    await start(WEDNESDAY_0020);
    const [reply] = await h.send("morgen frei?");
    expect(reply?.html).toContain("„morgen“ = Mi 2.12.");
    expect((await h.tapLabel("gemeint"))[0]?.html).toContain("Do 3.12.");
  });

  it("/day morgen shows the day begun, and the tap the other", async () => {
    await start(WEDNESDAY_0020);
    const [day] = await h.send("/day morgen");
    expect(day?.html).toContain("<b>Mi 2.12.</b>");
    expect(day?.html).toContain("„morgen“ = Mi 2.12., weil es erst 00:20 ist.");
    expect((await h.tapLabel("Do 3.12. gemeint"))[0]?.html).toContain("<b>Do 3.12.</b>");
  });

  it("/book 17:00 morgen books the day begun; the tap moves the booking to the other day", async () => {
    await start(WEDNESDAY_0020);
    const booked = text(await h.send("/book 17:00 morgen"));
    expect(booked).toContain("✅ Gebucht: Mi 2.12. 17:00–18:00");
    expect(booked).toContain("„morgen“ = Mi 2.12.");
    const [moved] = await h.tapLabel("Do 3.12. gemeint");
    expect(moved?.html).toContain("✅ Gebucht: Do 3.12. 17:00–18:00 (statt Mi 2.12.)");
    expect(moved?.choices).toEqual([]);
    const bookings = await listBookings(h.services.stores);
    expect(bookings.map((b) => [localDateOf(b.start, TZ).day, b.end - b.start])).toEqual([[3, 3_600_000]]);
  });

  it("/book for a time already past on the day begun takes the calendar day, without asking", async () => {
    await start(WEDNESDAY_0020);
    const [reply] = await h.send("/book 00:10 morgen");
    expect(reply?.html).toContain("Gebucht: Do 3.12. 00:10–01:10");
    expect(reply?.choices).toEqual([]);
  });

  it("a refused /book offers to book the other day instead", async () => {
    await start(WEDNESDAY_0020);
    await h.send("/book 17:00 2026-12-02");
    const refused = await h.send("/book 17:30 morgen");
    expect(text(refused)).toContain("Nicht gebucht");
    const [booked] = await h.tapLabel("Do 3.12. gemeint");
    expect(booked?.html).toContain("✅ Gebucht: Do 3.12. 17:30–18:30");
    expect((await listBookings(h.services.stores)).map((b) => localDateOf(b.start, TZ).day)).toEqual([2, 3]);
  });

  it("/off morgen takes the day begun off; the tap moves it and gives the first day back what it had", async () => {
    await start(WEDNESDAY_0020);
    await h.send("/hours 2026-12-02 14:00-18:00");
    const [off] = await h.send("/off morgen");
    expect(off?.html).toContain("✅ Mi 2.12. ist frei");
    expect(off?.html).toContain("„morgen“ = Mi 2.12.");
    const [moved] = await h.tapLabel("Do 3.12. gemeint");
    expect(moved?.html).toContain("✅ Do 3.12. ist frei");
    expect(moved?.html).toContain("Mi 2.12. ist wieder wie vorher.");
    expect((await loadAvailability(h.services.stores)).overrides).toEqual({
      "2026-12-02": [{ start: 840, end: 1080 }],
      "2026-12-03": [],
    });
  });

  it("/cancel morgen lists the day begun, and the tap the other", async () => {
    await start(WEDNESDAY_0020);
    await h.send("/book 15:00 2026-12-03");
    const [list] = await h.send("/cancel morgen");
    expect(list?.html).toContain("Am Mi 2.12. ist nichts gebucht.");
    const [other] = await h.tapLabel("Do 3.12. gemeint");
    expect(other?.html).toContain("Do 3.12.");
    expect(other?.choices.some((c) => c.includes("15:00–16:00"))).toBe(true);
  });

  it("in Romanian: 'mâine' at 00:20, said in her language, with a German draft", async () => {
    await start(WEDNESDAY_0020, "ro");
    const [reply] = await h.send("/free mâine");
    expect(reply?.html).toContain("<b>Liber azi</b> (Mi 2.12.)");
    expect(reply?.html).toContain("„mâine” = Mi 2.12., pentru că e abia 00:20.");
    expect(draft(reply?.html ?? "")).toMatch(/heute|oder|Passt/);
    expect(draft(reply?.html ?? "")).not.toMatch(/azi|mâine|today/i);
    const [other] = await h.tapLabel("Mă refeream la Jo 3.12.");
    expect(other?.html).toContain("<b>Liber pe Jo 3.12.</b>");
  });

  it("'heute Nacht' after the evening's hours ended: nothing left tonight, the day begun is the next free one", async () => {
    await start(WEDNESDAY_0020);
    const [reply] = await h.send("/free heute Nacht");
    expect(reply?.html).toContain("Di 1.12.: nichts mehr frei.");
    expect(reply?.html).toContain("Nächster freier Tag: <b>Mi 2.12.</b>: 11:00");
    expect(reply?.html).toContain("„heute Nacht“ = die Nacht von Di 1.12. auf Mi 2.12., weil es erst 00:20 ist.");
    expect(draft(reply?.html ?? "")).toMatch(/^(Passt )?[Hh]eute 11:00/);
    expect(text(await h.send("/free 2026-11-30"))).toContain("Welcher Tag?");
  });

  it("on the night clocks go forward, 'heute Nacht' at 01:20 is Saturday's night, without the hour that does not exist", async () => {
    // Sunday 29 March 2026: at 02:00 CET Berlin's clocks jump to 03:00 CEST.
    await start(at(3, 29, 1, 20));
    await h.send("/hours sa 20:00-04:00");
    await updateAvailability(h.services.stores, (s) => ({ ...s, noticeMinutes: 0 }));
    const [reply] = await h.send("/free heute nacht");
    expect(reply?.html).toContain("<b>Frei heute Nacht</b> (Sa 28.3.): 01:30, 03:00");
    expect(reply?.html).toContain("„heute Nacht“ = die Nacht von Sa 28.3. auf So 29.3., weil es erst 01:20 ist.");
    expect(draft(reply?.html ?? "")).not.toMatch(/\b02:\d\d/);
    const [other] = await h.tapLabel("So 29.3. gemeint");
    expect(other?.html).toContain("So 29.3.: nichts mehr frei.");
    // 03:20 is summer time already, and still the night: 'morgen' is the Sunday that has begun.
    h.setNow(Date.UTC(2026, 2, 29, 1, 20));
    expect(text(await h.send("/day morgen"))).toContain("„morgen“ = So 29.3., weil es erst 03:20 ist.");
  });
});
