import { existsSync } from "node:fs";
import { decodeMasterKey, generateMasterKey } from "../src/store/crypto.js";
import { databasePath } from "../src/store/database.js";
import { rotateStore, StoreInUseError } from "../src/store/rotate.js";
import { Vault, WrongKeyError } from "../src/store/vault.js";

/**
 * npm run rotate-key: re-encrypts the store in DATA_DIR from ENCRYPTION_KEY to NEW_ENCRYPTION_KEY
 * (or a fresh key, printed before anything changes). Stop the bot first.
 */
function fail(message: string): never {
  process.stderr.write(`rotate-key: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const dataDir = process.env.DATA_DIR?.trim() || "./data";
  const oldKey = decodeMasterKey(process.env.ENCRYPTION_KEY ?? "");
  if (!oldKey) fail("ENCRYPTION_KEY must hold the current key (32 random bytes, base64).");
  if (!existsSync(databasePath(dataDir))) fail(`there is no store in DATA_DIR (${dataDir}).`);
  try {
    // Checked first, so a generated key is printed only when it will be used.
    await (await Vault.open({ dataDir, masterKey: oldKey, onError: () => undefined })).close();
  } catch (error) {
    fail(error instanceof WrongKeyError ? error.message : "the store in DATA_DIR cannot be opened.");
  }
  let newKey: Buffer;
  const given = process.env.NEW_ENCRYPTION_KEY?.trim();
  if (given) {
    newKey = decodeMasterKey(given) ?? fail("NEW_ENCRYPTION_KEY is not 32 random bytes in base64 (npm run keygen makes one).");
  } else {
    const generated = generateMasterKey();
    newKey = decodeMasterKey(generated)!;
    // Printed before anything changes, so the key is never lost to a crash.
    process.stdout.write(`New key (keep it safe, it replaces ENCRYPTION_KEY):\n${generated}\n`);
  }
  const knownIds = (process.env.OWNER_IDS ?? "").split(",").map((id) => id.trim()).filter(Boolean);
  try {
    const result = await rotateStore({ dataDir, oldKey, newKey, knownIds });
    process.stdout.write(
      `Re-encrypted ${result.records} records in ${result.namespaces} tables. Set ENCRYPTION_KEY to the new key now; the old one no longer opens the store.\n`,
    );
    if (result.unmatched > 0) process.stdout.write(`${result.unmatched} records kept their old index name (still readable in lists).\n`);
  } catch (error) {
    if (error instanceof WrongKeyError || error instanceof StoreInUseError) fail(error.message);
    fail(`stopped (${error instanceof Error ? error.name : "error"}); the store still opens with the old key.`);
  }
}

await main();
