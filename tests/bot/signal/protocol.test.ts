import { afterEach, describe, expect, it } from "vitest";
import { SignalEventStream, SseParser } from "../../../src/bot/transport/signal/events.js";
import { SignalRpc, SignalRpcError, withRetries } from "../../../src/bot/transport/signal/rpc.js";
import { freePort } from "../../support/emulator.js";
import { capturingLogger } from "../../support/logs.js";
import { SignalDaemon } from "../../support/signal-daemon.js";
import { BOT_NUMBER, HER } from "../../support/signal-harness.js";

let daemon: SignalDaemon | undefined;
afterEach(async () => {
  await daemon?.stop();
  daemon = undefined;
});

describe("Server-Sent Events as signal-cli writes them", () => {
  it("reads events split anywhere, CRLF across chunks, comments, and a data field without a colon", () => {
    const events: Array<[string, string]> = [];
    const parser = new SseParser((event, data) => events.push([event, data]));
    const stream = ':\nevent:receive\ndata:{"a":1}\n\n:\r\nevent: receive\r\ndata:{"b":"ü📞"}\r\n\r\ndata\n\ndata:x\ndata:y\n\n';
    // Every split point, including between "\r" and "\n".
    for (let cut = 0; cut <= stream.length; cut++) {
      events.length = 0;
      parser.push(stream.slice(0, cut));
      parser.push(stream.slice(cut));
      expect(events).toEqual([
        ["receive", '{"a":1}'],
        ["receive", '{"b":"ü📞"}'],
        ["message", ""],
        ["message", "x\ny"],
      ]);
    }
  });
});

