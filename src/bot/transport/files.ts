import type { Api } from "grammy";

/** Largest document she may send (a backup, a vCard): the Bot API's download limit. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

export class FileTooLargeError extends Error {
  override name = "FileTooLargeError";
}

export class FileDownloadError extends Error {
  override name = "FileDownloadError";
}

/** Downloads a file she sent, over whatever transport carries the bot. */
export type FileDownloader = (api: Api, fileId: string, maxBytes?: number) => Promise<Buffer>;

/**
 * Files are fetched from `<apiRoot>/file/bot<token>/<path>` with the same fetch the bot's
 * API client uses, so the console transport and tests serve them in-process.
 */
export function createFileDownloader(token: string, apiRoot: string, fetchImpl: typeof fetch): FileDownloader {
  return async (api, fileId, maxBytes = MAX_DOWNLOAD_BYTES) => {
    const file = await api.getFile(fileId);
    if (file.file_size !== undefined && file.file_size > maxBytes) throw new FileTooLargeError("file too large");
    if (!file.file_path) throw new FileDownloadError("no file path");
    const response = await fetchImpl(`${apiRoot}/file/bot${token}/${file.file_path}`);
    if (!response.ok) throw new FileDownloadError(`download failed with status ${response.status}`);
    const content = Buffer.from(await response.arrayBuffer());
    if (content.length > maxBytes) throw new FileTooLargeError("file too large");
    return content;
  };
}
