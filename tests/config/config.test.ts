import { describe, expect, it } from "vitest";
import { DEFAULT_API_ROOT, loadConfig } from "../../src/config.js";
import { generateMasterKey } from "../../src/store/crypto.js";

const token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc";

describe("loadConfig", () => {
  it("applies the documented defaults without a token (console mode)", () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      botApiRoot: DEFAULT_API_ROOT,
      dataDir: "./data",
      draftLanguage: "de",
      timeZone: "Europe/Berlin",
      phoneRegion: "DE",
      logLevel: "info",
      ownerIds: [],
    });
    expect(result.config.botToken).toBeUndefined();
    // Without BOT_LANGUAGE her interface language is negotiated per update (her setting, her Telegram client).
    expect(result.config.interfaceLanguage).toBeUndefined();
    expect(result.config.encryptionKey).toBeUndefined();
  });

  it("reads a full Telegram configuration", () => {
    const key = generateMasterKey();
    const result = loadConfig({
      BOT_TOKEN: token,
      BOT_API_ROOT: "http://127.0.0.1:9000/",
      OWNER_IDS: " 11, 22 ",
      ENCRYPTION_KEY: key,
      DATA_DIR: "/tmp/x",
      BOT_LANGUAGE: "ro",
      DRAFT_LANGUAGE: "en",
      BOT_TIMEZONE: "America/New_York",
      PHONE_REGION: "at",
      LOG_LEVEL: "debug",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.ownerIds).toEqual([11, 22]);
    expect(result.config.botApiRoot).toBe("http://127.0.0.1:9000");
    expect(result.config.encryptionKey?.toString("base64")).toBe(key);
    expect(result.config.phoneRegion).toBe("AT");
    expect(result.config.interfaceLanguage).toBe("ro");
    expect(result.config.draftLanguage).toBe("en");
  });

  it("reports every problem at once, each by variable name", () => {
    const result = loadConfig({
      BOT_TOKEN: token,
      BOT_LANGUAGE: "fr",
      DRAFT_LANGUAGE: "ro",
      BOT_TIMEZONE: "Mars/Olympus",
      PHONE_REGION: "Germany",
      ENCRYPTION_KEY: "c2hvcnQ=",
      LOG_LEVEL: "loud",
      PORT: "99999",
      BOT_API_ROOT: "not a url",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const names = result.problems.map((p) => p.split(":")[0]);
    for (const name of ["OWNER_IDS", "ENCRYPTION_KEY", "BOT_LANGUAGE", "DRAFT_LANGUAGE", "BOT_TIMEZONE", "PHONE_REGION", "LOG_LEVEL", "PORT", "BOT_API_ROOT"]) {
      expect(names).toContain(name);
    }
    expect(result.problems.join("\n")).toMatch(/ENCRYPTION_KEY: expected 32 random bytes/);
    expect(result.problems).toContain("BOT_LANGUAGE: expected one of de, en, ro");
    // Drafts exist in German and English only: Romanian is an interface language, not a draft language.
    expect(result.problems).toContain("DRAFT_LANGUAGE: expected one of de, en");
  });

  it("requires OWNER_IDS and ENCRYPTION_KEY with BOT_TOKEN", () => {
    const result = loadConfig({ BOT_TOKEN: token });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^OWNER_IDS: required/), expect.stringMatching(/^ENCRYPTION_KEY: required/)]),
    );
  });

  it("rejects a malformed token and owner list", () => {
    const result = loadConfig({ BOT_TOKEN: "nope", OWNER_IDS: "abc", ENCRYPTION_KEY: generateMasterKey() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.startsWith("BOT_TOKEN:"))).toBe(true);
    expect(result.problems.some((p) => p.startsWith("OWNER_IDS:"))).toBe(true);
  });

  it("needs a secret with a webhook, and treats blank values as unset", () => {
    const result = loadConfig({ BOT_TOKEN: token, OWNER_IDS: "1", ENCRYPTION_KEY: generateMasterKey(), WEBHOOK_URL: "https://example.org/hook", DATA_DIR: "  " });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.stringMatching(/^WEBHOOK_SECRET:/)]);
  });
});

