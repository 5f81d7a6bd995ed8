import { z } from "zod";
import { DRAFT_LANGUAGES } from "../../core/draft-language.js";
import { INTERFACE_LANGUAGES } from "../../interface-language.js";

export const epochMs = z.number().int().nonnegative();
/** A client's language, which their drafts are written in. */
export const draftLanguage = z.enum(DRAFT_LANGUAGES);
/** Her interface language. */
export const interfaceLanguage = z.enum(INTERFACE_LANGUAGES);
export const weekday = z.union([0, 1, 2, 3, 4, 5, 6].map((d) => z.literal(d)) as unknown as [
  z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>, z.ZodLiteral<6>,
]);
export const timeRange = z
  .object({ start: z.number().int().min(0).max(2880), end: z.number().int().min(0).max(2880) })
  .refine((r) => r.start < r.end, "start must be before end");
const dayRanges = z.array(timeRange);
export const weeklyHours = z.tuple([dayRanges, dayRanges, dayRanges, dayRanges, dayRanges, dayRanges, dayRanges]);
