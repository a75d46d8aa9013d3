import { useState } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { Button } from '@utrecht/button-react';
import { asApiError } from '../../api/client';
import { NOTIFICATIONS_CHANGED } from '../../components/Layout';
import { useLoad } from '../../kit/data';
import { dateTime } from '../../kit/format';
import { Alert, Loaded, PageTitle, Pagination } from '../../kit/page';
import { getAs, postAs, type NotificationList } from './api';

const SIZE = 20;

/** The notifications of the logged-in user: reminders, escalations, review requests, returned drafts, assignments. */
export function NotificationsPage() {
  const [page, setPage] = useState(0);
  const [error, setError] = useState<string>();
  const list = useLoad(() => getAs<NotificationList>('/api/notifications', {}, { page, size: SIZE }), [page]);
  const changed = () => {
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    list.reload();
  };
  const act = async (path: string, values: Record<string, string> = {}) => {
    try {
      setError(undefined);
      await postAs(path, values);
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
        {(data) => (
          <>
            <Paragraph id="ongelezen">
              {data.unread === 0 ? 'U hebt geen ongelezen meldingen.' : `U hebt ${data.unread} ongelezen ${data.unread === 1 ? 'melding' : 'meldingen'}.`}
            </Paragraph>
            {data.unread > 0 && (
              <Button type="button" appearance="secondary-action-button" onClick={() => void act('/api/notifications/read-all')}>
                Alles als gelezen markeren
              </Button>
            )}
            {data.notifications.length === 0 ? (
              <Paragraph>Er zijn geen meldingen.</Paragraph>
            ) : (
              <ul className="toeslagen-notification-list" id="meldingen" role="list">
                {data.notifications.map((n) => (
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
                          <a className="utrecht-link" href={n.href} onClick={() => !n.read && void postAs('/api/notifications/{id}/read', { id: n.id }).then(() => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED)))}>
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
                        onClick={() => void act('/api/notifications/{id}/read', { id: n.id })}
                      >
                        Markeer als gelezen
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <Pagination page={data.page} size={data.size} total={data.total} noun="meldingen" onPage={setPage} />
          </>
        )}
      </Loaded>
    </>
  );
}
