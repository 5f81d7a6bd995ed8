import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { APP_RECIPES } from "../../core/intake/index.js";
import { formatLocalDate, localDateOf } from "../../core/time/index.js";
import { intakeServed } from "../../config.js";
import { devicesOf, MAX_DEVICES } from "../../store/devices.js";
import { callbackCodec } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { escapeHtml } from "../i18n.js";
import { whenText } from "../views/inbound-event.js";
import { inTurn } from "../intake/turns.js";
import type { Section } from "../views/section.js";
import { replaceMessage } from "./availability/edit.js";
import type { Feature } from "./feature.js";

/** r = revoke the device `id`; x = delete the message that showed a token (`id` is "-"). */
const deviceCallback = callbackCodec("dv", ["a", "id"], z.object({ a: z.enum(["r", "x"]), id: z.string().regex(/^(?:[A-Za-z0-9_-]{12}|-)$/) }));

/** Her phones with their last report, today's withheld callers, the announce setting; a 🗑 per phone. */
async function devicesView(ctx: BotContext): Promise<Section> {
  const { t } = ctx;
  const { config, clock } = ctx.app;
  const repo = devicesOf(ctx.app);
  const now = clock();
  const [devices, settings, withheld] = await Promise.all([repo.list(), repo.settings(), repo.withheldOn(formatLocalDate(localDateOf(now, config.timeZone)))]);
  const lines = [t("intake-devices-title")];
  if (!intakeServed(config)) lines.push(t("intake-devices-off"));
  if (devices.length === 0) lines.push(t("intake-devices-none"));
  for (const device of devices) {
    const use = device.lastUsedAt === undefined
      ? t("intake-device-never")
      : t("intake-device-last", { when: whenText(device.lastUsedAt, now, config.timeZone, t), count: device.uses });
    lines.push(t("intake-device-line", { device: escapeHtml(device.label), use }));
  }
  if (withheld > 0) lines.push(t("intake-withheld-today", { count: withheld }));
  lines.push(t("intake-devices-announce", { mode: t("intake-announce-mode", { mode: settings.announce }) }));
  if (devices.length > 0) lines.push(t("intake-devices-revoke-hint"));
  const keyboard = InlineKeyboard.from(
    devices.map((device) => [InlineKeyboard.text(t("intake-revoke-button", { device: device.label }), deviceCallback.pack({ a: "r", id: device.id }))]),
  );
  return { html: lines.join("\n"), ...(devices.length > 0 && { keyboard }) };
}

/** A new device: its token once, with the request the apps send. */
async function addDevice(ctx: BotContext, label: string): Promise<void> {
  const result = await devicesOf(ctx.app).add(label);
  if (!result.ok) {
    const text = result.error === "too-many" ? ctx.t("intake-add-too-many", { max: MAX_DEVICES }) : ctx.t("intake-add-usage");
    return void (await ctx.reply(text, { parse_mode: "HTML" }));
  }
  ctx.app.logger.info({ event: "device-added" }, "intake device added");
  const html = ctx.t("intake-device-added", {
    device: escapeHtml(result.device.label),
    token: result.token,
    url: escapeHtml(ctx.app.config.intakeUrl ?? ctx.t("intake-url-placeholder")),
    macrodroidCall: escapeHtml(APP_RECIPES.macrodroid.missedCall),
    taskerCall: escapeHtml(APP_RECIPES.tasker.missedCall),
    macrodroidSms: escapeHtml(APP_RECIPES.macrodroid.sms),
    taskerSms: escapeHtml(APP_RECIPES.tasker.sms),
  });
  const keyboard = new InlineKeyboard().text(ctx.t("intake-delete-button"), deviceCallback.pack({ a: "x", id: "-" }));
  await ctx.reply(html, { parse_mode: "HTML", reply_markup: keyboard });
}

const composer = new Composer<BotContext>();

composer.command("devices", async (ctx) => {
  const args = ctx.match.trim();
  const add = /^add(?:\s+([\s\S]*))?$/i.exec(args);
  if (add) return addDevice(ctx, add[1] ?? "");
  if (args !== "") return void (await ctx.reply(ctx.t("intake-add-usage"), { parse_mode: "HTML" }));
  const view = await devicesView(ctx);
  await ctx.reply(view.html, { parse_mode: "HTML", ...(view.keyboard && { reply_markup: view.keyboard }) });
});

composer.callbackQuery(deviceCallback.pattern, async (ctx) => {
  const data = deviceCallback.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t("fallback-button-expired") }));
  if (data.a === "x") {
    await ctx.answerCallbackQuery();
    return void (await ctx.deleteMessage().catch(() => undefined));
  }
  const revoked = await devicesOf(ctx.app).revoke(data.id);
  if (revoked) ctx.app.logger.info({ event: "device-revoked" }, "intake device revoked");
  await ctx.answerCallbackQuery(revoked ? { text: ctx.t("intake-revoked", { device: revoked.label }) } : { text: ctx.t("fallback-button-expired") });
  const view = await devicesView(ctx);
  await replaceMessage(ctx, view.html, view.keyboard ?? new InlineKeyboard([]));
});

/** /devices: the phones that may report calls and SMS by themselves (POST /intake). */
export const devicesFeature: Feature = {
  name: "devices",
  commands: [{ command: "devices", description: "cmd-devices-description", example: "cmd-devices-example" }],
  composer,
  // Her updates and her phone's reports write the same cards: one at a time.
  early: (ctx, next) => inTurn(ctx.app.stores, next),
};
