import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type NumberType,
  type PhoneNumber,
} from "libphonenumber-js/max";
import { lengthProblem } from "./length.js";
import type { LineType, PhoneClass, SpecialKind, WrongLength } from "./types.js";
import { mentionsWithheld } from "./withheld.js";

/** Carrier short codes (mailbox 3311, 5500, 22922 …) are shorter than any real caller. */
export const MIN_CALLER_DIGITS = 6;
/** E.164 allows at most 15 digits; a little slack for a stray trunk zero. */
export const MAX_CALLER_DIGITS = 17;

/** National digits a number of no known range needs before it is believed. */
const MIN_UNRANGED_DIGITS = 9;

const INVALID: PhoneClass = { kind: "invalid" };
const WITHHELD: PhoneClass = { kind: "withheld" };

/** Dates and clock times: digits that must never be read as a number. */
const DATE_OR_TIME =
  /(?<!\d)(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?<![+\d]\s?)(?:19|20)\d{2}[ .](?:0[1-9]|1[0-2])[ .](?:0[1-9]|[12]\d|3[01])(?![\d.])|\d{1,2}:\d{2})(?!\d)/;

const SPECIAL_BY_TYPE: Partial<Record<NumberType & string, SpecialKind>> = {
  SHARED_COST: "shared-cost",
  PREMIUM_RATE: "premium",
  TOLL_FREE: "toll-free",
  PERSONAL_NUMBER: "personal",
  PAGER: "pager",
  VOICEMAIL: "voicemail",
  UAN: "uan",
  VOIP: "voip",
};

function lineOf(type: NumberType): { line: LineType; special?: SpecialKind } {
  switch (type) {
    case "MOBILE":
      return { line: "mobile" };
    case "FIXED_LINE":
      return { line: "landline" };
    case "FIXED_LINE_OR_MOBILE":
      return { line: "mobile-or-landline" };
    case undefined:
      return { line: "unknown" };
    default: {
      const special = SPECIAL_BY_TYPE[type];
      return special ? { line: "special", special } : { line: "unknown" };
    }
  }
}

