import { afterEach, describe, expect, it } from "vitest";
import { verdictLogOf } from "../../src/store/verdict-log.js";
import { createHarness, type Harness } from "../support/harness.js";

const MOBILE = "+491712345678";

describe("/forget", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("deletes the card, the verdict history and held slots of the number", async () => {
    // Monday 2026-11-23, 12:00 in Berlin.
    h = await createHarness({ now: Date.UTC(2026, 10, 23, 11, 0) });
    await h.send("Mailbox 11:50 von 0171 2345678: hast du heute noch einen Termin frei?");
    await h.send("/check 0171 2345678");
    expect((await verdictLogOf(h.services.stores, MOBILE)).length).toBeGreaterThan(0);
    const key = h.services.stores.contacts.keyOf(MOBILE);
    expect((await h.services.stores.holds.all()).some((hold) => hold.contactKey === key)).toBe(true);
    await h.send("/forget 0171 2345678");
    await h.tapLabel(h.last().choices.find((c) => !/abbrechen|behalten|nein/i.test(c)) ?? "");
    expect(await h.services.stores.contacts.get(MOBILE)).toBeUndefined();
    expect(await verdictLogOf(h.services.stores, MOBILE)).toEqual([]);
    expect((await h.services.stores.holds.all()).filter((hold) => hold.contactKey === key)).toEqual([]);
  });
});
