import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addBooking, deleteBooking, holdSlots, listActiveHolds, listBookings, pruneAppointments, releaseHoldsOf } from "../../src/store/appointments.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { openStores, type Stores } from "../../src/store/stores.js";
import { Vault } from "../../src/store/vault.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2026, 10, 23, 11, 0);
const CONTACT_A = "a".repeat(32);
const CONTACT_B = "b".repeat(32);
const slot = (hour: number) => ({ start: NOW + hour * HOUR, end: NOW + hour * HOUR + HOUR });

let dir: string;
let vault: Vault;
let stores: Stores;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "quietline-appointments-"));
  vault = await Vault.open({ dataDir: dir, masterKey: decodeMasterKey(generateMasterKey())!, onError: () => undefined });
  stores = await openStores(vault);
});
afterEach(async () => {
  await vault.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("holds", () => {
  it("drops expired holds when a new offer is held, so they do not pile up", async () => {
    await holdSlots(stores, [slot(1), slot(2)], { now: NOW, holdMinutes: 30 });
    await holdSlots(stores, [slot(3)], { now: NOW + 10 * MINUTE, holdMinutes: 30 });
    expect((await stores.holds.all()).length).toBe(3);
    // The first two expired at NOW + 30 min, the third is still held.
    const fresh = await holdSlots(stores, [slot(4)], { now: NOW + 35 * MINUTE, holdMinutes: 30 });
    const stored = (await stores.holds.all()).map((h) => h.start).sort((a, b) => a - b);
    expect(stored).toEqual([slot(3).start, slot(4).start]);
    expect(fresh.map((h) => h.start)).toEqual([slot(4).start]);
    expect((await listActiveHolds(stores, NOW + 35 * MINUTE)).map((h) => h.start)).toEqual([slot(3).start, slot(4).start]);
  });

  it("replaces a contact's own earlier holds and leaves the others", async () => {
    await holdSlots(stores, [slot(1)], { now: NOW, holdMinutes: 120, contactKey: CONTACT_A });
    await holdSlots(stores, [slot(2)], { now: NOW, holdMinutes: 120, contactKey: CONTACT_B });
    await holdSlots(stores, [slot(3)], { now: NOW + MINUTE, holdMinutes: 120, contactKey: CONTACT_A });
    const held = await listActiveHolds(stores, NOW + MINUTE);
    expect(held.map((h) => [h.start, h.contactKey])).toEqual([
      [slot(2).start, CONTACT_B],
      [slot(3).start, CONTACT_A],
    ]);
    expect(await releaseHoldsOf(stores, CONTACT_B)).toBe(1);
    expect((await listActiveHolds(stores, NOW + MINUTE)).map((h) => h.contactKey)).toEqual([CONTACT_A]);
  });

  it("holds nothing when holding is switched off", async () => {
    expect(await holdSlots(stores, [slot(1)], { now: NOW, holdMinutes: 0 })).toEqual([]);
    expect(await stores.holds.all()).toEqual([]);
  });
});

describe("bookings", () => {
  it("lists bookings by start, only those touching a window when given, and prunes old ones", async () => {
    await addBooking(stores, slot(5), NOW);
    await addBooking(stores, slot(-24 * 20), NOW);
    await addBooking(stores, slot(2), NOW);
    expect((await listBookings(stores)).map((b) => b.start)).toEqual([slot(-24 * 20).start, slot(2).start, slot(5).start]);
    expect((await listBookings(stores, { start: NOW, end: NOW + 3 * HOUR })).map((b) => b.start)).toEqual([slot(2).start]);
    expect(await pruneAppointments(stores, NOW)).toEqual({ bookings: 1, holds: 0 });
    expect((await listBookings(stores)).length).toBe(2);
  });
});

describe("bookings filed by month", () => {
  it("reads only the months a window can touch, including a booking that started in the month before", async () => {
    const lastOfOctober = { start: Date.UTC(2026, 9, 31, 22), end: Date.UTC(2026, 10, 1, 1) };
    await addBooking(stores, lastOfOctober, NOW);
    await addBooking(stores, slot(1), NOW);
    await addBooking(stores, slot(-24 * 200), NOW);
    // A damaged record in a far month fails every full listing, but no windowed one.
    const damaged = await vault.collection("booking_months", { schema: (await import("zod")).z.unknown(), version: 1, hashIds: true });
    await damaged.set("2026-02", { month: "2026-02", bookings: "not a list" });
    await expect(listBookings(stores)).rejects.toThrow();
    const november = { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) };
    expect((await listBookings(stores, november)).map((b) => b.start)).toEqual([lastOfOctober.start, slot(1).start]);
  });

  it("keeps a month's bookings in one record whose key does not name the month", async () => {
    await addBooking(stores, slot(1), NOW);
    await addBooking(stores, slot(2), NOW);
    await addBooking(stores, slot(24 * 40), NOW);
    const months = await stores.bookingMonths.all();
    expect(months.map((m) => [m.month, m.bookings.length]).sort()).toEqual([
      ["2026-11", 2],
      ["2027-01", 1],
    ]);
    expect(stores.bookingMonths.keyOf("2026-11")).not.toContain("2026");
    expect(await stores.bookings.all()).toEqual([]);
  });

  it("moves bookings stored one a record into their months, once, without doubling any", async () => {
    const single = [
      { id: "single000001", ...slot(3), createdAt: NOW },
      { id: "single000002", ...slot(24 * 40), createdAt: NOW },
    ];
    for (const b of single) await stores.bookings.set(b.id, b);
    const filed = await addBooking(stores, slot(1), NOW);
    // As if a crash had hit after the month was written and before the single record was deleted.
    await stores.bookingMonths.update("2026-11", (m) => ({ month: "2026-11", bookings: [...(m?.bookings ?? []), single[0]!] }));

    const ids = (await listBookings(stores)).map((b) => b.id);
    expect(ids).toEqual([filed.id, "single000001", "single000002"]);
    expect(await stores.bookings.all()).toEqual([]);
    expect((await listBookings(stores)).map((b) => b.id)).toEqual(ids);
  });

  it("deletes a booking from its month and drops the month record when it empties", async () => {
    const a = await addBooking(stores, slot(1), NOW);
    const b = await addBooking(stores, slot(24 * 40), NOW);
    expect(await deleteBooking(stores, b.id)).toEqual(b);
    expect(await deleteBooking(stores, b.id)).toBeUndefined();
    expect((await stores.bookingMonths.all()).map((m) => m.month)).toEqual(["2026-11"]);
    expect((await listBookings(stores)).map((x) => x.id)).toEqual([a.id]);
  });
});
