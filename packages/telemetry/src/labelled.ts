/**
 * prom-client hashes a metric's labels on every `inc({…})`; a hot path that counts each message
 * keeps each label set's child instead, found through nested maps, so counting allocates nothing
 * once a label set has been seen.
 */
export class LabelledChildren<K1, K2, C> {
  private readonly children = new Map<K1, Map<K2, C>>();

  constructor(private readonly make: (first: K1, second: K2) => C) {}

  of(first: K1, second: K2): C {
    let inner = this.children.get(first);
    if (!inner) this.children.set(first, (inner = new Map()));
    let child = inner.get(second);
    if (!child) inner.set(second, (child = this.make(first, second)));
    return child;
  }
}
