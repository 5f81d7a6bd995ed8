import { Composer, InlineKeyboard, InputFile, type CommandContext } from "grammy";
import { parseWarnList, warnListLine, type WarnListEntry } from "../../../core/safety/warnlist.js";
import { formatLocalDate } from "../../../core/time/localDate.js";
import { localDateOf } from "../../../core/time/zone.js";
import { describeError } from "../../../log.js";
import { clearWarnList, importWarnList, warnListInfo } from "../../../store/warnlist.js";
import type { BotContext } from "../../context.js";
import { FileTooLargeError } from "../../transport/files.js";
import { dropButtons } from "../availability/edit.js";
import { warnExportCallback } from "./callbacks.js";
import { askFor, settlePrompt } from "./prompts.js";

/** Ten thousand lines of number and reason are well under 1 MB. */
const MAX_LIST_BYTES = 2 * 1024 * 1024;
const SHOWN_PROBLEMS = 10;

const dateOf = (ctx: BotContext, epochMs: number) => formatLocalDate(localDateOf(epochMs, ctx.app.config.timeZone));

async function status(ctx: BotContext): Promise<void> {
  const info = await warnListInfo(ctx.app.stores);
  const text = info ? ctx.t("safety-warnlist-status", { count: info.count, date: dateOf(ctx, info.importedAt) }) : ctx.t("safety-warnlist-none");
  await ctx.reply(`${text}\n\n${ctx.t("safety-warnlist-commands")}`, { parse_mode: "HTML" });
}

/** Reads a list whole and imports it, or reports every line it cannot read and imports nothing. */
export async function importList(ctx: BotContext, text: string): Promise<void> {
  const parsed = parseWarnList(text, ctx.app.config.phoneRegion);
  if (!parsed.ok) {
    if ("tooLarge" in parsed) return void (await ctx.reply(ctx.t("safety-warnlist-too-large")));
    if ("empty" in parsed) return void (await ctx.reply(ctx.t("safety-warnlist-empty")));
    const lines = [ctx.t("safety-warnlist-problems", { count: parsed.problems.length })];
    for (const p of parsed.problems.slice(0, SHOWN_PROBLEMS)) lines.push(ctx.t("safety-warnlist-problem", { line: String(p.line), problem: p.problem }));
    if (parsed.problems.length > SHOWN_PROBLEMS) lines.push(ctx.t("safety-warnlist-more-problems", { count: parsed.problems.length - SHOWN_PROBLEMS }));
    return void (await ctx.reply(lines.join("\n"), { parse_mode: "HTML" }));
  }
  const meta = await importWarnList(ctx.app.stores, parsed.entries, { now: ctx.app.clock(), duplicates: parsed.duplicates });
  ctx.app.logger.info({ count: meta.count }, "warning list imported");
  const lines = [ctx.t("safety-warnlist-imported", { count: meta.count, date: dateOf(ctx, meta.importedAt) })];
  if (meta.duplicates > 0) lines.push(ctx.t("safety-warnlist-duplicates", { count: meta.duplicates }));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
}

/** A list sent as a file: text or CSV, in UTF-8 or the Windows encoding spreadsheets write. */
export async function importFile(ctx: BotContext, fileId: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await ctx.downloadFile(fileId, MAX_LIST_BYTES);
  } catch (error) {
    if (error instanceof FileTooLargeError) return void (await ctx.reply(ctx.t("safety-warnlist-too-large")));
    ctx.app.logger.warn({ err: describeError(error) }, "could not fetch the warning list file");
    return void (await ctx.reply(ctx.t("safety-warnlist-not-read")));
  }
  if (bytes.includes(0)) return void (await ctx.reply(ctx.t("safety-warnlist-not-text")));
  const utf8 = bytes.toString("utf8");
  await importList(ctx, utf8.includes("\uFFFD") ? bytes.toString("latin1") : utf8);
}

async function askExport(ctx: BotContext): Promise<void> {
  const count = (await blockedEntries(ctx)).length;
  if (count === 0) return void (await ctx.reply(ctx.t("safety-warnlist-export-none"), { parse_mode: "HTML" }));
  const keyboard = new InlineKeyboard()
    .text(ctx.t("safety-warnlist-export-yes"), warnExportCallback.pack({ a: "yes" }))
    .text(ctx.t("safety-cancel-button"), warnExportCallback.pack({ a: "no" }));
  await ctx.reply(ctx.t("safety-warnlist-export-confirm", { count }), { parse_mode: "HTML", reply_markup: keyboard });
}

/** Her blocked numbers with the reason the flag carries, else since when they are blocked. */
async function blockedEntries(ctx: BotContext): Promise<WarnListEntry[]> {
  const entries: WarnListEntry[] = [];
  for await (const card of ctx.app.stores.contacts.values()) {
    const mark = card.flags.blocked;
    if (!mark) continue;
    entries.push({ e164: card.e164, reason: mark.reason ?? ctx.t("safety-warnlist-export-reason", { date: dateOf(ctx, mark.at) }) });
  }
  return entries.sort((a, b) => a.e164.localeCompare(b.e164));
}

async function exportFile(ctx: BotContext): Promise<void> {
  const entries = await blockedEntries(ctx);
  if (entries.length === 0) return void (await ctx.reply(ctx.t("safety-warnlist-export-none"), { parse_mode: "HTML" }));
  const today = dateOf(ctx, ctx.app.clock());
  const content = [`# ${ctx.t("safety-warnlist-export-header", { date: today })}`, ...entries.map(warnListLine), ""].join("\n");
  await ctx.replyWithDocument(new InputFile(Buffer.from(content, "utf8"), `quietline-blocked-${today}.csv`), {
    caption: ctx.t("safety-warnlist-export-caption", { count: entries.length }),
  });
  ctx.app.logger.info({ count: entries.length }, "blocked numbers exported");
}

async function warnlistCommand(ctx: CommandContext<BotContext>): Promise<void> {
  const sub = ctx.match.trim().toLocaleLowerCase("de");
  if (sub === "") return status(ctx);
  if (/^(?:import|importieren|importă|importa)$/.test(sub)) {
    askFor(ctx.app, ctx.chat.id, { kind: "warnlist" });
    return void (await ctx.reply(ctx.t("safety-warnlist-send"), { parse_mode: "HTML" }));
  }
  if (/^(?:export|exportieren|exportă|exporta)$/.test(sub)) return askExport(ctx);
  if (/^(?:clear|leeren|löschen|loeschen|delete|golește|goleste|șterge|sterge)$/.test(sub)) {
    const cleared = await clearWarnList(ctx.app.stores);
    if (cleared) ctx.app.logger.info("warning list cleared");
    return void (await ctx.reply(ctx.t(cleared ? "safety-warnlist-cleared" : "safety-warnlist-none"), { parse_mode: "HTML" }));
  }
  await ctx.reply(ctx.t("safety-warnlist-commands"), { parse_mode: "HTML" });
}

export const warnListComposer = new Composer<BotContext>();

warnListComposer.command("warnlist", warnlistCommand);

// A file sent with "/warnlist import" as its caption needs no question first.
warnListComposer.on("message:document", async (ctx, next) => {
  if (!/^\/warnlist(?:@\w+)?\s+import/i.test(ctx.message.caption ?? "")) return next();
  settlePrompt(ctx.app, ctx.chat.id);
  await importFile(ctx, ctx.message.document.file_id);
});

warnListComposer.callbackQuery(warnExportCallback.pattern, async (ctx) => {
  const data = warnExportCallback.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  if (data?.a === "yes") return exportFile(ctx);
  await ctx.reply(ctx.t("safety-warnlist-export-cancelled"));
});
