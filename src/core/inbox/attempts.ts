import { NUMBER_WORD_SOURCE, readCount } from "./numbers.js";

const N = `(\\d{1,2}|${NUMBER_WORD_SOURCE})`;

/**
 * "3 verpasste Anrufe", "4 Anrufversuche", "2 Versuche", "2x", "(3)", "3 missed calls", "dreimal",
 * "called 3 times", "twice", "2 apeluri pierdute".
 */
const ATTEMPTS = new RegExp(
  [
    String.raw`(?<![\d\p{L}])${N}\s{1,3}(?:(?:verpasste|entgangene|neue)\s{1,3})?(?:anrufe|anrufversuche|versuche)(?!\p{L})`,
    String.raw`(?<![\d\p{L}])${N}\s{1,3}(?:missed\s{1,3})?calls(?!\p{L})`,
    String.raw`(?<![\d\p{L}])(\d{1,2})\s{1,3}apeluri(?!\p{L})`,
    String.raw`(?<![\d\p{L}.:/])(\d{1,2})\s{0,2}[x×](?!\p{L})`,
    String.raw`(?<!\p{L})\(\s{0,2}(\d{1,2})\s{0,2}\)`,
    String.raw`(?<![\d\p{L}])${N}\s{0,2}-?\s{0,2}mal(?!\p{L})`,
    String.raw`(?<![\d\p{L}])${N}\s{1,3}times(?!\p{L})`,
    String.raw`(?<!\p{L})(twice)(?!\p{L})`,
  ].join("|"),
  "giu",
);

const MAX_ATTEMPTS = 99;

/** The number of attempts a note reports; 1 when it says nothing. */
const ATTEMPTS_HINT = /anrufe|versuche|calls|apeluri|mal|times|twice|\(|\d\s{0,2}[x×]/iu;

export function readAttempts(header: string): number {
  let attempts = 1;
  if (!ATTEMPTS_HINT.test(header)) return attempts;
  for (const m of header.matchAll(ATTEMPTS)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const token = m[group];
    const n = token?.toLowerCase() === "twice" ? 2 : readCount(token);
    // "(0)" is a trunk zero, not a count; "a"/"an" only count in "a missed call".
    if (n !== undefined && n >= 1 && n <= MAX_ATTEMPTS) attempts = Math.max(attempts, n);
  }
  return attempts;
}
