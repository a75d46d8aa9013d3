import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { apiUrl, asApiError, get, getText, post, type ApiError, type Entered, type PostBody, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { dateTime } from '../../kit/format';
import { Form, RadioGroup, TextArea, TextField, text, useForm } from '../../kit/forms';
import { Alert, DataList, Loaded, Loading, PageTitle, Table } from '../../kit/page';
import { href } from '../../kit/routes';
import { useCan } from '../../kit/session';
import { Button } from '@utrecht/button-react';
import { RunTable } from './SelectionRegisterPage';
import { decimal, plainValue, useSelectionLabels } from './labels';

// dmn-js is big: fetched only when a rule set's page draws its table
const DecisionTable = lazy(() => import('./DecisionTable'));

type Details = Schemas['RuleSetDetails'];
type ReviewBody = Entered<PostBody<'/api/selection-rules/{id}/privacy-review'>>;
type AssessmentBody = Entered<PostBody<'/api/selection-rules/{id}/impact-assessment'>>;
type BiasBody = Entered<PostBody<'/api/selection-rules/{id}/bias-test'>>;

/**
 * #/selectie/<id>: one rule-set version — its facts, indicators, the DMN table (dmn-js), the
 * approvals, the IAMA, the bias test, its runs, and only the actions the server lists in
 * `actions` (and /api/me lets this user call).
 */
export function RuleSetPage({ id }: { id: string }) {
  const ruleSet = useLoad(() => get('/api/selection-rules/{id}', { id }), [id]);
  const [notice, setNotice] = useState<string>();
  const after = (message: string) => {
    setNotice(message);
    ruleSet.reload();
    window.setTimeout(() => document.getElementById('melding')?.focus(), 0);
  };
  return (
    <Loaded data={ruleSet.data} error={ruleSet.error}>
      {(r) => (
        <>
          <PageTitle title={`${r.name ?? ''} versie ${r.version}`}>
            {r.name} (versie {r.version})
          </PageTitle>
          <p className="toeslagen-confirmation toeslagen-notice" role="status" aria-live="polite" id="melding" tabIndex={-1}>
            {notice ?? ''}
          </p>
          <Facts r={r} />
          <Indicators r={r} />
          <Dmn id={id} />
          <Approvals r={r} />
          <Assessment r={r} />
          <BiasTest r={r} />
          <Runs r={r} />
          <Actions r={r} after={after} />
          <Paragraph>
            <a className="utrecht-link" href={href('/selectie')}>
              Terug naar het register
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

function Facts({ r }: { r: Details }) {
  const { label } = useSelectionLabels();
  return (
    <Section id="gegevens" title="Gegevens van de regelset">
      <DataList
        items={[
          ['Status', <strong key="s">{label('ruleSetStatuses', r.status)}</strong>],
          ['Versie', r.predecessorId ? (
            <>
              {r.version} (
              <a className="utrecht-link" href={href('/selectie/' + r.predecessorId)}>
                vorige versie
              </a>
              )
            </>
          ) : (
            String(r.version)
          )],
          ['Doel', r.purpose],
          [
            'Wettelijke grondslag',
            r.legalBasisUrl ? (
              <a className="utrecht-link" href={r.legalBasisUrl} rel="noreferrer" target="_blank">
                {r.legalBasis} (wetten.overheid.nl)
              </a>
            ) : (
              r.legalBasis
            ),
          ],
          ['Eigenaar', r.owner],
          ['Drempel', `${r.threshold} punten (hoogst mogelijke score: ${r.maxScore})`],
          [
            'Gebruikte kenmerken',
            (r.featuresUsed ?? []).map((f) => `${f.label ?? ''} (${label('classifications', f.classification)})`).join('; '),
          ],
          ['Onderbouwing bij verdachte kenmerken', r.proxyJustification],
          ['Geregistreerd', dateTime(r.createdAt)],
          ['Geschorst door de biasmonitor', r.suspendedByBias ? 'Ja: herstellen kan niet, alleen buiten gebruik stellen' : ''],
          ['Reden van schorsing', r.suspensionReason],
        ]}
      />
    </Section>
  );
}

function Indicators({ r }: { r: Details }) {
  const { label } = useSelectionLabels();
  return (
    <Section id="indicatoren" title="Indicatoren">
      <Table caption="Indicatoren met hun punten">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Regel', 'Naam', 'Kenmerk', 'Classificatie', 'Voorwaarde', 'Punten'].map((h) => (
              <th className="utrecht-table__header-cell" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {(r.indicators ?? []).map((i) => (
            <tr className="utrecht-table__row" key={i.code}>
              <td className="utrecht-table__cell">{i.code}</td>
              <td className="utrecht-table__cell">{i.name}</td>
              <td className="utrecht-table__cell">{i.featureLabel}</td>
              <td className="utrecht-table__cell">{label('classifications', i.classification)}</td>
              <td className="utrecht-table__cell">
                {label('comparisons', i.comparison).toLowerCase()} {plainValue(i.value)}
              </td>
              <td className="utrecht-table__cell">{i.points}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}

function Dmn({ id }: { id: string }) {
  const xml = useLoad(() => getText('/api/selection-rules/{id}/dmn', { id }), [id]);
  return (
    <Section id="dmn" title="Beslistabel (DMN)">
      {xml.error ? (
        <Paragraph>De beslistabel is niet beschikbaar.</Paragraph>
      ) : !xml.data ? (
        <Loading />
      ) : (
        <Suspense fallback={<Loading text="De beslistabel wordt getekend …" />}>
          <DecisionTable xml={xml.data} />
        </Suspense>
      )}
      <Paragraph>
        <a
          className="utrecht-link"
          href={apiUrl('/api/selection-rules/{id}/dmn', { id })}
          download={`selectieregels-${id}.dmn`}
          id="dmn-downloaden"
        >
          DMN downloaden
        </a>
      </Paragraph>
    </Section>
  );
}

function Approvals({ r }: { r: Details }) {
  const { label } = useSelectionLabels();
  const rows = r.approvals ?? [];
  return (
    <Section id="goedkeuringen" title="Beoordelingen">
      {rows.length === 0 ? (
        <Paragraph>Er is nog geen stap beoordeeld.</Paragraph>
      ) : (
        <Table caption="Wie welke stap heeft beoordeeld">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['Stap', 'Door', 'Oordeel', 'Motivering', 'Wanneer'].map((h) => (
                <th className="utrecht-table__header-cell" scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((a, i) => (
              <tr className="utrecht-table__row" key={i}>
                <td className="utrecht-table__cell">{label('approvalSteps', a.step)}</td>
                <td className="utrecht-table__cell">{a.actor}</td>
                <td className="utrecht-table__cell">{a.approved ? 'Goedgekeurd' : 'Afgewezen'}</td>
                <td className="utrecht-table__cell">{a.reasons}</td>
                <td className="utrecht-table__cell">{dateTime(a.at)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Section>
  );
}

const IAMA_QUESTIONS: [keyof Schemas['ImpactAssessment'], string][] = [
  ['purpose', 'Doel: waarvoor is het algoritme nodig?'],
  ['legalBasis', 'Grondslag: op welke wet berust het?'],
  ['proportionality', 'Proportionaliteit en subsidiariteit: staat het in verhouding, en kan het niet minder ingrijpend?'],
  ['humanOversight', 'Menselijke tussenkomst: wie beslist, en hoe?'],
  ['fundamentalRightsRisks', 'Risico’s voor grondrechten'],
  ['mitigations', 'Maatregelen tegen die risico’s'],
];

function Assessment({ r }: { r: Details }) {
  const a = r.impactAssessment;
  if (!a) return null;
  return (
    <Section id="iama" title="Impactassessment mensenrechten en algoritmes (IAMA)">
      <DataList items={IAMA_QUESTIONS.map(([k, q]) => [q, a[k] ?? ''])} />
    </Section>
  );
}

function BiasTest({ r }: { r: Details }) {
  const t = r.biasTest;
  if (!t) return null;
  return (
    <Section id="biastest" title="Biastest op synthetische gegevens">
      <DataList
        items={[
          ['Uitkomst', <strong key="u">{t.passed ? 'Geslaagd' : 'Niet geslaagd'}</strong>],
          ['Huishoudens', String(t.households)],
          ['Aangenomen samenhang (correlatie)', decimal(t.correlation)],
          ['Samenvatting', t.summary],
          ['Uitgevoerd', t.ranBy ? `${t.ranBy}, ${dateTime(t.at)}` : ''],
        ]}
      />
    </Section>
  );
}

function Runs({ r }: { r: Details }) {
  const runs = r.runs ?? [];
  return (
    <Section id="runs" title="Selectieruns van deze versie">
      {runs.length === 0 ? (
        <Paragraph>Deze versie is nog niet gebruikt in een selectierun.</Paragraph>
      ) : (
        <RunTable rows={runs} caption="De runs van deze versie, nieuwste eerst" />
      )}
    </Section>
  );
}

// ---- actions: only those the server lists ----

const OPERATIONS: Record<string, string> = {
  SUBMIT: 'SelectionRuleResource_submit',
  PRIVACY_REVIEW: 'SelectionRuleResource_privacyReview',
  IMPACT_ASSESSMENT: 'SelectionRuleResource_impactAssessment',
  PROFESSIONAL_APPROVAL: 'SelectionRuleResource_professionalApproval',
  BIAS_TEST: 'SelectionRuleResource_biasTest',
  SUSPEND: 'SelectionRuleResource_suspend',
  RETIRE: 'SelectionRuleResource_retire',
  SUSPENSION_REVIEW: 'SelectionRuleResource_suspensionReview',
  NEW_VERSION: 'SelectionRuleResource_register',
};

function Actions({ r, after }: { r: Details; after: (message: string) => void }) {
  const can = useCan();
  const actions = (r.actions ?? []).filter((a) => OPERATIONS[a] && can(OPERATIONS[a]));
  if (actions.length === 0) return null;
  return (
    <Section id="acties" title="Wat u nu kunt doen">
      {actions.map((a) => (
        <Action key={a} code={a} r={r} after={after} />
      ))}
    </Section>
  );
}

function Action({ code, r, after }: { code: string; r: Details; after: (message: string) => void }) {
  const { label } = useSelectionLabels();
  const title = label('ruleSetActions', code);
  const id = r.id ?? '';
  let body: ReactNode;
  switch (code) {
    case 'SUBMIT':
      body = <SubmitButton id={id} title={title} after={after} />;
      break;
    case 'PRIVACY_REVIEW':
      body = <ReviewForm id={id} title={title} path="/api/selection-rules/{id}/privacy-review" after={after} />;
      break;
    case 'PROFESSIONAL_APPROVAL':
      body = <ReviewForm id={id} title={title} path="/api/selection-rules/{id}/professional-approval" after={after} />;
      break;
    case 'SUSPENSION_REVIEW':
      body = <ReviewForm id={id} title={title} path="/api/selection-rules/{id}/suspension-review" after={after} suspension />;
      break;
    case 'IMPACT_ASSESSMENT':
      body = <AssessmentForm id={id} title={title} after={after} />;
      break;
    case 'BIAS_TEST':
      body = <BiasTestForm id={id} title={title} after={after} />;
      break;
    case 'SUSPEND':
      body = <ReasonForm id={id} title={title} path="/api/selection-rules/{id}/suspension" done="Geschorst: de regelset wordt niet meer gebruikt tot de privacyadviseur de schorsing heeft beoordeeld." after={after} />;
      break;
    case 'RETIRE':
      body = <ReasonForm id={id} title={title} path="/api/selection-rules/{id}/retirement" done="Buiten gebruik gesteld." after={after} />;
      break;
    case 'NEW_VERSION':
      body = (
        <Paragraph>
          <a className="utrecht-link" href={href('/selectie/nieuw?vorige=' + encodeURIComponent(id))} id="nieuwe-versie">
            {title}
          </a>
        </Paragraph>
      );
      break;
    default:
      return null;
  }
  return (
    <div className="toeslagen-action" data-action={code}>
      {code !== 'NEW_VERSION' && <Heading level={3}>{title}</Heading>}
      {body}
    </div>
  );
}

function SubmitButton({ id, title, after }: { id: string; title: string; after: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  return (
    <>
      {error && <Alert type="error">{error.detailNl ?? 'Dit is niet gelukt.'}</Alert>}
      <Paragraph>Na het indienen beoordeelt een privacyadviseur de regelset. Daarna kunt u haar niet meer wijzigen.</Paragraph>
      <div className="utrecht-button-group">
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await post('/api/selection-rules/{id}/submission', { id });
              setError(undefined);
              after('Ingediend: de privacytoets staat open.');
            } catch (e: unknown) {
              setError(asApiError(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? 'Bezig …' : title}
        </Button>
      </div>
    </>
  );
}

type ReviewPath =
  | '/api/selection-rules/{id}/privacy-review'
  | '/api/selection-rules/{id}/professional-approval'
  | '/api/selection-rules/{id}/suspension-review';

function ReviewForm({
  id,
  title,
  path,
  after,
  suspension,
}: {
  id: string;
  title: string;
  path: ReviewPath;
  after: (message: string) => void;
  suspension?: boolean;
}) {
  const form = useForm({ approved: '', reasons: '' });
  return (
    <Form
      form={form}
      title={title}
      fields={['approved', 'reasons']}
      submitLabel="Beoordeling vastleggen"
      action={async (v) => {
        const body: ReviewBody = { approved: v.approved === '' ? undefined : v.approved === 'ja', reasons: text(v.reasons) };
        await post(path, { id }, body);
        form.reset();
        after(
          suspension
            ? v.approved === 'ja'
              ? 'Hersteld: de regelset is weer actief.'
              : 'Buiten gebruik gesteld.'
            : v.approved === 'ja'
              ? 'Goedgekeurd: de regelset gaat naar de volgende stap.'
              : 'Afgewezen: de regelset wordt niet gebruikt.',
        );
      }}
    >
      <RadioGroup
        form={form}
        name="approved"
        label="Uw oordeel"
        options={
          suspension
            ? [
                { code: 'ja', label: 'Herstellen' },
                { code: 'nee', label: 'Buiten gebruik stellen' },
              ]
            : [
                { code: 'ja', label: 'Goedkeuren' },
                { code: 'nee', label: 'Afwijzen' },
              ]
        }
      />
      <TextArea form={form} name="reasons" label="Motivering" description="Verplicht, ook bij goedkeuren." rows={3} />
    </Form>
  );
}

function AssessmentForm({ id, title, after }: { id: string; title: string; after: (message: string) => void }) {
  const form = useForm({
    purpose: '',
    legalBasis: '',
    proportionality: '',
    humanOversight: '',
    fundamentalRightsRisks: '',
    mitigations: '',
    approved: '',
    reasons: '',
  });
  return (
    <Form
      form={form}
      title={title}
      fields={[...IAMA_QUESTIONS.map(([k]) => k), 'approved', 'reasons']}
      submitLabel="Impactassessment vastleggen"
      action={async (v) => {
        const body: AssessmentBody = {
          purpose: text(v.purpose),
          legalBasis: text(v.legalBasis),
          proportionality: text(v.proportionality),
          humanOversight: text(v.humanOversight),
          fundamentalRightsRisks: text(v.fundamentalRightsRisks),
          mitigations: text(v.mitigations),
          approved: v.approved === '' ? undefined : v.approved === 'ja',
          reasons: text(v.reasons),
        };
        await post('/api/selection-rules/{id}/impact-assessment', { id }, body);
        form.reset();
        after(v.approved === 'ja' ? 'Impactassessment vastgelegd: de vaktechnische goedkeuring staat open.' : 'Impactassessment vastgelegd: de regelset is afgewezen.');
      }}
    >
      {IAMA_QUESTIONS.map(([k, q]) => (
        <TextArea key={k} form={form} name={k} label={q} rows={2} />
      ))}
      <RadioGroup
        form={form}
        name="approved"
        label="Conclusie van het assessment"
        options={[
          { code: 'ja', label: 'Akkoord: de regelset mag verder' },
          { code: 'nee', label: 'Niet akkoord' },
        ]}
      />
      <TextArea form={form} name="reasons" label="Motivering van de conclusie" rows={3} />
    </Form>
  );
}

function BiasTestForm({ id, title, after }: { id: string; title: string; after: (message: string) => void }) {
  const form = useForm({ households: '1500', correlation: '0.5', seed: '', controlSampleSize: '500' });
  const number = (v: string | boolean | string[] | undefined) => {
    const t = text(v)?.replace(',', '.');
    return t !== undefined && /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  };
  return (
    <Form
      form={form}
      title={title}
      fields={['households', 'correlation', 'seed', 'controlSampleSize']}
      submitLabel="Biastest uitvoeren"
      action={async (v) => {
        const body: BiasBody = {
          households: number(v.households),
          correlation: number(v.correlation),
          seed: number(v.seed),
          controlSampleSize: number(v.controlSampleSize),
        };
        const answer = await post('/api/selection-rules/{id}/bias-test', { id }, body);
        after(answer.biasTest?.passed ? 'Biastest geslaagd.' : 'Biastest niet geslaagd: zie de uitkomst.');
      }}
    >
      <Paragraph>
        De regelset beoordeelt synthetische huishoudens, geen gegevens van burgers. De test is zo goed als de samenhang die
        u aanneemt tussen de verdachte kenmerken en nationaliteit.
      </Paragraph>
      <TextField form={form} name="households" label="Aantal huishoudens" inputMode="numeric" width="short" />
      <TextField
        form={form}
        name="correlation"
        label="Samenhang tussen verdachte kenmerken en nationaliteit (0 tot 1)"
        inputMode="decimal"
        width="short"
      />
      <TextField form={form} name="seed" label="Startwaarde (seed, niet verplicht)" inputMode="numeric" width="short" />
      <TextField form={form} name="controlSampleSize" label="Grootte van de steekproef" inputMode="numeric" width="short" />
    </Form>
  );
}

type ReasonPath = '/api/selection-rules/{id}/suspension' | '/api/selection-rules/{id}/retirement';

function ReasonForm({
  id,
  title,
  path,
  done,
  after,
}: {
  id: string;
  title: string;
  path: ReasonPath;
  done: string;
  after: (message: string) => void;
}) {
  const form = useForm({ reason: '' });
  return (
    <Form
      form={form}
      title={title}
      fields={['reason']}
      submitLabel={title}
      action={async (v) => {
        await post(path, { id }, { reason: text(v.reason) });
        form.reset();
        after(done);
      }}
    >
      <TextArea form={form} name="reason" label={`Reden: ${title.toLowerCase()}`} rows={2} />
    </Form>
  );
}
