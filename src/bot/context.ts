import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Config } from "../config.js";
import type { DraftLanguage } from "../core/draft-language.js";
import type { InterfaceLanguage } from "../interface-language.js";
import type { Logger } from "../log.js";
import type { GeneralSettings } from "../store/records/general.js";
import type { Stores } from "../store/stores.js";
import type { Vault } from "../store/vault.js";
import type { TranslationFlavor } from "./i18n.js";
import type { ChatTransports } from "./transport/chats.js";
import type { FileDownloader } from "./transport/files.js";

/** What every handler may use; the same object for the Telegram bot and the console chat. */
export interface AppServices {
  readonly config: Config;
  readonly vault: Vault;
  readonly stores: Stores;
  readonly logger: Logger;
  /** The current time in epoch ms; replaced in tests. */
  readonly clock: () => number;
  /** Transports besides the bot's own (Signal); absent or empty with Telegram or the console alone. */
  readonly transports?: ChatTransports;
}

/** Added to every context by the app middleware (outside and inside conversations). */
export interface AppFlavor {
  app: AppServices;
  /** Her general settings as this update found them (read once per update). */
  general: GeneralSettings | undefined;
  /** Her interface language for this update (negotiateInterfaceLanguage); `ctx.t` speaks it. */
  interfaceLanguage: InterfaceLanguage;
  /** The language of client drafts when the client's own is not known: her setting, else DRAFT_LANGUAGE. */
  draftLanguage: DraftLanguage;
  /** Downloads a document she sent (backup, vCard) over the transport in use. */
  downloadFile: (fileId: string, maxBytes?: number) => Promise<Buffer>;
}

export type InnerContext = Context & AppFlavor & TranslationFlavor;
export type BotContext = ConversationFlavor<InnerContext>;
export type BotConversation = Conversation<BotContext, InnerContext>;
