import { DateTimeScalar, JSONObjectScalar, personalDataOf } from '@kaarst/kit';
import type { Resolvers } from './generated/graphql.ts';
import { markRead, myNotifications, myTopics, setTopic, subscribe, unsubscribe } from './inbox.ts';
import { exportNotificationsData } from './privacy.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    notifications: ({ accountId }, _args, { db }) => exportNotificationsData(db, accountId),
  },
  Query: {
    webPushPublicKey: (_parent, _args, { services }) => services.vapid.publicKey,
    myNotifications: (_parent, { first }, { db, viewer }) => myNotifications(db, viewer, first ?? 50),
    myNotificationTopics: (_parent, _args, { db, viewer }) => myTopics(db, viewer),
  },
  Mutation: {
    subscribePush: (_parent, { input }, { db, viewer }) => subscribe(db, viewer, input),
    unsubscribePush: (_parent, { endpoint }, { db, viewer }) => unsubscribe(db, viewer, endpoint),
    setNotificationTopic: (_parent, { topic, enabled }, { db, viewer }) =>
      setTopic(db, viewer, topic, enabled),
    markNotificationRead: (_parent, { id }, { db, viewer }) => markRead(db, viewer, id),
  },
};
