import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_RULE_SETTINGS } from "../../src/core/rules/index.js";
import { classifyNumber } from "../../src/core/phone/index.js";
import type { Update } from "grammy/types";
import { contactsOf } from "../../src/store/contacts.js";
import { loadRules } from "../../src/store/rule-settings.js";
import { createHarness, OWNER_ID, type Harness } from "../support/harness.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";
import { parseCallDays, parseQuietHours, parseRepeatedCalls } from "../../src/bot/features/rules/settings.js";

/** Monday 23 November 2026 in Berlin (UTC+1). */
const berlin = (hour: number, minute = 0, day = 23) => Date.UTC(2026, 10, day, hour - 1, minute);
const MOBILE = "+491712345678";

let h: Harness;
afterEach(async () => {
  const emptyRows = h ? keyboardsWithEmptyRows(h.apiCalls) : [];
  await h?.close();
  expect(emptyRows).toEqual([]);
});

async function askedToCall(at: number) {
  await contactsOf(h.services).addEvents(MOBILE, [
    { kind: "voicemail", at, atSource: "text", attempts: 1, asked: { callback: true }, caller: classifyNumber(MOBILE, "DE") },
  ]);
}
const firstLine = (html: string) => html.split("\n")[0] ?? "";

describe("/rules", () => {
  it("lists every default rule with its id and state, and the settings as buttons", async () => {
    h = await createHarness({ now: berlin(14) });
    const [reply] = await h.send("/rules");
    for (const id of ["withheld", "landline", "someone-else-answered", "no-fresh-request", "quiet-hours", "asked-to-call"]) {
      expect(reply!.html).toContain(`<code>${id}</code>`);
    }
    expect(reply!.html).toContain("🔒 <code>landline</code>");
    expect(reply!.html).toContain("🟢 <code>quiet-hours</code>");
    expect(reply!.html).toContain("Version 2026.1");
    expect(reply!.choices).toContain("Ruhezeit: 21:00–09:00");
    expect(reply!.choices).toContain("Anfrage gilt: 24 h");
  });

  it("adds a valid rule, which then decides", async () => {
    h = await createHarness({ now: berlin(14) });
    await askedToCall(berlin(13, 50));
    const rule = '{"id":"no-monday","verdict":"none","reason":"Montags nie","when":{"weekday":["mon"]}}';
    let [reply] = await h.send(`/rules add ${rule}`);
    expect(reply!.html).toContain("Regel <code>no-monday</code> gespeichert und eingeschaltet: ⛔ Montags nie");

    [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("⛔ Nicht melden");
    expect(reply!.html).toContain("Eigene Regel „no-monday“: Montags nie");

    [reply] = await h.send("/rules");
    expect(reply!.html).toContain("🟢 <code>no-monday</code> ⛔ Montags nie");

    // Off, the default practice answers again; on, it decides again; removed, it is gone.
    [reply] = await h.send("/rules off no-monday");
    expect(reply!.html).toContain("Regel <code>no-monday</code> ist aus.");
    [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("✅ Zurückrufen ist ok");
    [reply] = await h.send("/rules on no-monday");
    expect(reply!.html).toContain("ist an");
    [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("⛔ Nicht melden");
    [reply] = await h.send("/rules remove no-monday");
    expect(reply!.html).toContain("gelöscht");
    expect((await loadRules(h.services.stores)).custom).toEqual([]);
  });

  it("accepts typographic quotes as Telegram keyboards type them", async () => {
    h = await createHarness({ now: berlin(14) });
    const [reply] = await h.send("/rules add {“id”:“late”,“verdict”:“later”,“until”:“10:00”,“reason”:“Erst ab 10”,“when”:{“time”:{“from”:“09:00”,“to”:“10:00”}}}");
    expect(reply!.html).toContain("Regel <code>late</code> gespeichert");
  });

  it("rejects invalid rules with the exact problem and keeps the old ones", async () => {
    h = await createHarness({ now: berlin(14) });
    await h.send('/rules add {"id":"keep-me","verdict":"text","reason":"Nur schreiben","when":{"fact":"number.foreign","op":"eq","value":true}}');

    let [reply] = await h.send('/rules add {"id":"x","verdict":"none",');
    expect(reply!.html).toContain("Kein gültiges JSON");
    expect(reply!.html).toContain("bisherigen Regeln bleiben unverändert");
    expect(reply!.html).toContain("<code>/rules add {");

    [reply] = await h.send('/rules add {"id":"Bad Id","verdict":"maybe","reason":"x","when":{"fact":"hour","op":"gt","value":25}}');
    expect(reply!.html).toContain("Regel nicht gespeichert");
    expect(reply!.html).toContain("• id: erwartet Kleinbuchstaben, Ziffern und Bindestriche, z. B. no-calls-friday");
    expect(reply!.html).toContain("• verdict: erwartet eins davon: call, text, later, none");
    expect(reply!.html).toContain("• when.value: höchstens 23");

    [reply] = await h.send('/rules add {"id":"keep-me","verdict":"none","reason":"again","when":{"weekday":["sun"]}}');
    expect(reply!.html).toContain("• id: eine Regel „keep-me“ gibt es schon");

    [reply] = await h.send('/rules add {"id":"num","verdict":"none","reason":"nicht 0171 2345678","when":{"weekday":["sun"]}}');
    expect(reply!.html).toContain("• reason: darf keine Telefonnummer enthalten");
    expect(reply!.html).not.toContain("2345678");

    const state = await loadRules(h.services.stores);
    expect(state.custom.map((c) => c.id)).toEqual(["keep-me"]);
  });

  it("switches default rules off and on, but never the safety rules", async () => {
    h = await createHarness({ now: berlin(22, 30) });
    await askedToCall(berlin(22, 20));
    let [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toMatch(/^⏳/);

    [reply] = await h.send("/rules off quiet-hours");
    expect(reply!.html).toContain("Regel <code>quiet-hours</code> ist aus.");
    expect(reply!.html).toContain("großzügiger");
    [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("✅ Zurückrufen ist ok");
    expect(reply!.html).toContain("Abgeschaltete Regeln: quiet-hours");
    [reply] = await h.send("/rules off quiet-hours");
    expect(reply!.html).toContain("schon aus");
    [reply] = await h.send("/rules on quiet-hours");
    expect(reply!.html).toContain("ist an");

    for (const id of ["warnlist", "withheld", "blocked", "landline", "someone-else-answered"]) {
      [reply] = await h.send(`/rules off ${id}`);
      expect(reply!.html).toContain("ist eine Schutzregel und bleibt an");
    }
    [reply] = await h.send("/rules off no-such-rule");
    expect(reply!.html).toContain("Keine Regel mit der id „no-such-rule“");
    [reply] = await h.send("/rules remove landline");
    expect(reply!.html).toContain("lässt sich nur ausschalten");
    [reply] = await h.send("/rules off");
    expect(reply!.html).toContain("Welche Regel?");
    [reply] = await h.send("/rules frobnicate");
    expect(reply!.html).toContain("Das kenne ich bei /rules nicht");
  });

  it("changes settings with buttons, edited in place", async () => {
    h = await createHarness({ now: berlin(14) });
    await h.send("/rules");
    let [edited] = await h.tapLabel("Ruhezeit");
    expect(edited!.edited).toBe(true);
    expect(edited!.choices).toContain("Ruhezeit: 22:00–08:00");
    [edited] = await h.tapLabel("Anfrage gilt");
    expect(edited!.choices).toContain("Anfrage gilt: 48 h");
    [edited] = await h.tapLabel("Verpasster Anruf");
    expect(edited!.choices).toContain("Verpasster Anruf → schreiben: immer");
    [edited] = await h.tapLabel("Mobil oder Festnetz");
    expect(edited!.choices).toContain("„Mobil oder Festnetz“ = Festnetz: nein");
    [edited] = await h.tapLabel("Hinweis Ausland");
    [edited] = await h.tapLabel("Hinweis Sondernummern");
    [edited] = await h.tapLabel("Anruftage");
    expect(edited!.choices).toContain("Anruftage: Mo–Fr");
    [edited] = await h.tapLabel("Mehrfachanrufe");
    expect(edited!.choices).toContain("Mehrfachanrufe: 2 in 10 Min.");
    [edited] = await h.tapLabel("Mailbox-Erinnerung");
    expect(edited!.choices).toContain("Mailbox-Erinnerung: aus");

    const { settings } = await loadRules(h.services.stores);
    expect(settings).toEqual({
      ...DEFAULT_RULE_SETTINGS,
      quietHours: { start: 22 * 60, end: 32 * 60 },
      freshnessHours: 48,
      missedCallText: "always",
      mobileOrLandlineIsLandline: false,
      cautionForeign: false,
      cautionSpecial: false,
      callDays: [1, 2, 3, 4, 5],
      repeatedCalls: { count: 2, minutes: 10 },
      voicemailReminder: false,
    });
  });

  it("call days and quiet hours by command change the verdict", async () => {
    h = await createHarness({ now: berlin(21, 30) });
    await askedToCall(berlin(21, 20));
    let [reply] = await h.send("/rules quiet 22:00-08:00");
    expect(reply!.html).toBe("Ruhezeit: 22:00–08:00.");
    [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toBe("✅ Zurückrufen ist ok");

    [reply] = await h.send("/rules days Di-Fr");
    expect(reply!.html).toBe("Anruftage: Di–Fr.");
    [reply] = await h.send("/check 0171 2345678");
    expect(firstLine(reply!.html)).toMatch(/^⏳ Jetzt nicht – ab morgen 08:00/);

    [reply] = await h.send("/rules quiet aus");
    expect(reply!.html).toBe("Ruhezeit: keine.");
    [reply] = await h.send("/rules quiet irgendwann");
    expect(reply!.html).toContain("<code>/rules quiet 22:00-08:00</code>");
    [reply] = await h.send("/rules days nie");
    expect(reply!.html).toContain("<code>/rules days Mo-Fr</code>");
    [reply] = await h.send("/rules calls 4/15");
    expect(reply!.html).toContain("ab 4 Anrufen in 15 Min.");
  });

  it("speaks Romanian: the listing, the buttons, her rules, their problems and the settings by command", async () => {
    h = await createHarness({ now: berlin(14), env: { BOT_LANGUAGE: "ro" } });
    let [reply] = await h.send("/rules");
    expect(reply!.html).toContain("<b>Reguli</b>\nImplicite (versiunea 2026.1) – 🟢 activă · ⚪️ inactivă · 🔒 rămâne activă");
    expect(reply!.html).toContain("🟢 <code>quiet-hours</code> ⏳ În orele tale de liniște: așteaptă să se termine (și pentru mesaje).");
    expect(reply!.html).toContain("<b>Regulile tale</b>: încă niciuna.");
    expect(reply!.html).toContain("<code>/rules days Lu-Vi</code>");
    expect(reply!.choices).toEqual([
      "Ore de liniște: 21:00–09:00",
      "O cerere contează: 24 h",
      "Apel pierdut → scrie: după o cerere",
      "„Mobil sau fix” = fix: da",
      "Avertisment străinătate: activ",
      "Avertisment numere speciale: activ",
      "Zile de apeluri: zilnic",
      "Apeluri repetate: 3 în 10 min.",
      "Memento mesagerie vocală: activ",
    ]);
    const [edited] = await h.tapLabel("Zile de apeluri");
    expect(edited!.choices).toContain("Zile de apeluri: Lu–Vi");

    [reply] = await h.send('/rules add {"id":"Fara Luni","verdict":"none","when":{"weekday":["mon"]}}');
    expect(reply!.html).toContain("Regula nu a fost salvată, regulile tale rămân cum erau.");
    expect(reply!.html).toContain("• id: se așteaptă litere mici, cifre și cratime, de ex. no-calls-friday");
    expect(reply!.html).toContain("• reason: lipsește");
    expect(reply!.html).toContain('"reason":"Duminica niciodată"');

    [reply] = await h.send('/rules add {"id":"fara-luni","verdict":"none","reason":"Lunea niciodată","when":{"weekday":["mon"]}}');
    expect(reply!.html).toBe("Regula <code>fara-luni</code> a fost salvată și activată: ⛔ Lunea niciodată");
    [reply] = await h.send("/rules off quiet-hours");
    expect(reply!.html).toContain("Regula <code>quiet-hours</code> e inactivă.\nAtenție: fără această regulă răspunsurile pot fi mai permisive.");
    [reply] = await h.send("/rules off landline");
    expect(reply!.html).toContain("<code>landline</code> e o regulă de siguranță și rămâne activă: la un fix poate răspunde oricine");
    expect((await h.send("/rules quiet 22:00 până la 07:00"))[0]!.html).toBe("Ore de liniște: 22:00–07:00.");
    expect((await h.send("/rules quiet oprit"))[0]!.html).toBe("Ore de liniște: niciuna.");
    expect((await h.send("/rules days Lu, Mi, Vi"))[0]!.html).toBe("Zile de apeluri: Lu, Mi, Vi.");
    expect((await h.send("/rules calls 20/30"))[0]!.html).toBe("Apeluri repetate: semnalez de la 20 de apeluri în 30 min.");
    [reply] = await h.send("/rules");
    expect(reply!.html).toContain("🟢 <code>fara-luni</code> ⛔ Lunea niciodată");
    expect(reply!.html).toContain("⚪️ <code>quiet-hours</code>");
    expect(reply!.html).not.toMatch(/Regeln|Rules|Ruhezeit|Quiet hours/);
  });

  it("a forged settings button gets a friendly answer", async () => {
    h = await createHarness({ now: berlin(14) });
    await h.update({
      update_id: 4711,
      callback_query: {
        id: "1",
        from: { id: OWNER_ID, is_bot: false, first_name: "Owner" },
        chat_instance: "local",
        data: "rs:zz",
        message: { message_id: 1, date: 0, chat: { id: OWNER_ID, type: "private", first_name: "Owner" }, text: "x" },
      },
    } as unknown as Update);
    expect(h.apiCalls.at(-1)).toMatchObject({ method: "answerCallbackQuery" });
    expect(String(h.apiCalls.at(-1)?.params.text)).toContain("nicht mehr gültig");
  });
});

describe("settings parsers", () => {
  it("reads quiet hours, call days and repeated calls as she writes them", () => {
    expect(parseQuietHours("22:00-08:00")).toEqual({ start: 1320, end: 1920 });
    expect(parseQuietHours("22-8")).toEqual({ start: 1320, end: 1920 });
    expect(parseQuietHours("13:00 bis 15:00")).toEqual({ start: 780, end: 900 });
    expect(parseQuietHours("off")).toBeNull();
    expect(parseQuietHours("8-8")).toBeUndefined();
    expect(parseQuietHours("25-3")).toBeUndefined();
    expect(parseCallDays("Mo-Fr")).toEqual([1, 2, 3, 4, 5]);
    expect(parseCallDays("werktags")).toEqual([1, 2, 3, 4, 5]);
    expect(parseCallDays("Sa, So")).toEqual([0, 6]);
    expect(parseCallDays("täglich")).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parseCallDays("Mo 10-12")).toBeUndefined();
    expect(parseRepeatedCalls("3/10")).toEqual({ count: 3, minutes: 10 });
    expect(parseRepeatedCalls("3 in 10")).toEqual({ count: 3, minutes: 10 });
    expect(parseRepeatedCalls("1/10")).toBeUndefined();
  });
});
