/** An appointment as an iCalendar file (RFC 5545), for the "add to calendar" link. */

export interface CalendarAppointment {
  code: string;
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
}

/** 2026-12-02T08:00:00.000Z -> 20261202T080000Z */
const icsTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Text values escape backslash, semicolon, comma and newlines. */
const icsText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

export function appointmentIcs(appointment: CalendarAppointment, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stadt Kaarst//Buergerportal//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${appointment.code}@kaarst-hub`,
    `DTSTAMP:${icsTime(now.toISOString())}`,
    `DTSTART:${icsTime(appointment.start)}`,
    `DTEND:${icsTime(appointment.end)}`,
    `SUMMARY:${icsText(appointment.summary)}`,
    `LOCATION:${icsText(appointment.location)}`,
    `DESCRIPTION:${icsText(appointment.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A download link's target for the file (revoke it when the link goes away). */
export const icsUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
