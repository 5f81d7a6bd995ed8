import type { DraftLanguage } from "../draft-language.js";

/**
 * What she says when someone other than the client answers her callback: neutral, no name,
 * nothing about why she called — then she hangs up.
 */
const WRONG_NUMBER: Readonly<Record<DraftLanguage, string>> = {
  de: "Entschuldigung, verwählt.",
  en: "Sorry, wrong number.",
};

export function wrongNumberLine(lang: DraftLanguage): string {
  return WRONG_NUMBER[lang];
}
