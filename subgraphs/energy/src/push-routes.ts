/**
 * HTTP push for gateways and readers that do not speak MQTT, on the gateway's
 * port (forwarded as /energy): POST /energy/v1/readings with a JSON reading,
 * a list, or { readings: [...] }, and POST /energy/v1/load-profile with a CSV
 * load profile (text/csv). Each request carries the meter's key in
 * X-Meter-Key (createMeterGatewayKey); the key belongs to one meter and every
 * reading must be of that meter. Answers say per reading what happened.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from '@kaarst/kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseLoadProfile } from './domain/load-profile.ts';
import { parseReading, readingBodies } from './domain/readings.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { IngestService } from './ingest.ts';

export const MAX_PUSH_READINGS = 10_000;
const KEY_PREFIX = 'emk_';
const LAST_USED_EVERY_MS = 60_000;

export const newGatewayKey = () => `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
export const hashGatewayKey = (key: string) => createHash('sha256').update(key).digest('hex');

const fail = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ errors: [{ message, extensions: { code } }] });

/** The meter a request's key belongs to, or null (unknown, revoked, or its meter was unlinked). */
async function meterOfKey(
  db: PrismaClient,
  request: FastifyRequest,
): Promise<{ meterId: string; dataLevel: string } | null> {
  const key = request.headers['x-meter-key'];
  if (typeof key !== 'string' || !key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const found = await db.gatewayKey.findUnique({
    where: { keyHash: hashGatewayKey(key) },
    include: { meter: { select: { ownerId: true, dataLevel: true } } },
  });
  if (!found || found.revokedAt || !found.meter.ownerId) return null;
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > LAST_USED_EVERY_MS)
    await db.gatewayKey.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  return { meterId: found.meterId, dataLevel: found.meter.dataLevel };
}

export async function registerPushRoutes(
  app: FastifyInstance,
  { db, ingest, log }: { db: PrismaClient; ingest: IngestService; log: Logger },
): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['text/csv', 'text/plain'],
      { parseAs: 'string', bodyLimit: 4 * 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );

    scope.post('/energy/v1/readings', { bodyLimit: 2 * 1024 * 1024 }, async (request, reply) => {
      const meter = await meterOfKey(db, request);
      if (!meter) return fail(reply, 401, 'INVALID_METER_KEY', 'Send a valid meter key in X-Meter-Key.');
      const bodies = readingBodies(request.body);
      if (bodies.length > MAX_PUSH_READINGS)
        return fail(reply, 400, 'BAD_USER_INPUT', `At most ${MAX_PUSH_READINGS} readings per request.`);
      const now = Date.now();
      const result = await ingest.ingest(
        bodies.map((body) => ({ checked: parseReading(body, now, meter.meterId), meterId: meter.meterId })),
        now,
      );
      return reply.send({
        stored: result.stored,
        duplicates: result.duplicates,
        skipped: result.skipped,
        refused: result.refused.map(({ index, reason, detail }) => ({ index, reason, detail })),
      });
    });

    scope.post('/energy/v1/load-profile', async (request, reply) => {
      const meter = await meterOfKey(db, request);
      if (!meter) return fail(reply, 401, 'INVALID_METER_KEY', 'Send a valid meter key in X-Meter-Key.');
      if (typeof request.body !== 'string')
        return fail(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the load profile as text/csv.');
      if (meter.dataLevel !== 'FINE')
        return fail(reply, 403, 'FORBIDDEN', '15-minute values are kept only after the owner opted in.');
      const parsed = parseLoadProfile(request.body, Date.now());
      const result = await ingest.importProfile(meter.meterId, parsed.intervals);
      log.info({ meterId: meter.meterId, stored: result.stored }, 'load profile pushed');
      return reply.send({
        stored: result.stored,
        duplicates: result.duplicates,
        refused: [
          ...parsed.refused,
          ...result.refused.map((r) => ({ ...r, line: parsed.intervals[r.index]?.line ?? 0 })),
        ].map(({ line, reason, detail }) => ({ line, reason, detail })),
      });
    });
  });
}
