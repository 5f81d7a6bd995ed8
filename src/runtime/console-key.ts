import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeMasterKey, generateMasterKey } from "../store/crypto.js";
import { ensureDataDir } from "../store/database.js";

export const CONSOLE_KEY_FILE = "console-demo.key";

/**
 * The console chat may run without ENCRYPTION_KEY: it keeps a demo key next to the data.
 * That protects nothing if the folder is copied whole, which is why the chat says so.
 */
export function loadOrCreateConsoleKey(dataDir: string): { key: Buffer; created: boolean; path: string } {
  ensureDataDir(dataDir);
  const path = join(dataDir, CONSOLE_KEY_FILE);
  if (existsSync(path)) {
    const key = decodeMasterKey(readFileSync(path, "utf8"));
    if (!key) throw new Error(`The demo key file ${path} is damaged.`);
    return { key, created: false, path };
  }
  const encoded = generateMasterKey();
  writeFileSync(path, `${encoded}\n`, { mode: 0o600, flag: "wx" });
  return { key: decodeMasterKey(encoded)!, created: true, path };
}
