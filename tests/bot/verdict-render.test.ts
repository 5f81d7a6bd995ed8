import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyNumber } from "../../src/core/phone/index.js";
import { evaluate } from "../../src/core/rules/evaluate.js";
import { DEFAULT_RULE_IDS } from "../../src/core/rules/decision.js";
import { VERDICT_EMOJI } from "../../src/core/rules/types.js";
import { translatorFor } from "../../src/bot/i18n.js";
import { explanationHtml } from "../../src/bot/views/verdict.js";
import { renderDecision, ruleTitle } from "../../src/bot/views/verdict/render.js";
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from "../../src/interface-language.js";
import { factsArb } from "../core/rules/arbitraries.js";
import { ASKED_APPOINTMENT_TODAY, ASKED_CALLBACK, L, LANDLINE, TZ, ev, facts, flags } from "../core/rules/fixtures.js";

const MON = "2026-03-16";
const render = (f: Parameters<typeof facts>[0], lang: InterfaceLanguage) => renderDecision(evaluate(facts(f)), translatorFor(lang), TZ);
const incidentNoon = { now: `${MON} 12:00`, events: [ev("voicemail", `${MON} 08:05`, ASKED_APPOINTMENT_TODAY), ev("missed-call", `${MON} 11:53`)] };

describe("renderDecision", () => {
  it("the incident at noon, in German", () => {
    const r = render(incidentNoon, "de");
    expect(r.headline).toBe("💬 Lieber schreiben");
    expect(r.reasons[0]).toBe("Verpasster Anruf 11:53 ohne Nachricht – das ist keine Bitte um Rückruf.");
    expect(r.reasons).toContain("Eine kurze, neutrale Nachricht passt.");
    expect(r.facts).toContain("Nummernart: Mobil");
    expect(r.facts).toContain("Letzte Anfrage: Mailbox 08:05 (vor 3 Std.), fragt nach einem Termin heute");
    expect(r.facts).toContain("Letzter Kontakt: verpasster Anruf 11:53 (vor 7 Min.), ohne Nachricht");
    expect(r.wouldChange).toEqual(["wenn um Rückruf gebeten wird"]);
  });

  it("the incident at noon, in English", () => {
    const r = render(incidentNoon, "en");
    expect(r.headline).toBe("💬 Text instead");
    expect(r.reasons[0]).toBe("Missed call 11:53 with no message – that is not a request to call back.");
    expect(r.facts).toContain("Last request: voicemail 08:05 (3 h ago), asks for an appointment today");
  });

  it("call back", () => {
    const f = { now: `${MON} 10:00`, events: [ev("voicemail", `${MON} 09:55`, ASKED_CALLBACK)] };
    expect(render(f, "de").headline).toBe("✅ Zurückrufen ist ok");
    expect(render(f, "en").headline).toBe("✅ Call back OK");
    expect(render(f, "en").hints).toContain("If nobody answers: leave no voicemail.");
  });

  it("not now, from today's time, and from tomorrow's", () => {
    const early = { now: `${MON} 08:10`, events: [ev("voicemail", `${MON} 08:05`, ASKED_APPOINTMENT_TODAY)] };
    expect(render(early, "de").headline).toBe("⏳ Jetzt nicht – ab 09:00, dann schreiben");
    expect(render(early, "en").headline).toBe("⏳ Not now – from 09:00, then text");
    const night = { now: `${MON} 23:10`, events: [ev("voicemail", `${MON} 22:50`, ASKED_CALLBACK)] };
    expect(render(night, "de").headline).toBe("⏳ Jetzt nicht – ab morgen 09:00, dann zurückrufen");
    const en = render(night, "en");
    expect(en.headline).toBe("⏳ Not now – from tomorrow 09:00, then call back");
    expect(en.alsoAgainst).toEqual([]);
    expect(en.alsoFor).toEqual(["Asked for a callback: voicemail 22:50 (20 min ago). But: Quiet hours until tomorrow 09:00."]);
    expect(en.reasons).toEqual(["Quiet hours 21:00–09:00, now 23:10 – until tomorrow 09:00, texts too."]);
  });

  it("shows the weekday when the time is days away", () => {
    const r = render(
      { now: "2026-03-21 10:00", events: [ev("voicemail", "2026-03-21 09:30", ASKED_CALLBACK)], settings: { callDays: [1, 2, 3, 4, 5] } },
      "de",
    );
    expect(r.headline).toBe("⏳ Jetzt nicht – ab Mo 09:00, dann zurückrufen");
    expect(r.reasons[0]).toBe("Samstag ist kein Anruftag – ab Mo 00:00.");
  });

  it("don't get in touch, with the facts it used", () => {
    const de = render({ now: `${MON} 10:00`, number: LANDLINE, events: [ev("voicemail", `${MON} 09:00`, ASKED_CALLBACK)] }, "de");
    expect(de.headline).toBe("⛔ Nicht melden");
    expect(de.reasons[0]).toContain("Nummernart: Festnetz");
    expect(de.facts).toContain("Nummernart: Festnetz");
    expect(de.wouldChange[0]).toMatch(/^nichts – das bleibt so/);
    const en = render({ now: `${MON} 10:00`, number: LANDLINE }, "en");
    expect(en.headline).toBe("⛔ Don't get in touch");
  });

  it("explains flags, trusted and the missing text option", () => {
    const r = render(
      { now: `${MON} 10:00`, flags: flags(["nocall", "nosms", "trusted"]), events: [ev("voicemail", `${MON} 09:00`, ASKED_APPOINTMENT_TODAY)] },
      "en",
    );
    expect(r.headline).toBe("⛔ Don't get in touch");
    expect(r.reasons).toContain("A text does not fit either: flagged “no texts”.");
    expect(r.alsoFor.some((l) => l.startsWith("Marked trusted – lifts no safety rule"))).toBe(true);
    expect(r.facts).toContain("Flags: nocall, nosms, trusted");
    expect(r.wouldChange).toContain("remove the flag nosms");
  });

  it("cautions and repeated calls", () => {
    const r = render(
      {
        now: `${MON} 10:00`,
        number: { kind: "number", e164: "+436641234567", country: "AT", line: "mobile", foreign: true },
        events: [ev("missed-call", `${MON} 09:51`), ev("missed-call", `${MON} 09:53`), ev("voicemail", `${MON} 09:55`, ASKED_CALLBACK)],
      },
      "de",
    );
    expect(r.hints).toContain("Vorsicht: ausländische Nummer (AT).");
    expect(r.hints).toContain("3 Anrufe innerhalb von 10 Min.");
    expect(r.facts[0]).toBe("Nummernart: Mobil, Ausland (AT)");
    expect(JSON.stringify(r)).not.toContain("664");
  });

  it("formats times in the given zone", () => {
    const d = evaluate(facts({ now: L(`${MON} 10:00`), events: [ev("voicemail", `${MON} 09:00`, ASKED_CALLBACK)] }));
    expect(renderDecision(d, translatorFor("en"), "UTC").facts).toContain("Last request: voicemail 08:00 (1 h ago), asks for a callback");
  });
});

