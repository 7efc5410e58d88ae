/**
 * What the family navigator's browser tests share: one hub with the family subgraph (trusted
 * documents enforced), Chromium, the portal's and the workbench's addresses, a child with a
 * wish, and signing in (the portal and the workbench have the same sign-in form).
 */
import { expect } from 'vitest';
import { ensureStaffBuilt } from '../../clients/staff/scripts/ensure-build.ts';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  PortalAddFamilyChildDocument,
  PortalApplyForKitaDocument,
} from '../../clients/web/src/generated/graphql.ts';
import {
  type Browser,
  launchChromium,
  type Page,
  signInToWorkbench,
} from '../../clients/web/test/browser.ts';
import { DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

export interface FamilyRig {
  hub: TestHub;
  browser: Browser;
  portal: string;
  staffApp: string;
  close(): Promise<void>;
}

export async function startFamilyRig(options: { staff?: boolean } = {}): Promise<FamilyRig> {
  ensurePortalBuilt({ typecheck: true });
  if (options.staff) ensureStaffBuilt({ typecheck: true });
  const [hub, browser] = await Promise.all([
    startHub({ subgraphs: ['family'], gateway: { trustedDocuments: { enforce: true } } }),
    launchChromium(),
  ]);
  return {
    hub,
    browser,
    portal: new URL('/', hub.url).toString(),
    staffApp: new URL('/staff/', hub.url).toString(),
    close: async () => {
      await browser?.close();
      await hub?.close();
    },
  };
}

/** Signs in on the portal or the workbench at `app` (its base address): both share the sign-in page. */
export const signInAt = (page: Page, app: string, email: string): Promise<void> =>
  signInToWorkbench(page, app, email, DEMO_PASSWORD);

/** Adds a child (39 months old at the start: age group "ab 3") with the family's token; its id. */
export async function addChild(
  hub: TestHub,
  token: string,
  firstName: string,
  kitaId?: string,
): Promise<string> {
  const added = await hub.execute(
    PortalAddFamilyChildDocument,
    { input: { firstName, birthDate: '2023-05-01', startDate: '2026-08-01', weeklyHours: 35 } },
    token,
  );
  expect(added.errors).toBeUndefined();
  const childId = added.data?.addFamilyChild.id as string;
  if (kitaId) {
    const wish = await hub.execute(PortalApplyForKitaDocument, { childId, kitaId }, token);
    expect(wish.errors).toBeUndefined();
  }
  return childId;
}
