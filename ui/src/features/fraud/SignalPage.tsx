import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { apiUrl, get, post, type Entered, type PostBody, type Schemas } from '../../api/client';
import { ProcessDiagram } from '../../components/ProcessDiagram';
import { useLoad } from '../../kit/data';
import { date, dateTime } from '../../kit/format';
import {
  Checkbox,
  DateField,
  Form,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  cents,
  lines,
  text,
  useForm,
  type FormState,
  type FormValues,
} from '../../kit/forms';
import { Alert, DataList, Loaded, Loading, PageTitle, Table } from '../../kit/page';
import { href } from '../../kit/routes';
import { useCan, useVocabulary } from '../../kit/session';
import { capital, useFraudLabels } from './labels';

type Signal = Schemas['SignalDetails'];
type Determination = Schemas['DeterminationView'];

// The request bodies as a person entered them (the server names every missing field).
type FineBody = Entered<Schemas['Fine']>;
type SubmitBody = Entered<PostBody<'/api/signals/{id}/determinations'>>;
type ReviewBody = Entered<PostBody<'/api/signals/{id}/determinations/{determinationId}/approval'>>;
type RequestBody = Entered<PostBody<'/api/signals/{id}/zienswijze-request'>>;
type RecordBody = Entered<PostBody<'/api/signals/{id}/zienswijze'>>;

/**
 * #/signalen/<id>: one signal from registration through every phase to the outcome: its facts, the
 * determinations (who submitted, who may approve, who approved with which reasons), the forms the
 * server allows this user now (the signal's allowedActions and GET /api/me actions), the
 * citizen's view, the letters and the process.
 */
