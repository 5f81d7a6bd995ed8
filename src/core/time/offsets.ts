import { tzOffset } from "@date-fns/tz";

/*
 * A zone's UTC offset comes from Intl, which takes a few microseconds per question. The plain
 * functions ask it every time and keep nothing. A caller that asks often — the rule engine asks
 * for every rule that reads the clock — creates a `ZoneOffsets` and passes it along: it keeps the
 * spans of constant offset it has measured, merged and in order, so a question inside a known
 * span is a comparison. Spans are measured with Intl, so both give the same answers (tests
 * cross-check them in several zones).
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far a fresh measurement looks each way for a change; changes are months apart. */
const PROBE_DAYS = 31;
/** Spans merge as they touch, so a zone needs about two a year; the cap only bounds memory. */
const MAX_SPANS_PER_ZONE = 64;
/** The range of a JavaScript Date. */
const MAX_EPOCH_MS = 8.64e15;

/** A stretch of time with one UTC offset. */
interface Span {
  /** Epoch ms, inclusive. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
  /** Minutes east of UTC. */
  readonly offset: number;
}

function measuredOffset(timeZone: string, epochMs: number): number {
  const offset = tzOffset(timeZone, new Date(epochMs));
  if (Number.isNaN(offset)) throw new RangeError("Unknown time zone");
  return offset;
}

/** The first minute in (lo, hi] at which the offset is (`equal`) or is not `offset`; the minute
 *  at `lo` is the other way, the one at `hi` this way. */
function firstMinuteWhere(timeZone: string, lo: number, hi: number, offset: number, equal: boolean): number {
  let low = Math.floor(lo / MINUTE_MS);
  let high = Math.ceil(hi / MINUTE_MS);
  while (low + 1 < high) {
    const mid = Math.floor((low + high) / 2);
    if ((measuredOffset(timeZone, mid * MINUTE_MS) === offset) === equal) high = mid;
    else low = mid;
  }
  return high * MINUTE_MS;
}

/** Where the offset at `epochMs` stops holding, looking a day at a time in one direction. */
function spanEdge(timeZone: string, epochMs: number, offset: number, step: 1 | -1): number {
  for (let k = 1; k <= PROBE_DAYS; k++) {
    const probe = epochMs + step * k * DAY_MS;
    if (step * probe > MAX_EPOCH_MS) return step * MAX_EPOCH_MS;
    if (measuredOffset(timeZone, probe) === offset) continue;
    // Ahead, the edge is the first minute with another offset; behind, the first with this one.
    return step === 1
      ? firstMinuteWhere(timeZone, probe - DAY_MS, probe, offset, false)
      : firstMinuteWhere(timeZone, probe, probe + DAY_MS, offset, true);
  }
  return epochMs + step * PROBE_DAYS * DAY_MS;
}

function measureSpan(timeZone: string, epochMs: number): Span {
  // Throws for an unknown zone or an instant outside the Date range, before anything is kept.
  const offset = measuredOffset(timeZone, epochMs);
  return {
    start: spanEdge(timeZone, epochMs, offset, -1),
    end: spanEdge(timeZone, epochMs, offset, 1),
    offset,
  };
}

/** Index of the last span starting at or before `epochMs`, or -1. */
function spanIndexBefore(spans: readonly Span[], epochMs: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.start <= epochMs) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Adds a measured span, merged with the known spans it touches that have the same offset. */
function keep(spans: Span[], span: Span): Span {
  let from = spanIndexBefore(spans, span.start) + 1;
  let to = from;
  let start = span.start;
  let end = span.end;
  const left = spans[from - 1];
  if (left !== undefined && left.end >= start && left.offset === span.offset) {
    start = left.start;
    end = Math.max(end, left.end);
    from--;
  }
  for (let right = spans[to]; right !== undefined && right.start <= end && right.offset === span.offset; right = spans[to]) {
    end = Math.max(end, right.end);
    to++;
  }
  const merged = start === span.start && end === span.end ? span : { start, end, offset: span.offset };
  if (spans.length - (to - from) >= MAX_SPANS_PER_ZONE) spans.length = 0;
  else spans.splice(from, to - from);
  spans.splice(spanIndexBefore(spans, start) + 1, 0, merged);
  return merged;
}

/** Where offsets come from: Intl each time (`INTL_OFFSETS`), or a `ZoneOffsets` that remembers. */
export interface OffsetSource {
  /** UTC offset of `timeZone` at `epochMs`, in minutes east of UTC; a RangeError for an unknown zone. */
  offsetMinutes(timeZone: string, epochMs: number): number;
}

export const INTL_OFFSETS: OffsetSource = { offsetMinutes: measuredOffset };

/** Remembers the spans of constant offset it measured, per zone. Owned by whoever creates it. */
export class ZoneOffsets implements OffsetSource {
  /** Per zone, disjoint and sorted by start. */
  private readonly spansByZone = new Map<string, Span[]>();

  offsetMinutes(timeZone: string, epochMs: number): number {
    let spans = this.spansByZone.get(timeZone);
    if (spans !== undefined) {
      const span = spans[spanIndexBefore(spans, epochMs)];
      if (span !== undefined && epochMs < span.end) return span.offset;
    }
    const measured = measureSpan(timeZone, epochMs);
    if (spans === undefined) this.spansByZone.set(timeZone, (spans = []));
    return keep(spans, measured).offset;
  }
}

/** UTC offset of `timeZone` at `epochMs`, in minutes east of UTC, asked of Intl. Throws a
 *  RangeError for an unknown zone. */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  return measuredOffset(timeZone, epochMs);
}

/**
 * The instant at which the wall clock in `timeZone` shows `wallMs`, the local date and time
 * written as if it were UTC (Date.UTC(y, m, d) + minutes). A wall time in a spring-forward gap
 * resolves to the first instant after the gap; a repeated fall-back time to its first
 * occurrence. Assumes at most one offset change within a day either side, which holds for
 * every zone in the tz database.
 */
export function wallToEpoch(timeZone: string, wallMs: number, offsets: OffsetSource = INTL_OFFSETS): number {
  const before = offsets.offsetMinutes(timeZone, wallMs - DAY_MS);
  const after = offsets.offsetMinutes(timeZone, wallMs + DAY_MS);
  const early = wallMs - before * MINUTE_MS;
  const earlyValid = offsets.offsetMinutes(timeZone, early) === before;
  if (before === after && earlyValid) return early;
  const late = wallMs - after * MINUTE_MS;
  const lateValid = offsets.offsetMinutes(timeZone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // In the gap: the first minute after it is the first one on the new offset.
  return firstMinuteWhere(timeZone, Math.min(early, late), Math.max(early, late), after, true);
}
