// A form for every action the case allows now: shown only when the case's allowedActions (the
// server's rules: stage, policies, four eyes, who holds the task) and the user's role (GET /api/me
// actions) both name its operation. The UI decides nothing itself; the server checks every value.
import type { ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { Button } from '@utrecht/button-react';
import { post, type Entered, type PostBody, type Schemas } from '../../api/client';
import {
  Checkbox,
  DateField,
  Form,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  lines,
  text,
  useForm,
  type FormValues,
} from '../../kit/forms';
import { date } from '../../kit/format';
import { useCan, useLabels, useVocabulary } from '../../kit/session';
import { CheckboxGroup, DateTimeField, FieldGroup, withFieldLabels } from './fields';
import { useState } from 'react';
import { asApiError } from '../../api/client';
import { Alert } from '../../kit/page';

type Objection = Schemas['ObjectionView'];
type Done = (message: string) => void;

/** The operation ids, as GET /api/me and allowedActions name them. */
const OP = {
  claim: 'TaskResource_claim',
  admissibility: 'ObjectionResource_admissibility',
  repair: 'ObjectionResource_repair',
  contact: 'ObjectionResource_contact',
  hearing: 'ObjectionResource_hearing',
  waiver: 'ObjectionResource_waiver',
  hearingReport: 'ObjectionResource_hearingReport',
  draft: 'ObjectionResource_draft',
  review: 'ObjectionResource_review',
  addGround: 'ObjectionResource_addGround',
  extension: 'ObjectionResource_extension',
  postponement: 'ObjectionResource_postponement',
  noticeOfDefault: 'ObjectionResource_noticeOfDefault',
  withdrawal: 'ObjectionResource_withdrawal',
  penaltyDecision: 'ObjectionResource_penaltyDecision',
} as const;

/** A request body as the user entered it, checked against the schema's field names and types (the server names every missing field). */
function body<P extends Parameters<typeof post>[0]>(_path: P, value: Entered<PostBody<P>>): Entered<PostBody<P>> {
  return value;
}

export function CaseActions({ o, onDone }: { o: Objection; onDone: Done }) {
  const can = useCan();
  const allowed = new Set(o.allowedActions ?? []);
  const may = (op: string) => allowed.has(op) && can(op);
  const id = o.id ?? '';
  const forms: ReactNode[] = [];
  if (may(OP.claim)) forms.push(<Claim key="claim" o={o} onDone={onDone} />);
  if (may(OP.admissibility)) forms.push(<Admissibility key="adm" o={o} onDone={onDone} />);
  if (may(OP.repair)) forms.push(<Repair key="rep" o={o} onDone={onDone} />);
  if (may(OP.contact)) forms.push(<Contact key="con" id={id} onDone={onDone} />);
  if (may(OP.hearing)) forms.push(<HearingPlan key="hea" id={id} onDone={onDone} />);
  if (may(OP.waiver)) forms.push(<Waiver key="wai" id={id} onDone={onDone} />);
  if (may(OP.hearingReport)) forms.push(<HearingReport key="rpt" o={o} onDone={onDone} />);
  if (may(OP.draft)) forms.push(<Draft key={'dra' + (o.decision?.preparedOn ?? '') + (o.grounds ?? []).length} o={o} onDone={onDone} />);
  if (may(OP.review)) forms.push(<Review key="rev" id={id} onDone={onDone} />);
  if (may(OP.penaltyDecision)) forms.push(<PenaltyDecision key="pen" o={o} onDone={onDone} />);
  if (may(OP.addGround)) forms.push(<AddGround key="gro" id={id} onDone={onDone} />);
  if (may(OP.extension)) forms.push(<Extension key="ext" id={id} onDone={onDone} />);
  if (may(OP.postponement)) forms.push(<Postponement key="pos" o={o} onDone={onDone} />);
  if (may(OP.noticeOfDefault)) forms.push(<NoticeOfDefault key="nod" id={id} onDone={onDone} />);
  if (may(OP.withdrawal)) forms.push(<Withdrawal key="wdr" id={id} onDone={onDone} />);
  return (
    <section aria-labelledby="acties-titel" id="acties">
      <Heading level={2} id="acties-titel">
        Wat u nu kunt doen
      </Heading>
      {forms.length === 0 ? <Paragraph>Er is op dit moment geen handeling voor u op deze zaak.</Paragraph> : forms}
    </section>
  );
}

/** One action: its heading (h3) and form; the heading names the form for screen readers. */
function Action<V extends FormValues>({
  title,
  intro,
  children,
  ...form
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  form: ReturnType<typeof useForm<V>>;
  action: (values: V) => Promise<string | void>;
  submitLabel: string;
  fields: string[];
}) {
  return (
    <div className="toeslagen-action">
      <Heading level={3}>{title}</Heading>
      {intro}
      <Form {...form} action={(v) => withFieldLabels(form.form.fieldId, () => form.action(v))} title={title}>
        {children}
      </Form>
    </div>
  );
}

function Claim({ o, onDone }: { o: Objection; onDone: Done }) {
  const label = useLabels();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const task = (o.openTasks ?? []).find((t) => !t.assignee);
  if (!task) return null;
  const claim = async () => {
    setBusy(true);
    try {
      await post('/api/tasks/{id}/claim', { id: task.id ?? '' });
      setError(undefined);
      onDone(`De taak "${label('objections', 'tasks', task.key)}" staat nu op uw naam.`);
    } catch (e) {
      setError(asApiError(e).detailNl ?? 'Het oppakken is niet gelukt.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="toeslagen-action">
      <Heading level={3}>Taak oppakken</Heading>
      <Paragraph>
        De taak "{label('objections', 'tasks', task.key)}" staat nog op niemands naam.
      </Paragraph>
      {error && <Alert type="error">{error}</Alert>}
      <Button type="button" appearance="primary-action-button" disabled={busy} onClick={claim}>
        Taak oppakken
      </Button>
    </div>
  );
}

function Admissibility({ o, onDone }: { o: Objection; onDone: Done }) {
  const vocabulary = useVocabulary();
  const form = useForm({ missing: [] as string[], repairDueDate: '', excuseReason: '' });
  return (
    <Action
      title="Ontvankelijkheid beoordelen"
      intro={
        <Paragraph>
          {o.timely
            ? 'Het bezwaar is op tijd ingediend.'
            : 'Het bezwaar is te laat ingediend. Leg een reden vast als de termijnoverschrijding verschoonbaar is (artikel 6:11 Awb).'}{' '}
          Vink aan wat ontbreekt (artikel 6:5 Awb); dan vraagt u om herstel.
        </Paragraph>
      }
      form={form}
      submitLabel="Beoordeling vastleggen"
      fields={['missing', 'repairDueDate', 'excuseReason']}
      action={async (v) => {
        await post('/api/objections/{id}/admissibility', { id: o.id ?? '' }, body('/api/objections/{id}/admissibility', {
          missing: v.missing,
          repairDueDate: text(v.repairDueDate),
          excuseReason: text(v.excuseReason),
        }));
        onDone('De ontvankelijkheid is vastgelegd.');
      }}
    >
      <CheckboxGroup form={form} name="missing" label="Wat ontbreekt in het bezwaarschrift?" options={vocabulary('objections', 'requirements')} />
      <DateField form={form} name="repairDueDate" label="Hersteltermijn tot en met" description="Alleen als er iets ontbreekt. Leeg: twee weken." />
      {!o.timely && <TextArea form={form} name="excuseReason" label="Waarom is de late indiening verschoonbaar?" />}
    </Action>
  );
}

function Repair({ o, onDone }: { o: Objection; onDone: Done }) {
  const vocabulary = useVocabulary();
  const form = useForm({ repairedOn: '', stillMissing: [] as string[] });
  return (
    <Action
      title="Herstel vastleggen"
      intro={
        <Paragraph>
          De hersteltermijn loopt tot en met {date(o.repairDueDate)}. Laat de datum leeg als de termijn ongebruikt is verstreken.
        </Paragraph>
      }
      form={form}
      submitLabel="Herstel vastleggen"
      fields={['repairedOn', 'stillMissing']}
      action={async (v) => {
        await post('/api/objections/{id}/repair', { id: o.id ?? '' }, body('/api/objections/{id}/repair', {
          repairedOn: text(v.repairedOn),
          stillMissing: v.stillMissing,
        }));
        onDone('Het herstel is vastgelegd.');
      }}
    >
      <DateField form={form} name="repairedOn" label="Hersteld op" />
      <CheckboxGroup
        form={form}
        name="stillMissing"
        label="Wat ontbreekt er nog?"
        options={vocabulary('objections', 'requirements').filter((r) => (o.missing ?? []).includes(r.code))}
      />
    </Action>
  );
}

const REACHED = [
  { code: 'REACHED', label: 'Ja, bereikt' },
  { code: 'NOT_REACHED', label: 'Nee, niet bereikt' },
];

function Contact({ id, onDone }: { id: string; onDone: Done }) {
  const form = useForm({ contactedOn: '', reached: '', agreement: '', resolved: false, withdrawn: false });
  return (
    <Action
      title="Bezwaarmaker bellen"
      intro={<Paragraph>Leg vast of u de bezwaarmaker heeft bereikt en wat er is besproken.</Paragraph>}
      form={form}
      submitLabel="Contact vastleggen"
      fields={['contactedOn', 'reached', 'agreement', 'resolved', 'withdrawn']}
      action={async (v) => {
        await post('/api/objections/{id}/contact', { id }, body('/api/objections/{id}/contact', {
          contactedOn: text(v.contactedOn),
          reached: v.reached === '' ? undefined : v.reached === 'REACHED',
          agreement: text(v.agreement),
          resolved: Boolean(v.resolved),
          withdrawn: Boolean(v.withdrawn),
        }));
        onDone(v.reached === 'REACHED' ? 'Het gesprek is vastgelegd: bereikt.' : 'Vastgelegd: de bezwaarmaker is niet bereikt.');
      }}
    >
      <DateField form={form} name="contactedOn" label="Gebeld op" description="Leeg: vandaag." />
      <RadioGroup form={form} name="reached" label="Heeft u de bezwaarmaker bereikt?" options={REACHED} />
      <TextArea form={form} name="agreement" label="Wat is besproken of afgesproken" />
      <Checkbox form={form} name="resolved" label="Opgelost in het gesprek" />
      <Checkbox form={form} name="withdrawn" label="De bezwaarmaker trekt het bezwaar in (telefonisch)" />
    </Action>
  );
}

function HearingPlan({ id, onDone }: { id: string; onDone: Done }) {
  const vocabulary = useVocabulary();
  const form = useForm({ scheduledAt: '', mode: '', place: '', objectorAgreedToShortNotice: false, shortNoticeNote: '' });
  return (
    <Action
      title="Hoorzitting plannen"
      intro={<Paragraph>Minstens een week vooruit (artikel 7:4 Awb), eerder alleen als de bezwaarmaker instemt. Er gaat een uitnodiging uit.</Paragraph>}
      form={form}
      submitLabel="Plannen en uitnodigen"
      fields={['scheduledAt', 'mode', 'place', 'objectorAgreedToShortNotice', 'shortNoticeNote']}
      action={async (v) => {
        await post('/api/objections/{id}/hearing', { id }, body('/api/objections/{id}/hearing', {
          scheduledAt: text(v.scheduledAt),
          mode: text(v.mode),
          place: text(v.place),
          objectorAgreedToShortNotice: Boolean(v.objectorAgreedToShortNotice),
          shortNoticeNote: text(v.shortNoticeNote),
        }));
        onDone('De hoorzitting is gepland en de uitnodiging is gemaakt.');
      }}
    >
      <DateTimeField form={form} name="scheduledAt" label="Datum en tijd" />
      <SelectField form={form} name="mode" label="Hoe" options={vocabulary('objections', 'hearingModes')} />
      <TextField form={form} name="place" label="Adres, telefoonnummer of videolink" />
      <Checkbox form={form} name="objectorAgreedToShortNotice" label="De bezwaarmaker stemt in met minder dan een week" />
      <TextArea form={form} name="shortNoticeNote" label="Hoe en wanneer stemde de bezwaarmaker in" rows={2} />
    </Action>
  );
}

function Waiver({ id, onDone }: { id: string; onDone: Done }) {
  const vocabulary = useVocabulary();
  const form = useForm({ reason: '', explanation: '' });
  return (
    <Action
      title="Niet horen (artikel 7:3 Awb)"
      form={form}
      submitLabel="Reden vastleggen"
      fields={['reason', 'explanation']}
      action={async (v) => {
        await post('/api/objections/{id}/hearing/waiver', { id }, body('/api/objections/{id}/hearing/waiver', {
          reason: text(v.reason),
          explanation: text(v.explanation),
        }));
        onDone('Vastgelegd waarom de bezwaarmaker niet wordt gehoord.');
      }}
    >
      <SelectField form={form} name="reason" label="Reden om niet te horen" options={vocabulary('objections', 'hearingSkipReasons')} />
      <TextArea form={form} name="explanation" label="Toelichting" rows={3} />
    </Action>
  );
}

function HearingReport({ o, onDone }: { o: Objection; onDone: Done }) {
  const form = useForm({ report: '' });
  return (
    <Action
      title="Verslag van de hoorzitting"
      intro={o.hearing?.scheduledAt ? <Paragraph>De hoorzitting is op {date(o.hearing.scheduledAt.slice(0, 10))}.</Paragraph> : undefined}
      form={form}
      submitLabel="Verslag vastleggen"
      fields={['report']}
      action={async (v) => {
        await post('/api/objections/{id}/hearing/report', { id: o.id ?? '' }, body('/api/objections/{id}/hearing/report', { report: text(v.report) }));
        onDone('Het verslag van de hoorzitting is vastgelegd.');
      }}
    >
      <TextArea form={form} name="report" label="Verslag" rows={6} />
    </Action>
  );
}

const UPHELD = [
  { code: 'yes', label: 'Ja, terecht (gegrond)' },
  { code: 'no', label: 'Nee, niet terecht (ongegrond)' },
];

function Draft({ o, onDone }: { o: Objection; onDone: Done }) {
  const vocabulary = useVocabulary();
  const grounds = o.grounds ?? [];
  const d = o.decision;
  const earlier = (g: string) => (d?.answers ?? []).find((a) => a.ground === g);
  const initial: FormValues = {
    outcome: d?.outcome ?? '',
    reasons: d?.reasons ?? '',
    legalReferences: (d?.legalReferences ?? []).join('\n'),
    caseLaw: (d?.caseLaw ?? []).join('\n'),
    'effect.newAmount': d?.newAmount ?? '',
    'effect.recoveryDropped': Boolean(d?.recoveryDropped),
    'effect.amountAtStake': d?.amountAtStake ?? '',
    'effect.description': d?.effectDescription ?? '',
  };
  grounds.forEach((g, i) => {
    const a = earlier(g);
    initial[`answers[${i}].upheld`] = a ? (a.upheld ? 'yes' : 'no') : '';
    initial[`answers[${i}].reasons`] = a?.reasons ?? '';
  });
  const form = useForm(initial);
  const answerFields = grounds.flatMap((_, i) => [`answers[${i}].upheld`, `answers[${i}].reasons`]);
  return (
    <Action
      title={d ? 'Beslissing opnieuw opstellen' : 'Beslissing op bezwaar opstellen'}
      intro={
        <>
          {o.reviewRemarks && (
            <Alert type="warning">
              <strong>De beoordelaar keurde het ontwerp af:</strong> {o.reviewRemarks}
            </Alert>
          )}
          <Paragraph>Beantwoord elke grond met een reden (artikel 7:12 Awb) en noem de wettelijke grondslag.</Paragraph>
        </>
      }
      form={form}
      submitLabel="Ontwerpbeslissing opslaan"
      fields={[
        'outcome',
        'reasons',
        'answers',
        ...answerFields,
        'legalReferences',
        'caseLaw',
        'effect',
        'effect.newAmount',
        'effect.recoveryDropped',
        'effect.amountAtStake',
        'effect.description',
      ]}
      action={async (v) => {
        const effect = {
          newAmount: text(v['effect.newAmount']),
          recoveryDropped: Boolean(v['effect.recoveryDropped']),
          amountAtStake: text(v['effect.amountAtStake']),
          description: text(v['effect.description']),
        };
        const after = await post('/api/objections/{id}/decision', { id: o.id ?? '' }, body('/api/objections/{id}/decision', {
          outcome: text(v.outcome),
          reasons: text(v.reasons),
          answers: grounds.map((g, i) => ({
            ground: g,
            upheld: v[`answers[${i}].upheld`] === '' ? undefined : v[`answers[${i}].upheld`] === 'yes',
            reasons: text(v[`answers[${i}].reasons`]),
          })),
          legalReferences: lines(v.legalReferences),
          caseLaw: lines(v.caseLaw),
          effect,
        }));
        onDone(
          (after as Objection | undefined)?.stage === 'REVIEW'
            ? 'De ontwerpbeslissing is opgeslagen en ligt nu bij Vaktechniek ter beoordeling.'
            : 'De beslissing is opgeslagen.',
        );
      }}
    >
      <SelectField form={form} name="outcome" label="Uitkomst" options={vocabulary('objections', 'decisionOutcomes').filter((x) => x.code !== 'INGETROKKEN')} />
      <TextArea form={form} name="reasons" label="Motivering" rows={5} />
      <FieldGroup legend="Antwoord op elke grond" id={form.fieldId('answers')} error={form.errors['answers']}>
        {grounds.length === 0 && <Paragraph>Het bezwaar heeft geen gronden.</Paragraph>}
        {grounds.map((g, i) => (
          <div className="toeslagen-answer" key={i}>
            <p className="utrecht-paragraph">
              <strong>Grond {i + 1}:</strong> {g}
            </p>
            <RadioGroup form={form} name={`answers[${i}].upheld`} label={`Is grond ${i + 1} terecht?`} options={UPHELD} />
            <TextArea form={form} name={`answers[${i}].reasons`} label={`Antwoord op grond ${i + 1}, met de reden`} rows={3} />
          </div>
        ))}
      </FieldGroup>
      <TextArea
        form={form}
        name="legalReferences"
        label="Wettelijke grondslag"
        description="Eén per regel, met BWB-nummer en artikel, bijvoorbeeld BWBR0018472 art. 16."
        rows={3}
      />
      <TextArea form={form} name="caseLaw" label="Jurisprudentie (niet verplicht)" description="Eén ECLI per regel." rows={2} />
      <FieldGroup legend="Gevolg voor de burger" id={form.fieldId('effect')} error={form.errors['effect']}>
        <TextField form={form} name="effect.newAmount" label="Nieuw bedrag in euro" description="Leeg als het bedrag gelijk blijft." inputMode="decimal" width="short" />
        <Checkbox form={form} name="effect.recoveryDropped" label="De terugvordering vervalt" />
        <TextField form={form} name="effect.amountAtStake" label="Nabetaling of terugvordering in euro" inputMode="decimal" width="short" />
        <TextArea form={form} name="effect.description" label="Wat verandert er voor de burger" rows={3} />
      </FieldGroup>
    </Action>
  );
}

const VERDICT = [
  { code: 'APPROVE', label: 'Goedkeuren: de beslissing wordt verstuurd' },
  { code: 'REJECT', label: 'Afkeuren: terug naar de behandelaar' },
];

function Review({ id, onDone }: { id: string; onDone: Done }) {
  const form = useForm({ approved: '', remarks: '' });
  return (
    <Action
      title="Ontwerpbeslissing beoordelen (vier ogen)"
      intro={<Paragraph>Lees de ontwerpbeslissing hieronder. Bij afkeuren schrijft u op wat er anders moet.</Paragraph>}
      form={form}
      submitLabel="Beoordeling vastleggen"
      fields={['approved', 'remarks']}
      action={async (v) => {
        await post('/api/objections/{id}/review', { id }, body('/api/objections/{id}/review', {
          approved: v.approved === '' ? undefined : v.approved === 'APPROVE',
          remarks: text(v.remarks),
        }));
        onDone(
          v.approved === 'APPROVE'
            ? 'De beslissing is goedgekeurd. De brief wordt verstuurd.'
            : 'De beslissing is afgekeurd en gaat terug naar de behandelaar.',
        );
      }}
    >
      <RadioGroup form={form} name="approved" label="Uw oordeel" options={VERDICT} />
      <TextArea form={form} name="remarks" label="Opmerkingen (verplicht bij afkeuren)" rows={4} />
    </Action>
  );
}

function PenaltyDecision({ o, onDone }: { o: Objection; onDone: Done }) {
  const vocabulary = useVocabulary();
  const form = useForm({ manifestly: '', reasons: '' });
  const p = o.penalty;
  return (
    <Action
      title="Dwangsom vaststellen (artikel 4:18 Awb)"
      intro={
        p ? (
          <Paragraph>
            Berekend: {p.amount} ({p.fullWeeks} volle weken, maximum {p.cap}). Vast te stellen uiterlijk op {date(p.decisionDue)}.
          </Paragraph>
        ) : undefined
      }
      form={form}
      submitLabel="Dwangsom vaststellen"
      fields={['manifestly', 'reasons']}
      action={async (v) => {
        await post('/api/objections/{id}/penalty-decision', { id: o.id ?? '' }, body('/api/objections/{id}/penalty-decision', {
          manifestly: text(v.manifestly),
          reasons: text(v.reasons),
        }));
        onDone('De dwangsom is vastgesteld. De brief is gemaakt.');
      }}
    >
      <SelectField
        form={form}
        name="manifestly"
        label="Geen dwangsom omdat het bezwaar (artikel 4:17 lid 6 Awb)"
        placeholder="Niet van toepassing: de dwangsom is verschuldigd"
        options={vocabulary('objections', 'manifestFindings')}
      />
      <TextArea form={form} name="reasons" label="Motivering (verplicht als het bezwaar kennelijk niet-ontvankelijk of ongegrond was)" rows={3} />
    </Action>
  );
}

function AddGround({ id, onDone }: { id: string; onDone: Done }) {
  const vocabulary = useVocabulary();
  const form = useForm({ text: '', receivedOn: '', source: '' });
  return (
    <Action
      title="Grond aanvullen"
      intro={<Paragraph>Een grond die later binnenkwam. De beslissing moet ook deze grond beantwoorden.</Paragraph>}
      form={form}
      submitLabel="Grond toevoegen"
      fields={['text', 'receivedOn', 'source']}
      action={async (v) => {
        await post('/api/objections/{id}/grounds', { id }, body('/api/objections/{id}/grounds', {
          text: text(v.text),
          receivedOn: text(v.receivedOn),
          source: text(v.source),
        }));
        form.reset();
        onDone('De grond is toegevoegd.');
      }}
    >
      <TextArea form={form} name="text" label="Grond" rows={3} />
      <DateField form={form} name="receivedOn" label="Ontvangen op" />
      <SelectField form={form} name="source" label="Hoe ontvangen" options={vocabulary('objections', 'groundSources')} />
    </Action>
  );
}

function Extension({ id, onDone }: { id: string; onDone: Done }) {
  const form = useForm({ reasons: '' });
  return (
    <Action
      title="Beslistermijn verdagen (artikel 7:10 lid 3 Awb)"
      intro={<Paragraph>Eén keer met zes weken, met een reden. De bezwaarmaker krijgt een brief.</Paragraph>}
      form={form}
      submitLabel="Verdagen"
      fields={['reasons']}
      action={async (v) => {
        await post('/api/objections/{id}/extension', { id }, body('/api/objections/{id}/extension', { reasons: text(v.reasons) }));
        onDone('De beslistermijn is verdaagd.');
      }}
    >
      <TextArea form={form} name="reasons" label="Reden van verdaging" rows={3} />
    </Action>
  );
}

function Postponement({ o, onDone }: { o: Objection; onDone: Done }) {
  const form = useForm({ newDeadline: '', consent: '' });
  return (
    <Action
      title="Verder uitstel met instemming (artikel 7:10 lid 4 Awb)"
      intro={<Paragraph>De huidige uiterste beslisdatum is {date(o.decisionDeadline)}.</Paragraph>}
      form={form}
      submitLabel="Uitstel vastleggen"
      fields={['newDeadline', 'consent']}
      action={async (v) => {
        await post('/api/objections/{id}/postponement', { id: o.id ?? '' }, body('/api/objections/{id}/postponement', {
          newDeadline: text(v.newDeadline),
          consent: text(v.consent),
        }));
        onDone('Het uitstel is vastgelegd.');
      }}
    >
      <DateField form={form} name="newDeadline" label="Nieuwe uiterste beslisdatum" />
      <TextArea form={form} name="consent" label="Hoe en wanneer stemde de bezwaarmaker in" rows={2} />
    </Action>
  );
}

function NoticeOfDefault({ id, onDone }: { id: string; onDone: Done }) {
  const form = useForm({ receivedOn: '' });
  return (
    <Action
      title="Ingebrekestelling registreren"
      form={form}
      submitLabel="Ingebrekestelling registreren"
      fields={['receivedOn']}
      action={async (v) => {
        await post('/api/objections/{id}/notice-of-default', { id }, body('/api/objections/{id}/notice-of-default', { receivedOn: text(v.receivedOn) }));
        onDone('De ingebrekestelling is geregistreerd.');
      }}
    >
      <DateField form={form} name="receivedOn" label="Ontvangen op" />
    </Action>
  );
}

function Withdrawal({ id, onDone }: { id: string; onDone: Done }) {
  const vocabulary = useVocabulary();
  const form = useForm({ channel: '', receivedOn: '', reason: '' });
  return (
    <Action
      title="Intrekking vastleggen"
      intro={<Paragraph>Een telefonische intrekking bevestigen wij per brief. De zaak wordt afgesloten.</Paragraph>}
      form={form}
      submitLabel="Intrekking vastleggen"
      fields={['channel', 'receivedOn', 'reason']}
      action={async (v) => {
        await post('/api/objections/{id}/withdrawal', { id }, body('/api/objections/{id}/withdrawal', {
          channel: text(v.channel),
          receivedOn: text(v.receivedOn),
          reason: text(v.reason),
        }));
        onDone('De intrekking is vastgelegd en de zaak is afgesloten.');
      }}
    >
      <RadioGroup form={form} name="channel" label="Hoe is het bezwaar ingetrokken?" options={vocabulary('objections', 'withdrawalChannels')} />
      <DateField form={form} name="receivedOn" label="Ontvangen op" description="Bij schriftelijk: de datum van ontvangst. Bij telefonisch: de dag van het gesprek (leeg: vandaag)." />
      <TextArea form={form} name="reason" label="Hoe en waarom ingetrokken" rows={3} />
    </Action>
  );
}
