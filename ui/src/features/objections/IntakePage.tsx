import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { post } from '../../api/client';
import {
  Checkbox,
  DateField,
  Form,
  SelectField,
  TextArea,
  TextField,
  cents,
  lines,
  text,
  useForm,
} from '../../kit/forms';
import { PageTitle } from '../../kit/page';
import { href, navigate } from '../../kit/routes';
import { useCan, useVocabulary } from '../../kit/session';
import { ErrorPage } from '../../components/ErrorPage';
import { FieldGroup, capital, withFieldLabels } from './fields';

/** Every field of the intake, by its path in the request (so a refusal lands at its field). */
const FIELDS = [
  'bsn',
  'benefitType',
  'contestedDecision',
  'contestedDecision.reference',
  'contestedDecision.type',
  'contestedDecision.date',
  'contestedDecision.benefitYear',
  'receivedDate',
  'postmarkDate',
  'grounds',
  'channel',
  'advisoryCommittee',
  'amountAtStakeCents',
];

/** A number typed in a field, or the text itself (the server names the field when it is none). */
function whole(value: string | boolean | string[] | undefined): number | string | undefined {
  const t = text(value);
  return t !== undefined && /^\d{1,9}$/.test(t) ? Number(t) : t;
}

/** What another case's page fills in of the intake (the decision objected to), from the link's query. */
export interface IntakePrefill {
  reference?: string;
  type?: string;
  date?: string;
  benefitType?: string;
}

/** #/bezwaren/nieuw: the intake of an objection; after registering, its case page. */
export function IntakePage({ prefill }: { prefill?: IntakePrefill } = {}) {
  const can = useCan();
  const vocabulary = useVocabulary();
  const form = useForm({
    bsn: '',
    benefitType: prefill?.benefitType ?? '',
    'contestedDecision.reference': prefill?.reference ?? '',
    'contestedDecision.type': prefill?.type ?? '',
    'contestedDecision.date': prefill?.date ?? '',
    'contestedDecision.benefitYear': '',
    receivedDate: '',
    postmarkDate: '',
    grounds: '',
    channel: '',
    advisoryCommittee: false,
    amountAtStakeCents: '',
  });
  if (!can('ObjectionResource_receive')) return <ErrorPage status={403} />;

  const register = async (v: typeof form.values) => {
    const created = await post('/api/objections', {}, {
      bsn: text(v.bsn),
      benefitType: text(v.benefitType),
      contestedDecision: {
        reference: text(v['contestedDecision.reference']),
        type: text(v['contestedDecision.type']),
        date: text(v['contestedDecision.date']),
        benefitYear: whole(v['contestedDecision.benefitYear']),
      },
      receivedDate: text(v.receivedDate),
      postmarkDate: text(v.postmarkDate),
      grounds: lines(v.grounds),
      channel: text(v.channel),
      advisoryCommittee: Boolean(v.advisoryCommittee),
      amountAtStakeCents: cents(v.amountAtStakeCents),
      // the server checks every value and names each field it refuses
    });
    navigate('/bezwaren/' + (created as { id?: string }).id + '?nieuw=1');
  };

  const benefitTypes = vocabulary('objections', 'benefitTypes').map((o) => ({ ...o, label: capital(o.label) }));
  return (
    <>
      <PageTitle>Nieuw bezwaar registreren</PageTitle>
      <Paragraph>
        Vul de gegevens uit het bezwaarschrift in. Na het registreren krijgt de burger een ontvangstbevestiging.{' '}
        <a className="utrecht-link" href={href('/bezwaren')}>
          Terug naar zoeken
        </a>
      </Paragraph>
      <Form form={form} action={(v) => withFieldLabels(form.fieldId, () => register(v))} submitLabel="Bezwaar registreren" fields={FIELDS} title="Nieuw bezwaar">
        <TextField form={form} name="bsn" label="BSN van de burger" description="Negen cijfers." inputMode="numeric" width="short" />
        <SelectField form={form} name="benefitType" label="Toeslag" options={benefitTypes} />
        <FieldGroup legend="Bestreden besluit" id={form.fieldId('contestedDecision')} error={form.errors['contestedDecision']}>
          <TextField form={form} name="contestedDecision.reference" label="Kenmerk van het besluit" width="short" />
          <SelectField
            form={form}
            name="contestedDecision.type"
            label="Soort besluit"
            options={vocabulary('objections', 'contestedDecisionTypes')}
          />
          <DateField form={form} name="contestedDecision.date" label="Datum van het besluit (dagtekening)" />
          <TextField
            form={form}
            name="contestedDecision.benefitYear"
            label="Toeslagjaar (niet verplicht)"
            description="Bijvoorbeeld 2025."
            inputMode="numeric"
            width="short"
          />
        </FieldGroup>
        <DateField form={form} name="receivedDate" label="Ontvangen op" />
        <DateField
          form={form}
          name="postmarkDate"
          label="Datum poststempel (niet verplicht)"
          description="Alleen bij een bezwaar dat per post is verstuurd."
        />
        <TextArea
          form={form}
          name="grounds"
          label="Gronden van het bezwaar (niet verplicht)"
          description="Eén grond per regel. Zonder gronden wordt het bezwaar pro forma geregistreerd en vraagt u de gronden later op."
          rows={5}
        />
        <SelectField form={form} name="channel" label="Hoe ontvangen" options={vocabulary('objections', 'intakeChannels')} />
        <Checkbox form={form} name="advisoryCommittee" label="Advies van de bezwaaradviescommissie nodig (beslistermijn twaalf weken)" />
        <TextField
          form={form}
          name="amountAtStakeCents"
          label="Bedrag in geschil in euro (niet verplicht)"
          description="De nabetaling of terugvordering uit het besluit, bijvoorbeeld 1.250,00."
          inputMode="decimal"
          width="short"
        />
      </Form>
    </>
  );
}
