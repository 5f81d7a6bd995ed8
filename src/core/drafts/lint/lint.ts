import { findPhoneNumbersInText } from "libphonenumber-js/max";
import type { DraftLanguage } from "../../draft-language.js";
import { AMBIGUOUS_NAMES, PLAIN_NAMES } from "./names.js";
import { EXPLICIT_PHRASES, EXPLICIT_STEMS, EXPLICIT_WORDS } from "./words.js";

export type LintKind = "name" | "signature" | "explicit" | "price" | "address" | "link" | "emoji" | "phone";

export interface LintFinding {
  readonly kind: LintKind;
  /** Position in the checked text (UTF-16 code units). */
  readonly index: number;
  readonly length: number;
  readonly match: string;
  /** A neutral replacement for exactly this span ("" = drop it), when one exists. */
  readonly suggestion?: string;
}

export interface LintOptions {
  readonly lang?: DraftLanguage;
  /** Her contacts' aliases: always flagged. */
  readonly names: readonly string[];
  /** More words she never wants in a text. */
  readonly extraWords?: readonly string[];
}

const L = "\\p{L}";
const NOT_WORD_BEFORE = `(?<![\\p{L}\\p{N}_])`;
const NOT_WORD_AFTER = `(?![\\p{L}\\p{N}_])`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isCapitalised = (w: string) => w.charAt(0) !== w.charAt(0).toLowerCase();

const GREETINGS = [
  "hallo", "hello", "hi", "hey", "hej", "heya", "moin", "servus", "dear", "liebe", "lieber", "liebes", "hallöchen",
  "guten morgen", "guten tag", "guten abend", "good morning", "good afternoon", "good evening", "morning", "evening",
  "na", "grüß dich", "gruess dich", "huhu", "ciao", "yo",
];
/** Words after a greeting that are not a person. */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  "zusammen", "alle", "du", "ihr", "sie", "there", "again", "nochmal", "noch", "mal", "you", "all", "everyone",
  "folks", "erstmal", "wieder", "und", "and", "gern", "gerne",
]);
const TITLES = "herrn|herr|frau|hr\\.|fr\\.|mr\\.?|mrs\\.?|ms\\.?|miss|dr\\.";
/** The same titles, capitalised as they are written before a surname. */
const TITLES_CAPITALISED = "Herrn|Herr|Frau|Hr\\.|Fr\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.";

/** Sign-offs that close a text even after a plain space ("Danke LG Anna"). */
const STRONG_SIGN_OFFS = [
  "lg", "vg", "mfg", "glg", "hdl", "hdgdl", "liebe grüße", "lieben gruß", "liebe grüsse", "viele grüße",
  "viele grüsse", "beste grüße", "herzliche grüße", "schöne grüße", "grüße", "grüsse", "gruß", "gruss", "grüßle",
  "küsschen", "bussi", "bussal", "kind regards", "best regards", "warm regards", "best wishes", "xoxo", "xo",
  "xx", "xxx", "lots of love",
];
/** Everyday words that are a sign-off only at the start of a sentence or line ("…17:00?\nBest, A."). */
const WEAK_SIGN_OFFS = ["best", "cheers", "love", "hugs", "regards", "greetings", "sincerely", "yours", "take care", "kuss", "ciao"];
/** Greetings after which an unknown capitalised word standing alone is taken as a (pet) name. */
const TRUE_GREETINGS: ReadonlySet<string> = new Set([
  "hallo", "hello", "hi", "hey", "hej", "heya", "moin", "servus", "dear", "liebe", "lieber", "liebes", "hallöchen",
  "guten morgen", "guten tag", "guten abend", "good morning", "good afternoon", "good evening",
]);

const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const phrase = (p: string) => p.split(/\s+/).map(escape).join("\\s+");

