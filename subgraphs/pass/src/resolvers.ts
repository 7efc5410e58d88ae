import {
  auditLogResolvers,
  DateTimeScalar,
  JSONObjectScalar,
  notFound,
  personalDataOf,
  requireRole,
  requireViewer,
} from '@kaarst/kit';
import { devicesOf, registerDevice, revokeDevice, revokedDeviceIds } from './devices.ts';
import type { Resolvers } from './generated/graphql.ts';
import { effectiveStatus } from './models.ts';
import { createOffer, currentOffers, ownOffers, updateOffer } from './offers.ts';
import { applyForPass, passOf, passToken, revokedNumbers, staffChangePass } from './passes.ts';
import { exportPassData } from './privacy.ts';
import { markPaid, offerRedemptions, redeemOffer } from './redemptions.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  AuditLog: auditLogResolvers('pass') as Resolvers['AuditLog'],
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    pass: ({ accountId }, _args, { db }) => exportPassData(db, accountId),
  },
  KaarstPass: {
    status: (pass) => effectiveStatus(pass),
  },
  KaarstPassOffer: {
    free: (offer) => offer.priceCents === 0,
    partner: (offer) => ({ name: offer.partnerName }),
    remaining: (offer) => (offer.quota === null ? null : Math.max(0, offer.quota - offer.redeemed)),
  },
  KaarstPassRedemption: {
    async offer(redemption, _args, { db }) {
      const offer = await db.offer.findUnique({ where: { id: redemption.offerId } });
      if (!offer) throw notFound('The offer');
      return offer;
    },
    async passNumber(redemption, _args, { db }) {
      const pass = await db.kaarstPass.findUnique({
        where: { id: redemption.passId },
        select: { number: true },
      });
      if (!pass) throw notFound('The pass');
      return pass.number;
    },
  },
  Query: {
    myKaarstPass: (_p, _a, { db, viewer }) => passOf(db, requireViewer(viewer).id),
    kaarstPassToken: (_p, _a, { db, viewer, services }) => passToken(db, services.signingKey, viewer),
    kaarstPassVerificationKey: (_p, _a, { services }) => ({ ...services.signingKey.publicJwk }),
    kaarstPassRevocations: (_p, _a, { db }) => revokedNumbers(db),
    kaarstPassRevokedDevices: (_p, _a, { db }) => revokedDeviceIds(db),
    myKaarstPassDevices: (_p, _a, { db, viewer }) => devicesOf(db, viewer),
    kaarstPassOffers: (_p, { category }, { db }) => currentOffers(db, category),
    myKaarstPassRedemptions: (_p, _a, { db, viewer }) =>
      db.redemption.findMany({
        where: { holderId: requireViewer(viewer).id },
        orderBy: { createdAt: 'desc' },
      }),
    myKaarstPassOffers: (_p, _a, { db, viewer }) => ownOffers(db, viewer),
    myOfferRedemptions: (_p, { offerId }, { db, viewer }) => offerRedemptions(db, viewer, offerId),
    pendingKaarstPassApplications: (_p, _a, { db, viewer }) => {
      requireRole(viewer, 'staff');
      return db.kaarstPass.findMany({ where: { status: 'PENDING' }, orderBy: { appliedAt: 'asc' } });
    },
  },
  Mutation: {
    applyForKaarstPass: (_p, { input }, { db, viewer }) => applyForPass(db, viewer, input),
    decideKaarstPassApplication: (_p, { id, approve, reason }, { db, viewer }) =>
      staffChangePass(db, viewer, id, approve ? 'approve' : 'reject', reason),
    suspendKaarstPass: (_p, { id, reason }, { db, viewer }) =>
      staffChangePass(db, viewer, id, 'suspend', reason),
    revokeKaarstPass: (_p, { id, reason }, { db, viewer }) =>
      staffChangePass(db, viewer, id, 'revoke', reason),
    reactivateKaarstPass: (_p, { id, reason }, { db, viewer }) =>
      staffChangePass(db, viewer, id, 'reactivate', reason),
    registerKaarstPassDevice: (_p, { input }, { db, viewer, services }) =>
      registerDevice(db, services.signingKey, viewer, input),
    revokeKaarstPassDevice: (_p, { id }, { db, viewer }) => revokeDevice(db, viewer, id),
    redeemKaarstPassOffer: (_p, { offerId, idempotencyKey }, { db, viewer }) =>
      redeemOffer(db, viewer, offerId, idempotencyKey),
    markKaarstPassRedemptionPaid: (_p, { id }, { db, viewer }) => markPaid(db, viewer, id),
    createKaarstPassOffer: (_p, { input }, { db, viewer }) => createOffer(db, viewer, input),
    updateKaarstPassOffer: (_p, { id, input }, { db, viewer }) => updateOffer(db, viewer, id, input),
  },
};
