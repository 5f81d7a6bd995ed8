import { classifyNumber } from "../phone/classify.js";

/**
 * Reads a warning list as support organisations and colleagues pass them on: a text or CSV file,
 * one number and a short reason per line ("0171 2345678, gewalttätig", "+49 160 …;no-show",
 * `"0151 …","hat nicht bezahlt"`). Blank lines, `#` comments and a header line are skipped.
 * A list with any line it cannot read is reported whole, by line number, so nothing is half-imported.
 */

export interface WarnListEntry {
  readonly e164: string;
  /** Short, one line; may be empty. */
  readonly reason: string;
}

export type WarnLineProblem = "no-number" | "wrong-length" | "reason-too-long" | "unreadable";

export interface WarnListProblem {
  /** 1-based, as an editor counts. */
  readonly line: number;
  readonly problem: WarnLineProblem;
}

export type WarnListParse =
  | {
      readonly ok: true;
      readonly entries: readonly WarnListEntry[];
      /** Lines naming a number already listed above (the first reason is kept). */
      readonly duplicates: number;
    }
  | { readonly ok: false; readonly problems: readonly WarnListProblem[] }
  | { readonly ok: false; readonly tooLarge: true }
  | { readonly ok: false; readonly empty: true };

export const WARNLIST_LIMITS = { maxLines: 50_000, maxReasonLength: 200 } as const;

const SEPARATORS = [",", ";", "\t", "|"] as const;
const LEADING_NUMBER = /^[+\d(][\d\s()./-]*\d/;

/** Splits one CSV line on `separator`, with "…" quoting and "" inside quotes; undefined if a quote is left open. */
function splitQuoted(line: string, separator: string): string[] | undefined {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === "") {
      field = "";
      quoted = true;
    } else if (c === separator) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

/** The number part and the reason of one line; undefined when quotes are left open. */
function splitLine(line: string): { number: string; reason: string } | undefined {
  // The first separator on the line ends the number; the reason may hold others.
  let separator: string | undefined;
  let at = Infinity;
  for (const s of SEPARATORS) {
    const i = line.indexOf(s, line.startsWith('"') ? line.indexOf('"', 1) + 1 : 0);
    if (i >= 0 && i < at) [separator, at] = [s, i];
  }
  if (separator !== undefined) {
    const fields = line.includes('"') ? splitQuoted(line, separator) : line.split(separator);
    if (!fields) return undefined;
    return { number: fields[0] ?? "", reason: fields.slice(1).join(" ") };
  }
  const leading = LEADING_NUMBER.exec(line);
  if (!leading) return { number: line, reason: "" };
  return { number: leading[0], reason: line.slice(leading[0].length) };
}

function tidyReason(reason: string): string {
  return reason
    .replace(/[\p{Cc}\p{Cf}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-–:,;]\s*/, "")
    .trim();
}

/** Reads a whole list; `region` is the country of numbers written without a prefix. */
export function parseWarnList(text: string, region: string): WarnListParse {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (lines.length > WARNLIST_LIMITS.maxLines) return { ok: false, tooLarge: true };
  const entries: WarnListEntry[] = [];
  const problems: WarnListProblem[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let firstContent = true;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("//")) return;
    const isFirst = firstContent;
    firstContent = false;
    const parts = splitLine(line);
    if (!parts) return void problems.push({ line: index + 1, problem: "unreadable" });
    // A first line without a digit names the columns ("Nummer;Grund").
    if (isFirst && !/\d/.test(parts.number)) return;
    const phone = classifyNumber(parts.number.trim(), region);
    if (phone.kind !== "number") {
      const problem = phone.kind === "invalid" && phone.wrongLength ? "wrong-length" : "no-number";
      return void problems.push({ line: index + 1, problem });
    }
    const reason = tidyReason(parts.reason);
    if (reason.length > WARNLIST_LIMITS.maxReasonLength) return void problems.push({ line: index + 1, problem: "reason-too-long" });
    if (seen.has(phone.e164)) return void duplicates++;
    seen.add(phone.e164);
    entries.push({ e164: phone.e164, reason });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (entries.length === 0) return { ok: false, empty: true };
  return { ok: true, entries, duplicates };
}

/** A line of an exported list, in the form `parseWarnList` reads back. */
export function warnListLine(entry: WarnListEntry): string {
  const reason = tidyReason(entry.reason);
  return /[",;\t|]/.test(reason) ? `${entry.e164},"${reason.replace(/"/g, '""')}"` : reason === "" ? entry.e164 : `${entry.e164},${reason}`;
}
