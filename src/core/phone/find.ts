import { blankMatches } from "./blank.js";
import { asWritten, classifyDigits, digitsOf, MAX_CALLER_DIGITS, MIN_CALLER_DIGITS } from "./classify.js";
import { findSpokenNumbers } from "./spoken.js";
import type { PhoneClass } from "./types.js";

export interface FoundNumber {
  /** Where the number starts in the text (UTF-16 index). */
  readonly index: number;
  /** Where it ends, exclusive. */
  readonly end: number;
  readonly phone: PhoneClass;
}

/**
 * Dates (also year first: "2022 08 15", "2022.08.15"), clock times and "2x"-style counts, which
 * would otherwise read as digits of a number. Every alternative is bounded, so masking is linear.
 */
const NOT_A_NUMBER =
  /(?<![\d.])(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?![\d.]\d)|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?|(?<![+\d]\s?)(?:19|20)\d{2}[ .](?:0[1-9]|1[0-2])[ .](?:0[1-9]|[12]\d|3[01])(?![\d.])|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)(?!\d)/giu;

/** Replaces dates and times with spaces of the same length, keeping every index. */
export function maskDatesAndTimes(text: string): string {
  return blankMatches(text, NOT_A_NUMBER);
}

interface Group {
  readonly index: number;
  readonly end: number;
  readonly digits: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 47; // - – /

/**
 * Length of the separator at `at` that joins two digit groups of one number:
 * blanks with at most one dash or slash ("0171 - 2345678", "0171/2345678"),
 * a dot between digits ("0171.2345678"), or a bracketed trunk zero "(0)".
 * 0 when the text there does not continue a number.
 */
function separatorLength(text: string, at: number): number {
  let k = at;
  let blanks = 0;
  while (k < text.length && isBlank(text.charCodeAt(k)) && blanks < 3) {
    k++;
    blanks++;
  }
  if (k < text.length && isDash(text.charCodeAt(k))) {
    k++;
    let after = 0;
    while (k < text.length && isBlank(text.charCodeAt(k)) && after < 3) {
      k++;
      after++;
    }
  } else if (blanks === 0 && text.charCodeAt(k) === 46) {
    k++;
  } else if (text.startsWith("(0)", k)) {
    k += 3;
    while (k < text.length && isBlank(text.charCodeAt(k)) && k - at < 8) k++;
  }
  return k > at && k < text.length && isDigit(text.charCodeAt(k)) ? k - at : 0;
}

/** Reads the digit groups of one run starting at a digit; `next` is where scanning resumes. */
function readRun(masked: string, from: number): { groups: Group[]; next: number } {
  const groups: Group[] = [];
  let i = from;
  for (;;) {
    const index = i;
    while (i < masked.length && isDigit(masked.charCodeAt(i))) i++;
    // Digits glued to a word ("2x", "3311abc") belong to the word.
    if (isLetter(masked[i])) {
      while (i < masked.length && (isLetter(masked[i]) || isDigit(masked.charCodeAt(i)))) i++;
      return { groups, next: i };
    }
    groups.push({ index, end: i, digits: i - index });
    const sep = separatorLength(masked, i);
    if (sep === 0) return { groups, next: i };
    i += sep;
  }
}

/** classifyDigits for one region. */
type Classify = (digits: string, international: boolean) => PhoneClass;

/**
 * classifyDigits for one text: a long paste names the same few numbers again and again, and each
 * reading is classified once (libphonenumber's type patterns are most of the cost).
 */
function classifierFor(region: string): Classify {
  const seen = new Map<string, PhoneClass>();
  return (digits, international) => {
    const key = international ? `+${digits}` : digits;
    let phone = seen.get(key);
    if (!phone) {
      phone = classifyDigits(digits, international, region);
      seen.set(key, phone);
    }
    return phone;
  };
}

/** Picks numbers out of one run of digit groups, longest valid reading first. */
function numbersInRun(
  text: string,
  groups: readonly Group[],
  plusAt: number | undefined,
  classify: Classify,
  out: FoundNumber[],
): void {
  let s = 0;
  while (s < groups.length) {
    const first = groups[s];
    if (!first) break;
    const index = s === 0 && plusAt !== undefined ? plusAt : first.index;
    const startsLikeNumber = index !== first.index || text.charCodeAt(first.index) === 48 || s === 0;
    if (!startsLikeNumber) {
      s++;
      continue;
    }
    // Candidate ends, longest first: the first valid reading wins, else the longest possible one.
    const ends: number[] = [];
    let total = 0;
    for (let e = s; e < groups.length; e++) {
      total += groups[e]?.digits ?? 0;
      if (total > MAX_CALLER_DIGITS) break;
      if (total >= MIN_CALLER_DIGITS) ends.push(e);
    }
    let best: { e: number; phone: PhoneClass } | undefined;
    // Failing that, the longest reading that is a real range's number with digits missing or extra.
    let wrongLength: { e: number; phone: PhoneClass } | undefined;
    for (let k = ends.length - 1; k >= 0; k--) {
      const e = ends[k] ?? s;
      const { digits, international } = digitsOf(text.slice(index, groups[e]?.end ?? first.end));
      const phone = classify(digits, international);
      if (phone.kind !== "number") {
        if (phone.kind === "invalid" && phone.wrongLength) wrongLength ??= { e, phone };
        continue;
      }
      if (phone.line !== "unknown") {
        best = { e, phone };
        break;
      }
      best ??= { e, phone };
    }
    const found = best ?? wrongLength;
    if (found) {
      const end = groups[found.e]?.end ?? first.end;
      out.push({ index, end, phone: asWritten(found.phone, text.slice(index, end)) });
      s = found.e + 1;
      continue;
    }
    // Phone-shaped but unreadable ("0171 23456"): report it so callers can say so.
    const runEnd = groups[groups.length - 1]?.end ?? first.end;
    const phoneShaped = index !== first.index || text.startsWith("0", first.index);
    const { digits } = digitsOf(text.slice(index, runEnd));
    if (phoneShaped && digits.length >= MIN_CALLER_DIGITS + 1 && s === 0) {
      out.push({ index, end: runEnd, phone: { kind: "invalid" } });
      return;
    }
    s++;
  }
}

/**
 * A spoken run that goes on in written digits ("null eins sieben eins 2345678") replaces the
 * readings of its written tail ("2345678" alone may pass for a local number). A run that opens
 * with a written number ("0171 2345678 zwei drei") leaves that number alone: then undefined.
 */
function replaced(written: readonly FoundNumber[], index: number, end: number): FoundNumber[] | undefined {
  // The written readings are in order and disjoint: find the first that ends after `index`.
  let lo = 0;
  let hi = written.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((written[mid]?.end ?? 0) <= index) lo = mid + 1;
    else hi = mid;
  }
  const overlapping: FoundNumber[] = [];
  for (let k = lo; k < written.length; k++) {
    const f = written[k];
    if (!f || f.index >= end) break;
    if (f.index <= index && f.phone.kind === "number") return undefined;
    overlapping.push(f);
  }
  return overlapping;
}

