// The pieces every screen is made of: its title, notices, tables with sorting and paging.
import { useEffect, type ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { ApiError } from '../api/client';
import { ErrorPage } from '../components/ErrorPage';

/** The screen's h1, also the browser tab's title. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const text = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    if (text) document.title = text + ' – Dienst Toeslagen';
  }, [text]);
  return <Heading level={1}>{children}</Heading>;
}

/** While an answer loads: a polite announcement. */
export function Loading({ text = 'Even geduld, de gegevens worden geladen …' }: { text?: string }) {
  return (
    <p className="utrecht-paragraph" aria-live="polite">
      {text}
    </p>
  );
}

/** A loaded screen: the error page when loading failed, else the content once the data is there. */
export function Loaded<T>({
  data,
  error,
  children,
}: {
  data: T | undefined;
  error: ApiError | undefined;
  children: (data: T) => ReactNode;
}) {
  if (error) return <ErrorPage status={error.status} detailNl={error.detailNl} />;
  if (data === undefined) return <Loading />;
  return <>{children(data)}</>;
}

/** A message box (NL Design System alert). */
export function Alert({ type, children }: { type: 'info' | 'ok' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : undefined}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** Label-value pairs (NL Design System data list). */
export function DataList({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([k, v]) => (
          <div className="utrecht-data-list__item" key={k}>
            <dt className="utrecht-data-list__item-key">{k}</dt>
            <dd className="utrecht-data-list__item-value">{v}</dd>
          </div>
        ))}
    </dl>
  );
}

export interface Sort {
  key: string;
  dir: 'asc' | 'desc';
}

/** A column header that sorts the table (aria-sort tells screen readers the current order). */
export function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: string;
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const active = sort.key === column;
  return (
    <th
      className="utrecht-table__header-cell"
      scope="col"
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="utrecht-link-button utrecht-link-button--html-button toeslagen-sort"
        onClick={() => onSort({ key: column, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/** A table that scrolls inside its own box on a narrow screen instead of widening the page. */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="toeslagen-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** Paging (server-side): previous/next and "page x of y", with the total. */
export function Pagination({
  page,
  size,
  total,
  onPage,
  noun = 'resultaten',
  label = 'Paginering',
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  noun?: string;
  /** The navigation's name; two paginations on one page need two names. */
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / Math.max(1, size)));
  return (
    <nav className="utrecht-pagination toeslagen-pagination" aria-label={label}>
      <span className="utrecht-pagination__before">
        {total} {noun} · pagina {Math.min(page + 1, pages)} van {pages}
      </span>
      <span className="utrecht-button-group">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={page <= 0}
          onClick={() => onPage(page - 1)}
        >
          Vorige
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={page + 1 >= pages}
          onClick={() => onPage(page + 1)}
        >
          Volgende
        </button>
      </span>
    </nav>
  );
}
