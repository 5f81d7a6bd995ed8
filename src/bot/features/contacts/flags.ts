import { FLAG_NAMES, type FlagName } from "../../../core/rules/types.js";
import type { Localized } from "../../i18n.js";

export { FLAG_NAMES, type FlagName };

export const FLAG_ICONS: Readonly<Record<FlagName, string>> = {
  nocall: "📵",
  landline: "☎️",
  forwarded: "↪️",
  smsonly: "💬",
  nosms: "🔕",
  blocked: "⛔",
  trusted: "⭐",
};

export const FLAG_LABELS: Readonly<Record<FlagName, Localized>> = {
  nocall: { de: "nicht zurückrufen", en: "do not call back" },
  landline: { de: "Festnetz", en: "landline" },
  forwarded: { de: "umgeleitet", en: "forwarded" },
  smsonly: { de: "nur SMS", en: "text only" },
  nosms: { de: "keine SMS", en: "no texts" },
  blocked: { de: "gesperrt", en: "blocked" },
  trusted: { de: "vertraut", en: "trusted" },
};

/** The words she may type for a flag, besides its name. */
const SYNONYMS: Readonly<Record<string, FlagName>> = {
  "kein-rueckruf": "nocall",
  "kein-rückruf": "nocall",
  keinrueckruf: "nocall",
  "nicht-anrufen": "nocall",
  "no-call": "nocall",
  "do-not-call": "nocall",
  festnetz: "landline",
  umgeleitet: "forwarded",
  rufumleitung: "forwarded",
  "nur-sms": "smsonly",
  nursms: "smsonly",
  "sms-only": "smsonly",
  "text-only": "smsonly",
  "keine-sms": "nosms",
  keinesms: "nosms",
  "no-sms": "nosms",
  "no-texts": "nosms",
  gesperrt: "blocked",
  sperren: "blocked",
  block: "blocked",
  vertraut: "trusted",
  trust: "trusted",
};

/** Reads one flag word ("festnetz", "nocall", "Nur-SMS"); undefined when unknown. */
export function flagOf(word: string): FlagName | undefined {
  const key = word.trim().toLocaleLowerCase("de").replace(/[_\s]+/g, "-").replace(/^[#,]+|[,.;]+$/g, "");
  if ((FLAG_NAMES as readonly string[]).includes(key)) return key as FlagName;
  return SYNONYMS[key] ?? SYNONYMS[key.replace(/-/g, "")];
}

/** Splits "nocall, festnetz nur-sms" into flags and words that are none. */
export function parseFlagWords(text: string): { flags: FlagName[]; unknown: string[] } {
  const flags: FlagName[] = [];
  const unknown: string[] = [];
  // "nur sms" / "keine sms" / "kein rückruf" are written with spaces too.
  const joined = text.replace(/\b(nur|keine?|nicht|no|do not|sms|text)\s+(sms|rückruf|rueckruf|anrufen|call|only|texts)\b/giu, "$1-$2");
  for (const word of joined.split(/[\s,;]+/).filter((w) => w.length > 0)) {
    const flag = flagOf(word);
    if (flag) {
      if (!flags.includes(flag)) flags.push(flag);
    } else unknown.push(word);
  }
  return { flags, unknown };
}
