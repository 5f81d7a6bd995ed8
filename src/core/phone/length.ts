import { Metadata, type CountryCode, type NumberType } from "libphonenumber-js/max";

/**
 * What libphonenumber's metadata knows about one number type of a country: its national
 * number pattern and the lengths it allows. The package's typings stop at the numbering plan,
 * so the part used here is stated, and checked where it is read.
 */
interface TypeMetadata {
  pattern(): string;
  possibleLengths(): number[];
}

/** The number types the metadata describes, the ones a caller most likely has first. */
const TYPES: readonly (NumberType & string)[] = [
  "MOBILE",
  "FIXED_LINE",
  "PREMIUM_RATE",
  "SHARED_COST",
  "TOLL_FREE",
  "PERSONAL_NUMBER",
  "VOIP",
  "UAN",
  "PAGER",
  "VOICEMAIL",
];

/**
 * Digits tried in place of the missing ones. The type patterns constrain the first digits after
 * a range's prefix and then take any digits, so a run of one repeated digit reaches every length
 * a prefix allows.
 */
const FILLERS = "0123456789";

export interface LengthProblem {
  readonly problem: "too-short" | "too-long";
  /** The number type the start of the number belongs to. */
  readonly type: NumberType & string;
  /** Lengths of the national number that numbers starting like this have, ascending. */
  readonly expectedNationalDigits: readonly number[];
}

function typeOf(plan: unknown, type: string): TypeMetadata | undefined {
  const read = (plan as { type?: (name: string) => unknown } | undefined)?.type;
  if (typeof read !== "function") return undefined;
  const found = read.call(plan, type) as Partial<TypeMetadata> | undefined;
  return typeof found?.pattern === "function" && typeof found.possibleLengths === "function"
    ? (found as TypeMetadata)
    : undefined;
}

function completes(pattern: RegExp, national: string, length: number): boolean {
  for (const filler of FILLERS) if (pattern.test(national + filler.repeat(length - national.length))) return true;
  return false;
}

/**
 * Whether a national number that is valid for no type is a real range's number with digits
 * missing ("151 2223334": an 0151 mobile has 11 digits) or too many ("171 234567890"), by the
 * patterns and lengths libphonenumber keeps per type. undefined when its start matches no range
 * at all (then it may be a range the metadata does not know yet).
 */
export function lengthProblem(national: string, country: CountryCode): LengthProblem | undefined {
  let plan: unknown;
  try {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(country);
    plan = metadata.numberingPlan;
  } catch {
    return undefined;
  }
  for (const type of TYPES) {
    const meta = typeOf(plan, type);
    if (!meta) continue;
    const pattern = new RegExp(`^(?:${meta.pattern()})$`);
    const lengths = meta.possibleLengths();
    // A missing digit is the likelier slip, so a number that could be either is called short.
    const short = lengths.filter((k) => k > national.length && completes(pattern, national, k));
    if (short.length > 0) return { problem: "too-short", type, expectedNationalDigits: short };
    const long = lengths.filter((k) => k < national.length && pattern.test(national.slice(0, k)));
    if (long.length > 0) return { problem: "too-long", type, expectedNationalDigits: long };
  }
  return undefined;
}
