import type { DraftLanguage } from "../draft-language.js";

const EN_WORDS = String.raw`the|you|your|from|call|called|calls|missed|please|me|have|new|message|today|tomorrow|is|are|hi|hello|this|back|free|can|time|voicemail|it'?s|i'?m|thanks`;
const DE_WORDS = String.raw`der|die|das|und|ich|du|sie|ihr|ihrer|von|bitte|anruf|anrufe|angerufen|entgangener|verpasster|hast|heute|morgen|mich|nachricht|ist|hier|noch|termin|zeit|um|uhr|ruf|zurückrufen|hallo|haben|einen|neue|abwesenheit|danke|gerne?`;

/** One pass counts both languages: a match with group 1 is an English word, else a German one. */
const WORDS = new RegExp(String.raw`(?<!\p{L})(?:(${EN_WORDS})|(?:${DE_WORDS}))(?!\p{L})`, "giu");

/** The language a note is written in; German unless English words clearly dominate. */
export function detectLang(text: string): DraftLanguage | undefined {
  let en = 0;
  let de = 0;
  for (const m of text.matchAll(WORDS)) {
    if (m[1] !== undefined) en++;
    else de++;
  }
  if (en === 0 && de === 0) return undefined;
  return en > de ? "en" : "de";
}
