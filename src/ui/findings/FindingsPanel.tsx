import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { setProfile } from '../../core/commands/validation-settings.ts';
import {
  groupFindings,
  PRINCIPLES,
  profiles,
  ruleById,
  STEPS,
  summaryText,
  type Finding,
  type ValidationReport,
} from '../../core/validation/index.ts';
import { SelectField } from '../inspector/fields.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { applyFilters, isFiltered, NO_FILTERS, PRINCIPLE_LABEL, STEP_LABEL, type Filters } from './filters.ts';
import { FindingItem } from './FindingItem.tsx';
import { countOf, SeverityIcon } from './SeverityIcon.tsx';
import { canShow } from './show.ts';
import { subjectIndex } from './subjects.ts';
import { SuppressedList } from './SuppressedList.tsx';
import './findings.css';

/** Findings shown per principle before "Show all": a 10,000-element model can have thousands. */
const PAGE = 30;

// The filters outlive the panel, so switching to the inspector and back keeps what the user chose.
let remembered: Filters = NO_FILTERS;

/** The findings panel: the live findings of the open model, grouped by severity and GoM principle, filterable, with fixes and suppressions. */
export default function FindingsPanel() {
  const report = useWb((s) => s.validation?.report);
  if (!report) return <p className="panel-loading">Checking the model…</p>;
  return <Findings report={report} />;
}

function Findings({ report }: { report: ValidationReport }) {
  const wb = useActions();
  const doc = useDocument();
  const readOnly = useWb((s) => s.readOnly);
  const selection = useWb((s) => s.selection.elements);
  const [filters, setFiltersState] = useState(remembered);
  const setFilters = (next: Filters) => setFiltersState((remembered = next));
  const subjects = useMemo(() => subjectIndex(doc), [doc]);
  const ruleTitle = useCallback(
    (rule: string) => ruleById(rule)?.title ?? doc.validation.rules.find((r) => `user.${r.id}` === rule)?.title ?? rule,
    [doc.validation.rules],
  );
  const selected = useMemo(() => new Set(selection), [selection]);
  const shown = useMemo(
    () => applyFilters(report.findings, filters, { subjects, ruleTitle, selected }),
    [report, filters, subjects, ruleTitle, selected],
  );
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const { summary } = report;
  const profileId = useId();

  return (
    <div className="findings">
      <div className="findings__head">
        <label htmlFor={profileId}>Profile</label>
        <select
          id={profileId}
          value={report.profile.id}
          disabled={readOnly}
          title={report.profile.description}
          onChange={(e) => wb.perform(setProfile(e.target.value, profiles.find((p) => p.id === e.target.value)?.name))}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button
          onClick={() => wb.openDialog('rules')}
          title="Add rules of this model's own, or change how strict a built-in rule is"
        >
          Rules…
        </button>
        <p className="findings__profile-hint" title={report.profile.description}>
          {report.profile.description}
        </p>
      </div>
      <FilterBar
        filters={filters}
        onChange={setFilters}
        counts={summary}
        selectionSize={selection.length}
        nothingShown={groups.length === 0}
      />
      <p className="visually-hidden" role="status">
        {summaryText(summary)}
      </p>
      <div className="findings__list">
        {summary.total === 0 ? (
          <Clean profile={report.profile.name} publication={report.profile.id === 'publication'} />
        ) : groups.length === 0 ? (
          <div className="findings__empty">
            <p>No finding matches these filters.</p>
            <button onClick={() => setFilters(NO_FILTERS)}>Clear filters</button>
          </div>
        ) : (
          groups.map((g) => (
            <section
              key={g.severity}
              className={`findings__group findings__group--${g.severity}`}
              aria-label={countOf(g.severity, g.count)}
            >
              <h3>
                <SeverityIcon severity={g.severity} size={15} />
                {GROUP_TITLE[g.severity]} <span className="findings__count">{g.count}</span>
              </h3>
              {g.principles.map((p) => (
                <PrincipleGroup
                  key={p.principle}
                  label={p.label}
                  description={PRINCIPLES.find((x) => x.id === p.principle)!.description}
                  findings={p.findings}
                >
                  {(f) => (
                    <FindingItem
                      key={keyOf(f)}
                      finding={f}
                      subjects={subjects}
                      ruleTitle={ruleTitle(f.rule)}
                      principleLabel={`Principle: ${p.label}`}
                      stepLabel={`Method step ${STEP_LABEL[f.step]}`}
                      showable={canShow(f, doc)}
                      readOnly={readOnly}
                    />
                  )}
                </PrincipleGroup>
              ))}
            </section>
          ))
        )}
        {report.suppressed.length ? (
          <SuppressedList
            suppressed={report.suppressed}
            suppressions={doc.validation.suppressions}
            subjects={subjects}
            ruleTitle={ruleTitle}
            readOnly={readOnly}
          />
        ) : null}
      </div>
    </div>
  );
}

