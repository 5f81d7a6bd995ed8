import { autoRetry } from "@grammyjs/auto-retry";
import { HttpError, type Api, type Transformer } from "grammy";

/** How long one Bot API request may take; above the 30 s long-poll window, far below grammY's 500 s default. */
export const API_TIMEOUT_SECONDS = 60;

const NETWORK_RETRY_DELAYS_SECONDS = [1, 3, 6, 12, 24] as const;

/**
 * Bounded retries for Telegram's answers: auto-retry's defaults retry forever, which would hold an
 * update (and her answer) hostage while Telegram is down. Network failures are rethrown here and
 * retried a bounded number of times by `networkRetryTransformer`.
 */
export function retryTransformer(): Transformer {
  return autoRetry({ maxRetryAttempts: 4, maxDelaySeconds: 30, rethrowInternalServerErrors: false, rethrowHttpErrors: true });
}

/** Retries a call that failed on the network (reset, timeout, refused) a few times, then gives up. */
export function networkRetryTransformer(
  delaysSeconds: readonly number[] = NETWORK_RETRY_DELAYS_SECONDS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        const delay = delaysSeconds[attempt];
        if (!(error instanceof HttpError) || delay === undefined || signal?.aborted) throw error;
        await sleep(delay * 1000);
      }
    }
  };
}

/** Extra transformers that features register (e.g. message tracking for the self-cleaning chat). */
export type TransformerFactory = () => Transformer;

/**
 * Installs the same transformers on any Api instance. Conversations build their own Api,
 * so this runs for bot.api and again inside every conversation.
 */
export function installTransformers(api: Api, extra: readonly TransformerFactory[]): void {
  api.config.use(retryTransformer());
  // Installed later = runs outside: a network failure retries the whole (rate-limit-aware) call.
  api.config.use(networkRetryTransformer());
  for (const make of extra) api.config.use(make());
}
