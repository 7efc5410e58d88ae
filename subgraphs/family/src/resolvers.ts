import { DateTimeScalar, JSONObjectScalar, personalDataOf, requireViewer } from '@kaarst/kit';
import { addressLabel, addressSuggestions } from './addresses.ts';
import {
  allocationRun,
  allocationRuns,
  cancelRun,
  confirmRun,
  runConfirmations,
  runGroups,
  runProposals,
} from './allocation-confirm.ts';
import { kitaApplicants, runAllocation, setApplicantCriteria } from './allocation-run.ts';
import {
  acceptOffer,
  addChild,
  ageGroupOf,
  applicationsOf,
  applyForKita,
  isoDate,
  myChildren,
  visibleApplication,
  visibleChild,
  wishLimit,
  withdrawApplication,
} from './applications.ts';
import { deleteBirthBundle, myBirthBundles, partsOf, submitBirthBundle } from './birth.ts';
import { removeChild, updateChild } from './children.ts';
import {
  addCoordinator,
  addOffer,
  searchKitas,
  searchOffers,
  setKitaCriteria,
  updateKita,
  updateOffer,
} from './directory.ts';
import type { Resolvers } from './generated/graphql.ts';
import { myCoordinatedKitas, myCoordinatedProviders, setKitaPlaces } from './kita-places.ts';
import { familyTopic } from './live.ts';
import { exportFamilyData } from './privacy.ts';
import { criteriaOf } from './ranking.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    family: ({ accountId }, _args, { db }) => exportFamilyData(db, accountId),
  },
  Kita: {
    __resolveReference: ({ id }, { db }) => db.kita.findUnique({ where: { id } }),
    provider: (kita, _args, { db }) => db.provider.findUniqueOrThrow({ where: { id: kita.providerId } }),
    criteria: (kita) => criteriaOf(kita.criteria),
    places: (kita, _args, { db }) =>
      db.kitaGroup.findMany({ where: { kitaId: kita.id }, orderBy: { ageGroup: 'asc' } }),
    freePlaces: async (kita, _args, { db }) =>
      (await db.kitaGroup.aggregate({ where: { kitaId: kita.id }, _sum: { freePlaces: true } }))._sum
        .freePlaces ?? 0,
    distanceKm: (kita) => kita.distanceKm ?? null,
  },
  FamilyOffer: {
    __resolveReference: ({ id }, { db }) => db.familyOffer.findUnique({ where: { id } }),
    provider: (offer, _args, { db }) => db.provider.findUniqueOrThrow({ where: { id: offer.providerId } }),
    distanceKm: (offer) => offer.distanceKm ?? null,
  },
  FamilyChild: {
    __resolveReference: ({ id }, { db, viewer }) => visibleChild(db, viewer, id),
    birthDate: (child) => isoDate(child.birthDate),
    startDate: (child) => isoDate(child.startDate),
    ageGroup: (child) => ageGroupOf(child.birthDate, child.startDate),
    applications: (child, _args, { db, viewer }) => applicationsOf(db, viewer, child),
  },
  KitaApplication: {
    __resolveReference: ({ id }, { db, viewer }) => visibleApplication(db, viewer, id),
    child: (wish, _args, { db }) => db.child.findUniqueOrThrow({ where: { id: wish.childId } }),
    kita: (wish, _args, { db }) => db.kita.findUniqueOrThrow({ where: { id: wish.kitaId } }),
  },
  KitaAllocationReport: {
    run: (run) => run,
  },
  KitaAllocationRun: {
    endedAt: (run) => run.releasedAt,
    endedBy: (run) => run.releasedBy,
    confirmations: (run, _args, { db, viewer }) => runConfirmations(db, viewer, run),
    groups: (run, _args, { db, viewer }) => runGroups(db, viewer, run),
    proposals: (run, { kitaId }, { db, viewer }) => runProposals(db, viewer, run, kitaId),
  },
  KitaAllocationConfirmation: {
    provider: (c, _args, { db }) => db.provider.findUniqueOrThrow({ where: { id: c.providerId } }),
    confirmed: (c) => c.confirmedAt !== null,
  },
  KitaAllocationGroup: {
    kita: (g, _args, { db }) => db.kita.findUniqueOrThrow({ where: { id: g.kitaId } }),
  },
  KitaAllocationProposal: {
    application: (p) => p.wish as NonNullable<typeof p.wish>,
  },
  FamilyAddress: {
    houseNumber: (a) => `${a.houseNumber}${a.addition}`,
    label: (a) => addressLabel(a),
  },
  BirthBundle: {
    birthDate: (b) => isoDate(b.birthDate),
    parts: (b) => partsOf(b),
  },
  Query: {
    myBirthBundles: (_p, _a, { db, viewer }) => myBirthBundles(db, viewer),
    kitas: (_p, { search }, { db }) => searchKitas(db, search ?? {}),
    kita: (_p, { id }, { db }) => db.kita.findUnique({ where: { id } }),
    familyOffers: (_p, { search }, { db }) => searchOffers(db, search ?? {}),
    familyAddressSuggestions: (_p, { prefix, first }, { db }) => addressSuggestions(db, prefix, first ?? 8),
    kitaWishLimit: () => wishLimit(),
    myChildren: (_p, _a, { db, pubsub, viewer }) => myChildren(db, pubsub, viewer),
    familyChild: (_p, { id }, { db, viewer }) => visibleChild(db, requireViewer(viewer), id),
    kitaApplicants: (_p, { kitaId }, { db, pubsub, viewer }) => kitaApplicants(db, pubsub, viewer, kitaId),
    kitaAllocationRuns: (_p, { first }, { db, pubsub, viewer }) =>
      allocationRuns(db, pubsub, viewer, first ?? 20),
    kitaAllocationRun: (_p, { id }, { db, pubsub, viewer }) => allocationRun(db, pubsub, viewer, id),
    myCoordinatedKitas: (_p, _a, { db, viewer }) => myCoordinatedKitas(db, viewer),
    myCoordinatedProviders: (_p, _a, { db, viewer }) => myCoordinatedProviders(db, viewer),
  },
  Mutation: {
    submitBirthBundle: (_p, { input }, { db, viewer }) => submitBirthBundle(db, viewer, input),
    deleteBirthBundle: (_p, { id }, { db, viewer }) => deleteBirthBundle(db, viewer, id),
    updateKita: (_p, { id, input }, { db, viewer }) => updateKita(db, viewer, id, input),
    setKitaPlaces: (_p, { kitaId, ageGroup, places }, { db, pubsub, viewer }) =>
      setKitaPlaces(db, pubsub, viewer, kitaId, ageGroup, places),
    setKitaCriteria: (_p, { kitaId, criteria }, { db, viewer }) =>
      setKitaCriteria(db, viewer, kitaId, criteria),
    addFamilyOffer: (_p, { providerId, input }, { db, viewer }) => addOffer(db, viewer, providerId, input),
    updateFamilyOffer: (_p, { id, input }, { db, viewer }) => updateOffer(db, viewer, id, input),
    addFamilyProviderCoordinator: (_p, { providerId, accountId }, { db, viewer }) =>
      addCoordinator(db, viewer, providerId, accountId),
    setApplicantCriteria: (_p, { applicationId, criteria }, { db, viewer }) =>
      setApplicantCriteria(db, viewer, applicationId, criteria),
    addFamilyChild: (_p, { input }, { db, viewer }) => addChild(db, viewer, input),
    updateFamilyChild: (_p, { id, input }, { db, viewer }) => updateChild(db, viewer, id, input),
    removeFamilyChild: (_p, { id }, { db, viewer }) => removeChild(db, viewer, id),
    applyForKita: (_p, { childId, kitaId }, { db, viewer }) => applyForKita(db, viewer, childId, kitaId),
    withdrawKitaApplication: (_p, { id }, { db, pubsub, viewer }) =>
      withdrawApplication(db, pubsub, viewer, id),
    acceptKitaOffer: (_p, { id }, { db, pubsub, viewer }) => acceptOffer(db, pubsub, viewer, id),
    runKitaAllocation: (_p, { offerValidForSeconds, confirmWithinSeconds }, { db, pubsub, viewer }) =>
      runAllocation(
        db,
        pubsub,
        viewer,
        offerValidForSeconds ?? 14 * 86_400,
        confirmWithinSeconds ?? undefined,
      ),
    confirmKitaAllocation: (_p, { runId }, { db, pubsub, viewer }) => confirmRun(db, pubsub, viewer, runId),
    cancelKitaAllocation: (_p, { runId }, { db, viewer }) => cancelRun(db, viewer, runId),
  },
  Subscription: {
    myKitaApplicationChanged: {
      subscribe: (_p, _a, { viewer, pubsub }) => pubsub.subscribe(familyTopic(requireViewer(viewer).id)),
    },
  },
};
