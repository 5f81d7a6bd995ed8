import type { Logger } from "../log.js";

/**
 * Runs `stop` once on SIGINT/SIGTERM. If stopping hangs, exits after `graceMs` anyway
 * so a service manager never has to kill the process.
 */
export function onShutdownSignal(stop: () => Promise<void>, logger: Logger, graceMs = 8_000): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, graceMs).unref();
    stop().catch((error: unknown) => logger.error({ err: error }, "error while stopping"));
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}
