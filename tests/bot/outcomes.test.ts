import { afterEach, describe, expect, it } from "vitest";
import { classifyNumber } from "../../src/core/phone/index.js";
import { contactsOf } from "../../src/store/contacts.js";
import { logOutcome, pruneVerdictLogs, VERDICT_LOG_LIMIT, verdictLogOf } from "../../src/store/verdict-log.js";
import { createHarness, type Harness } from "../support/harness.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";

/** Monday 23 November 2026 in Berlin (UTC+1). */
const berlin = (hour: number, minute = 0, day = 23) => Date.UTC(2026, 10, day, hour - 1, minute);
const MOBILE = "+491712345678";
const OTHER = "+491607654321";
const DAY = 86_400_000;

let h: Harness;
afterEach(async () => {
  const emptyRows = h ? keyboardsWithEmptyRows(h.apiCalls) : [];
  await h?.close();
  expect(emptyRows).toEqual([]);
});

async function askedToCall(e164: string, at: number) {
  await contactsOf(h.services).addEvents(e164, [
    { kind: "voicemail", at, atSource: "text", attempts: 1, asked: { callback: true }, caller: classifyNumber(e164, "DE") },
  ]);
}

describe("/why", () => {
  it("shows the last verdicts and outcomes with their explanations, newest first", async () => {
    h = await createHarness({ now: berlin(14) });
    await askedToCall(MOBILE, berlin(13, 50));
    await contactsOf(h.services).setAlias(MOBILE, "Tom");
    await h.send("/check 0171 2345678");
    h.setNow(berlin(14, 10));
    await h.tapLabel("Keiner ran");
    h.setNow(berlin(22, 0));
    await h.send("/check tom");

    const [reply] = await h.send("/why Tom");
    const html = reply!.html;
    expect(html).toContain("<b>Verlauf</b>");
    expect(html).toContain("📞 +49 171 ••• 78 · Tom");
    const late = html.indexOf("<b>Mo 23.11. 22:00</b>");
    const outcome = html.indexOf("<b>Mo 23.11. 14:10</b> — Rückruf: keiner ran");
    const first = html.indexOf("<b>Mo 23.11. 14:00</b>");
    expect(late).toBeGreaterThan(0);
    expect(outcome).toBeGreaterThan(late);
    expect(first).toBeGreaterThan(outcome);
    // Each verdict with its deciding reasons, explained as at the time it was given.
    expect(html).toContain("✅ Zurückrufen ist ok\n<b>Warum</b>\n• Um Rückruf gebeten: Mailbox 13:50 (vor 10 Min.).");
    expect(html).toMatch(/⏳ Jetzt nicht – ab morgen 09:00/);
    expect(html).not.toContain("2345678");
  });

  it("explains what it cannot show", async () => {
    h = await createHarness({ now: berlin(14) });
    let [reply] = await h.send("/why");
    expect(reply!.html).toContain("<code>/why 0171 2345678</code>");
    [reply] = await h.send("/why 0171 2345678");
    expect(reply!.html).toContain("noch keine Bewertung gezeigt");
    [reply] = await h.send("/why unbekannt");
    expect(reply!.html).toContain("keinen Verlauf");
    [reply] = await h.send("/why Niemand");
    expect(reply!.html).toContain("weder eine Nummer noch ein Alias");
    [reply] = await h.send("/why 0151 2223334");
    expect(reply!.html).toBe(
      "<code>0151 2223334</code> sieht unvollständig aus: Handynummern mit dieser Vorwahl haben 12 Ziffern, hier sind es 11.\n" +
        "Zu unterdrückten oder unbrauchbaren Nummern führe ich keinen Verlauf – sie sind immer ⛔.",
    );
  });
});

describe("the verdict log", () => {
  it("keeps the last entries per number, encrypted under a hash of the number", async () => {
    h = await createHarness({ now: berlin(14) });
    for (let i = 0; i < VERDICT_LOG_LIMIT + 5; i++) await logOutcome(h.services.stores, MOBILE, "no-answer", berlin(14) + i);
    const log = await verdictLogOf(h.services.stores, MOBILE);
    expect(log).toHaveLength(VERDICT_LOG_LIMIT);
    expect(log[0]!.at).toBe(berlin(14) + 5);
    expect(h.services.stores.verdictLog.keyOf(MOBILE)).not.toContain("2345678");
  });

  it("prunes entries past retention and numbers left empty", async () => {
    h = await createHarness({ now: berlin(14) });
    const now = berlin(14);
    await logOutcome(h.services.stores, MOBILE, "reached", now - 40 * DAY);
    await logOutcome(h.services.stores, MOBILE, "reached", now - 2 * DAY);
    await logOutcome(h.services.stores, OTHER, "voicemail", now - 31 * DAY);
    expect(await pruneVerdictLogs(h.services.stores, now)).toEqual({ removedEntries: 2, removedNumbers: 1 });
    expect(await verdictLogOf(h.services.stores, MOBILE)).toEqual([{ kind: "outcome", outcome: "reached", at: now - 2 * DAY }]);
    expect(await verdictLogOf(h.services.stores, OTHER)).toEqual([]);
    expect(await pruneVerdictLogs(h.services.stores, now, 1)).toEqual({ removedEntries: 1, removedNumbers: 1 });
  });
});

describe("outcomes on the card", () => {
  it("reached and no answer are recorded without flags", async () => {
    h = await createHarness({ now: berlin(14) });
    await askedToCall(MOBILE, berlin(13, 50));
    await h.send("/check 0171 2345678");
    const [reached] = await h.tapLabel("Erreicht");
    expect(reached!.html).toBe("Vermerkt: erreicht.");
    h.advance(10 * 60_000);
    await h.send("/check 0171 2345678");
    const card = await contactsOf(h.services).get(MOBILE);
    expect(card?.flags).toEqual({});
    expect(card?.outcomes.map((o) => o.outcome)).toEqual(["reached"]);
  });

  it("the outcome buttons of a forgotten number say so", async () => {
    h = await createHarness({ now: berlin(14) });
    await askedToCall(MOBILE, berlin(13, 50));
    await h.send("/check 0171 2345678");
    await contactsOf(h.services).forget(MOBILE);
    await h.tapLabel("Erreicht");
    expect(h.apiCalls.at(-1)).toMatchObject({ method: "answerCallbackQuery", params: { text: "Zu dieser Nummer ist nichts mehr gespeichert." } });
  });
});
