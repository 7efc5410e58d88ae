import { describe, expect, it } from 'vitest';
import { type FareZoneMap, KAARST_ZONE, rideZone } from '../src/index.ts';

/** The shape of the graph's fareZoneMap on the sample feed for Kaarst (invented areas). */
const map: FareZoneMap = {
  version: 'test',
  zones: [
    { id: 'kaarst', name: 'Kaarst (Stadtgebiet)', stopIds: ['ka_rathaus', 'ka_bf', 'hb_linden', 'bu_bf'] },
    { id: 'neuss', name: 'Neuss', stopIds: ['ne_hbf'] },
    // A wider zone containing both, as a tariff area might.
    { id: 'vrr-a', stopIds: ['ka_rathaus', 'ka_bf', 'hb_linden', 'bu_bf', 'ne_hbf'] },
  ],
};

describe('the zone of a ride from the fare zone map', () => {
  it('a ride within the town is in the Kaarst zone, though a wider zone holds it too', () => {
    expect(rideZone(map, ['ka_rathaus', 'ka_bf', 'hb_linden'])).toBe(KAARST_ZONE);
  });

  it('a ride to Neuss shares only the wider zone; a stop the map lacks, none', () => {
    expect(rideZone(map, ['ka_bf', 'hb_linden', 'ne_hbf'])).toBe('vrr-a');
    expect(rideZone(map, ['ka_bf', 'somewhere'])).toBeNull();
    expect(rideZone(map, [])).toBeNull();
  });
});
