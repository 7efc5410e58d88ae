import { DateTimeScalar, type Viewer } from '@kaarst/kit';
import {
  activeEmergencies,
  addScheduleRule,
  contentItems,
  decideContent,
  publishEmergency,
  removeScheduleRule,
  requireScopes,
  rulesOf,
  screenTopic,
  snapshot,
  submitContent,
  withdrawEmergency,
} from './display.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { ScreenEventModel } from './models.ts';
import {
  authorizeScreen,
  credentialCheck,
  credentialsOf,
  fleetHealth,
  heartbeat,
  issueCredential,
  listScreens,
  revokeCredential,
  screenById,
} from './screens.ts';

/** The events of `inner`, each passed on only after `check` holds (a throw ends the stream with its error). */
function checkedEach<T>(inner: AsyncIterator<T>, check: () => Promise<unknown>): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      const result = await inner.next();
      if (!result.done) {
        try {
          await check();
        } catch (error) {
          await inner.return?.();
          throw error;
        }
      }
      return result;
    },
    return: async (value?: unknown) => (await inner.return?.(value)) ?? { done: true, value: undefined as T },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** Runs `run` for a viewer holding one of `scopes` (the gateway checked them already; this holds for any caller). */
function guarded<T>(viewer: Viewer | null, scopes: readonly string[], run: () => T): T {
  requireScopes(viewer, scopes);
  return run();
}

const STAFF = ['staff', 'admin'];
const EDITORS = ['staff:presse', 'admin'];
const WARNERS = ['staff:ordnungsamt', 'staff:presse', 'admin'];
const ADMINS = ['admin'];

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Screen: {
    __resolveReference: ({ id }, { db }) => screenById(db, id),
    orientation: (screen) => screen.orientation as 'LANDSCAPE' | 'PORTRAIT',
    nearestStop: (screen) => ({ id: screen.nearestStopId }),
    nearestOffice: (screen) => ({ id: screen.nearestOfficeId }),
  },
  ContentItem: {
    __resolveReference: ({ id }, { db, viewer }) => {
      requireScopes(viewer, STAFF);
      return db.contentItem.findUnique({ where: { id } });
    },
    status: (item) => item.status as 'SUBMITTED' | 'APPROVED' | 'REJECTED',
  },
  Emergency: {
    severity: (e) => e.severity as 'WARNING' | 'DANGER',
  },
  Query: {
    screens: (_p, _a, { db }) => listScreens(db),
    screen: (_p, { id }, { db }) => screenById(db, id),
    screenSnapshot: async (_p, { screenId, credential, at }, { db }) =>
      snapshot(db, await authorizeScreen(db, screenId, credential), at ?? new Date()),
    contentItems: (_p, { status }, { db, viewer }) => guarded(viewer, STAFF, () => contentItems(db, status)),
    scheduleRules: (_p, { screenId }, { db, viewer }) => guarded(viewer, STAFF, () => rulesOf(db, screenId)),
    activeEmergencies: (_p, _a, { db, viewer }) => guarded(viewer, STAFF, () => activeEmergencies(db)),
    screenHealth: (_p, { offlineAfterSeconds }, { db, viewer }) =>
      guarded(viewer, STAFF, () => fleetHealth(db, offlineAfterSeconds ?? 120)),
    screenCredentials: (_p, { screenId }, { db, viewer }) =>
      guarded(viewer, STAFF, () => credentialsOf(db, screenId)),
  },
  Mutation: {
    submitContent: (_p, { input }, { db, viewer }) => submitContent(db, viewer, input),
    decideContent: (_p, { id, approve }, { db, pubsub, viewer }) =>
      decideContent(db, pubsub, requireScopes(viewer, EDITORS), id, approve),
    addScheduleRule: (_p, { input }, { db, pubsub, viewer }) =>
      guarded(viewer, EDITORS, () => addScheduleRule(db, pubsub, input)),
    removeScheduleRule: (_p, { id }, { db, pubsub, viewer }) =>
      guarded(viewer, EDITORS, () => removeScheduleRule(db, pubsub, id)),
    publishEmergency: (_p, { input }, { db, pubsub, viewer }) =>
      publishEmergency(db, pubsub, requireScopes(viewer, WARNERS), input),
    withdrawEmergency: (_p, { id }, { db, pubsub, viewer }) =>
      guarded(viewer, WARNERS, () => withdrawEmergency(db, pubsub, id)),
    issueScreenCredential: (_p, { screenId }, { db, viewer }) =>
      guarded(viewer, ADMINS, () => issueCredential(db, screenId)),
    revokeScreenCredential: (_p, { id }, { db, viewer }) =>
      guarded(viewer, ADMINS, () => revokeCredential(db, id)),
    screenHeartbeat: (_p, { input }, { db }) => heartbeat(db, input),
  },
  Subscription: {
    screenEvents: {
      subscribe: async (_p, { screenId, credential }, { db, pubsub }) => {
        await authorizeScreen(db, screenId, credential);
        // Checked again at every event: a credential revoked meanwhile ends the stream (FORBIDDEN).
        const events = (await pubsub.subscribe(screenTopic(screenId))) as unknown as AsyncIterable<{
          screenEvents: ScreenEventModel;
        }>;
        return checkedEach(events[Symbol.asyncIterator](), credentialCheck(db, screenId, credential));
      },
    },
  },
};
