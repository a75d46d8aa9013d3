import { useState } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { get, post, type GetAnswer, type PostBody, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { date, dateTime } from '../../kit/format';
import { Form, TextField, text, useForm } from '../../kit/forms';
import { Alert, Loaded, PageTitle, Table } from '../../kit/page';
import { href } from '../../kit/routes';
import { useCan, useVocabulary } from '../../kit/session';
import { useFraudLabels } from './labels';

type WorkItem = Schemas['WorkItem'];
type Stuck = GetAnswer<'/api/signals/stuck'>;

/**
 * #/signalen: the supervision work list (filters: phase, waiting for approval, waiting for me),
 * the search by case number and/or BSN, the stuck signals for the team manager and the
 * inspectorate, and the retention run for the administrator — each only for the roles the server
 * lets call it (GET /api/me actions).
 */
export function SignalListPage() {
  const can = useCan();
  return (
    <>
      <PageTitle title="Intensief toezicht">Intensief toezicht: signalen</PageTitle>
      {can('SignalResource_register') && (
        <Paragraph>
          <a className="utrecht-link" href={href('/signalen/nieuw')} id="nieuw-signaal">
            Nieuw signaal registreren
          </a>
        </Paragraph>
      )}
      {can('SignalResource_search') && <Search />}
      {can('SignalResource_workList') && <WorkList />}
      {can('SignalResource_stuck') && <StuckSignals />}
      {can('SignalResource_retentionRun') && <RetentionRun />}
      {!can('SignalResource_workList') && !can('SignalResource_stuck') && !can('SignalResource_retentionRun') && (
        <Alert type="info">U hebt geen taken in het intensief toezicht.</Alert>
      )}
    </>
  );
}

function Search() {
  const form = useForm({ caseNumber: '', bsn: '' });
  const [found, setFound] = useState<WorkItem[]>();
  return (
    <section aria-labelledby="zoeken-titel">
      <Heading level={2} id="zoeken-titel">
        Signaal zoeken
      </Heading>
      <Form
        form={form}
        title="Signaal zoeken"
        fields={['caseNumber', 'bsn']}
        submitLabel="Zoeken"
        action={async (v) => {
          const body: PostBody<'/api/signals/search'> = { caseNumber: text(v.caseNumber), bsn: text(v.bsn) };
          const answer = await post('/api/signals/search', {}, body);
          setFound(answer);
          return answer.length === 1 ? '1 signaal gevonden.' : `${answer.length} signalen gevonden.`;
        }}
      >
        <TextField form={form} name="caseNumber" label="Zaaknummer" description="Bijvoorbeeld TZ-2026-000123." width="short" />
        <TextField
          form={form}
          name="bsn"
          label="BSN van de burger"
          description="Alleen open signalen. Elke zoekopdracht op BSN wordt vastgelegd in de audittrail."
          inputMode="numeric"
          width="short"
        />
      </Form>
      {found && <SignalTable caption="Zoekresultaat" id="zoekresultaat" rows={found} />}
    </section>
  );
}

function WorkList() {
  const vocabulary = useVocabulary();
  const [phase, setPhase] = useState('');
  const [waitingForApproval, setWaitingForApproval] = useState(false);
  const [waitingForMe, setWaitingForMe] = useState(false);
  const list = useLoad(
    () => get('/api/signals/work-list', {}, { phase, waitingForApproval, waitingForMe }),
    [phase, waitingForApproval, waitingForMe],
  );
  const phases = vocabulary('fraud-review', 'phases').filter((p) => p.code !== 'AFGESLOTEN');
  return (
    <section aria-labelledby="werklijst-titel">
      <Heading level={2} id="werklijst-titel">
        Werklijst: open signalen
      </Heading>
      <div className="toeslagen-filters" role="group" aria-label="Filters van de werklijst">
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="filter-fase">
              Fase
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <select
              id="filter-fase"
              className="utrecht-select utrecht-select--html-select"
              value={phase}
              onChange={(e) => setPhase(e.target.value)}
            >
              <option value="">Alle fasen</option>
              {phases.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.label.charAt(0).toUpperCase() + p.label.slice(1)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <FilterBox id="filter-goedkeuring" label="Alleen wachtend op goedkeuring" checked={waitingForApproval} onChange={setWaitingForApproval} />
        <FilterBox id="filter-mij" label="Alleen wachtend op mij" checked={waitingForMe} onChange={setWaitingForMe} />
      </div>
      <Loaded data={list.data} error={list.error}>
        {(rows) =>
          rows.length === 0 ? (
            <Paragraph>Er zijn geen open signalen die hieraan voldoen.</Paragraph>
          ) : (
            <SignalTable caption={`Werklijst (${rows.length}), oudste eerst`} id="werklijst" rows={rows} />
          )
        }
      </Loaded>
    </section>
  );
}

function FilterBox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

/** Rows of the work list or the search: case number (link), masked BSN, labels, status, deadline. */
function SignalTable({ caption, id, rows }: { caption: string; id: string; rows: WorkItem[] }) {
  const { label, role } = useFraudLabels();
  return (
    <div id={id}>
      <Table caption={caption}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Zaaknummer', 'Burger (BSN)', 'Toeslag', 'Bron', 'Fase', 'Prioriteit', 'Status', 'Termijn'].map((h) => (
              <th key={h} className="utrecht-table__header-cell" scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <td className="utrecht-table__cell">
                <a className="utrecht-link" href={href('/signalen/' + r.id)}>
                  {r.caseNumber}
                </a>
              </td>
              <td className="utrecht-table__cell">{r.bsnMasked}</td>
              <td className="utrecht-table__cell">{label('benefitTypes', r.benefitType)}</td>
              <td className="utrecht-table__cell">{label('signalSources', r.source)}</td>
              <td className="utrecht-table__cell">{label('phases', r.phase)}</td>
              <td className="utrecht-table__cell">{r.priority ? label('priorities', r.priority) : '–'}</td>
              <td className="utrecht-table__cell">
                {[
                  r.waitingForApproval ? `Wacht op goedkeuring (${role(r.requiredApproverRole)})` : '',
                  r.returnedForRevision ? 'Teruggestuurd naar de opsteller' : '',
                  r.waitingForMe ? 'Wacht op u' : '',
                ]
                  .filter(Boolean)
                  .join('; ') || 'In behandeling'}
              </td>
              <td className="utrecht-table__cell">
                {r.respondBy ? `Zienswijze uiterlijk ${date(r.respondBy)}` : `${r.ageDays ?? 0} kalenderdagen open`}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function StuckSignals() {
  const stuck = useLoad(() => get('/api/signals/stuck'), []);
  const { label, role } = useFraudLabels();
  return (
    <section aria-labelledby="vastgelopen-titel">
      <Heading level={2} id="vastgelopen-titel">
        Vastgelopen signalen
      </Heading>
      <Loaded data={stuck.data} error={stuck.error}>
        {(rows: Stuck) =>
          rows.length === 0 ? (
            <Paragraph>Er zijn geen vastgelopen signalen.</Paragraph>
          ) : (
            <div id="vastgelopen">
              <Table caption={`Vastgelopen signalen (${rows.length})`}>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {['Zaaknummer', 'Burger (BSN)', 'Fase', 'Opgesteld door', 'Goedkeuring door', 'Wie mag goedkeuren', 'Waarom vastgelopen'].map((h) => (
                      <th key={h} className="utrecht-table__header-cell" scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {rows.map((r) => (
                    <tr className="utrecht-table__row" key={r.id}>
                      <td className="utrecht-table__cell">
                        <a className="utrecht-link" href={href('/signalen/' + r.id)}>
                          {r.caseNumber}
                        </a>
                      </td>
                      <td className="utrecht-table__cell">{r.bsnMasked}</td>
                      <td className="utrecht-table__cell">{label('phases', r.phase)}</td>
                      <td className="utrecht-table__cell">
                        {r.author}, {dateTime(r.authoredAt)}
                      </td>
                      <td className="utrecht-table__cell">{role(r.requiredApproverRole)}</td>
                      <td className="utrecht-table__cell">
                        {(r.eligibleApprovers ?? []).length > 0 ? (r.eligibleApprovers ?? []).join(', ') : 'Niemand'}
                      </td>
                      <td className="utrecht-table__cell">{r.reasonNl}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}

/** The administrator's retention run: closed signals past their retention date are deleted now. */
function RetentionRun() {
  const form = useForm({});
  return (
    <section aria-labelledby="bewaren-titel">
      <Heading level={2} id="bewaren-titel">
        Bewaartermijnen toepassen
      </Heading>
      <Paragraph>
        Afgesloten signalen waarvan de bewaartermijn voorbij is, worden met hun brieven verwijderd, zoals de nachtelijke
        taak dat doet. De audittrail legt vast dat ze bestonden en waarom ze zijn verwijderd.
      </Paragraph>
      <Form
        form={form}
        title="Bewaartermijnen toepassen"
        fields={[]}
        submitLabel="Bewaartermijnen nu toepassen"
        action={async () => {
          const run = await post('/api/signals/retention-run', {});
          return `Toegepast op peildatum ${date(run.referenceDate)}: ${run.purged ?? 0} signaal/signalen verwijderd.`;
        }}
      >
        {null}
      </Form>
    </section>
  );
}

