/**
 * Numbers read out in voicemail transcripts: "null eins sieben eins zwei drei …",
 * "plus neun und vierzig", "doppel-null", also mixed with written digits
 * ("null eins sieben eins 2345678"). Only whole digit sequences are read;
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

/** Every plain word with its digits, so most words cost one map lookup. */
const WORD_DIGITS: ReadonlyMap<string, string> = new Map(
  [...Object.entries(UNITS), ...Object.entries(TEENS), ...Object.entries(TENS)].map(([w, n]) => [w, String(n)]),
);

/** The shortest compound is "einundzwanzig"/"einundachtzig" … minus a letter or two. */
const MIN_COMPOUND_LENGTH = 10;

/** The digits a single lower-case word stands for, or undefined when it is no number word. */
function wordDigits(word: string): string | undefined {
  const plain = WORD_DIGITS.get(word);
  if (plain !== undefined || word.length < MIN_COMPOUND_LENGTH) return plain;
  const und = word.indexOf("und");
  if (und <= 0) return undefined;
  const u = COMPOUND_UNITS[word.slice(0, und)];
  const t = TENS[word.slice(und + 3)];
  return u !== undefined && u > 0 && t !== undefined ? String(t + u) : undefined;
}

export interface SpokenNumber {
  readonly index: number;
  readonly end: number;
  /** "+4917…" or "0171…" — a written form classifyNumber can read. */
  readonly written: string;
  readonly digitCount: number;
  /** true when written digits are part of the run ("null eins sieben eins 2345678"). */
  readonly mixed: boolean;
}

/** Number words are 3 ("elf", "six") to 16 letters ("siebenundneunzig") long. */
const MIN_WORD = 3;
const MAX_WORD = 16;

const LETTER = /\p{L}/u;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII and Latin letters by range; the rest of Unicode asks the letter class. */
function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return c < 0x2000 || LETTER.test(text.charAt(k));
}

/** Spaces, commas, dots and dashes may stand between two spoken digits — at most four. */
function isGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const gap = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 44 || c === 46 || c === 45 || c === 0x2013;
    if (!gap) return false;
  }
  return true;
}

const enum Token {
  Word,
  Digits,
  Mixed,
}

/** Two spoken digits at least before written ones may join them, so a lone "eins" never does. */
const MIN_WORDS_WITH_DIGITS = 2;

/** The run being read. A class rather than closures: cheap to reset, nothing allocated per word. */
class Run {
  start = -1;
  end = -1;
  written = "";
  digitCount = 0;
  words = 0;
  digitTokens = 0;
  doubleNext = false;
  /** A unit waiting for "und <tens>" ("neun und vierzig"). */
  pendingUnit: number | undefined = undefined;
  pendingUnd = false;

  constructor(
    private readonly found: SpokenNumber[],
    private readonly minDigits: number,
  ) {}

  flush(): void {
    // Mixed runs must open like a dialled number ("null …", "plus …", "0171 …").
    const enough =
      this.digitTokens === 0
        ? this.words > 0
        : this.words >= MIN_WORDS_WITH_DIGITS && (this.written.startsWith("0") || this.written.startsWith("+"));
    if (this.start >= 0 && this.digitCount >= this.minDigits && enough) {
      const { start: index, end, written, digitCount } = this;
      this.found.push({ index, end, written, digitCount, mixed: this.digitTokens > 0 });
    }
    this.start = -1;
    this.written = "";
    this.digitCount = 0;
    this.words = 0;
    this.digitTokens = 0;
    this.doubleNext = false;
    this.pendingUnit = undefined;
    this.pendingUnd = false;
  }
}

/**
 * Spoken digit sequences with at least `minDigits` digits. Written digits join a run only
 * next to at least two spoken digits, and only in a run that opens with 0 or +; a written
 * group starting with 0 always starts a new run.
 * Pass text with dates and times blanked so their digits never join a run.
 */
export function findSpokenNumbers(text: string, minDigits: number): SpokenNumber[] {
  const found: SpokenNumber[] = [];
  const run = new Run(found, minDigits);
  let i = 0;
  while (i < text.length) {
    // Tokens are runs of letters and digits; a token of both ("3x", "A1") ends any run.
    const at = i;
    let letterCount = 0;
    let digitCount = 0;
    for (; i < text.length; i++) {
      if (isDigitCode(text.charCodeAt(i))) digitCount++;
      else if (isLetterAt(text, i)) letterCount++;
      else break;
    }
    if (i === at) {
      i++;
      continue;
    }
    if (run.start >= 0 && !isGap(text, run.end, at)) run.flush();
    const kind = letterCount === 0 ? Token.Digits : digitCount === 0 ? Token.Word : Token.Mixed;
    const length = i - at;
    if (kind === Token.Mixed || (kind === Token.Word && (length < MIN_WORD || length > MAX_WORD))) {
      run.flush();
      continue;
    }
    const token = text.slice(at, i);
    if (kind === Token.Digits) {
      // A group with its own trunk zero is a number of its own, not the tail of this one.
      if (run.start >= 0 && (token.charCodeAt(0) === 48 || run.pendingUnd)) run.flush();
      run.doubleNext = false;
      if (run.start < 0) {
        run.start = at;
        if (text.charCodeAt(at - 1) === 43) {
          run.start = at - 1;
          run.written = "+";
        }
      }
      run.written += token;
      run.digitCount += token.length;
      run.digitTokens++;
      run.pendingUnit = undefined;
      run.end = at + token.length;
      continue;
    }

    const word = token.toLowerCase();
    if (word === "plus" || word === "doppel" || word === "doppelt" || word === "doppelte" || word === "double") {
      const isPlus = word === "plus";
      if (isPlus && run.start >= 0) run.flush();
      if (run.start < 0) run.start = at;
      if (isPlus) run.written = "+";
      else run.doubleNext = true;
      run.end = at + token.length;
      continue;
    }
    if (word === "und" && run.pendingUnit !== undefined && run.start >= 0) {
      run.pendingUnd = true;
      run.end = at + token.length;
      continue;
    }
    if (run.pendingUnd && run.pendingUnit !== undefined) {
      const tens = TENS[word];
      run.pendingUnd = false;
      if (tens !== undefined) {
        run.written = run.written.slice(0, run.written.length - 1) + String(tens + run.pendingUnit);
        run.digitCount += 1;
        run.pendingUnit = undefined;
        run.end = at + token.length;
        continue;
      }
      // "… drei und dann …": the run ends before "und".
      run.flush();
    }
    const digits = wordDigits(word);
    if (digits === undefined) {
      run.flush();
      continue;
    }
    if (run.start < 0) run.start = at;
    const doubled = run.doubleNext;
    const add = doubled ? digits + digits : digits;
    run.doubleNext = false;
    run.written += add;
    run.digitCount += add.length;
    run.words++;
    run.pendingUnit = digits.length === 1 && digits !== "0" && !doubled ? Number(digits) : undefined;
    run.end = at + token.length;
  }
  run.flush();
  return found;
}
