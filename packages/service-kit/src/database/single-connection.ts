/** Databases that run one statement at a time for the whole service (PGlite): a long transaction holds up everything else. */
const singleConnection = new WeakSet<object>();

export function markSingleConnection(db: object): void {
  singleConnection.add(db);
}

export function isSingleConnection(db: object): boolean {
  return singleConnection.has(db);
}
