import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { get, type Schemas } from '../../api/client';
import { useLoad } from '../../kit/data';
import { dateTime } from '../../kit/format';
import { Alert, DataList, Loaded, PageTitle, Table } from '../../kit/page';
import { href } from '../../kit/routes';
import { DisparityChart } from './DisparityChart';
import { decimal, pValue, percent, useSelectionLabels } from './labels';

type Run = Schemas['RunDetails'];
type Attribute = Schemas['AttributeReport'];

/**
 * #/selectie/runs/<id>: a selection run — its figures, the bias report per protected attribute (a
 * table and a chart of the disparity ratios) and every case that went to a person, each linked to
 * its signal in the fraud review.
 */
export function RunPage({ id }: { id: string }) {
  const run = useLoad(() => get('/api/selection-runs/{id}', { id }), [id]);
  // the labels of the protected attributes are the catalogue's
  const catalogue = useLoad(() => get('/api/selection-features'), []);
  const attributeLabel = (code: string | undefined) =>
    catalogue.data?.features?.find((f) => f.code === code)?.label ?? code ?? '';
  return (
    <Loaded data={run.data} error={run.error}>
      {(r) => (
        <>
          <PageTitle title={'Selectierun ' + (r.batchId ?? '')}>Selectierun {r.batchId}</PageTitle>
          <Facts r={r} />
          <Report r={r} attributeLabel={attributeLabel} />
          <Reviewed r={r} />
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

function Facts({ r }: { r: Run }) {
  const { label } = useSelectionLabels();
  return (
    <section aria-labelledby="gegevens-titel" id="gegevens">
      <Heading level={2} id="gegevens-titel">
        Gegevens van de run
      </Heading>
      <DataList
        items={[
          ['Batch', r.batchId],
          [
            'Regelset',
            <a className="utrecht-link" href={href('/selectie/' + (r.ruleSetId ?? ''))} key="r">
              {r.ruleSetName} (versie {r.ruleSetVersion})
            </a>,
          ],
          ['Status van de regelset nu', label('ruleSetStatuses', r.ruleSetStatus)],
          ['Drempel', `${r.threshold} punten`],
          ['Gestart', `${r.startedBy ?? ''}, ${dateTime(r.startedAt)}`],
          ['Zaken in de batch', String(r.cases)],
          ['Geselecteerd door de regels', String(r.selected)],
          ['Getrokken in de aselecte steekproef', String(r.controlSample)],
          ['Biasmonitor', <strong key="b">{r.flagged ? 'Onderscheid gevonden' : 'Geen onderscheid'}</strong>],
        ]}
      />
      {r.flagged && (
        <Alert type="warning">
          De biasmonitor heeft onderscheid gevonden. De regelset is daarom geschorst; een privacyadviseur beoordeelt de
          schorsing.
        </Alert>
      )}
    </section>
  );
}

function Report({ r, attributeLabel }: { r: Run; attributeLabel: (code: string | undefined) => string }) {
  const report = r.report;
  return (
    <section aria-labelledby="biasrapport-titel" id="biasrapport">
      <Heading level={2} id="biasrapport-titel">
        Biasrapport
      </Heading>
      <Paragraph>
        Per beschermd kenmerk: het aandeel van elke groep onder de geselecteerde zaken, vergeleken met haar aandeel in de
        aselecte steekproef uit dezelfde batch. De regels lezen deze kenmerken niet; ze worden alleen hier gebruikt. Een
        groep krijgt ‘Onderscheid’ als de verhouding buiten 0,8 tot 1,25 valt, de p-waarde na Holm-correctie onder 0,05
        ligt en de groep minstens 20 zaken in de selectie of in de steekproef telt. Kleinere groepen staan erbij, maar
        zijn te klein om te beoordelen.
      </Paragraph>
      {!report ? (
        <Paragraph>Er is geen biasrapport voor deze run.</Paragraph>
      ) : (
        <>
          <DataList
            items={[
              ['Methode', report.method],
              ['Zaken', String(report.totalCases)],
              ['Geselecteerd', String(report.selectedCount)],
              ['In de steekproef', String(report.controlCount)],
            ]}
          />
          {(report.attributes ?? []).map((a, i) => (
            <AttributeSection key={a.attribute ?? i} index={i} a={a} title={attributeLabel(a.attribute)} />
          ))}
        </>
      )}
    </section>
  );
}

function AttributeSection({ a, title, index }: { a: Attribute; title: string; index: number }) {
  const groups = a.groups ?? [];
  const id = 'kenmerk-' + index;
  return (
    <section aria-labelledby={id + '-titel'} id={id} className="toeslagen-section" data-attribute={a.attribute}>
      <Heading level={3} id={id + '-titel'}>
        {title}: {a.flagged ? 'onderscheid gevonden' : 'geen onderscheid'}
      </Heading>
      <Table caption={`${title}: cijfers per groep`}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {[
              'Groep',
              'In de batch',
              'Geselecteerd',
              'In de steekproef',
              'Selectiekans',
              'Aandeel geselecteerd',
              'Aandeel steekproef',
              'Verhouding',
              'p-waarde',
              'Onderscheid',
            ].map((h) => (
              <th className="utrecht-table__header-cell" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {groups.map((g, i) => (
            <tr className="utrecht-table__row" key={g.group ?? i} data-flagged={g.flagged}>
              <th className="utrecht-table__header-cell" scope="row">
                {g.group}
              </th>
              <td className="utrecht-table__cell">{g.batchCount}</td>
              <td className="utrecht-table__cell">{g.selectedCount}</td>
              <td className="utrecht-table__cell">{g.controlCount}</td>
              <td className="utrecht-table__cell">{percent(g.selectionRate)}</td>
              <td className="utrecht-table__cell">{percent(g.selectedShare)}</td>
              <td className="utrecht-table__cell">{percent(g.controlShare)}</td>
              <td className="utrecht-table__cell">{decimal(g.disparityRatio)}</td>
              <td className="utrecht-table__cell">{pValue(g.pValue)}</td>
              <td className="utrecht-table__cell">{g.flagged ? <strong>Onderscheid</strong> : 'Nee'}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <DisparityChart id={'grafiek-' + index} title={title} groups={groups} />
    </section>
  );
}

function Reviewed({ r }: { r: Run }) {
  const { fraud } = useSelectionLabels();
  const rows = r.reviewed ?? [];
  return (
    <section aria-labelledby="zaken-titel" id="zaken">
      <Heading level={2} id="zaken-titel">
        Zaken voor een medewerker
      </Heading>
      <Paragraph>
        Elke zaak hieronder is een signaal in het intensief toezicht. Een selectie is geen verdenking: een medewerker
        beoordeelt de zaak.
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph>Geen enkele zaak is geselecteerd of getrokken.</Paragraph>
      ) : (
        <Table caption={`${rows.length} zaken naar een medewerker`}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['Zaak', 'Burger', 'Toeslag', 'Punten', 'Waarom', 'Indicatoren', 'Signaal'].map((h) => (
                <th className="utrecht-table__header-cell" scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((c) => (
              <tr className="utrecht-table__row" key={c.caseRef} data-selected={c.selected}>
                <td className="utrecht-table__cell">{c.caseRef}</td>
                <td className="utrecht-table__cell">{c.citizen}</td>
                <td className="utrecht-table__cell">{fraud('benefitTypes', c.benefitType)}</td>
                <td className="utrecht-table__cell">
                  {c.total} (drempel {r.threshold})
                </td>
                <td className="utrecht-table__cell">
                  {[c.selected ? 'Geselecteerd' : '', c.controlSample ? 'Steekproef' : ''].filter(Boolean).join(' en ')}
                </td>
                <td className="utrecht-table__cell">
                  {(c.fired ?? []).length === 0
                    ? 'Geen'
                    : (c.fired ?? []).map((f) => `${f.name ?? ''} (${f.points})`).join('; ')}
                </td>
                <td className="utrecht-table__cell">
                  {c.signalId ? (
                    <a className="utrecht-link" href={href('/signalen/' + c.signalId)}>
                      Signaal van {c.caseRef}
                    </a>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
