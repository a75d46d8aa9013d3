import { useState } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { post, type Entered, type PostBody, type Schemas } from '../../api/client';
import { ErrorPage } from '../../components/ErrorPage';
import { euros, today } from '../../kit/format';
import { DateField, Form, RadioGroup, TextField, text, useForm } from '../../kit/forms';
import { DataList, PageTitle, Table } from '../../kit/page';
import { href } from '../../kit/routes';
import { useCan } from '../../kit/session';
import { Section } from './fields';
import { useHardshipLabels } from './labels';
import { euroCents } from './money';

type Assessment = Schemas['CollectionAssessmentView'];
type Body = Entered<PostBody<'/api/collection/assessment'>>;

const FIELDS = [
  'amountCents',
  'kind',
  'decisionDate',
  'monthlyAdvanceCents',
  'monthlyIncomeCents',
  'beslagvrijeVoetCents',
  'uhtPause',
];

/**
 * #/invordering: how a recovery is collected (POST /api/collection/assessment): below the
 * efficiency threshold nothing, the standard arrangement in 24 terms, or a personal plan from the
 * capacity to pay — with every rule the server applied and its legal basis.
 */
export function CollectionPage() {
  const can = useCan();
  const { collectionOptions } = useHardshipLabels();
  const [result, setResult] = useState<Assessment>();
  const form = useForm({
    amountCents: '',
    kind: '',
    decisionDate: today(),
    monthlyAdvanceCents: '',
    monthlyIncomeCents: '',
    beslagvrijeVoetCents: '',
    uhtPause: 'nee',
  });
  if (!can('CollectionResource_assess')) return <ErrorPage status={403} />;
  return (
    <>
      <PageTitle>Invordering berekenen</PageTitle>
      <Paragraph>
        Bereken hoe een terugvordering wordt ingevorderd: niet (onder de doelmatigheidsgrens of door de pauzeknop), in de
        standaardregeling van 24 termijnen, of in een persoonlijke betalingsregeling naar draagkracht.{' '}
        <a className="utrecht-link" href={href('/hardheid')}>
          Naar de hardheidsverzoeken
        </a>
      </Paragraph>
      <Form
        form={form}
        title="Invordering berekenen"
        fields={FIELDS}
        submitLabel="Berekenen"
        action={async (v) => {
          const body: Body = {
            amountCents: euroCents(v.amountCents),
            kind: text(v.kind),
            decisionDate: text(v.decisionDate),
            monthlyAdvanceCents: euroCents(v.monthlyAdvanceCents),
            monthlyIncomeCents: euroCents(v.monthlyIncomeCents),
            beslagvrijeVoetCents: euroCents(v.beslagvrijeVoetCents),
            uhtPause: v.uhtPause === '' ? undefined : v.uhtPause === 'ja',
          };
          setResult(undefined);
          const answer = await post('/api/collection/assessment', {}, body);
          setResult(answer);
          return 'Berekend.';
        }}
      >
        <TextField form={form} name="amountCents" label="Terug te vorderen bedrag in euro" description="Bijvoorbeeld 1.234,56." inputMode="decimal" width="short" />
        <RadioGroup form={form} name="kind" label="Soort terugvordering" options={collectionOptions('recoveryKinds')} />
        <DateField form={form} name="decisionDate" label="Datum van het besluit tot terugvordering" />
        <TextField form={form} name="monthlyAdvanceCents" label="Lopend voorschot per maand in euro" description="0 als er geen voorschot loopt." inputMode="decimal" width="short" />
        <TextField form={form} name="monthlyIncomeCents" label="Inkomen per maand in euro" inputMode="decimal" width="short" />
        <TextField form={form} name="beslagvrijeVoetCents" label="Beslagvrije voet per maand in euro" inputMode="decimal" width="short" />
        <RadioGroup
          form={form}
          name="uhtPause"
          label="Staat de pauzeknop van de hersteloperatie aan?"
          options={[
            { code: 'nee', label: 'Nee' },
            { code: 'ja', label: 'Ja, de burger is (mogelijk) gedupeerd' },
          ]}
        />
      </Form>
      {result && <Result a={result} />}
    </>
  );
}

function Result({ a }: { a: Assessment }) {
  const { collection } = useHardshipLabels();
  const terms =
    a.terms && a.terms > 0
      ? `${a.terms} termijnen van ${euros(a.monthlyTermCents)}${
          a.lastTermCents !== null && a.lastTermCents !== undefined && a.lastTermCents !== a.monthlyTermCents
            ? `; de laatste termijn is ${euros(a.lastTermCents)}`
            : ''
        }`
      : 'Geen termijnen';
  return (
    <Section id="uitkomst" title="Uitkomst">
      <DataList
        items={[
          ['Regeling', <strong key="r">{collection('arrangements', a.arrangement)}</strong>],
          ['Wordt ingevorderd', a.collect ? 'Ja' : 'Nee'],
          ['Termijnen', terms],
          ['Zienswijze vragen vóór het besluit', a.zienswijzeRequired ? 'Ja' : 'Nee'],
          [
            'Doelmatigheidsgrens',
            a.thresholdCents !== null && a.thresholdCents !== undefined
              ? `${euros(a.thresholdCents)} (${a.thresholdYear}${a.thresholdSource ? ', ' + a.thresholdSource : ''})${
                  a.thresholdProvisional ? ' — voorlopig: het bedrag van een eerder jaar, controleer dit' : ''
                }`
              : 'Niet toegepast',
          ],
          ['Draagkracht per maand', a.capacityCents !== null && a.capacityCents !== undefined ? euros(a.capacityCents) : ''],
        ]}
      />
      <Table caption="Toegepaste regels">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Uitkomst van de regel
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Grondslag
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {(a.reasons ?? []).map((r, i) => (
            <tr className="utrecht-table__row" key={i} data-policy={r.policy}>
              <td className="utrecht-table__cell">{r.reasonNl}</td>
              <td className="utrecht-table__cell">{r.legalBasis}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}
