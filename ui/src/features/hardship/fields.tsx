// The pieces of the hardship screens the kit has no twin of: a group of checkboxes holding a list
// of codes, and a titled section.
import type { ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { FormState, FormValues, Option } from '../../kit/forms';

/** Several choices of a list, as checkboxes in a fieldset; the value is the list of chosen codes. */
export function CheckboxGroup<V extends FormValues>({
  form,
  name,
  label,
  description,
  options,
}: {
  form: FormState<V>;
  name: keyof V & string;
  label: string;
  description?: string;
  options: Option[];
}) {
  const id = form.fieldId(name);
  form.labels[name] = label;
  const error = form.errors[name];
  const chosen = Array.isArray(form.values[name]) ? (form.values[name] as string[]) : [];
  const toggle = (code: string, on: boolean) =>
    form.set(name, (on ? [...chosen.filter((c) => c !== code), code] : chosen.filter((c) => c !== code)) as V[typeof name]);
  return (
    <fieldset
      className={'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset' + (error ? ' utrecht-form-fieldset--invalid' : '')}
      aria-describedby={[description ? id + '-desc' : '', error ? id + '-error' : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{label}</legend>
      {description && (
        <div className="utrecht-form-field-description" id={id + '-desc'}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={id + '-error'}>
          <span className="toeslagen-visually-hidden">Fout: </span>
          {error}
        </div>
      )}
      {options.map((o, i) => {
        // the first checkbox carries the field's id, so the summary's link focuses the group
        const boxId = i === 0 ? id : `${id}-${o.code}`;
        return (
          <div className="utrecht-form-field utrecht-form-field--checkbox" key={o.code}>
            <div className="utrecht-form-field__input">
              <input
                type="checkbox"
                id={boxId}
                name={id}
                value={o.code}
                className="utrecht-checkbox utrecht-checkbox--html-input"
                aria-invalid={error ? true : undefined}
                checked={chosen.includes(o.code)}
                onChange={(e) => toggle(o.code, e.target.checked)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={boxId}>
                {o.label}
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A section of a screen with its h2 (its id for tests and skip links, its title as its name). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id + '-titel'} id={id} className="toeslagen-section">
      <Heading level={2} id={id + '-titel'}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A list of texts as a bulleted list. */
export function List({ items }: { items: string[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((f, i) => (
        <li key={i}>{f}</li>
      ))}
    </ul>
  );
}
