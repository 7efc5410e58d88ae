/**
 * Where readings come from besides the HTTP push: an MQTT broker named by
 * MQTT_URL. Without it (the embedded default of `npm start`, which needs no
 * services) MQTT ingest is off, and the log says so once: the HTTP push and
 * CSV import work without a broker.
 */
import { type BackgroundTask, env, type Logger } from '@kaarst/kit';
import type { IngestService } from './ingest.ts';
import type { LivePower } from './live.ts';
import { type MqttIngest, startMqttIngest } from './mqtt.ts';

export const DEFAULT_TOPIC_PREFIX = 'kaarst/energy';
export const DEFAULT_SHARED_GROUP = 'kaarst-energy';

export function startIngestSources(
  services: { ingest: IngestService; live: LivePower },
  log: Logger,
): BackgroundTask {
  const url = env('MQTT_URL');
  if (!url) {
    log.info(
      'energy: MQTT ingest is off (MQTT_URL is not set); meters can push over HTTP (POST /energy/v1/readings) and import CSV',
    );
    return { stop: async () => services.live.stop() };
  }
  const shared = env('MQTT_SHARED_GROUP');
  const starting: Promise<MqttIngest | null> = startMqttIngest(
    services.ingest,
    {
      url,
      topicPrefix: env('MQTT_TOPIC_PREFIX') ?? DEFAULT_TOPIC_PREFIX,
      // "none" subscribes plainly (a broker without shared subscriptions).
      sharedGroup: shared === 'none' ? null : (shared ?? DEFAULT_SHARED_GROUP),
    },
    log,
  ).catch((err) => {
    log.error({ err }, 'energy: MQTT ingest could not start');
    return null;
  });
  return {
    async stop() {
      await (await starting)?.stop();
      services.live.stop();
    },
  };
}
