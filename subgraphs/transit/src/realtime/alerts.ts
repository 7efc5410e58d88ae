/**
 * GTFS-Realtime ServiceAlerts from GTFS_RT_SERVICE_ALERTS_URL (poll.ts):
 * disruptions with their texts in several languages, active periods, and the
 * entities they are about (an agency, a route, a stop, a trip, or a route at
 * a stop: the fields of one selector all apply). A changed set of alerts is
 * announced on ALERTS_TOPIC (transitAlertsChanged).
 */
import { createHash } from 'node:crypto';
import { env, type Logger, type PubSub } from '@kaarst/kit';
import realtime from 'gtfs-realtime-bindings';
import { announce, enumNames, type FeedPoller, FeedStatus, field, pollFeed, runStart, text } from './poll.ts';

const { transit_realtime } = realtime;
export const ALERTS_TOPIC = 'transitAlerts';

export interface Translation {
  language: string | null;
  text: string;
}

/** One informed_entity: every field given must match. */
export interface AlertEntity {
  agencyId: string | null;
  routeId: string | null;
  routeType: number | null;
  directionId: number | null;
  /** trip_id, or trip_id@HH:MM:SS for a run named with its start_time. */
  tripId: string | null;
  stopId: string | null;
}

export interface AlertInfo {
  id: string;
  cause: string;
  effect: string;
  severity: string;
  header: Translation[];
  description: Translation[];
  url: Translation[];
  /** Milliseconds since the epoch; null: open-ended. No period: active while in the feed. */
  periods: Array<{ start: number | null; end: number | null }>;
  entities: AlertEntity[];
}

const CAUSE = enumNames(transit_realtime.Alert.Cause);
const EFFECT = enumNames(transit_realtime.Alert.Effect);
const SEVERITY = enumNames(transit_realtime.Alert.SeverityLevel);

type Translated = { translation?: Array<{ text?: string | null; language?: string | null }> | null } | null;
const translations = (value: Translated | undefined): Translation[] =>
  (value?.translation ?? []).flatMap((t) => (t.text ? [{ language: t.language || null, text: t.text }] : []));

export function decodeServiceAlerts(bytes: Uint8Array): { producedAt: number | null; alerts: AlertInfo[] } {
  const message = transit_realtime.FeedMessage.decode(bytes);
  const alerts: AlertInfo[] = [];
  for (const entity of message.entity) {
    const alert = entity.alert;
    if (!alert || entity.isDeleted) continue;
    const cause = field(alert, 'cause');
    const effect = field(alert, 'effect');
    const severity = field(alert, 'severityLevel');
    alerts.push({
      id: entity.id,
      cause: (cause === null ? null : CAUSE[cause]) ?? 'UNKNOWN_CAUSE',
      effect: (effect === null ? null : EFFECT[effect]) ?? 'UNKNOWN_EFFECT',
      severity: (severity === null ? null : SEVERITY[severity]) ?? 'UNKNOWN_SEVERITY',
      header: translations(alert.headerText),
      description: translations(alert.descriptionText),
      url: translations(alert.url),
      periods: (alert.activePeriod ?? []).map((period) => {
        const start = field(period, 'start');
        const end = field(period, 'end');
        return { start: start === null ? null : start * 1000, end: end === null ? null : end * 1000 };
      }),
      entities: (alert.informedEntity ?? []).map((selector) => {
        const tripId = text(selector.trip, 'tripId');
        const start = runStart(text(selector.trip, 'startTime'));
        return {
          agencyId: text(selector, 'agencyId'),
          routeId: text(selector, 'routeId') ?? text(selector.trip, 'routeId'),
          routeType: field(selector, 'routeType'),
          directionId: field(selector, 'directionId') ?? field(selector.trip, 'directionId'),
          tripId: tripId && start ? `${tripId}@${start}` : tripId,
          stopId: text(selector, 'stopId'),
        };
      }),
    });
  }
  return { producedAt: field(message.header, 'timestamp'), alerts };
}

export const isActive = (alert: AlertInfo, atMs: number) =>
  alert.periods.length === 0 ||
  alert.periods.some((p) => (p.start === null || p.start <= atMs) && (p.end === null || atMs < p.end));

/** The text in the language asked for (or its region's variant), else the untagged one, else the first. */
export function translated(texts: Translation[], language: string): string | null {
  const wanted = language.toLowerCase();
  const base = (tag: string | null) => (tag ?? '').toLowerCase().split('-')[0];
  return (
    (
      texts.find((t) => t.language?.toLowerCase() === wanted) ??
      texts.find((t) => base(t.language) === base(wanted)) ??
      texts.find((t) => t.language === null) ??
      texts[0] ??
      null
    )?.text ?? null
  );
}

/** The latest alerts (replaced whole on each fetch). */
export class RealtimeAlerts {
  alerts: AlertInfo[] = [];
  readonly status = new FeedStatus();
  /** A digest of the alerts, to announce only a change. */
  digest = '';
}

/** What transitAlertsChanged carries: the whole set, so every replica answers alike. */
export interface AlertsEvent {
  alerts: AlertInfo[];
}

/** Starts polling when GTFS_RT_SERVICE_ALERTS_URL is set; a changed set of alerts is announced. */
export function pollServiceAlerts(state: RealtimeAlerts, pubsub: PubSub, log: Logger): FeedPoller {
  const replace = (alerts: AlertInfo[], producedAt: number | null) => {
    const digest = createHash('sha256').update(JSON.stringify(alerts)).digest('base64url');
    state.alerts = alerts;
    state.status.producedAt = producedAt;
    if (digest === state.digest) return;
    state.digest = digest;
    // The id: the feed's time and content, the same on every replica.
    announce(pubsub, ALERTS_TOPIC, { alerts } satisfies AlertsEvent, `alerts:${producedAt ?? ''}:${digest}`);
  };
  return pollFeed({
    url: env('GTFS_RT_SERVICE_ALERTS_URL'),
    name: 'ServiceAlerts',
    status: state.status,
    log,
    apply: (bytes) => {
      const { producedAt, alerts } = decodeServiceAlerts(bytes);
      replace(alerts, producedAt);
      return alerts.length;
    },
    forget: () => replace([], null),
  });
}
