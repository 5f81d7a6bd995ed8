import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import {
  DEFAULT_RULE_IDS,
  RULESET_VERSION,
  VERDICT_EMOJI,
  type RuleSettings,
} from "../../../core/rules/index.js";
import {
  addCustomRule,
  isSafetyRuleId,
  loadRules,
  removeCustomRule,
  setRuleEnabled,
  updateRuleSettings,
  type RulesState,
} from "../../../store/rule-settings.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import type { Feature } from "../feature.js";
import { problemHtml } from "./problems.js";
import {
  callDaysText,
  cycleSetting,
  formatRange,
  parseCallDays,
  parseQuietHours,
  parseRepeatedCalls,
  SETTING_CODES,
  settingLabel,
  type SettingCode,
} from "./settings.js";

export const settingCallback = callbackCodec("rs", ["setting"], z.object({ setting: z.enum(SETTING_CODES) }));
const isSettingCode = (code: string): code is SettingCode => (SETTING_CODES as readonly string[]).includes(code);

/** A rule she can copy and change, with its reason in her language. */
function exampleRuleHtml(t: Translate): string {
  const rule = { id: "no-sunday", verdict: "none", reason: t("rules-example-reason"), when: { weekday: ["sun"] } };
  return t("rules-example", { rule: escapeHtml(JSON.stringify(rule)) });
}

/** Switching these off makes answers more permissive; she is told so. */
const LOOSENING_IDS: readonly string[] = [
  "nocall", "smsonly", "nosms", "no-fresh-request", "not-asked-to-call", "outside-allowed-hours", "call-days", "quiet-hours",
];

const MAX_LISTED_CUSTOM = 40;

export function rulesListHtml(state: RulesState, t: Translate): string {
  const lines: string[] = [t("rules-title"), t("rules-defaults", { version: RULESET_VERSION })];
  for (const id of DEFAULT_RULE_IDS) {
    const icon = isSafetyRuleId(id) ? "🔒" : state.disabledDefaults.includes(id) ? "⚪️" : "🟢";
    lines.push(`${icon} <code>${id}</code> ${escapeHtml(t("rules-summary", { rule: id }))}`);
  }
  lines.push("");
  if (state.custom.length === 0) lines.push(t("rules-mine-none"));
  else {
    lines.push(t("rules-mine"));
    for (const c of state.custom.slice(0, MAX_LISTED_CUSTOM)) {
      if (c.rule === undefined) {
        const problems = (c.problems ?? []).map((p) => problemHtml(p, t)).join("; ");
        lines.push(t("rules-broken", { id: escapeHtml(c.id), problems }));
        continue;
      }
      const icon = c.enabled ? "🟢" : "⚪️";
      lines.push(`${icon} <code>${escapeHtml(c.id)}</code> ${VERDICT_EMOJI[c.rule.verdict]} ${escapeHtml(c.rule.reason)}`);
    }
    if (state.custom.length > MAX_LISTED_CUSTOM) lines.push(t("rules-more", { count: state.custom.length - MAX_LISTED_CUSTOM }));
  }
  lines.push("", t("rules-settings"), t("rules-commands"));
  return lines.join("\n");
}

export function settingsKeyboard(settings: RuleSettings, t: Translate): InlineKeyboard {
  return InlineKeyboard.from(
    SETTING_CODES.map((code) => [InlineKeyboard.text(settingLabel(code, settings, t), settingCallback.pack({ setting: code }))]),
  );
}

async function showRules(ctx: BotContext): Promise<void> {
  const state = await loadRules(ctx.app.stores);
  await ctx.reply(rulesListHtml(state, ctx.t), {
    parse_mode: "HTML",
    reply_markup: settingsKeyboard(state.settings, ctx.t),
  });
}

/** Telegram turns straight quotes into typographic ones on some keyboards; JSON needs straight ones. */
function straightenJson(text: string): string {
  return text
    .trim()
    .replace(/^```(?:json)?\s*|\s*```$/g, "")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‘’‚‛′]/g, "'");
}

async function addRule(ctx: BotContext, text: string): Promise<string> {
  const example = exampleRuleHtml(ctx.t);
  if (!text.trim()) return `${ctx.t("rules-add-usage")}\n${example}`;
  let json: unknown;
  try {
    json = JSON.parse(straightenJson(text));
  } catch (error) {
    const problem = error instanceof SyntaxError ? error.message : String(error);
    return `${ctx.t("rules-bad-json", { problem: escapeHtml(problem) })}\n${example}`;
  }
  const result = await addCustomRule(ctx.app.stores, json, ctx.app.clock());
  if (!result.ok) {
    ctx.app.logger.info({ problems: result.problems.length }, "custom rule rejected");
    return [ctx.t("rules-rejected"), ...result.problems.map((p) => `• ${problemHtml(p, ctx.t)}`), "", example].join("\n");
  }
  ctx.app.logger.info({ verdict: result.rule.verdict }, "custom rule added");
  return ctx.t("rules-added", {
    id: escapeHtml(result.rule.id),
    verdict: VERDICT_EMOJI[result.rule.verdict],
    reason: escapeHtml(result.rule.reason),
  });
}

