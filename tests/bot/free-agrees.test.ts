import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { zonedEpoch } from "../../src/core/time/zone.js";
import { GENERAL_ID } from "../../src/store/records/general.js";
import { createHarness, type Harness } from "../support/harness.js";

const TZ = "Europe/Berlin";
/** Monday 23 Nov 2026, 12:00 in Berlin; default hours Mon–Fri 11–21, 60 min, buffers 30/30. */
const MONDAY_NOON = zonedEpoch(TZ, { year: 2026, month: 11, day: 23 }, 12 * 60);
const LENGTH = 60;

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** The gaps of /day's "Frei: 12:00–14:00, 17:00–21:00" line, in minutes of the day. */
function dayGaps(html: string): Array<{ start: number; end: number }> {
  const line = html.split("\n").find((l) => l.startsWith("Frei:")) ?? "";
  return [...line.matchAll(/(\d\d:\d\d)–(\d\d:\d\d)/g)].map((m) => ({ start: minutes(m[1]!), end: minutes(m[2]!) }));
}

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ now: MONDAY_NOON });
  await h.services.stores.general.set(GENERAL_ID, { setupDone: true });
});
afterEach(async () => h.close());

describe("one meaning of free, through the chat", () => {
  it("a gap /day shows is bookable with /book, and /free offers only inside /day's gaps", async () => {
    expect((await h.send("/book 15:00"))[0]?.html).toContain("Gebucht");

    const gaps = dayGaps((await h.send("/day"))[0]?.html ?? "");
    // Around 15:00–16:00 a new hour needs its own buffers as well: free until 14:00, from 17:00.
    expect(gaps).toEqual([
      { start: minutes("12:00"), end: minutes("14:00") },
      { start: minutes("17:00"), end: minutes("21:00") },
    ]);

    const offered = (await h.send("/free"))[0]?.html.split("\n")[0]?.match(/\d\d:\d\d/g) ?? [];
    expect(offered.length).toBeGreaterThan(0);
    for (const time of offered) {
      const start = minutes(time);
      expect(gaps.some((g) => g.start <= start && start + LENGTH <= g.end), `${time} inside a gap`).toBe(true);
    }

    for (const gap of gaps) {
      const [reply] = await h.send(`/book ${clock(gap.start)}`);
      expect(reply?.html, `/book ${clock(gap.start)}`).toContain("✅ Gebucht");
    }
  });
});
