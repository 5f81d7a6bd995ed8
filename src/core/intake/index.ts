export { MAX_AGE_MS, MAX_AHEAD_MS, readEventTime } from "./at.js";
export { INTAKE_KINDS, readIntake, type IntakeKind, type IntakeNote, type IntakeReading } from "./read.js";
