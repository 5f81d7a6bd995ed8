import type { MessageEntity } from "grammy/types";

/** A command at the start of a text gets its entity, as Telegram sends it; grammY's command filters need it. */
export function commandEntities(text: string): MessageEntity[] | undefined {
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : undefined;
}
