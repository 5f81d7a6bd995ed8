import type { DraftLanguage } from "../draft-language.js";

export const DRAFT_INTENTS = [
  "offer-one",
  "offer-several",
  "next-free",
  "confirm",
  "decline",
  "call-again",
  "running-late",
  "follow-up",
] as const;
export type DraftIntent = (typeof DRAFT_INTENTS)[number];

/** Intents that cannot be written without at least one slot. */
export const SLOT_INTENTS: readonly DraftIntent[] = ["offer-one", "offer-several", "next-free"];

export interface DraftOptions {
  readonly lang: DraftLanguage;
  /** Slot starts, epoch ms. Offers use up to three; confirm, decline and follow-up the first. */
  readonly slots: readonly number[];
  readonly now: number;
  readonly timeZone: string;
  /** Picks the wording; the same seed always gives the same text. */
  readonly seed: number;
  /** For running-late; rounded to five minutes. Defaults to 10. */
  readonly lateMinutes?: number;
}
