import type { Decision, Outcome } from "../core/rules/index.js";
import type { VerdictLogEntry, VerdictLogRecord } from "./records/verdict-log.js";
import type { Stores } from "./stores.js";

type LogStores = Pick<Stores, "verdictLog">;

/** Entries kept per number: enough for /why, little enough to leak little. */
export const VERDICT_LOG_LIMIT = 20;
export const DEFAULT_VERDICT_LOG_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

/** A decision without the rules that did not match: what was shown, and enough to show it again. */
export function loggableDecision(decision: Decision): Extract<VerdictLogEntry, { kind: "verdict" }>["decision"] {
  const { findings: _unmatchedToo, ...shown } = decision;
  return JSON.parse(JSON.stringify(shown)) as Extract<VerdictLogEntry, { kind: "verdict" }>["decision"];
}

/** The decision of a logged verdict, ready for the renderer again. */
export function decisionOfEntry(entry: Extract<VerdictLogEntry, { kind: "verdict" }>): Decision {
  const shown = entry.decision as unknown as Omit<Decision, "findings">;
  return { ...shown, findings: [...shown.decided, ...shown.outweighed] };
}

/** Bookkeeping no reply waits for: written while the update goes on (Collection#updateLater). */
function append(stores: LogStores, e164: string, entry: VerdictLogEntry): void {
  stores.verdictLog.updateLater(e164, (current) => {
    const entries = [...(current?.entries ?? []), entry].slice(-VERDICT_LOG_LIMIT);
    return { e164, entries } satisfies VerdictLogRecord;
  });
}

export async function logVerdict(stores: LogStores, e164: string, decision: Decision, at: number): Promise<void> {
  append(stores, e164, {
    kind: "verdict",
    at,
    verdict: decision.verdict,
    ruleIds: decision.decided.map((f) => f.ruleId),
    decision: loggableDecision(decision),
  });
}

export async function logOutcome(stores: LogStores, e164: string, outcome: Outcome, at: number): Promise<void> {
  append(stores, e164, { kind: "outcome", at, outcome });
}

/** The number's verdicts and outcomes, oldest first. */
export async function verdictLogOf(stores: LogStores, e164: string): Promise<readonly VerdictLogEntry[]> {
  return (await stores.verdictLog.get(e164))?.entries ?? [];
}

export async function forgetVerdictLog(stores: LogStores, e164: string): Promise<boolean> {
  return stores.verdictLog.delete(e164);
}

/**
 * Deletes entries older than the retention period, and numbers left without entries.
 * Meant for the daily sweep; returns counts only.
 */
export async function pruneVerdictLogs(
  stores: LogStores,
  now: number,
  retentionDays: number = DEFAULT_VERDICT_LOG_RETENTION_DAYS,
): Promise<{ readonly removedEntries: number; readonly removedNumbers: number }> {
  const cutoff = now - retentionDays * DAY_MS;
  const changed: VerdictLogRecord[] = [];
  let removedEntries = 0;
  for (const record of await stores.verdictLog.all()) {
    const kept = record.entries.filter((e) => e.at >= cutoff);
    if (kept.length === record.entries.length) continue;
    removedEntries += record.entries.length - kept.length;
    changed.push({ ...record, entries: kept });
  }
  let removedNumbers = 0;
  for (const record of changed) {
    if (record.entries.length === 0) {
      await stores.verdictLog.delete(record.e164);
      removedNumbers++;
    } else {
      await stores.verdictLog.set(record.e164, record);
    }
  }
  return { removedEntries, removedNumbers };
}
