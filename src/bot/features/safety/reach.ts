import type { Api } from "grammy";
import type { AppServices } from "../../context.js";

/** The Api that reaches `chatId`: its transport's (Signal), else the bot's own, else `fallback`. */
export function apiFor(services: AppServices, chatId: number, fallback: Api): Api {
  const transports = services.transports;
  return transports ? transports.apiFor(chatId, transports.home ?? fallback) : fallback;
}
