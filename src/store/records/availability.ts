import { z } from "zod";
import { DEFAULT_AVAILABILITY, type AvailabilitySettings } from "../../core/availability/types.js";
import { timeRange, weeklyHours } from "./shared.js";

const minutes = (max: number) => z.number().int().min(0).max(max);

/** Her availability settings; one record with the id "settings". */
export const availabilitySchema = z.object({
  weekly: weeklyHours,
  /** "YYYY-MM-DD" → that day's hours; an empty list is a day off. */
  overrides: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.array(timeRange)),
  appointmentMinutes: z.number().int().min(5).max(720),
  bufferBeforeMinutes: minutes(480),
  bufferAfterMinutes: minutes(480),
  noticeMinutes: minutes(7 * 24 * 60),
  stepMinutes: z.number().int().min(5).max(240),
  maxAppointmentsPerDay: z.number().int().min(1).max(50).optional(),
  maxBookedMinutesPerDay: z.number().int().min(5).max(24 * 60).optional(),
  proposalCount: z.number().int().min(1).max(5),
  holdMinutes: z.number().int().min(0).max(7 * 24 * 60),
});
export type AvailabilityRecord = z.infer<typeof availabilitySchema>;
export const AVAILABILITY_VERSION = 1;
export const AVAILABILITY_ID = "settings";

export function toAvailabilityRecord(settings: AvailabilitySettings): AvailabilityRecord {
  return availabilitySchema.parse({
    ...settings,
    weekly: settings.weekly.map((day) => day.map((r) => ({ ...r }))),
    overrides: Object.fromEntries(Object.entries(settings.overrides).map(([k, v]) => [k, v.map((r) => ({ ...r }))])),
  });
}

export function fromAvailabilityRecord(record: AvailabilityRecord | undefined): AvailabilitySettings {
  if (!record) return DEFAULT_AVAILABILITY;
  return record as AvailabilitySettings;
}
