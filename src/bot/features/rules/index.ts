import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import type { LegacyTextLanguage } from "../../../core/legacy-text-language.js";
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
import { escapeHtml, type Localized, type Translate } from "../../i18n.js";
import type { Feature } from "../feature.js";
import {
  cycleSetting,
  formatDays,
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

const EXAMPLE_RULE = '{"id":"no-sunday","verdict":"none","reason":"Sonntags nie","when":{"weekday":["sun"]}}';

/** Switching these off makes answers more permissive; she is told so. */
const LOOSENING_IDS: readonly string[] = [
  "nocall", "smsonly", "nosms", "no-fresh-request", "not-asked-to-call", "outside-allowed-hours", "call-days", "quiet-hours",
];

const SAFETY_WHY: Localized<Readonly<Record<string, string>>> = {
  de: {
    withheld: "ohne Nummer gibt es nichts zurückzurufen",
    blocked: "deine Sperrliste gilt immer",
    landline: "am Festnetz kann jeder im Haushalt oder Büro abnehmen, und SMS werden dort oft vorgelesen",
    "someone-else-answered": "wo schon einmal jemand anderes abgenommen hat, kann es wieder passieren",
  },
  en: {
    withheld: "without a number there is nothing to call back",
    blocked: "your blocklist always applies",
    landline: "anyone in the household or office may pick up a landline, and texts are often read aloud there",
    "someone-else-answered": "where someone else answered once, it can happen again",
  },
};

const T = {
  title: { de: "<b>Regeln</b>", en: "<b>Rules</b>" },
  defaults: { de: "Standard (Version {v}) – 🟢 an · ⚪️ aus · 🔒 bleibt an", en: "Defaults (version {v}) — 🟢 on · ⚪️ off · 🔒 always on" },
  mine: { de: "<b>Deine Regeln</b>", en: "<b>Your rules</b>" },
  noneMine: {
    de: "<b>Deine Regeln</b>: noch keine.",
    en: "<b>Your rules</b>: none yet.",
  },
  broken: { de: "passt nicht mehr zum Regelformat, wird nicht angewandt", en: "no longer fits the rule format, not applied" },
  settings: { de: "<b>Einstellungen</b> (Knopf tippen zum Ändern):", en: "<b>Settings</b> (tap a button to change):" },
  commands: {
    de: "<code>/rules add {json}</code> · <code>/rules off id</code> · <code>/rules on id</code> · <code>/rules remove id</code> · <code>/rules quiet 22:00-08:00</code> · <code>/rules days Mo-Fr</code> · <code>/rules calls 3/10</code>",
    en: "<code>/rules add {json}</code> · <code>/rules off id</code> · <code>/rules on id</code> · <code>/rules remove id</code> · <code>/rules quiet 22:00-08:00</code> · <code>/rules days Mon-Fri</code> · <code>/rules calls 3/10</code>",
  },
  more: { de: "… und {n} weitere", en: "… and {n} more" },
  badJson: {
    de: "Kein gültiges JSON – {problem}\nDeine bisherigen Regeln bleiben unverändert. So sieht eine Regel aus:",
    en: "Not valid JSON — {problem}\nYour rules stay as they were. A rule looks like this:",
  },
  rejected: {
    de: "Regel nicht gespeichert, deine bisherigen Regeln bleiben unverändert. Das stimmt nicht:",
    en: "Rule not saved; your rules stay as they were. What is wrong:",
  },
  addUsage: { de: "Schreib die Regel als JSON dahinter, z. B.:", en: "Put the rule as JSON after it, e.g.:" },
  added: { de: "Regel <code>{id}</code> gespeichert und eingeschaltet: {verdict} {reason}", en: "Rule <code>{id}</code> saved and switched on: {verdict} {reason}" },
  switchedOn: { de: "Regel <code>{id}</code> ist an.", en: "Rule <code>{id}</code> is on." },
  switchedOff: { de: "Regel <code>{id}</code> ist aus.", en: "Rule <code>{id}</code> is off." },
  loosened: {
    de: "Achtung: ohne diese Regel kann die Antwort großzügiger ausfallen. <code>/rules on {id}</code> schaltet sie wieder an.",
    en: "Careful: without this rule answers may be more permissive. <code>/rules on {id}</code> switches it back on.",
  },
  alreadyOn: { de: "Regel <code>{id}</code> ist schon an.", en: "Rule <code>{id}</code> is already on." },
  alreadyOff: { de: "Regel <code>{id}</code> ist schon aus.", en: "Rule <code>{id}</code> is already off." },
  safety: {
    de: "<code>{id}</code> ist eine Schutzregel und bleibt an: {why}.",
    en: "<code>{id}</code> is a safety rule and stays on: {why}.",
  },
  unknownId: { de: "Keine Regel mit der id „{id}“. <code>/rules</code> zeigt alle ids.", en: "No rule with the id “{id}”. <code>/rules</code> lists every id." },
  idUsage: { de: "Welche Regel? Z. B. <code>/rules {sub} quiet-hours</code> – <code>/rules</code> zeigt alle ids.", en: "Which rule? E.g. <code>/rules {sub} quiet-hours</code> — <code>/rules</code> lists every id." },
  removed: { de: "Regel <code>{id}</code> gelöscht.", en: "Rule <code>{id}</code> removed." },
  removeDefault: {
    de: "<code>{id}</code> ist eine Standardregel – die lässt sich nur ausschalten: <code>/rules off {id}</code>.",
    en: "<code>{id}</code> is a default rule — it can only be switched off: <code>/rules off {id}</code>.",
  },
  quietSet: { de: "Ruhezeit: {value}.", en: "Quiet hours: {value}." },
  quietUsage: {
    de: "Ruhezeit so angeben: <code>/rules quiet 22:00-08:00</code> (oder <code>/rules quiet aus</code>).",
    en: "Give quiet hours like this: <code>/rules quiet 22:00-08:00</code> (or <code>/rules quiet off</code>).",
  },
  daysSet: { de: "Anruftage: {value}.", en: "Call days: {value}." },
  daysUsage: {
    de: "Anruftage so angeben: <code>/rules days Mo-Fr</code>, <code>/rules days Mo, Mi, Fr</code> oder <code>/rules days täglich</code>.",
    en: "Give call days like this: <code>/rules days Mon-Fri</code>, <code>/rules days Mon, Wed, Fri</code> or <code>/rules days daily</code>.",
  },
  callsSet: { de: "Mehrfachanrufe: Hinweis ab {count} Anrufen in {minutes} Min.", en: "Repeated calls: hint from {count} calls within {minutes} min." },
  callsUsage: {
    de: "So angeben: <code>/rules calls 3/10</code> (3 Anrufe in 10 Minuten; mindestens 2 Anrufe).",
    en: "Like this: <code>/rules calls 3/10</code> (3 calls within 10 minutes; at least 2 calls).",
  },
  unknownSub: {
    de: "Das kenne ich bei /rules nicht. Möglich:",
    en: "I don't know that for /rules. Possible:",
  },
  invalidButton: { de: "Dieser Knopf ist nicht mehr gültig. /rules zeigt die aktuellen Einstellungen.", en: "This button is no longer valid. /rules shows the current settings." },
} as const satisfies Record<string, Localized>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

const MAX_LISTED_CUSTOM = 40;

export function rulesListHtml(state: RulesState, lang: LegacyTextLanguage, t: Translate): string {
  const lines: string[] = [T.title[lang], fill(T.defaults[lang], { v: RULESET_VERSION })];
  for (const id of DEFAULT_RULE_IDS) {
    const icon = isSafetyRuleId(id) ? "🔒" : state.disabledDefaults.includes(id) ? "⚪️" : "🟢";
    lines.push(`${icon} <code>${id}</code> ${escapeHtml(t("rules-summary", { rule: id }))}`);
  }
  lines.push("");
  if (state.custom.length === 0) lines.push(T.noneMine[lang]);
  else {
    lines.push(T.mine[lang]);
    for (const c of state.custom.slice(0, MAX_LISTED_CUSTOM)) {
      if (c.rule === undefined) {
        lines.push(`⚠️ <code>${escapeHtml(c.id)}</code> ${T.broken[lang]}: ${escapeHtml((c.problems ?? []).join("; "))}`);
        continue;
      }
      const icon = c.enabled ? "🟢" : "⚪️";
      lines.push(`${icon} <code>${escapeHtml(c.id)}</code> ${VERDICT_EMOJI[c.rule.verdict]} ${escapeHtml(c.rule.reason)}`);
    }
    if (state.custom.length > MAX_LISTED_CUSTOM) lines.push(fill(T.more[lang], { n: state.custom.length - MAX_LISTED_CUSTOM }));
  }
  lines.push("", T.settings[lang], T.commands[lang]);
  return lines.join("\n");
}

export function settingsKeyboard(settings: RuleSettings, lang: LegacyTextLanguage): InlineKeyboard {
  return InlineKeyboard.from(
    SETTING_CODES.map((code) => [InlineKeyboard.text(settingLabel(code, settings, lang), settingCallback.pack({ setting: code }))]),
  );
}

async function showRules(ctx: BotContext): Promise<void> {
  const state = await loadRules(ctx.app.stores);
  await ctx.reply(rulesListHtml(state, ctx.lang, ctx.t), {
    parse_mode: "HTML",
    reply_markup: settingsKeyboard(state.settings, ctx.lang),
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
  const example = `<code>/rules add ${escapeHtml(EXAMPLE_RULE)}</code>`;
  if (!text.trim()) return `${T.addUsage[ctx.lang]}\n${example}`;
  let json: unknown;
  try {
    json = JSON.parse(straightenJson(text));
  } catch (error) {
    const problem = error instanceof SyntaxError ? error.message : String(error);
    return `${escapeHtml(fill(T.badJson[ctx.lang], { problem }))}\n${example}`;
  }
  const result = await addCustomRule(ctx.app.stores, json, ctx.app.clock());
  if (!result.ok) {
    ctx.app.logger.info({ problems: result.problems.length }, "custom rule rejected");
    return [T.rejected[ctx.lang], ...result.problems.map((p) => `• ${escapeHtml(p)}`), "", example].join("\n");
  }
  ctx.app.logger.info({ verdict: result.rule.verdict }, "custom rule added");
  return fill(T.added[ctx.lang], {
    id: escapeHtml(result.rule.id),
    verdict: VERDICT_EMOJI[result.rule.verdict],
    reason: escapeHtml(result.rule.reason),
  });
}

async function switchRule(ctx: BotContext, sub: "on" | "off", id: string): Promise<string> {
  if (!id) return fill(T.idUsage[ctx.lang], { sub });
  const safeId = escapeHtml(id);
  const result = await setRuleEnabled(ctx.app.stores, id, sub === "on", ctx.app.clock());
  switch (result) {
    case "safety":
      return fill(T.safety[ctx.lang], { id: safeId, why: SAFETY_WHY[ctx.lang][id] ?? "" });
    case "unknown":
      return fill(T.unknownId[ctx.lang], { id: safeId });
    case "unchanged":
      return fill((sub === "on" ? T.alreadyOn : T.alreadyOff)[ctx.lang], { id: safeId });
    case "switched": {
      const done = fill((sub === "on" ? T.switchedOn : T.switchedOff)[ctx.lang], { id: safeId });
      return sub === "off" && LOOSENING_IDS.includes(id) ? `${done}\n${fill(T.loosened[ctx.lang], { id: safeId })}` : done;
    }
  }
}

async function removeRule(ctx: BotContext, id: string): Promise<string> {
  if (!id) return fill(T.idUsage[ctx.lang], { sub: "remove" });
  const safeId = escapeHtml(id);
  switch (await removeCustomRule(ctx.app.stores, id, ctx.app.clock())) {
    case "removed":
      return fill(T.removed[ctx.lang], { id: safeId });
    case "default":
      return fill(T.removeDefault[ctx.lang], { id: safeId });
    case "unknown":
      return fill(T.unknownId[ctx.lang], { id: safeId });
  }
}

async function setSetting(ctx: BotContext, patch: Partial<RuleSettings>): Promise<RuleSettings> {
  return updateRuleSettings(ctx.app.stores, patch, ctx.app.clock());
}

async function handleSub(ctx: BotContext, sub: string, rest: string): Promise<string> {
  const lang = ctx.lang;
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
      if (range === undefined) return T.quietUsage[lang];
      const s = await setSetting(ctx, { quietHours: range });
      return fill(T.quietSet[lang], { value: s.quietHours ? formatRange(s.quietHours) : lang === "de" ? "keine" : "none" });
    }
    case "days": {
      const days = parseCallDays(rest);
      if (days === undefined) return T.daysUsage[lang];
      const s = await setSetting(ctx, { callDays: days });
      return fill(T.daysSet[lang], { value: formatDays(s.callDays, lang) });
    }
    case "calls": {
      const calls = parseRepeatedCalls(rest);
      if (calls === undefined) return T.callsUsage[lang];
      await setSetting(ctx, { repeatedCalls: calls });
      return fill(T.callsSet[lang], calls);
    }
    default:
      return `${T.unknownSub[lang]}\n${T.commands[lang]}`;
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
    await ctx.answerCallbackQuery({ text: T.invalidButton[ctx.lang] });
    return;
  }
  const code = data.setting;
  const before = await loadRules(ctx.app.stores);
  const settings = await setSetting(ctx, cycleSetting(code, before.settings));
  ctx.app.logger.info({ setting: code }, "rule setting changed");
  await ctx.answerCallbackQuery({ text: settingLabel(code, settings, ctx.lang) });
  const state = await loadRules(ctx.app.stores);
  await ctx.editMessageText(rulesListHtml(state, ctx.lang, ctx.t), {
    parse_mode: "HTML",
    reply_markup: settingsKeyboard(state.settings, ctx.lang),
  });
});

export const rulesFeature: Feature = {
  name: "rules",
  commands: [
    { command: "rules", description: "cmd-rules-description", example: "cmd-rules-example" },
  ],
  composer,
};
