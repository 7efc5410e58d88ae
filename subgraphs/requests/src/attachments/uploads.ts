/**
 * Attachments (photos, PDFs) in two steps, as with a presigned upload: the
 * `startRequestAttachment` mutation checks what is announced (type, size, how
 * many) and hands out a single-use upload URL; `PUT` to it sends the bytes,
 * which are checked again (their real type from the first bytes, their size)
 * before they are stored. Downloads use short-lived URLs signed with the
 * hub's internal secret, so a link that leaks stops working within minutes.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { badInput, conflict, envInt, HubError, type HubKeys, type Logger, type Viewer } from '@kaarst/kit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import type { PrismaClient, RequestAttachment } from '../generated/prisma/client.ts';
import { readableRequest } from '../lifecycle.ts';
import type { FileStore } from './store.ts';

/** What may be attached: the declared type must also be what the bytes are. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
export const maxAttachmentBytes = () => envInt('ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024);
export const MAX_ATTACHMENTS_PER_REQUEST = 5;
const UPLOAD_WINDOW_MS = 15 * 60_000;
const DOWNLOAD_URL_SECONDS = 300;
export const UPLOAD_PATH = '/attachments/uploads';
export const DOWNLOAD_PATH = '/attachments/files';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface AttachmentInput {
  fileName: string;
  contentType: string;
  size: number;
}

/** Checks an announced attachment and makes its single-use upload URL. */
export async function startAttachment(
  db: PrismaClient,
  viewer: Viewer | null,
  requestId: string,
  input: AttachmentInput,
  now = new Date(),
) {
  const request = await readableRequest(db, viewer, requestId);
  if (request.status === 'DONE' || request.status === 'REJECTED')
    throw conflict('This request is closed; nothing can be attached any more.');
  const fileName = input.fileName.split(/[\\/]/).pop()?.trim() ?? '';
  if (fileName.length === 0 || fileName.length > 200)
    throw badInput('Give the file a name of at most 200 characters.', 'fileName');
  if (!ATTACHMENT_TYPES.includes(input.contentType))
    throw new HubError(
      'UNSUPPORTED_FILE_TYPE',
      `Attach photos (JPEG, PNG, WebP) or PDFs, not ${input.contentType}.`,
    );
  const max = maxAttachmentBytes();
  if (!Number.isInteger(input.size) || input.size < 1 || input.size > max)
    throw new HubError('FILE_TOO_LARGE', `A file may have at most ${Math.floor(max / 1024 / 1024)} MB.`);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + UPLOAD_WINDOW_MS);
  const attachment = await db.$transaction(async (tx) => {
    // One announcement at a time per request, so concurrent ones cannot pass the limit.
    await tx.$queryRaw`SELECT id FROM service_request WHERE id = ${request.id}::uuid FOR UPDATE`;
    const held = await tx.requestAttachment.count({
      where: { requestId: request.id, OR: [{ storedAt: { not: null } }, { uploadExpiresAt: { gt: now } }] },
    });
    if (held >= MAX_ATTACHMENTS_PER_REQUEST)
      throw new HubError(
        'TOO_MANY_ATTACHMENTS',
        `A request takes at most ${MAX_ATTACHMENTS_PER_REQUEST} files.`,
      );
    return tx.requestAttachment.create({
      data: {
        requestId: request.id,
        uploadedBy: viewer?.id ?? null,
        fileName,
        contentType: input.contentType,
        size: input.size,
        uploadTokenHash: sha256(token),
        uploadExpiresAt: expiresAt,
      },
    });
  });
  return { attachment, uploadUrl: `${UPLOAD_PATH}/${token}`, expiresAt };
}

function signature(keys: HubKeys, id: string, expires: number) {
  return createHmac('sha256', keys.internalSecret).update(`attachment:${id}:${expires}`).digest('base64url');
}