describe("rules that also apply", () => {
  /** The bullet lines under one bold heading of an explanation. */
  const under = (html: string, heading: string): string[] => {
    const lines = html.split("\n");
    const start = lines.indexOf(`<b>${heading}</b>`);
    if (start < 0) return [];
    const end = lines.findIndex((l, i) => i > start && !l.startsWith("• "));
    return lines.slice(start + 1, end < 0 ? undefined : end);
  };
  // A landline at night that asked for a callback: ⛔ by the landline rule; quiet hours apply too
  // and point the same way, the callback request points the other.
  const landlineAtNight = { now: `${MON} 23:10`, number: LANDLINE, events: [ev("voicemail", `${MON} 22:50`, ASKED_CALLBACK)] };

  it("under ⛔, quiet hours are not said to speak for getting in touch: they point the same way", () => {
    const t = translatorFor("de");
    const html = explanationHtml(renderDecision(evaluate(facts(landlineAtNight)), t, TZ), t);
    expect(html.split("\n")[0]).toBe("⛔ Nicht melden");
    const against = under(html, "Spricht auch dagegen");
    const forIt = under(html, "Spricht dafür, zählt aber weniger");
    expect(against).toEqual(["• Ruhezeit 21:00–09:00, jetzt 23:10 – bis morgen 09:00, auch fürs Schreiben."]);
    expect(forIt).toEqual(["• Um Rückruf gebeten: Mailbox 22:50 (vor 20 Min.). Aber: Festnetz."]);
    // The two groups in that order, after the deciding reasons, in every language.
    for (const lang of INTERFACE_LANGUAGES) {
      const tr = translatorFor(lang);
      const text = explanationHtml(renderDecision(evaluate(facts(landlineAtNight)), tr, TZ), tr);
      const at = (key: string) => text.indexOf(`<b>${tr(key)}</b>`);
      expect(at("verdict-heading-why"), lang).toBeGreaterThan(0);
      expect(at("verdict-heading-against"), lang).toBeGreaterThan(at("verdict-heading-why"));
      expect(at("verdict-heading-for"), lang).toBeGreaterThan(at("verdict-heading-against"));
    }
  });

  it("under ⏳, the callback request speaks for it and the answer says until when it waits", () => {
    const r = render({ now: `${MON} 23:10`, events: [ev("voicemail", `${MON} 22:50`, ASKED_CALLBACK)] }, "de");
    expect(r.alsoAgainst).toEqual([]);
    expect(r.alsoFor).toEqual(["Um Rückruf gebeten: Mailbox 22:50 (vor 20 Min.). Aber: Ruhezeit bis morgen 09:00."]);
  });

  it("a 💬 rule under ⛔ points the same way too", () => {
    const r = render(
      { now: `${MON} 12:00`, flags: flags(["blocked"]), events: [ev("voicemail", `${MON} 08:05`, ASKED_APPOINTMENT_TODAY), ev("missed-call", `${MON} 11:53`)] },
      "en",
    );
    expect(r.headline).toBe("⛔ Don't get in touch");
    expect(r.alsoAgainst).toEqual(["Missed call 11:53 with no message – that is not a request to call back."]);
    expect(r.alsoFor).toEqual([]);
  });
});

