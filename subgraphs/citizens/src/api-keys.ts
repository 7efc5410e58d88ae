import {
  auditEntryData,
  badInput,
  DEFAULT_API_KEY_RATE,
  forbidden,
  type HubKeys,
  hasRole,
  MAX_API_KEY_RATE,
  notFound,
  requireViewer,
  SELF_SERVICE_KEY_LIMIT,
  signApiKey,
  type Viewer,
} from '@kaarst/kit';
import type { ApiKey, PrismaClient } from './generated/prisma/client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isStaff = (viewer: Viewer) => hasRole(viewer, 'staff') || hasRole(viewer, 'admin');

export interface IssueApiKeyInput {
  name: string;
  ownerId?: string | null;
  ratePerMinute?: number | null;
}

function checkIssueInput(viewer: Viewer, input: IssueApiKeyInput) {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100)
    throw badInput('Give the key a name of 1 to 100 characters.', 'name');
  const ownerId = input.ownerId ?? viewer.id;
  if (!UUID.test(ownerId)) throw badInput('ownerId is not an account id.', 'ownerId');
  if (ownerId !== viewer.id && !isStaff(viewer))
    throw forbidden('Only staff may issue keys to other accounts.');
  const rate = input.ratePerMinute ?? DEFAULT_API_KEY_RATE;
  if (!Number.isInteger(rate) || rate < 1 || rate > MAX_API_KEY_RATE)
    throw badInput(`ratePerMinute must be between 1 and ${MAX_API_KEY_RATE}.`, 'ratePerMinute');
  if (rate > DEFAULT_API_KEY_RATE && !isStaff(viewer))
    throw forbidden(
      `Self-service keys get at most ${DEFAULT_API_KEY_RATE} requests per minute; ask staff for more.`,
    );
  return { name, ownerId, rate };
}

/** Issues a key; the row and its audit entry are written together or not at all. */
export async function issueApiKey(
  db: PrismaClient,
  keys: HubKeys,
  viewer: Viewer | null,
  input: IssueApiKeyInput,
) {
  const actor = requireViewer(viewer);
  const { name, ownerId, rate } = checkIssueInput(actor, input);
  const { key, claims } = await signApiKey(keys, { ownerId, ratePerMinute: rate });
  const apiKey = await db.$transaction(async (tx) => {
    // The owner's row locked: concurrent issues cannot both slip under the self-service limit.
    const owner = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM account WHERE id = ${ownerId}::uuid FOR UPDATE`;
    if (owner.length === 0) throw notFound('The account');
    if (!isStaff(actor)) {
      const active = await tx.apiKey.count({ where: { ownerId, revokedAt: null } });
      if (active >= SELF_SERVICE_KEY_LIMIT)
        throw forbidden(`You already hold ${SELF_SERVICE_KEY_LIMIT} active keys; revoke one first.`);
    }
    const created = await tx.apiKey.create({
      data: { id: claims.id, name, ownerId, ratePerMinute: rate, hint: key.slice(-6) },
    });
    await tx.auditEntry.create({
      data: auditEntryData(
        actor,
        'apiKey.issue',
        { type: 'ApiKey', id: created.id },
        `owner ${ownerId}, ${rate}/min`,
      ),
    });
    return created;
  });
  return { key, apiKey };
}

/** Revokes a key (its owner, staff, admins); a revoked key is returned unchanged. */
export async function revokeApiKey(db: PrismaClient, viewer: Viewer | null, id: string): Promise<ApiKey> {
  const actor = requireViewer(viewer);
  if (!UUID.test(id)) throw badInput('That is not an API key id.', 'id');
  const existing = await db.apiKey.findUnique({ where: { id } });
  // Someone else's key looks the same as no key: ids are not confirmed to strangers.
  if (!existing || (existing.ownerId !== actor.id && !isStaff(actor))) throw notFound('The API key');
  if (existing.revokedAt) return existing;
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    // A concurrent revoke got there first: nothing happened here, so nothing to record.
    if (count > 0)
      await tx.auditEntry.create({ data: auditEntryData(actor, 'apiKey.revoke', { type: 'ApiKey', id }) });
    return tx.apiKey.findUniqueOrThrow({ where: { id } });
  });
}

export function listApiKeys(db: PrismaClient, where: { ownerId?: string; includeRevoked?: boolean }) {
  if (where.ownerId !== undefined && !UUID.test(where.ownerId))
    throw badInput('ownerId is not an account id.', 'ownerId');
  return db.apiKey.findMany({
    where: {
      ...(where.ownerId ? { ownerId: where.ownerId } : {}),
      ...(where.includeRevoked ? {} : { revokedAt: null }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
  });
}
