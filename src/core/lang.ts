/** The languages every reply and draft exists in. */
export type Lang = "de" | "en";
export const LANGS: readonly Lang[] = ["de", "en"];
