import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInbound, splitIntoNotes } from "../../../src/core/inbox/index.js";
import { corpus, MONDAY_NOON, ZONE } from "./corpus.js";

const ctx = { now: MONDAY_NOON, timeZone: ZONE, region: "DE" };

function checkEvents(text: string): void {
  const events = parseInbound(text, ctx);
  for (const e of events) {
    expect(Number.isFinite(e.at)).toBe(true);
    expect(e.at).toBeLessThanOrEqual(ctx.now);
    expect(e.attempts).toBeGreaterThanOrEqual(1);
  }
}

describe("parseInbound properties", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => checkEvents(text)), { numRuns: 300 });
  });

  it("never throws on phone-flavoured noise", () => {
    const unit = fc.constantFrom(
      ..."0123456789 +-/().:\n\"„“".split(""),
      "Entgangener Anruf", "Mailbox", "SMS von ", "vor ", "Minuten", "heute", "gestern", "Unbekannt", "halb ", "Uhr",
      "ruf mich an", "Missed call from ", "Sa ", "am ", "um ", "3x", "(2)",
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }), (parts) => checkEvents(parts.join(""))), { numRuns: 300 });
  });

  it("never throws on mutated corpus texts", () => {
    const texts = corpus.map((c) => c.text).filter((t) => t.length > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 4 })), { maxLength: 6 }),
        (text, edits) => {
          let t = text;
          for (const [at, del, ins] of edits) {
            const i = at % (t.length + 1);
            t = t.slice(0, i) + ins + t.slice(i + del);
          }
          checkEvents(t);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds each event of a corpus text again when texts are pasted together", () => {
    const picked = corpus.filter((c) => c.expected.length === 1 && c.now === MONDAY_NOON).slice(0, 12);
    const joined = picked.map((c) => c.text).join("\n\n");
    const events = parseInbound(joined, ctx);
    expect(events.length).toBe(picked.length);
  });

  it("finishes a 200 KB paste", () => {
    const block = corpus.map((c) => c.text).join("\n\n");
    const paste = block.repeat(Math.ceil(200_000 / block.length)).slice(0, 200_000);
    expect(paste.length).toBe(200_000);
    const events = parseInbound(paste, ctx);
    expect(events.length).toBeGreaterThan(500);
  });

  it("splits a paste into its notes", () => {
    expect(splitIntoNotes("Entgangener Anruf\n0171 2345678\nEntgangener Anruf\nUnbekannt")).toEqual([
      "Entgangener Anruf\n0171 2345678",
      "Entgangener Anruf\nUnbekannt",
    ]);
  });
});
