// Screens are addressed by the hash (#/bezwaren/<id>): the page is always /app/index.html.
import type { ReactNode } from 'react';

/** A screen: the hash path it answers (regular expression, groups = parameters) and what it shows. */
export interface Screen {
  path: RegExp;
  render: (params: string[], query: URLSearchParams) => ReactNode;
}

/** The current hash split into path and query: '#/taken?scope=team' → ['/taken', scope=team]. */
export function parseHash(hash: string): { path: string; query: URLSearchParams } {
  const raw = hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  return q < 0
    ? { path: raw, query: new URLSearchParams() }
    : { path: raw.slice(0, q) || '/', query: new URLSearchParams(raw.slice(q + 1)) };
}

/** The first screen whose path matches, with its decoded parameters. */
export function match(screens: Screen[], path: string): { screen: Screen; params: string[] } | undefined {
  for (const screen of screens) {
    const m = screen.path.exec(path);
    if (m) return { screen, params: m.slice(1).map((p) => decodeURIComponent(p ?? '')) };
  }
  return undefined;
}

/** Goes to a screen: navigate('/bezwaren/' + id). */
export function navigate(path: string): void {
  window.location.hash = '#' + path;
}

/** The href of a screen for an <a>: href('/bezwaren/' + id) → '#/bezwaren/...'. */
export function href(path: string): string {
  return '#' + path;
}
