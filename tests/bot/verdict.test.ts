import { afterEach, describe, expect, it } from "vitest";
import type { InboundEvent } from "../../src/core/inbox/types.js";
import { classifyNumber } from "../../src/core/phone/index.js";
import { contactsOf } from "../../src/store/contacts.js";
import { createHarness, type Harness } from "../support/harness.js";

/** Monday 23 November 2026 in Berlin (UTC+1). */
const berlin = (hour: number, minute = 0) => Date.UTC(2026, 10, 23, hour - 1, minute);
const MOBILE = "+491712345678";
const LANDLINE = "+49301234567";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function addEvent(e164: string, event: Omit<InboundEvent, "caller" | "atSource" | "attempts">) {
  await contactsOf(h!.services).addEvents(e164, [{ atSource: "text", attempts: 1, ...event, caller: classifyNumber(e164, "DE") }]);
}
const lines = (html: string) => html.split("\n");

describe("the verdict in a Romanian interface", () => {
  const romanian = (now: number) => createHarness({ now, env: { BOT_LANGUAGE: "ro" } });

  it("✅ with its reason, facts and outcome buttons", async () => {
    h = await romanian(berlin(14));
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 50), asked: { callback: true } });
    const [reply] = await h.send("/check 0171 2345678");
    expect(lines(reply!.html)[0]).toBe("✅ Poți suna înapoi");
    expect(reply!.html).toContain("<b>De ce</b>\n• A cerut un apel înapoi: mesagerie vocală 13:50 (acum 10 min.).");
    expect(reply!.html).toContain("• Tip de număr: mobil");
    expect(reply!.html).toContain("• Ultima cerere: mesagerie vocală 13:50 (acum 10 min.), cere un apel înapoi");
    expect(reply!.html).toContain("⚠️ Dacă nu răspunde nimeni: nu lăsa mesaj pe mesageria vocală.");
    expect(reply!.choices).toEqual(["Am vorbit", "A răspuns altcineva", "Mesagerie vocală", "N-a răspuns nimeni"]);
    expect(reply!.html).not.toMatch(/Zurückrufen|Call back|Warum|Why/);
  });

  it("💬 for the incident at noon, with a German draft", async () => {
    h = await romanian(berlin(12));
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(8, 5), asked: { callback: false, appointment: { day: { kind: "today" } } } });
    await addEvent(MOBILE, { kind: "missed-call", at: berlin(11, 53), asked: { callback: false } });
    const [reply] = await h.send("/check 0171 2345678");
    expect(lines(reply!.html)[0]).toBe("💬 Mai bine scrie");
    expect(reply!.html).toContain("• Apel pierdut 11:53 fără mesaj – asta nu e o cerere de apel înapoi.");
    expect(reply!.html).toContain("• Un mesaj scurt și neutru se potrivește.");
    expect(reply!.html).toContain("• Ultima cerere: mesagerie vocală 08:05 (acum 3 ore), întreabă de o programare azi");
    expect(reply!.html).toContain("<b>Ce ar schimba răspunsul</b>\n• dacă cere un apel înapoi");
    // Her language is Romanian; the client's draft stays German.
    expect(reply!.html).toMatch(/<code>[^<]*(?:Passt|passt|Heute|heute|Uhr|\d\d:\d\d)[^<]*<\/code>/);
    expect(reply!.choices).toContain("📞 Ai sunat totuși? Notează rezultatul");
  });

  it("⏳ in quiet hours, until tomorrow morning, with the callback request speaking for it", async () => {
    h = await romanian(berlin(22, 30));
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(22, 20), asked: { callback: true } });
    const [reply] = await h.send("/check 0171 2345678");
    expect(lines(reply!.html)[0]).toBe("⏳ Nu acum – de la mâine 09:00, apoi sună înapoi");
    expect(reply!.html).toContain("• Ore de liniște 21:00–09:00, acum e 22:30 – până la mâine 09:00, și pentru mesaje.");
    expect(reply!.html).toContain(
      "<b>Pledează pentru, dar contează mai puțin</b>\n• A cerut un apel înapoi: mesagerie vocală 22:20 (acum 10 min.). Dar: Ore de liniște până la mâine 09:00.",
    );
    expect(reply!.html).toContain("• de la mâine 09:00");
  });

  it("⛔ for a landline, a withheld caller and a number with a digit missing", async () => {
    h = await romanian(berlin(14));
    await addEvent(LANDLINE, { kind: "voicemail", at: berlin(13), asked: { callback: true } });
    let [reply] = await h.send("/check 030 1234567");
    expect(lines(reply!.html)[0]).toBe("⛔ Nu lua legătura");
    expect(reply!.html).toContain("• Tip de număr: fix – la un fix nu suni niciodată înapoi, iar un SMS e adesea citit cu voce tare acolo.");
    expect(reply!.html).toContain("• nimic – rămâne așa (Fix)");

    [reply] = await h.send("/check unbekannt");
    expect(lines(reply!.html)[0]).toBe("⛔ Nu lua legătura");
    expect(reply!.html).toContain("• Număr ascuns – nu ai pe cine suna înapoi; așteaptă până sună din nou.");

    [reply] = await h.send("/check 0151 2223334");
    expect(lines(reply!.html)[0]).toBe("⛔ Nu lua legătura");
    expect(reply!.html).toContain("• Număr incomplet: 11 cifre, numerele cu acest prefix au 12 (lipsește una) – nu ai pe cine suna înapoi.");
    expect(reply!.html).toContain("• Număr: incomplet – are 11 cifre, ar trebui să aibă 12");
  });

  it("/why tells the verdicts as they were, in her language", async () => {
    h = await romanian(berlin(14));
    await addEvent(MOBILE, { kind: "voicemail", at: berlin(13, 50), asked: { callback: true } });
    await h.send("/check 0171 2345678");
    const [reply] = await h.send("/why 0171 2345678");
    expect(reply!.html).toContain("✅ Poți suna înapoi\n<b>De ce</b>\n• A cerut un apel înapoi: mesagerie vocală 13:50 (acum 10 min.).");
  });
});
