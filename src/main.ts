import { existsSync } from "node:fs";
import type { Api } from "grammy";
import { createBot } from "./bot/bot.js";
import { allFeatures } from "./bot/features/index.js";
import { ChatBridge, LOCAL_BOT_INFO } from "./bot/transport/chat-bridge.js";
import { createLocalFetch } from "./bot/transport/local-api.js";
import { intakeServed, loadConfig, type Config } from "./config.js";
import { IntakeDesk, type AnnounceTarget } from "./bot/intake/desk.js";
import { translatorFor } from "./bot/i18n.js";
import { createTerminalSurface, PromptLine, runConsoleChat, type ConsoleLanguage } from "./console/console-chat.js";
import { interfaceLanguageOfCode, negotiateInterfaceLanguage, REFERENCE_LANGUAGE } from "./interface-language.js";
import { createLogger, describeError, type Logger } from "./log.js";
import { openApp } from "./runtime/app.js";
import { loadOrCreateConsoleKey } from "./runtime/console-key.js";
import { onShutdownSignal } from "./runtime/shutdown.js";
import { startJobs } from "./runtime/jobs.js";
import { startSignal } from "./runtime/signal.js";
import { runTelegram } from "./runtime/telegram.js";
import { IntakeEndpoint, startIntakeServer, type IntakeServer } from "./runtime/intake-http.js";
import { GENERAL_ID } from "./store/records/general.js";
import type { Stores } from "./store/stores.js";
import { WrongKeyError } from "./store/vault.js";

/** The user id the console chat speaks as; it is the only owner there. */
const CONSOLE_OWNER_ID = 1_000_001;

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join("\n")}\n`);
  process.exit(1);
}

/** The terminal's locale ("ro_RO.UTF-8") plays the part of her Telegram client's language. */
function terminalLanguageCode(): string | undefined {
  return process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || undefined;
}

/** Her interface language as the bot negotiates it, for the console's own lines. */
function consoleLanguage(config: Config, client: string | undefined): ConsoleLanguage & { useStores(stores: Stores): void } {
  let stores: Stores | undefined;
  let t = translatorFor(negotiateInterfaceLanguage({ configured: config.interfaceLanguage, client }));
  const refresh = async () => {
    const stored = stores && (await stores.general.get(GENERAL_ID))?.interfaceLanguage;
    t = translatorFor(negotiateInterfaceLanguage({ stored, configured: config.interfaceLanguage, client }));
  };
  return { current: () => t, refresh, useStores: (s) => void (stores = s) };
}

async function runConsoleMode(config: Config, logger: Logger): Promise<void> {
  const consoleConfig: Config = { ...config, ownerIds: [config.ownerIds[0] ?? CONSOLE_OWNER_ID] };
  const client = terminalLanguageCode();
  const language = consoleLanguage(config, client);
  let masterKey = config.encryptionKey;
  if (!masterKey) {
    const local = loadOrCreateConsoleKey(config.dataDir);
    masterKey = local.key;
    process.stdout.write(`${language.current()("console-demo-key", { state: local.created ? "created" : "reused", path: local.path })}\n`);
  }
  const app = await openApp(consoleConfig, masterKey, logger);
  language.useStores(app.services.stores);
  await language.refresh();
  const owner = consoleConfig.ownerIds[0]!;
  const promptLine = new PromptLine(process.stdout);
  const surface = createTerminalSurface(process.stdout, config.dataDir, language, promptLine);
  const bridge = new ChatBridge(owner, surface, app.services.clock, interfaceLanguageOfCode(client) ?? config.interfaceLanguage ?? REFERENCE_LANGUAGE);
  const bot = createBot(app.services, { token: "0:console", botInfo: LOCAL_BOT_INFO, fetch: createLocalFetch(bridge.handle, bridge.serveFile) });
  await bot.init();
  const jobs = startJobs({ services: app.services, api: bot.api });
  // Reports from her phone show in this chat too, so the whole flow can be tried with curl.
  const desk = new IntakeDesk(app.services, () => [{ bot, chatIds: [owner] }]);
  const intake = config.intake ? await startIntakeServer(new IntakeEndpoint(app.services, desk), config.intake, logger) : undefined;
  const stop = async () => {
    await intake?.close();
    await desk.idle();
    desk.close();
    await jobs.stop();
    await app.close();
  };
  onShutdownSignal(async () => {
    await stop();
    process.exit(0);
  }, logger);
  try {
    await runConsoleChat({ bot, bridge, input: process.stdin, output: process.stdout, language, promptLine });
  } finally {
    await stop();
  }
}

/** Telegram, Signal or both, in one process on one store. */
async function runServerMode(config: Config, logger: Logger): Promise<void> {
  const app = await openApp(config, config.encryptionKey!, logger);
  const features = allFeatures();
  const running: Array<Promise<void>> = [];
  let api: Api | undefined;
  // Her phone's reports are announced in her chats on every transport that runs.
  const targets: AnnounceTarget[] = [];
  const desk = new IntakeDesk(app.services, () => targets);
  const endpoint = intakeServed(config) ? new IntakeEndpoint(app.services, desk) : undefined;
  if (config.botToken) {
    const bot = createBot(app.services, { token: config.botToken, apiRoot: config.botApiRoot, features });
    api = bot.api;
    if (app.services.transports) app.services.transports.home = bot.api;
    await bot.init();
    targets.push({ bot, chatIds: config.ownerIds });
    running.push(runTelegram(bot, config, features.flatMap((f) => f.commands), logger, { ...(endpoint && { intake: endpoint.listener }) }));
  }
  if (config.signal) {
    const signal = await startSignal(app.services, config.signal, logger, { features });
    api ??= signal.api;
    targets.push({ bot: signal.bot, chatIds: signal.chatIds });
    running.push(signal.done);
  }
  const jobs = startJobs({ services: app.services, api: api! });
  let intake: IntakeServer | undefined;
  try {
    if (config.intake && endpoint) intake = await startIntakeServer(endpoint, config.intake, logger);
    await Promise.all(running);
  } finally {
    await intake?.close();
    await desk.idle();
    desk.close();
    await jobs.stop();
    await app.close();
    logger.info("stopped");
  }
}

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const loaded = loadConfig(process.env);
  if (!loaded.ok) fail(["quietline: the configuration has problems:", ...loaded.problems.map((p) => `  - ${p}`)]);
  const { config } = loaded;
  const serves = Boolean(config.botToken || config.signal);
  // In the console chat, logs would interleave with the conversation: only warnings and worse, to stderr.
  const logger = serves
    ? createLogger(config.logLevel)
    : createLogger(config.logLevel === "info" ? "warn" : config.logLevel, process.stderr as never);

  if (!serves && !process.stdin.isTTY) {
    fail([
      "quietline: neither BOT_TOKEN nor SIGNAL_CLI_URL is set, and without them quietline runs as a local console chat,",
      "which needs an interactive terminal. Set BOT_TOKEN (and OWNER_IDS, ENCRYPTION_KEY) to run the Telegram bot,",
      "SIGNAL_CLI_URL (and SIGNAL_ACCOUNT, SIGNAL_OWNERS, ENCRYPTION_KEY) to run it on Signal,",
      "or run `npm start` in a terminal for the console chat.",
    ]);
  }
  try {
    if (serves) await runServerMode(config, logger);
    else await runConsoleMode(config, logger);
    process.exit(0);
  } catch (error) {
    if (error instanceof WrongKeyError) fail([`quietline: ${error.message}`]);
    logger.fatal({ err: describeError(error) }, "quietline stopped after an error");
    process.exit(1);
  }
}

await main();
