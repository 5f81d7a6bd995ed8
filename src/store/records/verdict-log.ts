import { z } from "zod";
import { epochMs } from "./shared.js";

const verdict = z.enum(["call", "text", "later", "none"]);

/**
 * A decision as it was shown, without the rules that did not match: enough to explain it again
 * later with the renderer. Its inner shape belongs to the engine, so only the parts this store
 * relies on are checked and the rest is kept as written.
 */
export const loggedDecisionSchema = z.looseObject({
  verdict,
  until: epochMs.optional(),
  decided: z.array(z.looseObject({ ruleId: z.string(), reason: z.looseObject({ code: z.string() }) })),
  outweighed: z.array(z.looseObject({ ruleId: z.string(), reason: z.looseObject({ code: z.string() }) })),
  facts: z.looseObject({ now: epochMs, timeZone: z.string() }),
  rulesetVersion: z.string(),
});

export const verdictLogEntrySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("verdict"),
    at: epochMs,
    verdict,
    /** The deciding rule ids, for a quick look without re-rendering. */
    ruleIds: z.array(z.string()),
    decision: loggedDecisionSchema,
  }),
  z.object({
    kind: z.literal("outcome"),
    at: epochMs,
    outcome: z.enum(["reached", "someone-else", "voicemail", "no-answer"]),
  }),
]);
export type VerdictLogEntry = z.infer<typeof verdictLogEntrySchema>;

/** The verdicts and outcomes of one number, newest last; keyed by a hash of the number. */
export const verdictLogSchema = z.object({
  e164: z.string().regex(/^\+\d{6,16}$/),
  entries: z.array(verdictLogEntrySchema),
});
export type VerdictLogRecord = z.infer<typeof verdictLogSchema>;
export const VERDICT_LOG_VERSION = 1;
