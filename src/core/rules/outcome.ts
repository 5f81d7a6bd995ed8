import type { FlagName, FlagMark, Outcome } from "./types.js";

/**
 * The flags a callback outcome records without being asked twice. Someone else answering means
 * the number is forwarded at least some of the time and must not be called back again.
 */
export function flagsAfterOutcome(outcome: Outcome, at: number): Partial<Record<FlagName, FlagMark>> {
  if (outcome !== "someone-else") return {};
  const mark: FlagMark = { at, by: "outcome", reason: "someone-else-answered" };
  return { forwarded: mark, nocall: mark };
}
