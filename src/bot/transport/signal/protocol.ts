import { z } from "zod";

/**
 * What quietline reads of signal-cli's output (0.13), checked at the boundary. Field names follow
 * signal-cli's JSON records in src/main/java/org/asamk/signal/json/; only what the adapter uses is
 * named, everything else passes through unread. Absent values may come as null (Jackson writes the
 * record components without @JsonInclude(NON_NULL) as null).
 */

const text = z.string().nullish();

/** JsonTextStyle: start and length in UTF-16 code units. */
export const textStyleSchema = z.looseObject({ style: z.string(), start: z.number().int(), length: z.number().int() });

/** JsonAttachment: `id` names the file in the daemon's attachment store (getAttachment --id). */
export const attachmentSchema = z.looseObject({
  contentType: text,
  filename: text,
  id: text,
  size: z.number().nullish(),
});

/** JsonQuote: `id` is the quoted message's sent timestamp. */
export const quoteSchema = z.looseObject({
  id: z.number(),
  author: text,
  authorNumber: text,
  authorUuid: text,
});

/** JsonSharedContact with JsonContactName and JsonContactPhone. */
export const sharedContactSchema = z.looseObject({
  name: z.looseObject({ given: text, nickname: text }).nullish(),
  phone: z.array(z.looseObject({ value: text })).nullish(),
});

/** JsonGroupInfo: present on every message sent in (or about) a group. */
export const groupInfoSchema = z.looseObject({ groupId: z.string(), type: text });

/** JsonDataMessage. */
export const dataMessageSchema = z.looseObject({
  timestamp: z.number(),
  message: text,
  expiresInSeconds: z.number().nullish(),
  reaction: z.unknown().optional(),
  quote: quoteSchema.nullish(),
  attachments: z.array(attachmentSchema).nullish(),
  sticker: z.unknown().optional(),
  remoteDelete: z.unknown().optional(),
  contacts: z.array(sharedContactSchema).nullish(),
  groupInfo: groupInfoSchema.nullish(),
});
export type DataMessage = z.infer<typeof dataMessageSchema>;

/** JsonMessageEnvelope; a message from another device of the bot's own account comes as syncMessage. */
export const envelopeSchema = z.looseObject({
  source: text,
  sourceNumber: text,
  sourceUuid: text,
  /** The sender's profile name; only ever shown to her when someone uses her buddy invite. */
  sourceName: text,
  sourceDevice: z.number().nullish(),
  timestamp: z.number(),
  serverReceivedTimestamp: z.number().nullish(),
  dataMessage: dataMessageSchema.nullish(),
  editMessage: z.looseObject({ targetSentTimestamp: z.number(), dataMessage: dataMessageSchema }).nullish(),
  syncMessage: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/**
 * One `receive` event: JsonReceiveMessageHandler puts `account`, the envelope and, when the
 * message could not be handled (e.g. an untrusted identity), `exception` {message, type}.
 */
export const receivePayloadSchema = z.looseObject({
  account: text,
  envelope: envelopeSchema.nullish(),
  exception: z.looseObject({ type: text }).nullish(),
});
export type ReceivePayload = z.infer<typeof receivePayloadSchema>;

/** The result of send and remoteDelete (SendMessageResultUtils.outputResult): the message's timestamp. */
export const sendResultSchema = z.looseObject({ timestamp: z.number() });

/** getAttachment (JsonAttachmentData): the file, base64. */
export const attachmentDataSchema = z.looseObject({ data: z.string() });

/** listContacts (JsonContact): the disappearing-messages timer of each chat, in seconds. */
export const contactListSchema = z.array(
  z.looseObject({ number: text, uuid: text, messageExpirationTime: z.number().int() }),
);

/** signal-cli's own error codes (SignalJsonRpcCommandHandler), beside JSON-RPC's -32xxx. */
export const RPC_ERROR = {
  user: -1,
  io: -3,
  untrustedKey: -4,
  rateLimit: -5,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
} as const;

/** signal-cli's content type for the rest of a text too long for one message (MimeUtils.LONG_TEXT). */
export const LONG_TEXT_TYPE = "text/x-signal-plain";
