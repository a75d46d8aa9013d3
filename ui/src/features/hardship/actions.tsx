import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { post, type Entered, type PostBody, type Schemas } from '../../api/client';
import { today } from '../../kit/format';
import {
  Checkbox,
  DateField,
  Form,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  text,
  useForm,
  type FormValues,
} from '../../kit/forms';
import { CheckboxGroup, Section } from './fields';
import { useHardshipLabels } from './labels';
import { euroCents } from './money';

type Details = Schemas['HardshipRequestDetails'];
type After = (message: string) => void;

type TriageBody = Entered<PostBody<'/api/hardship-requests/{id}/triage'>>;
type ContactBody = Entered<PostBody<'/api/hardship-requests/{id}/contact'>>;
type PaymentBody = Entered<PostBody<'/api/hardship-requests/{id}/emergency-payments'>>;
type ReferralBody = Entered<PostBody<'/api/hardship-requests/{id}/referrals'>>;
type AssessBody = Entered<PostBody<'/api/hardship-requests/{id}/assessment'>>;
type ReviewBody = Entered<PostBody<'/api/hardship-requests/{id}/review'>>;

/** The forms of exactly the actions the server lists for this user on this request. */
export function Actions({ r, after }: { r: Details; after: After }) {
  const { label } = useHardshipLabels();
  const actions = (r.actions ?? []).filter((a) => a !== 'OBJECT');
  if (actions.length === 0) return null;
  return (
    <Section id="acties" title="Wat u nu kunt doen">
      <ul className="utrecht-unordered-list" aria-label="Mogelijke handelingen">
        {actions.map((a) => (
          <li key={a}>{label('requestActions', a)}</li>
        ))}
      </ul>
      {actions.includes('TRIAGE') && <TriageForm r={r} after={after} />}
      {actions.includes('CONTACT') && <ContactForm r={r} after={after} />}
      {actions.includes('ASSESS') && <AssessForm r={r} after={after} />}
      {actions.includes('REVIEW') && <ReviewForm r={r} after={after} />}
      {actions.includes('EMERGENCY_PAYMENT') && <EmergencyPaymentForm r={r} after={after} />}
      {actions.includes('REFER') && <ReferralForm r={r} after={after} />}
    </Section>
  );
}

function TriageForm({ r, after }: { r: Details; after: After }) {
  const { options } = useHardshipLabels();
  const form = useForm({ track: r.track ?? '', addedUrgency: [] as string[], reasons: '' });
  const already = new Set(r.urgency ?? []);
  return (
    <Form
      form={form}
      title="Triage"
      fields={['track', 'addedUrgency', 'reasons']}
      submitLabel="Triage vastleggen"
      action={async (v) => {
        const body: TriageBody = { track: text(v.track), addedUrgency: v.addedUrgency as string[], reasons: text(v.reasons) };
        await post('/api/hardship-requests/{id}/triage', { id: r.id ?? '' }, body);
        after('Triage vastgelegd.');
      }}
    >
      <Heading level={3}>Triage</Heading>
      <RadioGroup form={form} name="track" label="Spoor" options={options('tracks')} />
      <CheckboxGroup
        form={form}
        name="addedUrgency"
        label="Noodsituatie die in het gesprek bleek (niet verplicht)"
        options={options('urgencySignals').filter((o) => !already.has(o.code))}
      />
      <TextArea form={form} name="reasons" label="Motivering van de triage" rows={3} />
    </Form>
  );
}

function ContactForm({ r, after }: { r: Details; after: After }) {
  const form = useForm({ contactedOn: today(), summary: '' });
  return (
    <Form
      form={form}
      title="Spoedcontact"
      fields={['contactedOn', 'summary']}
      submitLabel="Spoedcontact vastleggen"
      action={async (v) => {
        const body: ContactBody = { contactedOn: text(v.contactedOn), summary: text(v.summary) };
        await post('/api/hardship-requests/{id}/contact', { id: r.id ?? '' }, body);
        after('Spoedcontact vastgelegd.');
      }}
    >
      <Heading level={3}>Spoedcontact</Heading>
      <Paragraph>Op het spoedspoor neemt u dezelfde dag contact op met de burger.</Paragraph>
      <DateField form={form} name="contactedOn" label="Contact gehad op" />
      <TextArea form={form} name="summary" label="Samenvatting van het gesprek" rows={3} />
    </Form>
  );
}