/**
 * Finds the phone numbers in free text — digits ("0171/2345678", "+49 (0) 30 1234567")
 * and spoken digit words ("null eins sieben eins …"). Dates, times and carrier short
 * codes are never returned. Runs in time linear in the text length.
 */
export function findNumbers(text: string, region: string): Array<{ index: number; end: number; phone: PhoneClass }> {
  const masked = maskDatesAndTimes(text);
  const classify = classifierFor(region);
  const out: FoundNumber[] = [];
  let i = 0;
  while (i < masked.length) {
    const c = masked.charCodeAt(i);
    const isPlus = c === 43 && isDigit(masked.charCodeAt(i + 1));
    if (!isDigit(c) && !isPlus && !(c === 43 && masked.charCodeAt(i + 1) === 32 && isDigit(masked.charCodeAt(i + 2)))) {
      i++;
      continue;
    }
    const prev = masked[i - 1];
    if (isLetter(prev) || (prev !== undefined && isDigit(prev.charCodeAt(0)))) {
      // Digits glued to a word: skip the whole token.
      i++;
      while (i < masked.length && (isDigit(masked.charCodeAt(i)) || isLetter(masked[i]))) i++;
      continue;
    }
    const plusAt = isDigit(c) ? undefined : i;
    const from = isDigit(c) ? i : isPlus ? i + 1 : i + 2;
    const { groups, next } = readRun(masked, from);
    if (groups.length > 0) numbersInRun(text, groups, plusAt, classify, out);
    i = Math.max(next, i + 1);
  }
  const spokenNumbers: FoundNumber[] = [];
  const dropped = new Set<FoundNumber>();
  for (const spoken of findSpokenNumbers(masked, MIN_CALLER_DIGITS)) {
    const { digits, international } = digitsOf(spoken.written);
    const phone = classify(digits, international);
    if (phone.kind !== "number") continue;
    if (spoken.mixed) {
      const unreadable = replaced(out, spoken.index, spoken.end);
      if (!unreadable) continue;
      for (const f of unreadable) dropped.add(f);
    }
    spokenNumbers.push({ index: spoken.index, end: spoken.end, phone });
  }
  if (spokenNumbers.length === 0) return out;
  // Written numbers come out of the scan in order; spoken ones are merged in.
  return [...out.filter((f) => !dropped.has(f)), ...spokenNumbers].sort((a, b) => a.index - b.index);
}
