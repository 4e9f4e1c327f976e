import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { setProfile } from '../../core/commands/validation-settings.ts';
import {
  groupFindings,
  PRINCIPLES,
  profiles,
  profileWords,
  ruleById,
  STEPS,
  type Finding,
  type ValidationReport,
} from '../../core/validation/index.ts';
import { SelectField } from '../inspector/fields.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import {
  applyFilters,
  isFiltered,
  NO_FILTERS,
  principleHint,
  principleLabel,
  stepLabel,
  type Filters,
} from './filters.ts';
import { FindingItem } from './FindingItem.tsx';
import { countOf, SeverityIcon } from './SeverityIcon.tsx';
import { canShow } from './show.ts';
import { subjectIndex } from './subjects.ts';
import { SuppressedList } from './SuppressedList.tsx';
import './findings.css';
import { useLanguage, useMessages } from '../i18n/messages.ts';
import { findingMessage, ruleWords } from '../../core/i18n/say.ts';

/** Findings shown per principle before "Show all": a 10,000-element model can have thousands. */
const PAGE = 30;

// The filters outlive the panel, so switching to the inspector and back keeps what the user chose.
let remembered: Filters = NO_FILTERS;

/** The findings panel: the live findings of the open model, grouped by severity and GoM principle, filterable, with fixes and suppressions. */
export default function FindingsPanel() {
  const m = useMessages().findings;
  const report = useWb((s) => s.validation?.report);
  const unavailable = useWb((s) => s.validationUnavailable);
  if (report) return <Findings report={report} />;
  return unavailable ? (
    <p className="panel-loading" role="alert">
      {m.checksUnavailable}
    </p>
  ) : (
    <p className="panel-loading">{m.checking}</p>
  );
}

