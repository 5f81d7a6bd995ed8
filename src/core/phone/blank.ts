/**
 * Replaces every match of a global pattern with spaces of the same length, so every index
 * into the text stays valid. Returns the text itself when nothing matches, which is the
 * common case and then costs one scan and no copy.
 */
export function blankMatches(text: string, pattern: RegExp): string {
  let out: string | undefined;
  let at = 0;
  // matchAll scans a copy of the pattern (the shared one keeps no position) and steps over empty matches.
  for (const m of text.matchAll(pattern)) {
    out = (out ?? "") + text.slice(at, m.index) + " ".repeat(m[0].length);
    at = m.index + m[0].length;
  }
  return out === undefined ? text : out + text.slice(at);
}
