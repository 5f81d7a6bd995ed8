import { findNumbers, mentionsWithheld, parseNumberArgument } from "./phone/index.js";
import type { PhoneClass } from "./phone/types.js";

/**
 * Her question "can I call back X?" read from plain text, in German, English and Romanian.
 * These are the words she types (input), so they live here, not in the locale files.
 */

/** What a plain-text question asks about. */
export type AskedSubject =
  | { readonly kind: "phones"; readonly phones: readonly PhoneClass[] }
  /** A question without a number: words that may be an alias ("darf ich Tom zurückrufen?"). */
  | { readonly kind: "words"; readonly words: readonly string[] };

/** Unicode-aware word edges: `\b` sees "î" or "ă" as a boundary. */
const START = String.raw`(?<!\p{L})`;
const END = String.raw`(?!\p{L})`;

const OPENER = String.raw`(?:(?:hey|hi|hallo|sag mal|kurze frage|frage|quick question|question|so|salut|bună|buna|o întrebare|întrebare|intrebare)[,:!]?\s+)?`;
/** "darf ich …", "kann ich …", "can I …", "is it ok to …", "pot să …", "e ok să …" at the start. */
const MODAL_DE = new RegExp(String.raw`^${OPENER}(?:darf|kann|soll|sollte|könnte|dürfte|muss)\s+ich${END}`, "iu");
const MODAL_EN = new RegExp(String.raw`^${OPENER}(?:(?:can|may|should|could|shall)\s+i${END}|(?:is\s+it\s+)?(?:ok|okay|safe|fine)\s+to${END})`, "iu");
const MODAL_RO = new RegExp(
  String.raw`^${OPENER}(?:(?:îl|il|o|îi|ii|le)\s+)?(?:pot|aș\s+putea|as\s+putea|am\s+voie|ar\s+trebui|trebuie|(?:e|este)\s+(?:ok|okay|bine|în\s+regulă|in\s+regula)|să\s*-?\s*(?:l|i|o)?\s*sun)${END}`,
  "iu",
);
/** "zurückrufen 0171…?", "call back +49…?", "sun înapoi 0171…?" — an imperative-looking question. */
const CALL_FIRST = new RegExp(
  String.raw`^(?:zurück\s*rufen|rückruf|anrufen|call(?:ing)?\s+back|callback|call|ring(?:\s+back)?|check|prüf(?:en)?|sun(?:a|ă)?(?:\s+înapoi|\s+inapoi)?|apelez|verific(?:ă|a)?)${END}`,
  "iu",
);
/** "0171 2345678 zurückrufen?" — a number, then the verb, then nothing else. */
const NUMBER_THEN_CALL =
  /^[+\d][\d\s/().-]{5,}\s*(?:zurück\s*rufen|zurückrufen|anrufen|call\s+back|callback|call|ok|(?:îl\s+|il\s+)?sun(?:\s+înapoi|\s+inapoi)?)\s*\?+$/iu;
/** What getting in touch is called; a modal question must be about that. */
const CONTACT_VERB = new RegExp(
  [
    String.raw`zurück\s*rufen|zurückzurufen|rückruf|anrufen|anzurufen|${START}melden${END}|schreiben|simsen|${START}sms${END}`,
    String.raw`${START}call|${START}ring${END}|${START}text${END}|${START}phone${END}|${START}reach${END}|${START}contact${END}`,
    String.raw`${START}(?:sun|suna|sunat|apelez|apela|scriu|scrie|contactez|contacta|mesaj)${END}`,
  ].join("|"),
  "iu",
);
/**
 * Words of a pasted notification or transcript. A question that also carries these is a note
 * ("hat mich 0171… angerufen? Mailbox sagt …", "m-a sunat 0171…") and belongs to the inbox.
 */
const NOTE_MARKER = new RegExp(
  [
    String.raw`mailbox|sprachnachricht|sprachbox|entgangen|verpasst|abwesenheit|angerufen|missed|voicemail|neue nachricht|new message`,
    String.raw`hat\s+(?:mich|dich)|called\s+(?:me|you)`,
    String.raw`apel(?:uri)?\s+(?:pierdut|nepreluat)|mesaje?\s+vocal|mesageri(?:e|a)\s+vocal|căsuț(?:a|ă)\s+vocal|casuta\s+vocal|mesaj\s+nou|${START}(?:m|te)\s*-\s*a\s+sunat`,
  ].join("|"),
  "iu",
);

const STOP_WORDS = new Set([
  // German
  "darf", "kann", "soll", "sollte", "könnte", "dürfte", "muss", "ich", "zurückrufen", "zurück", "rufen", "anrufen",
  "melden", "mich", "bei", "schreiben", "jetzt", "noch", "heute", "gleich", "mal", "den", "die", "der", "dem",
  "sag", "hey", "hi", "hallo", "frage", "kurze", "prüfen", "rückruf", "sms", "simsen", "so",
  // English
  "can", "may", "should", "could", "shall", "call", "back", "ring", "text", "now", "today", "still", "him", "her",
  "is", "it", "ok", "okay", "safe", "fine", "to", "quick", "question", "check", "callback", "contact", "reach", "phone",
  // Romanian
  "pot", "aș", "as", "putea", "am", "voie", "ar", "trebui", "trebuie", "e", "este", "bine", "în", "in", "regulă", "regula",
  "să", "sa", "să-l", "sa-l", "să-i", "sa-i", "s-o", "să-o", "îl", "il", "îi", "ii", "o", "le", "pe", "la", "lui", "cu",
  "sun", "suna", "sună", "înapoi", "inapoi", "apelez", "apela", "scriu", "scrie", "mesaj", "contactez", "contacta",
  "acum", "azi", "astăzi", "astazi", "încă", "inca", "mai", "salut", "bună", "buna", "întrebare", "intrebare",
  "verifică", "verifica", "el", "ea",
]);

function isQuestionShaped(text: string): boolean {
  if (NOTE_MARKER.test(text)) return false;
  if ((MODAL_DE.test(text) || MODAL_EN.test(text) || MODAL_RO.test(text)) && CONTACT_VERB.test(text)) return true;
  if (!text.endsWith("?")) return false;
  return CALL_FIRST.test(text) || NUMBER_THEN_CALL.test(text);
}

/** A number that cannot exist as written, digits missing or extra: answered, so she can fix it. */
const isWrongLength = (phone: PhoneClass): boolean => phone.kind === "invalid" && phone.wrongLength !== undefined;

/** A message that is one number and nothing else ("0171 2345678", "+49 171 2345678?"). */
function bareNumber(text: string, region: string): PhoneClass | undefined {
  if (text.includes("\n") || /\p{L}/u.test(text.replace(/^tel:/i, ""))) return undefined;
  const phone = parseNumberArgument(text.replace(/\?+$/, ""), region);
  return phone.kind === "number" || isWrongLength(phone) ? phone : undefined;
}

function identity(phone: PhoneClass): string {
  if (phone.kind === "number") return phone.e164;
  return phone.kind === "invalid" && phone.wrongLength ? `invalid ${phone.wrongLength.typed}` : phone.kind;
}

function distinct(phones: readonly PhoneClass[]): PhoneClass[] {
  const seen = new Set<string>();
  return phones.filter((p) => {
    const id = identity(p);
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
