import type { Api } from "grammy";
import type { AppServices } from "../bot/context.js";
import { runRetentionSweep, sweepIsDue } from "../bot/features/privacy/retention.js";
import { runDueCheckIns } from "../bot/features/safety/runner.js";
import { runDueDeletions } from "../bot/self-cleaning/deletions.js";
import { pruneInvites } from "../store/safety.js";
import { describeError } from "../log.js";

/** How often the scheduler looks for due work. Deletions are stored, so nothing is lost between ticks. */
export const TICK_EVERY_MS = 30_000;

export interface JobsOptions {
  readonly services: AppServices;
  /** The Api deletions go through (bot.api). */
  readonly api: Api;
  readonly tickEveryMs?: number;
  /** Tests drive ticks themselves. */
  readonly autoStart?: boolean;
}

export interface Jobs {
  /** Runs due check-in steps and deletions, and the retention sweep if a day has passed since the last one. */
  tick(options?: { forceSweep?: boolean }): Promise<void>;
  /** Stops the timer and waits for a tick in progress; call before the store closes. */
  stop(): Promise<void>;
}

/**
 * The background work, all of it persistent: running check-ins, pending deletions and the time of
 * the last sweep live in the store, so a restart resumes them all — an alert that fell due while the
 * bot was down goes out at the first tick. Runs the sweep at start and then at least daily.
 */
export function startJobs({ services, api, tickEveryMs = TICK_EVERY_MS, autoStart = true }: JobsOptions): Jobs {
  let running: Promise<void> | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const work = async (forceSweep: boolean) => {
    // First: an alert must not wait behind a slow round of deletions.
    try {
      await runDueCheckIns(services, api);
      await pruneInvites(services.stores, services.clock());
    } catch (error) {
      services.logger.error({ err: describeError(error) }, "check-ins failed");
    }
    try {
      await runDueDeletions(services, api);
    } catch (error) {
      services.logger.error({ err: describeError(error) }, "self-cleaning failed");
    }
    try {
      if (forceSweep || (await sweepIsDue(services))) await runRetentionSweep(services);
    } catch (error) {
      services.logger.error({ err: describeError(error) }, "retention sweep failed");
    }
  };

  const tick = async ({ forceSweep = false } = {}) => {
    if (stopped) return;
    // One tick at a time: a slow Telegram must not stack deletions on top of each other.
    if (running) return running;
    running = work(forceSweep).finally(() => (running = undefined));
    return running;
  };

  if (autoStart) {
    void tick({ forceSweep: true });
    timer = setInterval(() => void tick(), tickEveryMs);
    timer.unref();
  }

  return {
    tick,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
