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
