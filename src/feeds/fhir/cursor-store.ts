import type { SqlHandle } from '../../store/sql-handle.js';

/** Persisted positions of pull feeds (migration 10). One row per feed id. */
export interface FeedCursorStore {
  get(feed: string): Promise<string | undefined>;
  /** Records the cursor; never moves it backwards (a late, older page cannot undo progress). */
  set(feed: string, cursor: string): Promise<void>;
}

/** The cursor store on an open SQLite or PostgreSQL handle. */
export function feedCursorStore(h: SqlHandle): FeedCursorStore {
  if (h.kind === 'sqlite') {
    const get = h.db.prepare('SELECT cursor FROM feed_cursors WHERE feed = ?');
    const set = h.db.prepare(
      `INSERT INTO feed_cursors (feed, cursor, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
       WHERE excluded.cursor > feed_cursors.cursor`,
    );
    return {
      get: async (feed) => (get.get(feed) as { cursor: string } | undefined)?.cursor,
      set: async (feed, cursor) => void set.run(feed, cursor, new Date().toISOString()),
    };
  }
  const pool = h.pool;
  return {
    async get(feed) {
      const { rows } = await pool.query<{ cursor: string }>('SELECT cursor FROM feed_cursors WHERE feed = $1', [feed]);
      return rows[0]?.cursor;
    },
    async set(feed, cursor) {
      await pool.query(
        `INSERT INTO feed_cursors (feed, cursor, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
         WHERE excluded.cursor > feed_cursors.cursor`,
        [feed, cursor],
      );
    },
  };
}
