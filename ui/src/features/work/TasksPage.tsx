import { useEffect, useId, useState, type FormEvent } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { Button } from '@utrecht/button-react';
import { asApiError, type ApiError } from '../../api/client';
import { useLoad } from '../../kit/data';
import { date, workingDaysLeft } from '../../kit/format';
import { Form, SelectField, TextArea, text, useForm } from '../../kit/forms';
import { Alert, Loading, PageTitle, Pagination, SortHeader, Table, type Sort } from '../../kit/page';
import { href, navigate } from '../../kit/routes';
import { useCan, useMe } from '../../kit/session';
import { ErrorPage } from '../../components/ErrorPage';
import { casePath, getAs, postAs, type TaskCandidates, type TaskPage, type TaskRow } from './api';
import { useWorkLabels, workflowOf } from './labels';

type Scope = 'mine' | 'team' | 'all';

/** What the inbox shows, kept for the session: back from a case, the list is as it was. */
interface Filters {
  q: string;
  benefitType: string;
  stage: string;
  overdue: boolean;
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
  size: number;
}

const DEFAULTS: Filters = { q: '', benefitType: '', stage: '', overdue: false, sort: 'deadline', dir: 'asc', page: 0, size: 10 };
/** Kept per user in this tab: who logs in next in the same tab does not inherit the search. */
const storeKey = (userName: string) => 'toeslagen.taken.' + userName;

function stored(key: string): { scope?: Scope; filters: Filters } {
  try {
    const raw = sessionStorage.getItem(key);
    if (raw) {
      const parsed = JSON.parse(raw) as { scope?: Scope; filters?: Partial<Filters> };
      return { scope: parsed.scope, filters: { ...DEFAULTS, ...parsed.filters } };
    }
  } catch {
    // a broken entry: start afresh
  }
  return { filters: DEFAULTS };
}

function scopeOf(query: URLSearchParams, fallback: Scope | undefined): Scope {
  const s = query.get('scope');
  return s === 'mine' || s === 'team' || s === 'all' ? s : (fallback ?? 'mine');
}

const SCOPES: { scope: Scope; label: string }[] = [
  { scope: 'mine', label: 'Mijn taken' },
  { scope: 'team', label: 'Taken van mijn team' },
  { scope: 'all', label: 'Alle taken' },
];

/** The number of a row's case as a person reads it. */
function caseName(row: TaskRow): string {
  return row.caseNumber ?? row.caseLabel ?? row.caseId ?? row.id;
}

/**
 * The inbox: my tasks, my team's, or (a team manager) all; sorted by any column (the legal
 * deadline first), searched by BSN or case number, filtered, paged by the server. A team manager
 * selects tasks and assigns them to a user who may take them, with a reason.
 */
