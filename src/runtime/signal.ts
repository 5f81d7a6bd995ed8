import type { Api, Bot } from "grammy";
import { createBot, storedInterfaceLanguage } from "../bot/bot.js";
import { translatorFor } from "../bot/i18n.js";
import type { AppServices, BotContext } from "../bot/context.js";
import type { Feature } from "../bot/features/feature.js";
import { privacySettings } from "../bot/features/privacy/retention.js";
import { LOCAL_BOT_INFO } from "../bot/transport/chat-bridge.js";
import { createLocalFetch } from "../bot/transport/local-api.js";
import { SignalEventStream } from "../bot/transport/signal/events.js";
import { chatIdFromHash, isSignalChatId, SignalOwners } from "../bot/transport/signal/owners.js";
import { signalGuests } from "../bot/features/safety/guest.js";
import { SignalRpc } from "../bot/transport/signal/rpc.js";
import { SignalChat } from "../bot/transport/signal/signal-chat.js";
import type { SignalConfig } from "../config.js";
import { describeError, type Logger } from "../log.js";
import { onShutdownSignal } from "./shutdown.js";

/** On SIGTERM, an update still in hand gets this long to finish before the store closes. */
const DRAIN_TIMEOUT_MS = 5_000;

export interface SignalRun {
  readonly bot: Bot<BotContext>;
  readonly chat: SignalChat;
  /** The Api of the Signal bot (for background work such as the panic wipe's deletions). */
  readonly api: Api;
  /** Her Signal chats (one per owner): where reports from her phone are announced. */
  readonly chatIds: readonly number[];
  /** Resolves once a signal has stopped the stream and the work in hand is done. */
  readonly done: Promise<void>;
  /** Stops as SIGTERM would (tests). */
  stop(): Promise<void>;
}

export interface SignalOptions {
  readonly features?: readonly Feature[];
  /** false in tests that stop it themselves. */
  readonly handleSignals?: boolean;
  readonly fetch?: typeof fetch;
  readonly idleTimeoutMs?: number;
  readonly backoffMs?: readonly number[];
  /** How long a pop-up stays (tests). */
  readonly alertVisibleMs?: number;
}

/** Above every message id the store still tracks per chat, so a restart hands out no id twice. */
async function firstMessageIds(services: AppServices, chatIds: readonly number[]): Promise<Map<number, number>> {
  const first = new Map(chatIds.map((id) => [id, 1]));
  for await (const record of services.stores.chatMessages.values()) {
    const current = first.get(record.chatId);
    if (current !== undefined && record.messageId >= current) first.set(record.chatId, record.messageId + 1);
  }
  return first;
}

/**
 * Serves the bot on Signal through signal-cli's HTTP daemon: the same grammY bot, its Bot API
 * calls answered by the Signal adapter, her messages read from the daemon's event stream and
 * handled one at a time, in order.
 */
export async function startSignal(services: AppServices, signal: SignalConfig, logger: Logger, options: SignalOptions = {}): Promise<SignalRun> {
  const owners = new SignalOwners(signal.owners, (recipient) => chatIdFromHash(services.vault.indexKey("signal-chat", recipient)));
  const chatIds = owners.all().map((o) => o.chatId);
  const rpc = new SignalRpc({ url: signal.url, account: signal.account, ...(options.fetch && { fetch: options.fetch }) });
  const chat = new SignalChat({
    rpc,
    account: signal.account,
    owners,
    logger,
    clock: services.clock,
    translator: async () => translatorFor(await storedInterfaceLanguage(services)),
    firstIds: await firstMessageIds(services, chatIds),
    guests: signalGuests(services),
    ...(options.alertVisibleMs !== undefined && { alertVisibleMs: options.alertVisibleMs }),
  });
  // Her Signal chats are the owners this bot lets in; the Telegram side keeps its own.
  const signalServices: AppServices = { ...services, config: { ...services.config, ownerIds: chatIds } };
  const bot = createBot(signalServices, {
    token: "0:signal",
    botInfo: LOCAL_BOT_INFO,
    fetch: createLocalFetch(chat.handle, chat.serveFile),
    ...(options.features && { features: options.features }),
  });
  await bot.init();

  const timerSeconds = async () => (await privacySettings(services)).cleanupMinutes * 60;
  services.transports?.add({
    api: bot.api,
    // Her chats, and her buddy's when the buddy is on Signal.
    carries: (chatId) => owners.byChat(chatId) !== undefined || isSignalChatId(chatId),
    addressOf: (chatId) => chat.guestAddress(chatId),
    disappearing: true,
    cleanupChanged: (minutes) => chat.setTimers(minutes * 60),
  });

  let queue: Promise<void> = Promise.resolve();
  const handle = async (data: string) => {
    const incoming = await chat.receive(data);
    if (!incoming) return;
    for (const update of incoming.updates) {
      chat.beginTurn(incoming.chatId, update);
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        logger.error({ err: describeError(error) }, "signal update failed");
      } finally {
        await chat.endTurn();
      }
    }
    await chat.markRead(incoming);
  };
  const stream = new SignalEventStream({
    url: signal.url,
    account: signal.account,
    logger,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.idleTimeoutMs !== undefined && { idleTimeoutMs: options.idleTimeoutMs }),
    ...(options.backoffMs && { backoffMs: options.backoffMs }),
    // One message at a time, in the order they came.
    onEvent: (data) => {
      queue = queue.then(() => handle(data)).catch((error: unknown) => logger.error({ err: describeError(error) }, "signal event failed"));
    },
    // The timer may have been set while the daemon was away, or changed in her app: /privacy decides.
    onConnected: () => {
      queue = queue.then(async () => chat.syncTimers(await timerSeconds())).catch(() => undefined);
    },
  });
  stream.start();
  logger.info({ mode: "signal", owners: chatIds.length }, "running");

  let stopping: Promise<void> | undefined;
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const stop = () =>
    (stopping ??= (async () => {
      await stream.stop();
      // Messages already taken from the daemon are answered before the store closes.
      const drained = await Promise.race([queue.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), DRAIN_TIMEOUT_MS).unref())]);
      if (!drained) logger.warn("stopped with a Signal message still in hand");
      await chat.close().catch(() => undefined);
      finished();
    })());
  if (options.handleSignals !== false) onShutdownSignal(stop, logger);
  return { bot, chat, api: bot.api, chatIds, done, stop };
}
