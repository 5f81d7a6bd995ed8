import { describe, expect, it } from "vitest";
import { formatNumber, maskNumber } from "../../../src/core/phone/index.js";

describe("maskNumber", () => {
  it.each([
    ["+491712345678", "+49 171 ••• 78"],
    ["+49301234567", "+49 30 ••• 67"],
    ["+436641234567", "+43 664 ••• 67"],
    ["+4915112345678", "+49 1511 ••• 78"],
  ])("%s → %s", (e164, masked) => {
    expect(maskNumber(e164)).toBe(masked);
  });

  it("always hides the middle, even of unparsable input", () => {
    expect(maskNumber("+491521234567")).not.toContain("234");
    expect(maskNumber("123")).toBe("•••");
  });
});

describe("formatNumber", () => {
  it("uses national format at home and international abroad", () => {
    expect(formatNumber("+491712345678", "DE")).toBe("0171 2345678");
    expect(formatNumber("+49301234567", "DE")).toBe("030 1234567");
    expect(formatNumber("+436641234567", "DE")).toBe("+43 664 1234567");
    expect(formatNumber("+491712345678", "AT")).toBe("+49 171 2345678");
    expect(formatNumber("+436641234567", "at")).toBe("0664 1234567");
  });
});
