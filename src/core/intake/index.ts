export { MAX_AGE_MS, MAX_AHEAD_MS, readEventTime } from "./at.js";
export { INTAKE_KINDS, readIntake, type IntakeKind, type IntakeNote, type IntakeReading } from "./read.js";
export { APP_RECIPES, type AppRecipe } from "./recipes.js";
export { inQuietHours } from "./quiet.js";
