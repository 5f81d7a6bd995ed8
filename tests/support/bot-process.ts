import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root (where src/main.ts and node_modules live). */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BotExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** The real `src/main.ts`, running as its own process. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** stdout and stderr lines so far (pino JSON in Telegram mode). */
  readonly lines: string[];
  /** Resolves once the bot logs that it is polling (or rejects when it exits first). */
  readonly ready: Promise<void>;
  readonly exited: Promise<BotExit>;
  /** true until the process has exited. */
  running(): boolean;
  kill(signal: NodeJS.Signals): void;
  /** Kills it if still running and waits for the exit. */
  stop(): Promise<BotExit>;
}

export interface SpawnBotOptions {
  /** Environment for the bot; PATH and HOME are passed through, nothing else from this process. */
  readonly env: Readonly<Record<string, string>>;
  readonly readyTimeoutMs?: number;
}

/**
 * Starts `node --import tsx src/main.ts` with exactly the given configuration. Nothing of the
 * test runner's environment leaks in, so a developer's BOT_TOKEN can never be used by a test.
 */
export function spawnBot(options: SpawnBotOptions): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      LOG_LEVEL: "info",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let alive = true;
  const exited = new Promise<BotExit>((resolve) => {
    child.once("exit", (code, signal) => {
      alive = false;
      resolve({ code, signal });
    });
  });

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the bot did not start polling in time")), options.readyTimeoutMs ?? 20_000);
    const onLine = (line: string) => {
      lines.push(line);
      if (/"msg":"running"/.test(line)) {
        clearTimeout(timer);
        resolve();
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = "";
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        buffered += chunk;
        const parts = buffered.split("\n");
        buffered = parts.pop() ?? "";
        for (const part of parts) if (part.trim()) onLine(part);
      });
    }
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited before it was ready (code ${exit.code}, signal ${exit.signal})`));
    });
  });
  // A test that only waits on `exited` must not see an unhandled rejection from `ready`.
  ready.catch(() => undefined);

  return {
    child,
    lines,
    ready,
    exited,
    running: () => alive,
    kill: (signal) => {
      if (alive) child.kill(signal);
    },
    stop: async () => {
      if (alive) child.kill("SIGKILL");
      return exited;
    },
  };
}
