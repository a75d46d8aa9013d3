import { useEffect, useState } from 'react';
import { ApiError, get, type Schemas } from './api/client';
import { ErrorPage } from './components/ErrorPage';
import { Layout } from './components/Layout';
import { HomePage } from './pages/HomePage';
import { ProcessPage } from './pages/ProcessPage';

/** The screen a hash route names: #/ (start), #/bezwaren/<id>/proces; anything else is a 404. */
export type Route = { kind: 'home' } | { kind: 'process'; id: string } | { kind: 'notFound' };

export function route(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { kind: 'home' };
  const process = /^\/bezwaren\/([^/]+)\/proces$/.exec(path);
  if (process?.[1]) return { kind: 'process', id: decodeURIComponent(process[1]) };
  return { kind: 'notFound' };
}

const TITLES: Record<Route['kind'], string> = {
  home: 'Start',
  process: 'Verloop van een bezwaar',
  notFound: 'Niet gevonden',
};

export function App() {
  const [current, setCurrent] = useState<Route>(() => route(window.location.hash));
  const [me, setMe] = useState<Schemas['MeView']>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    const onHash = () => setCurrent(route(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    get('/api/me')
      .then(setMe)
      .catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError(500, undefined)));
  }, []);

  useEffect(() => {
    document.title = TITLES[current.kind] + ' – Dienst Toeslagen';
  }, [current]);

  let content;
  if (error) content = <ErrorPage status={error.status} detailNl={error.detailNl} />;
  else if (!me) content = <p aria-live="polite">Even geduld …</p>;
  else if (current.kind === 'home') content = <HomePage me={me} />;
  else if (current.kind === 'process') content = <ProcessPage id={current.id} />;
  else content = <ErrorPage status={404} />;

  return <Layout me={me}>{content}</Layout>;
}
