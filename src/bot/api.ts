import { autoRetry } from "@grammyjs/auto-retry";
import type { Api, Transformer } from "grammy";

/**
 * Bounded retries: auto-retry's defaults retry forever, which would hold an update
 * (and her answer) hostage while Telegram is down.
 */
export function retryTransformer(): Transformer {
  return autoRetry({ maxRetryAttempts: 4, maxDelaySeconds: 30, rethrowInternalServerErrors: false });
}

/** Extra transformers that features register (e.g. message tracking for the self-cleaning chat). */
export type TransformerFactory = () => Transformer;

/**
 * Installs the same transformers on any Api instance. Conversations build their own Api,
 * so this runs for bot.api and again inside every conversation.
 */
export function installTransformers(api: Api, extra: readonly TransformerFactory[]): void {
  api.config.use(retryTransformer());
  for (const make of extra) api.config.use(make());
}
