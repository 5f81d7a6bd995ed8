/**
 * Her answers to "Alles ok?" as she types them, and her duress word: input words, read in German,
 * English and Romanian.
 */

/** The words of a message, lower case, in one Unicode form: "Alles OK!" → ["alles", "ok"]. */
export function wordsOf(text: string): string[] {
  return text.normalize("NFC").toLocaleLowerCase("de").match(/[\p{L}\p{N}]+/gu) ?? [];
}

const OK_ANSWERS: ReadonlySet<string> = new Set([
  "ok", "okay", "okey", "oki", "okidoki", "k", "kk", "ja", "jap", "jo", "jep", "gut", "alles gut", "alles ok", "alles okay",
  "alles klar", "passt", "passt schon", "alles passt", "bin ok", "mir gehts gut", "mir geht es gut", "ist ok", "es ist ok",
  "yes", "yep", "yeah", "fine", "all good", "all fine", "im ok", "i m ok", "i am ok", "im fine", "i m fine", "i am fine", "good",
  "da", "bine", "e ok", "e bine", "totul e ok", "totul e bine", "totul bine", "sunt ok", "sunt bine",
]);

/** Whether a message says "I'm fine" and nothing else ("ok", "alles gut 👍", "yes", "e ok"). */
export function isOkAnswer(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.length <= 4 && OK_ANSWERS.has(words.join(" "));
}

export const DURESS_LIMITS = { minLetters: 4, maxWords: 3, maxLength: 60 } as const;

export type DuressWordParse =
  | { readonly ok: true; readonly phrase: string; readonly words: number }
  | { readonly ok: false; readonly error: "too-short" | "too-long" | "like-ok" };

/**
 * Her duress word (or a short phrase) as it is compared: its words, lower case, one space apart.
 * It must not be an ordinary "ok", or every "ok" would raise the alarm.
 */
export function parseDuressWord(text: string): DuressWordParse {
  const words = wordsOf(text);
  const phrase = words.join(" ");
  if (phrase.replace(/\s/g, "").length < DURESS_LIMITS.minLetters) return { ok: false, error: "too-short" };
  if (words.length > DURESS_LIMITS.maxWords || phrase.length > DURESS_LIMITS.maxLength) return { ok: false, error: "too-long" };
  if (OK_ANSWERS.has(phrase)) return { ok: false, error: "like-ok" };
  return { ok: true, phrase, words: words.length };
}

/** Every run of `size` consecutive words of a message, as a duress phrase is compared. */
export function phrasesOf(text: string, size: number): string[] {
  const words = wordsOf(text);
  const phrases: string[] = [];
  for (let i = 0; i + size <= words.length; i++) phrases.push(words.slice(i, i + size).join(" "));
  return phrases;
}
