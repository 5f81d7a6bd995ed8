/**
 * The languages client drafts are written in: the client's language (German by default, or the
 * language a client wrote in). Never her interface language — that is `InterfaceLanguage`.
 */
export const DRAFT_LANGUAGES = ["de", "en"] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

export function isDraftLanguage(value: unknown): value is DraftLanguage {
  return typeof value === "string" && (DRAFT_LANGUAGES as readonly string[]).includes(value);
}
