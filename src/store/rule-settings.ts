import {
  DEFAULT_RULE_IDS,
  DEFAULT_RULE_SETTINGS,
  parseCustomRule,
  type CustomRule,
  type EvaluateOptions,
  type RuleProblem,
  type RuleSettings,
} from "../core/rules/index.js";
import { ZoneOffsets } from "../core/time/offsets.js";
import { RULES_RECORD_ID, type RulesRecord, type StoredCustomRule } from "./records/rules.js";
import type { Stores } from "./stores.js";

type RuleStores = Pick<Stores, "rules">;

/**
 * Default rules that protect her whatever she tunes: her warning list, nothing to call, her blocklist,
 * a phone the whole household hears, and a number that already reached someone else. They cannot be switched off.
 */
export const SAFETY_RULE_IDS = ["warnlist", "withheld", "blocked", "landline", "someone-else-answered"] as const;
export const MAX_CUSTOM_RULES = 100;

/** One of her rules as loaded: `rule` when the engine accepts it, else the problems. */
export interface LoadedCustomRule {
  readonly id: string;
  readonly enabled: boolean;
  readonly addedAt: number;
  readonly json: unknown;
  readonly rule?: CustomRule;
  readonly problems?: readonly RuleProblem[];
}

export interface RulesState {
  readonly settings: RuleSettings;
  readonly custom: readonly LoadedCustomRule[];
  readonly disabledDefaults: readonly string[];
}

function emptyRecord(now: number): RulesRecord {
  return { settings: {}, custom: [], disabledDefaults: [], updatedAt: now };
}

export function settingsOf(record: RulesRecord | undefined): RuleSettings {
  return { ...DEFAULT_RULE_SETTINGS, ...record?.settings };
}

function loadCustom(stored: StoredCustomRule): LoadedCustomRule {
  const parsed = parseCustomRule(stored.json);
  return parsed.ok ? { ...stored, rule: parsed.rule } : { ...stored, problems: parsed.problems };
}

export async function loadRules(stores: RuleStores): Promise<RulesState> {
  const record = await stores.rules.get(RULES_RECORD_ID);
  return {
    settings: settingsOf(record),
    custom: (record?.custom ?? []).map(loadCustom),
    disabledDefaults: record?.disabledDefaults ?? [],
  };
}

/**
 * The engine asks for the zone's UTC offset for every rule that reads the clock, and asking Intl
 * takes microseconds each time; the core keeps nothing between calls, so the bot keeps the
 * offsets measured so far. One for the process: they depend on the time-zone database only.
 */
const zoneOffsets = new ZoneOffsets();

/** What the engine needs: her enabled rules, every rule id that is switched off, and the zone's offsets. */
export function evaluateOptionsOf(state: RulesState): EvaluateOptions {
  const customRules: CustomRule[] = [];
  const disabled: string[] = [...state.disabledDefaults];
  for (const c of state.custom) {
    if (c.rule === undefined) continue;
    customRules.push(c.rule);
    if (!c.enabled) disabled.push(c.id);
  }
  return { customRules, disabled, offsets: zoneOffsets };
}

async function change(stores: RuleStores, now: number, edit: (record: RulesRecord) => RulesRecord): Promise<RulesRecord> {
  const next = edit((await stores.rules.get(RULES_RECORD_ID)) ?? emptyRecord(now));
  const stamped = { ...next, updatedAt: now };
  await stores.rules.set(RULES_RECORD_ID, stamped);
  return stamped;
}

export async function updateRuleSettings(stores: RuleStores, patch: Partial<RuleSettings>, now: number): Promise<RuleSettings> {
  const record = await change(stores, now, (r) => ({ ...r, settings: { ...r.settings, ...(patch as RulesRecord["settings"]) } }));
  return settingsOf(record);
}

export type AddRuleResult =
  | { readonly ok: true; readonly rule: CustomRule }
  | { readonly ok: false; readonly problems: readonly RuleProblem[] };

/** Adds one of her rules after the engine's parser accepted it; an invalid rule changes nothing. */
export async function addCustomRule(stores: RuleStores, json: unknown, now: number): Promise<AddRuleResult> {
  const parsed = parseCustomRule(json);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const existing = (await stores.rules.get(RULES_RECORD_ID))?.custom ?? [];
  if (existing.some((c) => c.id === parsed.rule.id)) {
    return { ok: false, problems: [{ path: "id", code: "id-taken", id: parsed.rule.id }] };
  }
  if (existing.length >= MAX_CUSTOM_RULES) return { ok: false, problems: [{ path: "", code: "too-many", max: MAX_CUSTOM_RULES }] };
  await change(stores, now, (r) => ({
    ...r,
    custom: [...r.custom, { id: parsed.rule.id, json, enabled: true, addedAt: now }],
  }));
  return { ok: true, rule: parsed.rule };
}

export type SwitchResult = "switched" | "unchanged" | "unknown" | "safety";

export function isDefaultRuleId(id: string): boolean {
  return (DEFAULT_RULE_IDS as readonly string[]).includes(id);
}

export function isSafetyRuleId(id: string): boolean {
  return (SAFETY_RULE_IDS as readonly string[]).includes(id);
}

/** Switches a default rule or one of hers on or off; safety rules stay on. */
export async function setRuleEnabled(stores: RuleStores, id: string, enabled: boolean, now: number): Promise<SwitchResult> {
  const record = await stores.rules.get(RULES_RECORD_ID);
  if (isDefaultRuleId(id)) {
    if (!enabled && isSafetyRuleId(id)) return "safety";
    const off = record?.disabledDefaults.includes(id) ?? false;
    if (off === !enabled) return "unchanged";
    await change(stores, now, (r) => ({
      ...r,
      disabledDefaults: enabled ? r.disabledDefaults.filter((d) => d !== id) : [...r.disabledDefaults, id],
    }));
    return "switched";
  }
  const custom = record?.custom.find((c) => c.id === id);
  if (custom === undefined) return "unknown";
  if (custom.enabled === enabled) return "unchanged";
  await change(stores, now, (r) => ({ ...r, custom: r.custom.map((c) => (c.id === id ? { ...c, enabled } : c)) }));
  return "switched";
}

export type RemoveResult = "removed" | "unknown" | "default";

export async function removeCustomRule(stores: RuleStores, id: string, now: number): Promise<RemoveResult> {
  if (isDefaultRuleId(id)) return "default";
  const record = await stores.rules.get(RULES_RECORD_ID);
  if (!record?.custom.some((c) => c.id === id)) return "unknown";
  await change(stores, now, (r) => ({ ...r, custom: r.custom.filter((c) => c.id !== id) }));
  return "removed";
}
