import type { AvailabilitySettings } from "../../../core/availability/types.js";
import type { Lang } from "../../../core/lang.js";
import { formatWeeklyHours } from "../../../core/time/weeklyText.js";
import { escapeHtml, type Localized } from "../../i18n.js";
import { minutesLabel } from "../availability/format.js";

export const LABELS = {
  title: { de: "<b>Einstellungen</b>", en: "<b>Settings</b>" },
  hours: { de: "Zeiten", en: "Hours" },
  length: { de: "Termindauer", en: "Appointment length" },
  bufferBefore: { de: "Puffer vorher", en: "Buffer before" },
  bufferAfter: { de: "Puffer nachher", en: "Buffer after" },
  notice: { de: "Vorlauf", en: "Notice" },
  step: { de: "Raster", en: "Step" },
  maxCount: { de: "Max. Termine/Tag", en: "Max appointments/day" },
  maxMinutes: { de: "Max. Terminzeit/Tag", en: "Max booked time/day" },
  proposals: { de: "Vorschläge", en: "Proposals" },
  hold: { de: "Reservierung", en: "Hold time" },
  language: { de: "Sprache", en: "Language" },
  none: { de: "keine Grenze", en: "no limit" },
  langName: { de: "Deutsch", en: "English" },
} satisfies Record<string, Localized>;

export function settingsSummary(s: AvailabilitySettings, lang: Lang): string {
  const L = (k: keyof typeof LABELS) => LABELS[k][lang];
  return [
    L("title"),
    `${L("hours")}: ${escapeHtml(formatWeeklyHours(s.weekly, lang))}`,
    `${L("length")}: ${minutesLabel(s.appointmentMinutes)}`,
    `${L("bufferBefore")}: ${minutesLabel(s.bufferBeforeMinutes)} · ${L("bufferAfter")}: ${minutesLabel(s.bufferAfterMinutes)}`,
    `${L("notice")}: ${minutesLabel(s.noticeMinutes)} · ${L("step")}: ${minutesLabel(s.stepMinutes)}`,
    `${L("maxCount")}: ${s.maxAppointmentsPerDay ?? L("none")} · ${L("maxMinutes")}: ${s.maxBookedMinutesPerDay === undefined ? L("none") : minutesLabel(s.maxBookedMinutesPerDay)}`,
    `${L("proposals")}: ${s.proposalCount} · ${L("hold")}: ${minutesLabel(s.holdMinutes)}`,
    `${L("language")}: ${L("langName")}`,
  ].join("\n");
}

/** "90", "90 min", "1,5 h", "2h", "2 Std" → minutes. */
export function parseMinutes(text: string): number | undefined {
  const m = /^(\d{1,4}(?:[.,]\d{1,2})?)\s*(min|minuten|minutes|m|h|std|stunden?|hours?)?$/i.exec(text.trim());
  if (!m) return undefined;
  const value = Number((m[1] ?? "").replace(",", "."));
  const hours = m[2] !== undefined && /^(h|std|stunde|stunden|hour|hours)$/i.test(m[2]);
  const minutes = Math.round(hours ? value * 60 : value);
  return Number.isFinite(minutes) ? minutes : undefined;
}
