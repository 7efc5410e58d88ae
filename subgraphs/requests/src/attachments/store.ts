import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '@kaarst/kit';
import { AwsClient } from 'aws4fetch';

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

export interface S3StoreOptions {
  /** e.g. https://s3.eu-central-1.amazonaws.com, or a MinIO or Ceph gateway. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Put before every key, e.g. "attachments/". */
  prefix?: string;
}

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph...), addressed path-style
 * (endpoint/bucket/key), every request signed with AWS Signature V4.
 */
export function s3Store(options: S3StoreOptions): FileStore {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: 's3',
    region: options.region,
  });
  const base = `${options.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(options.bucket)}/${options.prefix ?? ''}`;
  const call = async (key: string, init: RequestInit, accept: number[]) => {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`not an attachment key: ${key}`);
    const response = await client.fetch(`${base}${key}`, { ...init, signal: AbortSignal.timeout(30_000) });
    if (!response.ok && !accept.includes(response.status))
      throw new Error(
        `S3 ${init.method ?? 'GET'} ${key}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`,
      );
    return response;
  };
  return {
    async put(key, bytes) {
      // A PUT replaces the object whole: S3 never shows half of one.
      await call(
        key,
        { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } },
        [],
      );
    },
    async get(key) {
      const response = await call(key, { method: 'GET' }, [404]);
      return response.status === 404 ? null : Buffer.from(await response.arrayBuffer());
    },
    async delete(key) {
      await call(key, { method: 'DELETE' }, [404]);
    },
  };
}

/** S3 when ATTACHMENTS_S3_BUCKET is set (with endpoint and keys), else the folder. */
export function storeFromEnv(): FileStore {
  const bucket = env('ATTACHMENTS_S3_BUCKET');
  if (!bucket) return folderStore();
  const required = (name: string) => {
    const value = env(name);
    if (!value) throw new Error(`ATTACHMENTS_S3_BUCKET is set, so ${name} is needed too`);
    return value;
  };
  return s3Store({
    bucket,
    endpoint: required('ATTACHMENTS_S3_ENDPOINT'),
    accessKeyId: required('ATTACHMENTS_S3_ACCESS_KEY_ID'),
    secretAccessKey: required('ATTACHMENTS_S3_SECRET_ACCESS_KEY'),
    region: env('ATTACHMENTS_S3_REGION') ?? 'us-east-1',
    prefix: env('ATTACHMENTS_S3_PREFIX') ?? 'attachments/',
  });
}
