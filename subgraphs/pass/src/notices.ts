import { notificationOutboxRow } from '@kaarst/kit';
import type { KaarstPass } from './generated/prisma/client.ts';

export type StaffAction = 'approve' | 'reject' | 'suspend' | 'revoke' | 'reactivate';

const TITLE: Record<StaffAction, string> = {
  approve: 'Ihr Kaarst-Pass ist bewilligt',
  reject: 'Ihr Antrag auf den Kaarst-Pass ist abgelehnt',
  suspend: 'Ihr Kaarst-Pass ist vorübergehend gesperrt',
  revoke: 'Ihr Kaarst-Pass ist entzogen',
  reactivate: 'Ihr Kaarst-Pass gilt wieder',
};

/**
 * The outbox row telling the holder of a staff decision on their pass. The reason stays
 * in the pass (the portal shows it): a push message passes through the browser vendor's
 * push service. Null for a pass whose holder's account was erased.
 */
export const decisionNotice = (pass: KaarstPass, action: StaffAction) =>
  pass.holderId === null
    ? null // the holder's account is gone: nobody to tell
    : notificationOutboxRow({
        accountId: pass.holderId,
        topic: 'pass-decision',
        title: TITLE[action],
        body: 'Die Begründung steht auf der Seite Kaarst-Pass.',
        url: '/#/kaarst-pass',
      });
