import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, OWNER_ID, type Harness } from "../support/harness.js";

const STRANGER = 777;
const GROUP = -100123;
const date = 1_795_000_000;

function message(from: number, chat: { id: number; type: string }, text: string, extra: object = {}): Update {
  return {
    update_id: Math.floor(Math.random() * 1e9),
    message: {
      message_id: 5,
      date,
      chat: { ...chat, first_name: "X", title: "G" },
      from: { id: from, is_bot: false, first_name: "X" },
      text,
      ...(text.startsWith("/") && { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] }),
      ...extra,
    },
  } as unknown as Update;
}

const sends = (h: Harness) => h.apiCalls.filter((c) => c.method !== "leaveChat");

describe("owner guard", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("lets the owner's private chat through", async () => {
    const replies = await h.send("/start");
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]!.html).toContain("quietline");
  });

  it("gives a stranger silence for commands, text and contacts", async () => {
    for (const text of ["/start", "/help", "/contacts", "Entgangener Anruf 0171 2345678", "hallo"]) {
      await h.update(message(STRANGER, { id: STRANGER, type: "private" }, text));
    }
    await h.update(message(STRANGER, { id: STRANGER, type: "private" }, "", { contact: { phone_number: "+491711234567", first_name: "A" } }));
    expect(sends(h)).toEqual([]);
  });

  it("ignores the owner in a group and leaves it", async () => {
    await h.update(message(OWNER_ID, { id: GROUP, type: "supergroup" }, "/start"));
    expect(sends(h)).toEqual([]);
    expect(h.apiCalls.filter((c) => c.method === "leaveChat").map((c) => c.params.chat_id)).toEqual([GROUP]);
  });

  it("leaves channels it is added to", async () => {
    await h.update({
      update_id: 9,
      channel_post: { message_id: 1, date, chat: { id: -100999, type: "channel", title: "C" }, text: "/start" },
    } as unknown as Update);
    expect(sends(h)).toEqual([]);
    expect(h.apiCalls.map((c) => c.method)).toEqual(["leaveChat"]);
  });

  it("ignores a stranger's edited messages, callback queries and inline queries", async () => {
    await h.update({
      update_id: 10,
      edited_message: { message_id: 3, date, edit_date: date, chat: { id: STRANGER, type: "private", first_name: "X" }, from: { id: STRANGER, is_bot: false, first_name: "X" }, text: "/start" },
    } as unknown as Update);
    await h.update({
      update_id: 11,
      callback_query: { id: "1", chat_instance: "x", from: { id: STRANGER, is_bot: false, first_name: "X" }, data: "anything", message: { message_id: 1, date, chat: { id: STRANGER, type: "private", first_name: "X" } } },
    } as unknown as Update);
    await h.update({ update_id: 12, inline_query: { id: "2", from: { id: OWNER_ID, is_bot: false, first_name: "O" }, query: "0171", offset: "" } } as unknown as Update);
    expect(h.apiCalls).toEqual([]);
  });

  it("ignores the owner's user id when the chat is someone else's", async () => {
    await h.update(message(OWNER_ID, { id: STRANGER, type: "private" }, "/start"));
    expect(h.apiCalls).toEqual([]);
  });
});
