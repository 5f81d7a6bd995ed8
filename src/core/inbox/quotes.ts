/** A quoted passage (a voicemail transcript, what the mailbox "says"), inner text only. */
export interface Span {
  readonly index: number;
  readonly end: number;
}

const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  "„": "“”\"",
  "“": "”\"",
  "”": "”\"",
  "«": "»",
  "»": "«",
};

/** How far a quote may reach for its closing mark; bounds the work per quote. */
const MAX_QUOTE = 4000;

/** Finds quoted passages; an unclosed quote ends at its line end (or a blank line). */
export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = CLOSERS[text[i] ?? ""];
    if (!closers) {
      i++;
      continue;
    }
    const limit = Math.min(text.length, i + MAX_QUOTE);
    let close = -1;
    for (let k = i + 1; k < limit; k++) {
      const ch = text[k] ?? "";
      if (closers.includes(ch)) {
        close = k;
        break;
      }
      if (ch === "\n" && text[k + 1] === "\n") break;
    }
    if (close >= 0) {
      spans.push({ index: i + 1, end: close });
      i = close + 1;
      continue;
    }
    let lineEnd = text.indexOf("\n", i + 1);
    if (lineEnd < 0 || lineEnd > limit) lineEnd = limit;
    spans.push({ index: i + 1, end: lineEnd });
    i = lineEnd;
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