function EmergencyPaymentForm({ r, after }: { r: Details; after: After }) {
  const form = useForm({ amountCents: '', approver: '', reasons: '' });
  return (
    <Form
      form={form}
      title="Noodbetaling"
      fields={['amountCents', 'approver', 'reasons']}
      submitLabel="Noodbetaling vastleggen"
      action={async (v) => {
        const body: PaymentBody = { amountCents: euroCents(v.amountCents), approver: text(v.approver), reasons: text(v.reasons) };
        await post('/api/hardship-requests/{id}/emergency-payments', { id: r.id ?? '' }, body);
        form.reset();
        after('Noodbetaling vastgelegd.');
      }}
    >
      <Heading level={3}>Noodbetaling</Heading>
      <TextField form={form} name="amountCents" label="Bedrag van de noodbetaling in euro" inputMode="decimal" width="short" />
      <TextField
        form={form}
        name="approver"
        label="Goedgekeurd door (gebruikersnaam)"
        description="Een teamleider of een medewerker vaktechniek."
        width="short"
      />
      <TextArea form={form} name="reasons" label="Motivering van de noodbetaling" rows={2} />
    </Form>
  );
}

function ReferralForm({ r, after }: { r: Details; after: After }) {
  const { options } = useHardshipLabels();
  const form = useForm({ target: '', reasons: '' });
  return (
    <Form
      form={form}
      title="Doorverwijzen"
      fields={['target', 'reasons']}
      submitLabel="Doorverwijzen"
      action={async (v) => {
        const body: ReferralBody = { target: text(v.target), reasons: text(v.reasons) };
        await post('/api/hardship-requests/{id}/referrals', { id: r.id ?? '' }, body);
        form.reset();
        after('Doorverwijzing vastgelegd.');
      }}
    >
      <Heading level={3}>Doorverwijzen</Heading>
      <SelectField form={form} name="target" label="Doorverwijzen naar" options={options('referralTargets')} />
      <TextArea form={form} name="reasons" label="Waarom doorverwijzen" rows={2} />
    </Form>
  );
}

const PLAN = ['paymentPlan.monthlyIncomeCents', 'paymentPlan.beslagvrijeVoetCents', 'paymentPlan.monthlyAdvanceCents'];

