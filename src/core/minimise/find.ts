import { ALIAS_SURNAME, PATTERNS } from "./patterns.js";
import type { Finding, FindingKind, MinimiseField } from "./types.js";

/** When two findings overlap, the more specific kind names the merged one. */
const PRIORITY: Readonly<Record<FindingKind, number>> = { email: 0, bank: 1, web: 2, address: 3, surname: 4, company: 5 };

/** Longer texts are cut off for the scan; notes and aliases are far shorter. */
const MAX_SCAN = 4000;

function trimmed(text: string, finding: Finding): Finding | undefined {
  let { index, end } = finding;
  while (index < end && /[\s,;:–—-]/u.test(text[index]!)) index++;
  while (end > index && /[\s,;:–—-]/u.test(text[end - 1]!)) end--;
  return end > index ? { kind: finding.kind, index, end } : undefined;
}

/** Overlapping or touching findings become one, so removing them leaves no fragments. */
function merge(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.index < last.end) {
      const kind = PRIORITY[f.kind] < PRIORITY[last.kind] ? f.kind : last.kind;
      out[out.length - 1] = { kind, index: last.index, end: Math.max(last.end, f.end) };
    } else out.push(f);
  }
  return out;
}

/**
 * Points out what looks like an employer or company, a surname, an email address, a web
 * domain, a street address or bank details — each with its span, in text order.
 * Heuristic on purpose: a false alarm costs her one tap ("save anyway"), a miss costs discretion.
 */
export function findSensitive(text: string, field: MinimiseField): Finding[] {
  const source = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const found: Finding[] = [];
  for (const { kind, regex } of PATTERNS) {
    for (const m of source.matchAll(regex)) {
      const finding = trimmed(source, { kind, index: m.index, end: m.index + m[0].length });
      if (finding) found.push(finding);
    }
  }
  if (field === "alias") {
    const m = ALIAS_SURNAME.exec(source);
    const surname = m?.[1];
    if (m && surname) {
      const end = m.index + m[0].length;
      const finding = trimmed(source, { kind: "surname", index: end - surname.length, end });
      if (finding) found.push(finding);
    }
  }
  return merge(found);
}

/** The text with the findings cut out and the gaps tidied ("Tom, arbeitet bei X, mag Jazz" → "Tom, mag Jazz"). */
export function removeFindings(text: string, findings: readonly Finding[]): string {
  let out = "";
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.index - b.index)) {
    if (f.index < at) continue;
    out += `${text.slice(at, f.index)}\u0000`;
    at = f.end;
  }
  out += text.slice(at);
  return tidy(out);
}

function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/\s*\u0000\s*/g, "\u0000")
        // A removed piece between two separators leaves one separator.
        .replace(/([,;:–—-])?\u0000+([,;.!?:–—-])?/g, (_m, before: string | undefined, after: string | undefined) =>
          after === "." || after === "!" || after === "?" ? after : before || after ? `${before ?? after} ` : " ",
        )
        .replace(/\(\s*\)|\[\s*\]/g, "")
        .replace(/\s+([,;.!?])/g, "$1")
        .replace(/([,;:])\s*([,;.!?])/g, "$2")
        .replace(/[ \t]{2,}/g, " ")
        .replace(/^[\s,;:.!?–—-]+|[\s,;:–—-]+$/g, ""),
    )
    .filter((line) => line.length > 0)
    .join("\n");
}
