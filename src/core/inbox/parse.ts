import { blankMatches } from "../phone/blank.js";
import { findNumbers, type FoundNumber } from "../phone/find.js";
import { findWithheld } from "../phone/withheld.js";
import type { PhoneClass } from "../phone/types.js";
import { findAnchors, kindOf, type Anchor } from "./anchors.js";
import { readAsked } from "./asked.js";
import { readAttempts } from "./attempts.js";
import { MessageClock, usableZone } from "./clock.js";
import { detectLang } from "./lang.js";
import { findQuotes, inside, type Span } from "./quotes.js";
import type { EventKind, InboundContext, InboundEvent } from "./types.js";
import { eventTime } from "./when.js";

/**
 * Button captions that come along when a notification is copied ("ZURÜCKRUFEN",
 * "NACHRICHT", "Call back"). They are the phone's words, never the caller's request.
 */
const BUTTON_LINE =
  /^[ \t]*(?:(?:zur(?:ü|ue)ckrufen|r(?:ü|ue)ckruf|anrufen|nachricht(?:\s+senden)?|sms(?:\s+senden)?|antworten|l(?:ö|oe)schen|call\s+back|callback|call|message|reply|delete|text|remind\s+me)(?:[ \t]*[|·•,][ \t]*|[ \t]+|$))+$/gimu;

function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.index < at) continue;
    out += text.slice(at, s.index) + " ".repeat(s.end - s.index);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Index of the first item at or after `at` in a list sorted by index. */
function lowerBound<T extends Span>(items: readonly T[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.index ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** true when some item starts in [start, end); allocates nothing. */
function anyWithin(items: readonly Span[], start: number, end: number): boolean {
  const item = items[lowerBound(items, start)];
  return item !== undefined && item.index < end;
}

function within<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length; i++) {
    const item = items[i];
    if (!item || item.index >= end) break;
    out.push(item);
  }
  return out;
}

interface Caller extends Span {
  readonly phone: PhoneClass;
}

/** Everything found once over the whole paste; notes then look up their share. */
interface Analysis {
  readonly text: string;
  /** The text with copied button captions blanked. */
  readonly plain: string;
  readonly quotes: Span[];
  readonly anchors: Anchor[];
  /** Numbers and withheld words outside quotes. */
  readonly callers: Caller[];
  /** Numbers inside quotes (a transcript's "ruf mich an unter …"). */
  readonly quotedNumbers: FoundNumber[];
}

function analyse(text: string, region: string): Analysis {
  const plain = blankMatches(text, BUTTON_LINE);
  const quotes = findQuotes(plain);
  const anchors = findAnchors(plain).filter((a) => !inside(quotes, a.index));
  const numbers = findNumbers(text, region);
  const callers: Caller[] = [];
  const quotedNumbers: FoundNumber[] = [];
  for (const n of numbers) (inside(quotes, n.index) ? quotedNumbers : callers).push(n);
  for (const w of findWithheld(plain)) {
    if (!inside(quotes, w.index)) callers.push({ ...w, phone: { kind: "withheld" } });
  }
  callers.sort((a, b) => a.index - b.index);
  return { text, plain, quotes, anchors, callers, quotedNumbers };
}

/** A stretch of text that reports one event (or nothing). */
interface Piece extends Span {
  readonly header: boolean;
  readonly anchored: boolean;
  readonly caller: boolean;
  readonly quote: boolean;
  readonly blankBefore: boolean;
}

function describe(a: Analysis, index: number, end: number, blankBefore: boolean): Piece {
  let header = false;
  for (let i = lowerBound(a.anchors, index); i < a.anchors.length; i++) {
    const anchor = a.anchors[i];
    if (!anchor || anchor.index >= end) break;
    if (anchor.header) {
      header = true;
      break;
    }
  }
  return {
    index,
    end,
    header,
    anchored: anyWithin(a.anchors, index, end),
    caller: anyWithin(a.callers, index, end),
    quote: anyWithin(a.quotes, index, end) || inside(a.quotes, index),
    blankBefore,
  };
}

function isBlankLine(text: string, start: number, end: number): boolean {
  /** Whitespace as String#trim sees it, for the code units a pasted line holds. */
  const notBlank = /\S/gu;
  notBlank.lastIndex = start;
  const m = notBlank.exec(text);
  return m === null || m.index >= end;
}

