import { useState } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { ApiError, apiUrl, asApiError, get, post, type Entered, type PostBody, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { dateTime } from '../../kit/format';
import { Form, SelectField, TextField, text, useForm } from '../../kit/forms';
import { Loaded, Loading, PageTitle, Table } from '../../kit/page';
import { href, navigate } from '../../kit/routes';
import { useCan } from '../../kit/session';
import { useSelectionLabels } from './labels';

type RuleSetRow = Schemas['RuleSetRow'];
type RunRow = Schemas['RunRow'];
type StartBody = Entered<PostBody<'/api/selection-runs'>>;

/**
 * #/selectie: the register of selection rules (every version), the selection runs, the
 * Algoritmeregister publication, and — for whom the server lets — a new rule set and a new run.
 */
export function SelectionRegisterPage() {
  const can = useCan();
  const ruleSets = useLoad(() => get('/api/selection-rules'), []);
  const mayReadRuns = can('SelectionRunResource_list');
  return (
    <>
      <PageTitle>Selectieregels</PageTitle>
      <Paragraph>
        Het register van alle regelsets voor risicoselectie. Een selectie is geen verdenking: elke geselecteerde zaak gaat
        naar een medewerker, die beslist.
      </Paragraph>
      {can('SelectionRuleResource_register') && (
        <Paragraph>
          <a className="utrecht-link" href={href('/selectie/nieuw')} id="nieuwe-selectieregels">
            Nieuwe selectieregels
          </a>
        </Paragraph>
      )}
      <Loaded data={ruleSets.data} error={ruleSets.error}>
        {(rows) => <RuleSetTable rows={rows} />}
      </Loaded>
      <Publication />
      {can('SelectionRunResource_start') && ruleSets.data && <StartRunForm ruleSets={ruleSets.data} />}
      {mayReadRuns && <Runs />}
    </>
  );
}

function RuleSetTable({ rows }: { rows: RuleSetRow[] }) {
  const { label } = useSelectionLabels();
  // the features by their catalogue labels (every reader of the register may read the catalogue)
  const catalogue = useLoad(() => get('/api/selection-features'), []);
  const feature = (code: string) => catalogue.data?.features?.find((f) => f.code === code)?.label ?? code;
  return (
    <section aria-labelledby="register-titel" id="register">
      <Heading level={2} id="register-titel">
        Register van regelsets
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>Er zijn nog geen regelsets geregistreerd.</Paragraph>
      ) : (
        <Table caption="Alle versies van alle regelsets, nieuwste eerst">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['Naam', 'Versie', 'Status', 'Eigenaar', 'Drempel', 'Kenmerken', 'Geregistreerd'].map((h) => (
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
                  <a className="utrecht-link" href={href('/selectie/' + (r.id ?? ''))}>
                    {r.name}
                  </a>
                </td>
                <td className="utrecht-table__cell">{r.version}</td>
                <td className="utrecht-table__cell">{label('ruleSetStatuses', r.status)}</td>
                <td className="utrecht-table__cell">{r.owner}</td>
                <td className="utrecht-table__cell">{r.threshold}</td>
                <td className="utrecht-table__cell">{(r.featuresUsed ?? []).map(feature).join('; ')}</td>
                <td className="utrecht-table__cell">{dateTime(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Publication() {
  return (
    <section aria-labelledby="algoritmeregister-titel" id="algoritmeregister">
      <Heading level={2} id="algoritmeregister-titel">
        Algoritmeregister
      </Heading>
      <Paragraph>De actieve regelsets in de velden van het Algoritmeregister van de overheid.</Paragraph>
      <ul className="utrecht-unordered-list">
        <li>
          <a
            className="utrecht-link"
            href={apiUrl('/api/selection-rules/algorithm-register.pdf')}
            download="algoritmeregister-selectie.pdf"
            id="algoritmeregister-pdf"
          >
            Algoritmeregister downloaden (PDF)
          </a>
        </li>
        <li>
          <a
            className="utrecht-link"
            href={apiUrl('/api/selection-rules/algorithm-register')}
            download="algoritmeregister-selectie.json"
            id="algoritmeregister-json"
          >
            Algoritmeregister downloaden (JSON)
          </a>
        </li>
      </ul>
    </section>
  );
}

function Runs() {
  const runs = useLoad(() => get('/api/selection-runs'), []);
  return (
    <section aria-labelledby="runs-titel" id="runs">
      <Heading level={2} id="runs-titel">
        Selectieruns
      </Heading>
      <Loaded data={runs.data} error={runs.error}>
        {(rows) => (rows.length === 0 ? <Paragraph>Er zijn nog geen selectieruns.</Paragraph> : <RunTable rows={rows} />)}
      </Loaded>
    </section>
  );
}

/** The runs of the register or of one rule set (each a link to its page). */
export function RunTable({ rows, caption = 'Alle selectieruns, nieuwste eerst' }: { rows: RunRow[]; caption?: string }) {
  return (
    <Table caption={caption}>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {['Batch', 'Regelset', 'Gestart', 'Zaken', 'Geselecteerd', 'Steekproef', 'Biasmonitor'].map((h) => (
            <th className="utrecht-table__header-cell" scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rows.map((r) => (
          <tr className="utrecht-table__row" key={r.id} data-flagged={r.flagged}>
            <td className="utrecht-table__cell">
              <a className="utrecht-link" href={href('/selectie/runs/' + (r.id ?? ''))}>
                {r.batchId}
              </a>
            </td>
            <td className="utrecht-table__cell">
              {r.ruleSetName} (versie {r.ruleSetVersion})
            </td>
            <td className="utrecht-table__cell">
              {r.startedBy}, {dateTime(r.startedAt)}
            </td>
            <td className="utrecht-table__cell">{r.cases}</td>
            <td className="utrecht-table__cell">{r.selected}</td>
            <td className="utrecht-table__cell">{r.controlSample}</td>
            <td className="utrecht-table__cell">{r.flagged ? <strong>Onderscheid gevonden</strong> : 'Geen onderscheid'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The batch of a file: a CSV file's text as `csv`, a JSON file's array as `cases`. */
function batchOf(name: string, content: string): Pick<StartBody, 'csv' | 'cases'> {
  if (/\.json$/i.test(name)) {
    try {
      const parsed: unknown = JSON.parse(content);
      return { cases: (Array.isArray(parsed) ? parsed : [parsed]) as StartBody['cases'] };
    } catch {
      // not JSON after all: the server names the field
      return { csv: content };
    }
  }
  return { csv: content };
}

/** A refused case of the batch (cases[3].features.leeftijd) is shown at the file field. */
function atFile(e: ApiError): ApiError {
  const move = (field: string | undefined) => (field && /^cases\b/.test(field) ? 'csv' : field);
  return new ApiError(
    e.status,
    e.detailNl,
    move(e.field),
    e.errors.map((f) => ({ field: move(f.field) ?? f.field, detailNl: f.detailNl })),
    e.policy,
  );
}

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

function StartRunForm({ ruleSets }: { ruleSets: RuleSetRow[] }) {
  const form = useForm({ ruleSetId: '', batchId: '', controlSampleSize: '100', csv: '' });
  const [file, setFile] = useState<File>();
  const active = ruleSets.filter((r) => r.status === 'ACTIVE');
  const fileId = form.fieldId('csv');
  const fileError = form.errors.csv;
  form.labels.csv = 'Bestand met zaken';
  return (
    <section aria-labelledby="run-titel" id="run-starten">
      <Heading level={2} id="run-titel">
        Selectierun starten
      </Heading>
      <Paragraph>
        Een actieve regelset beoordeelt een batch zaken. Daarnaast wordt een aselecte steekproef getrokken. Elke
        geselecteerde en elke getrokken zaak gaat naar een medewerker. Dezelfde batch twee keer starten maakt niets nieuws.
      </Paragraph>
      {active.length === 0 ? (
        <Paragraph>Er is geen actieve regelset: een run kan pas na goedkeuring.</Paragraph>
      ) : (
        <Form
          form={form}
          title="Selectierun starten"
          fields={['ruleSetId', 'batchId', 'controlSampleSize', 'csv']}
          submitLabel="Selectierun starten"
          action={async (v) => {
            const content = file ? await readFile(file) : '';
            const size = text(v.controlSampleSize);
            const body: StartBody = {
              ruleSetId: text(v.ruleSetId),
              batchId: text(v.batchId),
              controlSampleSize: size !== undefined && /^\d+$/.test(size) ? Number(size) : size,
              ...(file ? batchOf(file.name, content) : {}),
            };
            const run = await post('/api/selection-runs', {}, body).catch((e: unknown) => {
              throw atFile(asApiError(e));
            });
            navigate('/selectie/runs/' + (run.id ?? ''));
          }}
        >
          <SelectField
            form={form}
            name="ruleSetId"
            label="Actieve regelset"
            options={active.map((r) => ({ code: r.id ?? '', label: `${r.name ?? ''} (versie ${r.version})` }))}
          />
          <TextField form={form} name="batchId" label="Batchnummer" description="Letters, cijfers, punt, streepje; bijvoorbeeld 2026-12-ZT." width="short" />
          <TextField
            form={form}
            name="controlSampleSize"
            label="Grootte van de aselecte steekproef"
            description="Aantal zaken dat los van de regels wordt getrokken, als vergelijking (ten hoogste 1000)."
            inputMode="numeric"
            width="short"
          />
          <div className={'utrecht-form-field' + (fileError ? ' utrecht-form-field--invalid' : '')}>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor={fileId}>
                Bestand met zaken
              </label>
            </div>
            <div className="utrecht-form-field-description" id={fileId + '-desc'}>
              Een CSV-bestand (kopregel caseRef,bsn,benefitType, de kenmerken en monitoring.…) of een JSON-bestand met een
              lijst zaken. Ten hoogste 2000 zaken.
            </div>
            {fileError && (
              <div className="utrecht-form-field-error-message" id={fileId + '-error'}>
                <span className="toeslagen-visually-hidden">Fout: </span>
                {fileError}
              </div>
            )}
            <div className="utrecht-form-field__input">
              <input
                id={fileId}
                name="bestand"
                type="file"
                accept=".csv,.json,text/csv,application/json"
                className="toeslagen-file"
                aria-describedby={fileId + '-desc' + (fileError ? ' ' + fileId + '-error' : '')}
                aria-invalid={fileError ? true : undefined}
                onChange={(e) => setFile(e.target.files?.[0])}
              />
            </div>
          </div>
          {form.busy && <Loading text="De batch wordt beoordeeld …" />}
        </Form>
      )}
    </section>
  );
}
