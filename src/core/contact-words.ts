import { FLAG_NAMES, type FlagName } from "./rules/types.js";

/**
 * Words she types in the contact commands (input, read in German, English and Romanian):
 * flag words for /flag and /unflag, "remove" for /alias, "no restriction" for /hours_for.
 */

/** The words she may type for a flag, besides its name; several words are joined by "-". */
const FLAG_SYNONYMS: Readonly<Record<string, FlagName>> = {
  // German
  "kein-rueckruf": "nocall",
  "kein-rückruf": "nocall",
  "nicht-anrufen": "nocall",
  "nicht-zurückrufen": "nocall",
  "nicht-zurueckrufen": "nocall",
  festnetz: "landline",
  umgeleitet: "forwarded",
  rufumleitung: "forwarded",
  "nur-sms": "smsonly",
  "keine-sms": "nosms",
  gesperrt: "blocked",
  sperren: "blocked",
  vertraut: "trusted",
  // English
  "no-call": "nocall",
  "do-not-call": "nocall",
  "sms-only": "smsonly",
  "text-only": "smsonly",
  "no-sms": "nosms",
  "no-texts": "nosms",
  block: "blocked",
  trust: "trusted",
  // Romanian
  "nu-suna": "nocall",
  "nu-suna-inapoi": "nocall",
  "fara-apel": "nocall",
  "fara-apeluri": "nocall",
  fix: "landline",
  "telefon-fix": "landline",
  redirectionat: "forwarded",
  "doar-sms": "smsonly",
  "numai-sms": "smsonly",
  "fara-sms": "nosms",
  blocat: "blocked",
  "de-incredere": "trusted",
};

/** The most words one flag is written with ("nu suna inapoi", "do not call"). */
const MAX_FLAG_WORDS = 3;

/**
 * The letters that tell a flag word: lower case, no separators, Romanian letters without their
 * marks (people type "fara" as often as "fără"): "no-call", "nocall" and "No call" are one word.
 */
function letters(word: string): string {
  return word
    .toLocaleLowerCase("de")
    .replace(/[ăâ]/g, "a")
    .replace(/î/g, "i")
    .replace(/[șş]/g, "s")
    .replace(/[țţ]/g, "t")
    .replace(/[-_\s#,.;]+/g, "");
}

const FLAG_BY_LETTERS: ReadonlyMap<string, FlagName> = new Map([
  ...FLAG_NAMES.map((name) => [name, name] as const),
  ...Object.entries(FLAG_SYNONYMS).map(([word, flag]) => [letters(word), flag] as const),
]);

/** Reads one flag word ("festnetz", "nocall", "Nur-SMS", "fără-sms"); undefined when unknown. */
export function flagOf(word: string): FlagName | undefined {
  return FLAG_BY_LETTERS.get(letters(word));
}

/** Splits "nocall, festnetz nur sms" into flags and words that are none; flags of several words are read whole. */
export function parseFlagWords(text: string): { flags: FlagName[]; unknown: string[] } {
  const flags: FlagName[] = [];
  const unknown: string[] = [];
  const words = text.split(/[\s,;]+/).filter((w) => w.length > 0);
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(MAX_FLAG_WORDS, words.length - i); n >= 1 && taken === 0; n--) {
      const flag = flagOf(words.slice(i, i + n).join("-"));
      if (flag) {
        if (!flags.includes(flag)) flags.push(flag);
        taken = n;
      }
    }
    if (taken === 0) {
      unknown.push(words[i]!);
      taken = 1;
    }
    i += taken;
  }
  return { flags, unknown };
}

/** "-", "löschen", "remove", "șterge": /alias takes the alias away. */
const REMOVE_WORDS = /^(?:-|löschen|loeschen|entfernen|remove|delete|none|șterge|sterge|nimic)$/iu;
export const isRemoveWord = (text: string): boolean => REMOVE_WORDS.test(text.trim());

/** "-", "jederzeit", "any time", "oricând": /hours_for lifts the restriction. */
const ANY_TIME_WORDS = /^(?:-|jederzeit|immer|keine|any ?time|always|none|oricând|oricand|mereu|niciuna)$/iu;
export const isAnyTimeWord = (text: string): boolean => ANY_TIME_WORDS.test(text.trim());
