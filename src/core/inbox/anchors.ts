import type { EventKind } from "./types.js";

/**
 * What an anchor phrase does to the note it is in: "event" names the kind of event; "no-message"
 * says the mailbox took a call without a message (a missed call, not a voicemail); "not-inbound"
 * marks a carrier notice that is no call to her at all ("the subscriber you called is reachable
 * again"), so the note yields no event.
 */
export type AnchorRole = "event" | "no-message" | "not-inbound";

/** A phrase that says what kind of event a note reports. */
export interface Anchor {
  readonly index: number;
  readonly end: number;
  readonly kind: EventKind;
  /** Headers open a notification or carrier SMS and so start a new note. */
  readonly header: boolean;
  readonly role: AnchorRole;
}

const UE = "(?:ü|ue)";
/** Romanian letters as phones write them: with the comma below, the older cedilla, or bare. */
const RO_A = "[ăa]";
const RO_T = "[țţt]";

/** [kind, header, pattern, role] — every pattern is bounded, so one scan stays linear. */
const ANCHOR_SOURCES: ReadonlyArray<readonly [EventKind, boolean, string, AnchorRole]> = [
  // First, so it wins over "der Teilnehmer" where both start at the same word.
  [
    "missed-call",
    true,
    `(?:der\\s{1,3})?(?:teilnehmer|rufnummer)[^\\n]{0,60}?wieder\\s{1,3}erreichbar|subscriber[^\\n]{0,60}?(?:available|reachable)\\s{1,3}again`,
    "not-inbound",
  ],
  ["callback-request", true, `bittet\\s{1,3}um\\s{1,3}r${UE}ckruf|r${UE}ckrufbitte|callback\\s{1,3}request`, "event"],
  ["callback-request", false, `m(?:ö|oe)chte\\s{1,3}zur${UE}ckgerufen\\s{1,3}werden|requested\\s{1,3}a\\s{1,3}call\\s?back`, "event"],
  [
    "missed-call",
    false,
    `(?:hat\\s{1,3})?keine\\s{1,3}nachricht\\s{1,3}hinterlassen|ohne\\s{1,3}nachricht|left\\s{1,3}no\\s{1,3}message|no\\s{1,3}message\\s{1,3}(?:was\\s{1,3})?left`,
    "no-message",
  ],
  ["voicemail", true, `neue\\s{1,3}(?:sprach)?nachrichte?n?\\s{1,3}auf\\s{1,3}ihrer\\s{1,3}(?:mailbox|mobilbox|sprachbox)`, "event"],
  [
    "voicemail",
    true,
    `(?<![\\p{L}])(?:mailbox|mobilbox|sprachbox|sprachnachricht|voicemail|voice\\s{1,3}message|mesaje?\\s{1,3}vocale?|mesagerie\\s{1,3}vocal${RO_A}|c${RO_A}su${RO_T}${RO_A}\\s{1,3}vocal${RO_A})`,
    "event",
  ],
  ["voicemail", false, `nachricht\\s{1,3}hinterlassen|left\\s{1,3}(?:you\\s{1,3})?(?:a\\s{1,3})?(?:voice\\s{0,3})?message`, "event"],
  [
    "sms",
    true,
    `(?<![\\p{L}])sms(?:\\s{1,3}(?:von|from|de\\s{1,3}la)|\\s{0,3}:)|(?<![\\p{L}])mesaj(?:\\s{1,3}nou)?\\s{1,3}de\\s{1,3}la|new\\s{1,3}(?:text\\s{1,3})?message\\s{1,3}from|text\\s{1,3}(?:message\\s{1,3})?from|(?:neue\\s{1,3})?nachricht\\s{1,3}von`,
    "event",
  ],
  // "per SMS", "dieses SMS", "SMS-Info": the carrier speaking of its own notice, not a message.
  [
    "sms",
    false,
    `(?<![\\p{L}])(?<!(?:per|via|dieser?|dieses|diese[mn]?)\\s{1,3})(?:sms|imessage|whatsapp)(?![\\p{L}-])|hat\\s{1,3}(?:mir\\s{1,3})?geschrieben|texted\\s{1,3}(?:me|you)`,
    "event",
  ],
  [
    "missed-call",
    true,
    `(?:entgangene[rn]?|verpasste[rn]?)\\s{1,3}anrufe?|anrufe?\\s{1,3}in\\s{1,3}abwesenheit|(?:sie\\s{1,3}haben|du\\s{1,3}hast)\\s{1,3}(?:einen|\\d{1,2})\\s{1,3}anrufe?\\s{1,3}verpasst|sie\\s{1,3}hatten\\s{1,3}(?:einen|\\d{1,2})\\s{1,3}anrufe?|anruf-?info|sie\\s{1,3}wurden\\s{1,3}von|missed\\s{1,3}calls?|you\\s{1,3}missed\\s{1,3}a\\s{1,3}call|(?<![\\p{L}])apel(?:uri)?\\s{1,3}(?:pierdut|nepreluat|ratat)e?|(?<![\\p{L}])a${RO_T}?i\\s{1,3}pierdut\\s{1,3}(?:un|\\d{1,2})\\s{1,3}apel(?:uri)?`,
    "event",
  ],
  [
    "missed-call",
    false,
    `hat\\s{1,3}(?:versucht,?\\s{1,3})?sie\\s{1,3}zu\\s{1,3}erreichen|versucht,?\\s{1,3}sie\\s{1,3}zu\\s{1,3}erreichen|der\\s{1,3}teilnehmer|(?<![\\p{L}])angerufen|anrufe?\\s{1,3}von|called\\s{1,3}(?:you|me)|tried\\s{1,3}to\\s{1,3}(?:call|reach)|call\\s{1,3}from|(?<![\\p{L}])a\\s{1,3}sunat(?![\\p{L}])|(?<![\\p{L}])apel\\s{1,3}de\\s{1,3}la`,
    "event",
  ],
];

const ANCHOR = new RegExp(ANCHOR_SOURCES.map(([, , source]) => `(${source})`).join("|"), "giu");

/** Every anchor phrase in the text, in order. */
export function findAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const m of text.matchAll(ANCHOR)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const source = ANCHOR_SOURCES[group - 1];
    if (!source) continue;
    anchors.push({ index: m.index, end: m.index + m[0].length, kind: source[0], header: source[1], role: source[3] });
  }
  return anchors;
}

const PRIORITY: readonly EventKind[] = ["callback-request", "voicemail", "sms", "missed-call"];

/**
 * The kind a note reports: an explicit callback request, else voicemail, SMS, missed call.
 * A call the mailbox took without a message is a missed call; a notice that is no call to her
 * at all reports nothing.
 */
export function kindOf(anchors: readonly Anchor[]): EventKind | undefined {
  let noMessage = false;
  for (const a of anchors) {
    if (a.role === "not-inbound") return undefined;
    if (a.role === "no-message") noMessage = true;
  }
  for (const kind of PRIORITY) {
    if (noMessage && kind === "voicemail") continue;
    if (anchors.some((a) => a.kind === kind && a.role === "event")) return kind;
  }
  return noMessage ? "missed-call" : undefined;
}
