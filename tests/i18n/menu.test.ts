import type { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { allFeatures } from "../../src/bot/features/index.js";
import { createLogger } from "../../src/log.js";
import { registerCommandMenu } from "../../src/runtime/commands-menu.js";

type MenuCall = { commands: Array<{ command: string; description: string }>; languageCode: string | undefined };

function recordingApi(fail?: string): { api: Api; calls: MenuCall[] } {
  const calls: MenuCall[] = [];
  const api = {
    setMyCommands: async (commands: MenuCall["commands"], options: { language_code?: string }) => {
      if (fail !== undefined && options.language_code === fail) throw new Error("refused");
      calls.push({ commands, languageCode: options.language_code });
      return true;
    },
  } as unknown as Api;
  return { api, calls };
}

const commands = allFeatures().flatMap((f) => f.commands);
const silent = createLogger("silent");

describe("the command menu", () => {
  it("is registered once per interface language from ## commands, and once without a language", async () => {
    const { api, calls } = recordingApi();
    await registerCommandMenu(api, commands, "de", silent);
    expect(calls.map((c) => c.languageCode)).toEqual([undefined, "de", "en", "ro"]);
    const menuOf = (code: string | undefined) => Object.fromEntries(calls.find((c) => c.languageCode === code)!.commands.map((c) => [c.command, c.description]));
    expect(menuOf("ro").free).toBe("Ore libere, cu un răspuns gata de copiat");
    expect(menuOf("en").free).toBe("Free slots with a reply to copy");
    expect(menuOf(undefined)).toEqual(menuOf("de"));
    // Only the commands marked for the menu; the rest stay in /help.
    expect(Object.keys(menuOf("de"))).toEqual(commands.filter((c) => c.inMenu).map((c) => c.command));
    expect(Object.keys(menuOf("de"))).not.toContain("forget");
  });

  it("takes BOT_LANGUAGE for the menu without a language, and goes on when one registration fails", async () => {
    const { api, calls } = recordingApi("en");
    await registerCommandMenu(api, commands, "ro", silent);
    expect(calls.map((c) => c.languageCode)).toEqual([undefined, "de", "ro"]);
    expect(calls[0]?.commands.find((c) => c.command === "help")?.description).toBe("Toate comenzile, cu câte un exemplu");
  });
});
