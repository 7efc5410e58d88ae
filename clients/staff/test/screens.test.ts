/**
 * The workbench's menu (src/screens.ts): a partner sees the Kita screens only when it
 * coordinates a Kita provider; a Kaarst Pass partner without one sees its pass check and offers.
 * The browser tests (tests/browser/staff-partner.test.ts, staff-workbench.test.ts) list the
 * demo partner's menu, which coordinates the sample provider.
 */
import { describe, expect, it } from 'vitest';
import { screensFor } from '../src/screens.ts';

describe('workbench menu', () => {
  it('shows the Kita screens to partners who coordinate a provider only', () => {
    const partner = { roles: ['PARTNER'], department: null };
    expect(screensFor(partner, false)).toEqual(['passCheck', 'partnerOffers']);
    expect(screensFor(partner)).toEqual(['passCheck', 'partnerOffers']);
    expect(screensFor(partner, true)).toEqual([
      'passCheck',
      'partnerOffers',
      'kitaAllocation',
      'kitaEntries',
    ]);
    // Staff propose runs whatever; a citizen who somehow coordinated (no partner role) sees nothing.
    expect(screensFor({ roles: ['STAFF'], department: 'jugendamt' }, false)).toContain('kitaAllocation');
    expect(screensFor({ roles: ['STAFF'], department: 'jugendamt' }, false)).not.toContain('kitaEntries');
    expect(screensFor({ roles: ['CITIZEN'] }, true)).toEqual([]);
    expect(screensFor(null, true)).toEqual([]);
  });
});
