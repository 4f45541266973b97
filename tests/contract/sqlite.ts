import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../src/store/db.js';

const open: Db[] = [];

afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** A fresh in-memory SQLite database with every migration applied, closed after the test. */
export function freshDb(): Db {
  const db = openDatabase(':memory:');
  open.push(db);
  return db;
}
