import type { DraftLanguage } from "../draft-language.js";
import type { DraftIntent } from "./types.js";

/** What a template may mention: wording of the slots, never anything about a person. */
export interface TemplateInput {
  /** The first slot with its day: "heute 17:00" / "today at 17:00". */
  readonly when: string;
  /** Only the first slot's time when it is today, else with its day: "17:00" / "morgen 14:00". */
  readonly whenShort: string;
  /** Up to three slots: "heute 17:00, 18:30 oder 20:00". */
  readonly list: string;
  /** Decline's day: "heute" / "morgen" / "Montag". */
  readonly day: string;
  readonly hasSlot: boolean;
  readonly slotIsToday: boolean;
  readonly lateMinutes: number;
}

type Template = (t: TemplateInput) => string;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const DE: Readonly<Record<DraftIntent, readonly Template[]>> = {
  "offer-one": [
    (t) => `Passt ${t.when}?`,
    (t) => `${cap(t.when)}?`,
    (t) => `Ginge ${t.when}?`,
    (t) => `Wie wäre es mit ${t.when}?`,
    (t) => `${cap(t.when)} wäre frei. Passt das?`,
  ],
  "offer-several": [
    (t) => `${cap(t.list)}?`,
    (t) => `Passt ${t.list}?`,
    (t) => `Ginge ${t.list}?`,
    (t) => `Frei wäre ${t.list}. Was passt?`,
  ],
  "next-free": [
    (t) => `Heute leider nicht mehr. ${cap(t.list)}?`,
    (t) => `Heute klappt es leider nicht mehr. Ginge ${t.list}?`,
    (t) => `Heute ist leider alles belegt. Passt ${t.list}?`,
    (t) => `Für heute leider nicht mehr. Wie wäre es mit ${t.list}?`,
  ],
  confirm: [
    (t) => (t.hasSlot && !t.slotIsToday ? `Gern, dann bis ${t.whenShort}.`.replace("bis am ", "bis zum ") : "Gern, bis später."),
    (t) => (t.hasSlot ? `Passt, bis ${t.whenShort}.`.replace("bis am ", "bis zum ") : "Passt, bis dann."),
    () => "Alles klar, bis dann.",
    (t) => (t.hasSlot ? `Gut, bis ${t.whenShort}.`.replace("bis am ", "bis zum ") : "Gut, bis später."),
  ],
  decline: [
    (t) => `${cap(t.day)} klappt es leider nicht.`,
    (t) => `${cap(t.day)} geht es leider nicht.`,
    (t) => `Leider klappt es ${t.day} nicht.`,
    (t) => `${cap(t.day)} passt es leider nicht.`,
  ],
  "call-again": [
    () => "Melde dich gern nochmal.",
    () => "Melde dich gern wieder.",
    () => "Gib gern nochmal Bescheid.",
    () => "Sag gern nochmal Bescheid.",
  ],
  "running-late": [
    (t) => `Ich bin etwa ${t.lateMinutes} Minuten später.`,
    (t) => `Es wird etwa ${t.lateMinutes} Minuten später.`,
    (t) => `Ich komme etwa ${t.lateMinutes} Minuten später.`,
    (t) => `Verspäte mich um etwa ${t.lateMinutes} Minuten.`,
  ],
  "follow-up": [
    (t) => (t.hasSlot ? `Passt ${t.whenShort} noch?` : "Passt es noch?"),
    (t) => (t.hasSlot ? `Bleibt es bei ${t.whenShort}?` : "Bleibt es dabei?"),
    (t) => (t.hasSlot ? `Steht ${t.whenShort} noch?` : "Steht es noch?"),
    (t) => (t.hasSlot ? `Ist ${t.whenShort} noch aktuell?` : "Ist das noch aktuell?"),
  ],
};

const EN: Readonly<Record<DraftIntent, readonly Template[]>> = {
  "offer-one": [
    (t) => `Would ${t.when} work?`,
    (t) => `${cap(t.when)}?`,
    (t) => `How about ${t.when}?`,
    (t) => `Is ${t.when} ok?`,
    (t) => `${cap(t.when)} is possible. Does that suit?`,
  ],
  "offer-several": [
    (t) => `${cap(t.list)}?`,
    (t) => `Would ${t.list} work?`,
    (t) => `How about ${t.list}?`,
    (t) => `Possible: ${t.list}. What suits?`,
  ],
  "next-free": [
    (t) => `Not today, sorry. ${cap(t.list)}?`,
    (t) => `Sorry, nothing left today. How about ${t.list}?`,
    (t) => `Today is fully booked, sorry. Would ${t.list} work?`,
    (t) => `Today won't work, sorry. ${cap(t.list)}?`,
  ],
  confirm: [
    (t) => (t.hasSlot && !t.slotIsToday ? `Great, see you ${t.whenShort}.` : "Great, see you later."),
    (t) => (!t.hasSlot ? "Good, see you then." : `Good, see you ${t.slotIsToday ? "at " : ""}${t.whenShort}.`),
    () => "Sounds good, see you then.",
    () => "Perfect, see you then.",
  ],
  decline: [
    (t) => `${cap(t.day)} doesn't work, sorry.`,
    (t) => `Sorry, ${t.day} won't work.`,
    (t) => `${cap(t.day)} is not possible, sorry.`,
    (t) => `Unfortunately ${t.day} doesn't work.`,
  ],
  "call-again": [
    () => "Feel free to get in touch again.",
    () => "Just get back to me any time.",
    () => "Feel free to ask again.",
    () => "Just let me know again.",
  ],
  "running-late": [
    (t) => `I'm about ${t.lateMinutes} minutes late.`,
    (t) => `Running about ${t.lateMinutes} minutes late.`,
    (t) => `I'll be about ${t.lateMinutes} minutes late.`,
    (t) => `About ${t.lateMinutes} minutes late, sorry.`,
  ],
  "follow-up": [
    (t) => (t.hasSlot ? `Does ${t.whenShort} still work?` : "Does it still work?"),
    (t) => (t.hasSlot ? `Still on for ${t.whenShort}?` : "Still on?"),
    (t) => (t.hasSlot ? `Is ${t.whenShort} still good?` : "Is it still good?"),
    (t) => (t.hasSlot ? `Still ok for ${t.whenShort}?` : "Still ok?"),
  ],
};

export const TEMPLATES: Readonly<Record<DraftLanguage, Readonly<Record<DraftIntent, readonly Template[]>>>> = { de: DE, en: EN };
