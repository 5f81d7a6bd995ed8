/**
 * One-time buddy invites: a code of 12 characters from Crockford's base-32 alphabet (60 bits),
 * shown as "buddy-7KQ2-M9XD-4TPW". It works once, for a day, and only after she confirms who
 * used it, so guessing one gains nothing. It travels as Telegram's start parameter (letters,
 * digits, "-") or is typed on Signal, where a reader may have read O for 0 or I for 1.
 */

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const INVITE_CODE_LENGTH = 12;
export const INVITE_VALID_MS = 24 * 3_600_000;
const PREFIX = "buddy";

/** A code from `INVITE_CODE_LENGTH` random numbers below 32 (the caller draws them). */
export function inviteCodeOf(randomValues: readonly number[]): string {
  if (randomValues.length !== INVITE_CODE_LENGTH || randomValues.some((v) => !Number.isInteger(v) || v < 0 || v >= ALPHABET.length)) {
    throw new RangeError("An invite code needs 12 numbers from 0 to 31.");
  }
  return randomValues.map((v) => ALPHABET[v]).join("");
}

/** "7KQ2M9XD4TPW" → "buddy-7KQ2-M9XD-4TPW": what she passes on, and the Telegram start parameter. */
export function formatInviteCode(code: string): string {
  return [PREFIX, ...(code.match(/.{1,4}/g) ?? [])].join("-");
}

const SHAPE = new RegExp(String.raw`^\s*(?:/start(?:@\w+)?\s+)?${PREFIX}[\s_-]*((?:[0-9a-z][\s_-]*){${INVITE_CODE_LENGTH}})\s*$`, "i");

/** The code in a message ("/start buddy-7KQ2-…", "buddy 7kq2 m9xd 4tpw"), normalised; undefined if it holds none. */
export function readInviteCode(text: string): string | undefined {
  const match = SHAPE.exec(text);
  if (!match) return undefined;
  const code = match[1]!
    .replace(/[\s_-]/g, "")
    .toUpperCase()
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return [...code].every((c) => ALPHABET.includes(c)) ? code : undefined;
}
