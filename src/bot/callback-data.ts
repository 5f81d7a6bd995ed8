import { z } from "zod";

const SEPARATOR = ":";
/** Telegram's limit for callback_data, in bytes. */
const MAX_BYTES = 64;

/**
 * Typed callback data: a short prefix plus fields, validated with zod when a button comes back.
 * Data copied from another chat or forged simply fails to parse. Never put a phone number or
 * name into it — use a record's storage key (Collection#keyOf), which reveals nothing.
 */
export interface CallbackCodec<T extends Record<string, string>> {
  readonly prefix: string;
  /** Matches every callback of this codec (for bot.callbackQuery). */
  readonly pattern: RegExp;
  pack(data: T): string;
  unpack(raw: string | undefined): T | undefined;
}

export function callbackCodec<const K extends readonly string[]>(
  prefix: string,
  fields: K,
  schema: z.ZodType<{ [F in K[number]]: string }>,
): CallbackCodec<{ [F in K[number]]: string }> {
  if (!/^[a-z][a-z0-9]{0,7}$/.test(prefix)) throw new Error(`Bad callback prefix "${prefix}".`);
  const pattern = new RegExp(`^${prefix}${SEPARATOR}`);
  return {
    prefix,
    pattern,
    pack(data) {
      const values = fields.map((f) => {
        const value = data[f as K[number]];
        if (value.includes(SEPARATOR)) throw new Error("Callback values must not contain ':'.");
        return value;
      });
      const raw = [prefix, ...values].join(SEPARATOR);
      if (Buffer.byteLength(raw) > MAX_BYTES) throw new Error("Callback data longer than 64 bytes.");
      return raw;
    },
    unpack(raw) {
      if (typeof raw !== "string" || !pattern.test(raw)) return undefined;
      const values = raw.split(SEPARATOR).slice(1);
      if (values.length !== fields.length) return undefined;
      const parsed = schema.safeParse(Object.fromEntries(fields.map((f, i) => [f, values[i]])));
      return parsed.success ? parsed.data : undefined;
    },
  };
}

/** A storage key as produced by Collection#keyOf for hashed ids. */
export const storageKeySchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
