import { parseDuration, parseClock } from './duration.js';
import { isValidTimeZone } from './calendar.js';
import { parseDate } from './time.js';
import { child, describeType, isRecord, listIds, own, quote, Report } from './report.js';
import {
  CHANNELS,
  CONDITIONS,
  FLOW_KINDS,
  HOURS,
  ROLE_KINDS,
  STEP_TYPES,
  TONES,
  WEEKDAYS,
  type Diagnostic,
} from './types.js';

/** Ids are slugs: 1–64 lowercase letters, digits, `-` or `_`, starting and ending with a letter or digit. */
export const SLUG_RE = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/;

/** Link schemes that are ever followed. */
export const SAFE_LINK_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

/** Whether `href` is a link the elements will open (`https:`, `http:`, `mailto:`). */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  const m = /^\s*([a-z][a-z0-9+.-]*:)/i.exec(href);
  return !!m && (SAFE_LINK_SCHEMES as readonly string[]).includes((m[1] ?? '').toLowerCase());
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
}

const DOC_FIELDS = [
  'format',
  'id',
  'title',
  'description',
  'meta',
  'roles',
  'phases',
  'categories',
  'priorities',
  'priorityMatrix',
  'businessHours',
  'steps',
  'flows',
  'escalation',
  '$schema',
] as const;

type IdKind = 'role' | 'phase' | 'category' | 'priority' | 'step' | 'impact level' | 'urgency level';

const UNKNOWN_CODE: Record<IdKind, string> = {
  role: 'UNKNOWN_ROLE',
  phase: 'UNKNOWN_PHASE',
  category: 'UNKNOWN_CATEGORY',
  priority: 'UNKNOWN_PRIORITY',
  step: 'UNKNOWN_STEP',
  'impact level': 'UNKNOWN_LEVEL',
  'urgency level': 'UNKNOWN_LEVEL',
};

const PLURAL: Record<IdKind, string> = {
  role: 'roles',
  phase: 'phases',
  category: 'categories',
  priority: 'priorities',
  step: 'steps',
  'impact level': 'impact levels',
  'urgency level': 'urgency levels',
};

/** Validation of one SOP document; kept in a class so the many small checks share their state. */
class SopValidator {
  readonly report = new Report('SOP');
  readonly ids = new Map<IdKind, Map<string, number>>();

  constructor(private readonly doc: Record<string, unknown>) {}

  run(): Diagnostic[] {
    const { doc, report } = this;
    report.fields(doc, '', 'The document', DOC_FIELDS, ['format', 'id', 'title', 'steps'], {
      format: 'Start the document with "format": "sop/v1".',
      id: 'Give the procedure a stable id such as "major-incident".',
      title: 'Give the procedure a title people will recognise.',
      steps: 'List the steps of the procedure in "steps": [ … ].',
    });
    const format = own(doc, 'format');
    if (format !== undefined && format !== 'sop/v1') {
      report.error(
        'FORMAT',
        '/format',
        `"format" is ${quote(format)}; this version of the library reads "sop/v1" documents.`,
      );
    }
    this.slug(own(doc, 'id'), '/id', 'The document id');
    report.string(own(doc, 'title'), '/title', 'The title', { nonEmpty: true });
    report.string(own(doc, 'description'), '/description', 'The description');
    this.meta(own(doc, 'meta'));

    this.named('role', own(doc, 'roles'), '/roles', ['id', 'name', 'kind', 'tier', 'description', 'contacts'], (r, p) =>
      this.role(r, p),
    );
    this.named('phase', own(doc, 'phases'), '/phases', ['id', 'name', 'description']);
    this.named('category', own(doc, 'categories'), '/categories', ['id', 'name', 'description']);
    this.named(
      'priority',
      own(doc, 'priorities'),
      '/priorities',
      ['id', 'name', 'description', 'tone', 'response', 'resolution', 'updates', 'hours'],
      (r, p) => this.priority(r, p),
    );
    this.businessHours(own(doc, 'businessHours'));
    this.matrix(own(doc, 'priorityMatrix'));
    this.steps(own(doc, 'steps'));
    this.flows(own(doc, 'flows'));
    this.escalation(own(doc, 'escalation'));
    return report.diagnostics;
  }

  known(kind: IdKind): Map<string, number> {
    let m = this.ids.get(kind);
    if (!m) {
      m = new Map();
      this.ids.set(kind, m);
    }
    return m;
  }

