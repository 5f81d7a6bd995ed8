import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { databasePath, openNamespace, synchronousFor } from "../../src/store/database.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** PRAGMA synchronous as SQLite reports it on the namespace's own connection (1 = NORMAL, 2 = FULL). */
async function syncLevel(file: string, namespace: string): Promise<{ journal: string; synchronous: number }> {
  const store = await openNamespace(file, namespace, () => undefined);
  try {
    const [journal] = (await store.adapter.query("PRAGMA journal_mode")) as Array<{ journal_mode: string }>;
    const [sync] = (await store.adapter.query("PRAGMA synchronous")) as Array<{ synchronous: number }>;
    return { journal: journal!.journal_mode, synchronous: sync!.synchronous };
  } finally {
    await store.keyv.disconnect();
  }
}

describe("commit durability per namespace", () => {
  it("syncs every commit of what she was told is saved, and bookkeeping only at checkpoints", async () => {
    const dir = mkdtempSync(join(tmpdir(), "quietline-db-"));
    dirs.push(dir);
    const file = databasePath(dir);
    for (const ns of ["contacts", "aliases", "bookings", "availability", "rules", "general", "privacy", "meta"]) {
      expect(synchronousFor(ns)).toBe("FULL");
      expect(await syncLevel(file, ns)).toEqual({ journal: "wal", synchronous: 2 });
    }
    for (const ns of ["chat_messages", "verdict_log", "holds", "conversations"]) {
      expect(synchronousFor(ns)).toBe("NORMAL");
      expect(await syncLevel(file, ns)).toEqual({ journal: "wal", synchronous: 1 });
    }
  });

  it("treats an unknown namespace as one to sync on every commit", () => {
    expect(synchronousFor("something_new")).toBe("FULL");
  });
});
