import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppServices } from "../../src/bot/context.js";
import { loadConfig } from "../../src/config.js";
import { openApp } from "../../src/runtime/app.js";
import { startSignal, type SignalRun } from "../../src/runtime/signal.js";
import { generateMasterKey } from "../../src/store/crypto.js";
import { capturingLogger } from "./logs.js";
import { SignalDaemon, type SayOptions, type ShownMessage, type SignalPerson } from "./signal-daemon.js";

export const BOT_NUMBER = "+4915100000001";
export const HER: SignalPerson & { number: string } = { number: "+4917600000002", uuid: randomUUID(), name: "Her" };
export const STRANGER: SignalPerson & { number: string } = { number: "+4917600000003", uuid: randomUUID(), name: "Stranger" };

export interface SignalHarness {
  readonly daemon: SignalDaemon;
  readonly run: SignalRun;
  readonly services: AppServices;
  readonly dataDir: string;
  readonly logLines: string[];
  now(): number;
  setNow(epochMs: number): void;
  advance(ms: number): void;
  /** She writes; resolves once the bot has answered (it marks her message read), to what arrived meanwhile. */
  say(text: string | null, options?: SayOptions): Promise<ShownMessage[]>;
  /** The timestamp of her last message. */
  lastSaid(): number;
  /** Her chat as her phone shows it. */
  chat(): ShownMessage[];
  last(): ShownMessage;
  close(): Promise<void>;
}

export interface SignalHarnessOptions {
  readonly now?: number;
  readonly env?: Record<string, string>;
  readonly alertVisibleMs?: number;
}

/** The real bot and store, served on Signal through the adapter, against the daemon double on loopback. */
export async function createSignalHarness(options: SignalHarnessOptions = {}): Promise<SignalHarness> {
  let now = options.now ?? Date.UTC(2026, 10, 23, 13, 0);
  const daemon = await SignalDaemon.start({ account: BOT_NUMBER, clock: () => now });
  const dataDir = mkdtempSync(join(tmpdir(), "quietline-signal-"));
  // The defaults: German, Europe/Berlin, numbers of the DE region.
  const loaded = loadConfig({
    ...options.env,
    DATA_DIR: dataDir,
    ENCRYPTION_KEY: generateMasterKey(),
    SIGNAL_CLI_URL: daemon.url,
    SIGNAL_ACCOUNT: BOT_NUMBER,
    SIGNAL_OWNERS: HER.number,
  });
  if (!loaded.ok) throw new Error(loaded.problems.join("; "));
  const { config } = loaded;
  const { logger, lines: logLines } = capturingLogger("trace");
  const app = await openApp(config, config.encryptionKey!, logger, () => now);
  const run = await startSignal(app.services, config.signal!, logger, {
    handleSignals: false,
    backoffMs: [50, 100, 200],
    ...(options.alertVisibleMs !== undefined && { alertVisibleMs: options.alertVisibleMs }),
  });
  await daemon.waitFor(() => daemon.connections > 0, 5_000, "the event stream");
  let lastSaid = 0;

  return {
    daemon,
    run,
    services: app.services,
    dataDir,
    logLines,
    now: () => now,
    setNow: (t) => void (now = t),
    advance: (ms) => void (now += ms),
    say: async (text, sayOptions) => {
      const before = daemon.shown.length;
      lastSaid = daemon.say(HER, text, sayOptions);
      await daemon.answered(lastSaid);
      return daemon.shown.slice(before).filter((m) => m.recipient === HER.number);
    },
    lastSaid: () => lastSaid,
    chat: () => daemon.chat(HER.number),
    last: () => {
      const message = daemon.chat(HER.number).at(-1);
      if (!message) throw new Error("the bot has sent nothing yet");
      return message;
    },
    close: async () => {
      await run.stop();
      await app.close();
      await daemon.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
