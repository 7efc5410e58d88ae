import mqemitterRedis from 'mqemitter-redis';
import { env } from './config.ts';

/**
 * The emitter behind mercurius' pubsub: in memory by default (one instance),
 * Redis when REDIS_URL is set, so events reach subscribers on every instance.
 */
export function createPubSubEmitter(redisUrl = env('REDIS_URL')): {
  emitter?: object;
  close(): Promise<void>;
} {
  if (!redisUrl) return { close: async () => {} };
  const emitter = mqemitterRedis({ connectionString: redisUrl });
  return {
    emitter,
    close: () => new Promise<void>((resolve) => emitter.close(() => resolve())),
  };
}
