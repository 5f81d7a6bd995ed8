import { conversations, type VersionedState } from "@grammyjs/conversations";
import { Bot, type Context, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { DEFAULT_API_ROOT } from "../config.js";
import { negotiateInterfaceLanguage, type InterfaceLanguage } from "../interface-language.js";
import { GENERAL_ID } from "../store/records/general.js";
import { createFileDownloader, type FileDownloader } from "./transport/files.js";
import { API_TIMEOUT_SECONDS, installTransformers, type TransformerFactory } from "./api.js";
import type { AppServices, BotContext, InnerContext } from "./context.js";
import { handleBotError } from "./errors.js";
import { allFeatures } from "./features/index.js";
import type { Feature } from "./features/feature.js";
import { buddyGate } from "./features/safety/guest.js";
import { ownerGuard, updateKind } from "./guard.js";
import { i18nMiddleware } from "./i18n.js";

/** Bump when a conversation's steps change, so interrupted old flows are dropped, not replayed wrongly. */
export const CONVERSATIONS_VERSION = 2;

export interface BotOptions {
  readonly token: string;
  readonly apiRoot?: string;
  /** Known bot identity: skips getMe (console chat, tests). */
  readonly botInfo?: UserFromGetMe;
  /** Replaces HTTP for every Bot API call, including those made inside conversations. */
  readonly fetch?: typeof fetch;
  readonly features?: readonly Feature[];
}

/**
 * Her interface language where no update says which client she uses (a transport's own words):
 * her setting, else BOT_LANGUAGE, else German.
 */
export async function storedInterfaceLanguage(services: AppServices): Promise<InterfaceLanguage> {
  const general = await services.stores.general.get(GENERAL_ID);
  return negotiateInterfaceLanguage({ stored: general?.interfaceLanguage, configured: services.config.interfaceLanguage });
}

/**
 * Wraps every update's handling: writes no reply waited for (message ids, verdict history) are in
 * the store when the update ends, also when a handler failed, and records read for it are not
 * kept decrypted after it.
 */
function settleUpdate(services: AppServices): MiddlewareFn<BotContext> {
  return (_ctx, next) => services.vault.duringUpdate(next);
}

/** Services, her settings (one read per update) and both languages; the i18n middleware follows it. */
export function appMiddleware(services: AppServices, download: FileDownloader): MiddlewareFn<Context & Partial<InnerContext>> {
  return async (ctx, next) => {
    const general = await services.stores.general.get(GENERAL_ID);
    const { config } = services;
    ctx.app = services;
    ctx.general = general;
    ctx.interfaceLanguage = negotiateInterfaceLanguage({
      stored: general?.interfaceLanguage,
      configured: config.interfaceLanguage,
      client: ctx.from?.language_code,
    });
    ctx.draftLanguage = general?.draftLanguage ?? config.draftLanguage;
    ctx.downloadFile = (fileId, maxBytes) => download(ctx.api, fileId, maxBytes);
    await next();
  };
}

export function createBot(services: AppServices, options: BotOptions): Bot<BotContext> {
  const features = options.features ?? allFeatures();
  const transformers: TransformerFactory[] = features.flatMap((f) => f.transformers ?? []);
  const bot = new Bot<BotContext>(options.token, {
    ...(options.botInfo && { botInfo: options.botInfo }),
    client: {
      timeoutSeconds: API_TIMEOUT_SECONDS,
      ...(options.apiRoot && { apiRoot: options.apiRoot }),
      ...(options.fetch && { fetch: options.fetch }),
    },
  });
  installTransformers(bot.api, transformers);
  const download = createFileDownloader(options.token, options.apiRoot ?? DEFAULT_API_ROOT, options.fetch ?? fetch);

  const { logger } = services;
  const drop = (reason: string) => logger.debug({ reason }, "update dropped");
  bot.use(ownerGuard(services.config.ownerIds, drop, buddyGate(services, drop)));
  bot.use(appMiddleware(services, download) as MiddlewareFn<BotContext>);
  bot.use(i18nMiddleware() as MiddlewareFn<BotContext>);
  bot.use(async (ctx, next) => {
    const started = performance.now();
    await next();
    logger.debug({ updateKind: updateKind(ctx), ms: Math.round(performance.now() - started) }, "update handled");
  });
  // The boundary catches for every transport: bot.catch alone covers only long polling,
  // while handleUpdate (console chat, webhooks) would rethrow.
  const onError = handleBotError(logger, services.config.interfaceLanguage);
  const guarded = bot.errorBoundary(onError);
  guarded.use(settleUpdate(services));
  for (const feature of features) if (feature.early) guarded.use(feature.early);
  guarded.use(
    conversations<BotContext, InnerContext>({
      storage: {
        type: "key",
        version: CONVERSATIONS_VERSION,
        adapter: {
          // The plugin changes the state it reads; the store keeps its own copy frozen.
          read: async (key) => structuredClone(await services.stores.conversations.get(key)) as VersionedState<never> | undefined,
          write: async (key, state) => services.stores.conversations.set(key, state),
          delete: async (key) => void (await services.stores.conversations.delete(key)),
        },
      },
      plugins: [
        async (ctx, next) => {
          installTransformers(ctx.api, transformers);
          await (appMiddleware(services, download) as MiddlewareFn<Context>)(ctx, next);
        },
        // The builder replays on every update: each replayed context needs ctx.t again.
        i18nMiddleware() as MiddlewareFn<InnerContext>,
      ],
    }),
  );
  for (const feature of features) guarded.use(feature.composer);
  bot.catch(onError);
  return bot;
}
