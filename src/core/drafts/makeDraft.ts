import { capitalise, dayAndTime, slotList, slotWords } from "./dayPhrase.js";
import { TEMPLATES, type TemplateInput } from "./templates.js";
import { SLOT_INTENTS, type DraftIntent, type DraftOptions } from "./types.js";

const MAX_LISTED = 3;

/** A small integer hash so neighbouring seeds do not walk through the variants in order. */
function mix(seed: number, salt: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(salt, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** How many wordings exist for an intent in a language. */
export function variantCount(intent: DraftIntent, lang: DraftOptions["lang"]): number {
  return TEMPLATES[lang][intent].length;
}

/**
 * A short neutral text for a client: no name, no greeting, no signature, nothing about the
 * service. Days read relative to `now` in her zone ("heute", "morgen", "Montag").
 * Offers and next-free need at least one slot and throw a RangeError without.
 */
export function makeDraft(intent: DraftIntent, options: DraftOptions): string {
  const { lang, now, timeZone } = options;
  const slots = [...options.slots].sort((a, b) => a - b);
  if (SLOT_INTENTS.includes(intent) && slots.length === 0) throw new RangeError(`${intent} needs a slot`);

  const words = slots.slice(0, intent === "offer-one" ? 1 : MAX_LISTED).map((s) => slotWords(s, now, timeZone, lang));
  const first = words[0];
  const today = lang === "de" ? "heute" : "today";
  const input: TemplateInput = {
    when: first ? dayAndTime(first, lang) : "",
    whenShort: !first ? "" : first.kind === "today" ? first.time : dayAndTime(first, lang),
    list: slotList(words, lang),
    day: first?.day ?? today,
    hasSlot: first !== undefined,
    slotIsToday: first?.kind === "today",
    lateMinutes: Math.max(5, Math.round((options.lateMinutes ?? 10) / 5) * 5),
  };
  const templates = TEMPLATES[lang][intent];
  const template = templates[mix(options.seed, DRAFT_SALT[intent]) % templates.length];
  if (!template) throw new RangeError("no template");
  // A next-free text whose first slot is still today reads as a plain offer.
  if (intent === "next-free" && first?.kind === "today") return makeDraft("offer-several", options);
  return capitalise(template(input));
}

const DRAFT_SALT: Readonly<Record<DraftIntent, number>> = {
  "offer-one": 1,
  "offer-several": 2,
  "next-free": 3,
  confirm: 4,
  decline: 5,
  "call-again": 6,
  "running-late": 7,
  "follow-up": 8,
};