/** A download URL valid for a few minutes (relative to the gateway's origin). */
export function downloadUrl(keys: HubKeys, attachment: RequestAttachment, now = Date.now()): string | null {
  if (!attachment.storedAt) return null;
  const expires = Math.floor(now / 1000) + DOWNLOAD_URL_SECONDS;
  return `${DOWNLOAD_PATH}/${attachment.id}?expires=${expires}&signature=${signature(keys, attachment.id, expires)}`;
}

/** Answers in the shape of a GraphQL error, as the rest of the hub's HTTP refusals. */
const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ errors: [{ message, extensions: { code } }] });

export function registerAttachmentRoutes(
  app: FastifyInstance,
  services: { db: PrismaClient; keys: HubKeys; log: Logger; store: FileStore },
) {
  const { db, keys, log, store } = services;
  return app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    scope.put<{ Params: { token: string } }>(
      `${UPLOAD_PATH}/:token`,
      { bodyLimit: maxAttachmentBytes() + 1 },
      async (request, reply) => {
        const hash = sha256(request.params.token);
        const pending = await db.requestAttachment.findUnique({ where: { uploadTokenHash: hash } });
        if (!pending || pending.uploadExpiresAt <= new Date())
          return refuse(reply, 404, 'UPLOAD_NOT_FOUND', 'This upload URL is unknown, used or expired.');
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        if (bytes.length !== pending.size)
          return refuse(
            reply,
            400,
            'SIZE_MISMATCH',
            `Announced ${pending.size} bytes, sent ${bytes.length}.`,
          );
        const detected = await fileTypeFromBuffer(bytes);
        if (detected?.mime !== pending.contentType)
          return refuse(
            reply,
            415,
            'UNSUPPORTED_FILE_TYPE',
            `The file is ${detected?.mime ?? 'of no known type'}, not ${pending.contentType}.`,
          );
        // Claim the token first: of two uploads with one URL, one stores and the other is refused.
        const claimed = await db.requestAttachment.updateMany({
          where: { id: pending.id, uploadTokenHash: hash },
          data: { uploadTokenHash: null },
        });
        if (claimed.count === 0)
          return refuse(reply, 404, 'UPLOAD_NOT_FOUND', 'This upload URL was just used.');
        try {
          await store.put(pending.id, bytes);
          const stored = await db.requestAttachment.update({
            where: { id: pending.id },
            data: { sha256: sha256(bytes), storedAt: new Date() },
          });
          return reply.code(201).send({ id: stored.id, size: stored.size, sha256: stored.sha256 });
        } catch (error) {
          // Nothing half-kept: no row without its bytes, no bytes without their row.
          log.error({ err: error, attachmentId: pending.id }, 'attachment could not be stored');
          await store.delete(pending.id).catch(() => {});
          await db.requestAttachment.delete({ where: { id: pending.id } }).catch(() => {});
          return refuse(reply, 503, 'STORE_UNAVAILABLE', 'The file could not be stored; please try again.');
        }
      },
    );

    scope.get<{ Params: { id: string }; Querystring: { expires?: string; signature?: string } }>(
      `${DOWNLOAD_PATH}/:id`,
      async (request, reply) => {
        const { id } = request.params;
        const expires = Number(request.query.expires);
        const given = Buffer.from(request.query.signature ?? '');
        const expected = Buffer.from(Number.isInteger(expires) ? signature(keys, id, expires) : '');
        if (given.length === 0 || given.length !== expected.length || !timingSafeEqual(given, expected))
          return refuse(reply, 403, 'INVALID_SIGNATURE', 'This download link is not valid.');
        if (expires * 1000 < Date.now())
          return refuse(reply, 410, 'URL_EXPIRED', 'This download link has expired; ask for a new one.');
        const attachment = await db.requestAttachment.findUnique({ where: { id } }).catch(() => null);
        const bytes = attachment?.storedAt ? await store.get(id) : null;
        if (!attachment || !bytes) return refuse(reply, 404, 'NOT_FOUND', 'The file was not found.');
        return reply
          .header('content-type', attachment.contentType)
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
          )
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          .send(bytes);
      },
    );
  });
}
