import type { Decision, Outcome } from "../core/rules/index.js";
import type { VerdictLogEntry, VerdictLogHead, VerdictLogRecord, VerdictLogSlot } from "./records/verdict-log.js";
import type { Stores } from "./stores.js";

type LogStores = Pick<Stores, "verdictLog">;

/** Entries kept per number: enough for /why, little enough to leak little. */
export const VERDICT_LOG_LIMIT = 20;
export const DEFAULT_VERDICT_LOG_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

/*
 * A number's history is a head record (under the number) that says where the next entry goes,
 * and up to VERDICT_LOG_LIMIT slot records (under `${e164}:${slot}`) used in turn: adding an
 * entry writes one small record and the head, and reads nothing but the head, however long the
 * history is. Both are bookkeeping, written while the update goes on.
 */

const slotId = (e164: string, slot: number) => `${e164}:${slot}`;
const slotIds = (e164: string) => Array.from({ length: VERDICT_LOG_LIMIT }, (_, slot) => slotId(e164, slot));
const isHead = (record: VerdictLogRecord | undefined): record is VerdictLogHead => record !== undefined && !("entry" in record);
const isSlot = (record: VerdictLogRecord | undefined): record is VerdictLogSlot => record !== undefined && "entry" in record;

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

function append(stores: LogStores, e164: string, entry: VerdictLogEntry): void {
  stores.verdictLog.updateLater(e164, (current) => {
    const head = isHead(current) ? current : undefined;
    const seq = head?.seq ?? 0;
    const slot = seq % VERDICT_LOG_LIMIT;
    stores.verdictLog.setLater(slotId(e164, slot), { e164, slot, seq, entry });
    // Entries from before the slots give way as the slots fill.
    const room = VERDICT_LOG_LIMIT - Math.min(seq + 1, VERDICT_LOG_LIMIT);
    const legacy = room > 0 ? head?.legacy?.slice(-room) : undefined;
    return { e164, seq: seq + 1, ...(legacy && legacy.length > 0 && { legacy }) };
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
  const head = await stores.verdictLog.get(e164);
  if (!isHead(head)) return [];
  const slots = (await stores.verdictLog.getMany(slotIds(e164))).filter(isSlot).sort((a, b) => a.seq - b.seq);
  return [...(head.legacy ?? []), ...slots.map((s) => s.entry)].slice(-VERDICT_LOG_LIMIT);
}

export async function forgetVerdictLog(stores: LogStores, e164: string): Promise<boolean> {
  const deleted = await Promise.all([e164, ...slotIds(e164)].map((id) => stores.verdictLog.delete(id)));
  return deleted.some(Boolean);
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
  const heads = new Map<string, VerdictLogHead>();
  /** Numbers that keep at least one entry. */
  const alive = new Set<string>();
  const expiredSlots: VerdictLogSlot[] = [];
  for (const record of await stores.verdictLog.all()) {
    if (isSlot(record)) {
      if (record.entry.at >= cutoff) alive.add(record.e164);
      else expiredSlots.push(record);
    } else {
      heads.set(record.e164, record);
      if (record.legacy?.some((e) => e.at >= cutoff)) alive.add(record.e164);
    }
  }
  let removedEntries = expiredSlots.length;
  for (const slot of expiredSlots) await stores.verdictLog.delete(slotId(slot.e164, slot.slot));
  let removedNumbers = 0;
  for (const [e164, head] of heads) {
    const legacy = head.legacy?.filter((e) => e.at >= cutoff);
    removedEntries += (head.legacy?.length ?? 0) - (legacy?.length ?? 0);
    if (!alive.has(e164)) {
      await stores.verdictLog.delete(e164);
      removedNumbers++;
    } else if (legacy?.length !== head.legacy?.length) {
      const { legacy: _old, ...rest } = head;
      await stores.verdictLog.set(e164, { ...rest, ...(legacy && legacy.length > 0 && { legacy }) });
    }
  }
  return { removedEntries, removedNumbers };
}
