import { maskNumber } from "../../../core/phone/index.js";
import type { PhoneClass } from "../../../core/phone/types.js";
import { contactsOf, type ContactRecord } from "../../../store/contacts.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { wrongLengthHtml } from "../contacts/describe.js";

/** A number (or withheld caller) to answer about, or the reply explaining why there is none. */
export type Subject =
  | { readonly ok: true; readonly phone: PhoneClass; readonly card?: ContactRecord }
  | { readonly ok: false; readonly html: string };

/** Reads "/check <number|alias>"'s argument: any notation, "unbekannt", or an alias naming one card. */
export async function resolveSubject(ctx: BotContext, argument: string, command: string): Promise<Subject> {
  const resolution = await contactsOf(ctx.app).resolve(argument);
  switch (resolution.kind) {
    case "number":
      return { ok: true, phone: resolution.phone, ...(resolution.contact && { card: resolution.contact }) };
    case "alias":
      return { ok: true, phone: resolution.phone, card: resolution.contact };
    case "withheld":
      return { ok: true, phone: { kind: "withheld" } };
    case "invalid-number":
      return { ok: true, phone: { kind: "invalid", ...(resolution.wrongLength && { wrongLength: resolution.wrongLength }) } };
    case "ambiguous": {
      const numbers = resolution.contacts.map((c) => escapeHtml(maskNumber(c.e164))).join(", ");
      return { ok: false, html: ctx.t("check-ambiguous", { numbers }) };
    }
    case "unknown":
      return { ok: false, html: ctx.t("check-unknown", { command }) };
  }
}

/**
 * Which number a reply is about: "📞 +49 171 ••• 78 · Tom", masked; for a number with digits
 * missing or extra, the number as she typed it and what is wrong with it.
 */
export function subjectLine(phone: PhoneClass, card: ContactRecord | undefined, t: Translate): string | undefined {
  if (phone.kind === "invalid" && phone.wrongLength) return `📞 ${wrongLengthHtml(phone.wrongLength, t)}`;
  if (phone.kind !== "number") return undefined;
  const alias = card?.alias ? ` · ${escapeHtml(card.alias)}` : "";
  return `📞 ${escapeHtml(maskNumber(phone.e164))}${alias}`;
}
