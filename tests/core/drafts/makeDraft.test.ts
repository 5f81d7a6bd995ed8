import { describe, expect, it } from "vitest";
import { DRAFT_INTENTS, lint, makeDraft, variantCount, type DraftIntent } from "../../../src/core/drafts/index.js";
import { DRAFT_LANGUAGES, type DraftLanguage } from "../../../src/core/draft-language.js";

const TZ = "Europe/Berlin";
const now = Date.parse("2026-06-01T07:30:00Z"); // Monday 09:30
const at = (iso: string) => Date.parse(iso);
const today17 = at("2026-06-01T15:00:00Z");
const today1930 = at("2026-06-01T17:30:00Z");
const today1830 = at("2026-06-01T16:30:00Z");
const today20 = at("2026-06-01T18:00:00Z");
const tomorrow14 = at("2026-06-02T12:00:00Z");
const thursday14 = at("2026-06-04T12:00:00Z");
const christmas = at("2026-12-24T16:00:00Z");

function allVariants(intent: DraftIntent, lang: DraftLanguage, slots: number[], extra: { lateMinutes?: number } = {}): Set<string> {
  const texts = new Set<string>();
  for (let seed = 0; seed < 200; seed++) texts.add(makeDraft(intent, { lang, slots, now, timeZone: TZ, seed, ...extra }));
  return texts;
}

describe("makeDraft", () => {
  it("writes the texts she uses herself", () => {
    expect(allVariants("offer-one", "de", [today17])).toContain("Passt heute 17:00?");
    expect(allVariants("offer-several", "de", [today17, today1930])).toContain("Heute 17:00 oder 19:30?");
    expect(allVariants("offer-several", "de", [today17, today1830, today20])).toContain("Heute 17:00, 18:30 oder 20:00?");
    expect(allVariants("next-free", "de", [tomorrow14])).toContain("Heute leider nicht mehr. Morgen 14:00?");
    expect(allVariants("confirm", "de", [])).toContain("Gern, bis später.");
    expect(allVariants("decline", "de", [])).toContain("Heute klappt es leider nicht.");
    expect(allVariants("call-again", "de", [])).toContain("Melde dich gern nochmal.");
    expect(allVariants("running-late", "de", [])).toContain("Ich bin etwa 10 Minuten später.");
    expect(allVariants("follow-up", "de", [today17])).toContain("Passt 17:00 noch?");
  });

  it("writes English", () => {
    expect(allVariants("offer-one", "en", [today17])).toContain("Would today at 17:00 work?");
    expect(allVariants("next-free", "en", [tomorrow14])).toContain("Not today, sorry. Tomorrow at 14:00?");
    expect(allVariants("offer-several", "en", [today17, today1830, today20])).toContain("Today at 17:00, 18:30 or 20:00?");
    expect(allVariants("follow-up", "en", [today17])).toContain("Does 17:00 still work?");
    expect(allVariants("running-late", "en", [], { lateMinutes: 15 })).toContain("I'll be about 15 minutes late.");
  });

  it("names days relative to now in her zone", () => {
    expect(allVariants("offer-one", "de", [thursday14])).toContain("Passt Donnerstag 14:00?");
    expect(allVariants("offer-one", "en", [thursday14])).toContain("Would Thursday at 14:00 work?");
    expect(allVariants("offer-one", "de", [christmas])).toContain("Passt am 24.12. um 17:00?");
    expect(allVariants("offer-one", "en", [christmas])).toContain("How about on 24.12. at 17:00?");
    expect(allVariants("offer-one", "en", [at("2026-06-12T12:00:00Z")])).toContain("How about on the 12th at 14:00?");
    expect(allVariants("offer-one", "en", [at("2026-06-22T12:00:00Z")])).toContain("How about on the 22nd at 14:00?");
    // 23:30 UTC on Monday is already Tuesday 01:30 in Berlin.
    expect(allVariants("offer-one", "de", [at("2026-06-01T23:30:00Z")])).toContain("Passt morgen 01:30?");
    expect(allVariants("offer-several", "de", [today17, tomorrow14])).toContain("Heute 17:00 oder morgen 14:00?");
  });

  it("offers several variants per intent and language, chosen by the seed", () => {
    for (const lang of DRAFT_LANGUAGES) {
      for (const intent of DRAFT_INTENTS) {
        expect(variantCount(intent, lang)).toBeGreaterThanOrEqual(3);
        expect(allVariants(intent, lang, [today17, today20]).size).toBeGreaterThanOrEqual(3);
      }
    }
    const a = makeDraft("offer-one", { lang: "de", slots: [today17], now, timeZone: TZ, seed: 42 });
    const b = makeDraft("offer-one", { lang: "de", slots: [today17], now, timeZone: TZ, seed: 42 });
    expect(a).toBe(b);
  });

  it("refuses an offer without a slot", () => {
    expect(() => makeDraft("offer-one", { lang: "de", slots: [], now, timeZone: TZ, seed: 1 })).toThrow(RangeError);
  });

  it("writes a generic follow-up without a slot and reads a next-free for today as an offer", () => {
    expect(allVariants("follow-up", "de", [])).toContain("Passt es noch?");
    expect(allVariants("next-free", "de", [today17]).has("Heute leider nicht mehr. Heute 17:00?")).toBe(false);
  });
});

describe("every draft passes the lint", () => {
  it("holds for 10,000 generated drafts", () => {
    // A small deterministic generator: intents × languages × slot sets × seeds.
    let state = 0x2545f491;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 0x1_0000_0000;
    };
    const names = ["Tom", "Anna", "Mark", "Will", "May", "Jan", "Kai"];
    let checked = 0;
    for (let i = 0; i < 10_000; i++) {
      const intent = DRAFT_INTENTS[i % DRAFT_INTENTS.length] ?? "confirm";
      const lang = DRAFT_LANGUAGES[Math.floor(i / DRAFT_INTENTS.length) % DRAFT_LANGUAGES.length] ?? "de";
      const base = at("2026-01-01T00:00:00Z") + Math.floor(next() * 365 * 96) * 15 * 60_000;
      const count = 1 + Math.floor(next() * 3);
      const slots = Array.from({ length: count }, () => base + Math.floor(next() * 40 * 24 * 4) * 15 * 60_000);
      const text = makeDraft(intent, {
        lang, slots, now: base, timeZone: TZ, seed: Math.floor(next() * 2 ** 31), lateMinutes: Math.floor(next() * 60),
      });
      const findings = lint(text, { lang, names });
      if (findings.length > 0) throw new Error(`draft failed lint: ${text} ${JSON.stringify(findings)}`);
      expect(text.length).toBeLessThan(130);
      checked++;
    }
    expect(checked).toBe(10_000);
  });
});
