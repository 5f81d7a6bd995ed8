import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/log.js";

/** The app's logger (redaction and all), writing its lines into an array a test can read. */
export function capturingLogger(level: string): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger(
    level,
    new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }) as never,
  );
  return { logger, lines };
}
