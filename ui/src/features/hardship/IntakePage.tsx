import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { post, type Entered, type PostBody } from '../../api/client';
import { ErrorPage } from '../../components/ErrorPage';
import { Form, RadioGroup, SelectField, TextArea, TextField, text, useForm } from '../../kit/forms';
import { PageTitle } from '../../kit/page';
import { href, navigate } from '../../kit/routes';
import { useCan } from '../../kit/session';
import { CheckboxGroup } from './fields';
import { useHardshipLabels } from './labels';
import { euroCents } from './money';

type Registration = Entered<PostBody<'/api/hardship-requests'>>;

const FIELDS = ['bsn', 'benefitType', 'recoveryReference', 'recoveryAmountCents', 'kind', 'circumstances', 'urgency'];

/**
 * #/hardheid/nieuw: a handler registers a hardship request. The server picks the track (an urgency
 * signal means the urgent track, contact the same day) and the triage deadline; the case page shows
 * both.
 */
export function IntakePage() {
  const can = useCan();
  const { options } = useHardshipLabels();
  const form = useForm({
    bsn: '',
    benefitType: '',
    recoveryReference: '',
    recoveryAmountCents: '',
    kind: '',
    circumstances: '',
    urgency: [] as string[],
  });
  if (!can('HardshipRequestResource_register')) return <ErrorPage status={403} />;
  return (
    <>
      <PageTitle>Nieuw hardheidsverzoek</PageTitle>
      <Paragraph>
        Vul de gegevens uit het verzoek in. Kruis aan wat de burger vertelt over een dreigende noodsituatie: dan gaat het
        verzoek naar het spoedspoor en neemt een medewerker vandaag nog contact op.{' '}
        <a className="utrecht-link" href={href('/hardheid')}>
          Terug naar de lijst
        </a>
      </Paragraph>
      <Form
        form={form}
        title="Nieuw hardheidsverzoek"
        fields={FIELDS}
        submitLabel="Verzoek registreren"
        action={async (v) => {
          const body: Registration = {
            bsn: text(v.bsn),
            benefitType: text(v.benefitType),
            recoveryReference: text(v.recoveryReference),
            recoveryAmountCents: euroCents(v.recoveryAmountCents),
            kind: text(v.kind),
            circumstances: text(v.circumstances),
            urgency: v.urgency as string[],
          };
          const created = await post('/api/hardship-requests', {}, body);
          navigate('/hardheid/' + encodeURIComponent(created.id ?? '') + '?nieuw=1');
        }}
      >
        <TextField form={form} name="bsn" label="BSN van de burger" description="Negen cijfers." inputMode="numeric" width="short" />
        <SelectField form={form} name="benefitType" label="Toeslag" options={options('benefitTypes')} />
        <TextField
          form={form}
          name="recoveryReference"
          label="Kenmerk van de terugvordering"
          description="Het kenmerk uit de brief over de terugvordering."
          width="short"
        />
        <TextField
          form={form}
          name="recoveryAmountCents"
          label="Bedrag van de terugvordering in euro"
          description="Bijvoorbeeld 2.400,00."
          inputMode="decimal"
          width="short"
        />
        <RadioGroup form={form} name="kind" label="Wat vraagt de burger?" options={options('kinds')} />
        <TextArea
          form={form}
          name="circumstances"
          label="Omstandigheden"
          description="Wat vertelt de burger over de situatie? Feiten, in de woorden van de burger."
          rows={5}
        />
        <CheckboxGroup
          form={form}
          name="urgency"
          label="Dreigende noodsituatie (niet verplicht)"
          description="Kruis alles aan wat van toepassing is."
          options={options('urgencySignals')}
        />
      </Form>
    </>
  );
}
