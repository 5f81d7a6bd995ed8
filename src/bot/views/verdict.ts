import type { PhoneClass } from "../../core/phone/types.js";
import type { BotContext } from "../context.js";
import type { Section } from "./section.js";

/**
 * The callback verdict for one number, as every reply about a number shows it
 * (the /check answer, the inbox reply, the contact card).
 * Owned by the rule-engine feature; this first version states only that no verdict exists yet.
 */
export async function verdictSection(ctx: BotContext, phone: PhoneClass): Promise<Section> {
  void phone;
  return { html: ctx.lang === "de" ? "(Noch keine Rückruf-Bewertung.)" : "(No callback verdict yet.)" };
}
