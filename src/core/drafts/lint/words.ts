/**
 * Words that say something about the service or its business. Stems match inside compounds
 * ("Erotikmassage", "Hotelzimmer"); plain words match only as whole words.
 */
export const EXPLICIT_STEMS: readonly string[] = [
  "escort", "massag", "erotik", "erotic", "domina", "dominatrix", "bdsm", "fetisch", "fetish", "tantra",
  "bordell", "brothel", "hure", "whore", "nutte", "callgirl", "blowjob", "fick", "fuck", "dienstleistung",
  "hotel", "honorar", "bezahl", "sklav", "herrin", "mistress", "bizarr", "kondom", "condom", "latex",
  "striptease", "sinnlich", "sensual",
];

export const EXPLICIT_WORDS: readonly string[] = [
  "sex", "sexy", "sexuell", "sexual", "session", "sessions", "service", "services", "preis", "preise",
  "price", "prices", "euro", "euros", "rates", "fee", "fees", "cash", "geld", "money", "nackt",
  "naked", "nude", "studio", "hausbesuch", "haus-besuch", "outcall", "incall", "gfe", "sm", "lack",
  "leder", "peitsche", "toys", "spielzeug", "payment", "zahlung", "tarif", "tarife", "kuss",
  "küssen", "kiss", "behandlung", "treatment", "dusche", "shower", "bett", "bed",
];

/** Phrases, matched case-insensitively with any whitespace between the words. */
export const EXPLICIT_PHRASES: readonly string[] = [
  "treffen bei mir", "bei mir zuhause", "bei mir zu hause", "zu mir nach hause", "zu dir nach hause",
  "meet at my place", "at my place", "your place", "happy end", "full service", "in bar", "das übliche",
  "the usual",
];
