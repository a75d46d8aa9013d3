import { useEffect, useRef, useState } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { apiUrl, get, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { date, dateTime, euros, workingDaysLeft } from '../../kit/format';
import { Alert, DataList, Loaded, PageTitle } from '../../kit/page';
import { href } from '../../kit/routes';
import { useLabels } from '../../kit/session';
import { CaseActions } from './actions';
import { capital } from './fields';

type Objection = Schemas['ObjectionView'];
type Letter = Schemas['LetterView'];

/** #/bezwaren/<id>: the case with everything recorded on it, its letters and a form per allowed action. */
export function CasePage({ id, isNew }: { id: string; isNew: boolean }) {
  const loaded = useLoad(() => get('/api/objections/{id}', { id }), [id]);
  const letters = useLoad(() => get('/api/objections/{id}/letters', { id }), [id]);
  const [notice, setNotice] = useState<string>(isNew ? 'Het bezwaar is geregistreerd. De ontvangstbevestiging staat bij de brieven.' : '');
  const noticeRef = useRef<HTMLDivElement>(null);
  // the confirmation of an action waits for the case as it is after it (not the answer before the reload)
  const [pending, setPending] = useState<string>();
  const before = useRef<unknown>(undefined);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (pending !== undefined && loaded.data !== before.current) {
      setNotice(pending);
      setPending(undefined);
      setRound((r) => r + 1);
    }
  }, [pending, loaded.data]);

  // after an action: the confirmation takes the focus (and is read out)
  useEffect(() => {
    if (round > 0) noticeRef.current?.focus();
  }, [round]);

  const done = (message: string) => {
    before.current = loaded.data;
    setNotice('');
    setPending(message);
    loaded.reload();
    letters.reload();
  };

  return (
    <Loaded data={loaded.data} error={loaded.error}>
      {(o) => (
        <>
          <PageTitle title={'Bezwaar ' + o.caseNumber}>Bezwaar {o.caseNumber}</PageTitle>
          <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite" id="melding" className="toeslagen-notice">
            {notice && <Alert type="ok">{notice}</Alert>}
          </div>
          <CaseFacts o={o} />
          <CaseActions o={o} onDone={done} />
          <CaseRecord o={o} />
          <section aria-labelledby="brieven-titel">
            <Heading level={2} id="brieven-titel">
              Brieven
            </Heading>
            <Letters id={id} letters={letters.data} />
          </section>
          <Paragraph>
            <a className="utrecht-link" href={href('/bezwaren/' + id + '/proces')}>
              Bekijk het verloop van dit bezwaar (procesmodel)
            </a>
          </Paragraph>
        </>
      )}
    </Loaded>
  );
}

/** The header facts: who, what is contested, where the case is and how much time is left. */
function CaseFacts({ o }: { o: Objection }) {
  const label = useLabels();
  const open = !o.closedOn;
  return (
    <section aria-labelledby="gegevens-titel" id="gegevens">
      <Heading level={2} id="gegevens-titel">
        Gegevens
      </Heading>
      <DataList
        items={[
          ['Zaaknummer', o.caseNumber],
          ['Burger (BSN)', o.bsn],
          ['Toeslag', capital(label('objections', 'benefitTypes', o.benefitType))],
          [
            'Bestreden besluit',
            `${label('objections', 'contestedDecisionTypes', o.contestedType)}, kenmerk ${o.contestedReference}, van ${date(o.contestedDate)}` +
              (o.contestedBenefitYear ? ` (toeslagjaar ${o.contestedBenefitYear})` : ''),
          ],
          ['Bedrag in geschil', o.amountAtStakeCents === undefined || o.amountAtStakeCents === null ? '' : euros(o.amountAtStakeCents)],
          ['Fase', label('objections', 'stages', o.stage)],
          ['Ontvangen', `${date(o.receivedDate)} (${label('objections', 'intakeChannels', o.channel)})`],
          ['Poststempel', date(o.postmarkDate)],
          ['Tijdigheid', label('objections', 'timeliness', o.timeliness)],
          ['Reden verschoonbaarheid', o.excuseReason],
          ['Einde bezwaartermijn', date(o.objectionTermEnd)],
          ['Uiterste beslisdatum', date(o.decisionDeadline) + (o.extended ? ' (verdaagd)' : '')],
          ['Werkdagen over', open ? workingDaysLeft(o.workingDaysLeft) + (o.overdue ? ' — de termijn is overschreden' : '') : 'afgesloten'],
          ['Bezwaaradviescommissie', o.advisoryCommittee ? 'Ja' : ''],
          ['Afgesloten op', date(o.closedOn)],
          ['Geregistreerd door', o.createdBy],
        ]}
      />
    </section>
  );
}

