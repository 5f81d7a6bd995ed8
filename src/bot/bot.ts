import { conversations, type VersionedState } from "@grammyjs/conversations";
import { Bot, type Context, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Lang } from "../core/lang.js";
import { DEFAULT_API_ROOT } from "../config.js";
import { createFileDownloader, type FileDownloader } from "./transport/files.js";
import { API_TIMEOUT_SECONDS, installTransformers, type TransformerFactory } from "./api.js";
import type { AppServices, BotContext, InnerContext } from "./context.js";
import { handleBotError } from "./errors.js";
import { allFeatures } from "./features/index.js";
import type { Feature } from "./features/feature.js";
import { ownerGuard, updateKind } from "./guard.js";

/** Bump when a conversation's steps change, so interrupted old flows are dropped, not replayed wrongly. */
export const CONVERSATIONS_VERSION = 1;

export interface BotOptions {
  readonly token: string;
  readonly apiRoot?: string;
  /** Known bot identity: skips getMe (console chat, tests). */
  readonly botInfo?: UserFromGetMe;
  /** Replaces HTTP for every Bot API call, including those made inside conversations. */
  readonly fetch?: typeof fetch;
  readonly features?: readonly Feature[];
}

async function languageOf(services: AppServices): Promise<Lang> {
  return (await services.stores.general.get("general"))?.lang ?? services.config.language;
}

/**
 * Wraps every update's handling: writes no reply waited for (message ids, verdict history) are in
 * the store when the update ends, also when a handler failed, and records read for it are not
 * kept decrypted after it.
 */
function settleUpdate(services: AppServices): MiddlewareFn<BotContext> {
  return async (_ctx, next) => {
    try {
      await next();
    } finally {
      await services.vault.settle();
      services.vault.endUpdate();
    }
  };
}

function appMiddleware(services: AppServices, download: FileDownloader): MiddlewareFn<Context & Partial<InnerContext>> {
  return async (ctx, next) => {
    ctx.app = services;
    ctx.lang = await languageOf(services);
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
  bot.use(ownerGuard(services.config.ownerIds, (reason) => logger.debug({ reason }, "update dropped")));
  bot.use(appMiddleware(services, download) as MiddlewareFn<BotContext>);
  bot.use(async (ctx, next) => {
    const started = performance.now();
    await next();
    logger.debug({ updateKind: updateKind(ctx), ms: Math.round(performance.now() - started) }, "update handled");
  });
  // The boundary catches for every transport: bot.catch alone covers only long polling,
  // while handleUpdate (console chat, webhooks) would rethrow.
  const onError = handleBotError(logger, services.config.language);
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
      ],
    }),
  );
  for (const feature of features) guarded.use(feature.composer);
  bot.catch(onError);
  return bot;
}
