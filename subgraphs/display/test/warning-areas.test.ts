/**
 * Official warnings by place: CAP XML read into the feed's shape, polygons and circles matched
 * against the five squares, and the running subgraph putting an XML feed's warnings on the
 * screens inside their shapes only.
 */
import { readFileSync } from 'node:fs';
import type { Viewer } from '@kaarst/kit';
import { subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capAlertsFromXml } from '../src/cap-xml.ts';
import { demoCredential } from '../src/seed.ts';
import { parseCircle, parsePolygon, screensInShapes } from '../src/warning-areas.ts';
import { parseWarningFeed } from '../src/warning-feed.ts';
import { type FeedHub, startFeedHub } from './feed-hub.ts';

const XML = readFileSync(new URL('./fixtures/warning-feed.cap.xml', import.meta.url), 'utf8');
const NOW = new Date('2026-12-06T15:30:00Z');
const SQUARES = [
  { id: 'kaarst-rathausplatz', latitude: 51.2294, longitude: 6.618 },
  { id: 'buettgen-rathausplatz', latitude: 51.1993, longitude: 6.6003 },
  { id: 'holzbuettgen-lindenplatz', latitude: 51.2232, longitude: 6.6468 },
  { id: 'vorst-st-eustachiusplatz', latitude: 51.2441, longitude: 6.5693 },
  { id: 'driesch-ortsmitte', latitude: 51.2372, longitude: 6.5903 },
];

describe('CAP XML and warning areas', () => {
  it('reads the alerts of a CAP XML document (namespaced or not, in an Atom feed)', () => {
    const feed = parseWarningFeed(capAlertsFromXml(XML), NOW, 'Kaarst');
    expect(feed.active.map((w) => [w.sourceId, w.severity, w.title])).toEqual([
      ['sample.cap.kaarst-mitte.0001', 'DANGER', 'Beispiel: Gasaustritt am Rathaus & Umgebung'],
      // its area description does not name Kaarst, but its circle decides where it applies
      ['sample.cap.buettgen.0002', 'WARNING', 'Beispiel: Sturmböen in Büttgen'],
    ]);
    const [centre, buettgen] = feed.active;
    expect(screensInShapes(centre?.shapes ?? [], SQUARES)).toEqual(['kaarst-rathausplatz']);
    expect(screensInShapes(buettgen?.shapes ?? [], SQUARES)).toEqual(['buettgen-rathausplatz']);
    expect(screensInShapes([], SQUARES)).toBeNull();
  });

  it('leaves out shapes it cannot read and refuses what is not CAP XML', () => {
    expect(parsePolygon('51.2,6.6 51.3,6.6 51.3,6.7')).toBeNull(); // three pairs
    expect(parsePolygon('51.2,6.6 51.3,6.6 51.3,6.7 51.25,6.65')).toBeNull(); // not closed
    expect(parsePolygon('91,6.6 51.3,6.6 51.3,6.7 91,6.6')).toBeNull(); // no latitude
    expect(parseCircle('51.2,6.6')).toBeNull();
    expect(parseCircle('51.2,6.6 -1')).toBeNull();
    expect(parseCircle('51.2,6.6 2.5')).toEqual({ kind: 'circle', lat: 51.2, lon: 6.6, radiusKm: 2.5 });
    expect(() => capAlertsFromXml('<alert><identifier>x</alert>')).toThrow(/not well-formed XML/);
    expect(() => capAlertsFromXml('<html><body>Wartung</body></html>')).toThrow(/no CAP alert/);
    expect(capAlertsFromXml('<feed xmlns="http://www.w3.org/2005/Atom"><title>leer</title></feed>')).toEqual(
      [],
    );
  });
});

describe('an XML warning feed on the screens inside its shapes', { timeout: 120_000 }, () => {
  let hub: FeedHub;
  const ADMIN: Viewer = { id: '6f1c1a52-7a0e-4d0b-9b9e-000000000002', roles: ['admin'] };

  const emergencyAt = async (screenId: string) => {
    const answer = await subgraphRequest<{ screenSnapshot: { emergency: { title: string } | null } }>(
      hub.subgraph.url,
      hub.keys,
      ADMIN,
      'query ($s: ID!, $c: String!) { screenSnapshot(screenId: $s, credential: $c) { emergency { title } } }',
      { s: screenId, c: demoCredential(screenId) },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.screenSnapshot.emergency?.title ?? null;
  };

  beforeAll(async () => {
    hub = await startFeedHub(() => ({ status: 200, contentType: 'application/atom+xml', body: XML }));
  }, 120_000);
  afterAll(async () => hub?.close());

  it('shows each warning on the squares inside its polygon or circle, and nowhere else', async () => {
    await expect
      .poll(() => emergencyAt('kaarst-rathausplatz'), { timeout: 30_000, interval: 250 })
      .toBe('Beispiel: Gasaustritt am Rathaus & Umgebung');
    await expect
      .poll(() => emergencyAt('buettgen-rathausplatz'), { timeout: 30_000, interval: 250 })
      .toBe('Beispiel: Sturmböen in Büttgen');
    for (const elsewhere of ['holzbuettgen-lindenplatz', 'vorst-st-eustachiusplatz', 'driesch-ortsmitte'])
      expect(await emergencyAt(elsewhere)).toBeNull();
  });
});
