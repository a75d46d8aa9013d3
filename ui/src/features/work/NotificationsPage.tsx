import { useState } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { Button } from '@utrecht/button-react';
import { asApiError, get, post } from '../../api/client';
import { NOTIFICATIONS_CHANGED } from '../../components/Layout';
import { useLoad } from '../../kit/data';
import { dateTime } from '../../kit/format';
import { Alert, Loaded, PageTitle, Pagination } from '../../kit/page';

const SIZE = 20;

/** The notifications of the logged-in user: reminders, escalations, review requests, returned drafts, assignments. */
export function NotificationsPage() {
  const [page, setPage] = useState(0);
  const [error, setError] = useState<string>();
  const list = useLoad(() => get('/api/notifications', {}, { page, size: SIZE }), [page]);
  const changed = () => {
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    list.reload();
  };
  const act = async (path: '/api/notifications/read-all' | '/api/notifications/{id}/read', values: Record<string, string> = {}) => {
    try {
      setError(undefined);
      await post(path, values);
      changed();
    } catch (e) {
      setError(asApiError(e).detailNl ?? 'Dit is niet gelukt.');
    }
  };
  return (
    <>
      <PageTitle title="Meldingen">Meldingen</PageTitle>
      {error && <Alert type="error">{error}</Alert>}
      <Loaded data={list.data} error={list.error}>
        {(data) => {
          const unread = data.unread ?? 0;
          const items = data.notifications ?? [];
          return (
          <>
            <Paragraph id="ongelezen">
              {unread === 0 ? 'U hebt geen ongelezen meldingen.' : `U hebt ${unread} ongelezen ${unread === 1 ? 'melding' : 'meldingen'}.`}
            </Paragraph>
            {unread > 0 && (
              <Button type="button" appearance="secondary-action-button" onClick={() => void act('/api/notifications/read-all')}>
                Alles als gelezen markeren
              </Button>
            )}
            {items.length === 0 ? (
              <Paragraph>Er zijn geen meldingen.</Paragraph>
            ) : (
              <ul className="toeslagen-notification-list" id="meldingen" role="list">
                {items.map((n) => (
                  <li key={n.id} className={'toeslagen-notification' + (n.read ? '' : ' toeslagen-notification--unread')}>
                    <p className="utrecht-paragraph">
                      <strong>{n.read ? '' : 'Nieuw: '}{n.kindLabel ?? ''}</strong>
                      {n.kindLabel ? ' – ' : ''}
                      {n.textNl}
                    </p>
                    <p className="utrecht-paragraph toeslagen-secondary">
                      {dateTime(n.createdAt)}
                      {n.href && (
                        <>
                          {' · '}
                          <a className="utrecht-link" href={n.href} onClick={() => !n.read && void post('/api/notifications/{id}/read', { id: n.id ?? '' }).then(() => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED)))}>
                            {n.caseLabel ? 'Naar ' + n.caseLabel : 'Naar de zaak'}
                          </a>
                        </>
                      )}
                    </p>
                    {!n.read && (
                      <Button
                        type="button"
                        appearance="subtle-button"
                        aria-label={'Markeer als gelezen: ' + (n.caseLabel ?? n.textNl)}
                        onClick={() => void act('/api/notifications/{id}/read', { id: n.id ?? '' })}
                      >
                        Markeer als gelezen
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <Pagination page={data.page ?? page} size={data.size ?? SIZE} total={data.total ?? items.length} noun="meldingen" onPage={setPage} />
          </>
          );
        }}
      </Loaded>
    </>
  );
}