function Findings({ report }: { report: ValidationReport }) {
  const wb = useActions();
  const m = useMessages().findings;
  const language = useLanguage();
  const doc = useDocument();
  const readOnly = useWb((s) => s.readOnly);
  const selection = useWb((s) => s.selection.elements);
  const [filters, setFiltersState] = useState(remembered);
  const setFilters = (next: Filters) => setFiltersState((remembered = next));
  const subjects = useMemo(() => subjectIndex(doc), [doc]);
  const ruleTitle = useCallback(
    (rule: string) => {
      const builtIn = ruleById(rule);
      return builtIn
        ? ruleWords(builtIn, language).title
        : (doc.validation.rules.find((r) => `user.${r.id}` === rule)?.title ?? rule);
    },
    [doc.validation.rules, language],
  );
  const metamodel = useWb((s) => s.metamodel);
  const selected = useMemo(() => new Set(selection), [selection]);
  const shown = useMemo(
    () =>
      applyFilters(report.findings, filters, {
        subjects,
        ruleTitle,
        // Text matches the message as the reader sees it; the language's switch rebuilds the metamodel.
        message: (f) => findingMessage(f, metamodel),
        selected,
      }),
    [report, filters, subjects, ruleTitle, metamodel, selected],
  );
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const { summary } = report;
  const profileId = useId();
  const profile = profileWords(report.profile);

  return (
    <div className="findings">
      <div className="findings__head">
        <label htmlFor={profileId}>{m.profile}</label>
        <select
          id={profileId}
          value={report.profile.id}
          disabled={readOnly}
          title={profile.description}
          onChange={(e) => {
            const chosen = profiles.find((p) => p.id === e.target.value);
            wb.perform(setProfile(e.target.value, chosen && profileWords(chosen).name));
          }}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileWords(p).name}
            </option>
          ))}
        </select>
        <button onClick={() => wb.openDialog('rules')} title={m.rulesHint}>
          {m.rulesButton}
        </button>
        <p className="findings__profile-hint" title={profile.description}>
          {profile.description}
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
        {m.summary(summary.error, summary.warning, summary.info)}
      </p>
      <div className="findings__list">
        {summary.total === 0 ? (
          <Clean profile={profile.name} publication={report.profile.id === 'publication'} />
        ) : groups.length === 0 ? (
          <div className="findings__empty">
            <p>{m.noMatch}</p>
            <button onClick={() => setFilters(NO_FILTERS)}>{m.clearFilters}</button>
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
                {m.group[g.severity]} <span className="findings__count">{g.count}</span>
              </h3>
              {g.principles.map((p) => (
                <PrincipleGroup
                  key={p.principle}
                  label={principleLabel(p.principle)}
                  description={principleHint(p.principle)}
                  findings={p.findings}
                >
                  {(f) => (
                    <FindingItem
                      key={keyOf(f)}
                      finding={f}
                      subjects={subjects}
                      ruleTitle={ruleTitle(f.rule)}
                      principleLabel={m.principleOf(principleLabel(p.principle))}
                      stepLabel={m.methodStepOf(stepLabel(f.step))}
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
  const m = useMessages().findings;
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
          {m.showAll(findings.length)}
        </button>
      ) : null}
    </div>
  );
}

/** A key that stays with a finding while others come and go, so an open suppress form keeps its text. */
const keyOf = (f: Finding) =>
  `${f.rule}|${[...f.elements, ...f.relations, ...(f.subjects ?? [])].join(',')}|${f.message}`;

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
  const m = useMessages().findings;
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
    <div className="findings__filters" role="group" aria-label={m.filterFindings}>
      <div className="findings__severities">
        {(['error', 'warning', 'info'] as const).map((s) => (
          <button
            key={s}
            className={`severity-toggle severity-toggle--${s}`}
            aria-pressed={filters.severities.includes(s)}
            onClick={() => toggle(s)}
            title={filters.severities.includes(s) ? m.hideSeverity(s) : m.showSeverity(s)}
          >
            <SeverityIcon severity={s} />
            {countOf(s, counts[s])}
          </button>
        ))}
      </div>
      <div className="findings__search">
        <input
          type="search"
          placeholder={m.filterPlaceholder}
          aria-label={m.filterByText}
          value={filters.text}
          onChange={(e) => onChange({ ...filters, text: e.target.value })}
        />
        <button aria-expanded={more} aria-controls={moreId} onClick={() => setMore(!more)} title={m.moreHint}>
          {m.more}
          {narrowed ? ` (${narrowed})` : ''} {more ? '▴' : '▾'}
        </button>
      </div>
      {more ? (
        <div id={moreId} className="findings__more-filters">
          <div className="field-row">
            <SelectField
              label={m.principle}
              value={filters.principle}
              options={[
                { value: '' as const, label: m.allPrinciples },
                ...PRINCIPLES.map((p) => ({ value: p.id, label: principleLabel(p.id) })),
              ]}
              onChange={(principle) => onChange({ ...filters, principle })}
            />
            <SelectField
              label={m.methodStep}
              value={filters.step}
              options={[
                { value: '' as const, label: m.allSteps },
                ...STEPS.map((s) => ({ value: s, label: stepLabel(s) })),
              ]}
              onChange={(step) => onChange({ ...filters, step })}
            />
          </div>
          <label className="findings__selection" title={selectionSize ? undefined : m.selectionHint}>
            <input
              type="checkbox"
              checked={filters.selectionOnly}
              disabled={!selectionSize && !filters.selectionOnly}
              onChange={(e) => onChange({ ...filters, selectionOnly: e.target.checked })}
            />
            {m.onlySelected}
            {selectionSize ? ` (${selectionSize})` : ''}
          </label>
        </div>
      ) : null}
      {isFiltered(filters) && !nothingShown ? (
        <button className="findings__clear link-button" onClick={() => onChange(NO_FILTERS)}>
          {m.clearFilters}
        </button>
      ) : null}
    </div>
  );
}

/** The empty state: says what passed, and what to do next. */
function Clean({ profile, publication }: { profile: string; publication: boolean }) {
  const m = useMessages().findings;
  return (
    <div className="findings__empty">
      <p>
        <strong>{m.noFindings}</strong> {m.passesProfile(profile)}
      </p>
      <p className="muted">{publication ? m.readyToPublish : m.switchToPublication}</p>
    </div>
  );
}
