import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { post, type Entered, type PostBody } from '../../api/client';
import { DateField, Form, SelectField, TextArea, TextField, text, useForm } from '../../kit/forms';
import { Alert, PageTitle } from '../../kit/page';
import { href, navigate } from '../../kit/routes';
import { useCan, useVocabulary } from '../../kit/session';
import { capital } from './labels';

/** The registration body, with the optional provisional retention date (yyyy-mm-dd). */
type Registration = Entered<PostBody<'/api/signals'>>;

const FIELDS = ['bsn', 'benefitType', 'source', 'description', 'legalBasis', 'retentionDate'];

/**
 * #/signalen/nieuw: a supervision officer registers a signal. The server checks everything and
 * lists every error at once (summary at the top, each message at its field); on success the
 * signal's page opens.
 */
export function RegisterSignalPage() {
  const can = useCan();
  const vocabulary = useVocabulary();
  const form = useForm({ bsn: '', benefitType: '', source: '', description: '', legalBasis: '', retentionDate: '' });
  const options = (name: string) =>
    vocabulary('fraud-review', name).map((o) => ({ code: o.code, label: capital(o.label) }));

  if (!can('SignalResource_register')) {
    return (
      <>
        <PageTitle>Nieuw signaal</PageTitle>
        <Alert type="warning">Alleen een medewerker intensief toezicht kan een signaal registreren.</Alert>
      </>
    );
  }
  return (
    <>
      <PageTitle>Nieuw signaal registreren</PageTitle>
      <Paragraph>
        Een signaal is informatie dat een toeslag mogelijk ten onrechte is betaald. Het is geen verdenking: registreren
        vraagt geen oordeel over de burger.
      </Paragraph>
      <Form
        form={form}
        title="Nieuw signaal registreren"
        fields={FIELDS}
        submitLabel="Signaal registreren"
        secondary={
          <a className="utrecht-link" href={href('/signalen')}>
            Annuleren
          </a>
        }
        action={async (v) => {
          const body: Registration = {
            bsn: text(v.bsn),
            benefitType: text(v.benefitType),
            source: text(v.source),
            description: text(v.description),
            legalBasis: text(v.legalBasis),
            retentionDate: text(v.retentionDate),
          };
          const created = await post('/api/signals', {}, body);
          navigate('/signalen/' + (created.id ?? ''));
        }}
      >
        <TextField form={form} name="bsn" label="BSN van de burger" inputMode="numeric" width="short" />
        <SelectField form={form} name="benefitType" label="Toeslag" options={options('benefitTypes')} />
        <SelectField form={form} name="source" label="Bron van het signaal" options={options('signalSources')} />
        <TextArea form={form} name="description" label="Omschrijving" description="Wat is er gezien? Feiten, geen oordeel." />
        <TextField
          form={form}
          name="legalBasis"
          label="Grondslag voor de verwerking"
          description="Bijvoorbeeld: Awir art. 40 (onderzoek naar de juistheid van de toeslag)."
        />
        <DateField
          form={form}
          name="retentionDate"
          label="Bewaren tot (voorlopig, niet verplicht)"
          description="Leeg laten mag: bij afsluiting bepaalt het bewaarschema de datum."
        />
      </Form>
    </>
  );
}