function regionCode(region: string): CountryCode | undefined {
  const upper = region.toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

/**
 * A parsed number with its type read once. libphonenumber's isValid() is its type lookup
 * (every type pattern compiled and tried again), so the type is asked for once and validity
 * follows from it; only a number of no known type asks isValid() itself.
 */
interface Reading {
  readonly number: PhoneNumber;
  readonly type: NumberType;
  readonly valid: boolean;
}

function read(text: string, region: CountryCode | undefined): Reading | undefined {
  try {
    const number = parsePhoneNumberFromString(text, region ? { defaultCountry: region } : undefined);
    if (!number) return undefined;
    const type = number.getType();
    return { number, type, valid: type !== undefined || number.isValid() };
  } catch {
    return undefined;
  }
}

/** Valid first, then possible (right length, unknown range), else nothing. */
function better(a: Reading | undefined, b: Reading | undefined): Reading | undefined {
  if (a?.valid) return a;
  if (b?.valid) return b;
  if (a?.number.isPossible()) return a;
  if (b?.number.isPossible()) return b;
  return undefined;
}

/**
 * Reads the digits of a written number.
 * `digits` has no separators; `international` says it began with "+" or "00".
 */
function readDigits(digits: string, international: boolean, region: CountryCode | undefined): Reading | undefined {
  if (international) {
    const direct = read(`+${digits}`, region);
    if (direct?.valid) return direct;
    // "+49 0171 …": a trunk zero written after the country code.
    for (let ccLength = 1; ccLength <= 3; ccLength++) {
      if (digits[ccLength] !== "0") continue;
      const withoutTrunk = read(`+${digits.slice(0, ccLength)}${digits.slice(ccLength + 1)}`, region);
      if (withoutTrunk?.valid) return withoutTrunk;
    }
    return better(direct, undefined);
  }
  if (digits.startsWith("0")) return better(read(digits, region), undefined);
  // No "+", no trunk zero: "49171…" is far more often an international number missing
  // its "+" than a local number — but only when the rest is a valid number of that
  // country; otherwise read it as national (e.g. "171 2345678" without the zero).
  if (region) {
    const cc = getCountryCallingCode(region);
    if (digits.startsWith(cc) && digits.length >= cc.length + MIN_CALLER_DIGITS) {
      const asInternational = read(`+${digits}`, region);
      if (asInternational?.valid) return asInternational;
    }
  }
  const national = read(digits, region);
  return national?.valid ? national : undefined;
}

const E164_MAX_DIGITS = 15;

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * A number valid for no type whose start is a real range of its country, with the digit counts
 * of `written` (the digits as read, with "+" when international).
 */
function wrongLengthOf(number: PhoneNumber, written: string): WrongLength | undefined {
  // An invalid number of a shared calling code (+44, +1) names no country; its main one stands in.
  const country = number.country ?? number.getPossibleCountries()[0];
  if (!country) return undefined;
  const found = lengthProblem(number.nationalNumber, country);
  if (!found) return undefined;
  const digits = countDigits(written);
  const shift = digits - number.nationalNumber.length;
  const expectedDigits = found.expectedNationalDigits.map((k) => k + shift);
  const nearest = found.problem === "too-short" ? (expectedDigits[0] ?? digits) - digits : digits - (expectedDigits[expectedDigits.length - 1] ?? digits);
  return {
    problem: found.problem,
    typed: written,
    country,
    line: lineOf(found.type).line,
    digits,
    expectedDigits,
    by: Math.max(1, nearest),
  };
}

function readingClass(reading: Reading | undefined, region: string, written?: string): PhoneClass {
  if (!reading) return INVALID;
  const { number, valid } = reading;
  // E.164 caps a number at 15 digits; German metadata would accept longer runs of digits.
  if (number.number.length - 1 > E164_MAX_DIGITS) return INVALID;
  if (!valid) {
    // One digit short of a real mobile is a slip, not an unknown range: it cannot be called.
    const wrongLength = wrongLengthOf(number, written ?? number.number);
    if (wrongLength) return { kind: "invalid", wrongLength };
    // A number outside every known range is kept only when it is long enough to be a
    // real subscriber number (fictitious or newly assigned ranges), never a fragment.
    if (!(number.isPossible() && number.nationalNumber.length >= MIN_UNRANGED_DIGITS)) return INVALID;
  }
  const country = number.country ?? "001";
  const { line, special } = valid ? lineOf(reading.type) : { line: "unknown" as const, special: undefined };
  const foreign = country !== region.toUpperCase();
  return special
    ? { kind: "number", e164: number.number, country, line, special, foreign }
    : { kind: "number", e164: number.number, country, line, foreign };
}

/** Turns a parsed number into the public classification. */
export function toPhoneClass(number: PhoneNumber | undefined, region: string): PhoneClass {
  if (!number) return INVALID;
  const type = number.getType();
  return readingClass({ number, type, valid: type !== undefined || number.isValid() }, region);
}

/** Splits a written number into its digits and whether it is written internationally. */
export function digitsOf(raw: string): { digits: string; international: boolean } {
  // "+49 (0) 30 …": the bracketed trunk zero is not dialled after a country code.
  const cleaned = raw.replace(/\(\s*0\s*\)/g, "");
  const plus = /^[^\d+]*\+/.test(cleaned);
  let digits = cleaned.replace(/\D+/g, "");
  let international = plus;
  if (!plus && digits.startsWith("00")) {
    digits = digits.slice(2);
    international = true;
  }
  return { digits, international };
}

/** Classifies a digit string already freed of separators. */
export function classifyDigits(digits: string, international: boolean, region: string): PhoneClass {
  if (digits.length < MIN_CALLER_DIGITS || digits.length > MAX_CALLER_DIGITS) return INVALID;
  // No country code and no area code begins with 0 once the prefix is gone.
  if (international ? digits.startsWith("0") : digits.startsWith("00")) return INVALID;
  return readingClass(readDigits(digits, international, regionCode(region)), region, international ? `+${digits}` : digits);
}

/**
 * The class of a number found in `written`: a number of the wrong length keeps the text as she
 * wrote it, and its digit counts follow that writing ("+49 (0) 151 …" counts the bracketed 0).
 */
export function asWritten(phone: PhoneClass, written: string): PhoneClass {
  if (phone.kind !== "invalid" || !phone.wrongLength) return phone;
  const wrong = phone.wrongLength;
  const digits = countDigits(written);
  const shift = digits - wrong.digits;
  return {
    kind: "invalid",
    wrongLength: { ...wrong, typed: written.trim(), digits, expectedDigits: wrong.expectedDigits.map((k) => k + shift) },
  };
}

/**
 * Normalises one written number to E.164 and says how it can be reached.
 * `region` is the ISO country assumed for numbers written nationally ("DE").
 */
export function classifyNumber(raw: string, region: string): PhoneClass {
  const { digits, international } = digitsOf(raw);
  if (digits.length < MIN_CALLER_DIGITS) return mentionsWithheld(raw) ? WITHHELD : INVALID;
  if (DATE_OR_TIME.test(raw)) return INVALID;
  const number = raw.replace(/^\s*(?:tel|phone|fon|mobil|handy)\s*[.:]?\s*/i, "");
  // Letters inside a number are not a number ("Rechnung 12345678" is not a caller).
  if (/\p{L}/u.test(number)) return INVALID;
  return asWritten(classifyDigits(digits, international, region), number);
}
