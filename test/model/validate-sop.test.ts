import { expect } from '@open-wc/testing';
import { SOP_CODES } from '../../src/model/codes.js';
import { parseSop } from '../../src/model/parse.js';
import { validateSop } from '../../src/model/validate-sop.js';
import type { SopDocument } from '../../src/model/types.js';
import { clone, sampleSop } from '../helpers/docs.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Case {
  name: string;
  code: string;
  path: string;
  /** Breaks a copy of the sample SOP, or returns a whole replacement value. */
  change: (doc: Doc) => unknown;
  /** Words the message must contain. */
  says?: string[];
}

const cases: Case[] = [
  { name: 'a list instead of an object', code: 'SOP_NOT_OBJECT', path: '', change: () => [] },
  {
    name: 'an old format',
    code: 'SOP_FORMAT',
    path: '/format',
    change: (d) => void (d.format = 'sop/v0'),
    says: ['"sop/v0"', '"sop/v1"'],
  },
  { name: 'no title', code: 'SOP_REQUIRED', path: '/title', change: (d) => void delete d.title },
  {
    name: 'a number as a label',
    code: 'SOP_TYPE',
    path: '/steps/0/label',
    change: (d) => void (d.steps[0].label = 42),
    says: ['a number (42)'],
  },
  { name: 'an empty title', code: 'SOP_EMPTY', path: '/title', change: (d) => void (d.title = '  ') },
  {
    name: 'an unknown step type',
    code: 'SOP_BAD_VALUE',
    path: '/steps/3/type',
    change: (d) => void (d.steps[3].type = 'taks'),
    says: ['"taks"', 'Did you mean "task"'],
  },
  {
    name: 'a misspelt field',
    code: 'SOP_UNKNOWN_FIELD',
    path: '/steps/1/lable',
    change: (d) => void (d.steps[1].lable = 'x'),
    says: ['Did you mean "label"'],
  },
  {
    name: 'an id with spaces and capitals',
    code: 'SOP_BAD_ID',
    path: '/steps/3/id',
    change: (d) => void (d.steps[3].id = 'Fix It'),
    says: ['"fix-it"'],
  },
  {
    name: '__proto__ as a step id',
    code: 'SOP_BAD_ID',
    path: '/steps/3/id',
    change: (d) => void (d.steps[3].id = '__proto__'),
  },
  {
    name: 'two steps with one id',
    code: 'SOP_DUPLICATE_ID',
    path: '/steps/4/id',
    change: (d) => void (d.steps[4].id = 'fix'),
  },
  {
    name: 'two roles with one id',
    code: 'SOP_DUPLICATE_ID',
    path: '/roles/1/id',
    change: (d) => void (d.roles[1].id = 'desk'),
  },
  {
    name: 'a priority listed twice on a step',
    code: 'SOP_DUPLICATE_REF',
    path: '/steps/2/priorities/1',
    change: (d) => void (d.steps[2].priorities = ['p1', 'p1']),
  },
  {
    name: 'a step owned by an unknown role',
    code: 'SOP_UNKNOWN_ROLE',
    path: '/steps/3/role',
    change: (d) => void (d.steps[3].role = 'l9'),
    says: ['"l9"', '"desk"', '"oncall"'],
  },
  {
    name: 'a step in an unknown phase',
    code: 'SOP_UNKNOWN_PHASE',
    path: '/steps/3/phase',
    change: (d) => void (d.steps[3].phase = 'later'),
  },
  {
    name: 'a flow condition with an unknown category',
    code: 'SOP_UNKNOWN_CATEGORY',
    path: '/flows/1/when/categories/0',
    change: (d) => void (d.flows[1].when.categories = ['hardware']),
  },
  {
    name: 'a flow condition with an unknown priority',
    code: 'SOP_UNKNOWN_PRIORITY',
    path: '/flows/1/when/priorities/0',
    change: (d) => void (d.flows[1].when.priorities = ['p9']),
  },
  {
    name: 'a matrix cell naming an unknown priority',
    code: 'SOP_UNKNOWN_PRIORITY',
    path: '/priorityMatrix/cells/low/low',
    change: (d) => void (d.priorityMatrix.cells.low.low = 'p7'),
  },
  {
    name: 'an escalation policy for an unknown priority',
    code: 'SOP_UNKNOWN_PRIORITY',
    path: '/escalation/policies/0/priority',
    change: (d) => void (d.escalation.policies[0].priority = 'p5'),
  },
  {
    name: 'a flow to a step that does not exist',
    code: 'SOP_UNKNOWN_STEP',
    path: '/flows/4/to',
    change: (d) => void (d.flows[4].to = 'closed'),
  },
  {
    name: 'a matrix row for an unknown impact',
    code: 'SOP_UNKNOWN_LEVEL',
    path: '/priorityMatrix/cells/huge',
    change: (d) => void (d.priorityMatrix.cells.huge = { high: 'p1' }),
  },
  {
    name: 'a matrix cell keyed __proto__',
    code: 'SOP_UNKNOWN_LEVEL',
    path: '/priorityMatrix/cells/high/__proto__',
    change: (d) =>
      void Object.defineProperty(d.priorityMatrix.cells.high, '__proto__', { value: 'p1', enumerable: true }),
  },
  {
    name: 'a step without a role',
    code: 'SOP_MISSING_ROLE',
    path: '/steps/3/role',
    change: (d) => void delete d.steps[3].role,
  },
  {
    name: 'a step without a phase',
    code: 'SOP_MISSING_PHASE',
    path: '/steps/3/phase',
    change: (d) => void delete d.steps[3].phase,
  },
  { name: 'no steps', code: 'SOP_NO_STEPS', path: '/steps', change: (d) => void ((d.steps = []), (d.flows = [])) },
  { name: 'no start step', code: 'SOP_NO_START', path: '/steps', change: (d) => void (d.steps[0].type = 'task') },
  {
    name: 'a step nothing leads to',
    code: 'SOP_UNREACHABLE',
    path: '/steps/4',
    change: (d) => void d.flows.pop(),
    says: ['"done"'],
  },
  {
    name: 'a decision with one way out',
    code: 'SOP_DECISION_BRANCHES',
    path: '/steps/1',
    change: (d) => void d.flows.splice(2, 1),
  },
  {
    name: 'an end with a way out',
    code: 'SOP_END_HAS_OUTGOING',
    path: '/steps/4',
    change: (d) => void d.flows.push({ from: 'done', to: 'fix' }),
  },
  {
    name: 'a target in words',
    code: 'SOP_BAD_DURATION',
    path: '/priorities/0/response',
    change: (d) => void (d.priorities[0].response = '15 minutes'),
    says: ['"15 minutes"', 'PT15M'],
  },
  {
    name: 'a target in months',
    code: 'SOP_BAD_DURATION',
    path: '/steps/3/sla',
    change: (d) => void (d.steps[3].sla = 'P1M'),
  },
  {
    name: 'an escalation delay that does not parse',
    code: 'SOP_BAD_DURATION',
    path: '/escalation/policies/0/steps/1/after',
    change: (d) => void (d.escalation.policies[0].steps[1].after = 15),
  },
  {
    name: 'a holiday that is not a date',
    code: 'SOP_BAD_DATE',
    path: '/businessHours/holidays/0',
    change: (d) => void (d.businessHours.holidays = ['25/12/2026']),
  },
  {
    name: 'an approval date that does not exist',
    code: 'SOP_BAD_DATE',
    path: '/meta/approvedOn',
    change: (d) => void (d.meta = { approvedOn: '2026-02-30' }),
  },
  {
    name: 'an opening time of 8am',
    code: 'SOP_BAD_TIME',
    path: '/businessHours/start',
    change: (d) => void (d.businessHours.start = '8am'),
  },
  {
    name: 'a made-up time zone',
    code: 'SOP_BAD_TIMEZONE',
    path: '/businessHours/timeZone',
    change: (d) => void (d.businessHours.timeZone = 'Europe/Gotham'),
  },
  {
    name: 'hours that end before they start',
    code: 'SOP_BAD_HOURS_RANGE',
    path: '/businessHours/end',
    change: (d) => void (d.businessHours.end = '07:00'),
  },
  {
    name: 'business-hours targets without business hours',
    code: 'SOP_NO_BUSINESS_HOURS',
    path: '/priorities/1/hours',
    change: (d) => void delete d.businessHours,
  },
  {
    name: 'a missing matrix cell',
    code: 'SOP_MATRIX_INCOMPLETE',
    path: '/priorityMatrix/cells/low',
    change: (d) => void delete d.priorityMatrix.cells.low.low,
  },
  { name: 'a tier of zero', code: 'SOP_BAD_NUMBER', path: '/roles/0/tier', change: (d) => void (d.roles[0].tier = 0) },
  {
    name: 'a negative repeat',
    code: 'SOP_BAD_NUMBER',
    path: '/escalation/policies/0/repeat',
    change: (d) => void (d.escalation.policies[0].repeat = -1),
  },
  {
    name: 'a javascript: link',
    code: 'SOP_UNSAFE_LINK',
    path: '/steps/3/links/0/href',
    change: (d) => void (d.steps[3].links = [{ label: 'Runbook', href: 'javascript:alert(1)' }]),
  },
  {
    name: 'a subprocess that opens nothing',
    code: 'SOP_SUBPROCESS_MISSING',
    path: '/steps/3',
    change: (d) => void (d.steps[3].type = 'subprocess'),
  },
  {
    name: 'a subprocess on a task',
    code: 'SOP_SUBPROCESS_IGNORED',
    path: '/steps/3/subprocess',
    change: (d) => void (d.steps[3].subprocess = 'other'),
  },
  {
    name: 'two policies for one priority',
    code: 'SOP_DUPLICATE_POLICY',
    path: '/escalation/policies/1/priority',
    change: (d) => void d.escalation.policies.push({ priority: 'p1', steps: [] }),
  },
];

