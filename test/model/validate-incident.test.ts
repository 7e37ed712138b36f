import { expect } from '@open-wc/testing';
import { INCIDENT_CODES } from '../../src/model/codes.js';
import { parseIncident } from '../../src/model/parse.js';
import { validateIncident } from '../../src/model/validate-incident.js';
import { normalizeIncident } from '../../src/model/normalize.js';
import { clone, sampleIncident, sampleSop } from '../helpers/docs.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const cases: { name: string; code: string; path: string; change: (d: Doc) => unknown; says?: string[] }[] = [
  { name: 'text instead of an object', code: 'INCIDENT_NOT_OBJECT', path: '', change: () => 'INC-1' },
  { name: 'an SOP format', code: 'INCIDENT_FORMAT', path: '/format', change: (d) => void (d.format = 'sop/v1') },
  { name: 'no events', code: 'INCIDENT_REQUIRED', path: '/events', change: (d) => void delete d.events },
  { name: 'a number as a title', code: 'INCIDENT_TYPE', path: '/title', change: (d) => void (d.title = 7) },
  { name: 'an empty id', code: 'INCIDENT_EMPTY', path: '/id', change: (d) => void (d.id = '') },
  {
    name: 'a misspelt field',
    code: 'INCIDENT_UNKNOWN_FIELD',
    path: '/events/0/acter',
    change: (d) => void (d.events[0].acter = 'Ann'),
    says: ['"actor"'],
  },
  { name: 'an empty event list', code: 'INCIDENT_NO_EVENTS', path: '/events', change: (d) => void (d.events = []) },
  {
    name: 'an unknown event type',
    code: 'INCIDENT_UNKNOWN_EVENT_TYPE',
    path: '/events/1/type',
    change: (d) => void (d.events[1].type = 'acked'),
    says: ['"acked"', '"acknowledged"'],
  },
  {
    name: 'a timestamp without a zone',
    code: 'INCIDENT_NO_ZONE',
    path: '/events/0/at',
    change: (d) => void (d.events[0].at = '2026-03-06T10:00:00'),
    says: ['"2026-03-06T10:00:00"', 'Z'],
  },
  {
    name: 'a timestamp in words',
    code: 'INCIDENT_BAD_TIMESTAMP',
    path: '/events/2/at',
    change: (d) => void (d.events[2].at = 'noon'),
  },
  {
    name: 'events out of order',
    code: 'INCIDENT_OUT_OF_ORDER',
    path: '/events/2/at',
    change: (d) => void (d.events[2].at = '2026-03-06T10:10:00Z'),
  },
  {
    name: 'a resolution before the detection',
    code: 'INCIDENT_RESOLVED_BEFORE_DETECTED',
    path: '/events/2/at',
    change: (d) => void (d.events[2].at = '2026-03-06T09:00:00Z'),
  },
  {
    name: 'no detection',
    code: 'INCIDENT_NO_DETECTED',
    path: '/events',
    change: (d) => void (d.events[0].type = 'note'),
  },
  {
    name: 'a priority the SOP lacks',
    code: 'INCIDENT_UNKNOWN_PRIORITY',
    path: '/priority',
    change: (d) => void (d.priority = 'sev1'),
    says: ['"sev1"', '"p1"'],
  },
  {
    name: 'a category the SOP lacks',
    code: 'INCIDENT_UNKNOWN_CATEGORY',
    path: '/category',
    change: (d) => void (d.category = 'power'),
  },
  {
    name: 'a role the SOP lacks',
    code: 'INCIDENT_UNKNOWN_ROLE',
    path: '/events/1/role',
    change: (d) => void (d.events[1].role = 'cto'),
  },
  {
    name: 'a step the SOP lacks',
    code: 'INCIDENT_UNKNOWN_STEP',
    path: '/events/1/step',
    change: (d) => void (d.events[1].step = 'reboot'),
  },
  { name: 'another procedure', code: 'INCIDENT_SOP_MISMATCH', path: '/sop', change: (d) => void (d.sop = 'other') },
  {
    name: 'a resume without a pause',
    code: 'INCIDENT_UNMATCHED_RESUME',
    path: '/events/2/type',
    change: (d) => void d.events.splice(2, 0, { at: '2026-03-06T11:00:00Z', type: 'resumed' }),
  },
];

const elsewhere = new Set(['INCIDENT_JSON_SYNTAX', 'INCIDENT_LOAD_FAILED', 'INCIDENT_HTTP_STATUS']);

describe('validateIncident', () => {
  it('accepts the sample incident against its SOP', () => {
    expect(validateIncident(sampleIncident(), sampleSop())).to.deep.equal([]);
  });

  for (const c of cases) {
    it(`reports ${c.code} at ${c.path || '(root)'} for ${c.name}`, () => {
      const doc = clone(sampleIncident()) as Doc;
      const replaced = c.change(doc);
      const diagnostics = validateIncident(replaced === undefined ? doc : replaced, sampleSop());
      const hit = diagnostics.find((d) => d.code === c.code && d.path === c.path);
      expect(hit, JSON.stringify(diagnostics, null, 1)).to.not.equal(undefined);
      for (const words of c.says ?? []) expect(hit!.message).to.contain(words);
    });
  }

  it('has a case for every code it can produce', () => {
    const covered = new Set(cases.map((c) => c.code));
    expect(Object.keys(INCIDENT_CODES).filter((code) => !covered.has(code) && !elsewhere.has(code))).to.deep.equal([]);
  });

  it('does not claim a detection is missing when its time is what is wrong', () => {
    const doc = clone(sampleIncident());
    doc.events[0]!.at = '2026-03-06T10:00:00';
    const codes = validateIncident(doc, sampleSop()).map((d) => d.code);
    expect(codes).to.include('INCIDENT_NO_ZONE');
    expect(codes).to.not.include('INCIDENT_NO_DETECTED');
  });

  it('checks references only when it is given the SOP', () => {
    const doc = clone(sampleIncident());
    doc.priority = 'sev1';
    expect(validateIncident(doc)).to.deep.equal([]);
  });

  it('turns JSON syntax errors into INCIDENT_JSON_SYNTAX', () => {
    const { diagnostics } = parseIncident('{"format": "incident/v1",');
    expect(diagnostics.map((d) => d.code)).to.deep.equal(['INCIDENT_JSON_SYNTAX']);
  });

  it('draws events in time order while keeping the input as it was', () => {
    const doc = clone(sampleIncident());
    doc.events.reverse();
    const before = JSON.stringify(doc);
    const model = normalizeIncident(doc);
    expect(model.events.map((e) => e.type)).to.deep.equal(['detected', 'acknowledged', 'resolved']);
    expect(JSON.stringify(doc)).to.equal(before);
  });
});
