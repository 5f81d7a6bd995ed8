import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/core/rules/evaluate.js";
import { renderDecision, ruleSummary, ruleTitle } from "../../../src/core/rules/render.js";
import { DEFAULT_RULE_IDS } from "../../../src/core/rules/decision.js";
import { ASKED_APPOINTMENT_TODAY, ASKED_CALLBACK, L, LANDLINE, TZ, ev, facts, flags } from "./fixtures.js";

const MON = "2026-03-16";
const render = (f: Parameters<typeof facts>[0], lang: "de" | "en") => renderDecision(evaluate(facts(f)), { lang, timeZone: TZ });
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

  it("a number on the warning list: ⛔ with the list's reason first, in both languages", () => {
    const listed = { ...facts({ now: `${MON} 10:00`, events: [ev("voicemail", `${MON} 09:55`, ASKED_CALLBACK)] }), warnList: { reason: "gewalttätig" } };
    const de = renderDecision(evaluate(listed), { lang: "de", timeZone: TZ });
    expect(de.headline).toBe("⛔ Nicht melden");
    expect(de.reasons[0]).toBe("⚠️ Auf der Warnliste: gewalttätig");
    expect(renderDecision(evaluate(listed), { lang: "en", timeZone: TZ }).reasons[0]).toBe("⚠️ On the warning list: gewalttätig");
    const noReason = renderDecision(evaluate({ ...listed, warnList: { reason: "" } }), { lang: "en", timeZone: TZ });
    expect(noReason.reasons[0]).toBe("⚠️ On the warning list");
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
    expect(en.outweighed).toEqual(["Asked for a callback: voicemail 22:50 (20 min ago). But: Quiet hours until tomorrow 09:00."]);
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
    expect(r.outweighed.some((l) => l.startsWith("Marked trusted – lifts no safety rule"))).toBe(true);
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
    expect(renderDecision(d, { lang: "en", timeZone: "UTC" }).facts).toContain("Last request: voicemail 08:00 (1 h ago), asks for a callback");
  });
});

describe("ruleTitle and ruleSummary", () => {
  it("name every default rule in both languages", () => {
    for (const id of DEFAULT_RULE_IDS) {
      for (const lang of ["de", "en"] as const) {
        expect(ruleTitle(id, lang)).toMatch(/\S/);
        expect(ruleSummary(id, lang)).toMatch(/\S/);
      }
    }
    expect(ruleTitle("landline", "de")).toBe("Festnetz");
    expect(ruleTitle("quiet-hours", "en")).toBe("Quiet hours");
    expect(ruleTitle("no-austria", "de")).toBe("Eigene Regel „no-austria“");
  });
});
