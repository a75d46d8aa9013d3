import { useEffect, useRef, useState } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { apiUrl, get, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { date, dateTime, euros } from '../../kit/format';
import { Alert, DataList, Loaded, Loading, PageTitle } from '../../kit/page';
import { href } from '../../kit/routes';
import { Actions } from './actions';
import { List, Section } from './fields';
import { useHardshipLabels } from './labels';

type Details = Schemas['HardshipRequestDetails'];
type Assessment = Schemas['HardshipAssessmentView'];

/**
 * #/hardheid/<id>: one hardship request: its facts, track, status and deadlines, whether collection
 * is paused, every recorded step, the forms of exactly the actions the server lists for this user
 * (`actions`), the letters, and after the decision the way to an objection.
 */
export function CasePage({ id, isNew }: { id: string; isNew: boolean }) {
  const request = useLoad(() => get('/api/hardship-requests/{id}', { id }), [id]);
  const [notice, setNotice] = useState<string>();
  const after = (message: string) => {
    setNotice(message);
    request.reload();
  };

  // the decision letter is rendered right after the commit that decided: look again a few times
  const data = request.data;
  const waitingForLetter = Boolean(data?.outcome) && (data?.letters ?? []).length === 0;
  const tries = useRef(0);
  useEffect(() => {
    if (!waitingForLetter) {
      tries.current = 0;
      return undefined;
    }
    if (tries.current >= 20) return undefined;
    const timer = window.setTimeout(() => {
      tries.current += 1;
      request.reload();
    }, 1500);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waitingForLetter, data]);

  return (
    <Loaded data={request.data} error={request.error}>
      {(r) => (
        <>
          <PageTitle title={'Hardheidsverzoek ' + r.caseNumber}>Hardheidsverzoek {r.caseNumber}</PageTitle>
          <p className="toeslagen-confirmation" role="status" aria-live="polite" id="melding">
            {notice ?? ''}
          </p>
          {isNew && <Registered r={r} />}
          {r.collectionPaused && (
            <div id="invordering-gepauzeerd">
              <Alert type="info">
                {r.collectionPauseNl || 'De invordering van deze terugvordering is gepauzeerd zolang het verzoek loopt.'}
              </Alert>
            </div>
          )}
          <Facts r={r} />
          <Steps r={r} />
          <Actions r={r} after={after} />
          <Letters r={r} />
          <Paragraph>
            <a className="utrecht-link" href={href('/hardheid')}>
              Terug naar de lijst
            </a>
          </Paragraph>
        </>
      )}
    </Loaded>
  );
}

function Registered({ r }: { r: Details }) {
  const { label } = useHardshipLabels();
  return (
    <div id="geregistreerd">
      <Alert type="ok">
        Het verzoek is geregistreerd als {r.caseNumber}. Spoor: <strong>{label('tracks', r.track)}</strong>. Triage
        uiterlijk op <strong>{date(r.triageDeadline)}</strong>
        {r.urgentContactDeadline ? <>; contact met de burger uiterlijk op {date(r.urgentContactDeadline)}</> : null}.
      </Alert>
    </div>
  );
}

function Facts({ r }: { r: Details }) {
  const { label } = useHardshipLabels();
  return (
    <Section id="gegevens" title="Gegevens van het verzoek">
      <DataList
        items={[
          ['Zaaknummer', r.caseNumber],
          ['Burger', r.citizen],
          ['Toeslag', label('benefitTypes', r.benefitType)],
          ['Terugvordering', `${r.recoveryReference ?? ''}, ${euros(r.recoveryAmountCents)}`],
          ['Soort verzoek', label('kinds', r.kind)],
          ['Omstandigheden', r.circumstances],
          [
            'Dreigende noodsituatie',
            (r.urgency ?? []).length > 0 ? <List key="u" items={(r.urgency ?? []).map((u) => label('urgencySignals', u))} /> : 'Geen',
          ],
          ['Spoor', <strong key="spoor">{label('tracks', r.track)}</strong>],
          ['Status', <strong key="status">{label('statuses', r.status)}</strong>],
          ['Ontvangen', date(r.receivedOn)],
          ['Triage uiterlijk', date(r.triageDeadline)],
          ['Contact uiterlijk', date(r.urgentContactDeadline)],
          ['Geregistreerd', `${r.registeredBy ?? ''}, ${dateTime(r.registeredAt)}`],
          ['Beslissing', r.outcome ? label('outcomes', r.outcome) : ''],
          ['Besloten', r.decidedAt ? dateTime(r.decidedAt) : ''],
        ]}
      />
    </Section>
  );
}

function Steps({ r }: { r: Details }) {
  const { label } = useHardshipLabels();
  const t = r.triage;
  const c = r.contact;
  const none =
    !t &&
    !c &&
    (r.emergencyPayments ?? []).length === 0 &&
    (r.referrals ?? []).length === 0 &&
    (r.assessments ?? []).length === 0 &&
    (r.reviews ?? []).length === 0 &&
    (r.escalations ?? []).length === 0;
  return (
    <Section id="stappen" title="Vastgelegde stappen">
      {none && <Paragraph>Er is nog geen stap vastgelegd.</Paragraph>}
      {t && (
        <article className="toeslagen-card" aria-labelledby="stap-triage" id="triage">
          <Heading level={3} id="stap-triage">
            Triage
          </Heading>
          <DataList
            items={[
              ['Spoor', label('tracks', t.track)],
              [
                'Noodsituatie erbij gevonden',
                (t.addedUrgency ?? []).length > 0 ? (t.addedUrgency ?? []).map((u) => label('urgencySignals', u)).join(', ') : '',
              ],
              ['Motivering', t.reasons],
              ['Door', `${t.by ?? ''}, ${dateTime(t.at)}`],
            ]}
          />
        </article>
      )}
      {c && (
        <article className="toeslagen-card" aria-labelledby="stap-contact" id="spoedcontact">
          <Heading level={3} id="stap-contact">
            Spoedcontact
          </Heading>
          <DataList
            items={[
              ['Contact op', date(c.contactedOn)],
              ['Samenvatting', c.summary],
              ['Door', `${c.by ?? ''}, ${dateTime(c.at)}`],
            ]}
          />
        </article>
      )}
      {(r.emergencyPayments ?? []).map((p, i) => (
        <article className="toeslagen-card" aria-labelledby={'stap-nood-' + i} key={'n' + i} data-step="noodbetaling">
          <Heading level={3} id={'stap-nood-' + i}>
            Noodbetaling
          </Heading>
          <DataList
            items={[
              ['Bedrag', euros(p.amountCents)],
              ['Goedgekeurd door', p.approver],
              ['Motivering', p.reasons],
              ['Vastgelegd door', `${p.recordedBy ?? ''}, ${dateTime(p.at)}`],
            ]}
          />
        </article>
      ))}
      {(r.referrals ?? []).map((x, i) => (
        <article className="toeslagen-card" aria-labelledby={'stap-door-' + i} key={'d' + i} data-step="doorverwijzing">
          <Heading level={3} id={'stap-door-' + i}>
            Doorverwezen naar {label('referralTargets', x.target)}
          </Heading>
          <DataList
            items={[
              ['Motivering', x.reasons],
              ['Door', `${x.by ?? ''}, ${dateTime(x.at)}`],
            ]}
          />
        </article>
      ))}
      {(r.assessments ?? []).map((a, i) => (
        <AssessmentCard a={a} n={i} key={'a' + i} />
      ))}
      {(r.reviews ?? []).map((v, i) => (
        <article className="toeslagen-card" aria-labelledby={'stap-controle-' + i} key={'c' + i} data-step="controle">
          <Heading level={3} id={'stap-controle-' + i}>
            Controle vaktechniek: {v.approved ? 'goedgekeurd' : 'teruggestuurd'}
          </Heading>
          <DataList
            items={[
              ['Motivering', v.reasons],
              ['Door', `${v.reviewer ?? ''}, ${dateTime(v.at)}`],
            ]}
          />
        </article>
      ))}
      {(r.escalations ?? []).map((e, i) => (
        <Alert type="warning" key={'e' + i}>
          Termijn verstreken ({label('statuses', e.step)}): de termijn was {date(e.deadline)}; geëscaleerd op {dateTime(e.at)}.
        </Alert>
      ))}
    </Section>
  );
}

function AssessmentCard({ a, n }: { a: Assessment; n: number }) {
  const { label } = useHardshipLabels();
  const p = a.paymentPlan;
  return (
    <article className="toeslagen-card" aria-labelledby={'stap-beoordeling-' + n} data-step="beoordeling" id={'beoordeling-' + n}>
      <Heading level={3} id={'stap-beoordeling-' + n}>
        Beoordeling: {label('outcomes', a.outcome)}
      </Heading>
      <DataList
        items={[
          ['Feiten', a.facts],
          ['Welke regel werkt hard uit', a.harshLaw],
          ['Onvoorzien en onbedoeld gevolg', a.unforeseenUnintended ? 'Ja' : 'Nee'],
          ['Volledige terugvordering onevenredig', a.disproportionate ? 'Ja' : 'Nee'],
          ['Toegekend', a.granted],
          ['Kwijtgescholden bedrag', a.reliefCents !== null && a.reliefCents !== undefined ? euros(a.reliefCents) : ''],
          ['Betaalpauze tot', date(a.pauseUntil)],
          ['Motivering', a.reasons],
          ['Signaal voor beleid', a.policySignal ? label('policySignalCategories', a.policySignal) : ''],
          ['Toelichting op het signaal', a.policySignalNote],
          ['Door', `${a.author ?? ''}, ${dateTime(a.at)}`],
        ]}
      />
      {p && (
        <>
          <Heading level={4}>Persoonlijke betalingsregeling</Heading>
          <DataList
            items={[
              ['Inkomen per maand', euros(p.monthlyIncomeCents)],
              ['Beslagvrije voet per maand', euros(p.beslagvrijeVoetCents)],
              ['Lopend voorschot per maand', euros(p.monthlyAdvanceCents)],
              [
                'Regeling',
                p.terms && p.terms > 0
                  ? `${p.terms} termijnen van ${euros(p.monthlyTermCents)}${
                      p.lastTermCents !== null && p.lastTermCents !== undefined && p.lastTermCents !== p.monthlyTermCents
                        ? `, de laatste ${euros(p.lastTermCents)}`
                        : ''
                    }`
                  : 'Geen termijnen',
              ],
              ['Waarom', (p.reasonsNl ?? []).length > 0 ? <List key="w" items={p.reasonsNl ?? []} /> : ''],
            ]}
          />
        </>
      )}
    </article>
  );
}

function Letters({ r }: { r: Details }) {
  const letters = r.letters ?? [];
  const mayObject = (r.actions ?? []).includes('OBJECT');
  if (letters.length === 0 && !r.outcome) return null;
  return (
    <Section id="brieven" title="Brieven aan de burger">
      {letters.length === 0 ? (
        <Loading text="De beslisbrief wordt gemaakt …" />
      ) : (
        <ul className="utrecht-unordered-list">
          {letters.map((l) => (
            <li key={l.id}>
              <a
                className="utrecht-link toeslagen-brief"
                href={apiUrl('/api/hardship-requests/{id}/letters/{letterId}', { id: r.id ?? '', letterId: l.id ?? '' })}
                download={l.fileName}
                data-kind={l.kind}
              >
                {l.kind === 'HARDSHIP_DECISION' ? 'Beslissing op het hardheidsverzoek' : 'Brief'} (PDF, {dateTime(l.createdAt)})
              </a>
            </li>
          ))}
        </ul>
      )}
      {mayObject && (
        <Paragraph>
          De burger kan bezwaar maken tegen deze beslissing.{' '}
          <a
            className="utrecht-link"
            id="bezwaar-registreren"
            href={href(
              '/bezwaren/nieuw?' +
                new URLSearchParams({
                  kenmerk: r.caseNumber ?? '',
                  soort: r.contestedDecisionType ?? 'HARDHEIDSBESLISSING',
                  datum: r.decidedAt ? r.decidedAt.slice(0, 10) : '',
                  toeslag: r.benefitType ?? '',
                }).toString(),
            )}
          >
            Bezwaar registreren
          </a>
        </Paragraph>
      )}
    </Section>
  );
}
