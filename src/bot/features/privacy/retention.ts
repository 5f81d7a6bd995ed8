import type { AppServices } from "../../context.js";
import { pruneAppointments } from "../../../store/appointments.js";
import { contactsOf } from "../../../store/contacts.js";
import { defaultPrivacySettings, PRIVACY_SETTINGS_ID, type PrivacySettings } from "../../../store/records/privacy.js";
import { pruneVerdictLogs } from "../../../store/verdict-log.js";

export const SWEEP_EVERY_MS = 24 * 3_600_000;

export async function privacySettings(services: AppServices): Promise<PrivacySettings> {
  return (await services.stores.privacy.get(PRIVACY_SETTINGS_ID)) ?? defaultPrivacySettings();
}

export interface SweepResult {
  readonly eventsRemoved: number;
  readonly verdictEntriesRemoved: number;
  readonly appointmentsRemoved: number;
}

/**
 * Deletes history whose retention period has ended: inbound events, verdict logs, past
 * appointments (and expired holds). Aliases, flags and notes stay. Counts only are logged.
 */
export async function runRetentionSweep(services: AppServices): Promise<SweepResult> {
  const now = services.clock();
  const { retention } = await privacySettings(services);
  const events = await contactsOf(services).pruneEvents(now, retention.eventsDays);
  const verdicts = await pruneVerdictLogs(services.stores, now, retention.verdictsDays);
  const appointments = await pruneAppointments(services.stores, now, retention.appointmentsDays);
  // Re-read: a setting she changed during the sweep must not be overwritten.
  await services.stores.privacy.update(PRIVACY_SETTINGS_ID, (current) => ({ ...(current ?? defaultPrivacySettings()), lastSweepAt: now }));
  const result: SweepResult = {
    eventsRemoved: events.eventsRemoved,
    verdictEntriesRemoved: verdicts.removedEntries,
    appointmentsRemoved: appointments.bookings,
  };
  services.logger.info({ ...result, holdsRemoved: appointments.holds }, "retention sweep");
  return result;
}

export async function sweepIsDue(services: AppServices): Promise<boolean> {
  const { lastSweepAt } = await privacySettings(services);
  return lastSweepAt === undefined || services.clock() - lastSweepAt >= SWEEP_EVERY_MS;
}
