/**
 * The readers of the energy benchmark, in their own process (so the subgraph's
 * process does only ingest): `meters` meters each publish `seconds` readings,
 * one per simulated second, at QoS 1, as fast as the broker takes them.
 * Prints one JSON line: { published, ms }.
 */
import mqtt from 'mqtt';

const [
  url = 'mqtt://127.0.0.1:1883',
  prefix = 'kaarst-bench',
  meters = '200',
  seconds = '1500',
  start = '0',
] = process.argv.slice(2);
const meterCount = Number(meters);
const secondCount = Number(seconds);
const startMs = Number(start);
const CLIENTS = 4;
const WINDOW = 2000;

const clients = await Promise.all(
  Array.from({ length: CLIENTS }, (_, i) =>
    mqtt.connectAsync(url, { clientId: `bench-reader-${process.pid}-${i}` }),
  ),
);
const began = performance.now();
let published = 0;
await Promise.all(
  clients.map(async (client, c) => {
    let inFlight: Promise<unknown>[] = [];
    const counters = new Map<number, number>();
    for (let s = 0; s < secondCount; s++)
      for (let m = c; m < meterCount; m += CLIENTS) {
        const watts = 300 + ((m * 37 + s * 11) % 2500);
        const kwh = (counters.get(m) ?? 1000 + m) + watts / 3_600_000;
        counters.set(m, kwh);
        const body = JSON.stringify({
          time: new Date(startMs + s * 1000).toISOString(),
          '1-0:1.8.0': kwh.toFixed(7),
          '1-0:16.7.0': watts,
        });
        inFlight.push(
          client.publishAsync(`${prefix}/BENCH${String(m).padStart(6, '0')}/reading`, body, { qos: 1 }),
        );
        published++;
        if (inFlight.length >= WINDOW) {
          await Promise.all(inFlight);
          inFlight = [];
        }
      }
    await Promise.all(inFlight);
  }),
);
const ms = performance.now() - began;
await Promise.all(clients.map((c) => c.endAsync()));
process.stdout.write(`${JSON.stringify({ published, ms })}\n`);
