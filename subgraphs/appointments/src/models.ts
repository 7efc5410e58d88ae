import type {
  Appointment,
  AuditEntry,
  Location,
  OpeningHours,
  Service,
  ServiceLine,
} from './generated/prisma/client.ts';

export type ServiceModel = Service;
export type OpeningHoursModel = OpeningHours;

/** What resolvers pass around; relations are loaded where a query asks for them. */
export type AppointmentModel = Appointment & {
  services?: Array<ServiceLine & { service: Service }>;
  location?: Location;
};
export type LocationModel = Location & { openingHours?: OpeningHours[] };
export type CitizenRef = { id: string };
export type SlotModel = { start: Date; end: Date; location: LocationModel };

/** The relations every appointment answer includes. */
export const appointmentInclude = {
  services: { include: { service: true }, orderBy: { position: 'asc' } },
  location: true,
} as const;

export type AuditEntryModel = AuditEntry;
/** An audit log is its filter (kit/src/audit.ts). */
export type AuditLogModel = { id: string };
