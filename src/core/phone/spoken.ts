/**
 * Numbers read out in voicemail transcripts: "null eins sieben eins zwei drei …",
 * "plus neun und vierzig", "doppel-null". Only whole digit sequences are read;
 * hundreds and larger words are left alone on purpose.
 */

const UNITS: Readonly<Record<string, number>> = {
  null: 0, zero: 0,
  eins: 1, one: 1,
  zwei: 2, zwo: 2, two: 2,
  drei: 3, three: 3,
  vier: 4, four: 4,
  "fünf": 5, fuenf: 5, five: 5,
  sechs: 6, six: 6,
  sieben: 7, seven: 7,
  acht: 8, eight: 8,
  neun: 9, nine: 9,
};

const TEENS: Readonly<Record<string, number>> = {
  zehn: 10, elf: 11, "zwölf": 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, "fünfzehn": 15, fuenfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};

const TENS: Readonly<Record<string, number>> = {
  zwanzig: 20, "dreißig": 30, dreissig: 30, vierzig: 40, "fünfzig": 50, fuenfzig: 50,
  sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** "ein" only counts inside a compound ("einundzwanzig"), never alone (it is an article). */
const COMPOUND_UNITS: Readonly<Record<string, number>> = { ...UNITS, ein: 1 };

const COMPOUND = /^(\p{L}+?)und(\p{L}+)$/u;

/** The digits a single word stands for, or undefined when it is no number word. */
function wordDigits(word: string): string | undefined {
  const unit = UNITS[word];
  if (unit !== undefined) return String(unit);
  const teen = TEENS[word] ?? TENS[word];
  if (teen !== undefined) return String(teen);
  const compound = COMPOUND.exec(word);
  if (compound) {
    const u = COMPOUND_UNITS[compound[1] ?? ""];
    const t = TENS[compound[2] ?? ""];
    if (u !== undefined && u > 0 && t !== undefined) return String(t + u);
  }
  return undefined;
}

export interface SpokenNumber {
  readonly index: number;
  readonly end: number;
  /** "+4917…" or "0171…" — a written form classifyNumber can read. */
  readonly written: string;
  readonly digitCount: number;
}

const TOKEN = /\p{L}+/gu;
/** What may stand between two spoken digits: spaces, commas, hyphens, dots. */
const GAP = /^[\s,.\-–]{1,4}$/u;

/** Spoken digit sequences with at least `minDigits` digits. */
export function findSpokenNumbers(text: string, minDigits: number): SpokenNumber[] {
  const found: SpokenNumber[] = [];
  let start = -1;
  let end = -1;
  let written = "";
  let digitCount = 0;
  let doubleNext = false;
  /** A unit waiting for "und <tens>" ("neun und vierzig"). */
  let pendingUnit: { digit: number; length: number } | undefined;
  let pendingUnd = false;

  const flush = (): void => {
    if (start >= 0 && digitCount >= minDigits) found.push({ index: start, end, written, digitCount });
    start = -1;
    written = "";
    digitCount = 0;
    doubleNext = false;
    pendingUnit = undefined;
    pendingUnd = false;
  };

  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].toLowerCase();
    const at = m.index;
    if (start >= 0 && !GAP.test(text.slice(end, at))) flush();

    if (word === "plus" || word === "doppel" || word === "doppelt" || word === "doppelte" || word === "double") {
      const isPlus = word === "plus";
      if (isPlus && start >= 0) flush();
      if (start < 0) start = at;
      if (isPlus) written = "+";
      else doubleNext = true;
      end = at + m[0].length;
      continue;
    }
    if (word === "und" && pendingUnit && start >= 0) {
      pendingUnd = true;
      end = at + m[0].length;
      continue;
    }
    if (pendingUnd && pendingUnit) {
      const tens = TENS[word];
      pendingUnd = false;
      if (tens !== undefined) {
        written = written.slice(0, written.length - pendingUnit.length) + String(tens + pendingUnit.digit);
        digitCount += 1;
        pendingUnit = undefined;
        end = at + m[0].length;
        continue;
      }
      // "… drei und dann …": the run ends before "und".
      flush();
    }
    const digits = wordDigits(word);
    if (digits === undefined) {
      flush();
      continue;
    }
    if (start < 0) start = at;
    const add = doubleNext ? digits + digits : digits;
    doubleNext = false;
    written += add;
    digitCount += add.length;
    pendingUnit = digits.length === 1 && digits !== "0" && !add.startsWith(digits + digits) ? { digit: Number(digits), length: 1 } : undefined;
    end = at + m[0].length;
  }
  flush();
  return found;
}
