import type { Lang } from "../lang.js";

const EN = /(?<!\p{L})(?:the|you|your|from|call|called|calls|missed|please|me|have|new|message|today|tomorrow|is|are|hi|hello|this|back|free|can|time|voicemail|it'?s|i'?m|thanks)(?!\p{L})/giu;
const DE = /(?<!\p{L})(?:der|die|das|und|ich|du|sie|ihr|ihrer|von|bitte|anruf|anrufe|angerufen|entgangener|verpasster|hast|heute|morgen|mich|nachricht|ist|hier|noch|termin|zeit|um|uhr|ruf|zurückrufen|hallo|haben|einen|neue|abwesenheit|danke|gerne?)(?!\p{L})/giu;

function count(re: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

/** The language a note is written in; German unless English words clearly dominate. */
export function detectLang(text: string): Lang | undefined {
  const en = count(EN, text);
  const de = count(DE, text);
  if (en === 0 && de === 0) return undefined;
  return en > de ? "en" : "de";
}
