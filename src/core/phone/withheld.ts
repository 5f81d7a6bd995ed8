/**
 * Words phones and carriers show instead of a number when the caller hid it.
 * libphonenumber cannot read these, so they are recognised before any parsing.
 */
const WITHHELD_PHRASES = [
  // German
  "rufnummer unterdrückt",
  "rufnummer unterdrueckt",
  "nummer unterdrückt",
  "nummer unterdrueckt",
  "unterdrückte rufnummer",
  "unterdrückte nummer",
  "unterdrueckte nummer",
  "rufnummer nicht übermittelt",
  "nummer nicht übermittelt",
  "nicht übermittelt",
  "keine rufnummer",
  "keine nummer",
  "ohne rufnummer",
  "keine anruferkennung",
  "unbekannter anrufer",
  "unbekannte nummer",
  "unbekannte rufnummer",
  "anonymer anrufer",
  "private nummer",
  "unbekannt",
  "anonym",
  "privat",
  // English
  "no caller id",
  "caller id withheld",
  "caller id blocked",
  "number withheld",
  "withheld number",
  "private number",
  "private caller",
  "unknown caller",
  "unknown number",
  "no number",
  "withheld",
  "restricted",
  "anonymous",
  "unknown",
  "private",
  // Romanian, with and without the marks (people and older phones drop them)
  "apelant necunoscut",
  "număr necunoscut",
  "numar necunoscut",
  "număr privat",
  "numar privat",
  "număr ascuns",
  "numar ascuns",
  "număr restricționat",
  "număr restricţionat",
  "numar restrictionat",
  "fără număr",
  "fara numar",
  "necunoscut",
  "anonim",
];

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s\\-_]+");
}

/** Longest phrases first so "Rufnummer unterdrückt" wins over a shorter overlap. */
const SOURCE = [...WITHHELD_PHRASES].sort((a, b) => b.length - a.length).map(escape).join("|");

/** Matches one withheld phrase as a whole word (letters on either side break a match). */
export const WITHHELD_PATTERN = new RegExp(`(?<![\\p{L}\\d])(?:${SOURCE})(?![\\p{L}\\d])`, "giu");

/**
 * The first five letters of every phrase: most texts hold none of them, and this plain
 * alternation rules them out far faster than the full pattern with its word boundaries.
 */
const HINT = new RegExp([...new Set(WITHHELD_PHRASES.map((p) => p.slice(0, 5)))].map(escape).join("|"), "iu");

/** true when the text names a withheld caller. */
export function mentionsWithheld(text: string): boolean {
  return HINT.test(text) && !text.matchAll(WITHHELD_PATTERN).next().done;
}

/** Every withheld phrase in the text, as [index, end) spans. */
export function findWithheld(text: string): Array<{ index: number; end: number }> {
  const spans: Array<{ index: number; end: number }> = [];
  if (!HINT.test(text)) return spans;
  for (const m of text.matchAll(WITHHELD_PATTERN)) {
    spans.push({ index: m.index, end: m.index + m[0].length });
  }
  return spans;
}
