/**
 * Runs every benchmark in scripts/bench/ and prints one table, with the machine it ran on.
 * Each module runs in its own process, so one module's memory and JIT state do not colour the
 * next (the load benchmark measures resident memory). The table also goes to .tmp/bench-latest.md.
 *
 *   npm run bench              every module
 *   npm run bench -- e2e load  only these
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startEnvironment, startNodeFlags } from "./bench/rig.js";
import type { BenchRow } from "./bench/types.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH_DIR = join(ROOT, "scripts", "bench");
const MARKER = "@@bench-rows@@";
const MODULE_TIMEOUT_MS = 300_000;
/** Files in scripts/bench/ that help the modules and are not modules themselves. */
const HELPERS: ReadonlySet<string> = new Set(["types.ts", "rig.ts"]);

async function runInChild(file: string): Promise<BenchRow[]> {
  // Under the V8 settings npm start uses, so what is measured is what runs.
  const child = spawn(process.execPath, [...startNodeFlags(), "--import", "tsx", fileURLToPath(import.meta.url), "--module", file], {
    cwd: ROOT,
    env: { ...process.env, ...startEnvironment() },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => (out += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), MODULE_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  const line = out.split("\n").find((l) => l.startsWith(MARKER));
  if (code !== 0 || !line) return [{ name: `${basename(file, ".ts")}: did not finish`, value: Number.NaN, unit: "", note: `exit ${code}` }];
  return JSON.parse(line.slice(MARKER.length)) as BenchRow[];
}

/** "≤ 20 ms", "≥ 100×", "< 5": the comparison and the number; undefined when the target is prose. */
function parseTarget(target: string): { op: "<=" | ">=" | "<" | ">"; limit: number } | undefined {
  const match = /^\s*(≤|<=|≥|>=|<|>)\s*([\d][\d_,.\s]*)/.exec(target);
  if (!match) return undefined;
  const op = ({ "≤": "<=", "<=": "<=", "≥": ">=", ">=": ">=", "<": "<", ">": ">" } as const)[match[1] as "≤"];
  const limit = Number(match[2]!.replace(/[_,\s]/g, ""));
  return Number.isFinite(limit) ? { op, limit } : undefined;
}

export function verdict(row: BenchRow): "✅" | "❌" | "" {
  if (!row.target) return "";
  const target = parseTarget(row.target);
  if (!target) return "";
  if (!Number.isFinite(row.value)) return "❌";
  const v = row.value;
  const ok = target.op === "<=" ? v <= target.limit : target.op === ">=" ? v >= target.limit : target.op === "<" ? v < target.limit : v > target.limit;
  return ok ? "✅" : "❌";
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString("en") : String(value);
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${type()}, Node ${process.version}`;
}

export function table(rows: readonly BenchRow[]): string {
  const lines = ["| benchmark | value | unit | target | | note |", "|---|---:|---|---|:-:|---|"];
  for (const row of rows) {
    lines.push(`| ${row.name} | ${formatValue(row.value)} | ${row.unit} | ${row.target ?? ""} | ${verdict(row)} | ${row.note ?? ""} |`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  if (process.argv[2] === "--module") {
    const module = (await import(pathToFileURL(process.argv[3]!).href)) as { run: () => Promise<BenchRow[]> };
    const rows = await module.run();
    process.stdout.write(`\n${MARKER}${JSON.stringify(rows)}\n`);
    process.exit(0);
  }
  const only = process.argv.slice(2);
  const files = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(".ts") && !HELPERS.has(f) && !f.endsWith(".d.ts"))
    .filter((f) => only.length === 0 || only.includes(basename(f, ".ts")))
    .sort()
    .map((f) => join(BENCH_DIR, f));
  const rows: BenchRow[] = [];
  const started = performance.now();
  for (const file of files) {
    const t = performance.now();
    process.stderr.write(`bench: ${basename(file)} …\n`);
    rows.push(...(await runInChild(file)));
    process.stderr.write(`bench: ${basename(file)} done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const report = [
    `Machine: ${machine()}`,
    `Run: ${when} UTC, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    "",
    table(rows),
    "",
  ].join("\n");
  process.stdout.write(`${report}\n`);
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  writeFileSync(join(ROOT, ".tmp", "bench-latest.md"), report);
  const failed = rows.filter((r) => verdict(r) === "❌").length;
  process.stdout.write(`${failed === 0 ? "every target met" : `${failed} target(s) missed`} — table written to .tmp/bench-latest.md\n`);
}

await main();