/** Codes produced elsewhere: by the loaders (tested with the elements) and by the layout size guard. */
const elsewhere = new Set([
  'SOP_JSON_SYNTAX',
  'SOP_LOAD_FAILED',
  'SOP_HTTP_STATUS',
  'SOP_TOO_LARGE',
  'SOP_LAYOUT_FAILED',
]);

describe('validateSop', () => {
  it('accepts the sample document without a single diagnostic', () => {
    expect(validateSop(sampleSop())).to.deep.equal([]);
  });

  for (const c of cases) {
    it(`reports ${c.code} at ${c.path || '(root)'} for ${c.name}`, () => {
      const doc = clone(sampleSop()) as Doc;
      const replaced = c.change(doc);
      const diagnostics = validateSop(replaced === undefined ? doc : replaced);
      const hit = diagnostics.find((d) => d.code === c.code && d.path === c.path);
      expect(hit, JSON.stringify(diagnostics, null, 1)).to.not.equal(undefined);
      for (const words of c.says ?? []) expect(hit!.message).to.contain(words);
      expect(hit!.message.length).to.be.greaterThan(20);
    });
  }

  it('has a case for every code it can produce', () => {
    const covered = new Set(cases.map((c) => c.code));
    const missing = Object.keys(SOP_CODES).filter((code) => !covered.has(code) && !elsewhere.has(code));
    expect(missing).to.deep.equal([]);
  });

  it('turns JSON syntax errors into a diagnostic with line and column', () => {
    const { document, diagnostics } = parseSop('{\n  "format": "sop/v1",\n  "id": }');
    expect(document).to.equal(undefined);
    expect(diagnostics).to.have.length(1);
    expect(diagnostics[0]!.code).to.equal('SOP_JSON_SYNTAX');
    expect(diagnostics[0]!.message).to.match(/line 3, column \d+/);
  });

  it('returns the document from parseSop when there are only warnings', () => {
    const doc = sampleSop() as Doc;
    doc.steps[1].lable = 'typo';
    const { document, diagnostics } = parseSop(JSON.stringify(doc));
    expect(document?.id).to.equal('sample');
    expect(diagnostics.map((d) => d.severity)).to.deep.equal(['warning']);
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [
      null,
      0,
      'text',
      true,
      undefined,
      { steps: null },
      { steps: [null, 1, 'x', []] },
      { roles: {}, steps: [{}] },
      { flows: [{ from: {}, to: [] }], steps: [] },
      { priorityMatrix: { cells: { a: null } }, steps: [] },
      { escalation: { policies: [null, { steps: [null] }] } },
      { businessHours: { days: 'mon' } },
    ];
    for (const value of weird) {
      expect(() => validateSop(value)).to.not.throw();
      expect(validateSop(value).length).to.be.greaterThan(0);
    }
  });

  it('keeps ids like "constructor" as data and never touches Object.prototype', () => {
    const doc = clone(sampleSop()) as Doc;
    doc.roles[0].id = 'constructor';
    for (const s of doc.steps) if (s.role === 'desk') s.role = 'constructor';
    doc.escalation.policies[0].steps[0].role = 'constructor';
    doc.steps[3].role = 'tostring';
    const diagnostics = validateSop(
      JSON.parse(JSON.stringify(doc).replace('"cells":{', '"cells":{"__proto__":{"polluted":"p1"},')),
    );
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).to.deep.equal([
      'SOP_UNKNOWN_LEVEL',
      'SOP_UNKNOWN_ROLE',
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('suggests an id that is itself valid', () => {
    const doc = clone(sampleSop()) as Doc;
    doc.steps[3].id = `${'A'.repeat(63)} b`;
    const hit = validateSop(doc).find((d) => d.code === 'SOP_BAD_ID');
    const suggestion = /for example "([^"]+)"/.exec(hit!.message)?.[1];
    expect(suggestion).to.equal('a'.repeat(63));
  });

  it('treats labels with markup, emoji and right-to-left text as plain text', () => {
    const doc = clone(sampleSop()) as Doc;
    doc.steps[3].label = '<img src=x onerror=alert(1)> 🚒 إصلاح';
    doc.steps[2].label = 'x'.repeat(5000);
    expect(validateSop(doc)).to.deep.equal([]);
  });

  it('does not modify the document it checks', () => {
    const doc = sampleSop();
    const before = JSON.stringify(doc);
    validateSop(doc);
    expect(JSON.stringify(doc)).to.equal(before);
  });

  it('stays linear on a large document', () => {
    const big = clone(sampleSop()) as SopDocument;
    const n = 20000;
    big.steps = [{ id: 's0', type: 'start', label: 'Start', role: 'desk', phase: 'detect' }];
    big.flows = [];
    for (let i = 1; i < n; i++) {
      big.steps.push({
        id: `s${i}`,
        type: 'task',
        label: `Step ${i}`,
        role: i % 2 ? 'desk' : 'oncall',
        phase: 'detect',
      });
      big.flows.push({ from: `s${i - 1}`, to: `s${i}` });
    }
    const diagnostics = validateSop(big);
    expect(diagnostics).to.deep.equal([]);
    // Breaking every step's role yields one diagnostic per step, not one per pair of steps.
    for (const s of big.steps) s.role = 'nobody';
    expect(validateSop(big).filter((d) => d.code === 'SOP_UNKNOWN_ROLE')).to.have.length(n);
  });
});
