import { useContext, useState } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { Button } from '@utrecht/button-react';
import { apiUrl, asApiError } from '../../api/client';
import { dateTime } from '../../kit/format';
import { DateField, Form, SelectField, TextField, text, useForm } from '../../kit/forms';
import { Alert, PageTitle, Pagination, Table } from '../../kit/page';
import { SessionContext, useCan, useLabels, useSharedVocabulary } from '../../kit/session';
import { getAs, type AuditPage as Page, type Verification } from './api';

const SIZE = 25;
type Criteria = Record<string, string | undefined>;

/**
 * The audit trail for the inspectorate (and others with access): search by object, person, action
 * and period, newest first; verify the hash chain; export what the search selects.
 */
export function AuditPage() {
  const can = useCan();
  const label = useLabels();
  const form = useForm({ objectType: '', objectId: '', actor: '', action: '', from: '', to: '' });
  const [criteria, setCriteria] = useState<Criteria>();
  const [result, setResult] = useState<Page>();
  const [verification, setVerification] = useState<Verification>();
  const [verifyError, setVerifyError] = useState<string>();
  const [verifying, setVerifying] = useState(false);
  const actions = useSharedVocabulary('auditActions');
  const objectTypes = useSharedVocabulary('auditObjectTypes');

  const load = async (c: Criteria, page: number) => {
    const answer = await getAs<Page>('/api/audit/entries', {}, { ...c, page, size: SIZE, order: 'desc' });
    setCriteria(c);
    setResult(answer);
    return answer;
  };
  const verify = async () => {
    setVerifying(true);
    setVerifyError(undefined);
    try {
      setVerification(await getAs<Verification>('/api/audit/verification'));
    } catch (e) {
      setVerifyError(asApiError(e).detailNl ?? 'De controle is niet gelukt.');
    } finally {
      setVerifying(false);
    }
  };
  // each context labels the action codes it writes (auditActions); a refusal is "REFUSED <what>"
  const vocabularies = useContext(SessionContext)?.labels.vocabularies ?? {};
  const actionLabel = (code: string) => {
    for (const context of Object.values(vocabularies)) {
      const found = context['auditActions']?.[code];
      if (found) return found.nl;
    }
    const space = code.indexOf(' ');
    if (space > 0) {
      const prefix = vocabularies['web']?.['auditActionPrefixes']?.[code.slice(0, space)];
      if (prefix) return `${prefix.nl} (${code.slice(space + 1)})`;
    }
    return label('web', 'auditActions', code);
  };
  const roles = (role: string | null) =>
    (role ?? '')
      .split(',')
      .filter(Boolean)
      .map((r) => label('web', 'roles', r.trim()))
      .join(', ');

  return (
    <>
      <PageTitle title="Audittrail">Audittrail</PageTitle>
      <Paragraph purpose="lead">Elke handeling in het systeem staat in de audittrail. Zoek, controleer de keten en exporteer.</Paragraph>
      {can('AuditResource_verification') && (
        <section aria-labelledby="keten-titel">
          <h2 className="utrecht-heading-2" id="keten-titel">
            Keten controleren
          </h2>
          <Paragraph>Elke regel bevat de vingerafdruk van de vorige. Een controle laat zien of er iets is gewijzigd of verwijderd.</Paragraph>
          <Button type="button" appearance="secondary-action-button" id="controleer" disabled={verifying} onClick={() => void verify()}>
            {verifying ? 'Bezig met controleren …' : 'Keten controleren'}
          </Button>
          <div role="status" aria-live="polite" id="integriteit">
            {verification &&
              (verification.intact ? (
                <Alert type="ok">
                  De keten is intact: {verification.entries} {verification.entries === 1 ? 'regel' : 'regels'} gecontroleerd
                  {verification.pendingEntries > 0 ? `, ${verification.pendingEntries} nog niet in de keten opgenomen` : ''}.
                </Alert>
              ) : (
                <Alert type="error">
                  De keten is verbroken bij regel {verification.firstBrokenSequence}: {verification.reason}
                </Alert>
              ))}
            {verifyError && <Alert type="error">{verifyError}</Alert>}
          </div>
        </section>
      )}
      <section aria-labelledby="zoeken-titel">
        <h2 className="utrecht-heading-2" id="zoeken-titel">
          Zoeken
        </h2>
        <Form
          form={form}
          title="Audittrail doorzoeken"
          submitLabel="Zoeken"
          fields={['objectType', 'objectId', 'actor', 'action', 'from', 'to']}
          action={async (v) => {
            const c: Criteria = {
              objectType: text(v.objectType),
              objectId: text(v.objectId),
              actor: text(v.actor),
              action: text(v.action),
              from: text(v.from),
              to: text(v.to),
            };
            const answer = await load(c, 0);
            return `${answer.total} ${answer.total === 1 ? 'regel' : 'regels'} gevonden.`;
          }}
        >
          <TextField form={form} name="actor" label="Medewerker" description="De gebruikersnaam, bijvoorbeeld behandelaar1." />
          <SelectField form={form} name="action" label="Handeling" options={actions} placeholder="Alle handelingen" />
          <SelectField form={form} name="objectType" label="Soort object" options={objectTypes} placeholder="Alle soorten" />
          <TextField form={form} name="objectId" label="Object" description="Het zaaknummer of de id van het object." />
          <DateField form={form} name="from" label="Vanaf" />
          <DateField form={form} name="to" label="Tot en met" />
        </Form>
      </section>
      {result && criteria && (
        <section aria-labelledby="resultaat-titel">
          <h2 className="utrecht-heading-2" id="resultaat-titel">
            Resultaat
          </h2>
          {can('AuditResource_export') && (
            <Paragraph>
              <a
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                id="exporteren"
                href={apiUrl('/api/audit/export', {}, { ...criteria, format: 'csv' })}
                download
              >
                Exporteren als CSV
              </a>
            </Paragraph>
          )}
          {(result.entries ?? []).length === 0 ? (
            <Paragraph>Geen regels gevonden.</Paragraph>
          ) : (
            <Table caption="Regels van de audittrail, de nieuwste eerst">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {['Nr.', 'Tijdstip', 'Medewerker', 'Handeling', 'Object', 'Uitkomst', 'Toelichting'].map((h) => (
                    <th key={h} className="utrecht-table__header-cell" scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body" id="regels">
                {(result.entries ?? []).map((e) => (
                  <tr className="utrecht-table__row" key={e.sequence}>
                    <td className="utrecht-table__cell">{e.sequence}</td>
                    <td className="utrecht-table__cell">{dateTime(e.occurredAt ?? '')}</td>
                    <td className="utrecht-table__cell">
                      {e.actor}
                      {e.role && <span className="toeslagen-secondary">{roles(e.role)}</span>}
                    </td>
                    <td className="utrecht-table__cell">{actionLabel(e.action ?? '')}</td>
                    <td className="utrecht-table__cell">
                      {objectTypes.find((t) => t.code === e.objectType)?.label ?? e.objectType}
                      {e.objectId && <span className="toeslagen-secondary">{e.objectId}</span>}
                    </td>
                    <td className="utrecht-table__cell">{label('web', 'auditOutcomes', e.outcome)}</td>
                    <td className="utrecht-table__cell">
                      {e.reasons ?? ''}
                      {e.legalBasis && <span className="toeslagen-secondary">{e.legalBasis}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination page={result.page} size={result.size} total={result.total} noun="regels" onPage={(p) => void load(criteria, p)} />
        </section>
      )}
    </>
  );
}
