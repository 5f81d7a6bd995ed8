import { GrammyError, type Context, type MiddlewareFn } from "grammy";
import { readInviteCode } from "../../../core/safety/invite.js";
import { interfaceLanguageOfCode } from "../../../interface-language.js";
import { describeError } from "../../../log.js";
import type { BuddyRecord } from "../../../store/records/safety.js";
import { confirmedBuddy, pendingBuddy, redeemInvite, setPendingBuddy } from "../../../store/safety.js";
import { storedInterfaceLanguage } from "../../bot.js";
import type { AppServices } from "../../context.js";
import { escapeHtml, translatorFor } from "../../i18n.js";
import { confirmKeyboard } from "./buddy.js";
import { alertSeenCallback } from "./callbacks.js";
import { clockIn } from "./format.js";
import { apiFor } from "./reach.js";
import { serially } from "./runner.js";

/** How she recognises who used her invite: the name their messenger shows (on Signal with the number, masked). */
function nameOf(ctx: Context): string | undefined {
  const from = ctx.from;
  const parts = [from?.first_name, from?.last_name, from?.username ? `@${from.username}` : undefined];
  const name = parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join(" ").trim();
  return name === "" ? undefined : name.slice(0, 64);
}

/** The buddy's side: an answer to an alert, or the one fixed line for anything else. */
async function answerBuddy(ctx: Context, services: AppServices, buddy: BuddyRecord): Promise<void> {
  const t = translatorFor(buddy.language);
  const callback = ctx.callbackQuery;
  if (callback) {
    const seen = alertSeenCallback.unpack(callback.data);
    if (!seen) return void (await ctx.answerCallbackQuery({ text: t("safety-buddy-only-alerts") }));
    const now = services.clock();
    await serially(services, async () => {
      const record = await services.stores.checkIns.get(seen.id);
      if (record && record.buddySawAt === undefined) await services.stores.checkIns.set(record.id, { ...record, buddySawAt: now });
    });
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch((error: unknown) => {
      if (!(error instanceof GrammyError)) throw error;
    });
    await ctx.reply(t("safety-alert-seen", { time: clockIn(now, services.config.timeZone) }));
    return;
  }
  if (ctx.message) await ctx.reply(t("safety-buddy-only-alerts"));
}

/** Someone used an invite code: if it is open, they wait for her yes, and she is asked. */
async function redeem(ctx: Context, services: AppServices, code: string): Promise<boolean> {
  const chatId = ctx.chat!.id;
  const now = services.clock();
  const invite = await redeemInvite(services.stores, code, now);
  if (!invite) return false;
  const address = services.transports?.of(chatId)?.addressOf?.(chatId);
  const herLanguage = await storedInterfaceLanguage(services);
  const name = nameOf(ctx);
  await setPendingBuddy(services.stores, {
    chatId,
    ...(address !== undefined && { address }),
    ...(name !== undefined && { name }),
    language: interfaceLanguageOfCode(ctx.from?.language_code) ?? herLanguage,
    since: now,
    ownerChatId: invite.ownerChatId,
  });
  services.logger.info("buddy invite used");
  const t = translatorFor(herLanguage);
  try {
    await apiFor(services, invite.ownerChatId, ctx.api).sendMessage(
      invite.ownerChatId,
      t("safety-buddy-confirm", { name: escapeHtml(name ?? t("safety-buddy-no-name")) }),
      { parse_mode: "HTML", reply_markup: confirmKeyboard(t) },
    );
  } catch (error) {
    // /buddy shows the question as well.
    services.logger.warn({ err: describeError(error) }, "could not ask her to confirm the buddy");
  }
  return true;
}

/**
 * Everyone but her, in a private chat, after the owner guard: the buddy she confirmed may answer
 * alerts and reads one fixed line for anything else; someone with an open invite code waits for
 * her yes; everyone else — and every expired or used code — gets silence. Nothing here reaches a
 * feature, and nothing is said to anyone she has not confirmed.
 */
export function buddyGate(services: AppServices, onDrop: (reason: string) => void): MiddlewareFn<Context> {
  return async (ctx) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return onDrop("not-owner");
    try {
      const buddy = await confirmedBuddy(services.stores);
      if (buddy && buddy.chatId === chatId) return await answerBuddy(ctx, services, buddy);
      const text = ctx.message?.text;
      const code = text === undefined ? undefined : readInviteCode(text);
      if (code === undefined || (await pendingBuddy(services.stores))?.chatId === chatId) return onDrop("not-owner");
      if (!(await redeem(ctx, services, code))) onDrop("invite-refused");
    } catch (error) {
      services.logger.error({ err: describeError(error) }, "a guest update failed");
    }
  };
}

/** On Signal, which messages from someone other than her reach the bot at all: the buddy's, and invite codes. */
export function signalGuests(services: AppServices) {
  return {
    admits: async (chatId: number, text: string | undefined): Promise<boolean> =>
      (await confirmedBuddy(services.stores))?.chatId === chatId || (text !== undefined && readInviteCode(text) !== undefined),
    addressOf: async (chatId: number): Promise<string | undefined> => {
      const buddy = await confirmedBuddy(services.stores);
      return buddy?.chatId === chatId ? buddy.address : undefined;
    },
  };
}
