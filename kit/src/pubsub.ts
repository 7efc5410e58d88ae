import mqemitter, { type MQEmitter } from 'mqemitter';
import mqemitterRedis from 'mqemitter-redis';
import { env } from './config.ts';

/**
 * Prefixes every topic, so that services sharing one Redis (two deployments,
 * or test runs side by side) never see each other's events, while replicas of
 * one service on one database share theirs.
 */
function namespaced(inner: MQEmitter, namespace: string): MQEmitter {
  const topic = (name: string) => `${namespace}/${name}`;
  const emitter: MQEmitter = {
    get current() {
      return inner.current;
    },
    get concurrent() {
      return inner.concurrent;
    },
    on(name, listener, callback) {
      inner.on(topic(name), listener, callback);
      return emitter;
    },
    emit(message, callback) {
      inner.emit({ ...message, topic: topic(message.topic) }, callback);
    },
    removeListener(name, listener, callback) {
      inner.removeListener(topic(name), listener, callback);
    },
    close(callback) {
      inner.close(callback);
    },
  };
  return emitter;
}

/**
 * The emitter behind mercurius' pubsub: in memory by default (one instance),
 * Redis when REDIS_URL is set, so events reach subscribers on every instance.
 * Topics live under PUBSUB_NAMESPACE (default "kaarst") / service / database schema.
 */
export function createPubSubEmitter(
  service: string,
  schema: string,
  redisUrl = env('REDIS_URL'),
): { emitter: MQEmitter; close(): Promise<void> } {
  const inner: MQEmitter = redisUrl ? mqemitterRedis({ connectionString: redisUrl }) : mqemitter();
  const namespace = [env('PUBSUB_NAMESPACE') ?? 'kaarst', service, schema]
    .map((part) => part.replace(/[/+#]/g, '_'))
    .join('/');
  return {
    emitter: namespaced(inner, namespace),
    close: () => new Promise<void>((resolve) => inner.close(() => resolve())),
  };
}
