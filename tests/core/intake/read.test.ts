import { describe, expect, it } from "vitest";
import { parseInbound } from "../../../src/core/inbox/index.js";
import { MAX_AGE_MS, readEventTime, readIntake, type IntakeNote } from "../../../src/core/intake/index.js";

const ZONE = "Europe/Berlin";
// Monday 23 Nov 2026, 14:10 in Berlin (CET, UTC+1).
const NOW = Date.UTC(2026, 10, 23, 13, 10);
const CALL = Date.UTC(2026, 10, 23, 13, 5); // 14:05 in Berlin
const ctx = { now: NOW, timeZone: ZONE, region: "DE" };

describe("the time an app sends", () => {
  it.each([
    ["ISO with Z", "2026-11-23T13:05:00Z"],
    ["ISO with an offset", "2026-11-23T14:05:00+01:00"],
    ["ISO with a compact offset and a fraction (dropped)", "2026-11-23T14:05:00.000+0100"],
    ["ISO without offset (her wall clock)", "2026-11-23T14:05"],
    ["ISO with a space", "2026-11-23 14:05:00"],
    ["her local date", "23.11.2026 14:05"],
    ["a short year and Tasker's dotted time", "23.11.26 14.05"],
    ["epoch seconds as digits", String(CALL / 1000)],
    ["epoch milliseconds as digits", String(CALL)],
  ])("%s", (_form, value) => {
    expect(readEventTime(value, NOW, ZONE)).toBe(CALL);
  });

  it("takes numbers as epoch seconds or milliseconds", () => {
    expect(readEventTime(CALL / 1000, NOW, ZONE)).toBe(CALL);
    expect(readEventTime(CALL, NOW, ZONE)).toBe(CALL);
  });

  it("reads the repeated autumn hour as the one that has passed", () => {
    // 25 Oct 2026: clocks go back at 03:00 CEST to 02:00 CET; 02:30 happens twice.
    const secondTime = Date.UTC(2026, 9, 25, 1, 30); // 02:30 CET
    const firstTime = Date.UTC(2026, 9, 25, 0, 30); // 02:30 CEST
    expect(readEventTime("25.10.2026 02:30", secondTime + 10 * 60_000, ZONE)).toBe(secondTime);
    expect(readEventTime("25.10.2026 02:30", firstTime + 10 * 60_000, ZONE)).toBe(firstTime);
  });

  it.each(["", "gestern", "31.02.2026 10:00", "23.11.2026 25:00", "2026-13-01T10:00", "12345", "-5", "NaN", "1e400"])(
    "refuses %j",
    (value) => {
      expect(readEventTime(value, NOW, ZONE)).toBeUndefined();
    },
  );

  it("refuses times weeks ago or hours ahead", () => {
    expect(readEventTime(NOW - MAX_AGE_MS - 60_000, NOW, ZONE)).toBeUndefined();
    expect(readEventTime(NOW + 2 * 3_600_000, NOW, ZONE)).toBeUndefined();
    expect(readEventTime(NOW + 5 * 60_000, NOW, ZONE)).toBe(NOW + 5 * 60_000);
  });
});

describe("reading what the phone sent", () => {
  const fields = (note: Omit<Extract<IntakeNote, { form: "fields" }>, "form">) => readIntake({ form: "fields", ...note }, ctx);

  it("a missed call with number and time", () => {
    const reading = fields({ kind: "missed-call", number: "+49 171 2345678", at: "23.11.2026 14:05" });
    expect(reading).toEqual({
      ok: true,
      events: [
        {
          kind: "missed-call",
          caller: { kind: "number", e164: "+491712345678", country: "DE", line: "mobile", foreign: false },
          at: CALL,
          atSource: "text",
          attempts: 1,
          asked: { callback: false },
        },
      ],
    });
  });

  it("without a time, the request's arrival counts, and says so", () => {
    const reading = fields({ kind: "missed-call", number: "01712345678" });
    expect(reading.ok && reading.events[0]).toMatchObject({ at: NOW, atSource: "message" });
  });

  it.each([[undefined], [""], ["0"], ["-1"], ["-2"], ["Unbekannt"], ["Private number"], ["Anonym"], ["Necunoscut"], ["Număr ascuns"]])("a caller %j is withheld", (number) => {
    const reading = fields({ kind: "missed-call", ...(number !== undefined && { number }) });
    expect(reading.ok && reading.events[0]?.caller).toEqual({ kind: "withheld" });
  });

  it("a number with a digit missing is kept as typed, never as a caller", () => {
    const reading = fields({ kind: "missed-call", number: "0151 2223334" });
    expect(reading.ok && reading.events[0]?.caller).toMatchObject({ kind: "invalid", wrongLength: { typed: "0151 2223334", problem: "too-short" } });
  });

  it("an SMS says what was asked and in which language", () => {
    const de = fields({ kind: "sms", number: "+491712345678", text: "Hast du heute gegen 18 Uhr Zeit?" });
    expect(de.ok && de.events[0]).toMatchObject({ kind: "sms", lang: "de", asked: { appointment: { day: { kind: "today" }, time: { hour: 18, minute: 0, approx: true } } } });
    const en = fields({ kind: "sms", number: "+491712345678", text: "Please call me back" });
    expect(en.ok && en.events[0]).toMatchObject({ lang: "en", asked: { callback: true } });
  });

  it("a client's 'morgen' sent at 00:20 is the day that has begun, with the other reading beside it", () => {
    const lateNight = Date.UTC(2026, 10, 23, 23, 20); // Tue 24 Nov 00:20 in Berlin
    const reading = readIntake({ form: "fields", kind: "sms", number: "+491712345678", text: "Hast du morgen 15 Uhr Zeit?" }, { ...ctx, now: lateNight });
    expect(reading.ok && reading.events[0]?.asked.appointment).toEqual({
      day: { kind: "date", year: 2026, month: 11, day: 24 },
      alternativeDay: { kind: "date", year: 2026, month: 11, day: 25 },
      time: { hour: 15, minute: 0, approx: false },
    });
  });

  it("a carrier's notice about a call, sent from a name or short code, is read as a note", () => {
    const reading = fields({ kind: "sms", number: "Telekom", text: "Anruf-Info: Sie wurden angerufen von 0171 2345678 am 23.11.2026 um 14:05 Uhr." });
    expect(reading.ok && reading.events).toHaveLength(1);
    expect(reading.ok && reading.events[0]).toMatchObject({ kind: "missed-call", at: CALL, caller: { e164: "+491712345678" } });
  });

  it("refuses a time it cannot read, and keeps none of the rest", () => {
    expect(fields({ kind: "missed-call", number: "+491712345678", at: "gestern" })).toEqual({ ok: false, problem: "bad-time" });
  });

  it("a plain text is read exactly as a pasted note", () => {
    const note = "Entgangener Anruf\n0171 2345678\n\nNeue Nachricht auf Ihrer Mailbox von 0049 176 5551234 am 23.11.2026 um 08:05. Abhören: 3311";
    expect(readIntake({ form: "text", text: note }, ctx)).toEqual({ ok: true, events: parseInbound(note, ctx) });
  });
});
