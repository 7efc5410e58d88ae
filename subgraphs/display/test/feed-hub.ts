/**
 * For the warning feed tests: a local HTTP server playing the official feed, and the display
 * subgraph started to read it every second (DISPLAY_WARNING_FEED_*), restored on close.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { displaySubgraph } from '../src/subgraph.ts';

export interface FeedAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface FeedHub {
  keys: HubKeys;
  subgraph: RunningSubgraph<unknown>;
  /** How often the feed was read so far. */
  reads(): number;
  close(): Promise<void>;
}

/** Serves whatever `answer()` gives at each read; the subgraph keeps warnings naming `area`. */
export async function startFeedHub(answer: () => FeedAnswer, area = 'Kaarst'): Promise<FeedHub> {
  const saved = { ...process.env };
  let reads = 0;
  const server = createServer((_request, response) => {
    reads += 1;
    const { status, contentType, body } = answer();
    response.writeHead(status, { 'content-type': contentType });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.DISPLAY_WARNING_FEED_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  process.env.DISPLAY_WARNING_FEED_AREA = area;
  process.env.DISPLAY_WARNING_FEED_INTERVAL_SECONDS = '1';
  const keys = await generateHubKeys();
  const subgraph = await startTestSubgraph(displaySubgraph, { keys });
  return {
    keys,
    subgraph,
    reads: () => reads,
    async close() {
      await subgraph.close();
      await new Promise((resolve) => server.close(resolve));
      process.env = saved;
    },
  };
}
