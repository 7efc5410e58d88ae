import type { Logger } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { hashPassword } from './passwords.ts';

/** Demo accounts (README): fixed ids so other subgraphs' sample data can refer to them. */
export const DEMO_ACCOUNTS = [
  {
    id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001',
    email: 'anna.schmitz@example.org',
    displayName: 'Anna Schmitz',
    roles: ['citizen'],
    department: null,
  },
  {
    id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
    email: 'buergerbuero@example.org',
    displayName: 'Bürgerbüro Kaarst',
    roles: ['staff'],
    department: 'buergerbuero',
  },
  {
    id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0003',
    email: 'admin@example.org',
    displayName: 'Hub-Administration',
    roles: ['admin'],
    department: null,
  },
  {
    id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0004',
    email: 'partner@example.org',
    displayName: 'Stadtbibliothek Kaarst (Partner)',
    roles: ['partner'],
    department: null,
  },
  {
    id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0005',
    email: 'fahrer@example.org',
    displayName: 'Busfahrer Linie 1 (Beispiel)',
    roles: ['driver'],
    department: null,
  },
  {
    id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0006',
    email: 'display.rathausplatz@example.org',
    displayName: 'Display Rathausplatz',
    roles: ['display'],
    department: null,
  },
  {
    id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0007',
    email: 'kiosk.rathaus@example.org',
    displayName: 'Wartemarken-Kiosk Rathaus Kaarst',
    roles: ['kiosk'],
    department: 'buergerbuero',
  },
] as const;
export const DEMO_PASSWORD = 'kaarst-demo';

export async function seedCitizens(db: PrismaClient, { demoData, log }: { demoData: boolean; log: Logger }) {
  if (!demoData) return;
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await db.account.findUnique({ where: { email: account.email } })) continue;
    await db.account.create({
      data: { ...account, roles: [...account.roles], passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    created++;
  }
  if (created) log.info({ created }, 'demo accounts created (sample data, password kaarst-demo)');
}
