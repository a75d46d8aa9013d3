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

/** An API answer that is not a success: the status and the Dutch explanation from problem+json. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detailNl: string | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

/** Replaces each {name} in a path template by its (encoded) value. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * GET on an API path template (e.g. '/api/objections/{id}/diagram'), typed from the schema. The
 * page is /app/index.html, so the API is at ../api relative to it.
 */
export async function get<P extends keyof paths & string>(
  path: P,
  values: Record<string, string> = {},
): Promise<GetAnswer<P>> {
  const url = '..' + fillPath(path, values);
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Toeslagen-Request': '1' },
  });
  if (response.status === 401) {
    // the session ended: the Dutch login page, and back here afterwards
    window.location.assign('../login.html');
    throw new ApiError(401, 'U bent niet (meer) ingelogd.');
  }
  if (!response.ok) {
    let detailNl: string | undefined;
    try {
      const problem = (await response.json()) as Partial<Schemas['Problem']>;
      detailNl = typeof problem.detailNl === 'string' ? problem.detailNl : undefined;
    } catch {
      detailNl = undefined;
    }
    throw new ApiError(response.status, detailNl);
  }
  return (await response.json()) as GetAnswer<P>;
}