async function switchRule(ctx: BotContext, sub: "on" | "off", id: string): Promise<string> {
  if (!id) return ctx.t("rules-id-usage", { sub });
  const safeId = escapeHtml(id);
  const result = await setRuleEnabled(ctx.app.stores, id, sub === "on", ctx.app.clock());
  switch (result) {
    case "safety":
      return ctx.t("rules-safety", { id: safeId });
    case "unknown":
      return ctx.t("rules-unknown-id", { id: safeId });
    case "unchanged":
      return ctx.t("rules-already", { state: sub, id: safeId });
    case "switched": {
      const done = ctx.t("rules-switched", { state: sub, id: safeId });
      return sub === "off" && LOOSENING_IDS.includes(id) ? `${done}\n${ctx.t("rules-loosened", { id: safeId })}` : done;
    }
  }
}

async function removeRule(ctx: BotContext, id: string): Promise<string> {
  if (!id) return ctx.t("rules-id-usage", { sub: "remove" });
  const safeId = escapeHtml(id);
  switch (await removeCustomRule(ctx.app.stores, id, ctx.app.clock())) {
    case "removed":
      return ctx.t("rules-removed", { id: safeId });
    case "default":
      return ctx.t("rules-remove-default", { id: safeId });
    case "unknown":
      return ctx.t("rules-unknown-id", { id: safeId });
  }
}

async function setSetting(ctx: BotContext, patch: Partial<RuleSettings>): Promise<RuleSettings> {
  return updateRuleSettings(ctx.app.stores, patch, ctx.app.clock());
}

async function handleSub(ctx: BotContext, sub: string, rest: string): Promise<string> {
  switch (sub) {
    case "add":
      return addRule(ctx, rest);
    case "on":
    case "off":
      return switchRule(ctx, sub, rest.trim());
    case "remove":
    case "delete":
      return removeRule(ctx, rest.trim());
    case "quiet": {
      const range = parseQuietHours(rest);
      if (range === undefined) return ctx.t("rules-quiet-usage");
      const s = await setSetting(ctx, { quietHours: range });
      return ctx.t("rules-quiet-set", { range: s.quietHours ? formatRange(s.quietHours) : "none" });
    }
    case "days": {
      const days = parseCallDays(rest);
      if (days === undefined) return ctx.t("rules-days-usage");
      const s = await setSetting(ctx, { callDays: days });
      return ctx.t("rules-days-set", { days: callDaysText(s.callDays, ctx.t) });
    }
    case "calls": {
      const calls = parseRepeatedCalls(rest);
      if (calls === undefined) return ctx.t("rules-calls-usage");
      await setSetting(ctx, { repeatedCalls: calls });
      return ctx.t("rules-calls-set", { count: calls.count, minutes: calls.minutes });
    }
    default:
      return `${ctx.t("rules-unknown-sub")}\n${ctx.t("rules-commands")}`;
  }
}

const composer = new Composer<BotContext>();

composer.command("rules", async (ctx) => {
  const text = ctx.match.trim();
  if (!text) return showRules(ctx);
  const [, sub = "", rest = ""] = /^(\S+)\s*([\s\S]*)$/.exec(text) ?? [];
  ctx.app.logger.debug({ command: "rules", sub: sub.toLowerCase().slice(0, 10) }, "rules command");
  await ctx.reply(await handleSub(ctx, sub.toLowerCase(), rest), { parse_mode: "HTML" });
});

composer.callbackQuery(settingCallback.pattern, async (ctx) => {
  const data = settingCallback.unpack(ctx.callbackQuery.data);
  if (!data || !isSettingCode(data.setting)) {
    await ctx.answerCallbackQuery({ text: ctx.t("rules-invalid-button") });
    return;
  }
  const code = data.setting;
  const before = await loadRules(ctx.app.stores);
  const settings = await setSetting(ctx, cycleSetting(code, before.settings));
  ctx.app.logger.info({ setting: code }, "rule setting changed");
  await ctx.answerCallbackQuery({ text: settingLabel(code, settings, ctx.t) });
  const state = await loadRules(ctx.app.stores);
  await ctx.editMessageText(rulesListHtml(state, ctx.t), {
    parse_mode: "HTML",
    reply_markup: settingsKeyboard(state.settings, ctx.t),
  });
});

export const rulesFeature: Feature = {
  name: "rules",
  commands: [
    { command: "rules", description: "cmd-rules-description", example: "cmd-rules-example" },
  ],
  composer,
};