const GREETING_NAME = new RegExp(
  `${NOT_WORD_BEFORE}(${byLength(GREETINGS).map(phrase).join("|")})(\\s*,?\\s+)((?:(?:${TITLES})\\s+)?${L}[${L}'-]*)`,
  "giu",
);
const SIGNATURE_TAIL = `${NOT_WORD_AFTER}([\\s,:!.-]*[${L}'-]+\\.?)?[\\s.!]*$`;
const SIGNATURE = new RegExp(
  `(^|[.!?,;:\\n]\\s*|\\s)(${byLength(STRONG_SIGN_OFFS).map(phrase).join("|")})${SIGNATURE_TAIL}` +
    `|(^|[.!?,;:\\n]\\s*)(${byLength(WEAK_SIGN_OFFS).map(phrase).join("|")})${SIGNATURE_TAIL}`,
  "iu",
);
const DASH_SIGNATURE = new RegExp(`\\s*(?:^|\\s)[-–—~]\\s*(\\p{Lu}[${L}'-]*\\.?)\\s*$`, "u");
const TITLE_NAME = new RegExp(`${NOT_WORD_BEFORE}(?:${TITLES_CAPITALISED})\\s+\\p{Lu}[${L}'-]+`, "gu");
const WORD = new RegExp(`${NOT_WORD_BEFORE}${L}[${L}'-]*`, "gu");

