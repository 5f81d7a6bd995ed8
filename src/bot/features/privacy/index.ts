import { Composer, InlineKeyboard, InputFile } from "grammy";
import { z } from "zod";
import { describeError } from "../../../log.js";
import {
  BACKUP_EXTENSION,
  BackupError,
  decryptBackup,
  encryptBackup,
  exportVault,
  importIntoVault,
  MIN_PASSPHRASE_LENGTH,
  summarizeBackup,
  type ImportMode,
} from "../../../store/backup.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from "../../../interface-language.js";
import { escapeHtml, translatorFor, type Translate } from "../../i18n.js";
import { keepMessage, latestBotMessage } from "../../self-cleaning/deletions.js";
import { protectContentTransformer } from "../../self-cleaning/protect.js";
import { trackIncoming, trackingTransformer, untracked } from "../../self-cleaning/tracker.js";
import { FileTooLargeError } from "../../transport/files.js";
import type { Feature } from "../feature.js";
import { ask, pending, settle, settleAll } from "./prompts.js";
import { privacySettings } from "./retention.js";
import { applySetting, changeFromCallback, parseSettingArgs, privacyKeyboard, privacyText, settingCallback } from "./settings.js";
import { wipeEverything } from "./wipe.js";

const KEEP_CALLBACK = "keep";
const importCallback = callbackCodec("imp", ["m"], z.object({ m: z.enum(["merge", "replace", "cancel"]) }));
/** A backup of even a busy year is far below this. */
const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
const PASSPHRASE_TRIES = 3;

const composer = new Composer<BotContext>();

// First: note her message for self-cleaning, and scope the tracking of everything sent in reply.
composer.use(trackIncoming());

// Answers to a question a privacy command asked. Any other command cancels the question.
composer.on("message", async (ctx, next) => {
  const chatId = ctx.chat.id;
  const prompt = pending(ctx.app, chatId);
  if (!prompt) return next();
  const text = ctx.message.text;
  if (text?.startsWith("/")) {
    settle(ctx.app, chatId);
    if (/^\/cancel(@\w+)?$/i.test(text.trim())) {
      return void (await ctx.reply(ctx.t(prompt.kind === "wipe" ? "privacy-wipe-cancelled" : "privacy-cancelled")));
    }
    return next();
  }
  switch (prompt.kind) {
    case "wipe":
      return confirmWipe(ctx, text);
    case "export":
      return exportWithPassphrase(ctx, text);
    case "import-file":
      return receiveBackupFile(ctx);
    case "import-passphrase":
      return openBackup(ctx, text, prompt.file, prompt.triesLeft);
    case "import-mode":
      settle(ctx.app, chatId);
      return next();
  }
});

composer.command("privacy", async (ctx) => {
  if (ctx.match.trim() !== "") {
    const change = parseSettingArgs(ctx.match);
    if (!change) return void (await ctx.reply(ctx.t("privacy-bad-args"), { parse_mode: "HTML" }));
    await applySetting(ctx.app, change);
  }
  const settings = await privacySettings(ctx.app);
  await ctx.reply(privacyText(settings, ctx.t), { parse_mode: "HTML", reply_markup: privacyKeyboard(settings, ctx.t) });
});

composer.callbackQuery(settingCallback.pattern, async (ctx) => {
  const data = settingCallback.unpack(ctx.callbackQuery.data);
  const change = data && changeFromCallback(data);
  if (!change) return void (await ctx.answerCallbackQuery({ text: ctx.t("privacy-expired") }));
  const settings = await applySetting(ctx.app, change);
  await ctx.answerCallbackQuery({ text: ctx.t("privacy-saved") });
  await ctx
    .editMessageText(privacyText(settings, ctx.t), { parse_mode: "HTML", reply_markup: privacyKeyboard(settings, ctx.t) })
    .catch(() => undefined); // unchanged text ("message is not modified") is fine
});

composer.command("keep", async (ctx) => {
  if (ctx.app.transports?.disappearing(ctx.chat.id)) return void (await ctx.reply(ctx.t("transport-keep-by-timer")));
  const target = ctx.message?.reply_to_message?.message_id ?? (await latestBotMessage(ctx.app, ctx.chat.id, ctx.message?.message_id ?? Infinity));
  if (target === undefined) return void (await ctx.reply(ctx.t("privacy-nothing-to-keep")));
  await ctx.reply(ctx.t((await keepMessage(ctx.app, ctx.chat.id, target)) ? "privacy-kept" : "privacy-not-tracked"));
});

