import { useState } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { ApiError, get, post, type Entered, type PostBody, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { dateTime } from '../../kit/format';
import { Form, RadioGroup, SelectField, TextArea, text, useForm } from '../../kit/forms';
import { Loaded, PageTitle, Table } from '../../kit/page';
import { useMe } from '../../kit/session';
import { useSelectionLabels } from './labels';

type Feature = Schemas['SelectionFeatureRow'];
type Change = Schemas['ClassificationChangeView'];
type ProposeBody = Entered<PostBody<'/api/selection-features/{code}/classification-changes'>>;
type DecideBody = Entered<PostBody<'/api/selection-features/classification-changes/{id}/decision'>>;

/**
 * #/selectie/kenmerken: the feature catalogue — every attribute a selection rule may read, with its
 * classification — and the history of classification changes. A privacy adviser (mayPropose)
 * proposes another classification; a second one approves or rejects it (the server refuses the
 * proposer's own decision, and that refusal is shown).
 */
export function CataloguePage() {
  const catalogue = useLoad(() => get('/api/selection-features'), []);
  const [notice, setNotice] = useState<string>();
  const after = (message: string) => {
    setNotice(message);
    catalogue.reload();
  };
  return (
    <>
      <PageTitle>Kenmerkencatalogus</PageTitle>
      <Paragraph>
        Alle kenmerken die een selectieregel mag lezen. Een verboden kenmerk (een beschermde grond, zoals nationaliteit)
        mag nooit in een regel staan. Een kenmerk dat mogelijk indirect onderscheid maakt, mag alleen met een onderbouwing,
        een geslaagde biastest en goedkeuring van de privacyadviseur.
      </Paragraph>
      <p className="toeslagen-confirmation" role="status" aria-live="polite" id="melding">
        {notice ?? ''}
      </p>
      <Loaded data={catalogue.data} error={catalogue.error}>
        {(c) => (
          <>
            <Features features={c.features ?? []} />
            {c.mayPropose && <Proposals features={c.features ?? []} after={after} />}
            <History changes={c.changes ?? []} features={c.features ?? []} />
          </>
        )}
      </Loaded>
    </>
  );
}

function Features({ features }: { features: Feature[] }) {
  const { label } = useSelectionLabels();
  return (
    <section aria-labelledby="kenmerken-titel" id="kenmerken">
      <Heading level={2} id="kenmerken-titel">
        Kenmerken
      </Heading>
      <Table caption="De kenmerken met hun classificatie">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Code', 'Kenmerk', 'Omschrijving', 'Bron', 'Soort', 'Classificatie', 'Waarom', 'Voorgestelde wijziging'].map((h) => (
              <th className="utrecht-table__header-cell" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {features.map((f) => (
            <tr className="utrecht-table__row" key={f.code} data-code={f.code} data-classification={f.classification}>
              <td className="utrecht-table__cell">
                <code>{f.code}</code>
              </td>
              <th className="utrecht-table__header-cell" scope="row">
                {f.label}
              </th>
              <td className="utrecht-table__cell">{f.description}</td>
              <td className="utrecht-table__cell">{f.source}</td>
              <td className="utrecht-table__cell">{label('featureTypes', f.type)}</td>
              <td className="utrecht-table__cell">
                <strong>{label('classifications', f.classification)}</strong>
                {f.protectedGround ? ' (beschermde grond)' : ''}
              </td>
              <td className="utrecht-table__cell">{f.reason}</td>
              <td className="utrecht-table__cell">
                {f.pendingChange
                  ? `${label('classifications', f.pendingChange.to)}, voorgesteld door ${f.pendingChange.proposedBy ?? ''}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function Proposals({ features, after }: { features: Feature[]; after: (message: string) => void }) {
  const me = useMe();
  const pending = features.filter((f) => f.pendingChange);
  const open = features.filter((f) => !f.pendingChange && !f.protectedGround);
  return (
    <section aria-labelledby="wijzigen-titel" id="classificatie-wijzigen">
      <Heading level={2} id="wijzigen-titel">
        Classificatie wijzigen
      </Heading>
      <Paragraph>
        Een wijziging geldt pas als een tweede privacyadviseur haar goedkeurt, en alleen voor regelsets die daarna worden
        geregistreerd. Een beschermde grond blijft altijd verboden.
      </Paragraph>
      {pending.map((f) => (
        <DecideForm key={f.code} f={f} own={f.pendingChange?.proposedBy === me.userName} after={after} />
      ))}
      <ProposeForm features={open} after={after} />
    </section>
  );
}

function ProposeForm({ features, after }: { features: Feature[]; after: (message: string) => void }) {
  const { label, options } = useSelectionLabels();
  const form = useForm({ feature: '', classification: '', justification: '' });
  return (
    <div className="toeslagen-action">
      <Heading level={3}>Andere classificatie voorstellen</Heading>
      <Form
        form={form}
        title="Andere classificatie voorstellen"
        fields={['feature', 'classification', 'justification']}
        submitLabel="Voorstel indienen"
        action={async (v) => {
          const body: ProposeBody = { classification: text(v.classification), justification: text(v.justification) };
          const code = text(v.feature);
          if (!code) throw new ApiError(400, 'Kies een kenmerk.', 'feature');
          await post('/api/selection-features/{code}/classification-changes', { code }, body);
          form.reset();
          after('Voorstel ingediend: een tweede privacyadviseur moet het nog beoordelen.');
        }}
      >
        <SelectField
          form={form}
          name="feature"
          label="Kenmerk"
          options={features.map((f) => ({
            code: f.code ?? '',
            label: `${f.label ?? ''} (nu: ${label('classifications', f.classification)})`,
          }))}
        />
        <SelectField form={form} name="classification" label="Nieuwe classificatie" options={options('classifications')} />
        <TextArea form={form} name="justification" label="Onderbouwing van het voorstel" rows={3} />
      </Form>
    </div>
  );
}

function DecideForm({ f, own, after }: { f: Feature; own: boolean; after: (message: string) => void }) {
  const { label } = useSelectionLabels();
  const change = f.pendingChange as Change;
  const form = useForm({ approved: '', reasons: '' });
  return (
    <div className="toeslagen-action" data-feature={f.code}>
      <Heading level={3}>
        Voorstel beoordelen: {f.label}
      </Heading>
      <Paragraph>
        Van {label('classifications', change.from)} naar {label('classifications', change.to)}, voorgesteld door{' '}
        {change.proposedBy} op {dateTime(change.proposedAt)}: {change.justification}
      </Paragraph>
      {own && (
        <p className="utrecht-paragraph" role="note">
          Dit is uw eigen voorstel: een andere privacyadviseur moet het beoordelen.
        </p>
      )}
      <Form
        form={form}
        title={'Voorstel beoordelen: ' + (f.label ?? '')}
        fields={['approved', 'reasons']}
        submitLabel="Beoordeling vastleggen"
        action={async (v) => {
          const body: DecideBody = { approved: v.approved === '' ? undefined : v.approved === 'ja', reasons: text(v.reasons) };
          await post('/api/selection-features/classification-changes/{id}/decision', { id: change.id ?? '' }, body);
          after(v.approved === 'ja' ? 'Goedgekeurd: de nieuwe classificatie geldt voor nieuwe regelsets.' : 'Afgewezen.');
        }}
      >
        <RadioGroup
          form={form}
          name="approved"
          label={'Uw oordeel over ' + (f.label ?? '')}
          options={[
            { code: 'ja', label: 'Goedkeuren' },
            { code: 'nee', label: 'Afwijzen' },
          ]}
        />
        <TextArea form={form} name="reasons" label={'Motivering bij ' + (f.label ?? '')} rows={2} />
      </Form>
    </div>
  );
}

function History({ changes, features }: { changes: Change[]; features: Feature[] }) {
  const { label } = useSelectionLabels();
  const name = (code: string | undefined) => features.find((f) => f.code === code)?.label ?? code ?? '';
  return (
    <section aria-labelledby="geschiedenis-titel" id="geschiedenis">
      <Heading level={2} id="geschiedenis-titel">
        Geschiedenis van wijzigingen
      </Heading>
      {changes.length === 0 ? (
        <Paragraph>Er is nog geen classificatie gewijzigd of voorgesteld.</Paragraph>
      ) : (
        <Table caption="Alle voorgestelde wijzigingen">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['Kenmerk', 'Van', 'Naar', 'Onderbouwing', 'Voorgesteld', 'Status', 'Beoordeeld', 'Motivering'].map((h) => (
                <th className="utrecht-table__header-cell" scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {changes.map((c) => (
              <tr className="utrecht-table__row" key={c.id}>
                <td className="utrecht-table__cell">{name(c.feature)}</td>
                <td className="utrecht-table__cell">{label('classifications', c.from)}</td>
                <td className="utrecht-table__cell">{label('classifications', c.to)}</td>
                <td className="utrecht-table__cell">{c.justification}</td>
                <td className="utrecht-table__cell">
                  {c.proposedBy}, {dateTime(c.proposedAt)}
                </td>
                <td className="utrecht-table__cell">{label('changeStatuses', c.status)}</td>
                <td className="utrecht-table__cell">{c.decidedBy ? `${c.decidedBy}, ${dateTime(c.decidedAt)}` : ''}</td>
                <td className="utrecht-table__cell">{c.decisionReasons}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
