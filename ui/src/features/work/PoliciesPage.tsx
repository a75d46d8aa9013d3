import { useContext, useState } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { get } from '../../api/client';
import { useLoad } from '../../kit/data';
import { Loaded, PageTitle, Table } from '../../kit/page';
import { SessionContext } from '../../kit/session';

/** The policy catalogue: every rule the system enforces, where, why and on which legal basis, with a filter. */
export function PoliciesPage() {
  const catalogue = useLoad(() => get('/api/policies'), []);
  const contexts = useContext(SessionContext)?.labels.contexts ?? {};
  const [filter, setFilter] = useState('');
  const part = (context: string | undefined) => (context ? (contexts[context]?.nl ?? context) : '');
  return (
    <>
      <PageTitle title="Regelcatalogus">Regelcatalogus</PageTitle>
      <Paragraph purpose="lead">Elke regel die het systeem toepast, met wat hij bewaakt en de wettelijke grondslag.</Paragraph>
      <Loaded data={catalogue.data} error={catalogue.error}>
        {(data) => {
          const policies = data.policies ?? [];
          const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
          const textOf = (p: (typeof policies)[number]) =>
            [p.name, p.context, part(p.context), p.guardsNl, p.guardsEn, p.legalBasis, ...(p.appliesTo ?? []), p.implementation]
              .join(' ')
              .toLowerCase();
          const shown = policies.filter((p) => words.every((w) => textOf(p).includes(w)));
          return (
            <>
              <form className="toeslagen-filters" role="search" aria-label="Regels filteren" onSubmit={(e) => e.preventDefault()}>
                <div className="utrecht-form-field">
                  <div className="utrecht-form-field__label">
                    <label className="utrecht-form-label" htmlFor="filter">
                      Filter op naam, onderdeel, wet of handeling
                    </label>
                  </div>
                  <div className="utrecht-form-field__input">
                    <input
                      id="filter"
                      type="search"
                      className="utrecht-textbox utrecht-textbox--html-input"
                      autoComplete="off"
                      value={filter}
                      onChange={(e) => setFilter(e.target.value)}
                    />
                  </div>
                </div>
              </form>
              <p className="utrecht-paragraph" id="aantal" role="status" aria-live="polite">
                {shown.length === policies.length
                  ? `${policies.length} regels.`
                  : `${shown.length} van de ${policies.length} regels.`}
              </p>
              <Table caption="Beleidsregels">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {['Regel', 'Onderdeel', 'Bewaakt', 'Wettelijke grondslag', 'Geldt voor'].map((h) => (
                      <th key={h} className="utrecht-table__header-cell" scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body" id="regelrijen">
                  {shown.map((p) => (
                    <tr className="utrecht-table__row" key={p.name}>
                      <td className="utrecht-table__cell">
                        <strong>{p.name}</strong>
                      </td>
                      <td className="utrecht-table__cell">{part(p.context)}</td>
                      <td className="utrecht-table__cell">{p.guardsNl}</td>
                      <td className="utrecht-table__cell">{p.legalBasis}</td>
                      <td className="utrecht-table__cell">{(p.appliesTo ?? []).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
