/**
 * Replaces every match of a global pattern with spaces of the same length, so every index
 * into the text stays valid. Returns the text itself when nothing matches, which is the
 * common case and then costs one scan and no copy.
 */
export function blankMatches(text: string, pattern: RegExp): string {
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (m === null) return text;
  let out = "";
  let at = 0;
  while (m !== null) {
    const end = m.index + m[0].length;
    out += text.slice(at, m.index) + " ".repeat(m[0].length);
    at = end;
    // An empty match must not stall the scan.
    if (m[0].length === 0) pattern.lastIndex++;
    m = pattern.exec(text);
  }
  pattern.lastIndex = 0;
  return out + text.slice(at);
}
