import type { AvailabilitySettings } from "../../../core/availability/types.js";
import type { DraftLanguage } from "../../../core/draft-language.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { weeklyHoursText } from "../../views/weekly-hours.js";
import { minutesLabel } from "../availability/format.js";

/** Every setting /settings manages, in her language (`t` speaks it, so it names the interface language too). */
export function settingsSummary(s: AvailabilitySettings, draftLanguage: DraftLanguage, t: Translate): string {
  const noLimit = t("settings-no-limit");
  return [
    t("settings-title"),
    `${t("settings-hours")}: ${escapeHtml(weeklyHoursText(s.weekly, t))}`,
    `${t("settings-length")}: ${minutesLabel(s.appointmentMinutes)}`,
    `${t("settings-buffer-before")}: ${minutesLabel(s.bufferBeforeMinutes)} · ${t("settings-buffer-after")}: ${minutesLabel(s.bufferAfterMinutes)}`,
    `${t("settings-notice")}: ${minutesLabel(s.noticeMinutes)} · ${t("settings-step")}: ${minutesLabel(s.stepMinutes)}`,
    `${t("settings-max-count")}: ${s.maxAppointmentsPerDay ?? noLimit} · ${t("settings-max-minutes")}: ${s.maxBookedMinutesPerDay === undefined ? noLimit : minutesLabel(s.maxBookedMinutesPerDay)}`,
    `${t("settings-proposals")}: ${s.proposalCount} · ${t("settings-hold")}: ${minutesLabel(s.holdMinutes)}`,
    `${t("settings-interface-language")}: ${t("common-language-name")} · ${t("settings-draft-language")}: ${t("settings-draft-language-name", { lang: draftLanguage })}`,
  ].join("\n");
}

/** "90", "90 min", "1,5 h", "2h", "2 Std", "2 ore" → minutes. */
export function parseMinutes(text: string): number | undefined {
  const m = /^(\d{1,4}(?:[.,]\d{1,2})?)\s*(min|minuten|minutes|minute|m|h|std|stunden?|hours?|ore|oră|ora)?$/i.exec(text.trim());
  if (!m) return undefined;
  const value = Number((m[1] ?? "").replace(",", "."));
  const hours = m[2] !== undefined && /^(h|std|stunde|stunden|hour|hours|ore|oră|ora)$/i.test(m[2]);
  const minutes = Math.round(hours ? value * 60 : value);
  return Number.isFinite(minutes) ? minutes : undefined;
}