describe("loadConfig: Signal", () => {
  const key = generateMasterKey();
  const uuid = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";

  it("reads the daemon, the bot's number and the owners (numbers or ACI UUIDs), normalised", () => {
    const result = loadConfig({
      SIGNAL_CLI_URL: "http://127.0.0.1:8080/",
      SIGNAL_ACCOUNT: "+49 151 1111 1111",
      SIGNAL_OWNERS: ` +49 (0176) 2222-2222 , ${uuid} `.replace("(0176)", "176"),
      ENCRYPTION_KEY: key,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.signal).toEqual({
      url: "http://127.0.0.1:8080",
      account: "+4915111111111",
      owners: ["+4917622222222", uuid.toLowerCase()],
    });
    expect(result.config.botToken).toBeUndefined();
  });

  it("runs beside Telegram on one configuration", () => {
    const result = loadConfig({ BOT_TOKEN: token, OWNER_IDS: "1", ENCRYPTION_KEY: key, SIGNAL_CLI_URL: "http://localhost:8080", SIGNAL_ACCOUNT: "+4915111111111", SIGNAL_OWNERS: "+4917622222222" });
    expect(result.ok && result.config.botToken && result.config.signal).toBeTruthy();
  });

  it("names every problem with the Signal variables at once", () => {
    const result = loadConfig({ SIGNAL_CLI_URL: "ftp://daemon", SIGNAL_ACCOUNT: "0151 1111111", SIGNAL_OWNERS: "+4917622222222, someone, +4917622222222" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join("\n");
    expect(text).toMatch(/^SIGNAL_CLI_URL: expected the signal-cli daemon's http address/m);
    expect(text).toMatch(/^SIGNAL_ACCOUNT: expected the bot's Signal number with country code/m);
    expect(text).toMatch(/^SIGNAL_OWNERS: expected comma-separated Signal numbers/m);
    expect(text).toMatch(/^ENCRYPTION_KEY: required with SIGNAL_CLI_URL/m);
  });

  it("needs all three together, an address without /api/v1, owners once each and none of them the bot", () => {
    const missing = loadConfig({ SIGNAL_CLI_URL: "http://127.0.0.1:8080", ENCRYPTION_KEY: key });
    expect(!missing.ok && missing.problems).toEqual([
      expect.stringMatching(/^SIGNAL_ACCOUNT: required with SIGNAL_CLI_URL/),
      expect.stringMatching(/^SIGNAL_OWNERS: required with SIGNAL_CLI_URL/),
    ]);
    const orphan = loadConfig({ SIGNAL_ACCOUNT: "+4915111111111", SIGNAL_OWNERS: "+4915111111111" });
    expect(!orphan.ok && orphan.problems).toEqual([
      "SIGNAL_CLI_URL: required with SIGNAL_ACCOUNT and SIGNAL_OWNERS: the signal-cli daemon's http address",
      "SIGNAL_OWNERS: must not contain SIGNAL_ACCOUNT: the bot needs a number of its own",
    ]);
    const odd = loadConfig({ SIGNAL_CLI_URL: "http://h:1/api/v1/rpc", SIGNAL_ACCOUNT: "+4915111111111", SIGNAL_OWNERS: `${uuid},${uuid.toLowerCase()}`, ENCRYPTION_KEY: key });
    expect(!odd.ok && odd.problems).toEqual([
      expect.stringMatching(/^SIGNAL_CLI_URL: expected the daemon's address without \/api\/v1/),
      "SIGNAL_OWNERS: lists the same owner twice",
    ]);
  });
});

describe("loadConfig: the intake endpoint", () => {
  const key = generateMasterKey();

  it("is off by default, and on its own loopback port with INTAKE_PORT", () => {
    const off = loadConfig({});
    expect(off.ok && off.config.intake).toBeUndefined();
    const on = loadConfig({ INTAKE_PORT: "8088", INTAKE_PUBLIC_URL: "https://q.example.de/intake" });
    expect(on.ok && on.config.intake).toEqual({ port: 8088, host: "127.0.0.1" });
    expect(on.ok && on.config.intakeUrl).toBe("https://q.example.de/intake");
    const lan = loadConfig({ INTAKE_PORT: "8088", INTAKE_HOST: "0.0.0.0" });
    expect(lan.ok && lan.config.intake).toEqual({ port: 8088, host: "0.0.0.0" });
  });

  it("lives beside the webhook, at the webhook's origin, and refuses a port of its own there", () => {
    const webhook = { BOT_TOKEN: token, OWNER_IDS: "1", ENCRYPTION_KEY: key, WEBHOOK_URL: "https://bot.example.de/hook", WEBHOOK_SECRET: "secret-secret-secret" };
    const ok = loadConfig(webhook);
    expect(ok.ok && ok.config.intakeUrl).toBe("https://bot.example.de/intake");
    expect(ok.ok && ok.config.intake).toBeUndefined();
    const twice = loadConfig({ ...webhook, INTAKE_PORT: "8088" });
    expect(!twice.ok && twice.problems).toEqual([expect.stringMatching(/^INTAKE_PORT: not with WEBHOOK_URL/)]);
    const clash = loadConfig({ ...webhook, WEBHOOK_URL: "https://bot.example.de/intake/" });
    expect(!clash.ok && clash.problems).toEqual([expect.stringMatching(/^WEBHOOK_URL: its path must not be \/intake/)]);
  });

  it("names bad values by variable", () => {
    const result = loadConfig({ INTAKE_PORT: "70000", INTAKE_HOST: "a b", INTAKE_PUBLIC_URL: "http://q.example.de/intake" });
    expect(!result.ok && result.problems.map((p) => p.split(":")[0]).sort()).toEqual(["INTAKE_HOST", "INTAKE_PORT", "INTAKE_PUBLIC_URL"]);
    expect(!result.ok && result.problems.join("\n")).toMatch(/INTAKE_PUBLIC_URL: expected the https address/);
  });
});
