import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { openStores } from "../store/stores.js";
import { Vault } from "../store/vault.js";
import type { AppServices } from "../bot/context.js";
import { describeError } from "../log.js";
import { ChatTransports } from "../bot/transport/chats.js";

/** Opens the encrypted store and everything handlers need. */
export async function openApp(
  config: Config,
  masterKey: Buffer,
  logger: Logger,
  clock: () => number = Date.now,
): Promise<{ services: AppServices; close: () => Promise<void> }> {
  const vault = await Vault.open({
    dataDir: config.dataDir,
    masterKey,
    onError: (error) => logger.error({ err: describeError(error) }, "store error"),
  });
  const stores = await openStores(vault);
  return { services: { config, vault, stores, logger, clock, transports: new ChatTransports() }, close: () => vault.close() };
}