export function TasksPage({ query }: { query: URLSearchParams }) {
  const can = useCan();
  const mayAssign = can('TaskResource_assign');
  const me = useMe();
  const store = storeKey(me.userName ?? '');
  const initial = stored(store);
  const scope = scopeOf(query, initial.scope);
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [search, setSearch] = useState(initial.filters.q);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const searchId = useId();

  useEffect(() => {
    sessionStorage.setItem(store, JSON.stringify({ scope, filters }));
  }, [store, scope, filters]);

  const list = useLoad(
    () =>
      getAs<TaskPage>('/api/tasks', {}, {
        scope,
        q: filters.q || undefined,
        benefitType: filters.benefitType || undefined,
        stage: filters.stage || undefined,
        overdue: filters.overdue || undefined,
        sort: filters.sort,
        dir: filters.dir,
        page: filters.page,
        size: filters.size,
      }),
    [scope, filters],
  );
  // a new page, order or filter: nothing stays selected that is no longer shown
  useEffect(() => setSelected(new Set()), [scope, filters]);

  const change = (next: Partial<Filters>) => setFilters((f) => ({ ...f, page: 0, ...next }));
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    change({ q: search.trim() });
  };
  const tabs = SCOPES.filter((s) => s.scope !== 'all' || mayAssign);
  const scopeLabel = tabs.find((t) => t.scope === scope)?.label ?? 'Taken';

  if (list.error && list.error.status !== 400) {
    return <ErrorPage status={list.error.status} detailNl={list.error.detailNl} />;
  }
  const page = list.data;
  const rows = page?.tasks ?? [];
  const assigning = scope === 'all' && mayAssign;

  return (
    <>
      <PageTitle title="Takenlijst">Takenlijst</PageTitle>
      <nav aria-label="Welke taken" className="toeslagen-tabs">
        <ul className="utrecht-button-group" role="list">
          {tabs.map((t) => (
            <li key={t.scope}>
              <a
                className={
                  'utrecht-button-link utrecht-button-link--html-a ' +
                  (t.scope === scope ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action')
                }
                href={href('/taken?scope=' + t.scope)}
                aria-current={t.scope === scope ? 'page' : undefined}
              >
                {t.label}
                {t.scope === scope && page?.counts ? ` (${page.counts.all})` : ''}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <form className="toeslagen-filters" role="search" aria-label="Taken zoeken en filteren" onSubmit={onSearch} noValidate>
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={searchId + '-q'}>
              Zoek op BSN of zaaknummer
            </label>
          </div>
          <div className="utrecht-form-field__input toeslagen-inline">
            <input
              id={searchId + '-q'}
              name="q"
              type="search"
              className={'utrecht-textbox utrecht-textbox--html-input' + (list.error ? ' utrecht-textbox--invalid' : '')}
              autoComplete="off"
              value={search}
              aria-invalid={list.error ? true : undefined}
              aria-describedby={list.error ? searchId + '-error' : undefined}
              onChange={(e) => setSearch(e.target.value)}
            />
            <Button type="submit" appearance="secondary-action-button">
              Zoeken
            </Button>
          </div>
          {list.error && (
            <div className="utrecht-form-field-error-message" id={searchId + '-error'}>
              {list.error.detailNl ?? 'Deze zoekopdracht kan niet.'}
            </div>
          )}
        </div>
        <FilterControls filters={filters} page={page} change={change} />
      </form>

      {!page ? (
        list.error ? null : <Loading />
      ) : (
        <TaskTable
          rows={rows}
          scope={scope}
          caption={`${scopeLabel}${filters.q ? ` met “${filters.q}”` : ''}`}
          sort={{ key: filters.sort, dir: filters.dir }}
          onSort={(s) => change({ sort: s.key, dir: s.dir })}
          selectable={assigning}
          selected={selected}
          setSelected={setSelected}
          onClaimed={(row) => {
            const path = casePath(workflowOf(row), row.caseId);
            if (path) navigate(path);
            else list.reload();
          }}
        />
      )}
      {page && (
        <div className="toeslagen-paging">
          <Pagination
            page={page.page ?? filters.page}
            size={page.size ?? filters.size}
            total={page.total ?? rows.length}
            noun="taken"
            onPage={(p) => setFilters((f) => ({ ...f, page: p }))}
          />
          <PageSize size={filters.size} onSize={(size) => change({ size })} />
        </div>
      )}
      {assigning && page && (
        <BulkAssign
          taskIds={[...selected]}
          names={rows.filter((r) => selected.has(r.id)).map(caseName)}
          onAssigned={() => {
            setSelected(new Set());
            list.reload();
          }}
        />
      )}
    </>
  );
}

function FilterControls({
  filters,
  page,
  change,
}: {
  filters: Filters;
  page: TaskPage | undefined;
  change: (next: Partial<Filters>) => void;
}) {
  const labels = useWorkLabels();
  const id = useId();
  const counted = (codes: { code: string; count: number }[] | undefined) => new Map((codes ?? []).map((c) => [c.code, c.count]));
  const benefitCounts = counted(page?.counts?.benefitTypes);
  const stageCounts = counted(page?.counts?.stages);
  const benefitOptions = labels.options('benefitTypes', page?.counts ? [...benefitCounts.keys()] : undefined);
  const stageOptions = labels.options('tasks', page?.counts ? [...stageCounts.keys()] : undefined);
  // a chosen filter stays choosable even when the scope has no task with it any more
  if (filters.benefitType && !benefitOptions.some((o) => o.code === filters.benefitType)) {
    benefitOptions.push(...labels.options('benefitTypes', [filters.benefitType]));
  }
  if (filters.stage && !stageOptions.some((o) => o.code === filters.stage)) {
    stageOptions.push(...labels.options('tasks', [filters.stage]));
  }
  const withCount = (label: string, n: number | undefined) => (n === undefined ? label : `${label} (${n})`);
  return (
    <div className="toeslagen-filter-row">
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id + '-bt'}>
            Toeslag
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <select
            id={id + '-bt'}
            name="benefitType"
            className="utrecht-select utrecht-select--html-select"
            value={filters.benefitType}
            onChange={(e) => change({ benefitType: e.target.value })}
          >
            <option value="">Alle toeslagen</option>
            {benefitOptions.map((o) => (
              <option key={o.code} value={o.code}>
                {withCount(o.label, benefitCounts.get(o.code))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id + '-st'}>
            Stap
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <select
            id={id + '-st'}
            name="stage"
            className="utrecht-select utrecht-select--html-select"
            value={filters.stage}
            onChange={(e) => change({ stage: e.target.value })}
          >
            <option value="">Alle stappen</option>
            {stageOptions.map((o) => (
              <option key={o.code} value={o.code}>
                {withCount(o.label, stageCounts.get(o.code))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <div className="utrecht-form-field__input">
          <input
            id={id + '-od'}
            name="overdue"
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={filters.overdue}
            onChange={(e) => change({ overdue: e.target.checked })}
          />
        </div>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id + '-od'}>
            Alleen te laat{page?.counts ? ` (${page.counts.overdue})` : ''}
          </label>
        </div>
      </div>
    </div>
  );
}

function PageSize({ size, onSize }: { size: number; onSize: (size: number) => void }) {
  const id = useId();
  return (
    <div className="utrecht-form-field toeslagen-page-size">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          Taken per pagina
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select
          id={id}
          className="utrecht-select utrecht-select--html-select"
          value={size}
          onChange={(e) => onSize(Number(e.target.value))}
        >
          {[10, 25, 50, 100].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function TaskTable({
  rows,
  scope,
  caption,
  sort,
  onSort,
  selectable,
  selected,
  setSelected,
  onClaimed,
}: {
  rows: TaskRow[];
  scope: Scope;
  caption: string;
  sort: Sort;
  onSort: (s: Sort) => void;
  selectable: boolean;
  selected: Set<string>;
  setSelected: (s: Set<string>) => void;
  onClaimed: (row: TaskRow) => void;
}) {
  const labels = useWorkLabels();
  const can = useCan();
  const mayClaim = can('TaskResource_claim');
  const [claimError, setClaimError] = useState<ApiError>();
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const claim = async (row: TaskRow) => {
    try {
      await postAs('/api/tasks/{id}/claim', { id: row.id });
      onClaimed(row);
    } catch (e) {
      setClaimError(asApiError(e));
    }
  };
  if (rows.length === 0) {
    return (
      <Paragraph id="geen-taken">
        {scope === 'mine' ? 'U hebt geen taken die aan deze keuze voldoen.' : 'Er zijn geen taken die aan deze keuze voldoen.'}
      </Paragraph>
    );
  }
  const header = (label: string, column: string) => <SortHeader label={label} column={column} sort={sort} onSort={onSort} />;
  return (
    <>
      {claimError && <Alert type="error">{claimError.detailNl ?? 'De taak kon niet worden opgepakt.'}</Alert>}
      <Table caption={caption}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {selectable && (
              <th className="utrecht-table__header-cell" scope="col">
                <input
                  type="checkbox"
                  id="alles-selecteren"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  aria-label="Alle taken op deze pagina selecteren"
                  checked={allSelected}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                />
              </th>
            )}
            {header('Zaak', 'caseNumber')}
            {header('Burger', 'citizen')}
            {header('Toeslag', 'benefitType')}
            {header('Stap', 'stage')}
            {header('Wettelijke termijn', 'deadline')}
            {header('Werkdagen over', 'daysLeft')}
            {header('Behandelaar', 'assignee')}
            <th className="utrecht-table__header-cell" scope="col">
              Actie
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body" id="taken">
          {rows.map((row) => {
            const workflow = workflowOf(row);
            const path = casePath(workflow, row.caseId);
            const name = caseName(row);
            return (
              <tr className="utrecht-table__row" key={row.id} data-task={row.id}>
                {selectable && (
                  <td className="utrecht-table__cell">
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input toeslagen-select-task"
                      aria-label={'Selecteer ' + name}
                      checked={selected.has(row.id)}
                      onChange={(e) => toggle(row.id, e.target.checked)}
                    />
                  </td>
                )}
                <td className="utrecht-table__cell toeslagen-case-cell">
                  <strong>{name}</strong>
                  {row.caseLabel && row.caseLabel !== name && <span className="toeslagen-secondary">{row.caseLabel}</span>}
                </td>
                <td className="utrecht-table__cell">{row.citizen ?? ''}</td>
                <td className="utrecht-table__cell">{labels.of(workflow, 'benefitTypes', row.benefitType)}</td>
                <td className="utrecht-table__cell">{labels.of(workflow, 'tasks', row.stage) || row.name}</td>
                <td className="utrecht-table__cell">{date(row.deadline)}</td>
                <td className={'utrecht-table__cell' + (row.daysLeft !== undefined && row.daysLeft < 0 ? ' toeslagen-overdue' : '')}>
                  {workingDaysLeft(row.daysLeft)}
                </td>
                <td className="utrecht-table__cell">{row.assignee ?? 'Niemand'}</td>
                <td className="utrecht-table__cell toeslagen-actions">
                  {path && (
                    <a className="utrecht-link" href={href(path)} aria-label={'Openen ' + name}>
                      Openen
                    </a>
                  )}
                  {scope === 'team' && mayClaim && !row.assignee && (
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-label={'Pak ' + name + ' op'}
                      onClick={() => void claim(row)}
                    >
                      Oppakken
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}

/** Assigning the selected tasks to one user (who may take them all, as the server says) with a reason. */
function BulkAssign({
  taskIds,
  names,
  onAssigned,
}: {
  taskIds: string[];
  names: string[];
  onAssigned: () => void;
}) {
  const form = useForm({ assignee: '', reason: '' });
  const key = taskIds.join(',');
  const candidates = useLoad(
    async () =>
      taskIds.length === 0
        ? ({ taskIds: [], candidates: [] } as TaskCandidates)
        : postAs<TaskCandidates>('/api/tasks/candidates', {}, { taskIds }),
    [key],
  );
  const options = (candidates.data?.candidates ?? []).map((c) => ({
    code: c.userName,
    label:
      (c.displayName && c.displayName !== c.userName ? `${c.displayName} (${c.userName})` : c.userName) +
      (c.roles && c.roles.length > 0 ? ' – ' + c.roles.map((r) => r.label).join(', ') : ''),
  }));
  return (
    <section className="toeslagen-assign" aria-labelledby="toewijzen-titel">
      <h2 className="utrecht-heading-2" id="toewijzen-titel">
        Toewijzen
      </h2>
      <Form
        form={form}
        title="Geselecteerde taken toewijzen"
        submitLabel="Toewijzen"
        fields={['taskIds', 'assignee', 'reason']}
        action={async (v) => {
          const assignee = text(v.assignee);
          await postAs('/api/tasks/assignments', {}, { taskIds, assignee, reason: text(v.reason) });
          form.reset();
          const n = taskIds.length;
          onAssigned();
          return `${n} ${n === 1 ? 'taak' : 'taken'} toegewezen aan ${assignee ?? ''}.`;
        }}
      >
        <div
          className={'utrecht-form-field' + (form.errors['taskIds'] ? ' utrecht-form-field--invalid' : '')}
          id={form.fieldId('taskIds')}
          tabIndex={-1}
        >
          {form.errors['taskIds'] && (
            <div className="utrecht-form-field-error-message">
              <span className="toeslagen-visually-hidden">Fout: </span>
              {form.errors['taskIds']}
            </div>
          )}
          <Paragraph id="selectie">
            {taskIds.length === 0
              ? 'Selecteer in de lijst de taken die u wilt toewijzen.'
              : `${taskIds.length} ${taskIds.length === 1 ? 'taak' : 'taken'} geselecteerd: ${names.join(', ')}.`}
          </Paragraph>
        </div>
        {candidates.error && <Alert type="warning">{candidates.error.detailNl ?? 'De lijst van medewerkers kon niet worden geladen.'}</Alert>}
        <SelectField
          form={form}
          name="assignee"
          label="Medewerker"
          description={
            taskIds.length === 0
              ? 'U ziet de medewerkers die de geselecteerde taken mogen oppakken.'
              : `${options.length} ${options.length === 1 ? 'medewerker mag' : 'medewerkers mogen'} deze taken oppakken.`
          }
          options={options}
          placeholder="Kies een medewerker"
        />
        <TextArea form={form} name="reason" label="Reden van toewijzing" description="Komt in de audittrail van elke taak." rows={3} />
      </Form>
    </section>
  );
}
