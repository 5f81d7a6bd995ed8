export { MAX_VCARD_BYTES, parseVCards, type VCardEntry } from "./parse.js";
