/**
 * Ingest over MQTT: readers publish JSON to `<prefix>/<meterId>/reading`
 * (prefix `kaarst/energy` by default, MQTT_TOPIC_PREFIX), as Tasmota, vzlogger
 * and other SML readers can. Messages are collected into batches (at most
 * BATCH_SIZE readings or BATCH_MS) and stored by the ingest service, one
 * batch at a time. Several replicas share the topic through an MQTT shared
 * subscription, so each message is stored by one of them.
 *
 * Messages are acknowledged on receipt: a crash loses at most the batch in
 * hand. That costs no energy: counters are cumulative, and the next reading's
 * segment covers what a lost one would have split.
 */
import { hostname } from 'node:os';
import type { Logger } from '@kaarst/kit';
import mqtt, { type MqttClient } from 'mqtt';
import { parseReading } from './domain/readings.ts';
import type { Incoming, IngestService } from './ingest.ts';

export const BATCH_SIZE = 5000;
export const BATCH_MS = 100;
/** Readings waiting beyond this are refused at the door (the broker keeps QoS 1 messages for a slow consumer). */
const MAX_WAITING = 100_000;

export interface MqttIngestOptions {
  url: string;
  topicPrefix: string;
  /** Group name of the shared subscription, or null for a plain one. */
  sharedGroup: string | null;
}

export interface MqttIngest {
  /** Resolves when everything received so far is stored. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export function meterIdFromTopic(topic: string, prefix: string): string | undefined {
  if (!topic.startsWith(`${prefix}/`) || !topic.endsWith('/reading')) return undefined;
  const middle = topic.slice(prefix.length + 1, -'/reading'.length);
  return middle.includes('/') || middle === '' ? undefined : middle;
}

export async function startMqttIngest(
  ingest: IngestService,
  options: MqttIngestOptions,
  log: Logger,
): Promise<MqttIngest> {
  let waiting: Incoming[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return flushing;
    const batch = waiting;
    waiting = [];
    flushing = flushing.then(async () => {
      try {
        const result = await ingest.ingest(batch);
        log.debug({ ...result, refused: result.refused.length }, 'mqtt batch stored');
      } catch (err) {
        // The database is away: these readings are lost, the next ones carry the counters on.
        log.error({ err, readings: batch.length }, 'mqtt batch not stored');
      }
    });
    return flushing;
  };

  const client: MqttClient = await mqtt.connectAsync(options.url, {
    clientId: `kaarst-energy-${hostname()}-${process.pid}-${Math.random().toString(16).slice(2, 8)}`,
    clean: true,
    // MQTT 5, so that the broker may keep many messages in flight to us: with 3.1.1 Mosquitto
    // sends 20 at a time and queues 1,000, and drops the rest while a batch is being stored.
    protocolVersion: 5,
    properties: { receiveMaximum: 65_535 },
    reconnectPeriod: 2000,
    connectTimeout: 10_000,
  });
  const topic = `${options.topicPrefix}/+/reading`;
  const subscription = options.sharedGroup ? `$share/${options.sharedGroup}/${topic}` : topic;
  client.on('message', (received, payload) => {
    if (waiting.length >= MAX_WAITING) return;
    const meterId = meterIdFromTopic(received, options.topicPrefix);
    let body: unknown;
    try {
      body = JSON.parse(payload.toString('utf8'));
    } catch {
      body = undefined;
    }
    const checked =
      body === undefined
        ? ({ ok: false, reason: 'MALFORMED', detail: 'the message is not JSON' } as const)
        : parseReading(body, Date.now(), meterId);
    waiting.push({ checked, ...(meterId ? { meterId } : {}) });
    if (waiting.length >= BATCH_SIZE) void flush();
    else timer ??= setTimeout(() => void flush(), BATCH_MS);
  });
  client.on('error', (err) => log.warn({ err }, 'mqtt error'));
  client.on('reconnect', () => log.info('mqtt reconnecting'));
  await client.subscribeAsync(subscription, { qos: 1 });
  log.info(
    { url: options.url.replace(/\/\/[^@]*@/, '//***@'), topic: subscription },
    'energy ingest listening on MQTT',
  );

  return {
    drain: () => flush(),
    async stop() {
      await client.endAsync();
      await flush();
    },
  };
}
