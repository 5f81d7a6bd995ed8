import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/** Keys derived from the one configured master key; each has a single purpose. */
export interface StoreKeys {
  /** AES-256-GCM key for record values. */
  readonly encryption: Buffer;
  /** HMAC-SHA-256 key for storage keys that would otherwise reveal a number or alias. */
  readonly index: Buffer;
}

const CIPHER = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = "q1";

export class DecryptionError extends Error {
  override name = "DecryptionError";
  constructor() {
    super("A stored record could not be decrypted: wrong key or damaged data.");
  }
}

export function deriveKeys(masterKey: Buffer): StoreKeys {
  if (masterKey.length !== 32) throw new RangeError("The master key must be 32 bytes.");
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), info, 32));
  return { encryption: derive("quietline/records/v1"), index: derive("quietline/index/v1") };
}

/** Decodes ENCRYPTION_KEY (base64 of 32 bytes); undefined if it is not exactly that. */
export function decodeMasterKey(base64: string): Buffer | undefined {
  const trimmed = base64.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return undefined;
  const key = Buffer.from(trimmed, "base64");
  return key.length === 32 ? key : undefined;
}

export function generateMasterKey(): string {
  return randomBytes(32).toString("base64");
}

/**
 * Encrypts with a fresh IV. `context` is bound as associated data so a record
 * moved to another key (or another store) fails authentication instead of being read as that one.
 */
export function seal(plaintext: string, key: Buffer, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${FORMAT}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function unseal(sealed: string, key: Buffer, context: string): string {
  const [format, payload] = sealed.split(".", 2);
  if (format !== FORMAT || payload === undefined) throw new DecryptionError();
  const raw = Buffer.from(payload, "base64");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new DecryptionError();
  try {
    const decipher = createDecipheriv(CIPHER, key, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptionError();
  }
}

/** A stable, keyed, non-reversible name for a value such as a phone number. */
export function blindIndex(value: string, key: Buffer, purpose: string): string {
  return createHmac("sha256", key).update(purpose).update("\0").update(value).digest("base64url").slice(0, 32);
}

export function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
