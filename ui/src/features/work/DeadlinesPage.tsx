import { useState } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { get, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { date, dateTime, workingDaysLeft } from '../../kit/format';
import { DataList, Loaded, PageTitle, Pagination, Table } from '../../kit/page';
import { href } from '../../kit/routes';
import { useCan, useLabels } from '../../kit/session';

type Objection = Schemas['ObjectionView'];

/** A count as text (0 when absent). */
function n(x: number | null | undefined): string {
  return String(x ?? 0);
}

function percentage(p: number | null | undefined): string {
  return p === null || p === undefined ? 'nog niets beslist dit jaar' : `${String(p).replace('.', ',')}%`;
}

/** Open cases per page of the overview (the server's default). */
const PAGE_SIZE = 50;

/** The team manager's deadline page: every open objection by its legal deadline, in working days. */
export function DeadlinesPage() {
  const can = useCan();
  const [page, setPage] = useState(0);
  const overview = useLoad(() => get('/api/objections/deadlines', {}, { page, size: PAGE_SIZE }), [page]);
  const [overduePage, setOverduePage] = useState(0);
  const overdue = useLoad(() => get('/api/objections/overdue', {}, { page: overduePage, size: PAGE_SIZE }), [overduePage]);
  const stuck = useLoad(async () => (can('SignalResource_stuck') ? get('/api/signals/stuck') : []), []);
  return (
    <>
      <PageTitle title="Termijnen bewaken">Termijnen bewaken</PageTitle>
      <Loaded data={overview.data} error={overview.error}>
        {(o) => (
          <>
            <Paragraph purpose="lead">
              Stand op {date(o.today)}: {n(o.open)} open {o.open === 1 ? 'bezwaar' : 'bezwaren'}, waarvan {n(o.overdue)} over de
              termijn.
            </Paragraph>
            <DataList
              items={[
                ['Open bezwaren', n(o.open)],
                ['Over de termijn', n(o.overdue)],
                ['Binnen 10 werkdagen', n(o.dueSoon)],
                ['Op schema', n(o.onTrack)],
                ['In gebreke gesteld', n(o.inDefault)],
                ['Dwangsommen', o.penaltyTotal ?? ''],
                ['Dit jaar beslist', n(o.decidedThisYear)],
                ['Op tijd beslist', `${percentage(o.inTimePercentage)} (norm ${percentage(o.normPercentage)})`],
              ]}
            />
          </>
        )}
      </Loaded>
      <section aria-labelledby="te-laat-titel">
        <h2 className="utrecht-heading-2" id="te-laat-titel">
          Over de termijn
        </h2>
        <Loaded data={overdue.data} error={overdue.error}>
          {(o) =>
            o.cases.length === 0 ? (
              <Paragraph id="geen-te-laat">Geen bezwaar is over de termijn.</Paragraph>
            ) : (
              <>
                <CaseTable caption="Bezwaren over de termijn, het langst over de termijn eerst" cases={o.cases} id="te-laat" />
                <Pagination
                  page={o.page}
                  size={o.size}
                  total={o.total}
                  noun="bezwaren"
                  onPage={setOverduePage}
                  label="Paginering bezwaren over de termijn"
                />
              </>
            )
          }
        </Loaded>
      </section>
      <section aria-labelledby="open-titel">
        <h2 className="utrecht-heading-2" id="open-titel">
          Alle open bezwaren
        </h2>
        <Loaded data={overview.data} error={overview.error}>
          {(o) =>
            (o.cases ?? []).length === 0 ? (
              <Paragraph>Er zijn geen open bezwaren.</Paragraph>
            ) : (
              <>
                <CaseTable caption="Open bezwaren op wettelijke termijn" cases={o.cases ?? []} id="open-bezwaren" />
                <Pagination
                  page={o.page}
                  size={o.size}
                  total={o.open}
                  noun="bezwaren"
                  onPage={setPage}
                  label="Paginering alle open bezwaren"
                />
              </>
            )
          }
        </Loaded>
      </section>
      <section aria-labelledby="ingebreke-titel">
        <h2 className="utrecht-heading-2" id="ingebreke-titel">
          In gebreke gesteld
        </h2>
        <Loaded data={overview.data} error={overview.error}>
          {(o) => {
            const inDefault = o.inDefaultCases ?? [];
            return inDefault.length === 0 ? (
              <Paragraph id="geen-ingebreke">Geen open bezwaar is in gebreke gesteld.</Paragraph>
            ) : (
              <CaseTable caption="Open bezwaren waarvoor een ingebrekestelling is ontvangen" cases={inDefault} id="ingebreke" />
            );
          }}
        </Loaded>
      </section>
      {can('SignalResource_stuck') && (
        <section aria-labelledby="vastgelopen-titel">
          <h2 className="utrecht-heading-2" id="vastgelopen-titel">
            Vastgelopen signalen
          </h2>
          <Paragraph>
            Een vaststelling die niemand volgens de vier-ogenregels mag goedkeuren, of die te lang op goedkeuring wacht.
          </Paragraph>
          <Loaded data={stuck.data} error={stuck.error}>
            {(list) => (list.length === 0 ? <Paragraph id="geen-vastgelopen">Geen vastgelopen signalen.</Paragraph> : <StuckTable list={list} />)}
          </Loaded>
        </section>
      )}
    </>
  );
}

function CaseTable({ caption, cases, id }: { caption: string; cases: Objection[]; id: string }) {
  const label = useLabels();
  return (
    <Table caption={caption}>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {['Zaak', 'Burger', 'Toeslag', 'Fase', 'Wettelijke termijn', 'Werkdagen over', 'Verlengd'].map((h) => (
            <th key={h} className="utrecht-table__header-cell" scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body" id={id}>
        {cases.map((c) => (
          <tr className="utrecht-table__row" key={c.id}>
            <td className="utrecht-table__cell">
              <a className="utrecht-link" href={href('/bezwaren/' + encodeURIComponent(c.id ?? ''))}>
                {c.caseNumber}
              </a>
            </td>
            <td className="utrecht-table__cell">{c.bsn}</td>
            <td className="utrecht-table__cell">{label('objections', 'benefitTypes', c.benefitType)}</td>
            <td className="utrecht-table__cell">{label('objections', 'stages', c.stage)}</td>
            <td className="utrecht-table__cell">{date(c.decisionDeadline)}</td>
            <td className={'utrecht-table__cell' + (c.overdue ? ' toeslagen-overdue' : '')}>{workingDaysLeft(c.workingDaysLeft)}</td>
            <td className="utrecht-table__cell">{c.extended ? 'Ja' : 'Nee'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function StuckTable({ list }: { list: Schemas['StuckSignal'][] }) {
  const label = useLabels();
  return (
    <Table caption="Signalen waarvan de vaststelling niet verder kan">
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {['Signaal', 'Burger', 'Fase', 'Opgesteld door', 'Sinds', 'Mag goedkeuren', 'Waarom vastgelopen'].map((h) => (
            <th key={h} className="utrecht-table__header-cell" scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body" id="vastgelopen">
        {list.map((s) => (
          <tr className="utrecht-table__row" key={s.id + (s.determinationId ?? '')}>
            <td className="utrecht-table__cell">
              <a className="utrecht-link" href={href('/signalen/' + encodeURIComponent(s.id ?? ''))}>
                Openen
              </a>
            </td>
            <td className="utrecht-table__cell">{s.bsnMasked}</td>
            <td className="utrecht-table__cell">{label('fraud-review', 'phases', s.phase)}</td>
            <td className="utrecht-table__cell">{s.author}</td>
            <td className="utrecht-table__cell">{dateTime(s.authoredAt)}</td>
            <td className="utrecht-table__cell">
              {s.noEligibleApprover || (s.eligibleApprovers ?? []).length === 0 ? 'Niemand' : (s.eligibleApprovers ?? []).join(', ')}
            </td>
            <td className="utrecht-table__cell">{s.reasonNl}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
