import type { CheckInState } from "../core/safety/checkin.js";
import { newAppointmentId } from "./appointments.js";
import type { CheckInRecord } from "./records/safety.js";
import type { Stores } from "./stores.js";

type CheckInStores = Pick<Stores, "checkIns">;

/** Running check-ins, the one ending first first. */
export async function listCheckIns(stores: CheckInStores): Promise<CheckInRecord[]> {
  return (await stores.checkIns.all()).sort((a, b) => a.end - b.end);
}

export async function startCheckIn(
  stores: CheckInStores,
  input: Omit<CheckInRecord, "id" | "phase" | "messageIds" | "createdAt"> & { readonly now: number },
): Promise<CheckInRecord> {
  const { now, ...details } = input;
  const record: CheckInRecord = { ...details, id: newAppointmentId(), phase: "running", messageIds: [], createdAt: now };
  await stores.checkIns.set(record.id, record);
  return record;
}

/** The engine's view of a stored check-in. */
export function checkInState(record: CheckInRecord): CheckInState {
  return {
    phase: record.phase,
    end: record.end,
    graceMinutes: record.graceMinutes,
    ...(record.alertedAt !== undefined && { alertedAt: record.alertedAt }),
  };
}

/** A stored check-in moved to the engine's next state. */
export function withState(record: CheckInRecord, state: CheckInState): CheckInRecord {
  const { alertedAt: _old, ...rest } = record;
  return { ...rest, phase: state.phase, end: state.end, ...(state.alertedAt !== undefined && { alertedAt: state.alertedAt }) };
}

export async function saveCheckIn(stores: CheckInStores, record: CheckInRecord): Promise<void> {
  await stores.checkIns.set(record.id, record);
}

/** Ends a check-in: the record goes, and with it the place and the number. */
export async function endCheckIn(stores: CheckInStores, id: string): Promise<boolean> {
  return stores.checkIns.delete(id);
}
