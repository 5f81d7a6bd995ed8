import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { LegacyTextLanguage } from "../../../core/legacy-text-language.js";
import { callbackCodec } from "../../callback-data.js";
import type { AppServices } from "../../context.js";
import { cancelPendingDeletions } from "../../self-cleaning/deletions.js";
import {
  CLEANUP_CHOICES,
  defaultPrivacySettings,
  PRIVACY_SETTINGS_ID,
  RETENTION_LIMITS,
  type CleanupMinutes,
  type PrivacySettings,
} from "../../../store/records/privacy.js";
import { privacySettings } from "./retention.js";
import { CLEANUP_LABEL, T } from "./texts.js";

export type SettingChange =
  | { readonly what: "cleanup"; readonly minutes: CleanupMinutes }
  | { readonly what: "eventsDays" | "verdictsDays" | "appointmentsDays"; readonly days: number };

const FIELD_CODES = { c: "cleanup", e: "eventsDays", v: "verdictsDays", a: "appointmentsDays" } as const;
export const settingCallback = callbackCodec("prv", ["k", "v"], z.object({ k: z.enum(["c", "e", "v", "a"]), v: z.string().regex(/^\d{1,4}$/) }));

const RETENTION_CHOICES = { e: [7, 30, 90], v: [7, 30, 90], a: [7, 14, 30] } as const;

export function privacyText(settings: PrivacySettings, lang: LegacyTextLanguage): string {
  const t = T[lang];
  const { eventsDays, verdictsDays, appointmentsDays } = settings.retention;
  return [
    t.title,
    "",
    settings.cleanupMinutes > 0 ? t.cleanupOn(CLEANUP_LABEL[lang](settings.cleanupMinutes)) : t.cleanupOff,
    t.retention(eventsDays, verdictsDays, appointmentsDays),
    "",
    t.howTo,
  ].join("\n");
}

export function privacyKeyboard(settings: PrivacySettings, lang: LegacyTextLanguage): InlineKeyboard {
  const t = T[lang];
  const mark = (label: string, on: boolean) => (on ? `✓ ${label}` : label);
  const keyboard = new InlineKeyboard();
  for (const m of CLEANUP_CHOICES) {
    keyboard.text(mark(`${t.rowCleanup} ${CLEANUP_LABEL[lang](m)}`, settings.cleanupMinutes === m), settingCallback.pack({ k: "c", v: String(m) }));
  }
  const rows = [
    ["e", t.rowEvents, settings.retention.eventsDays],
    ["v", t.rowVerdicts, settings.retention.verdictsDays],
    ["a", t.rowAppointments, settings.retention.appointmentsDays],
  ] as const;
  for (const [code, label, current] of rows) {
    keyboard.row();
    for (const days of RETENTION_CHOICES[code]) keyboard.text(mark(`${label} ${days}`, current === days), settingCallback.pack({ k: code, v: String(days) }));
  }
  return keyboard;
}

export function changeFromCallback(data: { k: string; v: string }): SettingChange | undefined {
  const value = Number(data.v);
  const what = FIELD_CODES[data.k as keyof typeof FIELD_CODES];
  if (what === undefined) return undefined;
  if (what === "cleanup") {
    return (CLEANUP_CHOICES as readonly number[]).includes(value) ? { what, minutes: value as CleanupMinutes } : undefined;
  }
  return validDays(value) ? { what, days: value } : undefined;
}

function validDays(days: number): boolean {
  return Number.isInteger(days) && days >= RETENTION_LIMITS.min && days <= RETENTION_LIMITS.max;
}

const WHAT_WORDS: Record<string, SettingChange["what"]> = {
  clean: "cleanup", cleanup: "cleanup", reinigung: "cleanup", selbstreinigung: "cleanup", löschen: "cleanup",
  events: "eventsDays", ereignisse: "eventsDays", anrufe: "eventsDays",
  verdicts: "verdictsDays", log: "verdictsDays", protokoll: "verdictsDays", prüfprotokoll: "verdictsDays",
  appointments: "appointmentsDays", termine: "appointmentsDays",
};

/** Parses "/privacy events 60", "/privacy reinigung 2h", "/privacy clean off". */
export function parseSettingArgs(args: string): SettingChange | undefined {
  const [word, value, ...rest] = args.trim().toLocaleLowerCase("de").split(/\s+/);
  if (!word || !value || rest.length > 0) return undefined;
  const what = WHAT_WORDS[word];
  if (!what) return undefined;
  if (what === "cleanup") {
    const match = /^(aus|off|0|(\d+)\s*(min|m|h|std)?)$/.exec(value);
    if (!match) return undefined;
    const minutes = match[2] === undefined ? 0 : Number(match[2]) * (match[3] === "h" || match[3] === "std" ? 60 : 1);
    return (CLEANUP_CHOICES as readonly number[]).includes(minutes) ? { what, minutes: minutes as CleanupMinutes } : undefined;
  }
  const days = Number(/^(\d{1,3})(t|d|tage|days)?$/.exec(value)?.[1]);
  return validDays(days) ? { what, days } : undefined;
}

export async function applySetting(services: AppServices, change: SettingChange): Promise<PrivacySettings> {
  const current = await privacySettings(services);
  const next: PrivacySettings =
    change.what === "cleanup"
      ? { ...current, cleanupMinutes: change.minutes }
      : { ...current, retention: { ...current.retention, [change.what]: change.days } };
  await services.stores.privacy.set(PRIVACY_SETTINGS_ID, next);
  // Switching off means she wants the chat to stay: what was scheduled stays too.
  if (change.what === "cleanup" && change.minutes === 0 && current.cleanupMinutes !== 0) await cancelPendingDeletions(services);
  if (change.what === "cleanup") await services.transports?.cleanupChanged(change.minutes);
  return next;
}

export { defaultPrivacySettings };
