import { z } from "zod";
import { decodeMasterKey } from "./store/crypto.js";
import { DRAFT_LANGUAGES, type DraftLanguage } from "./core/draft-language.js";
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from "./interface-language.js";

export interface Config {
  readonly botToken?: string;
  readonly botApiRoot: string;
  readonly ownerIds: readonly number[];
  readonly dataDir: string;
  /** Absent only in console mode, which creates or reuses a local demo key. */
  readonly encryptionKey?: Buffer;
  /** BOT_LANGUAGE: her interface language unless she chose one; absent = her Telegram client's, else German. */
  readonly interfaceLanguage?: InterfaceLanguage;
  /** DRAFT_LANGUAGE: the language of client drafts unless she chose one (a client who wrote in another gets theirs). */
  readonly draftLanguage: DraftLanguage;
  readonly timeZone: string;
  readonly phoneRegion: string;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  readonly webhook?: { readonly url: string; readonly secret: string; readonly port: number };
  /** Set when quietline serves Signal through a signal-cli daemon. */
  readonly signal?: SignalConfig;
  /**
   * INTAKE_PORT: an HTTP server of its own for POST /intake (polling, Signal, console). In webhook
   * mode the endpoint is on the webhook server instead and this is absent.
   */
  readonly intake?: { readonly port: number; readonly host: string };
  /** The endpoint as her phone reaches it (INTAKE_PUBLIC_URL, else from WEBHOOK_URL): for the ready-made request. */
  readonly intakeUrl?: string;
}

/** The intake endpoint's path, on its own server or beside the webhook. */
export const INTAKE_PATH = "/intake";

/** Whether POST /intake is served at all: on its own port, or on the webhook server. */
export function intakeServed(config: Pick<Config, "intake" | "webhook">): boolean {
  return config.intake !== undefined || config.webhook !== undefined;
}

export interface SignalConfig {
  /** The daemon's HTTP address, e.g. http://127.0.0.1:8080 (no trailing slash). */
  readonly url: string;
  /** The bot's own Signal number (+E.164). */
  readonly account: string;
  /** Who may use the bot: +E.164 numbers or ACI UUIDs (lower case), each once. */
  readonly owners: readonly string[];
}

export const DEFAULT_API_ROOT = "https://api.telegram.org";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    BOT_TOKEN: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "expected a token from BotFather, like 123456:ABC-DEF…")
        .optional(),
    ),
    BOT_API_ROOT: z.preprocess(blankToUndefined, z.url("expected a URL such as https://api.telegram.org").default(DEFAULT_API_ROOT)),
    OWNER_IDS: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "expected comma-separated Telegram user ids, e.g. 123456789,987654321")
        .optional(),
    ),
    DATA_DIR: z.preprocess(blankToUndefined, z.string().default("./data")),
    ENCRYPTION_KEY: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine((v) => decodeMasterKey(v) !== undefined, "expected 32 random bytes in base64 (run: npm run keygen)")
        .optional(),
    ),
    BOT_LANGUAGE: z.preprocess(blankToUndefined, z.enum(INTERFACE_LANGUAGES, `expected one of ${INTERFACE_LANGUAGES.join(", ")}`).optional()),
    DRAFT_LANGUAGE: z.preprocess(blankToUndefined, z.enum(DRAFT_LANGUAGES, `expected one of ${DRAFT_LANGUAGES.join(", ")}`).default("de")),
    BOT_TIMEZONE: z.preprocess(
      blankToUndefined,
      z.string().refine(isTimeZone, "expected an IANA time zone such as Europe/Berlin").default("Europe/Berlin"),
    ),
    PHONE_REGION: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[A-Za-z]{2}$/, "expected a two-letter country code such as DE")
        .transform((v) => v.toUpperCase())
        .default("DE"),
    ),
    LOG_LEVEL: z.preprocess(
      blankToUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "expected one of fatal, error, warn, info, debug, trace, silent").default("info"),
    ),
    WEBHOOK_URL: z.preprocess(blankToUndefined, z.url("expected the public https URL Telegram should call").optional()),
    WEBHOOK_SECRET: z.preprocess(
      blankToUndefined,
      z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "expected 16–256 characters of A–Z, a–z, 0–9, _ or -").optional(),
    ),
    PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535, "expected a port number 1–65535").default(8080)),
    INTAKE_PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535, "expected a port number 1–65535").optional()),
    INTAKE_HOST: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^(?:[0-9.]+|\[?[0-9a-fA-F:]+\]?|[A-Za-z0-9.-]+)$/, "expected an address to listen on, e.g. 127.0.0.1")
        .default("127.0.0.1"),
    ),
    INTAKE_PUBLIC_URL: z.preprocess(
      blankToUndefined,
      z.url({ protocol: /^https$/, error: "expected the https address your phone reaches the endpoint at, e.g. https://quietline.example.de/intake" }).optional(),
    ),
    SIGNAL_CLI_URL: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: "expected the signal-cli daemon's http address, e.g. http://127.0.0.1:8080" })
        .refine((v) => !/\/api\/v1(\/|$)/.test(new URL(v).pathname), "expected the daemon's address without /api/v1/…, e.g. http://127.0.0.1:8080")
        .optional(),
    ),
    SIGNAL_ACCOUNT: z.preprocess(
      blankToUndefined,
      z
        .string()
        .transform(normalizeSignalId)
        .refine((v) => E164.test(v), "expected the bot's Signal number with country code, e.g. +4915112345678")
        .optional(),
    ),
    SIGNAL_OWNERS: z.preprocess(
      blankToUndefined,
      z
        .string()
        .transform((v) => v.split(",").map(normalizeSignalId))
        .refine((ids) => ids.every((id) => E164.test(id) || ACI.test(id)), "expected comma-separated Signal numbers (+49…) or ACI UUIDs")
        .refine((ids) => new Set(ids).size === ids.length, "lists the same owner twice")
        .optional(),
    ),
  });

