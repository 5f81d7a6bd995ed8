import { Composer } from "grammy";
import type { LegacyTextLanguage } from "../../core/legacy-text-language.js";
import { flagsAfterOutcome, VERDICT_EMOJI, type Outcome } from "../../core/rules/index.js";
import { zonedParts } from "../../core/time/index.js";
import type { VerdictLogEntry } from "../../store/records/verdict-log.js";
import { contactsOf } from "../../store/contacts.js";
import { loadRules } from "../../store/rule-settings.js";
import { decisionOfEntry, logOutcome, verdictLogOf } from "../../store/verdict-log.js";
import type { BotContext } from "../context.js";
import { copyable, type Localized } from "../i18n.js";
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
import type { Feature } from "./feature.js";

/** A second tap on the same outcome within this time is the same callback, not another one. */
const DOUBLE_TAP_MS = 2 * 60_000;
/** /why shows at most this many entries, newest first. */
const WHY_ENTRIES = 6;
/** Telegram allows 4096 characters; leave room for the header. */
const WHY_MAX_CHARS = 3600;

const T = {
  invalidButton: {
    de: "Dieser Knopf ist nicht (mehr) gültig. Frag neu mit /check.",
    en: "This button is not valid (any more). Ask again with /check.",
  },
  numberGone: {
    de: "Zu dieser Nummer ist nichts mehr gespeichert.",
    en: "Nothing is stored about this number any more.",
  },
  already: { de: "Schon vermerkt.", en: "Already noted." },
  howDidItGo: { de: "Wie ist der Anruf ausgegangen?", en: "How did the call go?" },
  noted: {
    de: { reached: "Vermerkt: erreicht.", "someone-else": "Vermerkt: jemand anderes ging ran.", voicemail: "Vermerkt: Mailbox.", "no-answer": "Vermerkt: keiner ran." },
    en: { reached: "Noted: reached.", "someone-else": "Noted: someone else answered.", voicemail: "Noted: voicemail.", "no-answer": "Noted: no answer." },
  },
  someoneElse: {
    de: "Die Nummer ist jetzt markiert: <b>umgeleitet</b> und <b>nicht zurückrufen</b> – ab jetzt nie mehr ✅.\n\nAm Telefon, neutral, ohne Namen:",
    en: "The number is now flagged <b>forwarded</b> and <b>do not call back</b> — never ✅ again.\n\nOn the phone, neutral, no name:",
  },
  sayOnPhone: { de: "Entschuldigung, verwählt.", en: "Sorry, wrong number." },
  voicemailReminder: {
    de: "Keine Nachricht auf der Mailbox hinterlassen – die hört vielleicht nicht nur er ab. Einfach auflegen.",
    en: "Leave no voicemail message — someone else may listen to it. Just hang up.",
  },
  from: { de: "Ab jetzt", en: "From now on" },
  whyUsage: {
    de: "Welche Nummer? Schreib z. B. <code>/why 0171 2345678</code> oder <code>/why Tom</code>.",
    en: "Which number? Write e.g. <code>/why 0171 2345678</code> or <code>/why Tom</code>.",
  },
  whyNoNumber: {
    de: "Zu unterdrückten oder unbrauchbaren Nummern führe ich keinen Verlauf – sie sind immer ⛔.",
    en: "I keep no history for withheld or unusable numbers — they are always ⛔.",
  },
  whyEmpty: {
    de: "Zu dieser Nummer habe ich noch keine Bewertung gezeigt. Frag zuerst: <code>/check 0171 2345678</code>.",
    en: "I haven't shown a verdict for this number yet. Ask first: <code>/check 0171 2345678</code>.",
  },
  whyHeader: { de: "<b>Verlauf</b> (neueste zuerst)", en: "<b>History</b> (newest first)" },
  outcomeLine: {
    de: { reached: "Rückruf: erreicht", "someone-else": "Rückruf: jemand anderes ging ran", voicemail: "Rückruf: Mailbox", "no-answer": "Rückruf: keiner ran" },
    en: { reached: "Callback: reached", "someone-else": "Callback: someone else answered", voicemail: "Callback: voicemail", "no-answer": "Callback: no answer" },
  },
  older: { de: "… ältere Einträge: ", en: "… older entries: " },
} as const satisfies Record<string, Localized<unknown>>;

const WEEKDAYS: Localized<readonly string[]> = {
  de: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};

