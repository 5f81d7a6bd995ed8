import { z } from "zod";
import { callbackCodec, storageKeySchema } from "../../callback-data.js";
import { FLAG_NAMES } from "./flags.js";
import { PENDING_ID } from "./pending.js";

/** Buttons on a card: toggle a flag, add a note, set hours, show the number, forget. */
export const cardData = callbackCodec(
  "ct",
  ["action", "key", "arg"],
  z.union([
    z.object({ action: z.literal("flag"), key: storageKeySchema, arg: z.enum(FLAG_NAMES) }),
    z.object({ action: z.enum(["note", "hours", "number", "forget", "open"]), key: storageKeySchema, arg: z.literal("-") }),
  ]),
);

/** /forget confirmation. */
export const forgetData = callbackCodec(
  "fg",
  ["action", "key"],
  z.object({ action: z.enum(["yes", "no"]), key: storageKeySchema }),
);

/** Minimisation choices for a pending note or alias. */
export const minimiseData = callbackCodec(
  "mn",
  ["action", "id"],
  z.object({ action: z.enum(["keep", "strip", "cancel"]), id: z.string().regex(PENDING_ID) }),
);

/** "Use <first name> as alias" after a shared contact or vCard. */
export const aliasOfferData = callbackCodec(
  "ao",
  ["action", "id"],
  z.object({ action: z.enum(["use", "skip"]), id: z.string().regex(PENDING_ID) }),
);

/** /contacts pages. */
export const listData = callbackCodec("cl", ["page"], z.object({ page: z.string().regex(/^\d{1,4}$/) }));