function AssessForm({ r, after }: { r: Details; after: After }) {
  const { options } = useHardshipLabels();
  const form = useForm<FormValues>({
    facts: '',
    harshLaw: '',
    unforeseenUnintended: false,
    disproportionate: false,
    outcome: '',
    granted: '',
    reliefCents: '',
    pauseUntil: '',
    'paymentPlan.monthlyIncomeCents': '',
    'paymentPlan.beslagvrijeVoetCents': '',
    'paymentPlan.monthlyAdvanceCents': '',
    reasons: '',
    policySignal: '',
    policySignalNote: '',
  });
  const withPlan = PLAN.some((f) => text(form.values[f]) !== undefined);
  return (
    <Form
      form={form}
      title="Beoordelen"
      fields={[
        'facts',
        'harshLaw',
        'unforeseenUnintended',
        'disproportionate',
        'outcome',
        'granted',
        'reliefCents',
        'pauseUntil',
        'paymentPlan',
        ...PLAN,
        'reasons',
        'policySignal',
        'policySignalNote',
      ]}
      submitLabel="Beoordeling vastleggen"
      action={async (v) => {
        const body: AssessBody = {
          facts: text(v.facts),
          harshLaw: text(v.harshLaw),
          unforeseenUnintended: Boolean(v.unforeseenUnintended),
          disproportionate: Boolean(v.disproportionate),
          outcome: text(v.outcome),
          granted: text(v.granted),
          reliefCents: euroCents(v.reliefCents),
          pauseUntil: text(v.pauseUntil),
          paymentPlan: withPlan
            ? {
                monthlyIncomeCents: euroCents(v['paymentPlan.monthlyIncomeCents']),
                beslagvrijeVoetCents: euroCents(v['paymentPlan.beslagvrijeVoetCents']),
                monthlyAdvanceCents: euroCents(v['paymentPlan.monthlyAdvanceCents']) ?? 0,
              }
            : undefined,
          reasons: text(v.reasons),
          policySignal: text(v.policySignal),
          policySignalNote: text(v.policySignalNote),
        };
        await post('/api/hardship-requests/{id}/assessment', { id: r.id ?? '' }, body);
        after(
          v.outcome === 'TOEGEKEND'
            ? 'Beoordeling vastgelegd: het verzoek is toegekend. De beslisbrief wordt gemaakt.'
            : 'Beoordeling vastgelegd. Een medewerker vaktechniek controleert haar.',
        );
      }}
    >
      <Heading level={3}>Beoordelen</Heading>
      <Paragraph>
        Een volledige toekenning is meteen besloten. Een gedeeltelijke toekenning of een afwijzing controleert eerst een
        medewerker vaktechniek die nog geen stap in dit verzoek zette.
      </Paragraph>
      <TextArea form={form} name="facts" label="Feiten" description="Wat is vastgesteld over de situatie van de burger?" rows={4} />
      <TextArea form={form} name="harshLaw" label="Welke wettelijke regel werkt hier hard uit?" rows={2} />
      <Checkbox form={form} name="unforeseenUnintended" label="De wetgever heeft dit gevolg niet voorzien of bedoeld (artikel 47 Awir)" />
      <Checkbox form={form} name="disproportionate" label="Volledig terugvorderen is onevenredig (artikel 3:4 Awb)" />
      <RadioGroup form={form} name="outcome" label="Beslissing" options={options('outcomes')} />
      <TextArea form={form} name="granted" label="Wat wordt toegekend" description="Verplicht bij een (gedeeltelijke) toekenning." rows={2} />
      <TextField
        form={form}
        name="reliefCents"
        label="Kwijtgescholden bedrag in euro (niet verplicht)"
        description="Bijvoorbeeld 500,00. Bij een afwijzing niets."
        inputMode="decimal"
        width="short"
      />
      <DateField form={form} name="pauseUntil" label="Betaalpauze tot (alleen bij een betaalpauze)" />
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
        id={form.fieldId('paymentPlan')}
        tabIndex={-1}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          Persoonlijke betalingsregeling (niet verplicht)
        </legend>
        {form.errors['paymentPlan'] && (
          <div className="utrecht-form-field-error-message">
            <span className="toeslagen-visually-hidden">Fout: </span>
            {form.errors['paymentPlan']}
          </div>
        )}
        <TextField form={form} name="paymentPlan.monthlyIncomeCents" label="Inkomen per maand in euro" inputMode="decimal" width="short" />
        <TextField
          form={form}
          name="paymentPlan.beslagvrijeVoetCents"
          label="Beslagvrije voet per maand in euro"
          inputMode="decimal"
          width="short"
        />
        <TextField
          form={form}
          name="paymentPlan.monthlyAdvanceCents"
          label="Lopend voorschot per maand in euro"
          description="Leeg laten als er geen voorschot loopt."
          inputMode="decimal"
          width="short"
        />
      </fieldset>
      <TextArea form={form} name="reasons" label="Motivering van de beslissing" rows={4} />
      <SelectField
        form={form}
        name="policySignal"
        label="Signaal voor beleid (niet verplicht)"
        placeholder="Geen signaal"
        options={options('policySignalCategories')}
      />
      <TextArea form={form} name="policySignalNote" label="Toelichting op het signaal" rows={2} />
    </Form>
  );
}

function ReviewForm({ r, after }: { r: Details; after: After }) {
  const form = useForm({ approved: '', reasons: '' });
  return (
    <Form
      form={form}
      title="Controle vaktechniek"
      fields={['approved', 'reasons']}
      submitLabel="Controle vastleggen"
      action={async (v) => {
        const body: ReviewBody = { approved: v.approved === '' ? undefined : v.approved === 'ja', reasons: text(v.reasons) };
        await post('/api/hardship-requests/{id}/review', { id: r.id ?? '' }, body);
        after(
          v.approved === 'ja'
            ? 'Goedgekeurd: op het verzoek is besloten. De beslisbrief wordt gemaakt.'
            : 'Teruggestuurd: de behandelaar beoordeelt het verzoek opnieuw.',
        );
      }}
    >
      <Heading level={3}>Controle vaktechniek</Heading>
      <RadioGroup
        form={form}
        name="approved"
        label="Uw oordeel over de beoordeling"
        options={[
          { code: 'ja', label: 'Goedkeuren' },
          { code: 'nee', label: 'Terugsturen naar de behandelaar' },
        ]}
      />
      <TextArea form={form} name="reasons" label="Uw motivering" description="Verplicht, ook bij goedkeuren." rows={3} />
    </Form>
  );
}
