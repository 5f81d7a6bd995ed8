export type { Finding, FindingKind, MinimiseField } from "./types.js";
export { findSensitive, removeFindings } from "./find.js";