composer.callbackQuery(KEEP_CALLBACK, async (ctx) => {
  if (ctx.chat && ctx.app.transports?.disappearing(ctx.chat.id)) {
    await ctx.answerCallbackQuery();
    return void (await ctx.reply(ctx.t("transport-keep-by-timer")));
  }
  const message = ctx.callbackQuery.message;
  const kept = message !== undefined && ctx.chat !== undefined && (await keepMessage(ctx.app, ctx.chat.id, message.message_id));
  await ctx.answerCallbackQuery({ text: ctx.t(kept ? "privacy-kept-toast" : "privacy-not-tracked") });
  if (kept) await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
});

composer.command("wipe", async (ctx) => {
  ask(ctx.app, ctx.chat.id, { kind: "wipe" });
  await ctx.reply(ctx.t("privacy-wipe-ask", { word: ctx.t("privacy-wipe-word") }), { parse_mode: "HTML" });
});

/** Upper case without accents: "löschen", "LOSCHEN", "sterge" and "ŞTERGE" (cedilla) count as typed right. */
const folded = (word: string) => word.trim().normalize("NFD").replace(/\p{M}/gu, "").toLocaleUpperCase("de");

/** Her confirmation word in any interface language: in a panic she may type the one she knows best. */
function isWipeWord(text: string | undefined): boolean {
  return text !== undefined && INTERFACE_LANGUAGES.some((lang) => folded(translatorFor(lang)("privacy-wipe-word")) === folded(text));
}

async function confirmWipe(ctx: BotContext, text: string | undefined): Promise<void> {
  settle(ctx.app, ctx.chat!.id);
  if (!isWipeWord(text)) return void (await ctx.reply(ctx.t("privacy-wipe-cancelled")));
  settleAll(ctx.app);
  await wipeEverything(ctx.app, ctx.api);
  // Not tracked: after a wipe the store must hold nothing, not even this message's id.
  await untracked(() => ctx.reply(ctx.t("privacy-wiped")));
}

composer.command("export", async (ctx) => {
  ask(ctx.app, ctx.chat.id, { kind: "export" });
  await ctx.reply(ctx.t("privacy-export-ask"));
});

/** Her passphrase leaves the chat at once; it lives only in this function's memory. */
async function dropPassphraseMessage(ctx: BotContext): Promise<void> {
  await ctx.deleteMessage().catch((error: unknown) => ctx.app.logger.warn({ err: describeError(error) }, "could not delete a passphrase message"));
}

async function exportWithPassphrase(ctx: BotContext, passphrase: string | undefined): Promise<void> {
  const { t } = ctx;
  if (passphrase !== undefined) await dropPassphraseMessage(ctx);
  if (passphrase === undefined || passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return void (await ctx.reply(t("privacy-passphrase-short"), { parse_mode: "HTML" }));
  }
  settle(ctx.app, ctx.chat!.id);
  const now = ctx.app.clock();
  const payload = await exportVault(ctx.app.vault, now, ctx.app.config.ownerIds.map(String));
  const file = await encryptBackup(payload, passphrase);
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: ctx.app.config.timeZone }).format(now);
  await ctx.replyWithDocument(new InputFile(file, `quietline-${day}${BACKUP_EXTENSION}`), {
    caption: t("privacy-export-caption", { records: recordsLabel(payload.records.length, t) }),
    reply_markup: new InlineKeyboard().text(t("privacy-keep-button"), KEEP_CALLBACK),
  });
  ctx.app.logger.info({ records: payload.records.length, bytes: file.length }, "backup exported");
}

composer.command("import", async (ctx) => {
  ask(ctx.app, ctx.chat.id, { kind: "import-file" });
  await ctx.reply(ctx.t("privacy-import-ask"));
});

