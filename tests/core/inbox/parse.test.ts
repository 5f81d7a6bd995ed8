import { describe, expect, it } from "vitest";
import { parseInbound } from "../../../src/core/inbox/index.js";
import { corpus, MONDAY_NOON, ZONE } from "./corpus.js";

describe("parseInbound corpus", () => {
  it("holds at least 80 texts", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
  });

  it.each(corpus.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const events = parseInbound(c.text, { now: c.now, timeZone: ZONE, region: "DE" });
    expect(events).toHaveLength(c.expected.length);
    c.expected.forEach((expected, i) => {
      const event = events[i];
      expect(event).toBeDefined();
      if (!event) return;
      if (expected.kind !== undefined) expect(event.kind, "kind").toBe(expected.kind);
      if (expected.caller !== undefined) expect(event.caller, "caller").toMatchObject(expected.caller);
      if (expected.at !== undefined) expect(new Date(event.at).toISOString(), "at").toBe(new Date(expected.at).toISOString());
      if (expected.atSource !== undefined) expect(event.atSource, "atSource").toBe(expected.atSource);
      if (expected.attempts !== undefined) expect(event.attempts, "attempts").toBe(expected.attempts);
      if (expected.asked !== undefined) expect(event.asked, "asked").toEqual(expected.asked);
      if (expected.lang !== undefined) expect(event.lang, "lang").toBe(expected.lang);
    });
  });

  it("keeps no name or text from the note", () => {
    const text = "Mailbox 8:05 – \"Hallo, hier ist Tom, hast du heute noch einen Termin frei? Ruf mich an unter 0151 1234 5678\"";
    const events = parseInbound(text, { now: MONDAY_NOON, timeZone: ZONE, region: "DE" });
    const json = JSON.stringify(events);
    expect(json).not.toMatch(/tom/i);
    expect(json).not.toMatch(/hallo|termin/i);
    for (const e of events) expect(Object.keys(e).sort()).toEqual(["asked", "at", "atSource", "attempts", "caller", "kind", "lang"]);
  });

  it("takes a Romanian phone's own words for no sign of the client's language", () => {
    for (const text of ["Apel pierdut de la 0171 2345678", "Ați pierdut un apel de la 0171 2345678", "Mesaj vocal nou\n0176 5551234"]) {
      const [event] = parseInbound(text, { now: MONDAY_NOON, timeZone: ZONE, region: "DE" });
      expect(event, text).toBeDefined();
      expect(event?.lang, text).toBeUndefined();
    }
  });

  it("reads times in UTC when the configured zone is unknown", () => {
    const now = Date.UTC(2025, 2, 17, 12, 0);
    const [event] = parseInbound("Entgangener Anruf\n0171 2345678\n08:05", { now, timeZone: "Nowhere/Zone", region: "DE" });
    expect(event?.at).toBe(Date.UTC(2025, 2, 17, 8, 5));
  });

  it("never reports an event after the message date", () => {
    for (const c of corpus) {
      for (const e of parseInbound(c.text, { now: c.now, timeZone: ZONE, region: "DE" })) {
        expect(e.at).toBeLessThanOrEqual(c.now);
        expect(e.attempts).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
