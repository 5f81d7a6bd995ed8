import { InlineKeyboard, type Api } from "grammy";
import { formatNumber } from "../../../core/phone/format.js";
import { advanceCheckIn, checkInSchedule, nextDue, type CheckInAction, type CheckInEvent } from "../../../core/safety/checkin.js";
import { describeError } from "../../../log.js";
import { checkInState, endCheckIn, listCheckIns, saveCheckIn, withState } from "../../../store/checkins.js";
import type { CheckInRecord } from "../../../store/records/safety.js";
import { confirmedBuddy, loadSafetySettings } from "../../../store/safety.js";
import { storedInterfaceLanguage } from "../../bot.js";
import type { AppServices } from "../../context.js";
import { escapeHtml, translatorFor, type Translate } from "../../i18n.js";
import { alertSeenCallback, checkInCallback } from "./callbacks.js";
import { clockIn, intervalLabel } from "./format.js";
import { apiFor } from "./reach.js";

/** Her messages that carry a check-in's buttons: a few, the newest kept. */
const MAX_TRACKED_MESSAGES = 20;

const running = new WeakMap<AppServices, Promise<unknown>>();

/**
 * Check-in work one piece at a time per app: the scheduler's tick and her taps never act on the
 * same check-in at once, so an answer and an alert due that same second cannot both go out.
 */
export function serially<T>(services: AppServices, work: () => Promise<T>): Promise<T> {
  const previous = running.get(services) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  running.set(services, next.catch(() => undefined));
  return next;
}

/** The buttons under "Alles ok?". */
export function answerKeyboard(t: Translate, id: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("safety-checkin-ok-button"), checkInCallback.pack({ a: "ok", id }))
    .text(t("safety-checkin-extend-button", { minutes: 30 }), checkInCallback.pack({ a: "x30", id }));
}

async function herTranslator(services: AppServices): Promise<Translate> {
  return translatorFor(await storedInterfaceLanguage(services));
}

/** Sends "Alles ok?" (or the nudge) to her chat; returns the record with the message noted. */
async function askHer(services: AppServices, api: Api, record: CheckInRecord, nudge: boolean): Promise<CheckInRecord> {
  const t = await herTranslator(services);
  const text = t(nudge ? "safety-checkin-nudge" : "safety-checkin-ask");
  const sent = await apiFor(services, record.chatId, api).sendMessage(record.chatId, text, { reply_markup: answerKeyboard(t, record.id) });
  return { ...record, messageIds: [...record.messageIds, sent.message_id].slice(-MAX_TRACKED_MESSAGES) };
}

/** The alert as the buddy reads it, in the buddy's language. */
export async function alertHtml(
  services: AppServices,
  record: CheckInRecord,
  action: Extract<CheckInAction, { kind: "alert" }>,
  t: Translate,
): Promise<string> {
  const { timeZone, phoneRegion } = services.config;
  const now = services.clock();
  const settings = await loadSafetySettings(services.stores);
  const lines = [
    t("safety-alert-title"),
    t("safety-alert-cause", { cause: action.cause, at: clockIn(action.dueAt, timeZone) }),
    "",
    escapeHtml(settings.alertText ?? t("safety-alert-default-text")),
    "",
    t("safety-alert-appointment", { when: intervalLabel(record.start, record.end, now, timeZone, t) }),
  ];
  if (record.place) lines.push(t("safety-alert-place", { place: escapeHtml(record.place) }));
  if (record.number) lines.push(t("safety-alert-number", { number: escapeHtml(formatNumber(record.number, phoneRegion)) }));
  if (action.lateBy !== undefined) lines.push("", t("safety-alert-late", { due: clockIn(action.dueAt, timeZone), now: clockIn(now, timeZone) }));
  return lines.join("\n");
}

/** Sends the alert to the buddy she confirmed; false when there is none. */
async function alertBuddy(services: AppServices, api: Api, record: CheckInRecord, action: Extract<CheckInAction, { kind: "alert" }>): Promise<boolean> {
  const buddy = await confirmedBuddy(services.stores);
  if (!buddy) {
    services.logger.warn("check-in alert had no buddy to go to");
    return false;
  }
  const t = translatorFor(buddy.language);
  const keyboard = new InlineKeyboard().text(t("safety-alert-seen-button"), alertSeenCallback.pack({ id: record.id }));
  await apiFor(services, buddy.chatId, api).sendMessage(buddy.chatId, await alertHtml(services, record, action, t), {
    parse_mode: "HTML",
    reply_markup: keyboard,
  });
  services.logger.info("check-in alerted");
  return true;
}

async function allClear(services: AppServices, api: Api): Promise<void> {
  const buddy = await confirmedBuddy(services.stores);
  if (!buddy) return;
  const t = translatorFor(buddy.language);
  const text = t("safety-alert-all-clear", { time: clockIn(services.clock(), services.config.timeZone) });
  await apiFor(services, buddy.chatId, api).sendMessage(buddy.chatId, text);
}

/** Takes the buttons off her check-in messages (best effort: a message may be gone). */
async function dropCheckInButtons(services: AppServices, api: Api, record: CheckInRecord, except?: number): Promise<void> {
  const reach = apiFor(services, record.chatId, api);
  for (const id of record.messageIds) {
    if (id === except) continue;
    await reach.editMessageReplyMarkup(record.chatId, id, { reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
  }
}

export interface CheckInResult {
  /** The check-in as it is now; undefined once it ended. */
  readonly record?: CheckInRecord;
  readonly actions: readonly CheckInAction[];
}

/**
 * Moves one check-in on and does what the engine says: asks her, alerts the buddy, ends it. Sends
 * before it saves, so a crash in between repeats a message rather than losing an alert.
 * `answered`: her message whose buttons the caller replaces itself.
 */
export async function applyCheckInEvent(
  services: AppServices,
  api: Api,
  record: CheckInRecord,
  event: CheckInEvent,
  answered?: number,
): Promise<CheckInResult> {
  const transition = advanceCheckIn(checkInState(record), event);
  let current = transition.state ? withState(record, transition.state) : undefined;
  for (const action of transition.actions) {
    switch (action.kind) {
      case "ask":
      case "nudge":
        // Only a check-in that goes on asks; its message is noted so its buttons go when it ends.
        if (current) current = await askHer(services, api, current, action.kind === "nudge");
        break;
      case "alert":
        await alertBuddy(services, api, record, action);
        break;
      case "all-clear":
        await allClear(services, api);
        break;
      case "finish":
        await endCheckIn(services.stores, record.id);
        await dropCheckInButtons(services, api, record, answered);
        services.logger.info("check-in ended");
        break;
    }
  }
  if (current) await saveCheckIn(services.stores, current);
  return { ...(current && { record: current }), actions: transition.actions };
}

/** The scheduler's part: every check-in whose next step is due takes it; each on its own. */
export async function runDueCheckIns(services: AppServices, api: Api): Promise<number> {
  return serially(services, async () => {
    const now = services.clock();
    let moved = 0;
    for (const record of await listCheckIns(services.stores)) {
      const event: CheckInEvent = record.duressAt !== undefined ? { kind: "duress", now: record.duressAt } : { kind: "tick", now };
      if (event.kind === "tick" && nextDue(checkInState(record)) > now) continue;
      try {
        await applyCheckInEvent(services, api, record, event);
        moved++;
      } catch (error) {
        services.logger.error({ err: describeError(error) }, "check-in step failed; tried again at the next tick");
      }
    }
    return moved;
  });
}

/** When she is asked, for the status line. */
export function askedAt(record: CheckInRecord): number {
  return checkInSchedule(record).ask;
}
