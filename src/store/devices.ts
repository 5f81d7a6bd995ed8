import { randomBytes } from "node:crypto";
import { constantTimeEqual } from "./crypto.js";
import { INTAKE_SETTINGS_ID, type AnnounceMode, type DeviceRecord, type IntakeSettings } from "./records/devices.js";
import type { Collection } from "./vault.js";

export type { AnnounceMode, DeviceRecord, IntakeSettings } from "./records/devices.js";

/** Enough for her phones; each one has its own token to revoke. */
export const MAX_DEVICES = 10;
export const MAX_LABEL_LENGTH = 40;
const TOKEN_PREFIX = "qlt_";
/** "qlt_" and 32 random bytes in base64url. */
const TOKEN_SHAPE = /^qlt_[A-Za-z0-9_-]{43}$/;
/** The keyed hash's purpose: a token hash can never be mistaken for another index key. */
const TOKEN_PURPOSE = "quietline/device-token";

export interface DeviceStores {
  readonly devices: Collection<DeviceRecord>;
  readonly intake: Collection<IntakeSettings>;
}

export interface DeviceRepositoryOptions {
  readonly clock: () => number;
  /** Vault#indexKey: HMAC-SHA-256 under a key derived from ENCRYPTION_KEY. */
  readonly keyedHash: (purpose: string, value: string) => string;
}

export type AddDeviceResult =
  | { readonly ok: true; readonly device: DeviceRecord; readonly token: string }
  | { readonly ok: false; readonly error: "too-many" | "bad-label" };

/** Whether a header value has the shape of a device token (before any store is read). */
export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** Her phones' tokens: added with a name, listed with their last use, revoked with a tap. */
export class DeviceRepository {
  constructor(
    private readonly stores: DeviceStores,
    private readonly options: DeviceRepositoryOptions,
  ) {}

  private hashOf(token: string): string {
    return this.options.keyedHash(TOKEN_PURPOSE, token);
  }

  async list(): Promise<DeviceRecord[]> {
    return (await this.stores.devices.all()).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** A new device and its token; the token is returned once and never stored. */
  async add(label: string): Promise<AddDeviceResult> {
    const name = label.trim().replace(/\s+/g, " ");
    if (name.length === 0 || name.length > MAX_LABEL_LENGTH) return { ok: false, error: "bad-label" };
    if ((await this.list()).length >= MAX_DEVICES) return { ok: false, error: "too-many" };
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
    const device: DeviceRecord = {
      id: randomBytes(9).toString("base64url"),
      label: name,
      tokenHash: this.hashOf(token),
      createdAt: this.options.clock(),
      uses: 0,
    };
    await this.stores.devices.set(device.id, device);
    return { ok: true, device, token };
  }

  async revoke(id: string): Promise<DeviceRecord | undefined> {
    const device = await this.stores.devices.get(id).catch(() => undefined);
    if (device) await this.stores.devices.delete(id);
    return device;
  }

  /**
   * The device a token belongs to. Every device's hash is compared in constant time, and all of
   * them are compared, so the answer takes as long whichever matched. Reads only: a wrong token
   * changes nothing.
   */
  async authenticate(token: string): Promise<DeviceRecord | undefined> {
    if (!looksLikeToken(token)) return undefined;
    const hash = this.hashOf(token);
    let found: DeviceRecord | undefined;
    for (const device of await this.stores.devices.all()) {
      if (constantTimeEqual(device.tokenHash, hash)) found = device;
    }
    return found;
  }

  async recordUse(device: DeviceRecord): Promise<void> {
    const current = await this.stores.devices.get(device.id);
    // Revoked while the request was under way: it stays revoked.
    if (current) await this.stores.devices.set(device.id, { ...current, lastUsedAt: this.options.clock(), uses: current.uses + 1 });
  }

  async settings(): Promise<IntakeSettings> {
    return (await this.stores.intake.get(INTAKE_SETTINGS_ID)) ?? { announce: "always" };
  }

  async setAnnounce(announce: AnnounceMode): Promise<void> {
    await this.stores.intake.update(INTAKE_SETTINGS_ID, (current) => ({ ...current, announce }));
  }

  /** Counts a withheld caller for `day` (her calendar day, "2026-11-23"); the count starts again each day. */
  async countWithheld(day: string, calls: number): Promise<number> {
    const next = await this.stores.intake.update(INTAKE_SETTINGS_ID, (current) => {
      const previous = current?.withheld?.day === day ? current.withheld.count : 0;
      return { announce: current?.announce ?? "always", withheld: { day, count: previous + calls } };
    });
    return next?.withheld?.count ?? 0;
  }

  /** Withheld callers counted on `day`. */
  async withheldOn(day: string): Promise<number> {
    const current = await this.stores.intake.get(INTAKE_SETTINGS_ID);
    return current?.withheld?.day === day ? current.withheld.count : 0;
  }
}

const repositories = new WeakMap<DeviceStores, DeviceRepository>();

/** The device repository for an app's stores (one per store set). */
export function devicesOf(app: {
  readonly stores: DeviceStores;
  readonly clock: () => number;
  readonly vault: { indexKey(purpose: string, value: string): string };
}): DeviceRepository {
  let repository = repositories.get(app.stores);
  if (!repository) {
    repository = new DeviceRepository(app.stores, { clock: app.clock, keyedHash: (purpose, value) => app.vault.indexKey(purpose, value) });
    repositories.set(app.stores, repository);
  }
  return repository;
}
