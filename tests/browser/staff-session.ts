/**
 * What the staff workbench's browser suites share: the hub (trusted documents enforced) and
 * Chromium started once per file, a page per test closed at the end, and signing in as a
 * member of staff does it.
 */
import { afterAll, beforeAll } from 'vitest';
import { ensureStaffBuilt } from '../../clients/staff/scripts/ensure-build.ts';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  type BrowserContext,
  launchChromium,
  openPage,
  type Page,
  signInToWorkbench as signInWithPassword,
} from '../../clients/web/test/browser.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

/** Signs a demo account in on the workbench (the shared helper, with the demo password). */
export const signInToWorkbench = (page: Page, staffApp: string, email: string): Promise<void> =>
  signInWithPassword(page, staffApp, email, DEMO_PASSWORD);

export interface WorkbenchSuite {
  hub: TestHub;
  browser: Browser;
  /** The workbench's URL on this hub (…/staff/). */
  staffApp: string;
  /** Anna Schmitz's session token (a citizen). */
  anna: string;
  newPage(): Promise<Page>;
  signIn(page: Page, email: string): Promise<void>;
}

/**
 * Registers the suite's beforeAll/afterAll (inside a describe) and returns what its tests use;
 * its fields are set once beforeAll has run. `portal`: build the citizens' portal too.
 */
export function useWorkbenchSuite(subgraphs: string[], options: { portal?: boolean } = {}): WorkbenchSuite {
  const contexts: BrowserContext[] = [];
  const suite = {
    async newPage() {
      const page = await openPage(suite.browser);
      contexts.push(page.context());
      return page;
    },
    signIn: (page: Page, email: string) => signInToWorkbench(page, suite.staffApp, email),
  } as WorkbenchSuite;
  beforeAll(async () => {
    ensureStaffBuilt({ typecheck: true });
    if (options.portal) ensurePortalBuilt({ typecheck: true });
    [suite.hub, suite.browser] = await Promise.all([
      startHub({ subgraphs, gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    suite.staffApp = new URL('/staff/', suite.hub.url).toString();
    suite.anna = await suite.hub.signIn(ANNA);
  }, 240_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await suite.browser?.close();
    await suite.hub?.close();
  });
  return suite;
}
