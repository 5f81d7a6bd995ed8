/** A quoted passage (a voicemail transcript, what the mailbox "says"), inner text only. */
export interface Span {
  readonly index: number;
  readonly end: number;
}

/** Closing marks per opening mark, as UTF-16 code units. */
const CLOSERS: ReadonlyMap<number, readonly number[]> = new Map([
  [0x22, [0x22]], // "
  [0x201e, [0x201c, 0x201d, 0x22]], // „ → “ ” "
  [0x201c, [0x201d, 0x22]], // “ → ” "
  [0x201d, [0x201d, 0x22]], // ” → ” "
  [0xab, [0xbb]], // « → »
  [0xbb, [0xab]], // » → «
]);

/** How far a quote may reach for its closing mark; bounds the work per quote. */
const MAX_QUOTE = 4000;

/** Finds quoted passages; an unclosed quote ends at its line end (or a blank line). */
export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  /** Any opening mark: the scan jumps from one to the next. */
  const opener = /["„“”«»]/g;
  for (let m = opener.exec(text); m !== null; m = opener.exec(text)) {
    const i = m.index;
    const closers = CLOSERS.get(text.charCodeAt(i)) ?? [];
    const limit = Math.min(text.length, i + MAX_QUOTE);
    let close = -1;
    for (let k = i + 1; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (closers.includes(c)) {
        close = k;
        break;
      }
      if (c === 10 && text.charCodeAt(k + 1) === 10) break;
    }
    if (close >= 0) {
      spans.push({ index: i + 1, end: close });
      opener.lastIndex = close + 1;
      continue;
    }
    let lineEnd = text.indexOf("\n", i + 1);
    if (lineEnd < 0 || lineEnd > limit) lineEnd = limit;
    spans.push({ index: i + 1, end: lineEnd });
    opener.lastIndex = Math.max(lineEnd, i + 1);
  }
  return spans;
}

/** true when `at` lies in one of the sorted, disjoint spans. */
export function inside(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) return false;
    if (at < s.index) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
