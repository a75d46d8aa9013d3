import { useState } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { get, post, type PostBody, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { date, euros } from '../../kit/format';
import { Form, TextField, text, useForm } from '../../kit/forms';
import { Loaded, Pagination, PageTitle, Table } from '../../kit/page';
import { href } from '../../kit/routes';
import { useCan } from '../../kit/session';
import { Section } from './fields';
import { useHardshipLabels } from './labels';

type Item = Schemas['HardshipListItem'];

const PAGE = 25;

/**
 * #/hardheid: the hardship requests, newest first (paged, by status), the search by case number or
 * BSN, and for managers and the professional line the signals for policy counted by category.
 */
export function ListPage() {
  const can = useCan();
  return (
    <>
      <PageTitle>Hardheidsverzoeken</PageTitle>
      <Paragraph>
        Een burger met een terugvordering vraagt om toepassing van de hardheidsclausule, matiging, een persoonlijke
        betalingsregeling of een betaalpauze. Zolang het verzoek loopt, is de invordering gepauzeerd.
      </Paragraph>
      <Paragraph>
        {can('HardshipRequestResource_register') && (
          <>
            <a className="utrecht-link" href={href('/hardheid/nieuw')} id="nieuw-verzoek">
              Nieuw verzoek
            </a>
            {can('CollectionResource_assess') ? ' · ' : ''}
          </>
        )}
        {can('CollectionResource_assess') && (
          <a className="utrecht-link" href={href('/invordering')} id="invordering-berekenen">
            Invordering berekenen
          </a>
        )}
      </Paragraph>
      {can('HardshipRequestResource_search') && <Search />}
      {can('HardshipRequestResource_list') && <Requests />}
      {can('HardshipRequestResource_pauses') && <Pauses />}
      {can('HardshipRequestResource_policySignals') && <PolicySignals />}
    </>
  );
}

function Search() {
  const form = useForm({ caseNumber: '', bsn: '' });
  const [found, setFound] = useState<Item[]>();
  return (
    <Section id="zoeken" title="Verzoek zoeken">
      <Form
        form={form}
        title="Verzoek zoeken"
        fields={['caseNumber', 'bsn']}
        submitLabel="Zoeken"
        action={async (v) => {
          const body: PostBody<'/api/hardship-requests/search'> = { caseNumber: text(v.caseNumber), bsn: text(v.bsn) };
          const answer = await post('/api/hardship-requests/search', {}, body);
          setFound(answer);
          return answer.length === 1 ? '1 verzoek gevonden.' : `${answer.length} verzoeken gevonden.`;
        }}
      >
        <TextField form={form} name="caseNumber" label="Zaaknummer" description="Bijvoorbeeld HH-2026-000123." width="short" />
        <TextField
          form={form}
          name="bsn"
          label="BSN van de burger"
          description="Negen cijfers. Elke zoekopdracht op BSN wordt vastgelegd in de audittrail."
          inputMode="numeric"
          width="short"
        />
      </Form>
      {found &&
        (found.length === 0 ? (
          <Paragraph>Er is geen verzoek gevonden.</Paragraph>
        ) : (
          <RequestTable caption="Zoekresultaat" id="zoekresultaat" rows={found} />
        ))}
    </Section>
  );
}

function Requests() {
  const { options } = useHardshipLabels();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const list = useLoad(
    () => get('/api/hardship-requests', {}, { status: status || undefined, offset: page * PAGE, limit: PAGE }),
    [status, page],
  );
  return (
    <Section id="verzoeken" title="Alle verzoeken">
      <div className="toeslagen-filters" role="group" aria-label="Filter van de lijst">
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="filter-status">
              Status
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <select
              id="filter-status"
              className="utrecht-select utrecht-select--html-select"
              value={status}
              onChange={(e) => {
                setStatus(e.target.value);
                setPage(0);
              }}
            >
              <option value="">Alle statussen</option>
              {options('statuses').map((s) => (
                <option key={s.code} value={s.code}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <Loaded data={list.data} error={list.error}>
        {(p) =>
          (p.items ?? []).length === 0 ? (
            <Paragraph>Er zijn geen verzoeken{status ? ' met deze status' : ''}.</Paragraph>
          ) : (
            <>
              <RequestTable caption="Hardheidsverzoeken, nieuwste eerst" id="lijst" rows={p.items ?? []} />
              <Pagination page={page} size={PAGE} total={p.total ?? 0} onPage={setPage} noun="verzoeken" />
            </>
          )
        }
      </Loaded>
    </Section>
  );
}

function RequestTable({ caption, id, rows }: { caption: string; id: string; rows: Item[] }) {
  const { label } = useHardshipLabels();
  return (
    <div id={id}>
      <Table caption={caption}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Zaaknummer', 'Burger', 'Soort verzoek', 'Spoor', 'Status', 'Ontvangen', 'Termijn', 'Terugvordering'].map((h) => (
              <th className="utrecht-table__header-cell" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr className="utrecht-table__row" key={r.id} data-status={r.status}>
              <td className="utrecht-table__cell">
                <a className="utrecht-link" href={href('/hardheid/' + (r.id ?? ''))}>
                  {r.caseNumber}
                </a>
              </td>
              <td className="utrecht-table__cell">{r.citizen}</td>
              <td className="utrecht-table__cell">{label('kinds', r.kind)}</td>
              <td className="utrecht-table__cell">{label('tracks', r.track)}</td>
              <td className="utrecht-table__cell">{label('statuses', r.status)}</td>
              <td className="utrecht-table__cell">{date(r.receivedOn)}</td>
              <td className="utrecht-table__cell">
                {r.deadline ? date(r.deadline) : '–'}
                {r.overdue ? <strong> (te laat)</strong> : null}
              </td>
              <td className="utrecht-table__cell">{euros(r.recoveryAmountCents)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** The signals for policy by category, with the total row (they add up). */
function PolicySignals() {
  const { label } = useHardshipLabels();
  const signals = useLoad(() => get('/api/hardship-requests/policy-signals'), []);
  return (
    <section aria-labelledby="beleidssignalen-titel" id="beleidssignalen" className="toeslagen-section">
      <Heading level={2} id="beleidssignalen-titel">
        Signalen voor beleid
      </Heading>
      <Paragraph>Wettelijke regels die in de beoordeelde verzoeken hard uitwerkten, per soort.</Paragraph>
      <Loaded data={signals.data} error={signals.error}>
        {(s) => (
          <Table caption="Signalen voor beleid per soort">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Soort
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  Aantal
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {(s.categories ?? []).map((c) => (
                <tr className="utrecht-table__row" key={c.category} data-category={c.category}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {label('policySignalCategories', c.category)}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{c.count}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="utrecht-table__footer">
              <tr className="utrecht-table__row" id="beleidssignalen-totaal">
                <th className="utrecht-table__header-cell" scope="row">
                  Totaal
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">
                  <strong>{s.total}</strong>
                </td>
              </tr>
            </tfoot>
          </Table>
        )}
      </Loaded>
    </section>
  );
}

/** The recoveries whose collection is paused because a request about them is open. */
function Pauses() {
  const pauses = useLoad(() => get('/api/hardship-requests/collection-pauses'), []);
  return (
    <section aria-labelledby="pauzes-titel" id="invordering-gepauzeerd" className="toeslagen-section">
      <Heading level={2} id="pauzes-titel">
        Invordering gepauzeerd
      </Heading>
      <Paragraph>Terugvorderingen waarover een verzoek loopt; zolang het loopt, wordt er niets ingevorderd.</Paragraph>
      <Loaded data={pauses.data} error={pauses.error}>
        {(rows) =>
          rows.length === 0 ? (
            <Paragraph>Er is nu geen invordering gepauzeerd.</Paragraph>
          ) : (
            <Table caption="Gepauzeerde invordering">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Terugvordering
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Verzoek
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Burger
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Sinds
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {rows.map((p) => (
                  <tr className="utrecht-table__row" key={p.requestId}>
                    <td className="utrecht-table__cell">{p.recoveryReference}</td>
                    <td className="utrecht-table__cell">
                      <a className="utrecht-link" href={href('/hardheid/' + p.requestId)}>
                        {p.caseNumber}
                      </a>
                    </td>
                    <td className="utrecht-table__cell">{p.citizen}</td>
                    <td className="utrecht-table__cell">{p.since ? date(p.since) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </Loaded>
    </section>
  );
}
