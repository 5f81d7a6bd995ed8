/** Longest word or phrase she can add to her own list (the store allows no more). */
export const MAX_LINT_WORD_LENGTH = 40;

/** What `/lint <argument>` asks for. */
export type LintCommand =
  | { readonly kind: "help" }
  | { readonly kind: "check"; readonly text: string }
  | { readonly kind: "words" }
  | { readonly kind: "add" | "remove"; readonly word: string }
  /** "add" or "remove" without a usable word (none, too long, several lines). */
  | { readonly kind: "bad-word" };

/** Her verbs in German, English and Romanian (with and without diacritics). */
const VERBS: Readonly<Record<string, "add" | "remove" | "words">> = {
  add: "add", "hinzufügen": "add", hinzufuegen: "add", "adaugă": "add", adauga: "add",
  remove: "remove", entfernen: "remove", "șterge": "remove", sterge: "remove", "elimină": "remove", elimina: "remove",
  words: "words", "wörter": "words", woerter: "words", cuvinte: "words",
};

/**
 * Reads "/lint add Studio", "/lint entfernen studio", "/lint cuvinte"; anything else is a text
 * to check. Words are kept in lower case, as the list compares them.
 */
export function parseLintCommand(argument: string): LintCommand {
  const text = argument.trim();
  if (text === "") return { kind: "help" };
  const match = /^(\S+)(?:\s+([\s\S]*))?$/.exec(text);
  const verb = VERBS[(match?.[1] ?? "").toLowerCase()];
  if (verb === undefined) return { kind: "check", text };
  if (verb === "words") return match?.[2] === undefined ? { kind: "words" } : { kind: "check", text };
  const word = (match?.[2] ?? "").trim().toLowerCase();
  if (word === "" || word.length > MAX_LINT_WORD_LENGTH || word.includes("\n")) return { kind: "bad-word" };
  return { kind: verb, word };
}
