export type { LineType, PhoneClass, SpecialKind, WrongLength } from "./types.js";
export { classifyNumber, MIN_CALLER_DIGITS } from "./classify.js";
export { findNumbers, maskDatesAndTimes, type FoundNumber } from "./find.js";
export { formatNumber, maskNumber } from "./format.js";
export { parseNumberArgument } from "./argument.js";
export { findWithheld, mentionsWithheld } from "./withheld.js";
