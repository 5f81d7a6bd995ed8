import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { AskedDay, AskedTime } from "../../core/inbox/types.js";
import type { DraftLanguage } from "../../core/draft-language.js";
import type { PhoneClass } from "../../core/phone/types.js";
import { evaluate, type Decision, type EventFact, type Facts, type Outcome, type RequestFact } from "../../core/rules/index.js";
import { contactsOf, type ContactRecord } from "../../store/contacts.js";
import { evaluateOptionsOf, loadRules, type RulesState } from "../../store/rule-settings.js";
import { logVerdict } from "../../store/verdict-log.js";
import { warnListReason } from "../../store/warnlist.js";
import { callbackCodec, storageKeySchema } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { escapeHtml, type Translate } from "../i18n.js";
import { offerSection } from "./offer.js";
import type { Section } from "./section.js";
import { renderDecision, type RenderedDecision } from "./verdict/render.js";

export { renderDecision, ruleTitle, type RenderedDecision } from "./verdict/render.js";

/** Outcome buttons carry the card's storage key and one letter; never a number. */
const OUTCOME_CODES = { r: "reached", s: "someone-else", v: "voicemail", n: "no-answer" } as const satisfies Record<
  string,
  Outcome
>;
export type OutcomeCode = keyof typeof OUTCOME_CODES;

export const outcomeCallback = callbackCodec(
  "oc",
  ["key", "outcome"],
  z.object({ key: storageKeySchema, outcome: z.enum(["r", "s", "v", "n"]) }),
);

export function outcomeOfCode(code: string): Outcome | undefined {
  return Object.hasOwn(OUTCOME_CODES, code) ? OUTCOME_CODES[code as OutcomeCode] : undefined;
}

/** On answers other than ✅: she may still have called; one button opens the outcome buttons. */
export const calledAnywayCallback = callbackCodec("ox", ["key"], z.object({ key: storageKeySchema }));

/** The four outcome buttons for a number: shown with every ✅ and on the contact card. */
export function outcomeKeyboard(ctx: BotContext, e164: string): InlineKeyboard {
  const key = contactsOf(ctx.app).keyOf(e164);
  const button = (code: OutcomeCode) =>
    InlineKeyboard.text(ctx.t("verdict-outcome-button", { outcome: OUTCOME_CODES[code] }), outcomeCallback.pack({ key, outcome: code }));
  return InlineKeyboard.from([
    [button("r"), button("s")],
    [button("v"), button("n")],
  ]);
}

function eventFact(e: ContactRecord["events"][number]): EventFact {
  return { kind: e.kind, at: e.at, attempts: e.attempts, asked: e.asked };
}

/** The engine's input for one number; time from the app's clock, never the system's. */
export function factsFor(
  phone: PhoneClass,
  card: ContactRecord | undefined,
  rules: RulesState,
  now: number,
  timeZone: string,
  warnList?: Facts["warnList"],
): Facts {
  return {
    now,
    timeZone,
    number: phone,
    flags: card?.flags ?? {},
    ...(card?.allowedHours && { allowedHours: card.allowedHours }),
    events: card?.events.map(eventFact) ?? [],
    outcomes: card?.outcomes ?? [],
    settings: rules.settings,
    ...(warnList && { warnList }),
  };
}

/** The explanation as HTML: headline, deciding reasons, the other rules that apply, facts, changes, hints. */
export function explanationHtml(rendered: RenderedDecision, t: Translate, options: { compact?: boolean } = {}): string {
  const list = (lines: readonly string[]) => lines.map((l) => `• ${escapeHtml(l)}`);
  const lines: string[] = [escapeHtml(rendered.headline)];
  if (rendered.reasons.length > 0) lines.push(`<b>${t("verdict-heading-why")}</b>`, ...list(rendered.reasons));
  if (rendered.alsoAgainst.length > 0) lines.push(`<b>${t("verdict-heading-against")}</b>`, ...list(rendered.alsoAgainst));
  if (rendered.alsoFor.length > 0) lines.push(`<b>${t("verdict-heading-for")}</b>`, ...list(rendered.alsoFor));
  if (options.compact) return lines.join("\n");
  if (rendered.facts.length > 0) lines.push(`<b>${t("verdict-heading-facts")}</b>`, ...list(rendered.facts));
  if (rendered.wouldChange.length > 0) lines.push(`<b>${t("verdict-heading-change")}</b>`, ...list(rendered.wouldChange));
  for (const hint of rendered.hints) lines.push(`⚠️ ${escapeHtml(hint)}`);
  return lines.join("\n");
}

