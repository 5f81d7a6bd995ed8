import { describe, expect, it } from "vitest";
import { parseInbound } from "../../../src/core/inbox/index.js";
import type { Asked } from "../../../src/core/inbox/types.js";
import { berlin, ZONE } from "./corpus.js";

const date = (year: number, month: number, day: number) => ({ kind: "date", year, month, day }) as const;

function asked(text: string, now: number): Asked | undefined {
  return parseInbound(text, { now, timeZone: ZONE, region: "DE" })[0]?.asked;
}

// Berlin's clocks went forward at 02:00 on Sunday 30 March 2025 and back at 03:00 on 26 October.
const SPRING_0020 = berlin(2025, 3, 30, 0, 20); // CET, before the change
const SPRING_0320 = berlin(2025, 3, 30, 3, 20); // CEST, after it, still late at night
const SPRING_0600 = berlin(2025, 3, 30, 6, 0);
const AUTUMN_0230_AGAIN = Date.UTC(2025, 9, 26, 1, 30); // 02:30 CET, the second time that night
const AUTUMN_0600 = berlin(2025, 10, 26, 6, 0);

describe("a client's day words late at night", () => {
  it.each([
    ["00:20 before the spring change", SPRING_0020],
    ["03:20 after the spring change", SPRING_0320],
  ])("at %s 'morgen' is the day that has begun, the next one the alternative", (_when, now) => {
    const a = asked("SMS von 0171 2345678: Hast du morgen Nachmittag Zeit?", now);
    expect(a?.appointment).toEqual({ day: date(2025, 3, 30), alternativeDay: date(2025, 3, 31) });
    expect(asked("Text message from +49 171 2345678: are you free tomorrow afternoon?", now)?.appointment).toEqual({
      day: date(2025, 3, 30),
      alternativeDay: date(2025, 3, 31),
    });
  });

  it("reads 'übermorgen' and 'heute Nacht' the same way, and both readings are dates", () => {
    expect(asked("SMS von 0171 2345678: Geht übermorgen?", SPRING_0020)?.appointment).toEqual({
      day: date(2025, 3, 31),
      alternativeDay: date(2025, 4, 1),
    });
    expect(asked("SMS von 0171 2345678: the day after tomorrow?", SPRING_0020)?.appointment?.day).toEqual(date(2025, 3, 31));
    // The night in progress belongs to Saturday, as hours past midnight belong to the day they start.
    expect(asked("SMS von 0171 2345678: Hast du heute Nacht noch Zeit?", SPRING_0020)?.appointment).toEqual({
      day: date(2025, 3, 29),
      alternativeDay: date(2025, 3, 30),
    });
    expect(asked("SMS von 0171 2345678: free tonight?", SPRING_0320)?.appointment?.alternativeDay).toEqual(date(2025, 3, 30));
  });

  it("counts the late-night window on the wall clock through the repeated autumn hour", () => {
    expect(asked("SMS von 0171 2345678: morgen 18 Uhr?", AUTUMN_0230_AGAIN)?.appointment).toEqual({
      day: date(2025, 10, 26),
      alternativeDay: date(2025, 10, 27),
      time: { hour: 18, minute: 0, approx: false },
    });
  });

  it.each([
    ["spring", SPRING_0600, date(2025, 4, 1)],
    ["autumn", AUTUMN_0600, date(2025, 10, 28)],
  ])("at 06:00 (%s) the words mean the calendar, with no alternative", (_night, now, dayAfter) => {
    expect(asked("SMS von 0171 2345678: Hast du morgen Nachmittag Zeit?", now)?.appointment).toEqual({ day: { kind: "tomorrow" } });
    expect(asked("SMS von 0171 2345678: Geht übermorgen?", now)?.appointment).toEqual({ day: dayAfter });
    expect(asked("SMS von 0171 2345678: Hast du heute Nacht noch Zeit?", now)?.appointment).toEqual({ day: { kind: "today" } });
  });

  it("leaves 'heute' and weekdays as they are, late at night too", () => {
    expect(asked("SMS von 0171 2345678: Hast du heute Zeit?", SPRING_0020)?.appointment).toEqual({ day: { kind: "today" } });
    expect(asked("SMS von 0171 2345678: Guten Morgen, hast du Zeit?", SPRING_0020)?.appointment).toEqual({});
  });
});

describe("clock times said for the night", () => {
  it.each([
    ["heute Nacht um 1?", 1, 0],
    ["heute Nacht halb eins?", 0, 30],
    ["heute Nacht um 11?", 23, 0],
    ["heute Nacht 23 Uhr?", 23, 0],
    ["nachts um 12?", 0, 0],
    ["free tonight at 2?", 2, 0],
  ])("%s", (text, hour, minute) => {
    expect(asked(`SMS von 0171 2345678: ${text}`, SPRING_0020)?.appointment?.time).toEqual({ hour, minute, approx: false });
  });

  it("leaves daytime readings and the farewell 'Gute Nacht' alone", () => {
    expect(asked("SMS von 0171 2345678: Gute Nacht! Morgen um 5?", SPRING_0600)?.appointment?.time).toEqual({ hour: 17, minute: 0, approx: false });
    expect(asked("SMS von 0171 2345678: morgen um 11?", SPRING_0020)?.appointment?.time).toEqual({ hour: 11, minute: 0, approx: false });
  });
});

describe("a note copied before midnight and pasted after it", () => {
  it("reads 'heute 23:10' at 00:20 as yesterday's 23:10", () => {
    const [event] = parseInbound("Entgangener Anruf 0171 2345678 heute 23:10", { now: SPRING_0020, timeZone: ZONE, region: "DE" });
    expect(event?.at).toBe(berlin(2025, 3, 29, 23, 10));
  });
});
