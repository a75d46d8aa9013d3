import { useState } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { post, type PostBody, type Schemas } from '../../api/client';
import { Form, TextField, text, useForm } from '../../kit/forms';
import { date, workingDaysLeft } from '../../kit/format';
import { PageTitle, Table } from '../../kit/page';
import { href } from '../../kit/routes';
import { useCan, useLabels } from '../../kit/session';
import { capital, withFieldLabels } from './fields';

type Objection = Schemas['ObjectionView'];

/** #/bezwaren: find a case by case number or by the citizen's BSN; the list links to each case. */
export function ObjectionsPage() {
  const can = useCan();
  const label = useLabels();
  const form = useForm({ caseNumber: '', bsn: '' });
  const [found, setFound] = useState<Objection[]>();

  const search = async (v: typeof form.values) => {
    // POST /search keeps the BSN out of URLs and logs
    const answer = await post('/api/objections/search', {}, // the schema of this body lists only bsn (Payara's OpenAPI reads the @Pattern field wrongly); the server takes both
      { caseNumber: text(v.caseNumber), bsn: text(v.bsn) } as PostBody<'/api/objections/search'>);
    setFound(answer as Objection[]);
    return `${(answer as Objection[]).length} bezwaren gevonden.`;
  };

  return (
    <>
      <PageTitle>Bezwaren zoeken</PageTitle>
      {can('ObjectionResource_receive') && (
        <Paragraph>
          <a className="utrecht-link" href={href('/bezwaren/nieuw')}>
            Nieuw bezwaar registreren
          </a>
        </Paragraph>
      )}
      <Form form={form} action={(v) => withFieldLabels(form.fieldId, () => search(v))} submitLabel="Zoeken" fields={['caseNumber', 'bsn']} title="Zoeken">
        <TextField form={form} name="caseNumber" label="Zaaknummer" description="Bijvoorbeeld BZ-2026-000123." width="short" />
        <TextField
          form={form}
          name="bsn"
          label="BSN van de burger"
          description="Negen cijfers. Laat leeg om alleen op zaaknummer te zoeken."
          inputMode="numeric"
          width="short"
        />
      </Form>
      {found &&
        (found.length === 0 ? (
          <Paragraph>Er is geen bezwaar gevonden.</Paragraph>
        ) : (
          <Table caption="Gevonden bezwaren">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Zaaknummer</th>
                <th className="utrecht-table__header-cell" scope="col">Toeslag</th>
                <th className="utrecht-table__header-cell" scope="col">Fase</th>
                <th className="utrecht-table__header-cell" scope="col">Uiterste beslisdatum</th>
                <th className="utrecht-table__header-cell" scope="col">Werkdagen</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {found.map((o) => (
                <tr className="utrecht-table__row" key={o.id}>
                  <td className="utrecht-table__cell">
                    <a className="utrecht-link" href={href('/bezwaren/' + o.id)}>
                      {o.caseNumber}
                    </a>
                  </td>
                  <td className="utrecht-table__cell">{capital(label('objections', 'benefitTypes', o.benefitType))}</td>
                  <td className="utrecht-table__cell">{label('objections', 'stages', o.stage)}</td>
                  <td className="utrecht-table__cell">{date(o.decisionDeadline)}</td>
                  <td className="utrecht-table__cell">{closed(o) ? 'afgesloten' : workingDaysLeft(o.workingDaysLeft)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ))}
    </>
  );
}

/** A decided or withdrawn case has no term left to count. */
export function closed(o: Objection): boolean {
  return Boolean(o.closedOn);
}
