/**
 * One gateway serving the five city screens plus 5,000 app subscribers on the same topic
 * (`pnpm --filter @kaarst/bench bench:display`; issue 23).
 *
 * This process runs the subgraphs serving its operations (display and council; PostgreSQL: BENCH_DATABASE_URL, default
 * the machine's test database, in schemas of their own) and one gateway; a child process holds
 * the 5 screens (screenEvents + councilLive each, as the display client) and `--apps` (5,000)
 * app subscribers on councilLive, one WebSocket each. Then, for `--seconds` (30):
 * - the council's current agenda item changes `--rate` (2) times a second: every change is one
 *   councilLive event the gateway fans out to all 5,005 subscribers (one shared upstream);
 * - every 3 s an emergency for every screen is published through the gateway and withdrawn;
 * and it reports the emergency's latency (mutation sent to event at each screen, the bench
 * machine's one clock) and the councilLive delivery latency at the app subscribers (p50/p99 of
 * all deliveries, the k-th event each subscriber received matched to the k-th change).
 * Departures (transit) are not part of it: they need a GTFS feed of their own.
 *
 * Write the bench, run it once briefly at most on a shared machine (`--apps 500 --seconds 10`);
 * the figures for RESULTS.md come from an idle one.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { median, option, p99, round, writeResults } from '../common.ts';
import { startBenchHub } from './hub.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENS = [
  'kaarst-rathausplatz',
  'buettgen-rathausplatz',
  'holzbuettgen-lindenplatz',
  'vorst-st-eustachiusplatz',
  'driesch-ortsmitte',
];
const apps = option('apps', 5000);
const seconds = option('seconds', 30);
const rate = option('rate', 2);
const log = (text: string) => process.stderr.write(`${text}\n`);

async function main() {
  // 5,005 WebSockets come from this one machine: no per-address cap here.
  process.env.WS_MAX_CONNECTIONS_PER_ADDRESS ??= '0';
  // The subgraphs serving the bench's operations: the screens' and apps' subscriptions, the
  // council's and the emergency's mutations.
  const hub = await startBenchHub(
    ['screenEvents', 'councilLive', 'setCouncilCurrentAgendaItem', 'publishEmergency'],
    'bench',
  );
  const { url, ask } = hub;
  const meeting = (await ask('{ councilMeeting(id: "rat-naechste") { agendaItems { id } } }')) as {
    councilMeeting: { agendaItems: { id: string }[] };
  };
  const items = meeting.councilMeeting.agendaItems.map((i) => i.id);
  await ask('mutation { startCouncilBroadcast(meetingId: "rat-naechste") { status } }');

  log(`gateway ${url}; starting 5 screens and ${apps} app subscribers`);
  const child = spawn(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx'),
      path.join(HERE, 'subscribers.ts'),
      '--url',
      url.replace(/^http/, 'ws'),
      '--apps',
      String(apps),
      '--seconds',
      String(seconds),
      '--screens',
      JSON.stringify(SCREENS.map((id) => ({ id, credential: `demo-${id}` }))),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], cwd: path.join(HERE, '..') },
  );
  const messages: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    try {
      messages.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      messages.push({
        type: 'error',
        message: `unreadable line from the subscribers (${line.length} chars)`,
      });
    }
    for (const wake of waiters.splice(0)) wake();
  });
  // A child that stops without its result (a crash, the OOM killer) ends the run with its exit.
  let childExit: string | undefined;
  child.once('exit', (code, signal) => {
    childExit = `the subscribers' process stopped (exit ${String(code)}, signal ${String(signal)})`;
    for (const wake of waiters.splice(0)) wake();
  });
  const next = async (type: string) => {
    for (;;) {
      const found = messages.find((m) => m.type === type || m.type === 'error');
      if (found) {
        if (found.type === 'error') throw new Error(String(found.message));
        return found;
      }
      if (childExit) throw new Error(`${childExit} before its "${type}" line`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const stopChild = () => child.kill();
  process.once('exit', stopChild);
  const ready = await next('ready');
  log(`ready: ${String(ready.connections)} connections`);

  // The load: council changes at `rate`/s, an emergency every 3 s (published, then withdrawn).
  const councilSent: number[] = [];
  const emergencySent: Record<string, number> = {};
  const until = Date.now() + (seconds - 3) * 1000;
  let k = 0;
  const council = (async () => {
    while (Date.now() < until) {
      const tick = Date.now();
      councilSent.push(tick);
      await ask(
        'mutation ($m: ID!, $a: ID!) { setCouncilCurrentAgendaItem(meetingId: $m, agendaItemId: $a) { status } }',
        {
          m: 'rat-naechste',
          a: items[k++ % items.length],
        },
      );
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 / rate - (Date.now() - tick))));
    }
  })();
  const emergencies = (async () => {
    while (Date.now() < until - 3000) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const sent = Date.now();
      const data = (await ask(
        'mutation { publishEmergency(input: { severity: WARNING, title: "Bench", message: "Bench" }) { id } }',
      )) as { publishEmergency: { id: string } };
      emergencySent[data.publishEmergency.id] = sent;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await ask('mutation ($id: ID!) { withdrawEmergency(id: $id) { id } }', {
        id: data.publishEmergency.id,
      });
    }
  })();
  const progress = setInterval(
    () =>
      log(`… ${councilSent.length} council changes, ${Object.keys(emergencySent).length} emergencies sent`),
    5000,
  );
  await Promise.all([council, emergencies]).finally(() => clearInterval(progress));
  log("load sent; waiting for the subscribers' result");
  const result = await next('result');

  const arrivals = result.emergencyArrivals as Record<string, Record<string, number>>;
  const emergencyLatency: number[] = [];
  let missed = 0;
  for (const [id, sent] of Object.entries(emergencySent))
    for (const screen of SCREENS) {
      const at = arrivals[screen]?.[id];
      if (at === undefined) missed += 1;
      else emergencyLatency.push(at - sent);
    }
  const councilLatency: number[] = [];
  let councilMissing = 0;
  for (const times of result.councilArrivals as number[][]) {
    // the first event each subscriber gets may be the broadcast's start: align from the end
    const offset = times.length - councilSent.length;
    for (let i = 0; i < councilSent.length; i++) {
      const at = times[i + offset];
      if (at === undefined) councilMissing += 1;
      else councilLatency.push(at - (councilSent[i] as number));
    }
  }
  const figures = {
    at: new Date().toISOString(),
    apps,
    screens: SCREENS.length,
    seconds,
    councilChangesPerSecond: rate,
    councilChanges: councilSent.length,
    emergencies: Object.keys(emergencySent).length,
    emergencyMs: {
      p50: round(median(emergencyLatency)),
      p99: round(p99(emergencyLatency)),
      max: Math.max(...emergencyLatency),
      within1s: `${emergencyLatency.filter((ms) => ms < 1000).length}/${emergencyLatency.length}`,
      missed,
    },
    councilDeliveries: councilLatency.length,
    councilMissing,
    councilMs: { p50: round(median(councilLatency)), p99: round(p99(councilLatency)) },
    subscriberErrors: result.errors,
    loadRssMb: result.rssMb,
    gatewayProcessRssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  console.log(JSON.stringify(figures, null, 2));
  if (writeResults())
    writeFileSync(path.join(HERE, 'last-run.json'), `${JSON.stringify(figures, null, 2)}\n`);

  await hub.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