describe("the daemon double keeps to signal-cli's HTTP contract (HttpServerHandler, JsonRpcReader)", () => {
  it("answers paths, methods and content types as the handler does", async () => {
    daemon = await SignalDaemon.start({ account: BOT_NUMBER });
    const url = daemon.url;
    expect((await fetch(`${url}/api/v1/check`)).status).toBe(200);
    expect((await fetch(`${url}/api/v1/check`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`${url}/api/v1/rpc`)).status).toBe(405);
    expect((await fetch(`${url}/api/v1/rpc`, { method: "POST", body: "{}" })).status).toBe(415);
    expect((await fetch(`${url}/api/v1/rpcx`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${url}/other`)).status).toBe(404);
    expect((await fetch(`${url}/api/v1/events?account=%2B49000`)).status).toBe(400);
    const post = (body: string) => fetch(`${url}/api/v1/rpc`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(await (await post("{not json")).json()).toMatchObject({ jsonrpc: "2.0", error: { code: -32700 }, id: null });
    expect(await (await post('{"jsonrpc":"1.0","method":"send","id":1}')).json()).toMatchObject({ error: { code: -32600, message: "only jsonrpc version 2.0 is supported" }, id: 1 });
    expect(await (await post('{"jsonrpc":"2.0"}')).json()).toMatchObject({ error: { code: -32600, message: "method field must be set" } });
    expect(await (await post('{"jsonrpc":"2.0","method":"nope","id":"x"}')).json()).toMatchObject({ error: { code: -32601 }, id: "x" });
    const notification = await post('{"jsonrpc":"2.0","method":"sendTyping","params":{"recipient":"+4917600000002"}}');
    expect(notification.status).toBe(201);
    const batch = (await (await post('[{"jsonrpc":"2.0","method":"nope","id":1},{"jsonrpc":"2.0","method":"getAttachment","params":{"id":"x"},"id":2}]')).json()) as unknown[];
    expect(batch).toHaveLength(2);
  });

  it("refuses what SendCommand refuses: no recipient, empty message, bad text style, a quote without author", async () => {
    daemon = await SignalDaemon.start({ account: BOT_NUMBER });
    const rpc = new SignalRpc({ url: daemon.url, account: BOT_NUMBER });
    const code = async (params: Record<string, unknown>) => rpc.call("send", params).then(() => 0, (e: SignalRpcError) => e.code);
    expect(await code({ message: "x" })).toBe(-1);
    expect(await code({ recipient: HER.number, message: "" })).toBe(-1);
    expect(await code({ recipient: HER.number, message: "x", textStyle: "0-1-BOLD" })).toBe(-1);
    expect(await code({ recipient: HER.number, message: "x", textStyle: ["0:1:UNDERLINE"] })).toBe(-1);
    expect(await code({ recipient: HER.number, message: "x", quoteTimestamp: 1 })).toBe(-1);
    expect(await code({ recipient: [HER.number], message: "x", textStyles: ["0:1:BOLD"] })).toBe(0);
    expect(daemon.chat(HER.number).at(-1)!.styles).toEqual([{ start: 0, length: 1, style: "BOLD" }]);
  });
});

describe("the JSON-RPC client", () => {
  it("tells the daemon's errors apart by kind and code, never keeping their message", async () => {
    daemon = await SignalDaemon.start({ account: BOT_NUMBER });
    const rpc = new SignalRpc({ url: daemon.url, account: BOT_NUMBER });
    const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as SignalRpcError);
    const unknown = await failure(rpc.call("nope"));
    expect(unknown).toMatchObject({ kind: "rpc", code: -32601, transient: false });
    const wrongAccount = await failure(new SignalRpc({ url: daemon.url, account: "+4900000" }).call("listContacts"));
    expect(wrongAccount).toMatchObject({ kind: "rpc", code: -32602 });
    const user = await failure(rpc.call("getAttachment", { id: "+4917600000002" }));
    expect(user).toMatchObject({ kind: "rpc", code: -1 });
    expect(user!.message).not.toContain("4917600000002");
    const down = await failure(new SignalRpc({ url: `http://127.0.0.1:${await freePort()}`, account: BOT_NUMBER }).call("send"));
    expect(down).toMatchObject({ kind: "network", transient: true });
  });

  it("retries passing failures a bounded number of times", async () => {
    let calls = 0;
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const flaky = () => (++calls < 3 ? Promise.reject(new SignalRpcError("network", 0)) : Promise.resolve("ok"));
    expect(await withRetries(flaky, [10, 20, 30], sleep)).toBe("ok");
    expect(waits).toEqual([10, 20]);
    const limited = () => Promise.reject(new SignalRpcError("rpc", -5, 2));
    await expect(withRetries(limited, [10], sleep)).rejects.toMatchObject({ code: -5 });
    expect(waits).toEqual([10, 20, 2_000]);
    await expect(withRetries(() => Promise.reject(new SignalRpcError("rpc", -1)), [10], sleep)).rejects.toMatchObject({ code: -1 });
  });
});

describe("the event stream", () => {
  it("reopens a stream gone silent without calling it an outage; a daemon that is away is reported once", async () => {
    daemon = await SignalDaemon.start({ account: BOT_NUMBER, keepAliveMs: 60_000 });
    const { logger, lines } = capturingLogger("info");
    const seen: string[] = [];
    const stream = new SignalEventStream({ url: daemon.url, account: BOT_NUMBER, logger, onEvent: (d) => seen.push(d), idleTimeoutMs: 300, backoffMs: [50] });
    stream.start();
    try {
      await daemon.waitFor(() => daemon!.connections >= 3, 5_000, "reconnects");
      daemon.say(HER, "hallo");
      await daemon.waitFor(() => seen.length === 1, 5_000, "the event");
      expect(JSON.parse(seen[0]!)).toMatchObject({ account: BOT_NUMBER, envelope: { sourceNumber: HER.number, dataMessage: { message: "hallo" } } });
      expect(lines.filter((l) => l.includes("signal daemon unreachable"))).toHaveLength(0);

      await daemon.stop();
      const connections = daemon.connections;
      const unreachable = () => lines.filter((l) => l.includes("signal daemon unreachable"));
      await daemon.waitFor(() => unreachable().length > 0, 5_000, "the outage in the log");
      await new Promise((resolve) => setTimeout(resolve, 300)); // several more attempts, 50 ms apart
      expect(unreachable()).toHaveLength(1);
      await daemon.listen();
      await daemon.waitFor(() => daemon!.connections > connections, 5_000, "the reconnect");
      expect(lines.filter((l) => l.includes("signal daemon reachable again"))).toHaveLength(1);
    } finally {
      await stream.stop();
    }
  });
});