  slug(value: unknown, path: string, what: string): string | undefined {
    const s = this.report.string(value, path, what, { nonEmpty: true });
    if (s === undefined) return undefined;
    if (!SLUG_RE.test(s)) {
      const fix = slugify(s);
      this.report.error(
        'BAD_ID',
        path,
        `${what} ${quote(s)} is not a valid id: use 1–64 lowercase letters, digits, "-" or "_", starting and ending with a letter or digit` +
          (fix ? ` (for example "${fix}").` : '.'),
      );
      return undefined;
    }
    return s;
  }

  /** Checks a reference to an id of `kind`, reporting it when it names nothing. */
  ref(kind: IdKind, value: unknown, path: string, what: string): string | undefined {
    const s = this.report.string(value, path, what, { nonEmpty: true });
    if (s === undefined) return undefined;
    const ids = this.known(kind);
    if (!ids.has(s)) {
      this.report.error(
        UNKNOWN_CODE[kind],
        path,
        `${what} is ${quote(s)}, which is not one of the ${PLURAL[kind]}: ${listIds(ids.keys())}. ` +
          `Use one of those ids or add a ${kind} with id ${quote(s)}.`,
      );
      return undefined;
    }
    return s;
  }

  refs(kind: IdKind, value: unknown, path: string, what: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const [, i] of this.report.strings(value, path, what)) {
      const s = this.ref(kind, (value as unknown[])[i], child(path, i), `Item ${i + 1} of ${what.toLowerCase()}`);
      if (s === undefined) continue;
      if (seen.has(s)) {
        this.report.warning('DUPLICATE_REF', child(path, i), `${what} lists ${quote(s)} twice; once is enough.`);
      }
      seen.add(s);
      out.push(s);
    }
    return out;
  }

  duration(value: unknown, path: string, what: string): void {
    if (value === undefined) return;
    if (typeof value !== 'string' || !parseDuration(value)) {
      this.report.error(
        'BAD_DURATION',
        path,
        `${what} is ${quote(value)}; expected an ISO 8601 duration without years or months, such as "PT15M" (15 minutes), "PT4H", "P1D" or "P1DT12H".`,
      );
    }
  }

  date(value: unknown, path: string, what: string): void {
    if (value === undefined) return;
    if (!parseDate(value)) {
      this.report.error(
        'BAD_DATE',
        path,
        `${what} is ${quote(value)}; expected a calendar date as YYYY-MM-DD, such as "2026-12-24".`,
      );
    }
  }

  meta(value: unknown): void {
    if (value === undefined) return;
    const meta = this.report.record(value, '/meta', '"meta"');
    if (!meta) return;
    const fields = ['owner', 'version', 'approvedBy', 'approvedOn', 'nextReview', 'classification'];
    this.report.fields(meta, '/meta', '"meta"', fields, []);
    for (const key of ['owner', 'version', 'approvedBy', 'classification']) {
      this.report.string(own(meta, key), child('/meta', key), `"meta.${key}"`);
    }
    this.date(own(meta, 'approvedOn'), '/meta/approvedOn', '"meta.approvedOn"');
    this.date(own(meta, 'nextReview'), '/meta/nextReview', '"meta.nextReview"');
  }

  /** A list of objects with unique `id` and a `name` (roles, phases, categories, priorities, levels). */
  named(
    kind: IdKind,
    value: unknown,
    path: string,
    fields: readonly string[],
    more?: (record: Record<string, unknown>, path: string, what: string) => void,
  ): void {
    const items = this.report.list(value, path, `"${path.split('/').pop() ?? ''}"`);
    const ids = this.known(kind);
    items?.forEach((item, i) => {
      const p = child(path, i);
      const label = `${kind[0]?.toUpperCase()}${kind.slice(1)} ${i + 1}`;
      const record = this.report.record(item, p, label);
      if (!record) return;
      const id = this.slug(own(record, 'id'), child(p, 'id'), `The id of ${label.toLowerCase()}`);
      const what = id ? `${kind[0]?.toUpperCase()}${kind.slice(1)} ${quote(id)}` : label;
      this.report.fields(record, p, what, fields, ['id', 'name']);
      this.report.string(own(record, 'name'), child(p, 'name'), `The name of ${what.toLowerCase()}`, {
        nonEmpty: true,
      });
      this.report.string(
        own(record, 'description'),
        child(p, 'description'),
        `The description of ${what.toLowerCase()}`,
      );
      if (id !== undefined) {
        if (ids.has(id)) {
          this.report.error(
            'DUPLICATE_ID',
            child(p, 'id'),
            `${what} uses the id ${quote(id)}, which ${kind} ${(ids.get(id) ?? 0) + 1} already has; ids must be unique.`,
          );
        } else {
          ids.set(id, i);
        }
      }
      more?.(record, p, what);
    });
  }

  role(record: Record<string, unknown>, path: string, what = 'The role'): void {
    this.report.oneOf(own(record, 'kind'), child(path, 'kind'), `The kind of ${what.toLowerCase()}`, ROLE_KINDS);
    const tier = own(record, 'tier');
    if (tier !== undefined && !(typeof tier === 'number' && Number.isInteger(tier) && tier >= 1)) {
      this.report.error(
        'BAD_NUMBER',
        child(path, 'tier'),
        `The tier of ${what.toLowerCase()} is ${describeType(tier)}; expected a whole number from 1 (1 = L1 service desk, 2 = L2 …).`,
      );
    }
    const contacts = this.report.list(
      own(record, 'contacts'),
      child(path, 'contacts'),
      `The contacts of ${what.toLowerCase()}`,
    );
    contacts?.forEach((item, i) => {
      const p = child(path, 'contacts', i);
      const contact = this.report.record(item, p, `Contact ${i + 1} of ${what.toLowerCase()}`);
      if (!contact) return;
      const cw = `Contact ${i + 1} of ${what.toLowerCase()}`;
      this.report.fields(contact, p, cw, ['name', 'channel', 'address'], ['name']);
      this.report.string(own(contact, 'name'), child(p, 'name'), `The name of ${cw.toLowerCase()}`, { nonEmpty: true });
      this.report.oneOf(own(contact, 'channel'), child(p, 'channel'), `The channel of ${cw.toLowerCase()}`, CHANNELS);
      this.report.string(own(contact, 'address'), child(p, 'address'), `The address of ${cw.toLowerCase()}`);
    });
  }

  priority(record: Record<string, unknown>, path: string, what = 'The priority'): void {
    const lower = what.toLowerCase();
    this.report.oneOf(own(record, 'tone'), child(path, 'tone'), `The tone of ${lower}`, TONES);
    for (const key of ['response', 'resolution', 'updates'] as const) {
      this.duration(own(record, key), child(path, key), `The ${key} target of ${lower}`);
    }
    const hours = this.report.oneOf(own(record, 'hours'), child(path, 'hours'), `The hours of ${lower}`, HOURS);
    if (hours === 'business' && own(this.doc, 'businessHours') === undefined) {
      this.report.error(
        'NO_BUSINESS_HOURS',
        child(path, 'hours'),
        `${what} counts its targets in business hours, but the document has no "businessHours". ` +
          `Add "businessHours" (time zone, days, start and end) or use "hours": "24x7".`,
      );
    }
  }

  businessHours(value: unknown): void {
    if (value === undefined) return;
    const path = '/businessHours';
    const bh = this.report.record(value, path, '"businessHours"');
    if (!bh) return;
    this.report.fields(
      bh,
      path,
      '"businessHours"',
      ['timeZone', 'days', 'start', 'end', 'holidays'],
      ['timeZone', 'days', 'start', 'end'],
    );
    const zone = this.report.string(own(bh, 'timeZone'), `${path}/timeZone`, 'The business-hours time zone', {
      nonEmpty: true,
    });
    if (zone !== undefined && !isValidTimeZone(zone)) {
      this.report.error(
        'BAD_TIMEZONE',
        `${path}/timeZone`,
        `The business-hours time zone ${quote(zone)} is not an IANA time zone; use a name such as "Europe/London", "America/New_York" or "UTC".`,
      );
    }
    const days = this.report.list(own(bh, 'days'), `${path}/days`, 'The business days');
    if (days && days.length === 0) {
      this.report.error(
        'EMPTY',
        `${path}/days`,
        'The business days list is empty; list the working days, such as ["mon", "tue", "wed", "thu", "fri"].',
      );
    }
    days?.forEach((d, i) => this.report.oneOf(d, `${path}/days/${i}`, `Business day ${i + 1}`, WEEKDAYS));
    const times: (number | undefined)[] = [];
    for (const key of ['start', 'end'] as const) {
      const v = own(bh, key);
      const minutes = parseClock(v);
      if (v !== undefined && (minutes === undefined || (key === 'start' && minutes >= 24 * 60))) {
        this.report.error(
          'BAD_TIME',
          `${path}/${key}`,
          `The business-hours ${key} is ${quote(v)}; expected a time of day as HH:MM, such as "08:00" or "17:30".`,
        );
        times.push(undefined);
      } else {
        times.push(minutes);
      }
    }
    const [start, end] = times;
    if (start !== undefined && end !== undefined && end <= start) {
      this.report.error(
        'BAD_HOURS_RANGE',
        `${path}/end`,
        `Business hours end at ${quote(own(bh, 'end'))}, which is not after their start ${quote(own(bh, 'start'))}; the end must be later on the same day.`,
      );
    }
    for (const [, i] of this.report.strings(own(bh, 'holidays'), `${path}/holidays`, 'The holidays')) {
      this.date((own(bh, 'holidays') as unknown[])[i], `${path}/holidays/${i}`, `Holiday ${i + 1}`);
    }
  }

  matrix(value: unknown): void {
    if (value === undefined) return;
    const path = '/priorityMatrix';
    const m = this.report.record(value, path, '"priorityMatrix"');
    if (!m) return;
    this.report.fields(m, path, '"priorityMatrix"', ['impact', 'urgency', 'cells'], ['impact', 'urgency', 'cells']);
    this.named('impact level', own(m, 'impact'), `${path}/impact`, ['id', 'name', 'description']);
    this.named('urgency level', own(m, 'urgency'), `${path}/urgency`, ['id', 'name', 'description']);
    const cellsValue = own(m, 'cells');
    if (cellsValue === undefined) return;
    const cells = this.report.record(cellsValue, `${path}/cells`, '"priorityMatrix.cells"');
    if (!cells) return;
    const impact = this.known('impact level');
    const urgency = this.known('urgency level');
    for (const impactId of Object.keys(cells)) {
      const p = child(`${path}/cells`, impactId);
      if (!impact.has(impactId)) {
        this.report.error(
          'UNKNOWN_LEVEL',
          p,
          `The matrix has a row for impact ${quote(impactId)}, which is not one of the impact levels: ${listIds(impact.keys())}.`,
        );
        continue;
      }
      const row = this.report.record(own(cells, impactId), p, `The matrix row for impact ${quote(impactId)}`);
      if (!row) continue;
      for (const urgencyId of Object.keys(row)) {
        const cp = child(p, urgencyId);
        if (!urgency.has(urgencyId)) {
          this.report.error(
            'UNKNOWN_LEVEL',
            cp,
            `The matrix has a cell for urgency ${quote(urgencyId)}, which is not one of the urgency levels: ${listIds(urgency.keys())}.`,
          );
          continue;
        }
        this.ref(
          'priority',
          own(row, urgencyId),
          cp,
          `The matrix cell for impact ${quote(impactId)} and urgency ${quote(urgencyId)}`,
        );
      }
    }
    for (const impactId of impact.keys()) {
      const row = own(cells, impactId);
      for (const urgencyId of urgency.keys()) {
        if (!isRecord(row) || own(row, urgencyId) === undefined) {
          this.report.warning(
            'MATRIX_INCOMPLETE',
            child(`${path}/cells`, impactId),
            `The matrix does not say which priority impact ${quote(impactId)} with urgency ${quote(urgencyId)} gives; that cell will show as empty.`,
          );
        }
      }
    }
  }

  steps(value: unknown): void {
    const steps = this.report.list(value, '/steps', '"steps"');
    if (steps && steps.length === 0) {
      this.report.error('NO_STEPS', '/steps', 'The procedure has no steps; add at least a start step to "steps".');
    }
    const ids = this.known('step');
    const roles = this.known('role');
    const phases = this.known('phase');
    const hasRoles =
      roles.size > 0 || (Array.isArray(own(this.doc, 'roles')) && (own(this.doc, 'roles') as unknown[]).length > 0);
    const hasPhases = phases.size > 0;
    const fields = [
      'id',
      'type',
      'label',
      'role',
      'phase',
      'description',
      'sla',
      'priorities',
      'categories',
      'raci',
      'checklist',
      'links',
      'subprocess',
    ];
    steps?.forEach((item, i) => {
      const p = child('/steps', i);
      const record = this.report.record(item, p, `Step ${i + 1}`);
      if (!record) return;
      const id = this.slug(own(record, 'id'), `${p}/id`, `The id of step ${i + 1}`);
      const what = id ? `Step ${quote(id)}` : `Step ${i + 1}`;
      const lower = what.replace(/^Step/, 'step');
      this.report.fields(record, p, what, fields, ['id', 'type', 'label'], {
        type: `Use one of ${STEP_TYPES.map((t) => `"${t}"`).join(', ')}.`,
        label: 'Give the step a short plain-text label.',
      });
      if (id !== undefined) {
        if (ids.has(id)) {
          this.report.error(
            'DUPLICATE_ID',
            `${p}/id`,
            `${what} uses an id that step ${(ids.get(id) ?? 0) + 1} already has; step ids must be unique.`,
          );
        } else {
          ids.set(id, i);
        }
      }
      const type = this.report.oneOf(own(record, 'type'), `${p}/type`, `The type of ${lower}`, STEP_TYPES);
      this.report.string(own(record, 'label'), `${p}/label`, `The label of ${lower}`, { nonEmpty: true });
      const role = own(record, 'role');
      if (role === undefined) {
        if (hasRoles) {
          this.report.error(
            'MISSING_ROLE',
            `${p}/role`,
            `${what} has no "role"; every step needs an owner when the document lists roles. Add "role" with one of: ${listIds(roles.keys())}.`,
          );
        }
      } else {
        this.ref('role', role, `${p}/role`, `The role of ${lower}`);
      }
      const phase = own(record, 'phase');
      if (phase === undefined) {
        if (hasPhases) {
          this.report.warning(
            'MISSING_PHASE',
            `${p}/phase`,
            `${what} has no "phase"; it is drawn in the phase of the step before it. Add "phase" with one of: ${listIds(phases.keys())}.`,
          );
        }
      } else {
        this.ref('phase', phase, `${p}/phase`, `The phase of ${lower}`);
      }
      this.report.string(own(record, 'description'), `${p}/description`, `The description of ${lower}`);
      this.duration(own(record, 'sla'), `${p}/sla`, `The SLA of ${lower}`);
      this.refs('priority', own(record, 'priorities'), `${p}/priorities`, `The priorities of ${lower}`);
      this.refs('category', own(record, 'categories'), `${p}/categories`, `The categories of ${lower}`);
      this.raci(own(record, 'raci'), `${p}/raci`, lower);
      this.report.strings(own(record, 'checklist'), `${p}/checklist`, `The checklist of ${lower}`);
      this.links(own(record, 'links'), `${p}/links`, lower);
      const sub = own(record, 'subprocess');
      if (sub !== undefined) {
        this.slug(sub, `${p}/subprocess`, `The subprocess of ${lower}`);
        if (type && type !== 'subprocess') {
          this.report.warning(
            'SUBPROCESS_IGNORED',
            `${p}/subprocess`,
            `${what} names a subprocess but its type is "${type}"; set "type": "subprocess" or remove "subprocess".`,
          );
        }
      } else if (type === 'subprocess') {
        this.report.warning(
          'SUBPROCESS_MISSING',
          p,
          `${what} is a subprocess but does not say which procedure it opens; add "subprocess" with that procedure's id.`,
        );
      }
    });
  }

  raci(value: unknown, path: string, step: string): void {
    if (value === undefined) return;
    const raci = this.report.record(value, path, `The RACI of ${step}`);
    if (!raci) return;
    this.report.fields(raci, path, `The RACI of ${step}`, ['responsible', 'accountable', 'consulted', 'informed'], []);
    this.report.string(own(raci, 'responsible'), `${path}/responsible`, `Who is responsible for ${step}`, {
      nonEmpty: true,
    });
    this.report.string(own(raci, 'accountable'), `${path}/accountable`, `Who is accountable for ${step}`, {
      nonEmpty: true,
    });
    this.report.strings(own(raci, 'consulted'), `${path}/consulted`, `Those consulted on ${step}`);
    this.report.strings(own(raci, 'informed'), `${path}/informed`, `Those informed of ${step}`);
  }

  links(value: unknown, path: string, step: string): void {
    const links = this.report.list(value, path, `The links of ${step}`);
    links?.forEach((item, i) => {
      const p = child(path, i);
      const link = this.report.record(item, p, `Link ${i + 1} of ${step}`);
      if (!link) return;
      this.report.fields(link, p, `Link ${i + 1} of ${step}`, ['label', 'href'], ['label', 'href']);
      this.report.string(own(link, 'label'), `${p}/label`, `The label of link ${i + 1} of ${step}`, { nonEmpty: true });
      const href = this.report.string(own(link, 'href'), `${p}/href`, `The address of link ${i + 1} of ${step}`, {
        nonEmpty: true,
      });
      if (href !== undefined && !isSafeHref(href)) {
        this.report.warning(
          'UNSAFE_LINK',
          `${p}/href`,
          `The address of link ${i + 1} of ${step} is ${quote(href)}; only https:, http: and mailto: links are opened, so it is shown as text.`,
        );
      }
    });
  }

  flows(value: unknown): void {
    const flows = this.report.list(value, '/flows', '"flows"');
    const flowIds = new Map<string, number>();
    const outgoing = new Map<string, number>();
    const adjacency = new Map<string, string[]>();
    flows?.forEach((item, i) => {
      const p = child('/flows', i);
      const record = this.report.record(item, p, `Flow ${i + 1}`);
      if (!record) return;
      this.report.fields(record, p, `Flow ${i + 1}`, ['id', 'from', 'to', 'label', 'kind', 'when'], ['from', 'to']);
      const idValue = own(record, 'id');
      if (idValue !== undefined) {
        const id = this.slug(idValue, `${p}/id`, `The id of flow ${i + 1}`);
        if (id !== undefined) {
          if (flowIds.has(id)) {
            this.report.error(
              'DUPLICATE_ID',
              `${p}/id`,
              `Flow ${i + 1} uses the id ${quote(id)}, which flow ${(flowIds.get(id) ?? 0) + 1} already has; flow ids must be unique.`,
            );
          } else {
            flowIds.set(id, i);
          }
        }
      }
      const from = this.ref('step', own(record, 'from'), `${p}/from`, `The start of flow ${i + 1}`);
      const to = this.ref('step', own(record, 'to'), `${p}/to`, `The end of flow ${i + 1}`);
      this.report.string(own(record, 'label'), `${p}/label`, `The label of flow ${i + 1}`);
      this.report.oneOf(own(record, 'kind'), `${p}/kind`, `The kind of flow ${i + 1}`, FLOW_KINDS);
      const whenValue = own(record, 'when');
      if (whenValue !== undefined) {
        const when = this.report.record(whenValue, `${p}/when`, `The condition ("when") of flow ${i + 1}`);
        if (when) {
          this.report.fields(when, `${p}/when`, `The condition of flow ${i + 1}`, ['priorities', 'categories'], []);
          this.refs(
            'priority',
            own(when, 'priorities'),
            `${p}/when/priorities`,
            `The priorities in flow ${i + 1}'s condition`,
          );
          this.refs(
            'category',
            own(when, 'categories'),
            `${p}/when/categories`,
            `The categories in flow ${i + 1}'s condition`,
          );
        }
      }
      if (from !== undefined && to !== undefined) {
        outgoing.set(from, (outgoing.get(from) ?? 0) + 1);
        const list = adjacency.get(from);
        if (list) list.push(to);
        else adjacency.set(from, [to]);
      }
    });
    this.graph(outgoing, adjacency);
  }

  /** Checks that need the whole graph: a start, reachability, decision branches, end steps. */
  graph(outgoing: Map<string, number>, adjacency: Map<string, string[]>): void {
    const steps = own(this.doc, 'steps');
    if (!Array.isArray(steps) || steps.length === 0) return;
    const typeOf = new Map<string, string>();
    const indexOf = this.known('step');
    for (const [id, i] of indexOf) {
      const s = steps[i];
      if (isRecord(s) && typeof own(s, 'type') === 'string') typeOf.set(id, own(s, 'type') as string);
    }
    const starts = [...typeOf].filter(([, t]) => t === 'start').map(([id]) => id);
    if (starts.length === 0) {
      this.report.error(
        'NO_START',
        '/steps',
        'The procedure has no start step; give the step where an incident enters the procedure "type": "start".',
      );
      return;
    }
    const reached = new Set<string>(starts);
    const queue = [...starts];
    for (let q = 0; q < queue.length; q++) {
      for (const next of adjacency.get(queue[q] ?? '') ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    for (const [id, i] of indexOf) {
      if (!reached.has(id)) {
        this.report.warning(
          'UNREACHABLE',
          `/steps/${i}`,
          `Step ${quote(id)} cannot be reached from a start step; add a flow that leads to it or remove it.`,
        );
      }
      const type = typeOf.get(id);
      const out = outgoing.get(id) ?? 0;
      if (type === 'decision' && out < 2) {
        this.report.warning(
          'DECISION_BRANCHES',
          `/steps/${i}`,
          `Decision ${quote(id)} has ${out} outgoing flow${out === 1 ? '' : 's'}; a decision needs at least two, one per answer.`,
        );
      }
      if (type === 'end' && out > 0) {
        this.report.warning(
          'END_HAS_OUTGOING',
          `/steps/${i}`,
          `End step ${quote(id)} has outgoing flows; an end step finishes the procedure. Use a task instead, or remove those flows.`,
        );
      }
    }
  }

  escalation(value: unknown): void {
    if (value === undefined) return;
    const esc = this.report.record(value, '/escalation', '"escalation"');
    if (!esc) return;
    this.report.fields(esc, '/escalation', '"escalation"', ['policies'], ['policies']);
    const policies = this.report.list(own(esc, 'policies'), '/escalation/policies', 'The escalation policies');
    const seen = new Map<string, number>();
    policies?.forEach((item, i) => {
      const p = child('/escalation/policies', i);
      const policy = this.report.record(item, p, `Escalation policy ${i + 1}`);
      if (!policy) return;
      const what = `escalation policy ${i + 1}`;
      this.report.fields(
        policy,
        p,
        `Escalation policy ${i + 1}`,
        ['priority', 'steps', 'repeat'],
        ['priority', 'steps'],
      );
      const priority = this.ref('priority', own(policy, 'priority'), `${p}/priority`, `The priority of ${what}`);
      if (priority !== undefined) {
        if (seen.has(priority)) {
          this.report.warning(
            'DUPLICATE_POLICY',
            `${p}/priority`,
            `Priority ${quote(priority)} already has escalation policy ${(seen.get(priority) ?? 0) + 1}; only the first is used.`,
          );
        } else {
          seen.set(priority, i);
        }
      }
      const repeat = own(policy, 'repeat');
      if (repeat !== undefined && !(typeof repeat === 'number' && Number.isInteger(repeat) && repeat >= 0)) {
        this.report.error(
          'BAD_NUMBER',
          `${p}/repeat`,
          `The repeat count of ${what} is ${describeType(repeat)}; expected a whole number, 0 or more.`,
        );
      }
      const steps = this.report.list(own(policy, 'steps'), `${p}/steps`, `The steps of ${what}`);
      steps?.forEach((s, j) => {
        const sp = child(p, 'steps', j);
        const sw = `step ${j + 1} of ${what}`;
        const step = this.report.record(s, sp, `Step ${j + 1} of ${what}`);
        if (!step) return;
        this.report.fields(
          step,
          sp,
          `Step ${j + 1} of ${what}`,
          ['after', 'role', 'channels', 'condition', 'note'],
          ['after', 'role'],
        );
        this.duration(own(step, 'after'), `${sp}/after`, `The delay ("after") of ${sw}`);
        this.ref('role', own(step, 'role'), `${sp}/role`, `The role of ${sw}`);
        const channels = this.report.list(own(step, 'channels'), `${sp}/channels`, `The channels of ${sw}`);
        channels?.forEach((c, k) => this.report.oneOf(c, `${sp}/channels/${k}`, `Channel ${k + 1} of ${sw}`, CHANNELS));
        this.report.oneOf(own(step, 'condition'), `${sp}/condition`, `The condition of ${sw}`, CONDITIONS);
        this.report.string(own(step, 'note'), `${sp}/note`, `The note of ${sw}`);
      });
    });
  }
}

/**
 * Validates an SOP document: the schema's checks plus the ones a schema cannot express (references resolve,
 * ids are unique, there is a start, every step is reachable, decisions branch, durations and dates parse).
 * Never throws; linear in the size of the document.
 */
export function validateSop(value: unknown): Diagnostic[] {
  if (!isRecord(value)) {
    const report = new Report('SOP');
    report.error(
      'NOT_OBJECT',
      '',
      `The document is ${describeType(value)}; expected a JSON object starting with { "format": "sop/v1", … }.`,
    );
    return report.diagnostics;
  }
  return new SopValidator(value).run();
}