/** "Mo 23.11. 12:05" in her zone. */
function stamp(at: number, timeZone: string, lang: LegacyTextLanguage): string {
  const p = zonedParts(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAYS[lang][p.weekday]} ${pad(p.day)}.${pad(p.month)}. ${pad(p.hour)}:${pad(p.minute)}`;
}

const composer = new Composer<BotContext>();

composer.callbackQuery(outcomeCallback.pattern, async (ctx) => {
  const data = outcomeCallback.unpack(ctx.callbackQuery.data);
  const outcome = data && outcomeOfCode(data.outcome);
  if (!data || !outcome) {
    await ctx.answerCallbackQuery({ text: T.invalidButton[ctx.lang] });
    return;
  }
  const contacts = contactsOf(ctx.app);
  const card = await contacts.getByKey(data.key);
  if (!card) {
    await ctx.answerCallbackQuery({ text: T.numberGone[ctx.lang] });
    return;
  }
  const now = ctx.app.clock();
  const last = card.outcomes.at(-1);
  if (last && last.outcome === outcome && now - last.at < DOUBLE_TAP_MS) {
    await ctx.answerCallbackQuery({ text: T.already[ctx.lang] });
    return;
  }
  await recordOutcome(ctx, card.e164, outcome, now);
  await ctx.answerCallbackQuery({ text: T.noted[ctx.lang][outcome] });
  await ctx.reply(await outcomeReply(ctx, card.e164, outcome), { parse_mode: "HTML" });
});

composer.callbackQuery(calledAnywayCallback.pattern, async (ctx) => {
  const data = calledAnywayCallback.unpack(ctx.callbackQuery.data);
  const card = data && (await contactsOf(ctx.app).getByKey(data.key));
  if (!card) {
    await ctx.answerCallbackQuery({ text: (data ? T.numberGone : T.invalidButton)[ctx.lang] });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.reply(T.howDidItGo[ctx.lang], { reply_markup: outcomeKeyboard(ctx, card.e164) });
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
  const lines: string[] = [T.noted[ctx.lang][outcome]];
  if (outcome === "someone-else") {
    lines.push(T.someoneElse[ctx.lang], copyable(T.sayOnPhone[ctx.draftLanguage]));
  }
  if (outcome === "voicemail" && (await loadRules(ctx.app.stores)).settings.voicemailReminder) {
    lines.push(T.voicemailReminder[ctx.lang]);
  }
  if (outcome === "someone-else") {
    const phone = (await contactsOf(ctx.app).resolve(e164));
    if (phone.kind === "number") {
      const { decision } = await decideFor(ctx, phone.phone);
      const headline = renderDecision(decision, ctx.t, ctx.app.config.timeZone).headline;
      lines.push("", `${T.from[ctx.lang]}: ${headline}`);
    }
  }
  return lines.join("\n");
}

function entryHtml(ctx: BotContext, entry: VerdictLogEntry): string {
  const when = `<b>${stamp(entry.at, ctx.app.config.timeZone, ctx.lang)}</b>`;
  if (entry.kind === "outcome") return `${when} — ${T.outcomeLine[ctx.lang][entry.outcome]}`;
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
    await ctx.reply(T.whyUsage[ctx.lang], { parse_mode: "HTML" });
    return;
  }
  const subject = await resolveSubject(ctx, argument, "why");
  if (!subject.ok) {
    await ctx.reply(subject.html, { parse_mode: "HTML" });
    return;
  }
  if (subject.phone.kind !== "number") {
    await ctx.reply(T.whyNoNumber[ctx.lang]);
    return;
  }
  const entries = await verdictLogOf(ctx.app.stores, subject.phone.e164);
  if (entries.length === 0) {
    await ctx.reply(T.whyEmpty[ctx.lang], { parse_mode: "HTML" });
    return;
  }
  const header = [T.whyHeader[ctx.lang], subjectLine(subject.phone, subject.card)].filter(Boolean).join("\n");
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
  const footer = older > 0 ? [`${T.older[ctx.lang]}${older}`] : [];
  await ctx.reply([header, ...blocks, ...footer].join("\n\n"), { parse_mode: "HTML" });
});

export const outcomesFeature: Feature = {
  name: "outcomes",
  commands: [
    { command: "why", description: "cmd-why-description", example: "cmd-why-example" },
  ],
  composer,
};
