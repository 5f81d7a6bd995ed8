/**
 * The bot as `src/main.ts` builds it (every feature, info-level logs to nowhere), driven in-process
 * through the local transport: what the e2e and load benchmarks measure. The test harness keeps
 * every log line at trace level in memory, which would be measured too.
 */
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/bot.js";
import { allFeatures } from "../../src/bot/features/index.js";
import { ChatBridge, LOCAL_BOT_INFO } from "../../src/bot/transport/chat-bridge.js";
import { createLocalFetch } from "../../src/bot/transport/local-api.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { openApp } from "../../src/runtime/app.js";
import { OWNER_ID, RecordingSurface } from "../../tests/support/harness.js";

const startScript = (): string =>
  (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: { start: string } }).scripts.start;

/** The node flags `npm start` runs the bot with (package.json), so benchmarks measure under the same V8 settings. */
export function startNodeFlags(): string[] {
  const flags = /\bnode((?:\s+--\S+)*)\s+dist\/main\.js/.exec(startScript())?.[1] ?? "";
  return flags.split(/\s+/).filter((f) => f.length > 0);
}

/** The environment `npm start` sets before node (`NAME=value node …`), for the same reason. */
export function startEnvironment(): Record<string, string> {
  const assignments = /(?:^|&&)\s*((?:\w+=\S+\s+)*)node\s/.exec(startScript())?.[1] ?? "";
  return Object.fromEntries(assignments.split(/\s+/).filter((a) => a.includes("=")).map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]));
}

export interface Rig {
  /** Open the store, create the bot, init: ms. */
  readonly startMs: number;
  /** Sends her text and resolves to the number of messages shown in reply. */
  send(text: string): Promise<number>;
  close(): Promise<void>;
}

export interface RigOptions {
  readonly dataDir: string;
  readonly masterKey: Buffer;
  /** The clock at start, epoch ms. */
  readonly now: number;
  /**
   * How far the clock moves per message, so offers' holds expire as they do in use (after the
   * hold time); with a standing clock every /free would hold three more slots for ever.
   */
  readonly stepMs: number;
}

const silent = () => createLogger("info", new Writable({ write: (_c, _e, done) => done() }) as never);

export async function startRig(options: RigOptions): Promise<Rig> {
  const loaded = loadConfig({ DATA_DIR: options.dataDir, OWNER_IDS: String(OWNER_ID), BOT_LANGUAGE: "de" });
  if (!loaded.ok) throw new Error(loaded.problems.join("; "));
  let now = options.now;
  const clock = () => now;
  const started = performance.now();
  const app = await openApp(loaded.config, options.masterKey, silent(), clock);
  const surface = new RecordingSurface();
  const bridge = new ChatBridge(OWNER_ID, surface, clock);
  const bot = createBot(app.services, { token: "0:rig", botInfo: LOCAL_BOT_INFO, fetch: createLocalFetch(bridge.handle), features: allFeatures() });
  await bot.init();
  const startMs = performance.now() - started;
  return {
    startMs,
    send: async (text) => {
      now += options.stepMs;
      surface.shown.length = 0;
      const update: Update = bridge.textUpdate(text);
      await bot.handleUpdate(update);
      return surface.shown.length;
    },
    close: () => app.close(),
  };
}