/** Lines, each cut again where a second notification header follows on the same line. */
function piecesOf(a: Analysis): Piece[] {
  const pieces: Piece[] = [];
  let blankBefore = false;
  let lineStart = 0;
  while (lineStart <= a.text.length) {
    let lineEnd = a.text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = a.text.length;
    if (isBlankLine(a.plain, lineStart, lineEnd)) {
      blankBefore = true;
    } else {
      const headers = within(a.anchors, lineStart, lineEnd).filter((x) => x.header);
      let cut = lineStart;
      for (let k = 1; k < headers.length; k++) {
        const at = headers[k]?.index ?? lineEnd;
        const nextAt = headers[k + 1]?.index ?? lineEnd;
        const before = describe(a, cut, at, false);
        if (before.header && (before.caller || before.quote) && anyWithin(a.callers, at, nextAt)) {
          pieces.push({ ...before, blankBefore: cut === lineStart && blankBefore });
          cut = at;
        }
      }
      pieces.push(describe(a, cut, lineEnd, cut === lineStart && blankBefore));
      blankBefore = false;
    }
    lineStart = lineEnd + 1;
  }
  return pieces;
}

interface Note {
  index: number;
  end: number;
  /** For a row of a call list: the kind its list header named. */
  inherit?: EventKind;
  anchored: boolean;
  caller: boolean;
  quote: boolean;
  pieces: number;
}

/**
 * Groups pieces into notes. Most sources put the header first ("Entgangener Anruf" /
 * number); iOS lists put the number first, so a list that opens with a bare number
 * followed by a header is read number-first.
 */
/** A line of a call list ("17.03.25 08:05  0171 2345678"): it opens with a date, time or number. */
const ROW = /^\s{0,4}[\d+(]/u;

function group(a: Analysis, pieces: readonly Piece[]): Note[] {
  const first = pieces[0];
  const second = pieces[1];
  const numberFirst = !!first && !!second && first.caller && !first.anchored && second.header && !second.caller;
  const notes: Note[] = [];
  let cur: Note | undefined;
  for (const p of pieces) {
    if (cur) {
      const split = numberFirst
        ? p.caller && !p.anchored && cur.anchored
        : (!cur.anchored && !cur.caller && p.anchored) ||
          ((p.header || (p.anchored && (p.caller || p.blankBefore))) &&
            cur.anchored &&
            (cur.caller || cur.quote || cur.pieces > 1));
      const row =
        !split &&
        !numberFirst &&
        p.caller &&
        !p.anchored &&
        !p.quote &&
        cur.caller &&
        (cur.inherit ?? kindOf(within(a.anchors, cur.index, cur.end))) === "missed-call" &&
        ROW.test(a.plain.slice(p.index, p.end));
      if (row) {
        notes.push(cur);
        cur = { index: p.index, end: p.end, inherit: "missed-call", anchored: true, caller: true, quote: false, pieces: 1 };
        continue;
      }
      if (!split) {
        cur.end = p.end;
        cur.anchored ||= p.anchored;
        cur.caller ||= p.caller;
        cur.quote ||= p.quote;
        cur.pieces++;
        continue;
      }
      notes.push(cur);
    }
    cur = { index: p.index, end: p.end, anchored: p.anchored, caller: p.caller, quote: p.quote, pieces: 1 };
  }
  if (cur) notes.push(cur);
  return notes;
}

const STAMP = /\d{1,2}[:.]\d{2}|(?<!\p{L})(?:vor|ago|gestern|yesterday|acum|ieri)(?!\p{L})/iu;

/**
 * A note with no caller and no time of its own ("mailbox sagt …" on the next line)
 * adds to the note before it rather than standing alone.
 */
function mergeLoose(a: Analysis, notes: readonly Note[]): Note[] {
  const out: Note[] = [];
  for (const note of notes) {
    const prev = out[out.length - 1];
    const loose =
      !anyWithin(a.callers, note.index, note.end) &&
      !anyWithin(a.quotedNumbers, note.index, note.end) &&
      !STAMP.test(a.plain.slice(note.index, note.end));
    if (prev && prev.anchored && loose) {
      prev.end = note.end;
      prev.anchored ||= note.anchored;
      prev.quote ||= note.quote;
      continue;
    }
    out.push({ ...note });
  }
  return out;
}

/** The spans of a note that carry the caller's own words: quotes, and an SMS body after "…: ". */
function contentSpans(a: Analysis, note: Span, firstCaller: Caller | undefined): Span[] {
  const quotes = within(a.quotes, note.index, note.end).map((q) => ({ index: q.index, end: Math.min(q.end, note.end) }));
  if (inside(a.quotes, note.index) && !quotes.some((q) => q.index <= note.index)) {
    const open = a.quotes.find((q) => q.index <= note.index && q.end > note.index);
    if (open) quotes.unshift({ index: note.index, end: Math.min(open.end, note.end) });
  }
  if (firstCaller) {
    // "SMS von 0171 …: text", also with a stamp between: "0171 … (17.03. 09:14): text".
    const after = /^[\s)]{0,3}(?:\([^)\n]{0,30}\))?\s{0,2}[:–-]\s/u.exec(
      a.plain.slice(firstCaller.end, Math.min(note.end, firstCaller.end + 40)),
    );
    if (after) {
      const bodyStart = firstCaller.end + after[0].length;
      // The body reaches to the end of the note; quotes inside it are already content.
      return [...quotes.filter((q) => q.end <= bodyStart), { index: bodyStart, end: note.end }];
    }
  }
  return quotes;
}

