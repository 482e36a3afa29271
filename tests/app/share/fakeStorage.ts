// Browser storage for tests in Node.

import type { StorageLike } from '../../../src/app/share/storage.ts';

export /** An in-memory Web Storage; with a quota, a write that would pass it throws as browsers do. */
class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}