const E164 = /^\+[1-9]\d{6,14}$/;
const ACI = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** "+49 151 2345-678" → "+491512345678"; UUIDs to lower case, as signal-cli prints them. */
export function normalizeSignalId(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.startsWith("+") ? trimmed.replace(/[\s()/-]/g, "") : trimmed.toLowerCase();
}

const isSet = (value: string | undefined) => value !== undefined && value.trim() !== "";

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname.replace(/\/+$/, "");
  } catch {
    return undefined;
  }
}

/** Rules that join several variables; checked on the raw values so they are reported even when others fail. */
function crossFieldProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const problems: string[] = [];
  if (isSet(env.BOT_TOKEN)) {
    if (!isSet(env.OWNER_IDS)) problems.push("OWNER_IDS: required with BOT_TOKEN: your Telegram user id");
    if (!isSet(env.ENCRYPTION_KEY)) problems.push("ENCRYPTION_KEY: required with BOT_TOKEN (run: npm run keygen)");
  }
  if (isSet(env.SIGNAL_CLI_URL)) {
    if (!isSet(env.SIGNAL_ACCOUNT)) problems.push("SIGNAL_ACCOUNT: required with SIGNAL_CLI_URL: the bot's own Signal number");
    if (!isSet(env.SIGNAL_OWNERS)) problems.push("SIGNAL_OWNERS: required with SIGNAL_CLI_URL: your Signal number or ACI UUID");
    if (!isSet(env.ENCRYPTION_KEY)) problems.push("ENCRYPTION_KEY: required with SIGNAL_CLI_URL (run: npm run keygen)");
  } else {
    const given = (["SIGNAL_ACCOUNT", "SIGNAL_OWNERS"] as const).filter((name) => isSet(env[name]));
    if (given.length > 0) problems.push(`SIGNAL_CLI_URL: required with ${given.join(" and ")}: the signal-cli daemon's http address`);
  }
  if (isSet(env.SIGNAL_ACCOUNT) && isSet(env.SIGNAL_OWNERS)) {
    const account = normalizeSignalId(env.SIGNAL_ACCOUNT!);
    if (env.SIGNAL_OWNERS!.split(",").map(normalizeSignalId).includes(account)) {
      problems.push("SIGNAL_OWNERS: must not contain SIGNAL_ACCOUNT: the bot needs a number of its own");
    }
  }
  if (isSet(env.WEBHOOK_URL)) {
    if (!isSet(env.WEBHOOK_SECRET)) problems.push("WEBHOOK_SECRET: required with WEBHOOK_URL");
    if (!isSet(env.BOT_TOKEN)) problems.push("BOT_TOKEN: required with WEBHOOK_URL");
    if (isSet(env.INTAKE_PORT)) problems.push("INTAKE_PORT: not with WEBHOOK_URL: the webhook server (PORT) serves POST /intake too");
    if (pathOf(env.WEBHOOK_URL!) === INTAKE_PATH) problems.push(`WEBHOOK_URL: its path must not be ${INTAKE_PATH}, which is the intake endpoint's`);
  }
  return problems;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Reads the environment; reports every problem at once, each by variable name. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "config")}: ${issue.message}`)),
    ...crossFieldProblems(env),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, problems: [...new Set(problems)] };
  const e = parsed.data;
  const intakeUrl = e.INTAKE_PUBLIC_URL ?? (e.WEBHOOK_URL !== undefined ? new URL(INTAKE_PATH, e.WEBHOOK_URL).href : undefined);
  const config: Config = {
    botApiRoot: e.BOT_API_ROOT.replace(/\/+$/, ""),
    ownerIds: e.OWNER_IDS ? e.OWNER_IDS.split(",").map((id) => Number(id.trim())) : [],
    dataDir: e.DATA_DIR,
    draftLanguage: e.DRAFT_LANGUAGE,
    timeZone: e.BOT_TIMEZONE,
    phoneRegion: e.PHONE_REGION,
    logLevel: e.LOG_LEVEL,
    ...(e.BOT_LANGUAGE !== undefined && { interfaceLanguage: e.BOT_LANGUAGE }),
    ...(e.BOT_TOKEN !== undefined && { botToken: e.BOT_TOKEN }),
    ...(e.ENCRYPTION_KEY !== undefined && { encryptionKey: decodeMasterKey(e.ENCRYPTION_KEY)! }),
    ...(e.WEBHOOK_URL !== undefined &&
      e.WEBHOOK_SECRET !== undefined && { webhook: { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET, port: e.PORT } }),
    ...(e.SIGNAL_CLI_URL !== undefined &&
      e.SIGNAL_ACCOUNT !== undefined &&
      e.SIGNAL_OWNERS !== undefined && {
        signal: { url: e.SIGNAL_CLI_URL.replace(/\/+$/, ""), account: e.SIGNAL_ACCOUNT, owners: e.SIGNAL_OWNERS },
      }),
    ...(e.INTAKE_PORT !== undefined && { intake: { port: e.INTAKE_PORT, host: e.INTAKE_HOST } }),
    ...(intakeUrl !== undefined && { intakeUrl }),
  };
  return { ok: true, config };
}