function pickCaller(a: Analysis, note: Span): { caller: PhoneClass; first: Caller | undefined } {
  const outside = within(a.callers, note.index, note.end);
  const number = outside.find((c) => c.phone.kind === "number");
  if (number) return { caller: number.phone, first: number };
  const withheld = outside.find((c) => c.phone.kind === "withheld");
  const quoted = within(a.quotedNumbers, note.index, note.end).find((n) => n.phone.kind === "number");
  // A transcript's "ruf mich an unter …" is the number to use when no other is given.
  if (quoted) return { caller: quoted.phone, first: withheld };
  if (withheld) return { caller: withheld.phone, first: withheld };
  // A number with digits missing is kept as such: it is shown back but never stored.
  const wrongLength = outside.find((c) => c.phone.kind === "invalid" && c.phone.wrongLength);
  const invalid = wrongLength ?? outside[0];
  return { caller: wrongLength ? wrongLength.phone : { kind: "invalid" }, first: invalid };
}

function eventOf(a: Analysis, note: Note, clock: MessageClock): InboundEvent | undefined {
  const anchors = within(a.anchors, note.index, note.end);
  const kind = kindOf(anchors) ?? note.inherit;
  if (!kind) return undefined;
  const { caller, first } = pickCaller(a, note);
  const noteText = a.plain.slice(note.index, note.end);
  const content = contentSpans(a, note, first).map((s) => ({ index: s.index - note.index, end: s.end - note.index }));
  const contentText = content.map((s) => noteText.slice(s.index, s.end)).join(" \n ");
  const header = blank(noteText, content);
  const lang = detectLang(contentText.trim() !== "" ? contentText : noteText) ?? detectLang(noteText);
  // Numbers are blanked before reading times so their digits are never read as a clock.
  const numberSpans = within(a.callers, note.index, note.end).map((c) => ({ index: c.index - note.index, end: c.end - note.index }));
  const headerNoNumbers = blank(header, numberSpans);
  const when = eventTime(headerNoNumbers, clock, lang ?? "de");
  const around = blank(
    headerNoNumbers,
    when.used.map(([index, end]) => ({ index, end })).sort((x, y) => x.index - y.index),
  );
  const quotedSpans = within(a.quotedNumbers, note.index, note.end).map((c) => ({ index: c.index - note.index, end: c.end - note.index }));
  const withoutQuotedNumbers = blank(noteText, quotedSpans);
  const contentForAsk = content.map((s) => withoutQuotedNumbers.slice(s.index, s.end)).join(" \n ");
  const asked = readAsked(contentForAsk, around, clock);
  const callbackAsked = kind === "callback-request" ? { ...asked, callback: true } : asked;
  return {
    kind,
    caller,
    at: when.at,
    atSource: when.atSource,
    attempts: readAttempts(headerNoNumbers),
    asked: callbackAsked,
    ...(lang ? { lang } : {}),
  };
}

/**
 * Splits a paste into the notes it holds — one per notification, carrier SMS or
 * sentence about a call. Notes without any sign of a call or message are kept
 * as well; parseInbound drops them.
 */
export function splitIntoNotes(text: string): string[] {
  const a = analyse(text, "DE");
  return group(a, piecesOf(a)).map((n) => text.slice(n.index, n.end));
}

/**
 * Reads what her work phone showed: missed calls, voicemails, SMS and callback
 * requests, one event per note. Unreadable text gives []. Events keep no text.
 */
export function parseInbound(text: string, ctx: InboundContext): InboundEvent[] {
  const a = analyse(text, ctx.region);
  const notes = mergeLoose(a, group(a, piecesOf(a)));
  const clock = new MessageClock(ctx.now, usableZone(ctx.timeZone, ctx.now));
  const events: InboundEvent[] = [];
  for (const note of notes) {
    const event = eventOf(a, note, clock);
    if (event) events.push(event);
  }
  return events;
}
