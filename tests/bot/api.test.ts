import { HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { networkRetryTransformer } from "../../src/bot/api.js";

const ok = { ok: true as const, result: true };

describe("networkRetryTransformer", () => {
  it("retries network failures a bounded number of times, then gives up", async () => {
    const waits: number[] = [];
    let calls = 0;
    const transformer = networkRetryTransformer([1, 2], async (ms) => void waits.push(ms));
    const failing = async () => {
      calls++;
      throw new HttpError("Network request failed", new Error("reset"));
    };
    await expect(transformer(failing as never, "sendMessage", {} as never)).rejects.toBeInstanceOf(HttpError);
    expect(calls).toBe(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it("returns the first successful answer and does not retry other errors", async () => {
    let calls = 0;
    const transformer = networkRetryTransformer([1, 1, 1], async () => undefined);
    const flaky = async () => {
      calls++;
      if (calls < 2) throw new HttpError("Network request failed", new Error("reset"));
      return ok;
    };
    await expect(transformer(flaky as never, "sendMessage", {} as never)).resolves.toEqual(ok);
    expect(calls).toBe(2);
    const broken = async () => {
      throw new TypeError("bug");
    };
    await expect(transformer(broken as never, "sendMessage", {} as never)).rejects.toBeInstanceOf(TypeError);
  });
});
