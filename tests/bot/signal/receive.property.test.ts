import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SignalOwners } from "../../../src/bot/transport/signal/owners.js";
import type { SignalRpc } from "../../../src/bot/transport/signal/rpc.js";
import { SignalChat } from "../../../src/bot/transport/signal/signal-chat.js";
import { capturingLogger } from "../../support/logs.js";
import { translatorFor } from "../../../src/bot/i18n.js";

const ACCOUNT = "+4915100000001";
const OWNER = "+4917600000002";
const STRANGER = "+4917600000003";
const OWNER_CHAT = -(2 ** 48) - 7;

function chatWithFakeDaemon() {
  const calls: string[] = [];
  const rpc = {
    call: async (method: string) => {
      calls.push(method);
      return method === "getAttachment" ? { data: Buffer.from("BEGIN:VCARD\nEND:VCARD").toString("base64") } : { timestamp: 1 };
    },
  } as unknown as SignalRpc;
  const owners = new SignalOwners([OWNER], () => OWNER_CHAT);
  const chat = new SignalChat({ rpc, account: ACCOUNT, owners, logger: capturingLogger("silent").logger, translator: async () => translatorFor("de") });
  return { chat, calls };
}

const text = fc.oneof(fc.constant(null), fc.string(), fc.constantFrom("1", "/start", "12", " 3 ", "BEGIN:VCARD"));
const dataMessage = fc.record(
  {
    timestamp: fc.integer({ min: 1, max: 2 ** 45 }),
    message: text,
    expiresInSeconds: fc.oneof(fc.constant(null), fc.nat()),
    quote: fc.record({ id: fc.integer({ min: 0, max: 2 ** 45 }), author: fc.constantFrom(OWNER, ACCOUNT, null) }),
    attachments: fc.array(fc.record({ contentType: fc.constantFrom("text/vcard", "text/x-signal-plain", "image/jpeg", null), filename: fc.option(fc.string()), id: fc.option(fc.string({ minLength: 1 })), size: fc.option(fc.nat()) }), { maxLength: 3 }),
    contacts: fc.array(fc.record({ name: fc.option(fc.record({ given: fc.option(fc.string()) })), phone: fc.option(fc.array(fc.record({ value: fc.option(fc.string()) }))) }), { maxLength: 2 }),
    groupInfo: fc.record({ groupId: fc.string({ minLength: 1 }), type: fc.constantFrom("UPDATE", "DELIVER") }),
    reaction: fc.constant({ emoji: "👍" }),
    sticker: fc.constant({ packId: "00", stickerId: 1 }),
  },
  { requiredKeys: ["timestamp", "message"] },
);
const envelope = fc.record(
  {
    sourceNumber: fc.constantFrom(OWNER, STRANGER, ACCOUNT, null),
    sourceUuid: fc.option(fc.uuid()),
    timestamp: fc.integer({ min: 1, max: 2 ** 45 }),
    dataMessage,
    editMessage: fc.record({ targetSentTimestamp: fc.nat(), dataMessage }),
    syncMessage: fc.constant({ sentMessage: { message: "x" } }),
    typingMessage: fc.constant({ action: "STARTED" }),
  },
  { requiredKeys: ["sourceNumber", "timestamp"] },
);

describe("reading envelopes never fails, and only her direct messages reach the bot", () => {
  it("arbitrary JSON is dropped without an error", async () => {
    const { chat, calls } = chatWithFakeDaemon();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (data) => {
        expect(await chat.receive(data)).toBeUndefined();
      }),
      { numRuns: 300, seed: 11 },
    );
    expect(calls).toEqual([]);
  });

  it("envelopes of every shape: strangers, groups, own devices give nothing; her updates are in her chat", async () => {
    const { chat, calls } = chatWithFakeDaemon();
    await fc.assert(
      fc.asyncProperty(envelope, async (env) => {
        const before = calls.length;
        const incoming = await chat.receive(JSON.stringify({ envelope: env, account: ACCOUNT }));
        const message = env.dataMessage ?? env.editMessage?.dataMessage;
        const hers = env.sourceNumber === OWNER && !env.syncMessage && !message?.groupInfo;
        if (!hers) {
          expect(incoming).toBeUndefined();
          expect(calls.slice(before).every((m) => m === "quitGroup")).toBe(true);
          return;
        }
        for (const update of incoming?.updates ?? []) {
          const chatId = update.message?.chat.id ?? update.edited_message?.chat.id ?? update.callback_query?.message?.chat.id;
          expect(chatId).toBe(OWNER_CHAT);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
