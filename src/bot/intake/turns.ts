/**
 * One writer at a time per store: her updates (on every transport) and reports from her phone
 * read a card, change it and write it back, so two of them at once could lose one's change.
 * Updates already come one after another per transport; this puts reports from her phone, and
 * the transports among each other, in the same line. Keyed by the store set, which every
 * transport of one process shares.
 */
const lines = new WeakMap<object, Promise<unknown>>();

export function inTurn<T>(stores: object, work: () => Promise<T>): Promise<T> {
  const previous = lines.get(stores) ?? Promise.resolve();
  const run = previous.then(work, work);
  lines.set(stores, run.catch(() => undefined));
  return run;
}