const PRICE = new RegExp(
  `(?:€|\\$|£|\\b(?:eur|euro|usd|chf)\\b)\\s?\\d+(?:[.,]\\d{1,2})?` +
    `|\\d+(?:[.,]\\d{1,2})?\\s?(?:€|\\$|£|(?:eur|euro|euros|usd|chf|tacken|ocken)${NOT_WORD_AFTER}|,-)`,
  "giu",
);
const STREET_SUFFIXES = ["straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig", "pfad", "stieg", "kamp", "markt", "wall", "hof"];
const STREET_SUFFIX = STREET_SUFFIXES.map(escape).join("|");
const STREET_WORD = STREET_SUFFIXES.map((s) => escape(s.charAt(0).toUpperCase() + s.slice(1))).join("|");
const ADDRESSES: readonly RegExp[] = [
  // "Hauptstr. 12", "Musterweg 5a", "Berliner Straße 5"
  new RegExp(
    `${NOT_WORD_BEFORE}(?:\\p{Lu}${L}+er\\s)?(?:\\p{Lu}${L}*(?:${STREET_SUFFIX})|${STREET_WORD})\\s?\\d{1,4}\\s?[a-z]?${NOT_WORD_AFTER}`,
    "gu",
  ),
  new RegExp(`${NOT_WORD_BEFORE}(?:am|an der|auf der|im|in der|zum|zur)\\s\\p{Lu}${L}+\\s\\d{1,4}[a-z]?${NOT_WORD_AFTER}`, "gu"),
  new RegExp(`${NOT_WORD_BEFORE}\\d{1,5}\\s+\\p{Lu}${L}+\\s+(?:street|st\\.|road|rd\\.|avenue|ave\\.|lane|drive|way|place|square)${NOT_WORD_AFTER}`, "giu"),
  new RegExp(`${NOT_WORD_BEFORE}\\d{5}\\s+\\p{Lu}${L}{2,}`, "gu"),
  new RegExp(
    `${NOT_WORD_BEFORE}(?:zimmer|zi\\.|raum|room|apartment|apt\\.|wohnung|whg\\.|etage|stock|suite|klingel|tür|door|haus|house)\\s*(?:nr\\.?|no\\.?|#)?\\s*\\d{1,4}[a-z]?${NOT_WORD_AFTER}`,
    "giu",
  ),
];
const TLDS = "de|com|net|org|info|io|me|eu|at|ch|app|co|uk|biz|xyz|online|shop|site|link|ly|to|tv|gg|page|club|live|vip";
const LINK = new RegExp(
  `\\bhttps?:\\/\\/\\S+|\\bwww\\.\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${TLDS})\\b(?:\\/\\S*)?`,
  "gi",
);
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator})*|(?<![\w])(?:[:;=8][-^']?[)(DPpOo*|\]\[\/\\]|<3|\^\^|xD)(?![\w])/gu;

/** Every match of a global pattern; matchAll scans a copy, so the shared pattern keeps no position. */
const matches = (re: RegExp, text: string) => text.matchAll(re);

const finding = (kind: LintKind, index: number, match: string, suggestion?: string): LintFinding =>
  suggestion === undefined ? { kind, index, length: match.length, match } : { kind, index, length: match.length, match, suggestion };

function greetingNames(text: string, aliases: ReadonlySet<string>): LintFinding[] {
  const out: LintFinding[] = [];
  for (const m of matches(GREETING_NAME, text)) {
    const greeting = m[1] ?? "";
    const name = m[3] ?? "";
    const bare = name.replace(new RegExp(`^(?:${TITLES})\\s+`, "iu"), "");
    const lower = bare.toLowerCase();
    const hasTitle = bare !== name;
    const known = aliases.has(lower) || PLAIN_NAMES.has(lower) || AMBIGUOUS_NAMES.has(lower);
    // An unknown capitalised word right after a greeting and before a break is a name or a pet name.
    const after = text.slice(m.index + m[0].length);
    const standsAlone = /^\s*(?:[,!.:;\n]|$)/.test(after);
    const flagged =
      hasTitle ||
      aliases.has(lower) ||
      PLAIN_NAMES.has(lower) ||
      (isCapitalised(bare) && (known || (standsAlone && TRUE_GREETINGS.has(greeting.toLowerCase().replace(/\s+/g, " ")))));
    if (flagged && !NOT_A_NAME.has(lower)) {
      out.push(finding("name", m.index, m[0], greeting.charAt(0).toUpperCase() + greeting.slice(1)));
    }
  }
  return out;
}

function signatures(text: string, aliases: ReadonlySet<string>): LintFinding[] {
  const out: LintFinding[] = [];
  const m = SIGNATURE.exec(text);
  if (m) {
    const start = m.index + (m[1] ?? m[4] ?? "").length;
    out.push(finding("signature", start, text.slice(start).replace(/\s+$/, ""), ""));
  }
  const d = DASH_SIGNATURE.exec(text);
  if (d) {
    const who = (d[1] ?? "").replace(/\.$/, "");
    if (who.length <= 2 || aliases.has(who.toLowerCase()) || PLAIN_NAMES.has(who.toLowerCase()) || AMBIGUOUS_NAMES.has(who.toLowerCase())) {
      out.push(finding("signature", d.index, text.slice(d.index).replace(/\s+$/, ""), ""));
    }
  }
  // A last line that is nothing but a name or initials.
  const lastLine = /\n\s*(\p{Lu}[\p{L}'-]*\.?|\p{Lu}\.\s?\p{Lu}\.?)\s*$/u.exec(text);
  if (lastLine) {
    const who = (lastLine[1] ?? "").replace(/\.$/, "").toLowerCase();
    if (who.length <= 3 || aliases.has(who) || PLAIN_NAMES.has(who) || AMBIGUOUS_NAMES.has(who)) {
      out.push(finding("signature", lastLine.index, text.slice(lastLine.index).replace(/\s+$/, ""), ""));
    }
  }
  return out;
}

function names(text: string, aliases: ReadonlySet<string>): LintFinding[] {
  const out: LintFinding[] = [];
  for (const m of matches(WORD, text)) {
    const word = m[0].replace(/['-]+$/, "");
    const lower = word.toLowerCase();
    if (aliases.has(lower) || (PLAIN_NAMES.has(lower) && isCapitalised(word))) out.push(finding("name", m.index, word));
  }
  for (const alias of aliases) {
    // Aliases of several words ("Tom B") or with characters outside a word.
    if (/^[\p{L}'-]+$/u.test(alias)) continue;
    const re = new RegExp(`${NOT_WORD_BEFORE}${escape(alias)}${NOT_WORD_AFTER}`, "giu");
    for (const m of matches(re, text)) out.push(finding("name", m.index, m[0]));
  }
  for (const m of matches(TITLE_NAME, text)) out.push(finding("name", m.index, m[0]));
  return out;
}

function explicitWords(text: string, extra: readonly string[]): LintFinding[] {
  const out: LintFinding[] = [];
  const stems = new RegExp(`${L}*(?:${EXPLICIT_STEMS.map(escape).join("|")})${L}*`, "giu");
  const plain = [...EXPLICIT_WORDS, ...extra.filter((w) => /^[\p{L}\p{N}'-]+$/u.test(w))];
  const words = new RegExp(`${NOT_WORD_BEFORE}(?:${byLength(plain).map(escape).join("|")})${NOT_WORD_AFTER}`, "giu");
  const phrases = [...EXPLICIT_PHRASES, ...extra.filter((w) => !/^[\p{L}\p{N}'-]+$/u.test(w) && w.trim() !== "")];
  const phraseRe = new RegExp(`(?:${byLength(phrases).map((p) => phrase(p.trim())).join("|")})`, "giu");
  for (const re of [stems, words, phraseRe]) for (const m of matches(re, text)) out.push(finding("explicit", m.index, m[0]));
  for (const m of matches(/€/g, text)) out.push(finding("explicit", m.index, m[0]));
  return out;
}

function phones(text: string): LintFinding[] {
  // Fewer than six digits cannot be a callable number; skip the expensive scan.
  if ((text.match(/\d/g)?.length ?? 0) < 6) return [];
  return findPhoneNumbersInText(text, "DE").map((p) => finding("phone", p.startsAt, text.slice(p.startsAt, p.endsAt)));
}

const PRIORITY: Readonly<Record<LintKind, number>> = {
  signature: 0, phone: 1, link: 2, price: 3, address: 4, name: 5, explicit: 6, emoji: 7,
};

/** Keeps the more telling of two findings that cover the same text. */
function resolve(findings: LintFinding[]): LintFinding[] {
  const ranked = [...findings].sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.length - a.length || a.index - b.index,
  );
  const kept: LintFinding[] = [];
  for (const f of ranked) {
    const overlapped = kept.some((k) => f.index < k.index + k.length && k.index < f.index + f.length);
    if (!overlapped) kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/**
 * Points out what a text to a client must not carry: a name (her contacts' aliases and common
 * first names), a signature, a word about the service, a price, an address, a link, an emoji or
 * a phone number. Each finding gives its position and, where one exists, a neutral replacement.
 */
export function lint(text: string, options: LintOptions): LintFinding[] {
  const aliases = new Set(options.names.map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0));
  const found: LintFinding[] = [
    ...signatures(text, aliases),
    ...greetingNames(text, aliases),
    ...names(text, aliases),
    ...explicitWords(text, options.extraWords ?? []),
    ...phones(text),
  ];
  for (const m of matches(PRICE, text)) found.push(finding("price", m.index, m[0]));
  for (const re of ADDRESSES) for (const m of matches(re, text)) found.push(finding("address", m.index, m[0]));
  for (const m of matches(LINK, text)) found.push(finding("link", m.index, m[0]));
  for (const m of matches(EMOJI, text)) found.push(finding("emoji", m.index, m[0], ""));
  return resolve(found);
}

/** The text with every suggested replacement applied; findings without one stay as they are. */
export function applySuggestions(text: string, findings: readonly LintFinding[]): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.index - a.index)) {
    if (f.suggestion === undefined) continue;
    out = out.slice(0, f.index) + f.suggestion + out.slice(f.index + f.length);
  }
  return out.replace(/[ \t]+([,.!?])/g, "$1").replace(/[ \t]{2,}/g, " ").trim();
}