function PrincipleGroup({
  label,
  description,
  findings,
  children,
}: {
  label: string;
  description: string;
  findings: Finding[];
  children: (f: Finding) => ReactNode;
}) {
  const [all, setAll] = useState(false);
  const visible = all ? findings : findings.slice(0, PAGE);
  return (
    <div className="findings__principle">
      <h4 title={description}>
        {label} <span className="findings__count">{findings.length}</span>
      </h4>
      <ul>{visible.map(children)}</ul>
      {visible.length < findings.length ? (
        <button className="findings__more" onClick={() => setAll(true)}>
          Show all {findings.length}
        </button>
      ) : null}
    </div>
  );
}

/** A key that stays with a finding while others come and go, so an open suppress form keeps its text. */
const keyOf = (f: Finding) =>
  `${f.rule}|${[...f.elements, ...f.relations, ...(f.subjects ?? [])].join(',')}|${f.message}`;

const GROUP_TITLE = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

/** Severity toggles that double as the summary, a text filter, and on demand filters by principle, method step and selection. */
function FilterBar({
  filters,
  onChange,
  counts,
  selectionSize,
  nothingShown,
}: {
  filters: Filters;
  onChange: (f: Filters) => void;
  counts: ValidationReport['summary'];
  selectionSize: number;
  nothingShown: boolean;
}) {
  const narrowed = [filters.principle, filters.step, filters.selectionOnly].filter(Boolean).length;
  const [more, setMore] = useState(narrowed > 0);
  const moreId = useId();
  const toggle = (s: Filters['severities'][number]) =>
    onChange({
      ...filters,
      severities: filters.severities.includes(s)
        ? filters.severities.filter((x) => x !== s)
        : [...filters.severities, s],
    });
  return (
    <div className="findings__filters" role="group" aria-label="Filter findings">
      <div className="findings__severities">
        {(['error', 'warning', 'info'] as const).map((s) => (
          <button
            key={s}
            className={`severity-toggle severity-toggle--${s}`}
            aria-pressed={filters.severities.includes(s)}
            onClick={() => toggle(s)}
            title={`${filters.severities.includes(s) ? 'Hide' : 'Show'} ${countOf(s, counts[s]).replace(/^\d+ /, '')}`}
          >
            <SeverityIcon severity={s} />
            {countOf(s, counts[s])}
          </button>
        ))}
      </div>
      <div className="findings__search">
        <input
          type="search"
          placeholder="Filter by text or name…"
          aria-label="Filter findings by text"
          value={filters.text}
          onChange={(e) => onChange({ ...filters, text: e.target.value })}
        />
        <button
          aria-expanded={more}
          aria-controls={moreId}
          onClick={() => setMore(!more)}
          title="Filter by GoM principle, method step or the selection"
        >
          More{narrowed ? ` (${narrowed})` : ''} {more ? '▴' : '▾'}
        </button>
      </div>
      {more ? (
        <div id={moreId} className="findings__more-filters">
          <div className="field-row">
            <SelectField
              label="Principle"
              value={filters.principle}
              options={[
                { value: '' as const, label: 'All principles' },
                ...PRINCIPLES.map((p) => ({ value: p.id, label: PRINCIPLE_LABEL[p.id] })),
              ]}
              onChange={(principle) => onChange({ ...filters, principle })}
            />
            <SelectField
              label="Method step"
              value={filters.step}
              options={[
                { value: '' as const, label: 'All steps' },
                ...STEPS.map((s) => ({ value: s, label: STEP_LABEL[s] })),
              ]}
              onChange={(step) => onChange({ ...filters, step })}
            />
          </div>
          <label
            className="findings__selection"
            title={selectionSize ? undefined : 'Select elements on the canvas to see only their findings'}
          >
            <input
              type="checkbox"
              checked={filters.selectionOnly}
              disabled={!selectionSize && !filters.selectionOnly}
              onChange={(e) => onChange({ ...filters, selectionOnly: e.target.checked })}
            />
            Only the selected elements{selectionSize ? ` (${selectionSize})` : ''}
          </label>
        </div>
      ) : null}
      {isFiltered(filters) && !nothingShown ? (
        <button className="findings__clear link-button" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

/** The empty state: says what passed, and what to do next. */
function Clean({ profile, publication }: { profile: string; publication: boolean }) {
  return (
    <div className="findings__empty">
      <p>
        <strong>No findings.</strong> The model passes every rule of the {profile} profile.
      </p>
      <p className="muted">
        {publication
          ? 'It is ready to publish or to hand to a client.'
          : 'Before you publish it or hand it to a client, switch to the Publication profile: it is stricter.'}
      </p>
    </div>
  );
}
