import { z } from "zod";
import { aliasIndexSchema, CONTACT_VERSION, contactSchema, type AliasIndexRecord, type ContactRecord } from "./records/contact.js";
import { GENERAL_SETTINGS_VERSION, generalSettingsSchema, type GeneralSettings } from "./records/general.js";
import type { Collection, Vault } from "./vault.js";

/** Every collection the app uses, opened once at start-up. */
export interface Stores {
  readonly general: Collection<GeneralSettings>;
  readonly contacts: Collection<ContactRecord>;
  readonly aliases: Collection<AliasIndexRecord>;
  /** State of interrupted conversations; it holds raw messages, so it is encrypted like everything else. */
  readonly conversations: Collection<unknown>;
}

export async function openStores(vault: Vault): Promise<Stores> {
  return {
    general: await vault.collection("general", { schema: generalSettingsSchema, version: GENERAL_SETTINGS_VERSION }),
    contacts: await vault.collection("contacts", { schema: contactSchema, version: CONTACT_VERSION, hashIds: true }),
    aliases: await vault.collection("aliases", { schema: aliasIndexSchema, version: 1, hashIds: true }),
    conversations: await vault.collection("conversations", { schema: z.unknown(), version: 1, hashIds: true }),
  };
}
