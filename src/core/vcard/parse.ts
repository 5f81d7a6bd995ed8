/** One card from a vCard file, reduced to what a contact card may keep: a first name and numbers. */
export interface VCardEntry {
  /** The given name only; family names are never read out of the card. */
  readonly firstName?: string;
  /** TEL values as written, in file order; mobile ("cell") numbers first. */
  readonly phones: readonly string[];
}

/** vCard 2.1/3.0/4.0 files are small; anything larger is not a contact card. */
export const MAX_VCARD_BYTES = 64 * 1024;

interface Property {
  readonly name: string;
  readonly params: readonly string[];
  readonly value: string;
}

/** Continuation lines start with a space or tab (RFC 6350 §3.2); v2.1 soft breaks end in "=". */
function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const previous = lines.length - 1;
    if ((raw.startsWith(" ") || raw.startsWith("\t")) && previous >= 0) lines[previous] += raw.slice(1);
    else if (previous >= 0 && /QUOTED-PRINTABLE/i.test(lines[previous]!) && lines[previous]!.endsWith("=")) {
      lines[previous] = lines[previous]!.slice(0, -1) + raw;
    } else lines.push(raw);
  }
  return lines;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...encoder.encode(value[i]!));
  }
  return decoder.decode(new Uint8Array(bytes));
}

function unescapeText(value: string): string {
  return value.replace(/\\([,;nN\\])/g, (_m, c: string) => (c === "n" || c === "N" ? " " : c));
}

function parseLine(line: string): Property | undefined {
  const colon = line.indexOf(":");
  if (colon <= 0) return undefined;
  const [head = "", ...params] = line.slice(0, colon).split(";");
  // "item1.TEL" (Apple groups): the group prefix is not part of the name.
  const name = head.replace(/^[^.]*\./, "").toUpperCase();
  let value = line.slice(colon + 1);
  if (params.some((p) => /^(?:ENCODING=)?QUOTED-PRINTABLE$/i.test(p))) value = decodeQuotedPrintable(value);
  return { name, params: params.map((p) => p.toUpperCase()), value };
}

const isMobile = (params: readonly string[]) => params.some((p) => /\b(?:CELL|MOBILE|IPHONE)\b/.test(p));

function firstNameOf(given: string | undefined, formatted: string | undefined): string | undefined {
  // N = family;given;additional;prefix;suffix — only "given", and only its first word.
  const fromN = given !== undefined ? unescapeText(given).trim().split(/[\s,]+/)[0] : undefined;
  if (fromN) return fromN.slice(0, 40);
  // FN is the whole name ("Tom Becker"): its first word is the best guess at a first name.
  const fromFn = formatted?.trim().split(/\s+/)[0];
  return fromFn ? unescapeText(fromFn).replace(/[,;]+$/, "").slice(0, 40) || undefined : undefined;
}

/** Reads every card of a vCard file. Unknown or broken lines are skipped, never thrown on. */
export function parseVCards(text: string): VCardEntry[] {
  const cards: VCardEntry[] = [];
  let inCard = false;
  let given: string | undefined;
  let formatted: string | undefined;
  let phones: Array<{ value: string; mobile: boolean }> = [];
  for (const line of unfold(text.length > MAX_VCARD_BYTES ? text.slice(0, MAX_VCARD_BYTES) : text)) {
    const property = parseLine(line.trim());
    if (!property) continue;
    if (property.name === "BEGIN" && property.value.trim().toUpperCase() === "VCARD") {
      inCard = true;
      given = undefined;
      formatted = undefined;
      phones = [];
    } else if (!inCard) continue;
    else if (property.name === "END") {
      inCard = false;
      const firstName = firstNameOf(given, formatted);
      const ordered = [...phones.filter((p) => p.mobile), ...phones.filter((p) => !p.mobile)].map((p) => p.value);
      cards.push(firstName ? { firstName, phones: ordered } : { phones: ordered });
    } else if (property.name === "N") given = property.value.split(";")[1];
    else if (property.name === "FN") formatted = property.value;
    else if (property.name === "TEL") {
      const value = property.value.replace(/^tel:/i, "").trim();
      if (value) phones.push({ value, mobile: isMobile(property.params) });
    }
  }
  return cards;
}
