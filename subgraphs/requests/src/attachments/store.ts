import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '@kaarst/kit';

/** Where attachments' bytes live: outside the database, addressed by the attachment's id. */
export interface FileStore {
  /** Stores the bytes whole or not at all. */
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

/**
 * The default store: a folder (ATTACHMENTS_DIR, default <data dir>/attachments).
 * Several instances of the subgraph need one folder they all mount.
 */
export function folderStore(dir = env('ATTACHMENTS_DIR') ?? path.join(dataDir(), 'attachments')): FileStore {
  // Keys are uuids; two levels of folders keep any one folder small.
  const fileOf = (key: string) => {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`not an attachment key: ${key}`);
    return path.join(dir, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomUUID()}.part`;
      try {
        writeFileSync(temporary, bytes);
        renameSync(temporary, file);
      } finally {
        rmSync(temporary, { force: true });
      }
    },
    async get(key) {
      try {
        return readFileSync(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      rmSync(fileOf(key), { force: true });
    },
  };
}

let configured: FileStore | undefined;
/** The store this process uses (made on first use, after the environment is read). */
export const attachmentStore = (): FileStore => {
  configured ??= folderStore();
  return configured;
};
