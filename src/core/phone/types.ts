/** How a phone number may be reached. */
export type LineType = "mobile" | "landline" | "mobile-or-landline" | "special" | "unknown";

/** Numbers that are neither a plain mobile nor a plain landline. */
export type SpecialKind =
  | "shared-cost"
  | "premium"
  | "toll-free"
  | "personal"
  | "pager"
  | "voicemail"
  | "uan"
  | "voip";

/**
 * A number that cannot exist as written although it starts like a real range: digits are
 * missing ("0151 2223334": an 0151 mobile has one more) or extra. Digit counts are of the
 * number as written, so "0151 2223334" has 11 and needs 12, "+49 151 2223334" has 12 and needs 13.
 */
export interface WrongLength {
  readonly problem: "too-short" | "too-long";
  /** The number as she wrote it, for showing it back (only its digits when it was spoken). */
  readonly typed: string;
  /** ISO country and kind of line the start of the number belongs to. */
  readonly country: string;
  readonly line: LineType;
  /** How many digits were written. */
  readonly digits: number;
  /** How many digits numbers starting like this have, counted the same way, ascending. */
  readonly expectedDigits: readonly number[];
  /** Digits missing (too short) or extra (too long) to the nearest expected count, ≥ 1. */
  readonly by: number;
}

/** The result of reading a caller: a usable number, a withheld caller, or nothing usable. */
export type PhoneClass =
  | { readonly kind: "withheld" }
  /** Not a number anyone can have; `wrongLength` says when it is one with digits missing or extra. */
  | { readonly kind: "invalid"; readonly wrongLength?: WrongLength }
  | {
      readonly kind: "number";
      /** E.164, e.g. "+491712345678". */
      readonly e164: string;
      /** ISO 3166-1 alpha-2 country of the number, e.g. "DE". */
      readonly country: string;
      readonly line: LineType;
      readonly special?: SpecialKind;
      /** true when country differs from the configured PHONE_REGION. */
      readonly foreign: boolean;
    };
