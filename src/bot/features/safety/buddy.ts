import { Composer, InlineKeyboard } from "grammy";
import { formatInviteCode } from "../../../core/safety/invite.js";
import { describeError } from "../../../log.js";
import type { BuddyRecord } from "../../../store/records/safety.js";
import {
  confirmedBuddy,
  confirmPendingBuddy,
  createInvite,
  pendingBuddy,
  refusePendingBuddy,
  removeBuddy,
} from "../../../store/safety.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, translatorFor, type Translate } from "../../i18n.js";
import { dropButtons } from "../availability/edit.js";
import { buddyCallback } from "./callbacks.js";
import { momentLabel } from "./format.js";
import { apiFor } from "./reach.js";

export function confirmKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("safety-buddy-confirm-yes"), buddyCallback.pack({ a: "yes" }))
    .text(t("safety-buddy-confirm-no"), buddyCallback.pack({ a: "no" }));
}

const nameOf = (buddy: BuddyRecord, t: Translate) => escapeHtml(buddy.name ?? t("safety-buddy-no-name"));

/** /buddy: who it is (or who waits for her yes), what a buddy sees, and the buttons to change it. */
async function showBuddy(ctx: BotContext): Promise<void> {
  const { stores } = ctx.app;
  const now = ctx.app.clock();
  const [buddy, pending] = await Promise.all([confirmedBuddy(stores), pendingBuddy(stores)]);
  const lines: string[] = [];
  const keyboard = new InlineKeyboard();
  if (buddy) {
    lines.push(ctx.t("safety-buddy-status", { name: nameOf(buddy, ctx.t), since: momentLabel(buddy.since, now, ctx.app.config.timeZone, ctx.t) }));
  } else lines.push(ctx.t("safety-buddy-none"));
  lines.push("", ctx.t("safety-buddy-what"));
  if (pending) {
    lines.push("", ctx.t("safety-buddy-pending", { name: nameOf(pending, ctx.t) }));
    keyboard.append(confirmKeyboard(ctx.t)).row();
  }
  keyboard.text(ctx.t(buddy ? "safety-buddy-replace-button" : "safety-buddy-invite-button"), buddyCallback.pack({ a: "inv" }));
  if (buddy) keyboard.row().text(ctx.t("safety-buddy-remove-button"), buddyCallback.pack({ a: "rm" }));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
}

/** A one-time invite: a t.me link on Telegram, a code to send on Signal. */
async function invite(ctx: BotContext): Promise<void> {
  const chatId = ctx.chat!.id;
  const now = ctx.app.clock();
  const { code, expiresAt } = await createInvite(ctx.app.stores, chatId, now);
  const until = momentLabel(expiresAt, now, ctx.app.config.timeZone, ctx.t);
  const onSignal = ctx.app.transports?.of(chatId) !== undefined;
  const username = ctx.me.username;
  const text = onSignal
    ? ctx.t("safety-buddy-invite-code", { code: formatInviteCode(code), until })
    : ctx.t("safety-buddy-invite-link", { link: `https://t.me/${username}?start=${formatInviteCode(code)}`, until });
  ctx.app.logger.info("buddy invite made");
  await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}

async function confirm(ctx: BotContext): Promise<void> {
  const buddy = await confirmPendingBuddy(ctx.app.stores, ctx.app.clock());
  if (!buddy) return void (await ctx.reply(ctx.t("safety-stale")));
  ctx.app.logger.info("buddy confirmed");
  await ctx.reply(ctx.t("safety-buddy-confirmed", { name: nameOf(buddy, ctx.t) }), { parse_mode: "HTML" });
  // The one message the buddy gets that is not an alert: what the role is.
  try {
    await apiFor(ctx.app, buddy.chatId, ctx.api).sendMessage(buddy.chatId, translatorFor(buddy.language)("safety-buddy-welcome"));
  } catch (error) {
    ctx.app.logger.warn({ err: describeError(error) }, "could not greet the buddy");
  }
}

export const buddyComposer = new Composer<BotContext>();

buddyComposer.command("buddy", showBuddy);

buddyComposer.callbackQuery(buddyCallback.pattern, async (ctx) => {
  const data = buddyCallback.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (!data) return;
  await dropButtons(ctx);
  switch (data.a) {
    case "inv":
      return invite(ctx);
    case "yes":
      return confirm(ctx);
    case "no":
      if (await refusePendingBuddy(ctx.app.stores)) ctx.app.logger.info("buddy refused");
      return void (await ctx.reply(ctx.t("safety-buddy-refused")));
    case "rm":
      return void (await ctx.reply(ctx.t("safety-buddy-remove-ask"), {
        reply_markup: new InlineKeyboard()
          .text(ctx.t("safety-buddy-remove-yes"), buddyCallback.pack({ a: "rmy" }))
          .text(ctx.t("safety-cancel-button"), buddyCallback.pack({ a: "rmn" })),
      }));
    case "rmy": {
      const removed = await removeBuddy(ctx.app.stores);
      if (!removed) return void (await ctx.reply(ctx.t("safety-stale")));
      ctx.app.logger.info("buddy removed");
      return void (await ctx.reply(ctx.t("safety-buddy-removed", { name: nameOf(removed, ctx.t) }), { parse_mode: "HTML" }));
    }
    case "rmn":
      return void (await ctx.reply(ctx.t("safety-buddy-kept")));
  }
});
