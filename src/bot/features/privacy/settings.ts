import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackCodec } from "../../callback-data.js";
import type { AppServices } from "../../context.js";
import type { Translate } from "../../i18n.js";
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

export type SettingChange =
  | { readonly what: "cleanup"; readonly minutes: CleanupMinutes }
  | { readonly what: "eventsDays" | "verdictsDays" | "appointmentsDays"; readonly days: number };

const FIELD_CODES = { c: "cleanup", e: "eventsDays", v: "verdictsDays", a: "appointmentsDays" } as const;
export const settingCallback = callbackCodec("prv", ["k", "v"], z.object({ k: z.enum(["c", "e", "v", "a"]), v: z.string().regex(/^\d{1,4}$/) }));

const RETENTION_CHOICES = { e: [7, 30, 90], v: [7, 30, 90], a: [7, 14, 30] } as const;

/** "aus", "5 Min.", "2 Std." — how long her messages stay before self-cleaning. */
function periodLabel(minutes: number, t: Translate): string {
  if (minutes === 0) return t("privacy-period", { unit: "off", count: 0 });
  return minutes < 60 ? t("privacy-period", { unit: "minutes", count: minutes }) : t("privacy-period", { unit: "hours", count: minutes / 60 });
}

export function privacyText(settings: PrivacySettings, t: Translate): string {
  const { eventsDays, verdictsDays, appointmentsDays } = settings.retention;
  return [
    t("privacy-title"),
    "",
    settings.cleanupMinutes > 0 ? t("privacy-cleanup-on", { period: periodLabel(settings.cleanupMinutes, t) }) : t("privacy-cleanup-off"),
    t("privacy-retention", { events: eventsDays, verdicts: verdictsDays, appointments: appointmentsDays }),
    "",
    t("privacy-how-to"),
  ].join("\n");
}

export function privacyKeyboard(settings: PrivacySettings, t: Translate): InlineKeyboard {
  const mark = (label: string, on: boolean) => (on ? `✓ ${label}` : label);
  const keyboard = new InlineKeyboard();
  for (const m of CLEANUP_CHOICES) {
    keyboard.text(mark(`🧹 ${periodLabel(m, t)}`, settings.cleanupMinutes === m), settingCallback.pack({ k: "c", v: String(m) }));
  }
  const rows = [
    ["e", t("privacy-row-events"), settings.retention.eventsDays],
    ["v", t("privacy-row-verdicts"), settings.retention.verdictsDays],
    ["a", t("privacy-row-appointments"), settings.retention.appointmentsDays],
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

/** Her words for the settings, in German, English and Romanian (with and without diacritics). */
const WHAT_WORDS: Record<string, SettingChange["what"]> = {
  clean: "cleanup", cleanup: "cleanup", reinigung: "cleanup", selbstreinigung: "cleanup", löschen: "cleanup",
  "curățare": "cleanup", curatare: "cleanup", "ștergere": "cleanup", stergere: "cleanup",
  events: "eventsDays", ereignisse: "eventsDays", anrufe: "eventsDays", evenimente: "eventsDays", apeluri: "eventsDays",
  verdicts: "verdictsDays", log: "verdictsDays", protokoll: "verdictsDays", prüfprotokoll: "verdictsDays", jurnal: "verdictsDays", verdicte: "verdictsDays",
  appointments: "appointmentsDays", termine: "appointmentsDays", "programări": "appointmentsDays", programari: "appointmentsDays",
};

/** Parses "/privacy events 60", "/privacy reinigung 2h", "/privacy clean off", "/privacy curățare oprit". */
export function parseSettingArgs(args: string): SettingChange | undefined {
  const [word, value, ...rest] = args.trim().toLocaleLowerCase("de").split(/\s+/);
  if (!word || !value || rest.length > 0) return undefined;
  const what = WHAT_WORDS[word];
  if (!what) return undefined;
  if (what === "cleanup") {
    const match = /^(aus|off|oprit|0|(\d+)\s*(min|m|h|std|ore)?)$/.exec(value);
    if (!match) return undefined;
    const minutes = match[2] === undefined ? 0 : Number(match[2]) * (match[3] === "h" || match[3] === "std" || match[3] === "ore" ? 60 : 1);
    return (CLEANUP_CHOICES as readonly number[]).includes(minutes) ? { what, minutes: minutes as CleanupMinutes } : undefined;
  }
  const days = Number(/^(\d{1,3})(t|d|z|tage|days|zile)?$/.exec(value)?.[1]);
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
