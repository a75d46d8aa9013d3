import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react/css';
import type { Schemas } from '../api/client';
import { unreadCount } from '../features/work/api';
import { parseHash } from '../kit/routes';

type Me = Schemas['MeView'];

/** Screens tell the header that the unread count changed (e.g. after "mark as read"). */
export const NOTIFICATIONS_CHANGED = 'toeslagen:notifications';

/** A navigation href of the server: a screen of this UI ('/app/#/taken') becomes its hash. */
function navHref(href: string | undefined): string {
  const h = href ?? '/';
  if (h.startsWith('/app/#')) return h.slice('/app/'.length);
  if (h === '/app/') return '#/';
  return '..' + h;
}

/** Whether the current screen belongs to a navigation item ('#/taken' is current on '#/taken?scope=team'). */
function isCurrent(href: string, path: string): boolean {
  if (!href.startsWith('#')) return false;
  const target = parseHash(href).path;
  return target === '/' ? path === '/' : path === target || path.startsWith(target + '/');
}

/** The unread notifications of the logged-in user, refreshed on every screen change. */
function useUnread(enabled: boolean): number | undefined {
  const [unread, setUnread] = useState<number>();
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    const load = () =>
      unreadCount()
        .then((n) => current && setUnread(n))
        .catch(() => current && setUnread(undefined));
    load();
    window.addEventListener('hashchange', load);
    window.addEventListener(NOTIFICATIONS_CHANGED, load);
    return () => {
      current = false;
      window.removeEventListener('hashchange', load);
      window.removeEventListener(NOTIFICATIONS_CHANGED, load);
    };
  }, [enabled]);
  return unread;
}

/**
 * The page of every screen, Rijkshuisstijl-like from NL Design System components: skip link,
 * header with the logged-in user, their roles and unread notifications, the navigation the server
 * gives this user (GET /api/me), main content and footer.
 */
export function Layout({ me, children }: { me: Me | undefined; children: ReactNode }) {
  const unread = useUnread(me !== undefined);
  const [path, setPath] = useState(() => parseHash(window.location.hash).path);
  useEffect(() => {
    const onHash = () => setPath(parseHash(window.location.hash).path);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <div className="utrecht-page-layout toeslagen-page">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <header className="utrecht-page-header toeslagen-header">
        <div className="utrecht-page-header__content toeslagen-header__content">
          <a className="toeslagen-logo utrecht-link" href="#/">
            Dienst Toeslagen
          </a>
          {me && (
            <span className="toeslagen-header__user">
              <span className="toeslagen-user" data-testid="gebruiker">
                Ingelogd als <strong id="gebruikersnaam">{me.userName}</strong>
                {me.roles && me.roles.length > 0 && <> ({me.roles.map((role) => role.label).join(', ')})</>}
              </span>
              {unread !== undefined && (
                <a
                  id="meldingen-teller"
                  className="utrecht-link toeslagen-notifications"
                  href="#/meldingen"
                  aria-label={
                    unread === 1 ? 'Meldingen: 1 ongelezen melding' : `Meldingen: ${unread} ongelezen meldingen`
                  }
                >
                  Meldingen <span className="toeslagen-badge">{unread}</span>
                </a>
              )}
            </span>
          )}
        </div>
      </header>
      {me && me.navigation && me.navigation.length > 0 && (
        <nav className="utrecht-nav-bar toeslagen-nav" aria-label="Hoofdmenu">
          <ul className="utrecht-nav-list" role="list">
            {me.navigation.map((item) => {
              const target = navHref(item.href);
              const current = isCurrent(target, path);
              return (
                <li className="utrecht-nav-list__item" key={item.href}>
                  <a
                    className={'utrecht-nav-list__link' + (current ? ' utrecht-nav-list__link--current' : '')}
                    href={target}
                    aria-current={current ? 'page' : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <main id="inhoud" className="utrecht-page-body toeslagen-main" tabIndex={-1}>
        <div className="utrecht-page-content toeslagen-content">{children}</div>
      </main>
      <footer className="utrecht-page-footer toeslagen-footer">
        <div className="toeslagen-footer__content">
          <span>Dienst Toeslagen – elke handeling wordt vastgelegd in de audittrail.</span>
          {/* logging out is a same-origin POST (the server answers a GET with 405) */}
          <form method="post" action="../logout">
            <Button type="submit" appearance="secondary-action-button">
              Uitloggen
            </Button>
          </form>
        </div>
      </footer>
    </div>
  );
}