/** The request a draft answers: the message that asked for something, else the latest contact. */
function draftTopic(decision: Decision): RequestFact | undefined {
  return decision.facts.lastMessage ?? decision.facts.lastRequest;
}

function clientLang(card: ContactRecord | undefined): DraftLanguage | undefined {
  const events = card?.events ?? [];
  for (let i = events.length - 1; i >= 0; i--) {
    const lang = events[i]!.lang;
    if (lang !== undefined) return lang;
  }
  return undefined;
}

async function draftSection(
  ctx: BotContext,
  phone: PhoneClass,
  decision: Decision,
  card: ContactRecord | undefined,
): Promise<Section | undefined> {
  const textNowOrLater = decision.verdict === "text" || (decision.verdict === "later" && decision.then === "text");
  if (!decision.textFits || !textNowOrLater) return undefined;
  const topic = draftTopic(decision);
  const appointment = topic?.asked.appointment;
  const day: AskedDay | undefined = appointment?.day;
  const time: AskedTime | undefined = appointment?.time;
  const lang = clientLang(card);
  // A missed call after an earlier request is the client coming back to an open thread.
  const intent = decision.textFit.fits && decision.textFit.via === "missed-call-after-request" ? "follow-up" : "offer";
  const contactKey = phone.kind === "number" ? contactsOf(ctx.app).keyOf(phone.e164) : undefined;
  return offerSection(ctx, {
    intent,
    ...(day && { day }),
    ...(time && { time }),
    ...(lang && { lang }),
    ...(contactKey && { contactKey }),
  });
}

function mergeKeyboards(...keyboards: Array<InlineKeyboard | undefined>): InlineKeyboard | undefined {
  const rows = keyboards.flatMap((k) => k?.inline_keyboard ?? []);
  return rows.length > 0 ? InlineKeyboard.from(rows) : undefined;
}

export interface VerdictOptions {
  /** A line shown right under the headline (e.g. which number this is about); HTML. */
  readonly subject?: string;
  /** Log the verdict in the number's history (default true). */
  readonly log?: boolean;
  /** Leave out the outcome buttons (the contact card attaches its own). */
  readonly withoutOutcomeButtons?: boolean;
}

/** The decision for one number now, with her settings and rules and the card's facts. */
export async function decideFor(ctx: BotContext, phone: PhoneClass): Promise<{ decision: Decision; card?: ContactRecord }> {
  const rules = await loadRules(ctx.app.stores);
  const card = phone.kind === "number" ? await contactsOf(ctx.app).get(phone.e164) : undefined;
  const listed = phone.kind === "number" ? await warnListReason(ctx.app.stores, phone.e164) : undefined;
  const warnList = listed === undefined ? undefined : { reason: listed };
  const facts = factsFor(phone, card, rules, ctx.app.clock(), ctx.app.config.timeZone, warnList);
  return { decision: evaluate(facts, evaluateOptionsOf(rules)), ...(card && { card }) };
}

/**
 * The callback verdict for one number, as every reply about a number shows it
 * (the /check answer, the inbox reply, the contact card). The first line is the verdict.
 */
export async function verdictSection(ctx: BotContext, phone: PhoneClass, options: VerdictOptions = {}): Promise<Section> {
  const { decision, card } = await decideFor(ctx, phone);
  const rendered = renderDecision(decision, ctx.t, ctx.app.config.timeZone);
  const body = explanationHtml(rendered, ctx.t);
  const [headline, ...rest] = body.split("\n");
  const parts = [headline!, ...(options.subject ? [options.subject] : []), ...rest];

  const draft = await draftSection(ctx, phone, decision, card);
  if (draft) parts.push("", draft.html);

  const outcomes = options.withoutOutcomeButtons || phone.kind !== "number"
    ? undefined
    : decision.verdict === "call"
      ? outcomeKeyboard(ctx, phone.e164)
      : card
        ? InlineKeyboard.from([[InlineKeyboard.text(ctx.t("verdict-called-anyway"), calledAnywayCallback.pack({ key: contactsOf(ctx.app).keyOf(phone.e164) }))]])
        : undefined;

  if (phone.kind === "number" && options.log !== false) {
    await logVerdict(ctx.app.stores, phone.e164, decision, ctx.app.clock());
  }
  ctx.app.logger.debug(
    // Her own rule ids are free text, so only built-in ids reach the log.
    { verdict: decision.verdict, rules: decision.decided.map((f) => (f.custom ? "custom" : f.ruleId)), numberKind: phone.kind },
    "verdict shown",
  );
  const keyboard = mergeKeyboards(draft?.keyboard, outcomes);
  return { html: parts.join("\n"), ...(keyboard && { keyboard }) };
}
