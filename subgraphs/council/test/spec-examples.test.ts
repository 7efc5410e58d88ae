/**
 * The schemas (oparl-schemas.ts) and rule checks (oparl-rules.ts) the export is tested
 * with, tried on the OParl specification's own example objects (github:OParl/spec tag
 * v1.1.1, oparl-spec-v1.1.1/): they accept what the specification publishes and find
 * the two places where its examples break its own rules.
 */
import { describe, expect, it } from 'vitest';
import { specExamples } from './oparl-fixture.ts';
import { backReferenceViolations, dateTimeViolations } from './oparl-rules.ts';
import { validator } from './oparl-schemas.ts';

const examples = specExamples();
const typeOf = (name: string) => name.replace(/-\d+$/, '');

describe('OParl 1.1 schemas and rules against the specification examples (v1.1.1)', () => {
  it('has the eight example objects', () => {
    expect(Object.keys(examples).sort()).toEqual([
      'Body-01',
      'File-01',
      'Location-01',
      'Meeting-01',
      'Organization-01',
      'Paper-01',
      'Person-01',
      'System-01',
    ]);
  });

  it('accepts every example but the Meeting, whose agenda item lacks the required order', () => {
    const errors = Object.fromEntries(
      Object.entries(examples).map(([name, object]) => {
        const validate = validator(typeOf(name));
        validate(object);
        return [name, (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)];
      }),
    );
    expect(errors).toEqual({
      'Body-01': [],
      'File-01': [],
      'Location-01': [],
      'Meeting-01': ["/agendaItem/0 must have required property 'order'"],
      'Organization-01': [],
      'Paper-01': [],
      'Person-01': [],
      'System-01': [],
    });
  });

  it('finds no date-time outside the form yyyy-mm-ddThh:mm:ss±hh:mm, and finds one made up', () => {
    expect(Object.values(examples).flatMap((object) => dateTimeViolations(object))).toEqual([]);
    const meeting = { ...examples['Meeting-01'], start: '2013-01-04T07:00:00.000Z' };
    expect(dateTimeViolations(meeting)).toEqual([
      'https://oparl.example.org/meeting/281.start = "2013-01-04T07:00:00.000Z"',
    ]);
  });

  it('finds the back-references the examples keep in embedded objects', () => {
    expect(Object.values(examples).flatMap((object) => backReferenceViolations(object))).toEqual([
      'https://oparl.example.org/body/0 .legislativeTerm[https://oparl.example.org/term/21].body',
      'https://oparl.example.org/meeting/281 .agendaItem[https://oparl.example.org/agendaitem/3271].meeting',
    ]);
  });
});
