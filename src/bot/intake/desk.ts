import { GrammyError, type Api, type Bot } from "grammy";
import type { InboundEvent } from "../../core/inbox/types.js";
import { inQuietHours } from "../../core/intake/index.js";
import { formatLocalDate, localDateOf } from "../../core/time/index.js";
import { describeError } from "../../log.js";
import { devicesOf, type DeviceRecord } from "../../store/devices.js";
import { loadRules } from "../../store/rule-settings.js";
import type { AppServices, BotContext } from "../context.js";
import { inChat } from "../detached.js";
import { inboxReply, storeEvents, type StoredEvents } from "../features/inbox.js";
import { escapeHtml } from "../i18n.js";
import { trackMessages } from "../self-cleaning/tracker.js";
import type { Section } from "../views/section.js";
import { inTurn } from "./turns.js";

/** Calls from one number within this long of the last one update its message instead of adding one. */
export const BURST_MS = 10 * 60_000;

/** One transport's bot and her chats on it: where what her phone reports is announced. */
export interface AnnounceTarget {
  readonly bot: Bot<BotContext>;
  readonly chatIds: readonly number[];
}

export interface IntakeResult {
  /** Events read from the request. */
  readonly events: number;
  /** Of those, events a card already had (the app sent them again). */
  readonly duplicates: number;
}

/** Reports about one caller (a number, or all withheld callers) that share one message per chat. */
interface Burst {
  readonly events: InboundEvent[];
  /** "<transport>:<chat>" → the message showing this burst. */
  readonly messages: Map<string, number>;
  lastAt: number;
}

/** Each number's own burst; withheld callers and numbers that cannot exist have one each. */
function burstKey(services: AppServices, event: InboundEvent): string {
  return event.caller.kind === "number" ? services.stores.contacts.keyOf(event.caller.e164) : event.caller.kind;
}

/**
 * Where reports from her phone go: stored exactly as a pasted note is (the inbox's storeEvents),
 * then announced in each of her chats on every transport with the inbox's reply (inboxReply),
 * as her setting says: always, silently during quiet hours, or not at all. Several reports about
 * one caller within minutes update one message. Withheld callers are counted, never stored.
 */
export class IntakeDesk {
  private readonly bursts = new Map<string, Burst>();
  private forgetting: NodeJS.Timeout | undefined;
  private storing: Promise<unknown> = Promise.resolve();
  private announcing: Promise<void> = Promise.resolve();

  constructor(
    private readonly services: AppServices,
    private readonly targets: () => readonly AnnounceTarget[],
    private readonly burstMs = BURST_MS,
  ) {}

  /**
   * Stores the events and answers once they are stored; the announcement follows (`idle()` waits
   * for it). Reports are stored one at a time, so two about one card never overwrite each other.
   */
  receive(device: DeviceRecord, events: readonly InboundEvent[]): Promise<IntakeResult> {
    const run = this.storing.then(() => inTurn(this.services.stores, () => this.store(device, events)));
    this.storing = run.catch(() => undefined);
    return run;
  }

  /** How many callers' reports are held in memory, as bursts that may still grow. */
  get heldCallers(): number {
    return this.bursts.size;
  }

  /** Stops the timer that forgets ended bursts, and forgets them all. */
  close(): void {
    clearTimeout(this.forgetting);
    this.bursts.clear();
  }

  /** Resolves once every announcement so far has been sent. */
  async idle(): Promise<void> {
    await this.storing;
    await this.announcing;
  }

  private async store(device: DeviceRecord, events: readonly InboundEvent[]): Promise<IntakeResult> {
    const { services } = this;
    const devices = devicesOf(services);
    const stored = await storeEvents(services, events);
    const withheld = events.filter((e) => e.caller.kind === "withheld").length;
    const today = formatLocalDate(localDateOf(services.clock(), services.config.timeZone));
    const withheldToday = withheld > 0 ? await devices.countWithheld(today, withheld) : 0;
    await devices.recordUse(device);
    const fresh = events.filter((e) => !stored.duplicates.has(e));
    if (fresh.length > 0) {
      this.announcing = this.announcing
        .then(() => this.announce(device, stored, fresh, withheldToday))
        .catch((error: unknown) => services.logger.warn({ err: describeError(error) }, "intake announcement failed"));
    }
    return { events: events.length, duplicates: stored.duplicates.size };
  }

