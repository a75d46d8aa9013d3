import { useState } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { get, post, type Entered, type PostBody, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { Form, SelectField, TextArea, TextField, text, useForm, type FormValues } from '../../kit/forms';
import { Alert, Loaded, PageTitle } from '../../kit/page';
import { href, navigate } from '../../kit/routes';
import { useCan } from '../../kit/session';
import { useSelectionLabels } from './labels';

type Registration = Entered<PostBody<'/api/selection-rules'>>;
type Details = Schemas['RuleSetDetails'];
type Feature = Schemas['SelectionFeatureRow'];

const INDICATOR_FIELDS = ['name', 'feature', 'comparison', 'value', 'points'] as const;

/** The values of a yes/no feature, as the decision table reads them. */
const YES_NO = [
  { code: 'true', label: 'Ja' },
  { code: 'false', label: 'Nee' },
];

/**
 * #/selectie/nieuw (and ?vorige=<id>: the next version, prefilled from its predecessor): a rule set
 * to register. The server checks everything (a prohibited feature, an unreachable threshold, a
 * malformed legal basis) and names each field; the message shows at that field.
 */
export function NewRuleSetPage({ predecessorId }: { predecessorId: string | undefined }) {
  const can = useCan();
  const catalogue = useLoad(() => get('/api/selection-features'), []);
  const predecessor = useLoad(
    () => (predecessorId ? get('/api/selection-rules/{id}', { id: predecessorId }) : Promise.resolve(null)),
    [predecessorId],
  );
  if (!can('SelectionRuleResource_register')) {
    return (
      <>
        <PageTitle>Nieuwe selectieregels</PageTitle>
        <Alert type="warning">Alleen toezicht en vaktechniek kunnen selectieregels registreren.</Alert>
      </>
    );
  }
  return (
    <Loaded data={catalogue.data} error={catalogue.error}>
      {(c) => (
        <Loaded data={predecessor.data} error={predecessor.error}>
          {(p) => <RuleSetForm features={c.features ?? []} predecessor={p ?? undefined} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function initialValues(predecessor: Details | undefined): { values: FormValues; rows: number } {
  const values: FormValues = {
    name: predecessor?.name ?? '',
    purpose: predecessor?.purpose ?? '',
    legalBasis: predecessor?.legalBasis ?? '',
    threshold: predecessor ? String(predecessor.threshold) : '',
    proxyJustification: predecessor?.proxyJustification ?? '',
  };
  const indicators = predecessor?.indicators ?? [];
  const rows = Math.max(1, indicators.length);
  for (let i = 0; i < rows; i++) {
    const ind = indicators[i];
    values[`indicators[${i}].name`] = ind?.name ?? '';
    values[`indicators[${i}].feature`] = ind?.feature ?? '';
    values[`indicators[${i}].comparison`] = ind?.comparison ?? '';
    values[`indicators[${i}].value`] = ind?.value ?? '';
    values[`indicators[${i}].points`] = ind ? String(ind.points) : '';
  }
  return { values, rows };
}

function RuleSetForm({ features, predecessor }: { features: Feature[]; predecessor: Details | undefined }) {
  const { label, options } = useSelectionLabels();
  const [initial] = useState(() => initialValues(predecessor));
  const form = useForm<FormValues>(initial.values);
  const [rows, setRows] = useState(initial.rows);
  const featureOptions = features.map((f) => ({
    code: f.code ?? '',
    label: `${f.label ?? ''} (${label('classifications', f.classification)})`,
  }));
  const comparisons = options('comparisons');
  const typeOf = (code: unknown) => features.find((f) => f.code === code)?.type;
  const key = (i: number, field: string) => `indicators[${i}].${field}`;

  const add = () => {
    for (const f of INDICATOR_FIELDS) form.set(key(rows, f), '');
    setRows((n) => n + 1);
  };
  const remove = (index: number) => {
    // the rows after it move up one place: their field names are their positions in the request
    for (let i = index; i < rows - 1; i++) {
      for (const f of INDICATOR_FIELDS) form.set(key(i, f), form.values[key(i + 1, f)] ?? '');
    }
    for (const f of INDICATOR_FIELDS) form.set(key(rows - 1, f), '');
    setRows((n) => n - 1);
  };
  const number = (v: string | boolean | string[] | undefined) => {
    const t = text(v);
    return t !== undefined && /^-?\d+$/.test(t) ? Number(t) : t;
  };
  const indicatorFields = Array.from({ length: rows }, (_, i) => [
    `indicators[${i}]`,
    ...INDICATOR_FIELDS.map((f) => key(i, f)),
  ]).flat();
  const title = predecessor ? `Nieuwe versie van ${predecessor.name ?? ''}` : 'Nieuwe selectieregels';

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        Een regelset geeft punten per indicator. Een zaak met minstens de drempel aan punten gaat naar een medewerker; de
        regelset beslist nooit zelf. Na registratie doorloopt de regelset de privacytoets, het impactassessment (IAMA) en
        de vaktechnische goedkeuring.
      </Paragraph>
      {predecessor && (
        <Alert type="info">
          Dit wordt versie {predecessor.version + 1}. Versie {predecessor.version} blijft ongewijzigd in het register en
          gaat buiten gebruik zodra deze versie actief wordt.
        </Alert>
      )}
      <Form
        form={form}
        title={title}
        fields={['name', 'purpose', 'legalBasis', 'threshold', 'indicators', ...indicatorFields, 'features', 'proxyJustification', 'predecessorId']}
        submitLabel="Selectieregels registreren"
        secondary={
          <a className="utrecht-link" href={href(predecessor ? '/selectie/' + (predecessor.id ?? '') : '/selectie')}>
            Annuleren
          </a>
        }
        action={async (v) => {
          const body: Registration = {
            name: text(v.name),
            purpose: text(v.purpose),
            legalBasis: text(v.legalBasis),
            threshold: number(v.threshold),
            indicators: Array.from({ length: rows }, (_, i) => ({
              name: text(v[key(i, 'name')]),
              feature: text(v[key(i, 'feature')]),
              comparison: text(v[key(i, 'comparison')]),
              value: text(v[key(i, 'value')]),
              points: number(v[key(i, 'points')]),
            })),
            proxyJustification: text(v.proxyJustification),
            predecessorId: predecessor?.id,
          };
          const created = await post('/api/selection-rules', {}, body);
          navigate('/selectie/' + (created.id ?? ''));
        }}
      >
        <TextField form={form} name="name" label="Naam" />
        <TextArea form={form} name="purpose" label="Doel" description="Welk risico wil de regelset vinden, en waarom is dat nodig?" rows={3} />
        <TextField
          form={form}
          name="legalBasis"
          label="Wettelijke grondslag"
          description="Het BWB-nummer van de wet en het artikel, bijvoorbeeld BWBR0018472 art. 40 (Awir)."
        />
        <TextField
          form={form}
          name="threshold"
          label="Drempel (punten)"
          description="Een zaak met minstens zoveel punten gaat naar een medewerker."
          inputMode="numeric"
          width="short"
        />
        {form.errors.indicators && (
          <div id={form.fieldId('indicators')} tabIndex={-1}>
            <Alert type="error">{form.errors.indicators}</Alert>
          </div>
        )}
        {form.errors.features && (
          <div id={form.fieldId('features')} tabIndex={-1}>
            <Alert type="error">{form.errors.features}</Alert>
          </div>
        )}
        {Array.from({ length: rows }, (_, i) => (
          <fieldset
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset toeslagen-indicator"
            key={i}
            id={form.fieldId(`indicators[${i}]`)}
            tabIndex={-1}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              Indicator {i + 1}
            </legend>
            {form.errors[`indicators[${i}]`] && <Alert type="error">{form.errors[`indicators[${i}]`]}</Alert>}
            <TextField form={form} name={key(i, 'name')} label={`Naam van indicator ${i + 1}`} />
            <SelectField form={form} name={key(i, 'feature')} label={`Kenmerk van indicator ${i + 1}`} options={featureOptions} />
            <SelectField form={form} name={key(i, 'comparison')} label={`Vergelijking van indicator ${i + 1}`} options={comparisons} />
            {typeOf(form.values[key(i, 'feature')]) === 'BOOLEAN' ? (
              <SelectField form={form} name={key(i, 'value')} label={`Waarde van indicator ${i + 1}`} options={YES_NO} />
            ) : (
              <TextField
                form={form}
                name={key(i, 'value')}
                label={`Waarde van indicator ${i + 1}`}
                description={
                  typeOf(form.values[key(i, 'feature')]) === 'NUMBER' ? 'Een heel getal, zoals 10.' : 'Een getal of een tekst, zoals HUURTOESLAG.'
                }
                width="short"
              />
            )}
            <TextField form={form} name={key(i, 'points')} label={`Punten van indicator ${i + 1}`} inputMode="numeric" width="short" />
            {rows > 1 && (
              <div className="utrecht-button-group">
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => remove(i)}>
                  Indicator {i + 1} verwijderen
                </button>
              </div>
            )}
          </fieldset>
        ))}
        <div className="utrecht-button-group">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={add} id="indicator-toevoegen">
            Indicator toevoegen
          </button>
        </div>
        <Heading level={2}>Verdachte kenmerken</Heading>
        <TextArea
          form={form}
          name="proxyJustification"
          label="Onderbouwing bij verdachte kenmerken"
          description="Alleen nodig als een indicator een kenmerk gebruikt dat mogelijk indirect onderscheid maakt: waarom is het nodig, en waarom is er geen ander kenmerk?"
          rows={3}
        />
      </Form>
    </>
  );
}
