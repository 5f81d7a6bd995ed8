import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./source.js";

const outdir = join(ROOT, "dist", "locale-probe");

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("the bundle npm start runs", () => {
  it("finds locales/ from dist/, as it does from src/", async () => {
    // The same options as `npm run build`; the entry only asks the i18n module for a few messages.
    const outfile = join(outdir, "probe.mjs");
    await build({
      stdin: {
        contents: `import { translatorFor } from "./src/bot/i18n.ts";\nconsole.log(["de", "en", "ro"].map((l) => translatorFor(l)("start-setup-go")).join("|"));`,
        resolveDir: ROOT,
        loader: "ts",
      },
      outfile,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "esm",
      packages: "external",
      logLevel: "error",
    });
    // Run from elsewhere: the folder is found from the bundle's own place, not the working directory.
    const printed = execFileSync(process.execPath, [outfile], { cwd: tmpdir(), encoding: "utf8" }).trim();
    expect(printed).toBe("Einrichten|Set up|Configurează");
  });
});
