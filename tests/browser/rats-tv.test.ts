/**
 * RATS-TV recordings play in the page (issue 24): desktop Chromium has no native
 * HLS, so the portal plays the .m3u8 through hls.js (Media Source Extensions),
 * and the chapters jump to their agenda item. The recording is a real HLS VOD
 * playlist served by this test on loopback: 10-second segments of silent MPEG
 * audio frames built here byte by byte (no media tools needed). The test sees
 * the page fetch playlist and segments, the video start playing, and a chapter
 * click move the position there. axe-core checks the page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AttachCouncilRecordingDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import { PortalCouncilMeetingDocument } from '../../clients/web/src/generated/graphql.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import { STAFF, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('RATS-TV player');
const MEETING = 'rat-vergangen';
const SEGMENT_SECONDS = 10;

/** One silent MPEG-1 Layer III frame: 128 kbit/s, 44.1 kHz, mono; zero side info decodes to silence. */
function silentMp3Segment(seconds: number): Buffer {
  const frameBytes = Math.floor((144 * 128_000) / 44_100); // 417
  const frame = Buffer.alloc(frameBytes);
  frame.set([0xff, 0xfb, 0x90, 0xc0]);
  const frames = Math.ceil((seconds * 44_100) / 1152);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

describe.runIf(runBrowserTests)('RATS-TV recording player in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let media: Server;
  let mediaUrl: string;
  const requested: string[] = [];

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    const segment = silentMp3Segment(SEGMENT_SECONDS);
    media = createServer((request, response) => {
      requested.push(request.url ?? '');
      // The portal is served by the gateway on another port: the player's requests are cross-origin.
      response.setHeader('Access-Control-Allow-Origin', '*');
      if (request.url?.endsWith('.m3u8')) {
        const count = 200; // 2000 s: past the last chapter (30 min)
        const lines = ['#EXTM3U', '#EXT-X-VERSION:3', `#EXT-X-TARGETDURATION:${SEGMENT_SECONDS}`];
        lines.push('#EXT-X-PLAYLIST-TYPE:VOD', '#EXT-X-MEDIA-SEQUENCE:0');
        for (let i = 0; i < count; i++) lines.push(`#EXTINF:${SEGMENT_SECONDS}.0,`, `segment-${i}.mp3`);
        lines.push('#EXT-X-ENDLIST');
        response.setHeader('Content-Type', 'application/vnd.apple.mpegurl');
        return response.end(`${lines.join('\n')}\n`);
      }
      if (request.url?.endsWith('.mp3')) {
        response.setHeader('Content-Type', 'audio/mpeg');
        return response.end(segment);
      }
      response.statusCode = 404;
      response.end();
    });
    await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
    mediaUrl = `${origin}/rats-tv/recording.m3u8`;
    // The portal's content security policy lets the player reach this media origin only.
    process.env.RATS_TV_MEDIA_ORIGINS = origin;
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['council'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await new Promise((resolve) => media?.close(resolve));
    delete process.env.RATS_TV_MEDIA_ORIGINS;
  });

  it('plays the recording in the page with hls.js; a chapter jumps to its agenda item', async () => {
    const staff = await hub.signIn(STAFF);
    const attached = await hub.execute(
      AttachCouncilRecordingDocument,
      { meetingId: MEETING, recordingUrl: mediaUrl },
      staff,
    );
    expect(attached.errors).toBeUndefined();
    const meeting = await hub.execute(PortalCouncilMeetingDocument, { id: MEETING });
    const chapters = meeting.data?.councilMeeting?.broadcast?.chapters ?? [];
    expect(chapters.length).toBeGreaterThan(1);

    const page = await openPage(browser);
    await page.goto(new URL(`/#/rat/${MEETING}`, hub.url).toString());
    const video = page.locator('video');
    await video.waitFor();
    await expect.poll(() => page.locator('.recording').getAttribute('data-engine'), UNTIL).toBe('hls.js');
    await expect.poll(() => requested.some((url) => url.endsWith('.m3u8')), UNTIL).toBe(true);
    await expect.poll(() => requested.some((url) => url.endsWith('segment-0.mp3')), UNTIL).toBe(true);
    // hls.js feeds the video through Media Source Extensions: its source is a blob URL.
    expect(await video.evaluate((v) => (v as unknown as { currentSrc: string }).currentSrc)).toMatch(
      /^blob:/,
    );

    // The second chapter: a button, not a link to a file Chrome cannot open.
    const second = [...chapters].sort((a, b) => a.offsetSeconds - b.offsetSeconds)[1];
    const button = page.getByRole('button', { name: new RegExp(`${second?.agendaItem.name}$`) });
    await button.click();
    await expect
      .poll(() => video.evaluate((v) => (v as unknown as { currentTime: number }).currentTime), UNTIL)
      .toBeGreaterThanOrEqual(second?.offsetSeconds ?? 0);
    await expect.poll(() => button.getAttribute('aria-current'), UNTIL).toBe('true');
    // And it plays from there: the position moves on (the silent audio is decoded).
    await expect
      .poll(() => video.evaluate((v) => (v as unknown as { currentTime: number }).currentTime), UNTIL)
      .toBeGreaterThan((second?.offsetSeconds ?? 0) + 0.5);
    const segmentThere = Math.floor((second?.offsetSeconds ?? 0) / SEGMENT_SECONDS);
    await expect
      .poll(() => requested.some((url) => url.endsWith(`segment-${segmentThere}.mp3`)), UNTIL)
      .toBe(true);
    await expectAccessible(page, 'rats-tv-player');
  });
});
