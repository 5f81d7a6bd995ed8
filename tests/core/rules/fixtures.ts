import type { Asked, EventKind } from "../../../src/core/inbox/types.js";
import type { PhoneClass } from "../../../src/core/phone/types.js";
import type { WeeklyHours } from "../../../src/core/time/types.js";
import { zonedEpoch } from "../../../src/core/time/zone.js";
import {
  DEFAULT_RULE_SETTINGS,
  type EventFact,
  type Facts,
  type FlagMark,
  type FlagName,
  type OutcomeRecord,
  type RuleSettings,
} from "../../../src/core/rules/types.js";

export const TZ = "Europe/Berlin";

/** "2026-03-16 08:05" as wall time in Berlin. */
export function L(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`bad local time ${text}`);
  return zonedEpoch(TZ, { year: +m[1]!, month: +m[2]!, day: +m[3]! }, +m[4]! * 60 + +m[5]!);
}

export const MOBILE: PhoneClass = { kind: "number", e164: "+4917100000001", country: "DE", line: "mobile", foreign: false };
export const LANDLINE: PhoneClass = { kind: "number", e164: "+493000000001", country: "DE", line: "landline", foreign: false };
export const number = (over: Partial<Extract<PhoneClass, { kind: "number" }>>): PhoneClass => ({
  ...(MOBILE as Extract<PhoneClass, { kind: "number" }>),
  ...over,
});

export const ASKED_CALLBACK: Asked = { callback: true };
export const ASKED_NOTHING: Asked = { callback: false };
export const ASKED_APPOINTMENT_TODAY: Asked = { callback: false, appointment: { day: { kind: "today" } } };

export function ev(kind: EventKind, at: string | number, asked: Asked = ASKED_NOTHING, attempts = 1): EventFact {
  return { kind, at: typeof at === "number" ? at : L(at), attempts, asked };
}

export function mark(at: string, by: FlagMark["by"] = "owner"): FlagMark {
  return { at: L(at), by };
}

export function flags(names: readonly FlagName[], at = "2026-03-01 10:00"): Partial<Record<FlagName, FlagMark>> {
  const out: Partial<Record<FlagName, FlagMark>> = {};
  for (const name of names) out[name] = mark(at);
  return out;
}

export interface FactsInput {
  now: string | number;
  number?: PhoneClass;
  flags?: Partial<Record<FlagName, FlagMark>>;
  events?: EventFact[];
  outcomes?: OutcomeRecord[];
  settings?: Partial<RuleSettings>;
  allowedHours?: WeeklyHours;
  timeZone?: string;
}

export function facts(input: FactsInput): Facts {
  return {
    now: typeof input.now === "number" ? input.now : L(input.now),
    timeZone: input.timeZone ?? TZ,
    number: input.number ?? MOBILE,
    flags: input.flags ?? {},
    allowedHours: input.allowedHours,
    events: input.events ?? [],
    outcomes: input.outcomes ?? [],
    settings: { ...DEFAULT_RULE_SETTINGS, ...input.settings },
  };
}

/** Every weekday gets the same ranges; a day listed in `off` gets none. */
export function weekly(start: string, end: string, days: readonly number[] = [0, 1, 2, 3, 4, 5, 6]): WeeklyHours {
  const toMin = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3, 5);
  const s = toMin(start);
  let e = toMin(end);
  if (e <= s) e += 1440;
  const day = (d: number) => (days.includes(d) ? [{ start: s, end: e }] : []);
  return [day(0), day(1), day(2), day(3), day(4), day(5), day(6)];
}
