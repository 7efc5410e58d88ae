/** What the queue's resolvers pass around (mapped in package.json "hub.mappers"). */
import type { Location, QueueTicket, QueueTicketService, Service } from '../generated/prisma/client.ts';

/**
 * A ticket as loaded, with its services. In a live event it arrives through the
 * broker as JSON (dates as strings), without its code; never with its follower (queue/follow.ts).
 */
export type TicketModel = Omit<QueueTicket, 'code' | 'followerId'> & {
  code?: string;
  services: Array<QueueTicketService & { service: Service }>;
  /** Waiting tickets: from the estimate. */
  ahead?: number | null;
  estimatedWaitMinutes?: number | null;
};

export interface SettingsModel {
  appointmentPriority: number;
  walkInPriority: number;
  maxRecalls: number;
  appointmentEarlyMinutes: number;
  walkInsOpen: boolean;
}

export interface CounterModel {
  counter: number;
  open: boolean;
  staffId: string | null;
  openedAt: Date | string | null;
  ticket: TicketModel | null;
}

export interface HandlingModel {
  service: Service;
  minutes: number;
  samples: number;
}

/** A location's queue at one moment: what every view (staff, display, citizen) is cut from. */
export interface QueueSnapshot {
  location: Location;
  date: string;
  at: Date | string;
  settings: SettingsModel;
  /** Waiting tickets in call order, then those called, parked, missed, and recently finished. */
  tickets: TicketModel[];
  counters: CounterModel[];
  /** For a walk-in drawing a ticket now. */
  estimatedWaitMinutes: number | null;
  handling: HandlingModel[];
  /** The ticket a call (or re-call) was made for, in the event announcing it. */
  newCallTicketId?: string | null;
}

export interface QueueCallModel {
  label: string;
  counter: number;
  calledAt: Date | string;
  callCount: number;
}

export interface CallDisplayModel {
  location: Location;
  date: string;
  calls: QueueCallModel[];
  newCall: QueueCallModel | null;
  waiting: number;
  estimatedWaitMinutes: number | null;
  walkInsOpen: boolean;
  updatedAt: Date | string;
}

export type QueueModel = QueueSnapshot;

export interface ProgressModel {
  code: string;
  ticket: TicketModel;
  location: Location;
}

/** The label the display shows and the citizen holds: W-012 for walk-ins, T-007 for appointments. */
export const ticketLabel = (ticket: { kind: QueueTicket['kind']; number: number }) =>
  `${ticket.kind === 'APPOINTMENT' ? 'T' : 'W'}-${String(ticket.number).padStart(3, '0')}`;

/** The relations every ticket answer includes. */
export const ticketInclude = {
  services: { include: { service: true }, orderBy: { position: 'asc' } },
} as const;
