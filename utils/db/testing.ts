// idb's wrapper checks `instanceof IDBRequest` etc. against globals, so tests need them installed.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { AuthorOccurrence } from '../../core/sighting';

/** A fresh, empty in-memory IndexedDB per test (fake-indexeddb), so tests never share a store. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

/** An X post occurrence with sensible defaults (test helper). */
export function occurrence(over: Partial<AuthorOccurrence> = {}): AuthorOccurrence {
  return {
    site: 'x', kind: 'post', handle: 'JaneDoe12345678', displayName: 'Jane Doe', profileUrl: 'https://x.com/JaneDoe12345678',
    avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg', text: 'Hello world, this is a post long enough to compare',
    hashtags: ['One', 'two'], time: '2021-03-01T10:00:00.000Z', ...over,
  };
}
