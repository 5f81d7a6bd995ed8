import type { Api } from "grammy";
import { z } from "zod";
import type { AppServices } from "../../context.js";
import { deletableMessages, deleteChatMessages } from "../../self-cleaning/deletions.js";
import { forgetTracking } from "../../self-cleaning/tracker.js";
import { listNamespaces, META_NAMESPACE, openSqliteFile } from "../../../store/sqlite-file.js";
import type { Vault } from "../../../store/vault.js";

/**
 * Empties the store: every namespace in the file — also those no collection opened in this
 * process — then VACUUM and a WAL checkpoint, so the file and its WAL keep no old pages.
 * Only the key check remains, so the same key still opens it.
 */
export async function wipeStore(vault: Vault): Promise<void> {
  const db = await openSqliteFile(vault.file, "readonly");
  let namespaces: string[];
  try {
    namespaces = await listNamespaces(db);
  } finally {
    await db.close();
  }
  // Opening a collection registers its namespace with the vault, which then clears it.
  for (const ns of namespaces) if (ns !== META_NAMESPACE) await vault.collection(ns, { schema: z.unknown(), version: 1 });
  await vault.wipe();
  // VACUUM in WAL mode writes the new file into the WAL; this moves it into place and empties the WAL.
  await vault.checkpoint();
}

/** The panic wipe: every chat message still deletable (kept ones too), then every record. */
export async function wipeEverything(services: AppServices, api: Api, extraMessages: Map<number, number[]> = new Map()): Promise<{ messages: number }> {
  const byChat = await deletableMessages(services);
  for (const [chatId, ids] of extraMessages) byChat.set(chatId, [...(byChat.get(chatId) ?? []), ...ids]);
  let messages = 0;
  for (const [chatId, ids] of byChat) {
    // Ids count up in a private chat: the range also catches messages tracking never saw.
    const low = Math.min(...ids);
    const high = Math.max(...ids);
    const range = Array.from({ length: Math.min(high - low + 1, 1000) }, (_, i) => high - i);
    messages += await deleteChatMessages(services.transports?.apiFor(chatId, api) ?? api, chatId, [...new Set([...ids, ...range])]);
  }
  await wipeStore(services.vault);
  forgetTracking(services);
  services.logger.info({ messages }, "panic wipe done");
  return { messages };
}