describe("a number with digits missing or extra", () => {
  const explain = (written: string, lang: InterfaceLanguage) =>
    renderDecision(evaluate(facts({ now: `${MON} 12:00`, number: classifyNumber(written, "DE") })), translatorFor(lang), TZ);

  it("says how many digits it has and how many its prefix needs, as reason and as fact", () => {
    const de = explain("0151 2223334", "de");
    expect(de.headline).toBe("⛔ Nicht melden");
    expect(de.reasons[0]).toBe("Nummer unvollständig: 11 Ziffern, Nummern mit dieser Vorwahl haben 12 (eine fehlt) – nichts zum Zurückrufen.");
    expect(de.facts[0]).toBe("Nummer: unvollständig – 11 Ziffern statt 12");
    expect(de.reasons.join("\n")).not.toContain("Keine brauchbare Nummer");

    const en = explain("0151 2223334", "en");
    expect(en.reasons[0]).toBe("Number incomplete: 11 digits, numbers with this prefix have 12 (one missing) – nothing to call back.");
    expect(en.facts[0]).toBe("Number: incomplete – 11 digits instead of 12");

    const ro = explain("0151 2223334", "ro");
    expect(ro.reasons[0]).toBe("Număr incomplet: 11 cifre, numerele cu acest prefix au 12 (lipsește una) – nu ai pe cine suna înapoi.");
    expect(ro.facts[0]).toBe("Număr: incomplet – are 11 cifre, ar trebui să aibă 12");
  });

  it("names a number that is too long, and a prefix with several lengths", () => {
    expect(explain("0171 234567890", "de").reasons[0]).toBe(
      "Nummer zu lang: 13 Ziffern, Nummern mit dieser Vorwahl haben 11 oder 12 (eine zu viel) – nichts zum Zurückrufen.",
    );
    expect(explain("0171 23456", "en").facts[0]).toBe("Number: incomplete – 9 digits instead of 11 or 12");
    expect(explain("0800 12345", "de").reasons[0]).toContain("9 Ziffern, Nummern mit dieser Vorwahl haben 11 bis 16 (2 fehlen)");
    expect(explain("0800 12345", "ro").reasons[0]).toContain("au între 11 și 16 (lipsesc 2)");
  });

  it("a number that is no number at all keeps the general sentence", () => {
    expect(explain("12345", "de").reasons[0]).toBe("Keine brauchbare Nummer erkannt – nichts zum Zurückrufen.");
    expect(explain("12345", "de").facts[0]).toBe("Nummer: unbrauchbar");
  });

  it("stays out of the rendering", () => {
    const d = evaluate(facts({ now: `${MON} 12:00`, number: classifyNumber("0151 2223334", "DE") }));
    for (const lang of INTERFACE_LANGUAGES) {
      const shown = renderDecision(d, translatorFor(lang), TZ);
      expect(JSON.stringify(shown)).not.toContain("2223334");
      expect(shown.headline).toContain("⛔");
    }
  });
});

describe("rule titles and summaries", () => {
  it("name every default rule in every language, each its own", () => {
    for (const lang of INTERFACE_LANGUAGES) {
      const t = translatorFor(lang);
      const titles = DEFAULT_RULE_IDS.map((id) => ruleTitle(id, t));
      const summaries = DEFAULT_RULE_IDS.map((rule) => t("rules-summary", { rule }));
      expect(new Set(titles).size, lang).toBe(DEFAULT_RULE_IDS.length);
      expect(new Set(summaries).size, lang).toBe(DEFAULT_RULE_IDS.length);
    }
    expect(ruleTitle("landline", translatorFor("de"))).toBe("Festnetz");
    expect(ruleTitle("quiet-hours", translatorFor("en"))).toBe("Quiet hours");
    expect(ruleTitle("no-austria", translatorFor("de"))).toBe("Eigene Regel „no-austria“");
    expect(ruleTitle("no-austria", translatorFor("ro"))).toBe("Regula ta „no-austria”");
  });
});

describe("renderDecision: properties", () => {
  it("renders a headline with the verdict's emoji in every language and never a phone number", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const d = evaluate(facts);
        for (const lang of INTERFACE_LANGUAGES) {
          const r = renderDecision(d, translatorFor(lang), facts.timeZone);
          expect(r.headline.startsWith(VERDICT_EMOJI[d.verdict])).toBe(true);
          expect(r.reasons.length).toBeGreaterThan(0);
          const all = [r.headline, ...r.reasons, ...r.alsoAgainst, ...r.alsoFor, ...r.facts, ...r.wouldChange, ...r.hints].join("\n");
          expect(all).not.toMatch(/17100000001|\d{6,}/);
          // Every message found its variables: no Fluent placeholder or id leaks into the text.
          expect(all).not.toMatch(/\{\$?[a-z-]+\}|verdict-/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
