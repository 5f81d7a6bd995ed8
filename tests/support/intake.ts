import { IntakeDesk, type AnnounceTarget } from "../../src/bot/intake/desk.js";
import { IntakeEndpoint, INTAKE_LIMITS, type IntakeLimits, type IntakeResponse } from "../../src/runtime/intake-http.js";
import { OWNER_ID, type Harness } from "./harness.js";

/** A device token as /devices add shows it once. */
export const TOKEN_IN_TEXT = /qlt_[A-Za-z0-9_-]{43}/;

export interface IntakeRequestOptions {
  readonly token?: string;
  readonly contentType?: string;
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface IntakeDriver {
  readonly desk: IntakeDesk;
  readonly endpoint: IntakeEndpoint;
  /** Adds a device through the chat, as she would, and returns its token. */
  addDevice(label?: string): Promise<string>;
  /** Sends a request and waits until its announcement (if any) is shown. */
  post(body: string | Buffer | object, options?: IntakeRequestOptions): Promise<IntakeResponse>;
}

/** The intake endpoint on a harness's bot and store, driven in-process (the e2e tests use real HTTP). */
export function intakeFor(
  h: Harness,
  options: { limits?: Partial<IntakeLimits>; targets?: () => readonly AnnounceTarget[]; burstMs?: number } = {},
): IntakeDriver {
  const desk = new IntakeDesk(h.services, options.targets ?? (() => [{ bot: h.bot, chatIds: [OWNER_ID] }]), options.burstMs);
  const endpoint = new IntakeEndpoint(h.services, desk, { ...INTAKE_LIMITS, ...options.limits });
  return {
    desk,
    endpoint,
    addDevice: async (label = "Diensthandy") => {
      const [reply] = await h.send(`/devices add ${label}`);
      const token = TOKEN_IN_TEXT.exec(reply?.html ?? "")?.[0];
      if (!token) throw new Error("no token shown");
      return token;
    },
    post: async (body, request = {}) => {
      const raw = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
      const contentType = request.contentType ?? (typeof body === "object" && !Buffer.isBuffer(body) ? "application/json" : undefined);
      const headers: Record<string, string> = {
        ...(request.token !== undefined && { authorization: `Bearer ${request.token}` }),
        ...(contentType !== undefined && { "content-type": contentType }),
        ...request.headers,
      };
      const response = await endpoint.handle({
        method: request.method ?? "POST",
        path: request.path ?? "/intake",
        headers,
        body: async (max) => (raw.length > max ? undefined : raw),
      });
      await desk.idle();
      return response;
    },
  };
}
