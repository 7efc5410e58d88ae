import { Kind, parseValue as parseGraphQLValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { HubError } from '../src/errors.ts';
import { DateTimeScalar, townDateTime } from '../src/scalars.ts';
import { thrownBy } from './helpers.ts';

function expectBadInput(fn: () => unknown) {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(HubError);
  expect((error as HubError).extensions.code).toBe('BAD_USER_INPUT');
  return error as HubError;
}

describe('DateTime scalar: parseValue', () => {
  it('accepts an offset and returns the right instant', () => {
    const date = DateTimeScalar.parseValue('2026-12-01T09:00:00+01:00');
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('accepts Z, fractions and a missing seconds part', () => {
    expect(DateTimeScalar.parseValue('2026-12-01T08:00:00Z').toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(DateTimeScalar.parseValue('2026-12-01T08:00:00.250Z').toISOString()).toBe(
      '2026-12-01T08:00:00.250Z',
    );
    expect(DateTimeScalar.parseValue('2026-12-01T08:00Z').toISOString()).toBe('2026-12-01T08:00:00.000Z');
    // summer time in Kaarst: +02:00
    expect(DateTimeScalar.parseValue('2026-07-01T09:00:00+02:00').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(DateTimeScalar.parseValue('2026-07-01T09:00:00-05:30').toISOString()).toBe(
      '2026-07-01T14:30:00.000Z',
    );
  });

  it.each([
    'not-a-date',
    '2026-12-01',
    '2026-12-01T09:00:00',
    '2026-12-01 09:00:00Z',
    '2026-12-01T09:00:00+0100',
    '',
    ' 2026-12-01T09:00:00Z',
  ])('rejects %j with BAD_USER_INPUT', (value) => {
    const error = expectBadInput(() => DateTimeScalar.parseValue(value));
    expect(error.message).toContain('time zone');
  });

  it.each([1764576000000, null, undefined, true, { iso: '2026-12-01T09:00:00Z' }])(
    'rejects the non-string %j with BAD_USER_INPUT',
    (value) => {
      expectBadInput(() => DateTimeScalar.parseValue(value));
    },
  );

  it('rejects a month or offset that does not exist', () => {
    expectBadInput(() => DateTimeScalar.parseValue('2026-13-01T09:00:00Z'));
    expectBadInput(() => DateTimeScalar.parseValue('2026-12-01T09:00:00+25:00'));
  });

  // Date rolls impossible days over (30 February becomes 2 March): they must be refused.
  it('rejects an impossible calendar day such as 30 February', () => {
    expectBadInput(() => DateTimeScalar.parseValue('2026-02-30T09:00:00Z'));
  });
});

describe('DateTime scalar: parseLiteral', () => {
  it('parses a string literal', () => {
    const literal = parseGraphQLValue('"2026-12-01T09:00:00+01:00"');
    expect(DateTimeScalar.parseLiteral(literal, undefined).toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('rejects a literal that is not a string or has no zone', () => {
    expect(parseGraphQLValue('20261201').kind).toBe(Kind.INT);
    expectBadInput(() => DateTimeScalar.parseLiteral(parseGraphQLValue('20261201'), undefined));
    expectBadInput(() => DateTimeScalar.parseLiteral(parseGraphQLValue('"2026-12-01T09:00:00"'), undefined));
  });
});

describe('DateTime scalar: serialize', () => {
  it('gives UTC ISO 8601 for a Date', () => {
    expect(DateTimeScalar.serialize(new Date('2026-12-01T09:00:00+01:00'))).toBe('2026-12-01T08:00:00.000Z');
  });

  it('normalises an ISO string with an offset to UTC', () => {
    expect(DateTimeScalar.serialize('2026-07-01T09:30:00+02:00')).toBe('2026-07-01T07:30:00.000Z');
    expect(DateTimeScalar.serialize('2026-12-01T08:00:00Z')).toBe('2026-12-01T08:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    expect(() => DateTimeScalar.serialize('soon')).toThrow(TypeError);
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(TypeError);
  });

  it('round-trips: serialize(parseValue(x)) is the same instant in UTC', () => {
    const value = '2026-03-29T03:30:00+02:00';
    const serialized = DateTimeScalar.serialize(DateTimeScalar.parseValue(value));
    expect(serialized).toBe('2026-03-29T01:30:00.000Z');
    expect(DateTimeScalar.parseValue(serialized).getTime()).toBe(Date.parse(value));
  });
});

describe('townDateTime', () => {
  it('gives Kaarst local time with its offset, to the second, in winter and in summer', () => {
    expect(townDateTime(new Date('2026-12-06T03:07:35.403Z'))).toBe('2026-12-06T04:07:35+01:00');
    expect(townDateTime(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02T00:30:00+02:00');
    // the night the clocks go back: 02:30 happens twice, told apart by the offset
    expect(townDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(townDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
  });
});
