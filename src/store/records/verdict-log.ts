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

/** Before version 2: all of a number's entries in one record, newest last, under a hash of the number. */
const legacyLogSchema = z.object({
  e164: z.string().regex(/^\+\d{6,16}$/),
  entries: z.array(verdictLogEntrySchema),
});

const e164 = z.string().regex(/^\+\d{6,16}$/);

/**
 * One entry of a number's history, in one of VERDICT_LOG_LIMIT slots that are used in turn, so
 * adding an entry writes one small record instead of rewriting the whole history. Stored under a
 * hash of `${e164}:${slot}`.
 */
export const verdictLogSlotSchema = z.object({
  e164,
  slot: z.number().int().min(0),
  /** Counts the number's entries, so the slots read back in the order they were written. */
  seq: z.number().int().min(0),
  entry: verdictLogEntrySchema,
});
export type VerdictLogSlot = z.infer<typeof verdictLogSlotSchema>;

/** A number's history: where the next entry goes; stored under a hash of the number. */
export const verdictLogHeadSchema = z.object({
  e164,
  /** The next entry's sequence number; its slot is `seq` modulo the limit. */
  seq: z.number().int().min(0),
  /** Entries written before slots existed, oldest first; trimmed as slots fill. */
  legacy: z.array(verdictLogEntrySchema).optional(),
});
export type VerdictLogHead = z.infer<typeof verdictLogHeadSchema>;

/** A slot is tried first: a head has no `slot` and `entry`, and would otherwise accept one. */
export const verdictLogSchema = z.union([verdictLogSlotSchema, verdictLogHeadSchema]);
export type VerdictLogRecord = z.infer<typeof verdictLogSchema>;
export const VERDICT_LOG_VERSION = 2;

/** Version 1 held every entry in the number's one record: it becomes the head, its entries legacy. */
export function migrateVerdictLog(fromVersion: number, data: unknown): unknown {
  if (fromVersion !== 1) return undefined;
  const parsed = legacyLogSchema.safeParse(data);
  return parsed.success ? { e164: parsed.data.e164, seq: 0, legacy: parsed.data.entries } : undefined;
}
