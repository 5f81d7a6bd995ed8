import { generateMasterKey } from "../src/store/crypto.js";

/** Prints a fresh ENCRYPTION_KEY: 32 random bytes, base64. */
process.stdout.write(`${generateMasterKey()}\n`);
