/**
 * The text a reader of the raw data file would see, with the random-looking parts blanked:
 * sealed values ("q1." + base64) and keyed-hash ids ("keyv:" + 32 base64url characters).
 * A short needle such as "Tom" or "2345678" turns up inside such random text by chance every
 * few runs; a real plaintext leak never hides inside one, so blanking them keeps the scan sound.
 */
const SEALED_VALUE = /q1\.[A-Za-z0-9+/]+={0,2}/g;
const HASHED_ID = /keyv:[A-Za-z0-9_-]{32}/g;

export function readableText(bytes: Buffer | string): string {
  const texts = Buffer.isBuffer(bytes) ? [bytes.toString("latin1"), bytes.toString("utf8")] : [bytes];
  return texts.map((text) => text.replace(SEALED_VALUE, "q1.").replace(HASHED_ID, "keyv:")).join("\n");
}
