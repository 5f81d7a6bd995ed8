import { instantOf } from "../inbox/clock.js";

/** How far back an event may lie: her apps send at once, or retry within hours, never weeks. */
export const MAX_AGE_MS = 30 * 86_400_000;
/** Phones' clocks run a little ahead now and then; an event further in the future is refused. */
export const MAX_AHEAD_MS = 60 * 60_000;

/** 1e9 s is September 2001, 1e12 ms the same instant: below it a number is no timestamp of a call. */
const SECONDS_FROM = 1e9;
const MILLIS_FROM = 1e12;

/** "2026-11-23T14:05", "2026-11-23 14:05:30", with "Z" or "+01:00" or without (then her wall clock). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Her phone's "23.11.2026 14:05" (also "23.11.26", "14.05" as Tasker writes times, seconds optional). */
const LOCAL = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

function wallInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string, now: number) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  // Date.UTC rolls 31.02. over into March: such a date does not exist.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  // A call lies in the past: a wall time shown twice (autumn) is its later occurrence only if that has passed.
  const at = instantOf(year, month, day, hour, minute, timeZone, now);
  return Number.isFinite(at) ? at + second * 1000 : undefined;
}

function offsetMs(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return (m[1] === "-" ? -1 : 1) * minutes * 60_000;
}

function fromIso(m: RegExpExecArray, timeZone: string, now: number): number | undefined {
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const zone = m[7];
  if (zone === undefined) return wallInstant(year, month, day, hour, minute, second, timeZone, now);
  const wall = wallInstant(year, month, day, hour, minute, second, "UTC", now);
  return wall === undefined ? undefined : wall - offsetMs(zone);
}

function fromLocal(m: RegExpExecArray, timeZone: string, now: number): number | undefined {
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return wallInstant(year, Number(m[2]), Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), timeZone, now);
}

function fromEpoch(value: number): number | undefined {
  if (!Number.isFinite(value) || value < SECONDS_FROM) return undefined;
  return Math.round(value < MILLIS_FROM ? value * 1000 : value);
}

/**
 * When an event happened, in the forms automation apps send: ISO 8601 (with or without an
 * offset; without one it is her wall clock), epoch seconds or milliseconds (as a number or as
 * digits), or her local "dd.MM.yyyy HH:mm". Undefined when it is none of these, or lies more
 * than MAX_AGE_MS before `now` or MAX_AHEAD_MS after it.
 */
export function readEventTime(value: string | number, now: number, timeZone: string): number | undefined {
  const text = typeof value === "string" ? value.trim() : "";
  let at: number | undefined;
  if (typeof value === "number") at = fromEpoch(value);
  else if (/^\d{9,13}(?:\.\d+)?$/.test(text)) at = fromEpoch(Number(text));
  else {
    const iso = ISO.exec(text);
    const local = iso ? undefined : LOCAL.exec(text);
    at = iso ? fromIso(iso, timeZone, now) : local ? fromLocal(local, timeZone, now) : undefined;
  }
  if (at === undefined || at < now - MAX_AGE_MS || at > now + MAX_AHEAD_MS) return undefined;
  return at;
}
