import { describe, expect, it } from "vitest";
import { isOkAnswer, parseDuressWord, phrasesOf, wordsOf } from "../../../src/core/safety/answers.js";
import { formatInviteCode, inviteCodeOf, readInviteCode } from "../../../src/core/safety/invite.js";

describe("her answers to 'Alles ok?'", () => {
  it("reads an ordinary ok in German, English and Romanian", () => {
    for (const text of ["ok", "OK!", "Alles gut 👍", "alles ok", "passt", "yes", "I'm fine", "e ok", "Totul e bine."]) expect(isOkAnswer(text), text).toBe(true);
  });
  it("does not read more than that as ok", () => {
    for (const text of ["", "👍", "ok aber er ist noch da", "nicht ok", "Entgangener Anruf 0171 2345678", "hilfe"]) expect(isOkAnswer(text), text).toBe(false);
  });
});

describe("the duress word", () => {
  it("is kept as its words, lower case", () => {
    expect(parseDuressWord("  Ananas! ")).toEqual({ ok: true, phrase: "ananas", words: 1 });
    expect(parseDuressWord("Grüne Tomaten")).toEqual({ ok: true, phrase: "grüne tomaten", words: 2 });
  });
  it("refuses an ordinary ok, a word too short or a sentence", () => {
    expect(parseDuressWord("alles gut")).toEqual({ ok: false, error: "like-ok" });
    expect(parseDuressWord("ok")).toEqual({ ok: false, error: "too-short" });
    expect(parseDuressWord("eins zwei drei vier")).toEqual({ ok: false, error: "too-long" });
  });
  it("is looked for in every run of as many words", () => {
    expect(wordsOf("Alles OK, Ananas.")).toEqual(["alles", "ok", "ananas"]);
    expect(phrasesOf("ja grüne Tomaten bitte", 2)).toEqual(["ja grüne", "grüne tomaten", "tomaten bitte"]);
    expect(phrasesOf("ja", 2)).toEqual([]);
  });
});

describe("invite codes", () => {
  it("are 12 characters of Crockford base 32, shown in groups", () => {
    const code = inviteCodeOf([7, 20, 23, 2, 21, 9, 29, 13, 4, 26, 24, 31]);
    expect(code).toBe("7MQ2N9XD4TRZ");
    expect(formatInviteCode(code)).toBe("buddy-7MQ2-N9XD-4TRZ");
    expect(() => inviteCodeOf([1, 2, 3])).toThrow();
    expect(() => inviteCodeOf(Array(12).fill(32))).toThrow();
  });
  it("are read back from a start command, a typed message, with O for 0 and I for 1", () => {
    const code = "7MQ2N9XD40R1";
    for (const text of ["/start buddy-7MQ2-N9XD-40R1", "buddy-7MQ2-N9XD-40R1", "Buddy 7mq2 n9xd 4OrI", "/start@TestNameBot buddy-7MQ2N9XD40R1"]) {
      expect(readInviteCode(text), text).toBe(code);
    }
  });
  it("read nothing else", () => {
    for (const text of ["/start", "hallo", "buddy-7MQ2-N9XD", "buddy-7MQ2-N9XD-40R1-EXTRA", "buddy-UUUU-N9XD-40R1", "Entgangener Anruf 0171 2345678"]) {
      expect(readInviteCode(text), text).toBeUndefined();
    }
  });
});
