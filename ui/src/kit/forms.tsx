// Forms in the NL Design System pattern: on a refused submit a summary at the top takes focus and
// links to each invalid field, and each field shows its own message, in Dutch, for every error at
// once (the server lists them all in problem+json `errors`). No browser-native bubbles: the form
// has noValidate and the server decides what is valid (the UI re-implements no rule).
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { asApiError, type ApiError } from '../api/client';

export type FormValues = Record<string, string | boolean | string[]>;

export interface FormState<V extends FormValues> {
  id: string;
  values: V;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
  /** The message per field path (e.g. 'contestedDecision.date'), from the last refusal. */
  errors: Record<string, string>;
  /** Errors the form has no field for, and a refusal that names no field. */
  general: string[];
  busy: boolean;
  done: string | undefined;
  reset: () => void;
  fieldId: (name: string) => string;
  /** The visible label of each field by its name, as its field rendered it (for the messages). */
  labels: Record<string, string>;
  /** Internal: the submit wiring of <Form>. */
  run: (action: (values: V) => Promise<string | void>, fields: Set<string>) => Promise<void>;
}

/** The state of one form: its values (strings, booleans), the refusal's errors, busy/done. */
export function useForm<V extends FormValues>(initial: V): FormState<V> {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const fieldId = (name: string) => `${id}-${name.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const labels = useRef<Record<string, string>>({}).current;
  return {
    id,
    values,
    set: (name, value) => setValues((v) => ({ ...v, [name]: value })),
    errors,
    general,
    busy,
    done,
    fieldId,
    labels,
    reset: () => {
      setValues(initial);
      setErrors({});
      setGeneral([]);
    },
    run: async (action, fields) => {
      setBusy(true);
      setDone(undefined);
      try {
        const message = await action(values);
        setErrors({});
        setGeneral([]);
        setDone(message || undefined);
      } catch (e: unknown) {
        const { byField, rest } = split(asApiError(e), fields, labels);
        setErrors(byField);
        setGeneral(rest);
      } finally {
        setBusy(false);
      }
    },
  };
}

/** The refusal's messages: those of a field on the form, and the rest (for the summary only). */
function split(
  error: ApiError,
  fields: Set<string>,
  labels: Record<string, string>,
): { byField: Record<string, string>; rest: string[] } {
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of error.fieldErrors()) {
    const name = fieldFor(e.field, fields);
    if (name && !byField[name]) byField[name] = named(e.detailNl, e.field, labels[name]);
    else if (!name) rest.push(e.detailNl);
  }
  if (Object.keys(byField).length === 0 && rest.length === 0) {
    rest.push(error.detailNl ?? generalText(error.status));
  }
  return { byField, rest };
}

/**
 * The server's generic texts name a field by its API path ("Veld 'legalBasis' is verplicht."); a
 * person knows it by its label: "Veld ‘Grondslag’ is verplicht.".
 */
function named(text: string, path: string, label: string | undefined): string {
  return label ? text.split(`'${path}'`).join(`‘${label}’`) : text;
}

/** The form field a server path names: itself, or the nearest parent (answers[2].reasons → answers). */
function fieldFor(path: string, fields: Set<string>): string | undefined {
  let p = path;
  while (p) {
    if (fields.has(p)) return p;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
  return undefined;
}

function generalText(status: number): string {
  if (status === 403) return 'U mag deze handeling niet uitvoeren.';
  if (status === 404) return 'Dit dossier of deze taak bestaat niet (meer).';
  if (status === 409) return 'Dit kan nu niet: de zaak is intussen gewijzigd. Laad de pagina opnieuw.';
  if (status >= 500) return 'Door een storing is dit niet gelukt. Er is niets gewijzigd. Probeer het later opnieuw.';
  return 'Dit is niet gelukt.';
}

/**
 * A form: the error summary at the top (focused after a refusal), the fields, the submit button
 * and a confirmation (polite live region) after success. `action` sends the request and may answer
 * the confirmation text.
 */
export function Form<V extends FormValues>({
  form,
  action,
  submitLabel,
  fields,
  children,
  secondary,
  title,
}: {
  form: FormState<V>;
  action: (values: V) => Promise<string | void>;
  submitLabel: string;
  /** Every field name on the form (API paths), so a server error lands at its field. */
  fields: string[];
  children: ReactNode;
  secondary?: ReactNode;
  /** An accessible name for the form (its heading's text). */
  title?: string;
}) {
  const summary = useRef<HTMLDivElement>(null);
  // after each submit, once React has rendered its outcome, focus moves to the summary of a refusal
  const [submits, setSubmits] = useState(0);
  useEffect(() => {
    if (submits > 0) summary.current?.focus();
  }, [submits]);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.busy) return;
    await form.run(action, new Set(fields));
    setSubmits((n) => n + 1);
  };
  // focus moves to the summary after a refusal, once React has rendered it
  useEffect(() => {
    if (submits > 0) summary.current?.focus();
  }, [submits]);
  const entries = fields.filter((f) => form.errors[f]).map((f) => ({ field: f, text: form.errors[f] as string }));
  const hasErrors = entries.length > 0 || form.general.length > 0;
  return (
    <form className="utrecht-form toeslagen-form" noValidate onSubmit={onSubmit} aria-label={title}>
      {hasErrors && (
        <div
          ref={summary}
          className="utrecht-alert utrecht-alert--error toeslagen-error-summary"
          tabIndex={-1}
          role="group"
          aria-labelledby={form.id + '-summary'}
        >
          <p className="utrecht-heading-2" id={form.id + '-summary'}>
            {entries.length + form.general.length === 1
              ? 'Er is een probleem'
              : `Er zijn ${entries.length + form.general.length} problemen`}
          </p>
          <ul className="utrecht-unordered-list">
            {entries.map((e) => (
              <li key={e.field}>
                <a
                  className="utrecht-link"
                  href={'#' + form.fieldId(e.field)}
                  onClick={(ev) => {
                    // the route lives in the hash: focus the field instead of navigating
                    ev.preventDefault();
                    document.getElementById(form.fieldId(e.field))?.focus();
                  }}
                >
                  {e.text}
                </a>
              </li>
            ))}
            {form.general.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {children}
      <div className="utrecht-button-group toeslagen-buttons">
        <Button type="submit" appearance="primary-action-button" disabled={form.busy} aria-disabled={form.busy}>
          {form.busy ? 'Bezig …' : submitLabel}
        </Button>
        {secondary}
      </div>
      <p className="toeslagen-confirmation" role="status" aria-live="polite">
        {form.done ?? ''}
      </p>
    </form>
  );
}

interface FieldProps<V extends FormValues> {
  form: FormState<V>;
  name: keyof V & string;
  label: string;
  description?: string;
}

function FieldShell<V extends FormValues>({
  form,
  name,
  label,
  description,
  children,
  kind,
}: FieldProps<V> & { children: (aria: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode; kind?: 'checkbox' }) {
  const id = form.fieldId(name);
  form.labels[name] = label;
  const error = form.errors[name];
  const describedBy = [description ? id + '-desc' : '', error ? id + '-error' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={
        'utrecht-form-field' +
        (kind === 'checkbox' ? ' utrecht-form-field--checkbox' : '') +
        (error ? ' utrecht-form-field--invalid' : '')
      }
    >
      {kind !== 'checkbox' && (
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>
            {label}
          </label>
        </div>
      )}
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
      <div className="utrecht-form-field__input">{children({ id, describedBy, invalid: Boolean(error) })}</div>
      {kind === 'checkbox' && (
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
            {label}
          </label>
        </div>
      )}
    </div>
  );
}

/** A one-line text field (also for numbers, BSNs and amounts: the server parses them). */
export function TextField<V extends FormValues>(
  props: FieldProps<V> & { inputMode?: 'text' | 'numeric' | 'decimal'; autoComplete?: string; width?: 'short' },
) {
  const { form, name } = props;
  return (
    <FieldShell {...props}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="text"
          className={
            'utrecht-textbox utrecht-textbox--html-input' +
            (invalid ? ' utrecht-textbox--invalid' : '') +
            (props.width === 'short' ? ' toeslagen-short' : '')
          }
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={String(form.values[name] ?? '')}
          onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        />
      )}
    </FieldShell>
  );
}

/** A date (yyyy-mm-dd, the browser's date picker). */
export function DateField<V extends FormValues>(props: FieldProps<V>) {
  const { form, name } = props;
  return (
    <FieldShell {...props}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="date"
          className={'utrecht-textbox utrecht-textbox--html-input toeslagen-short' + (invalid ? ' utrecht-textbox--invalid' : '')}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={String(form.values[name] ?? '')}
          onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        />
      )}
    </FieldShell>
  );
}

/** A multi-line text. */
export function TextArea<V extends FormValues>(props: FieldProps<V> & { rows?: number }) {
  const { form, name } = props;
  return (
    <FieldShell {...props}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={props.rows ?? 4}
          className={'utrecht-textarea utrecht-textarea--html-textarea' + (invalid ? ' utrecht-textarea--invalid' : '')}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={String(form.values[name] ?? '')}
          onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        />
      )}
    </FieldShell>
  );
}

export interface Option {
  code: string;
  label: string;
}

/** A choice from a list (codes with their Dutch labels, e.g. from useVocabulary). */
export function SelectField<V extends FormValues>(props: FieldProps<V> & { options: Option[]; placeholder?: string }) {
  const { form, name } = props;
  return (
    <FieldShell {...props}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          className={'utrecht-select utrecht-select--html-select' + (invalid ? ' utrecht-select--invalid' : '')}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={String(form.values[name] ?? '')}
          onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        >
          <option value="">{props.placeholder ?? 'Maak een keuze'}</option>
          {props.options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** One choice of a few, as radio buttons in a fieldset. */
export function RadioGroup<V extends FormValues>({
  form,
  name,
  label,
  description,
  options,
}: FieldProps<V> & { options: Option[] }) {
  const id = form.fieldId(name);
  form.labels[name] = label;
  const error = form.errors[name];
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
      {options.map((o, i) => (
        <div className="utrecht-form-field utrecht-form-field--radio" key={o.code}>
          <div className="utrecht-form-field__input">
            <input
              type="radio"
              // the first radio carries the field's id, so the summary's link focuses the group
              id={i === 0 ? id : `${id}-${o.code}`}
              name={id}
              value={o.code}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              aria-invalid={error ? true : undefined}
              checked={form.values[name] === o.code}
              onChange={() => form.set(name, o.code as V[typeof name])}
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={i === 0 ? id : `${id}-${o.code}`}>
              {o.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** A yes/no checkbox. */
export function Checkbox<V extends FormValues>(props: FieldProps<V>) {
  const { form, name } = props;
  return (
    <FieldShell {...props} kind="checkbox">
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="checkbox"
          className={'utrecht-checkbox utrecht-checkbox--html-input' + (invalid ? ' utrecht-checkbox--invalid' : '')}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          checked={Boolean(form.values[name])}
          onChange={(e) => form.set(name, e.target.checked as V[typeof name])}
        />
      )}
    </FieldShell>
  );
}

/** A form value as a request value: empty text → undefined (left out; the server says if required). */
export function text(value: string | boolean | string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/**
 * An amount typed in euros ('1.234,50', '1234.5', '€ 80') as cents; text that is not an amount is
 * passed on unchanged so the server's message names the field.
 */
export function cents(value: string | boolean | string[] | undefined): number | string | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  const cleaned = t.replace(/[€\s]/g, '');
  const normalised = /,\d{1,2}$/.test(cleaned) ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return t;
  return Math.round(Number(normalised) * 100);
}

/** Lines of a textarea as a list (one item per non-empty line). */
export function lines(value: string | boolean | string[] | undefined): string[] {
  return typeof value === 'string' ? value.split('\n').map((l) => l.trim()).filter(Boolean) : [];
}
