import { Bench } from "tinybench";
import {
  DEFAULT_AVAILABILITY,
  freeSlots,
  freeSlotsHorizon,
  type AvailabilitySettings,
  type Booking,
} from "../../src/core/availability/index.js";
import { zonedEpoch, type LocalDate } from "../../src/core/time/index.js";
import type { BenchRow } from "./types.js";

const TZ = "Europe/Berlin";
const M = 60_000;
const DATE: LocalDate = { year: 2026, month: 6, day: 3 };

/** 100 five-minute bookings spread over a long working day, leaving gaps between some of them. */
function crowdedDay(): Booking[] {
  const open = zonedEpoch(TZ, DATE, 6 * 60);
  return Array.from({ length: 100 }, (_, i) => {
    const start = open + i * 9 * M;
    return { id: `b${i}`, start, end: start + 5 * M };
  });
}

/** Two bookings on every weekday for the next 30 days. */
function busyMonth(now: number): Booking[] {
  const bookings: Booking[] = [];
  for (let d = 0; d < 30; d++) {
    for (const hour of [13, 17]) {
      const start = now + d * 86_400_000 + (hour - 6) * 3_600_000;
      bookings.push({ id: `m${d}-${hour}`, start, end: start + 60 * M });
    }
  }
  return bookings;
}

export async function run(): Promise<BenchRow[]> {
  const settings: AvailabilitySettings = {
    ...DEFAULT_AVAILABILITY,
    weekly: [[{ start: 360, end: 1380 }], [{ start: 360, end: 1380 }], [{ start: 360, end: 1380 }],
      [{ start: 360, end: 1380 }], [{ start: 360, end: 1380 }], [{ start: 360, end: 1380 }], [{ start: 360, end: 1380 }]],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    appointmentMinutes: 15,
    stepMinutes: 15,
    noticeMinutes: 0,
  };
  const now = zonedEpoch(TZ, DATE, 0);
  const dayBookings = crowdedDay();
  const monthBookings = busyMonth(now);
  const bench = new Bench({ time: 500, warmup: true });
  bench
    .add("slots: one day, 100 bookings", () => {
      freeSlots({ date: DATE, now, timeZone: TZ, settings, bookings: dayBookings, holds: [] });
    })
    .add("slots: 30-day horizon", () => {
      freeSlotsHorizon({ now, timeZone: TZ, settings: DEFAULT_AVAILABILITY, bookings: monthBookings, holds: [], days: 30 });
    });
  await bench.run();

  // Milliseconds depend on the machine: shown without targets.
  const rows: BenchRow[] = [];
  for (const task of bench.tasks) {
    const r = task.result;
    if (!r || !("latency" in r)) continue;
    rows.push({ name: `${task.name} (mean)`, value: round(r.latency.mean), unit: "ms" });
    rows.push({ name: `${task.name} (p99)`, value: round(r.latency.p99 ?? NaN), unit: "ms" });
  }
  return rows;
}

const round = (ms: number) => Math.round(ms * 10_000) / 10_000;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(row);
}
