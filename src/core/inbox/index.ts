export type { Asked, AskedDay, AskedTime, EventKind, InboundContext, InboundEvent } from "./types.js";
export { parseInbound, splitIntoNotes } from "./parse.js";
export { asksForCallback } from "./asked.js";
