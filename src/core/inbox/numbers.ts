/** Small counts and clock hours written as German or English words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  eins: 1, ein: 1, eine: 1, einer: 1, einem: 1, one: 1, a: 1, an: 1,
  zwei: 2, zwo: 2, two: 2,
  drei: 3, three: 3,
  vier: 4, four: 4,
  "fünf": 5, fuenf: 5, five: 5,
  sechs: 6, six: 6,
  sieben: 7, seven: 7,
  acht: 8, eight: 8,
  neun: 9, nine: 9,
  zehn: 10, ten: 10,
  elf: 11, eleven: 11,
  "zwölf": 12, zwoelf: 12, twelve: 12,
};

export const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Reads "5", "fünf", "an" → 5, 5, 1; undefined for anything else. */
export function readCount(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (/^\d+$/.test(token)) return Number(token);
  return NUMBER_WORDS[token.toLowerCase()];
}
