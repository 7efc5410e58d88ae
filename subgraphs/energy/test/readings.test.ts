import { describe, expect, it } from 'vitest';
import { parseLoadProfile } from '../src/domain/load-profile.ts';
import { parseReading, readingBodies } from '../src/domain/readings.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const reasonOf = (body: unknown, topic?: string) => {
  const result = parseReading(body, NOW, topic);
  return result.ok ? 'ok' : result.reason;
};

describe('SML reader JSON and HTTP push bodies', () => {
  it('reads OBIS codes in their common spellings, in kWh and W, into Wh and W', () => {
    const full = parseReading(
      { time: '2026-12-01T11:00:00Z', '1-0:1.8.0': 12345.6789, '1-0:2.8.0*255': '12,5', '1-0:16.7.0': 431 },
      NOW,
      'EMH0012345',
    );
    expect(full).toEqual({
      ok: true,
      value: {
        meterId: 'EMH0012345',
        at: Date.parse('2026-12-01T11:00:00Z'),
        importWh: 12345678.9,
        exportWh: 12500,
        powerW: 431,
      },
    });
    const tasmota = parseReading(
      { meterId: 'EMH0012345', Time: 1796122800, SML: { '1_8_0': 10, '16_7_0': 0.5 } },
      NOW,
    );
    expect(tasmota.ok && tasmota.value).toMatchObject({ at: 1796122800000, importWh: 10000, powerW: 0.5 });
    const units = parseReading(
      {
        time: NOW - 1000,
        values: { '1.8.0': { value: 1500, unit: 'Wh' }, '16.7.0': { value: 2.5, unit: 'kW' } },
      },
      NOW,
      'm-1',
    );
    expect(units.ok && units.value).toMatchObject({ importWh: 1500, powerW: 2500, exportWh: null });
  });

  it('refuses bad readings with a stable reason', () => {
    const t = '2026-12-01T11:00:00Z';
    expect(reasonOf('12.3', 'm-1')).toBe('MALFORMED');
    expect(reasonOf([1, 2], 'm-1')).toBe('MALFORMED');
    expect(reasonOf({ time: t, '1.8.0': 1 })).toBe('NO_METER');
    expect(reasonOf({ meterId: 'other', time: t, '1.8.0': 1 }, 'm-1')).toBe('METER_MISMATCH');
    expect(reasonOf({ '1.8.0': 1 }, 'm-1')).toBe('NO_TIMESTAMP');
    expect(reasonOf({ time: '2026-12-01T11:00:00', '1.8.0': 1 }, 'm-1')).toBe('BAD_TIMESTAMP');
    expect(reasonOf({ time: 'yesterday', '1.8.0': 1 }, 'm-1')).toBe('BAD_TIMESTAMP');
    expect(reasonOf({ time: '1999-12-31T23:00:00Z', '1.8.0': 1 }, 'm-1')).toBe('BAD_TIMESTAMP');
    expect(reasonOf({ time: '2026-12-01T12:10:00Z', '1.8.0': 1 }, 'm-1')).toBe('FUTURE_TIMESTAMP');
    expect(reasonOf({ time: t, temperature: 21 }, 'm-1')).toBe('NO_VALUES');
    expect(reasonOf({ time: t, '2.8.0': 5 }, 'm-1')).toBe('NO_IMPORT_COUNTER');
    expect(reasonOf({ time: t, '1.8.0': 'NaN' }, 'm-1')).toBe('NOT_A_NUMBER');
    expect(reasonOf({ time: t, '1.8.0': -1 }, 'm-1')).toBe('NEGATIVE_VALUE');
    expect(reasonOf({ time: t, '1.8.0': { value: 1, unit: 'kJ' } }, 'm-1')).toBe('UNKNOWN_UNIT');
    expect(reasonOf({ time: t, '16.7.0': 5_000_000 }, 'm-1')).toBe('IMPLAUSIBLE_VALUE');
    expect(reasonOf({ time: t, '1.8.0': 1 }, 'bad id with spaces')).toBe('NO_METER');
  });

  it('takes one reading, a list, or { readings } from a push', () => {
    expect(readingBodies({ readings: [1, 2] })).toEqual([1, 2]);
    expect(readingBodies([3])).toEqual([3]);
    expect(readingBodies({ a: 1 })).toEqual([{ a: 1 }]);
  });
});

describe('CSV 15-minute load profiles', () => {
  it('reads a German export (semicolons, decimal comma, local time) and the autumn hour twice', () => {
    const csv = [
      'Zeitstempel;Bezug kWh;Einspeisung kWh',
      '25.10.2026 01:45;0,250;0,000',
      '25.10.2026 02:00;0,300;0',
      '25.10.2026 02:45;0,100;0',
      '25.10.2026 02:00;0,200;0',
      '25.10.2026 03:00;1.234,5;0',
    ].join('\r\n');
    const { intervals, refused } = parseLoadProfile(csv, NOW);
    expect(refused).toEqual([expect.objectContaining({ line: 6, reason: 'IMPLAUSIBLE_VALUE' })]);
    expect(intervals.map((i) => new Date(i.start).toISOString())).toEqual([
      '2026-10-24T23:45:00.000Z',
      '2026-10-25T00:00:00.000Z', // 02:00 summer time
      '2026-10-25T00:45:00.000Z',
      '2026-10-25T01:00:00.000Z', // 02:00 winter time
    ]);
    expect(intervals[0]).toMatchObject({ importWh: 250, exportWh: 0 });
  });

  it('refuses rows it cannot trust and keeps the rest, with line numbers', () => {
    const csv = [
      '2026-11-30T23:00:00Z,0.5',
      '2026-11-30T23:07:00Z,0.5',
      '2026-11-30T23:15:00Z,abc',
      '2026-11-30T23:30:00Z,-1',
      '2026-03-29 02:15,0.1',
      '2026-12-01T12:00:00Z,0.1',
      '2026-11-30T23:00:00Z,0.7',
      '2026-11-30T23:45:00Z,0.25',
    ].join('\n');
    const { intervals, refused } = parseLoadProfile(csv, NOW);
    expect(refused.map((r) => [r.line, r.reason])).toEqual([
      [2, 'BAD_TIMESTAMP'],
      [3, 'NOT_A_NUMBER'],
      [4, 'NEGATIVE_VALUE'],
      [5, 'BAD_TIMESTAMP'], // 02:15 does not exist on the spring switch
      [6, 'FUTURE_TIMESTAMP'],
      [7, 'CONFLICTING_DUPLICATE'],
    ]);
    expect(intervals.map((i) => i.importWh)).toEqual([500, 250]);
  });
});