/** Everything recorded on the case: grounds, term changes, repair, contact, hearing, decision, withdrawal, penalty. */
function CaseRecord({ o }: { o: Objection }) {
  const label = useLabels();
  const intakeGrounds = (o.grounds ?? []).slice(0, (o.grounds ?? []).length - (o.addedGrounds ?? []).length);
  return (
    <>
      <section aria-labelledby="gronden-titel" id="gronden">
        <Heading level={2} id="gronden-titel">
          Gronden
        </Heading>
        {(o.grounds ?? []).length === 0 ? (
          <Paragraph>Nog geen gronden: het bezwaar is pro forma ingediend.</Paragraph>
        ) : (
          <ol className="utrecht-ordered-list">
            {intakeGrounds.map((g, i) => (
              <li key={'i' + i}>{g}</li>
            ))}
            {(o.addedGrounds ?? []).map((g, i) => (
              <li key={'a' + i}>
                {g.text}{' '}
                <span className="toeslagen-muted">
                  (aangevuld: ontvangen op {date(g.receivedOn)}, {label('objections', 'groundSources', g.source)}; vastgelegd door{' '}
                  {g.recordedBy} op {date(g.recordedOn)})
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      {((o.missing ?? []).length > 0 || o.repairRequestedOn) && (
        <section aria-labelledby="herstel-titel">
          <Heading level={2} id="herstel-titel">
            Herstel
          </Heading>
          <DataList
            items={[
              ['Ontbreekt', (o.missing ?? []).map((m) => label('objections', 'requirements', m)).join(', ')],
              ['Om herstel gevraagd op', date(o.repairRequestedOn)],
              ['Hersteltermijn tot en met', date(o.repairDueDate)],
            ]}
          />
        </section>
      )}
      {(o.termChanges ?? []).length > 0 && (
        <section aria-labelledby="termijn-titel">
          <Heading level={2} id="termijn-titel">
            Wijzigingen van de beslistermijn
          </Heading>
          <ul className="utrecht-unordered-list">
            {(o.termChanges ?? []).map((t, i) => (
              <li key={i}>
                {label('objections', 'termChangeKinds', t.kind)} op {date(t.recordedOn)}: van {date(t.previousDeadline)} naar{' '}
                {date(t.newDeadline)}
                {t.reasons ? ` — ${t.reasons}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {o.contact && (
        <section aria-labelledby="contact-titel">
          <Heading level={2} id="contact-titel">
            Contact met de bezwaarmaker
          </Heading>
          <DataList
            items={[
              ['Gebeld op', date(o.contact.contactedOn)],
              ['Bereikt', o.contact.reached ? 'Ja, bereikt' : 'Nee, niet bereikt'],
              ['Besproken of afgesproken', o.contact.agreement],
              ['Opgelost in het gesprek', o.contact.resolved ? 'Ja' : ''],
              ['Ingetrokken in het gesprek', o.contact.withdrawn ? 'Ja' : ''],
            ]}
          />
        </section>
      )}
      {o.hearing && (
        <section aria-labelledby="horen-titel">
          <Heading level={2} id="horen-titel">
            Horen
          </Heading>
          <DataList
            items={[
              ['Hoorzitting', o.hearing.scheduledAt ? dateTime(o.hearing.scheduledAt) : ''],
              ['Hoe', label('objections', 'hearingModes', o.hearing.mode)],
              ['Plaats, telefoonnummer of link', o.hearing.place],
              ['Instemming met korte termijn', o.hearing.shortNoticeConsent],
              ['Stukken nasturen tot', date(o.hearing.furtherDocumentsUntil)],
              ['Niet gehoord', o.hearing.skipReason ? label('objections', 'hearingSkipReasons', o.hearing.skipReason) : ''],
              ['Toelichting', o.hearing.explanation],
              ['Verslag', o.hearing.report],
            ]}
          />
        </section>
      )}
      {o.decision && <DecisionDraft o={o} />}
      {o.withdrawal && (
        <section aria-labelledby="intrekking-titel">
          <Heading level={2} id="intrekking-titel">
            Intrekking
          </Heading>
          <DataList
            items={[
              ['Hoe', label('objections', 'withdrawalChannels', o.withdrawal.channel)],
              ['Ontvangen op', date(o.withdrawal.receivedOn)],
              ['Reden', o.withdrawal.reason],
            ]}
          />
        </section>
      )}
      {(o.noticeOfDefaultOn || o.penalty?.decision) && o.penalty && (
        <section aria-labelledby="dwangsom-titel">
          <Heading level={2} id="dwangsom-titel">
            Ingebrekestelling en dwangsom
          </Heading>
          <DataList
            items={[
              ['Ingebrekestelling ontvangen op', date(o.noticeOfDefaultOn)],
              ['Dwangsom', o.penalty.applies ? `${o.penalty.amount} (${o.penalty.fullWeeks} volle weken, maximum ${o.penalty.cap})` : ''],
              ['Toelichting', o.penalty.reason],
              ['Eerste dag dwangsom', date(o.penalty.firstPenaltyDay)],
              ['Laatste dag dwangsom', date(o.penalty.lastPenaltyDay)],
              ['Vast te stellen uiterlijk op', date(o.penalty.decisionDue)],
              [
                'Vastgesteld',
                o.penalty.decision
                  ? `${o.penalty.decision.amount} op ${date(o.penalty.decision.decidedOn)} door ${o.penalty.decision.decidedBy}` +
                    (o.penalty.decision.manifestly
                      ? ` — geen dwangsom: ${label('objections', 'manifestFindings', o.penalty.decision.manifestly)}`
                      : '')
                  : '',
              ],
              ['Motivering', o.penalty.decision?.reasons],
            ]}
          />
        </section>
      )}
    </>
  );
}

/** The (draft) decision in full, as the reviewer judges it: outcome, reasons, every ground's answer, legal basis, consequence. */
export function DecisionDraft({ o }: { o: Objection }) {
  const label = useLabels();
  const d = o.decision as NonNullable<Objection['decision']>;
  const refs = d.legalReferences ?? [];
  const urls = d.legalReferenceUrls ?? [];
  return (
    <section aria-labelledby="beslissing-titel" id="beslissing">
      <Heading level={2} id="beslissing-titel">
        {o.stage === 'DECIDED' ? 'Beslissing op bezwaar' : 'Ontwerpbeslissing'}
      </Heading>
      <DataList
        items={[
          ['Uitkomst', label('objections', 'decisionOutcomes', d.outcome)],
          ['Opgesteld door', d.preparedBy ? `${d.preparedBy} op ${date(d.preparedOn)}` : ''],
          ['Motivering', d.reasons],
          ['Niet gehoord omdat', d.hearingSkipReason ? label('objections', 'hearingSkipReasons', d.hearingSkipReason) : ''],
          ['Beoordeeld door', o.reviewedBy],
          ['Opmerkingen van de beoordelaar', o.reviewRemarks],
        ]}
      />
      {(d.answers ?? []).length > 0 && (
        <>
          <Heading level={3}>Antwoord op elke grond</Heading>
          <ol className="utrecht-ordered-list" id="antwoorden">
            {(d.answers ?? []).map((a, i) => (
              <li key={i}>
                <strong>{a.ground}</strong>
                <br />
                {a.upheld ? 'Terecht (gegrond)' : 'Niet terecht (ongegrond)'}: {a.reasons}
              </li>
            ))}
          </ol>
        </>
      )}
      <Heading level={3}>Wettelijke grondslag</Heading>
      {refs.length === 0 ? (
        <Paragraph>Geen.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list" id="grondslagen">
          {refs.map((r, i) => (
            <li key={r}>
              {urls[i] ? (
                <a className="utrecht-link" href={urls[i]} rel="noreferrer" target="_blank">
                  {r}
                </a>
              ) : (
                r
              )}
            </li>
          ))}
        </ul>
      )}
      {(d.caseLaw ?? []).length > 0 && (
        <>
          <Heading level={3}>Jurisprudentie</Heading>
          <ul className="utrecht-unordered-list">
            {(d.caseLaw ?? []).map((e) => (
              <li key={e}>
                <a className="utrecht-link" href={'https://uitspraken.rechtspraak.nl/details?id=' + encodeURIComponent(e)} rel="noreferrer" target="_blank">
                  {e}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading level={3}>Gevolg voor de burger</Heading>
      <DataList
        items={[
          ['Nieuw bedrag', d.newAmount],
          ['Terugvordering vervalt', d.recoveryDropped ? 'Ja' : ''],
          ['Nabetaling of terugvordering', d.amountAtStake],
          ['Wat verandert er', d.effectDescription],
        ]}
      />
      {!d.newAmount && !d.recoveryDropped && !d.amountAtStake && !d.effectDescription && <Paragraph>Er verandert niets.</Paragraph>}
      {o.stage !== 'DECIDED' && (o.allowedActions ?? []).includes('ObjectionResource_decisionLetterPreview') && (
        <>
          <Heading level={3}>De brief zoals die wordt verstuurd</Heading>
          <Paragraph>
            <a
              className="utrecht-link"
              id="conceptbrief"
              href={apiUrl('/api/objections/{id}/decision/letter-preview', { id: o.id ?? '' })}
              target="_blank"
              rel="noreferrer"
            >
              Conceptbrief bekijken (PDF, opent in een nieuw venster)
            </a>
          </Paragraph>
        </>
      )}
    </section>
  );
}

function Letters({ id, letters }: { id: string; letters: Letter[] | undefined }) {
  const label = useLabels();
  if (!letters) return <Paragraph>De brieven worden geladen …</Paragraph>;
  if (letters.length === 0) return <Paragraph>Nog geen brieven.</Paragraph>;
  return (
    <ul className="utrecht-unordered-list" id="brieven">
      {letters.map((l) => (
        <li key={l.id}>
          <a className="utrecht-link" href={apiUrl('/api/objections/{id}/letters/{docId}', { id, docId: l.id ?? '' })} download={l.fileName}>
            {label('objections', 'letterKinds', l.kind)} ({l.fileName}, PDF)
          </a>{' '}
          — {dateTime(l.createdAt)}
        </li>
      ))}
    </ul>
  );
}
