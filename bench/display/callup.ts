/**
 * The Bürgerbüro's call-up display: from "call next" at a counter to the called ticket arriving
 * on the public display's subscription (`pnpm --filter @kaarst/bench bench:callup`). The
 * requirement is 1 s; it was a wall-clock assertion inside tests/browser/staff-workbench.test.ts,
 * which failed on a machine loaded by CI's parallel tests (1,231 ms once). The functional test now
 * proves the path (the row comes over the display's socket, no request of its own); the time is
 * measured here, on demand, with p50/p99 over many calls.
 *
 * This process runs the subgraph serving the queue (appointments; PostgreSQL: BENCH_DATABASE_URL,
 * default the machine's test database, in a schema of its own) and one gateway. One graphql-ws
 * client stands for the display; per round (`--calls`, 100): a ticket is drawn, "call next" is
 * sent, and the time from sending it to the display's event naming that ticket is recorded
 * (one clock: this process); then the ticket is finished so the counter is free again.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { median, option, p99, round, writeResults } from '../common.ts';
import { startBenchHub } from './hub.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LOCATION = 'rathaus-kaarst';
const calls = option('calls', 100);
const log = (text: string) => process.stderr.write(`${text}\n`);

async function main() {
  const hub = await startBenchHub(
    ['callNextQueueTicket', 'callDisplayChanged', 'drawQueueTicket'],
    'bench_callup',
  );
  const { url, ask } = hub;
  const services = (await ask('{ appointmentServices { id } }')) as { appointmentServices: { id: string }[] };
  const serviceId = services.appointmentServices[0]?.id;
  if (!serviceId) throw new Error('the demo data has no appointment service');

  // The display: anonymous, as the screen in the waiting room.
  const display = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false });
  const waiting = new Map<string, (at: number) => void>();
  let ready: () => void = () => {};
  const subscribed = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const stop = display.subscribe<{
    callDisplayChanged: { waiting: number; newCall: { label: string } | null };
  }>(
    {
      query: 'subscription ($l: ID!) { callDisplayChanged(locationId: $l) { waiting newCall { label } } }',
      variables: { l: LOCATION },
    },
    {
      next: (result) => {
        const at = performance.now();
        const change = result.data?.callDisplayChanged;
        if (change) ready();
        const label = change?.newCall?.label;
        if (label) waiting.get(label)?.(at);
      },
      error: (error) => log(`display subscription failed: ${JSON.stringify(error)}`),
      complete: () => {},
    },
  );

  const draw = async () =>
    (
      (await ask('mutation ($i: DrawQueueTicketInput!) { drawQueueTicket(input: $i) { id label } }', {
        i: { locationId: LOCATION, serviceIds: [serviceId], idempotencyKey: randomUUID() },
      })) as { drawQueueTicket: { id: string; label: string } }
    ).drawQueueTicket;
  const callNext = async () =>
    (
      (await ask('mutation ($i: CallNextQueueTicketInput!) { callNextQueueTicket(input: $i) { id label } }', {
        i: { locationId: LOCATION, counter: 1, idempotencyKey: randomUUID() },
      })) as { callNextQueueTicket: { id: string; label: string } | null }
    ).callNextQueueTicket;
  const finish = (id: string) =>
    ask('mutation ($t: ID!) { finishQueueTicket(ticketId: $t) { id } }', { t: id });
  // The display's subscription stands once it sees a change: draw until it does (an event sent
  // before it stood is not replayed), then call and finish every ticket so the queue is empty.
  for (let tries = 1; ; tries++) {
    await draw();
    const seen = await Promise.race([
      subscribed.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000)),
    ]);
    if (seen) break;
    if (tries === 10) throw new Error('the display saw no change after 10 draws');
  }
  for (let ticket = await callNext(); ticket; ticket = await callNext()) await finish(ticket.id);

  const latency: number[] = [];
  for (let i = 0; i < calls; i++) {
    const drawn = await draw();
    const label = drawn.label;
    const shown = new Promise<number>((resolve) => waiting.set(label, resolve));
    const sent = performance.now();
    const called = await callNext();
    if (called?.label !== label) throw new Error(`called ${JSON.stringify(called)}, expected ${label}`);
    const at = await Promise.race([
      shown,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${label} did not reach the display in 10 s`)), 10_000),
      ),
    ]);
    waiting.delete(label);
    latency.push(at - sent);
    await finish(called.id);
    if ((i + 1) % 25 === 0) log(`… ${i + 1}/${calls} calls`);
  }
  const figures = {
    at: new Date().toISOString(),
    calls,
    callToDisplayMs: {
      p50: round(median(latency)),
      p99: round(p99(latency)),
      max: round(Math.max(...latency)),
      within1s: `${latency.filter((ms) => ms < 1000).length}/${latency.length}`,
    },
  };
  console.log(JSON.stringify(figures, null, 2));
  if (writeResults())
    writeFileSync(path.join(HERE, 'last-callup.json'), `${JSON.stringify(figures, null, 2)}\n`);

  stop();
  await display.dispose();
  await hub.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
