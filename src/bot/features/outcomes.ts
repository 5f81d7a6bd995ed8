import { Composer } from "grammy";
import { wrongNumberLine } from "../../core/drafts/phrases.js";
import { flagsAfterOutcome, VERDICT_EMOJI, type Outcome } from "../../core/rules/index.js";
import type { VerdictLogEntry } from "../../store/records/verdict-log.js";
import { contactsOf } from "../../store/contacts.js";
import { loadRules } from "../../store/rule-settings.js";
import { decisionOfEntry, logOutcome, verdictLogOf } from "../../store/verdict-log.js";
import type { BotContext } from "../context.js";
import { copyable } from "../i18n.js";
import {
  calledAnywayCallback,
  decideFor,
  explanationHtml,
  outcomeCallback,
  outcomeKeyboard,
  outcomeOfCode,
  renderDecision,
} from "../views/verdict.js";
import { resolveSubject, subjectLine } from "./check/subject.js";
import { formatStamp, wrongLengthHtml } from "./contacts/describe.js";
import type { Feature } from "./feature.js";

/** A second tap on the same outcome within this time is the same callback, not another one. */
const DOUBLE_TAP_MS = 2 * 60_000;
/** /why shows at most this many entries, newest first. */
const WHY_ENTRIES = 6;
/** Telegram allows 4096 characters; leave room for the header. */
const WHY_MAX_CHARS = 3600;

const composer = new Composer<BotContext>();

composer.callbackQuery(outcomeCallback.pattern, async (ctx) => {
  const data = outcomeCallback.unpack(ctx.callbackQuery.data);
  const outcome = data && outcomeOfCode(data.outcome);
  if (!data || !outcome) {
    await ctx.answerCallbackQuery({ text: ctx.t("outcomes-invalid-button") });
    return;
  }
  const contacts = contactsOf(ctx.app);
  const card = await contacts.getByKey(data.key);
  if (!card) {
    await ctx.answerCallbackQuery({ text: ctx.t("outcomes-number-gone") });
    return;
  }
  const now = ctx.app.clock();
  const last = card.outcomes.at(-1);
  if (last && last.outcome === outcome && now - last.at < DOUBLE_TAP_MS) {
    await ctx.answerCallbackQuery({ text: ctx.t("outcomes-already") });
    return;
  }
  await recordOutcome(ctx, card.e164, outcome, now);
  await ctx.answerCallbackQuery({ text: ctx.t("outcomes-noted", { outcome }) });
  await ctx.reply(await outcomeReply(ctx, card.e164, outcome), { parse_mode: "HTML" });
});

composer.callbackQuery(calledAnywayCallback.pattern, async (ctx) => {
  const data = calledAnywayCallback.unpack(ctx.callbackQuery.data);
  const card = data && (await contactsOf(ctx.app).getByKey(data.key));
  if (!card) {
    await ctx.answerCallbackQuery({ text: data ? ctx.t("outcomes-number-gone") : ctx.t("outcomes-invalid-button") });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("outcomes-how-did-it-go"), { reply_markup: outcomeKeyboard(ctx, card.e164) });
});

/** Records an outcome on the card, with the flags it implies, and in the number's history. */
export async function recordOutcome(ctx: BotContext, e164: string, outcome: Outcome, at: number): Promise<void> {
  const flags = flagsAfterOutcome(outcome, at);
  await contactsOf(ctx.app).change(e164, (c) => ({
    ...c,
    flags: { ...c.flags, ...flags },
    outcomes: [...c.outcomes, { at, outcome }],
  }));
  await logOutcome(ctx.app.stores, e164, outcome, at);
  ctx.app.logger.info({ outcome, flagsSet: Object.keys(flags).length }, "callback outcome recorded");
}

async function outcomeReply(ctx: BotContext, e164: string, outcome: Outcome): Promise<string> {
  const lines: string[] = [ctx.t("outcomes-noted", { outcome })];
  if (outcome === "someone-else") {
    lines.push(ctx.t("outcomes-someone-else"), copyable(wrongNumberLine(ctx.draftLanguage)));
  }
  if (outcome === "voicemail" && (await loadRules(ctx.app.stores)).settings.voicemailReminder) {
    lines.push(ctx.t("outcomes-voicemail-reminder"));
  }
  if (outcome === "someone-else") {
    const phone = (await contactsOf(ctx.app).resolve(e164));
    if (phone.kind === "number") {
      const { decision } = await decideFor(ctx, phone.phone);
      const headline = renderDecision(decision, ctx.t, ctx.app.config.timeZone).headline;
      lines.push("", ctx.t("outcomes-from-now-on", { verdict: headline }));
    }
  }
  return lines.join("\n");
}

function entryHtml(ctx: BotContext, entry: VerdictLogEntry): string {
  const when = `<b>${formatStamp(entry.at, ctx.app.config.timeZone, ctx.t)}</b>`;
  if (entry.kind === "outcome") return `${when} — ${ctx.t("outcomes-history-outcome", { outcome: entry.outcome })}`;
  try {
    const rendered = renderDecision(decisionOfEntry(entry), ctx.t, ctx.app.config.timeZone);
    return `${when}\n${explanationHtml(rendered, ctx.t, { compact: true })}`;
  } catch {
    // Written by an older rule set the renderer no longer reads: the verdict and rule ids still tell.
    return `${when}\n${VERDICT_EMOJI[entry.verdict]} ${entry.ruleIds.join(", ")}`;
  }
}

composer.command("why", async (ctx) => {
  const argument = ctx.match.trim();
  if (!argument) {
    await ctx.reply(ctx.t("outcomes-why-usage"), { parse_mode: "HTML" });
    return;
  }
  const subject = await resolveSubject(ctx, argument, "why");
  if (!subject.ok) {
    await ctx.reply(subject.html, { parse_mode: "HTML" });
    return;
  }
  if (subject.phone.kind !== "number") {
    const wrong = subject.phone.kind === "invalid" ? subject.phone.wrongLength : undefined;
    const noHistory = ctx.t("outcomes-why-no-number");
    await ctx.reply(wrong ? `${wrongLengthHtml(wrong, ctx.t)}\n${noHistory}` : noHistory, { parse_mode: "HTML" });
    return;
  }
  const entries = await verdictLogOf(ctx.app.stores, subject.phone.e164);
  if (entries.length === 0) {
    await ctx.reply(ctx.t("outcomes-why-empty"), { parse_mode: "HTML" });
    return;
  }
  const header = [ctx.t("outcomes-why-header"), subjectLine(subject.phone, subject.card, ctx.t)].filter(Boolean).join("\n");
  const blocks: string[] = [];
  let length = header.length;
  const newestFirst = [...entries].reverse();
  let shown = 0;
  for (const entry of newestFirst.slice(0, WHY_ENTRIES)) {
    const html = entryHtml(ctx, entry);
    if (length + html.length > WHY_MAX_CHARS) break;
    blocks.push(html);
    length += html.length + 2;
    shown++;
  }
  const older = newestFirst.length - shown;
  const footer = older > 0 ? [ctx.t("outcomes-older", { count: older })] : [];
  await ctx.reply([header, ...blocks, ...footer].join("\n\n"), { parse_mode: "HTML" });
});

export const outcomesFeature: Feature = {
  name: "outcomes",
  commands: [
    { command: "why", description: "cmd-why-description", example: "cmd-why-example" },
  ],
  composer,
};
