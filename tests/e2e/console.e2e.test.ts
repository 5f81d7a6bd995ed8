import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/bot-process.js";

const PASTE_ON = "\u001b[?2004h";
const PASTE_OFF = "\u001b[?2004l";
const ENTER = "\r";

// util-linux `script` gives the process a real terminal (a pseudo-terminal), as `npm start` in a shell has.
const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.skipIf(!hasScript)("npm start without a token, in a terminal", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "quietline-console-"));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers a pasted notification once, marked or not, and switches bracketed paste off on SIGTERM", async () => {
    const terminal = spawn("script", ["--quiet", "--flush", "--return", "--command", "exec node --import tsx src/main.ts", "/dev/null"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", SHELL: "/bin/sh", TERM: "xterm-256color", LANG: "de_DE.UTF-8", DATA_DIR: dataDir },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let screen = "";
    terminal.stdout.on("data", (chunk: Buffer) => (screen += chunk.toString("utf8")));
    terminal.stderr.on("data", (chunk: Buffer) => (screen += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => terminal.once("exit", (code) => resolve(code)));
    const shows = async (pattern: RegExp, count = 1) => {
      for (let waited = 0; (screen.match(new RegExp(pattern, "g"))?.length ?? 0) < count; waited += 50) {
        if (waited > 20_000) throw new Error(`the console did not show ${pattern} ${count}× in time`);
        await sleep(50);
      }
    };
    try {
      await shows(/› /);
      expect(screen.indexOf(PASTE_ON)).toBeGreaterThan(-1);
      expect(screen.indexOf(PASTE_ON)).toBeLessThan(screen.indexOf("› "));

      // A terminal with bracketed paste: the paste, then her Enter.
      terminal.stdin.write(`\u001b[200~Entgangener Anruf${ENTER}0171 2345678${ENTER}11:40\u001b[201~`);
      await sleep(300);
      terminal.stdin.write(ENTER);
      await shows(/Verstanden/);
      // A terminal without it: the lines in one burst.
      terminal.stdin.write(`Entgangener Anruf${ENTER}0160 9876543${ENTER}11:45${ENTER}`);
      await shows(/Verstanden/, 2);
      await shows(/› /, 2);

      const answers = screen.slice(screen.indexOf("› "));
      expect(answers).toContain("0171 2345678");
      expect(answers).toContain("0160 9876543");
      expect(answers).not.toMatch(/nicht lesbar|nicht verstanden/);

      const nodePid = Number(readFileSync(`/proc/${terminal.pid}/task/${terminal.pid}/children`, "utf8").trim().split(" ")[0]);
      process.kill(nodePid, "SIGTERM");
      expect(await exited).toBe(0);
      expect(screen.endsWith(PASTE_OFF)).toBe(true);
      expect(screen.lastIndexOf(PASTE_OFF)).toBeGreaterThan(screen.lastIndexOf(PASTE_ON));
    } finally {
      terminal.kill("SIGKILL");
    }
  });
});
