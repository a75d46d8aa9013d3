// Form fields the objection screens need beyond the kit's: several checkboxes for one list value
// (the missing requirements) and a date with a time (a hearing). Same markup and error wiring as
// the kit's fields, so the error summary links to them.
import type { ReactNode } from 'react';
import { ApiError, asApiError } from '../../api/client';
import type { FormState, FormValues, Option } from '../../kit/forms';

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <div className="utrecht-form-field-error-message" id={id + '-error'}>
      <span className="toeslagen-visually-hidden">Fout: </span>
      {error}
    </div>
  ) : null;
}

/** Several checkboxes whose checked codes form one list value (e.g. `missing`). */
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
  const error = form.errors[name];
  const checked = (form.values[name] as string[] | undefined) ?? [];
  const toggle = (code: string, on: boolean) =>
    form.set(name, (on ? [...checked, code] : checked.filter((c) => c !== code)) as V[typeof name]);
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
      <ErrorText id={id} error={error} />
      {options.map((o, i) => {
        const boxId = i === 0 ? id : `${id}-${o.code}`;
        return (
          <div className="utrecht-form-field utrecht-form-field--checkbox" key={o.code}>
            <div className="utrecht-form-field__input">
              <input
                type="checkbox"
                id={boxId}
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={checked.includes(o.code)}
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

/** A date and time (yyyy-mm-ddThh:mm, the browser's picker). */
export function DateTimeField<V extends FormValues>({
  form,
  name,
  label,
  description,
}: {
  form: FormState<V>;
  name: keyof V & string;
  label: string;
  description?: string;
}) {
  const id = form.fieldId(name);
  const error = form.errors[name];
  const describedBy = [description ? id + '-desc' : '', error ? id + '-error' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={'utrecht-form-field' + (error ? ' utrecht-form-field--invalid' : '')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description" id={id + '-desc'}>
          {description}
        </div>
      )}
      <ErrorText id={id} error={error} />
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name={name}
          type="datetime-local"
          className={'utrecht-textbox utrecht-textbox--html-input toeslagen-short' + (error ? ' utrecht-textbox--invalid' : '')}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={String(form.values[name] ?? '')}
          onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        />
      </div>
    </div>
  );
}

/** A group of related fields with a legend (e.g. the contested decision), and its own error. */
export function FieldGroup({
  legend,
  children,
  id,
  error,
}: {
  legend: string;
  children: ReactNode;
  id?: string;
  error?: string;
}) {
  return (
    <fieldset
      className={'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset' + (error ? ' utrecht-form-fieldset--invalid' : '')}
      id={id}
      tabIndex={id ? -1 : undefined}
      aria-describedby={error && id ? id + '-error' : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {id && <ErrorText id={id} error={error} />}
      {children}
    </fieldset>
  );
}

/** Capitalises a label for the start of a line ('huurtoeslag' → 'Huurtoeslag'). */
export function capital(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * The label a person sees for an API field path on this form (the field's label or its group's
 * legend), or undefined. Looks up the path and then its parents (answers[1].reasons → answers[1] → answers).
 */
function visibleLabel(fieldId: (name: string) => string, path: string): string | undefined {
  let p = path;
  while (p) {
    const id = fieldId(p);
    const el = document.getElementById(id);
    const text =
      document.querySelector(`label[for="${id}"]`)?.textContent ??
      (el?.tagName === 'FIELDSET' ? el.querySelector('legend')?.textContent : undefined) ??
      el?.closest('fieldset')?.querySelector('legend')?.textContent;
    if (text) return text.trim();
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
  return undefined;
}

/**
 * Runs a form's action; when the server refuses it, its messages name the field by the label the
 * person sees instead of the API path ("Veld 'contestedDecision.date' is verplicht." → 'Veld
 * "Datum van het besluit" is verplicht.'). The field each message belongs to is unchanged.
 */
export async function withFieldLabels<T>(fieldId: (name: string) => string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const error = asApiError(e);
    const relabel = (field: string | undefined, text: string | undefined) => {
      if (!field || !text) return text;
      const label = visibleLabel(fieldId, field);
      return label ? text.split(`'${field}'`).join(`"${label}"`) : text;
    };
    throw new ApiError(
      error.status,
      relabel(error.field, error.detailNl),
      error.field,
      error.errors.map((f) => ({ field: f.field, detailNl: relabel(f.field, f.detailNl) ?? f.detailNl })),
      error.policy,
    );
  }
}