export function SignalPage({ id }: { id: string }) {
  const signal = useLoad(() => get('/api/signals/{id}', { id }), [id]);
  const [notice, setNotice] = useState<string>();
  const [round, setRound] = useState(0);
  const after = (message: string) => {
    setNotice(message);
    signal.reload();
    setRound((r) => r + 1);
  };

  // a letter is rendered right after the commit that queued it: look again a few times
  const data = signal.data;
  const waitingForLetter =
    Boolean(data) && ((Boolean(data?.outcome) && !data?.letterId) || (Boolean(data?.zienswijzeRequest) && (data?.letters ?? []).length === 0));
  const tries = useRef(0);
  useEffect(() => {
    if (!waitingForLetter) {
      tries.current = 0;
      return undefined;
    }
    if (tries.current >= 15) return undefined;
    const timer = window.setTimeout(() => {
      tries.current += 1;
      signal.reload();
    }, 1500);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waitingForLetter, data]);

  return (
    <Loaded data={signal.data} error={signal.error}>
      {(s) => (
        <>
          <PageTitle title={'Signaal ' + s.caseNumber}>Signaal {s.caseNumber}</PageTitle>
          <p className="toeslagen-confirmation" role="status" aria-live="polite" id="melding">
            {notice ?? ''}
          </p>
          <Facts s={s} />
          {(s.source === 'SELECTIERUN' || s.source === 'STEEKPROEF') && <WhySelected id={id} />}
          <Determinations s={s} after={after} />
          <NewDetermination s={s} after={after} />
          <Zienswijze s={s} after={after} />
          <Letters s={s} />
          <Process id={id} round={round} />
          <Paragraph>
            <a className="utrecht-link" href={href('/signalen')}>
              Terug naar de werklijst
            </a>
          </Paragraph>
        </>
      )}
    </Loaded>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id + '-titel'} id={id} className="toeslagen-section">
      <Heading level={2} id={id + '-titel'}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Facts({ s }: { s: Signal }) {
  const { label } = useFraudLabels();
  return (
    <Section id="gegevens" title="Gegevens van het signaal">
      <DataList
        items={[
          ['Zaaknummer', s.caseNumber],
          ['BSN', s.bsn],
          ['Toeslag', label('benefitTypes', s.benefitType)],
          ['Bron', label('signalSources', s.source)],
          ['Omschrijving', s.description],
          ['Grondslag verwerking', s.legalBasis],
          ['Geregistreerd', `${s.registeredBy ?? ''}, ${dateTime(s.registeredAt)}`],
          ['Fase', <strong key="fase">{label('phases', s.phase)}</strong>],
          ['Prioriteit', s.priority ? label('priorities', s.priority) : ''],
          ['Uitkomst', s.outcome ? label('conclusions', s.outcome) : ''],
          ['Afgesloten', s.closedAt ? dateTime(s.closedAt) : ''],
          [
            'Bewaren tot',
            <>
              {date(s.retentionDate)}
              {s.retention?.ruleNl ? <span id="bewaarregel"> — {s.retention.ruleNl}</span> : null}
            </>,
          ],
        ]}
      />
    </Section>
  );
}

/**
 * Why a selection run sent this case to a person (GET /api/selection-runs/explanations/{signalId}),
 * from the explanation stored with the run. A signal of source STEEKPROEF registered by hand has no
 * run: then nothing is shown (404), nor for a role that may not read it (403).
 */
function WhySelected({ id }: { id: string }) {
  const found = useLoad(() => get('/api/selection-runs/explanations/{signalId}', { signalId: id }), [id]);
  // the features by their catalogue labels (every reader of an explanation may read the catalogue)
  const catalogue = useLoad(() => get('/api/selection-features'), []);
  const feature = (code: string | undefined) => catalogue.data?.features?.find((f) => f.code === code)?.label ?? code;
  if (found.error || !found.data?.explanation) return found.data || found.error ? null : <Loading />;
  const e = found.data.explanation;
  const fired = e.fired ?? [];
  return (
    <Section id="waarom-geselecteerd" title="Waarom geselecteerd">
      <Paragraph>
        Een selectie is geen verdenking. Een medewerker beoordeelt de zaak en beslist; de regels beslissen niets.
      </Paragraph>
      <DataList
        items={[
          [
            'Regelset',
            <a className="utrecht-link" href={href('/selectie/' + (e.ruleSetId ?? ''))} key="r">
              {e.ruleSetName} (versie {e.ruleSetVersion})
            </a>,
          ],
          ['Zaak in de batch', `${found.data.caseRef ?? ''} (batch ${found.data.batchId ?? ''})`],
          ['Punten', `${e.total} punten; de drempel is ${e.threshold}`],
          ['Geselecteerd door de regels', e.selected ? 'Ja' : 'Nee'],
          ['Steekproef', e.controlSample ? 'Getrokken in de aselecte steekproef' : ''],
        ]}
      />
      {fired.length === 0 ? (
        <Paragraph>Geen enkele indicator was van toepassing.</Paragraph>
      ) : (
        <Table caption="Indicatoren die van toepassing waren">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['Indicator', 'Kenmerk', 'Voorwaarde', 'Waarde van de zaak', 'Punten'].map((h) => (
                <th className="utrecht-table__header-cell" scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {fired.map((f, i) => (
              <tr className="utrecht-table__row" key={f.code ?? i}>
                <td className="utrecht-table__cell">{f.name}</td>
                <td className="utrecht-table__cell">{feature(f.feature)}</td>
                <td className="utrecht-table__cell">{f.condition}</td>
                <td className="utrecht-table__cell">{f.value}</td>
                <td className="utrecht-table__cell">{f.points}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Section>
  );
}

function Determinations({ s, after }: { s: Signal; after: (message: string) => void }) {
  const list = s.determinations ?? [];
  return (
    <Section id="vaststellingen" title="Vaststellingen">
      {list.length === 0 ? (
        <Paragraph>Er is nog geen vaststelling ingediend.</Paragraph>
      ) : (
        list.map((d) => <DeterminationCard key={d.id} s={s} d={d} after={after} />)
      )}
    </Section>
  );
}

function DeterminationCard({ s, d, after }: { s: Signal; d: Determination; after: (message: string) => void }) {
  const { label, role } = useFraudLabels();
  const can = useCan();
  const actions = s.allowedActions ?? [];
  const waiting = d.status === 'AWAITING_APPROVAL';
  const withdrawn = d.status === 'WITHDRAWN';
  const mayReview = waiting && d.mayBeReviewedByMe && can('SignalResource_review') && actions.includes('SignalResource_review');
  const mayWithdraw =
    waiting && d.mayBeWithdrawnByMe && can('SignalResource_withdraw') && actions.includes('SignalResource_withdraw');
  return (
    <article className="toeslagen-card" aria-labelledby={'v-' + d.id} data-status={d.status}>
      <Heading level={3} id={'v-' + d.id}>
        {label('phases', d.phase)}: {label('conclusions', d.conclusion)}
      </Heading>
      <Paragraph>
        <strong>{label('determinationStatuses', d.status)}</strong>
      </Paragraph>
      <DataList
        items={[
          ['Opgesteld door', `${d.author ?? ''}, ${dateTime(d.authoredAt)}`],
          ['Motivering opsteller', d.reasons],
          ['Prioriteit', d.priority ? label('priorities', d.priority) : ''],
          ['Feiten', (d.facts ?? []).length > 0 ? <List items={d.facts ?? []} /> : ''],
          ['Wetsartikelen', (d.legalReferences ?? []).join('; ')],
          ['Boetevoorstel', d.fine ? `${d.fine.amount ?? ''} (${d.fine.percentage ?? 0}% van de terugvordering)` : ''],
          ['Goedkeuring nodig van', waiting ? role(d.requiredApproverRole) : ''],
          [
            'Wie mag goedkeuren',
            waiting && d.eligibleApprovers ? (
              <span className="toeslagen-approvers">
                {d.eligibleApprovers.length > 0 ? d.eligibleApprovers.join(', ') : 'Niemand'}
              </span>
            ) : (
              ''
            ),
          ],
          [withdrawn ? 'Ingetrokken door' : 'Beoordeeld door', d.approver ? `${d.approver}, ${dateTime(d.reviewedAt)}` : ''],
          [withdrawn ? 'Reden van intrekken' : 'Motivering beoordelaar', d.approvalReasons],
        ]}
      />
      {waiting && d.noApproverWarningNl && <Alert type="warning">{d.noApproverWarningNl}</Alert>}
      {waiting && !mayReview && d.whyNotByMeNl && (
        <p className="utrecht-paragraph toeslagen-niet-beoordelen" role="note">
          U kunt deze vaststelling niet beoordelen: {d.whyNotByMeNl}
        </p>
      )}
      {mayReview && <ReviewForm s={s} d={d} after={after} />}
      {mayWithdraw && <WithdrawForm s={s} d={d} after={after} />}
    </article>
  );
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((f, i) => (
        <li key={i}>{f}</li>
      ))}
    </ul>
  );
}

function ReviewForm({ s, d, after }: { s: Signal; d: Determination; after: (message: string) => void }) {
  const form = useForm({ approved: '', reasons: '' });
  return (
    <Form
      form={form}
      title="Vaststelling beoordelen"
      fields={['approved', 'reasons']}
      submitLabel="Beoordeling vastleggen"
      action={async (v) => {
        const body: ReviewBody = {
          approved: v.approved === '' ? undefined : v.approved === 'ja',
          reasons: text(v.reasons),
        };
        await post('/api/signals/{id}/determinations/{determinationId}/approval', { id: s.id ?? '', determinationId: d.id ?? '' }, body);
        after(v.approved === 'ja' ? 'Goedgekeurd: de vaststelling is nu geldig.' : 'Afgewezen: de vaststelling gaat terug naar de opsteller.');
      }}
    >
      <Heading level={4}>Vaststelling beoordelen</Heading>
      <RadioGroup
        form={form}
        name="approved"
        label="Uw beoordeling"
        options={[
          { code: 'ja', label: 'Goedkeuren' },
          { code: 'nee', label: 'Afwijzen en terugsturen naar de opsteller' },
        ]}
      />
      <TextArea form={form} name="reasons" label="Uw motivering" description="Verplicht, ook bij goedkeuren." />
    </Form>
  );
}

function WithdrawForm({ s, d, after }: { s: Signal; d: Determination; after: (message: string) => void }) {
  const form = useForm({ reason: '' });
  return (
    <Form
      form={form}
      title="Vaststelling intrekken"
      fields={['reason']}
      submitLabel="Vaststelling intrekken"
      action={async (v) => {
        await post(
          '/api/signals/{id}/determinations/{determinationId}/withdrawal',
          { id: s.id ?? '', determinationId: d.id ?? '' },
          { reason: text(v.reason) },
        );
        after('Ingetrokken: de vaststelling heeft geen gevolg. U kunt een nieuwe indienen.');
      }}
    >
      <Heading level={4}>Vaststelling intrekken</Heading>
      <TextArea form={form} name="reason" label="Reden van intrekken" rows={2} />
    </Form>
  );
}

/** The fine fields of a determination or of the request for the citizen's view. */
function FineFields<V extends FormValues>({ form, prefix }: { form: FormState<V>; prefix: string }) {
  const n = (name: string) => (prefix + '.' + name) as keyof V & string;
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Boete</legend>
      <TextField form={form} name={n('recoveryCents')} label="Terugvordering in euro's" inputMode="decimal" width="short" />
      <TextField form={form} name={n('percentage')} label="Percentage van de terugvordering" inputMode="numeric" width="short" />
      <DateField form={form} name={n('previousFineDate')} label="Datum vorige boete (bij herhaling)" />
      <Checkbox form={form} name={n('correctedBeforeAware')} label="De burger heeft het zelf hersteld voordat die wist dat wij het wisten (Awir art. 42)" />
      <TextField form={form} name={n('reportReference')} label="Kenmerk van het rapport" description="Verplicht als een boete boven € 340 kan worden opgelegd." />
    </fieldset>
  );
}

function fineOf(v: FormValues, prefix: string): FineBody {
  const recovery = cents(v[prefix + '.recoveryCents']);
  const percentage = text(v[prefix + '.percentage']);
  return {
    recoveryCents: recovery as number | undefined,
    percentage: (percentage !== undefined && /^\d+$/.test(percentage) ? Number(percentage) : percentage) as number | undefined,
    previousFineDate: text(v[prefix + '.previousFineDate']),
    correctedBeforeAware: Boolean(v[prefix + '.correctedBeforeAware']),
    reportReference: text(v[prefix + '.reportReference']),
  };
}

const FINE_FIELDS = ['recoveryCents', 'percentage', 'previousFineDate', 'correctedBeforeAware', 'reportReference'];

function NewDetermination({ s, after }: { s: Signal; after: (message: string) => void }) {
  const can = useCan();
  const vocabulary = useVocabulary();
  const { label } = useFraudLabels();
  const form = useForm<FormValues>({
    conclusion: '',
    priority: '',
    reasons: '',
    facts: '',
    legalReferences: '',
    'fine.recoveryCents': '',
    'fine.percentage': '',
    'fine.previousFineDate': '',
    'fine.correctedBeforeAware': false,
    'fine.reportReference': '',
  });
  if (!can('SignalResource_submit') || !(s.allowedActions ?? []).includes('SignalResource_submit')) return null;
  const conclusions = (s.openConclusions ?? []).map((c) => ({ code: c, label: label('conclusions', c) }));
  const withPriority = (s.openConclusions ?? []).includes('RELEVANT');
  const withFine = form.values.conclusion === 'OPZET_OF_GROVE_SCHULD';
  return (
    <Section id="nieuwe-vaststelling" title={'Vaststelling indienen: ' + label('phases', s.phase)}>
      <Paragraph>Een vaststelling heeft pas gevolg als een tweede, bevoegde persoon haar goedkeurt.</Paragraph>
      <Form
        form={form}
        title="Vaststelling indienen"
        fields={['conclusion', 'priority', 'reasons', 'facts', 'legalReferences', 'fine', ...FINE_FIELDS.map((f) => 'fine.' + f)]}
        submitLabel="Vaststelling indienen"
        action={async (v) => {
          const body: SubmitBody = {
            phase: s.phase,
            conclusion: text(v.conclusion),
            reasons: text(v.reasons),
            facts: lines(v.facts),
            legalReferences: lines(v.legalReferences),
            priority: withPriority && v.conclusion === 'RELEVANT' ? text(v.priority) : undefined,
            fine: withFine ? fineOf(v, 'fine') : undefined,
          };
          await post('/api/signals/{id}/determinations', { id: s.id ?? '' }, body);
          form.reset();
          after('Ingediend. Een tweede beoordelaar moet de vaststelling nog goedkeuren.');
        }}
      >
        <SelectField form={form} name="conclusion" label="Conclusie" options={conclusions} />
        {withPriority && form.values.conclusion === 'RELEVANT' && (
          <SelectField
            form={form}
            name="priority"
            label="Prioriteit"
            options={vocabulary('fraud-review', 'priorities').map((p) => ({ code: p.code, label: capital(p.label) }))}
          />
        )}
        <TextArea form={form} name="reasons" label="Motivering" description="Waarom deze conclusie? Verplicht (Awb art. 3:46)." />
        <TextArea form={form} name="facts" label="Feiten" description="Eén feit per regel." rows={3} />
        <TextArea
          form={form}
          name="legalReferences"
          label="Wetsartikelen"
          description="Eén per regel, bijvoorbeeld BWBR0018472 art. 40 (Awir)."
          rows={2}
        />
        {withFine && <FineFields form={form} prefix="fine" />}
      </Form>
    </Section>
  );
}

function Zienswijze({ s, after }: { s: Signal; after: (message: string) => void }) {
  const can = useCan();
  const actions = s.allowedActions ?? [];
  const mayRequest = can('SignalResource_requestZienswijze') && actions.includes('SignalResource_requestZienswijze');
  const mayRecord = can('SignalResource_zienswijze') && actions.includes('SignalResource_zienswijze');
  const asked = s.zienswijzeRequest;
  const given = s.zienswijze;
  if (!asked && !given && !mayRequest && !mayRecord) return null;
  return (
    <Section id="zienswijze" title="Zienswijze van de burger">
      {asked && (
        <DataList
          items={[
            ['Gevraagd', `${date(asked.requestedOn)} door ${asked.requestedBy ?? ''}`],
            [
              'Reageren tot en met',
              `${date(asked.respondBy)}${asked.periodLapsed ? ' (de termijn is verstreken)' : ''}`,
            ],
            ['Voorgenomen boete', asked.intendedFine?.amount ?? ''],
            ['Feiten in de brief', <List key="f" items={asked.facts ?? []} />],
          ]}
        />
      )}
      {given && (
        <DataList
          items={[
            ['Zienswijze', given.responded ? given.summary : 'Geen reactie ontvangen binnen de termijn'],
            ['Vastgelegd', `${date(given.recordedOn)} door ${given.recordedBy ?? ''}`],
          ]}
        />
      )}
      {mayRequest && <RequestZienswijzeForm s={s} after={after} />}
      {mayRecord && <RecordZienswijzeForm s={s} after={after} />}
    </Section>
  );
}

function RequestZienswijzeForm({ s, after }: { s: Signal; after: (message: string) => void }) {
  const form = useForm<FormValues>({
    facts: '',
    'intendedFine.recoveryCents': '',
    'intendedFine.percentage': '',
    'intendedFine.previousFineDate': '',
    'intendedFine.correctedBeforeAware': false,
    'intendedFine.reportReference': '',
  });
  return (
    <Form
      form={form}
      title="Zienswijze vragen"
      fields={['facts', 'intendedFine', ...FINE_FIELDS.map((f) => 'intendedFine.' + f)]}
      submitLabel="Brief met verzoek om zienswijze versturen"
      action={async (v) => {
        const body: RequestBody = { facts: lines(v.facts), intendedFine: fineOf(v, 'intendedFine') };
        await post('/api/signals/{id}/zienswijze-request', { id: s.id ?? '' }, body);
        after('Verzoek om zienswijze verstuurd: de brief staat bij de brieven.');
      }}
    >
      <Heading level={3}>Zienswijze vragen</Heading>
      <Paragraph>
        Voordat een boete kan volgen, vraagt u de burger per brief om een reactie op wat is gevonden en op de voorgenomen
        boete (Awb art. 4:8).
      </Paragraph>
      <TextArea form={form} name="facts" label="Feiten voor de brief" description="Eén feit per regel." rows={3} />
      <FineFields form={form} prefix="intendedFine" />
    </Form>
  );
}

function RecordZienswijzeForm({ s, after }: { s: Signal; after: (message: string) => void }) {
  const asked = s.zienswijzeRequest;
  const form = useForm({ requestedOn: '', responded: '', summary: '' });
  return (
    <Form
      form={form}
      title="Zienswijze vastleggen"
      fields={['requestedOn', 'responded', 'summary']}
      submitLabel="Zienswijze vastleggen"
      action={async (v) => {
        const body: RecordBody = {
          requestedOn: asked ? undefined : text(v.requestedOn),
          responded: v.responded === '' ? undefined : v.responded === 'ja',
          summary: text(v.summary),
        };
        await post('/api/signals/{id}/zienswijze', { id: s.id ?? '' }, body);
        after('Zienswijze vastgelegd.');
      }}
    >
      <Heading level={3}>Zienswijze vastleggen</Heading>
      {!asked && <DateField form={form} name="requestedOn" label="Gevraagd op" description="De datum waarop de zienswijze buiten dit systeem is gevraagd." />}
      <RadioGroup
        form={form}
        name="responded"
        label="Heeft de burger gereageerd?"
        options={[
          { code: 'ja', label: 'Ja, de burger heeft een zienswijze gegeven' },
          { code: 'nee', label: 'Nee, geen reactie binnen de termijn' },
        ]}
      />
      <TextArea form={form} name="summary" label="Samenvatting van de zienswijze" />
    </Form>
  );
}

function Letters({ s }: { s: Signal }) {
  const { label } = useFraudLabels();
  const letters = s.letters ?? [];
  if (letters.length === 0 && !s.outcome && !s.zienswijzeRequest) return null;
  return (
    <Section id="brieven" title="Brieven aan de burger">
      {letters.length === 0 ? (
        <Loading text="De brief wordt gemaakt …" />
      ) : (
        <ul className="utrecht-unordered-list">
          {letters.map((l) => (
            <li key={l.id}>
              <a
                className="utrecht-link"
                href={apiUrl('/api/signals/{id}/letters/{letterId}', { id: s.id ?? '', letterId: l.id ?? '' })}
                download={l.fileName}
                data-kind={l.kind}
              >
                {label('letterKinds', l.kind)} (PDF, {dateTime(l.createdAt)})
              </a>
            </li>
          ))}
        </ul>
      )}
      {s.letterId && (
        <Paragraph>
          <a className="utrecht-link" id="uitkomstbrief" href={apiUrl('/api/signals/{id}/letter', { id: s.id ?? '' })} download="uitkomst-onderzoek.pdf">
            Uitkomstbrief downloaden (PDF)
          </a>
        </Paragraph>
      )}
    </Section>
  );
}

function Process({ id, round }: { id: string; round: number }) {
  const diagram = useLoad(() => get('/api/signals/{id}/diagram', { id }), [id, round]);
  return (
    <Section id="verloop" title="Verloop van het onderzoek">
      {diagram.error ? (
        <Paragraph>Het procesmodel is niet beschikbaar.</Paragraph>
      ) : !diagram.data ? (
        <Loading />
      ) : diagram.data.xml ? (
        <ProcessDiagram xml={diagram.data.xml} activeIds={diagram.data.activeActivityIds ?? []} />
      ) : (
        <Paragraph>Er is geen procesmodel voor dit signaal.</Paragraph>
      )}
    </Section>
  );
}
