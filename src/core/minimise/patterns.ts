import type { FindingKind } from "./types.js";

/**
 * A capitalised word, including umlauts and inner hyphens ("Müller-Lüdenscheidt"). It starts only
 * where a word starts, and each hyphen has one reading: a long hyphenated word is read once, not
 * again from each of its capitals, and a failed match does not try every split of it.
 */
const CAP = String.raw`(?<![\p{L}\d'’-])\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*`;
const CAP_OR_AMP = String.raw`(?:${CAP}|&|und|\+)`;
/** Words that end a company name rather than belong to it. */
const NAME_RUN = String.raw`${CAP}(?:\s+${CAP_OR_AMP}){0,3}`;

/** Titles before a name: "Herr", "Frau", "Mr", "domnul", "dna". */
const HONORIFIC = String.raw`(?:Herrn?|Frau|Mr|Mrs|Ms|Miss|[Dd]omnul|[Dd]oamna|[Dd]-l|[Dd]-na|[Dd]l|[Dd]na)`;

/** "arbeitet" → "[Aa]rbeitet": case-insensitive cue words without the `i` flag, which would make \p{Lu} match any letter. */
function cue(words: readonly string[]): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return `(?:${words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escape(w.slice(1))}`).join("|")})`;
}

/** Romanian legal forms; "SA" only as a word of its own, so "USA" is no company. */
/** "iban" → "[Ii][Bb][Aa][Nn]": a word in any case, where the rest of the pattern keeps its case. */
function caseless(word: string): string {
  return [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join("");
}

const LEGAL_FORM_RO = String.raw`S\.\s?R\.\s?L\.?|SRL|S\.\s?A\.|(?<!\p{L})SA|PFA`;
const LEGAL_FORM = String.raw`(?:${LEGAL_FORM_RO}|GmbH(?:\s*&\s*Co\.?\s*KG(?:aA)?)?|gGmbH|mbH|AG|KGaA|KG|OHG|GbR|PartG(?:mbB)?|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?K\.|e\.\s?V\.|SE|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|Corp\.?|Co\.\s*KG|&\s*Co\.?(?:\s*KG)?)`;

export interface Pattern {
  readonly kind: FindingKind;
  readonly regex: RegExp;
  /** Which capture group is the finding; 0 = the whole match. */
  readonly group?: number;
}

/**
 * Every pattern is bounded (no nested unbounded repetition), so scanning stays linear
 * in the text length even for long pastes.
 */
export const PATTERNS: readonly Pattern[] = [
  { kind: "email", regex: /[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,4}/giu },
  {
    kind: "web",
    regex:
      /(?<![\p{L}\d@.])(?:https?:\/\/)?(?:www\.)?[a-z\d][a-z\d-]{1,62}(?:\.[a-z\d-]{1,63}){0,3}\.(?:de|com|net|org|eu|at|ch|info|biz|io|co|uk|us|fr|it|nl|be|pl|es|app|shop|online|berlin|hamburg|koeln|bayern|nrw|gmbh)(?![\p{L}\d-])(?:\/[^\s]{0,200})?/giu,
  },
  {
    kind: "bank",
    regex: /(?<![\p{L}\d])[A-Z]{2}\d{2}(?:[ ]?[A-Z\d]{4}){3,7}(?:[ ]?[A-Z\d]{1,3})?(?![\p{L}\d])/gu,
  },
  {
    kind: "bank",
    regex:
      // The words in any case; the value only in capitals and digits, so the words after it stay.
      new RegExp(
        String.raw`(?<![\p{L}\d])(?:${caseless("iban")}|${caseless("bic")}|${caseless("swift")}|${caseless("blz")}|${cue(["bankleitzahl", "kontonummer", "kontoverbindung", "konto", "account number", "sort code"])}|[Kk]to\.?-?[Nn]r\.?)(?![\p{L}\d])[:\s]{0,3}(?:[A-Z\d]{2,}(?:[ ]?[A-Z\d]{2,}){0,8})?`,
        "gu",
      ),
  },
  {
    kind: "address",
    regex: new RegExp(
      String.raw`(?:${CAP}[\s-])?(?<!\p{L})\p{L}{0,40}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|hof|kamp|stieg|berg)\s{0,3}\d{1,4}\s?[a-zA-Z]?(?:\s*,\s*\d{5}(?:\s+${CAP}){1,2})?`,
      "gu",
    ),
  },
  { kind: "address", regex: /\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.|Boulevard|Blvd\.?|Way|Court|Ct\.?|Place|Pl\.)(?!\p{L})/gu },
  { kind: "address", regex: new RegExp(String.raw`(?<![\p{L}\d])\d{5}\s+${CAP}(?:\s+${CAP})?`, "gu") },
  // Romanian: "strada Florilor nr. 12", "str. Mare 5", "bloc A3", "sc. B", "ap. 14", "cod poștal 010101".
  {
    kind: "address",
    regex: new RegExp(
      String.raw`(?<!\p{L})(?:${cue(["strada", "str.", "bulevardul", "bd.", "calea", "șoseaua", "soseaua", "aleea"])})\s{1,3}${NAME_RUN}(?:\s{0,2},?\s{0,2}(?:nr\.?\s{0,2})?\d{1,4}\s?[a-zA-Z]?(?![\p{L}\d]))?`,
      "gu",
    ),
  },
  {
    kind: "address",
    regex: new RegExp(
      String.raw`(?<!\p{L})${cue(["blocul", "bloc", "bl.", "scara", "sc.", "apartamentul", "apartament", "apt.", "ap.", "etajul", "etaj"])}\s{0,3}(?:nr\.?\s{0,2})?[A-Z\d]{1,4}(?![\p{L}\d])`,
      "gu",
    ),
  },
  { kind: "address", regex: /(?<!\p{L})cod(?:ul)?\s{1,3}po[șşs]tal(?:\s{0,3}:?\s{0,3}\d{4,6})?(?![\p{L}\d])/giu },
  // Company-like names before a legal form: "Müller Bau GmbH & Co. KG", "Acme Ltd".
  { kind: "company", regex: new RegExp(String.raw`(?:${NAME_RUN}\s+)?${LEGAL_FORM}(?![\p{L}])`, "gu") },
  // Cue plus the name that follows: "arbeitet bei Siemens", "Firma Müller", "Büro von Dr. Klein",
  // "lucrează la Bosch", "biroul lui Popescu".
  {
    kind: "company",
    regex: new RegExp(
      String.raw`\b${cue(["arbeitet", "jobbt", "angestellt", "tätig", "works", "working", "employed", "lucrează", "lucreaza", "angajat", "angajată", "angajata"])}\s+${cue(["bei", "für", "fuer", "at", "for", "la", "pentru"])}(?:\s+${cue(["der", "die", "dem", "den", "the", "einer", "einem"])})?\s+(?:${NAME_RUN}|\p{L}+)`,
      "gu",
    ),
  },
  {
    kind: "company",
    regex: new RegExp(
      String.raw`(?<!\p{L})${cue(["firma", "fa.", "unternehmen", "konzern", "kanzlei", "agentur", "praxis", "büro", "buero", "office", "company", "firm", "firmă", "compania", "biroul", "cabinetul"])}\s+(?:von\s+|of\s+|lui\s+)?(?:(?:[Dd]r|Prof|${HONORIFIC})\.?\s+)?${NAME_RUN}`,
      "gu",
    ),
  },
  {
    kind: "company",
    regex: new RegExp(String.raw`(?<!\p{L})${cue(["chefin", "chef", "boss", "arbeitgeber", "employer"])}\s+(?:ist|is|heißt|heisst)\s+${NAME_RUN}`, "gu"),
  },
  // Role words that point to an office: the clause that carries them.
  {
    kind: "company",
    regex:
      /[^,;.!?()\n–—]{0,80}(?<![\p{L}\d])(?:Sekretär(?:in)?|Sekretariat|Assistent(?:in)?|Vorzimmer|Chef(?:in)?|Arbeitgeber|Büro|Buero|Firma|Firmenhandy|Dienst(?:handy|telefon|nummer)|Kolleg(?:e|in|en)|secretary|receptionist|assistant|boss|employer|office|company phone|work phone|colleague|secretar(?:a|ă|ul|ei)?|asistent(?:a|ă|ul|ei)?|[șşs]ef(?:a|ă|ul|ului|ei)?|patron(?:ul|ului)|coleg(?:a|ă|ul|ului|ii|ele)?|recep[țţt]i(?:a|e)|birou(?:l|lui)?|firm(?:ă|ei)|compani(?:a|e|ei)|telefon(?:ul)?\s+de\s+serviciu)(?![\p{L}\d])[^,;.!?()\n–—]{0,80}/giu,
  },
  // Honorific plus name: "Herr Becker", "Frau Dr. Klein", "Mr Smith".
  {
    kind: "surname",
    regex: new RegExp(String.raw`\b${HONORIFIC}\.?\s+(?:(?:Dr|Prof)\.?\s+)?${CAP}(?:\s+${CAP})?`, "gu"),
  },
  {
    kind: "surname",
    regex: new RegExp(String.raw`(?<!\p{L})${cue(["nachname", "familienname", "surname", "last name", "family name", "heißt", "heisst", "name is", "numele de familie", "nume de familie", "se numește", "se numeste"])}\s*:?\s*${CAP}(?:\s+${CAP})?`, "gu"),
  },
];

/** An alias is one name: any further capitalised word (group 1) is taken for a surname. */
export const ALIAS_SURNAME = new RegExp(String.raw`^\s*${CAP}((?:\s+(?:von\s+|van\s+|de\s+)?${CAP}\.?)+)`, "u");
