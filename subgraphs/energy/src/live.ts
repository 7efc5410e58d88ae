/**
 * Live power for `meterPower`: the newest value of each FINE meter goes out at
 * most once a second (readers send up to several a second; a gauge needs one).
 * Values travel over the subgraph's pubsub (Redis with REDIS_URL), so a
 * watcher on any replica sees readings ingested by any other.
 */
import type { PubSub } from '@kaarst/kit';

export const LIVE_INTERVAL_MS = 1000;

export const powerTopic = (meterId: string) => `ENERGY_METER_POWER_${meterId}`;

export interface PowerEvent {
  meterId: string;
  at: Date;
  watts: number;
}

export class LivePower {
  private readonly sentAt = new Map<string, number>();
  private readonly pending = new Map<string, { at: number; watts: number }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pubsub: PubSub) {}

  /** A new value; sent now if the meter's last one left a second ago, else with the next tick. */
  offer(meterId: string, at: number, watts: number): void {
    const current = this.pending.get(meterId);
    if (!current || current.at <= at) this.pending.set(meterId, { at, watts });
    const last = this.sentAt.get(meterId) ?? 0;
    if (Date.now() - last >= LIVE_INTERVAL_MS) this.send(meterId);
    else this.timer ??= setTimeout(() => this.tick(), LIVE_INTERVAL_MS);
  }

  private tick(): void {
    this.timer = null;
    for (const meterId of [...this.pending.keys()]) this.send(meterId);
  }

  private send(meterId: string): void {
    const value = this.pending.get(meterId);
    if (!value) return;
    this.pending.delete(meterId);
    this.sentAt.set(meterId, Date.now());
    const event: PowerEvent = { meterId, at: new Date(value.at), watts: Math.round(value.watts * 10) / 10 };
    void this.pubsub.publish({ topic: powerTopic(meterId), payload: { meterPower: event } });
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
