// The one way the UI talks to the API: same origin, the session cookie of the form login, the
// header X-Toeslagen-Request on every call (the server refuses changes without it: CSRF), and the
// types generated from the OpenAPI document (src/api/schema.d.ts, `npm run types`), so a field the
// API lacks fails the build (`tsc --noEmit`).
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The JSON body of the 200 answer of GET on an API path, as the OpenAPI document describes it. */
export type GetAnswer<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

/** The JSON body a POST on an API path takes, as the OpenAPI document describes it. */
export type PostBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/**
 * A body as a person entered it: every field of the schema with its type, none of them demanded.
 * The UI sends what was typed and the server names every missing or refused field at once (the
 * form's error summary), so presence is the server's to check; names and types are the schema's.
 */
export type Entered<T> = T extends (infer U)[]
  ? Entered<U>[]
  : T extends object
    ? { [K in keyof T]?: Entered<T[K]> }
    : T extends number
      ? number | string // what was typed where it is no number: the server names the field
      : T;

/** The JSON body of the success answer (200 or 201) of a POST on an API path. */
export type PostAnswer<P extends keyof paths> = paths[P] extends {
  post: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : paths[P] extends { post: { responses: { 201: { content: { 'application/json': infer T } } } } }
    ? T
    : unknown;

/** One invalid field of a refused request: its JSON path and the Dutch explanation. */
export interface FieldError {
  field: string;
  detailNl: string;
}

/**
 * An API answer that is not a success: the status, the Dutch explanation from problem+json, the
 * field it names (a JSON path such as contestedDecision.date) and, for a validation refusal, every
 * invalid field at once.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detailNl: string | undefined,
    readonly field?: string,
    readonly errors: FieldError[] = [],
    readonly policy?: string,
  ) {
    super(`HTTP ${status}`);
  }

  /** Every field error of the answer: the listed ones, or the one field it names. */
  fieldErrors(): FieldError[] {
    if (this.errors.length > 0) return this.errors;
    if (this.field && this.detailNl) return [{ field: this.field, detailNl: this.detailNl }];
    return [];
  }
}

/** Any thrown value as an ApiError (a network failure or a bug becomes a 500-like error). */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(500, undefined);
}

/** Replaces each {name} in a path template by its (encoded) value. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

async function failure(response: Response): Promise<ApiError> {
  if (response.status === 401) {
    // the session ended: the Dutch login page, and back here afterwards
    window.location.assign('../login.html');
    return new ApiError(401, 'U bent niet (meer) ingelogd.');
  }
  try {
    const problem = (await response.json()) as Partial<Schemas['Problem']>;
    const errors = Array.isArray(problem.errors)
      ? problem.errors
          .filter((e) => typeof e?.field === 'string' && typeof e?.detailNl === 'string')
          .map((e) => ({ field: e.field as string, detailNl: e.detailNl as string }))
      : [];
    return new ApiError(
      response.status,
      typeof problem.detailNl === 'string' ? problem.detailNl : undefined,
      typeof problem.field === 'string' ? problem.field : undefined,
      errors,
      typeof problem.policy === 'string' ? problem.policy : undefined,
    );
  } catch {
    return new ApiError(response.status, undefined);
  }
}

/**
 * POST on an API path template with a JSON body typed from the schema (or no body). Answers the
 * parsed JSON of a 2xx (undefined for 204); anything else throws an ApiError.
 */
export async function post<P extends keyof paths & string>(
  path: P,
  values: Record<string, string>,
  body?: Entered<PostBody<P>>,
): Promise<PostAnswer<P>> {
  const response = await fetch('..' + fillPath(path, values), {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'X-Toeslagen-Request': '1',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as PostAnswer<P>;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as PostAnswer<P>;
}

/**
 * The URL of an API path with its query, for a link the browser opens itself (a letter PDF, an
 * export): relative to /app/index.html.
 */
export function apiUrl(
  path: keyof paths & string,
  values: Record<string, string> = {},
  query: Record<string, string | number | boolean | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const q = params.toString();
  return '..' + fillPath(path, values) + (q ? '?' + q : '');
}

/**
 * GET on an API path template (e.g. '/api/objections/{id}/diagram'), typed from the schema. The
 * page is /app/index.html, so the API is at ../api relative to it.
 */
export async function get<P extends keyof paths & string>(
  path: P,
  values: Record<string, string> = {},
  query: Record<string, string | number | boolean | undefined> = {},
): Promise<GetAnswer<P>> {
  const response = await fetch(apiUrl(path, values, query), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Toeslagen-Request': '1' },
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as GetAnswer<P>;
}

/**
 * GET on an API path that answers text, not JSON (a DMN table's XML, for dmn-js): the same
 * headers and the same errors as `get`.
 */
export async function getText(
  path: keyof paths & string,
  values: Record<string, string> = {},
  accept = 'application/xml',
): Promise<string> {
  const response = await fetch(apiUrl(path, values), {
    credentials: 'same-origin',
    headers: { Accept: accept, 'X-Toeslagen-Request': '1' },
  });
  if (!response.ok) throw await failure(response);
  return response.text();
}
