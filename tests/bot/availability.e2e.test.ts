import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zonedEpoch } from "../../src/core/time/zone.js";
import { GENERAL_ID } from "../../src/store/records/general.js";
import { say, startEmulatorBot, type EmulatorBot } from "../support/emulator.js";

describe("availability against the Bot API emulator", () => {
  let e2e: EmulatorBot;
  beforeAll(async () => {
    // A fixed afternoon: between midnight and 05:00 "morgen" would be the day that has begun.
    const now = zonedEpoch("Europe/Berlin", { year: 2026, month: 11, day: 23 }, 14 * 60);
    e2e = await startEmulatorBot({ clock: () => now });
    await e2e.services.stores.general.set(GENERAL_ID, { setupDone: true });
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("/hours, /book, /free and /lint work end to end", async () => {
    const hours = await say(e2e.owner, "/hours täglich 10:00-22:00");
    expect(hours[0]!.text).toContain("Zeiten gespeichert");
    expect(hours[0]!.text).toContain("täglich 10:00–22:00");

    const booked = await say(e2e.owner, "/book 12:00-13:00 morgen");
    expect(booked[0]!.text).toContain("Gebucht");
    const refused = await say(e2e.owner, "/book 13:00 morgen");
    expect(refused[0]!.text).toContain("Nicht gebucht");
    expect(refused[0]!.text).toContain("12:00–13:00");

    const free = await say(e2e.owner, "/free morgen");
    expect(free[0]!.text).toContain("Frei morgen");
    expect(free[0]!.text).toMatch(/<code>[^<]*\d\d:\d\d[^<]*<\/code>/);
    expect(free[0]!.text).not.toMatch(/<code>[^<]*12:00/);
    expect(free[0]!.buttons.some((b) => b.text.includes("Reservierung"))).toBe(true);

    const lint = await say(e2e.owner, "/lint Hallo Tom, passt 17:00? 150 € LG");
    expect(lint[0]!.text).toContain("Name");
    expect(lint[0]!.text).toContain("Preis");
  });
});
