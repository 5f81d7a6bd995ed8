import type { AskedDay, AskedTime } from "../../core/inbox/types.js";
import type { Lang } from "../../core/lang.js";
import type { BotContext } from "../context.js";
import type { Section } from "./section.js";

export interface OfferRequest {
  /** What the client asked for, if anything (day and/or time). */
  readonly day?: AskedDay;
  readonly time?: AskedTime;
  /** The client's language for the draft; defaults to hers. */
  readonly lang?: Lang;
  /** "follow-up" when an earlier offer is still open ("Passt 17:00 noch?"). */
  readonly intent?: "offer" | "follow-up";
}

/**
 * A neutral reply draft with real free slots (held for a while), for replies that need one.
 * Owned by the availability feature; this first version offers a fixed neutral text.
 */
export async function offerSection(ctx: BotContext, request: OfferRequest): Promise<Section> {
  void request;
  return { html: `<code>${ctx.lang === "de" ? "Melde dich gern nochmal." : "Feel free to get back to me."}</code>` };
}
