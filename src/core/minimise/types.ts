/** Data she does not want to hold about a client (see domain: "no employer, no surname, no address"). */
export type FindingKind = "company" | "surname" | "email" | "web" | "address" | "bank";

/** One piece of a text that looks like data she avoids keeping; `end` is exclusive (UTF-16). */
export interface Finding {
  readonly kind: FindingKind;
  readonly index: number;
  readonly end: number;
}

/** What the text is for: an alias must be one first or working name; a note is free text. */
export type MinimiseField = "alias" | "note";
