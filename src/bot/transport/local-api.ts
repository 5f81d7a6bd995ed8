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
    /** As the Bot API sends them, e.g. `retry_after` with 429, which the retry transformer honours. */
    readonly parameters?: { readonly retry_after?: number },
  ) {
    super(description);
  }
}

/** Serves a file the bot downloads, by the path getFile gave out; may fetch it first. */
export type FileServer = (path: string) => Buffer | undefined | Promise<Buffer | undefined>;

async function readBody(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === "string") return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

interface FormPart {
  readonly name: string;
  readonly filename?: string;
  readonly content: Buffer;
}

/**
 * grammY writes multipart headers without spaces and with unquoted file names
 * (`content-disposition:form-data;name="x";filename=a.txt`), which undici's FormData parser
 * rejects, so the parts are split here.
 */
function parseMultipart(raw: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const from = start + delimiter.length;
    const next = raw.indexOf(delimiter, from);
    if (next === -1) break;
    const part = raw.subarray(from + 2, next - 2); // CRLF after the delimiter, CRLF before the next
    const split = part.indexOf("\r\n\r\n");
    if (split !== -1) {
      const head = part.subarray(0, split).toString("utf8");
      const name = /name="([^"]*)"|name=([^;\r\n]+)/i.exec(head);
      const filename = /filename="([^"]*)"|filename=([^;\r\n]+)/i.exec(head);
      if (name) {
        parts.push({
          name: (name[1] ?? name[2] ?? "").trim(),
          ...(filename && { filename: (filename[1] ?? filename[2] ?? "").trim() }),
          content: Buffer.from(part.subarray(split + 4)),
        });
      }
    }
    start = next;
  }
  return parts;
}

async function parseParams(init: RequestInit | undefined): Promise<Record<string, unknown>> {
  const headers = new Headers(init?.headers);
  const contentType = headers.get("content-type") ?? "";
  const raw = await readBody(init?.body instanceof Readable ? init.body : init?.body);
  if (raw.length === 0) return {};
  if (contentType.startsWith("multipart/form-data")) {
    const parts = parseMultipart(raw, contentType);
    const files = new Map(parts.filter((p) => p.filename !== undefined).map((p) => [p.name, p]));
    const params: Record<string, unknown> = {};
    for (const part of parts) {
      if (part.filename !== undefined) continue;
      const value = part.content.toString("utf8");
      // Files travel as separate parts, referenced by "attach://<part name>".
      const attached = value.startsWith("attach://") ? files.get(value.slice("attach://".length)) : undefined;
      if (attached) {
        params[part.name] = { filename: attached.filename, content: attached.content };
        continue;
      }
      try {
        params[part.name] = JSON.parse(value);
      } catch {
        params[part.name] = value;
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
export function createLocalFetch(handle: ApiHandler, serveFile?: FileServer): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const fileMatch = /\/file\/bot[^/]+\/(.+)$/.exec(url);
    if (fileMatch) {
      try {
        const content = await serveFile?.(fileMatch[1]!);
        return content ? new Response(content) : new Response("Not Found", { status: 404 });
      } catch {
        return new Response("Bad Gateway", { status: 502 });
      }
    }
    const method = url.slice(url.lastIndexOf("/") + 1);
    try {
      const result = await handle({ method, params: await parseParams(init) });
      return Response.json({ ok: true, result });
    } catch (error) {
      if (error instanceof ApiRefusal)
        return Response.json({
          ok: false,
          error_code: error.errorCode,
          description: error.description,
          ...(error.parameters && { parameters: error.parameters }),
        });
      return Response.json({ ok: false, error_code: 500, description: "Internal Server Error" });
    }
  }) as typeof fetch;
}
