import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Field names that could ever carry personal data. Code logs only ids, kinds, counts and
 * durations; this list is the second net in case a field slips in.
 */
const REDACTED_PATHS = [
  "text", "caption", "phone", "number", "e164", "alias", "name", "note", "notes", "token", "key",
  "message", "msg.text", "update", "ctx", "payload", "data", "contact", "first_name", "last_name", "username",
  "*.text", "*.caption", "*.phone", "*.number", "*.e164", "*.alias", "*.name", "*.note", "*.token",
  "*.first_name", "*.last_name", "*.username", "*.payload", "*.data", "*.contact",
  "err.message", "err.stack", "error.message", "error.stack",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: "quietline" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      // Errors are reduced to their class and code: messages and stacks may quote user input.
      serializers: { err: describeError, error: describeError },
    },
    destination,
  );
}

/** What may be logged about an error: its class and code, never its message. */
export function describeError(error: unknown): { type: string; code?: string | number } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown; error_code?: unknown }).code ?? (error as { error_code?: unknown }).error_code;
    return {
      type: error.name || error.constructor.name,
      ...((typeof code === "string" || typeof code === "number") && { code }),
    };
  }
  return { type: typeof error };
}
