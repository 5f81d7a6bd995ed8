import { findNumbers, mentionsWithheld, parseNumberArgument } from "../../../core/phone/index.js";
import type { PhoneClass } from "../../../core/phone/types.js";

/** What a plain-text question asks about. */
export type AskedSubject =
  | { readonly kind: "phones"; readonly phones: readonly PhoneClass[] }
  /** A question without a number: words that may be an alias ("darf ich Tom zurückrufen?"). */
  | { readonly kind: "words"; readonly words: readonly string[] };

const OPENER = String.raw`(?:(?:hey|hi|hallo|sag mal|kurze frage|frage|quick question|question|so)[,:!]?\s+)?`;
/** "darf ich …", "kann ich …", "can I …", "is it ok to …" at the start of the message. */
const MODAL_DE = new RegExp(String.raw`^${OPENER}(?:darf|kann|soll|sollte|könnte|dürfte|muss)\s+ich\b`, "iu");
const MODAL_EN = new RegExp(String.raw`^${OPENER}(?:(?:can|may|should|could|shall)\s+i\b|(?:is\s+it\s+)?(?:ok|okay|safe|fine)\s+to\b)`, "iu");
/** "zurückrufen 0171…?", "call back +49…?" — an imperative-looking question. */
const CALL_FIRST = /^(?:zurück\s*rufen|rückruf|anrufen|call(?:ing)?\s+back|callback|call|ring(?:\s+back)?|check|prüf(?:en)?)\b/iu;
/** "0171 2345678 zurückrufen?" — a number, then the verb, then nothing else. */
const NUMBER_THEN_CALL = /^[+\d][\d\s/().-]{5,}\s*(?:zurück\s*rufen|zurückrufen|anrufen|call\s+back|callback|call|ok)\s*\?+$/iu;
/** What getting in touch is called; a modal question must be about that. */
const CONTACT_VERB =
  /zurück\s*rufen|zurückzurufen|rückruf|anrufen|anzurufen|\bmelden\b|schreiben|simsen|\bsms\b|\bcall|\bring\b|\btext\b|\bphone\b|\breach\b|\bcontact\b/iu;
/**
 * Words of a pasted notification or transcript. A question that also carries these is a note
 * ("hat mich 0171… angerufen? Mailbox sagt …") and belongs to the inbox.
 */
const NOTE_MARKER =
  /mailbox|sprachnachricht|sprachbox|entgangen|verpasst|abwesenheit|angerufen|missed|voicemail|neue nachricht|new message|hat\s+(?:mich|dich)|called\s+(?:me|you)/iu;

const STOP_WORDS = new Set([
  "darf", "kann", "soll", "sollte", "könnte", "dürfte", "muss", "ich", "zurückrufen", "zurück", "rufen", "anrufen",
  "melden", "mich", "bei", "schreiben", "jetzt", "noch", "heute", "gleich", "mal", "den", "die", "der", "dem",
  "can", "may", "should", "could", "shall", "call", "back", "ring", "text", "now", "today", "still", "him", "her",
  "is", "it", "ok", "okay", "safe", "fine", "to", "sag", "hey", "hi", "hallo", "frage", "kurze", "quick", "question",
  "check", "prüfen", "rückruf", "callback", "contact", "reach", "phone", "sms", "simsen", "so",
]);

function isQuestionShaped(text: string): boolean {
  if (NOTE_MARKER.test(text)) return false;
  if ((MODAL_DE.test(text) || MODAL_EN.test(text)) && CONTACT_VERB.test(text)) return true;
  if (!text.endsWith("?")) return false;
  return CALL_FIRST.test(text) || NUMBER_THEN_CALL.test(text);
}

/** A message that is one number and nothing else ("0171 2345678", "+49 171 2345678?"). */
function bareNumber(text: string, region: string): PhoneClass | undefined {
  if (text.includes("\n") || /\p{L}/u.test(text.replace(/^tel:/i, ""))) return undefined;
  const phone = parseNumberArgument(text.replace(/\?+$/, ""), region);
  return phone.kind === "number" ? phone : undefined;
}

function distinct(phones: readonly PhoneClass[]): PhoneClass[] {
  const seen = new Set<string>();
  return phones.filter((p) => {
    const id = p.kind === "number" ? p.e164 : p.kind;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Reads "can I call back X?" from plain text. Anything else — above all a pasted notification
 * such as "Entgangener Anruf\n0171 2345678" — is not a question and is left to the inbox.
 */
export function readQuestion(raw: string, region: string): AskedSubject | undefined {
  const text = raw.trim();
  if (text.length === 0 || text.length > 300) return undefined;
  const bare = bareNumber(text, region);
  if (bare) return { kind: "phones", phones: [bare] };
  if (!isQuestionShaped(text)) return undefined;

  const found = distinct(findNumbers(text, region).map((f) => f.phone));
  if (found.length > 0) return { kind: "phones", phones: found };
  if (mentionsWithheld(text)) return { kind: "phones", phones: [{ kind: "withheld" }] };
  const words = text
    .split(/[^\p{L}'’.-]+/u)
    .map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, ""))
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w.toLocaleLowerCase("de")));
  return { kind: "words", words };
}