async function receiveBackupFile(ctx: BotContext): Promise<void> {
  const { t } = ctx;
  const document = ctx.message?.document;
  if (!document) return void (await ctx.reply(t("privacy-import-need-file")));
  let file: Buffer;
  try {
    file = await ctx.downloadFile(document.file_id, MAX_BACKUP_BYTES);
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      settle(ctx.app, ctx.chat!.id);
      return void (await ctx.reply(t("privacy-import-too-large")));
    }
    throw error;
  }
  ask(ctx.app, ctx.chat!.id, { kind: "import-passphrase", file, triesLeft: PASSPHRASE_TRIES });
  await ctx.reply(t("privacy-import-passphrase"));
}

/** "23.11.2026, 12:00" in her language's usual way ("23 Nov 2026, 12:00" in British English). */
function formatWhen(epochMs: number, lang: InterfaceLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(epochMs);
}

/** "12 Einträge" */
const recordsLabel = (count: number, t: Translate) => t("privacy-records", { count });

async function openBackup(ctx: BotContext, passphrase: string | undefined, file: Buffer, triesLeft: number): Promise<void> {
  const { t } = ctx;
  const chatId = ctx.chat!.id;
  if (passphrase === undefined) return void (await ctx.reply(t("privacy-import-passphrase")));
  await dropPassphraseMessage(ctx);
  try {
    const payload = await decryptBackup(file, passphrase);
    ask(ctx.app, chatId, { kind: "import-mode", payload });
    const counts = summarizeBackup(payload);
    const parts = Object.entries(counts).map(([ns, n]) => `${escapeHtml(t("privacy-namespace", { name: ns }))} ${n}`).join(", ");
    const date = formatWhen(payload.createdAt, ctx.interfaceLanguage, ctx.app.config.timeZone);
    await ctx.reply(t("privacy-import-summary", { date, records: recordsLabel(payload.records.length, t), parts }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(t("privacy-merge"), importCallback.pack({ m: "merge" }))
        .text(t("privacy-replace"), importCallback.pack({ m: "replace" }))
        .row()
        .text(t("privacy-cancel"), importCallback.pack({ m: "cancel" })),
    });
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    ctx.app.logger.info({ problem: error.problem }, "backup refused");
    if (error.problem === "wrong-passphrase-or-damaged") {
      const left = triesLeft - 1;
      if (left > 0) ask(ctx.app, chatId, { kind: "import-passphrase", file, triesLeft: left });
      else settle(ctx.app, chatId);
      return void (await ctx.reply(t("privacy-import-wrong", { left })));
    }
    settle(ctx.app, chatId);
    await ctx.reply(t(error.problem === "not-a-backup" ? "privacy-import-not-backup" : "privacy-import-unsupported"));
  }
}

composer.callbackQuery(importCallback.pattern, async (ctx) => {
  const { t } = ctx;
  const choice = importCallback.unpack(ctx.callbackQuery.data)?.m as ImportMode | "cancel" | undefined;
  const prompt = ctx.chat && pending(ctx.app, ctx.chat.id);
  if (!choice || !prompt || prompt.kind !== "import-mode") return void (await ctx.answerCallbackQuery({ text: t("privacy-expired") }));
  settle(ctx.app, ctx.chat!.id);
  await ctx.answerCallbackQuery();
  if (choice === "cancel") return void (await ctx.editMessageText(t("privacy-cancelled")).catch(() => ctx.reply(t("privacy-cancelled"))));
  const result = await importIntoVault(ctx.app.vault, prompt.payload, choice);
  ctx.app.logger.info({ mode: choice, ...result }, "backup imported");
  const done = t("privacy-imported", { records: recordsLabel(result.written, t), kept: result.kept });
  await ctx.editMessageText(done).catch(() => ctx.reply(done));
});

export const privacyFeature: Feature = {
  name: "privacy",
  // Before conversations and every other feature, so /start, /help and conversation turns are tracked too.
  early: trackIncoming(),
  commands: [
    { command: "privacy", description: "cmd-privacy-description", example: "cmd-privacy-example", inMenu: true },
    { command: "keep", description: "cmd-keep-description", example: "cmd-keep-example" },
    { command: "export", description: "cmd-export-description", example: "cmd-export-example" },
    { command: "import", description: "cmd-import-description", example: "cmd-import-example" },
    { command: "wipe", description: "cmd-wipe-description", example: "cmd-wipe-example", inMenu: true },
  ],
  composer,
  transformers: [protectContentTransformer, trackingTransformer],
};