  private async announce(device: DeviceRecord, stored: StoredEvents, fresh: readonly InboundEvent[], withheldToday: number): Promise<void> {
    const { services } = this;
    const settings = await devicesOf(services).settings();
    if (settings.announce === "collect") return;
    const now = services.clock();
    this.forgetEnded(now);
    const rules = settings.announce === "quiet" ? await loadRules(services.stores) : undefined;
    const silent = rules !== undefined && inQuietHours(rules.settings.quietHours, rules.disabledDefaults.includes("quiet-hours"), now, services.config.timeZone);

    const byCaller = new Map<string, InboundEvent[]>();
    for (const event of fresh) byCaller.set(burstKey(services, event), [...(byCaller.get(burstKey(services, event)) ?? []), event]);
    for (const [key, events] of byCaller) {
      const burst = this.bursts.get(key) ?? { events: [], messages: new Map<string, number>(), lastAt: now };
      burst.events.push(...events);
      burst.lastAt = now;
      this.bursts.set(key, burst);
      const note: StoredEvents = { events: burst.events, cards: stored.cards, duplicates: new Set() };
      let logVerdicts = true;
      for (const [transport, target] of this.targets().entries()) {
        for (const chatId of target.chatIds) {
          const where = `${transport}:${chatId}`;
          try {
            // Rendering writes too (the verdict log, held slots): in turn; sending, which may wait on the network, after.
            const section = await inTurn(services.stores, () => inChat(services, target.bot, async (ctx) => {
              const heading = ctx.t("intake-heading", { device: escapeHtml(device.label), count: burst.events.length });
              const reply = await inboxReply(ctx, note, { heading, logVerdicts, maskNumbers: true });
              return key === "withheld" && withheldToday > 0 ? { ...reply, html: `${reply.html}\n\n${ctx.t("intake-withheld-today", { count: withheldToday })}` } : reply;
            }));
            logVerdicts = false;
            burst.messages.set(where, await this.show(target.bot.api, chatId, burst.messages.get(where), section, silent));
          } catch (error) {
            services.logger.warn({ err: describeError(error), transport }, "could not announce an intake in a chat");
          }
        }
      }
      services.logger.info({ event: "announced", events: burst.events.length, silent, updated: burst.messages.size > 0 && burst.events.length > events.length }, "intake announced");
    }
    this.forgetLater();
  }

  private forgetEnded(now: number): void {
    for (const [key, burst] of this.bursts) if (now - burst.lastAt > this.burstMs) this.bursts.delete(key);
  }

  /**
   * A burst holds numbers and what callers asked, decrypted: it stays in memory only while a
   * report can still join it, not until the next report comes.
   */
  private forgetLater(): void {
    clearTimeout(this.forgetting);
    if (this.bursts.size === 0) return;
    this.forgetting = setTimeout(() => {
      this.forgetEnded(this.services.clock());
      this.forgetLater();
    }, this.burstMs + 1_000);
    // Nothing to wait for at exit: the reports are stored.
    this.forgetting.unref();
  }

  /** Redraws the burst's message where it still can; otherwise (first report, message gone) sends one. */
  private async show(api: Api, chatId: number, previous: number | undefined, section: Section, silent: boolean): Promise<number> {
    const markup = { reply_markup: section.keyboard ?? { inline_keyboard: [] } };
    if (previous !== undefined) {
      try {
        await api.editMessageText(chatId, previous, section.html, { parse_mode: "HTML", ...markup });
        return previous;
      } catch (error) {
        if (!(error instanceof GrammyError)) throw error;
        if (/not modified/i.test(error.description)) return previous;
      }
    }
    const sent = await api.sendMessage(chatId, section.html, {
      parse_mode: "HTML",
      ...(section.keyboard && { reply_markup: section.keyboard }),
      ...(silent && { disable_notification: true }),
    });
    // Sent outside an update, so self-cleaning and the panic wipe learn of it here.
    await trackMessages(this.services, chatId, [sent.message_id], "bot").catch(() => undefined);
    return sent.message_id;
  }
}
