import { useEffect, useState } from 'react';
import { asApiError, get, type ApiError } from './api/client';
import { ErrorPage } from './components/ErrorPage';
import { Layout } from './components/Layout';
import { fraudScreens } from './features/fraud/routes';
import { hardshipScreens } from './features/hardship/routes';
import { objectionScreens } from './features/objections/routes';
import { selectionScreens } from './features/selection/routes';
import { workScreens } from './features/work/routes';
import { SessionProvider, type LabelsDocument, type Session } from './kit/session';
import { match, parseHash, type Screen } from './kit/routes';

/** Every screen of the UI, each feature's in its own folder under features/. */
export const SCREENS: Screen[] = [
  ...workScreens,
  ...objectionScreens,
  ...fraudScreens,
  ...selectionScreens,
  ...hardshipScreens,
];

export function App() {
  const [hash, setHash] = useState(() => window.location.hash);
  const [session, setSession] = useState<Session>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    Promise.all([get('/api/me'), get('/api/labels')])
      .then(([me, labels]) => setSession({ me, labels: labels as LabelsDocument }))
      .catch((e: unknown) => setError(asApiError(e)));
  }, []);

  // a new screen starts at the top, with the focus on its content (screen readers hear the change)
  useEffect(() => {
    window.scrollTo(0, 0);
    document.getElementById('inhoud')?.focus({ preventScroll: true });
  }, [hash]);

  const { path, query } = parseHash(hash);
  const found = match(SCREENS, path);

  let content;
  if (error) content = <ErrorPage status={error.status} detailNl={error.detailNl} />;
  else if (!session) content = <p aria-live="polite">Even geduld …</p>;
  else if (!found) content = <ErrorPage status={404} />;
  else content = found.screen.render(found.params, query);

  return session ? (
    <SessionProvider value={session}>
      <Layout me={session.me}>{content}</Layout>
    </SessionProvider>
  ) : (
    <Layout me={undefined}>{content}</Layout>
  );
}
