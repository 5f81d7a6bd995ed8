import { Readable } from "node:stream";

/** A Bot API call as the bot made it: the method name and its parameters (files as Buffers). */
export interface ApiCall {
  readonly method: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Answers a call in-process; throw `ApiRefusal` for a Bot API error. */
export type ApiHandler = (call: ApiCall) => Promise<unknown>;

export class ApiRefusal extends Error {
  override name = "ApiRefusal";
  constructor(
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(description);
  }
}

async function readBody(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === "string") return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function parseParams(init: RequestInit | undefined): Promise<Record<string, unknown>> {
  const headers = new Headers(init?.headers);
  const contentType = headers.get("content-type") ?? "";
  const raw = await readBody(init?.body instanceof Readable ? init.body : init?.body);
  if (raw.length === 0) return {};
  if (contentType.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    const params: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") {
        try {
          params[key] = JSON.parse(value);
        } catch {
          params[key] = value;
        }
      } else {
        params[key] = { filename: value.name, content: Buffer.from(await value.arrayBuffer()) };
      }
    }
    return params;
  }
  return JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
}

/**
 * A `fetch` that answers Bot API requests in-process. It is how a non-Telegram transport
 * (the console chat, later other messengers) carries the very same bot: grammY still makes
 * ordinary Bot API calls, including from inside conversations.
 */
export function createLocalFetch(handle: ApiHandler, serveFile?: (path: string) => Buffer | undefined): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const fileMatch = /\/file\/bot[^/]+\/(.+)$/.exec(url);
    if (fileMatch) {
      const content = serveFile?.(fileMatch[1]!);
      return content ? new Response(content) : new Response("Not Found", { status: 404 });
    }
    const method = url.slice(url.lastIndexOf("/") + 1);
    try {
      const result = await handle({ method, params: await parseParams(init) });
      return Response.json({ ok: true, result });
    } catch (error) {
      if (error instanceof ApiRefusal)
        return Response.json({ ok: false, error_code: error.errorCode, description: error.description });
      return Response.json({ ok: false, error_code: 500, description: "Internal Server Error" });
    }
  }) as typeof fetch;
}
