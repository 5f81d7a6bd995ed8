import { describe, expect, it } from "vitest";
import { ApiRefusal } from "../../src/bot/transport/local-api.js";
import { ChatBridge } from "../../src/bot/transport/chat-bridge.js";
import { RecordingSurface } from "../support/harness.js";

describe("the local chat's memory", () => {
  it("remembers its recent messages for edits and forgets the oldest, so a long session does not grow", async () => {
    const bridge = new ChatBridge(1, new RecordingSurface(), () => 0);
    const ids: number[] = [];
    for (let i = 0; i < 600; i++) {
      const sent = (await bridge.handle({ method: "sendMessage", params: { chat_id: 1, text: `message ${i}` } })) as { message_id: number };
      ids.push(sent.message_id);
    }
    await expect(bridge.handle({ method: "editMessageText", params: { message_id: ids.at(-1), text: "edited" } })).resolves.toMatchObject({ text: "edited" });
    await expect(bridge.handle({ method: "editMessageText", params: { message_id: ids[0], text: "edited" } })).rejects.toBeInstanceOf(ApiRefusal);
  });

  it("serves the files she sent most recently", async () => {
    const bridge = new ChatBridge(1, new RecordingSurface(), () => 0);
    const fileIds = Array.from({ length: 20 }, (_, i) => (bridge.documentUpdate(`f${i}.txt`, Buffer.from(`content ${i}`)).message as { document: { file_id: string } }).document.file_id);
    expect(new Set(fileIds).size).toBe(20);
    expect(bridge.serveFile(fileIds.at(-1)!)?.toString()).toBe("content 19");
    expect(bridge.serveFile(fileIds[0]!)).toBeUndefined();
  });
});
