import type { ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react/css';
import type { Schemas } from '../api/client';

type Me = Schemas['MeView'];

/**
 * The page of every screen, Rijkshuisstijl-like from NL Design System components: skip link,
 * header with the logged-in user, the navigation the server gives this user (GET /api/me), main
 * content and footer.
 */
export function Layout({ me, children }: { me: Me | undefined; children: ReactNode }) {
  return (
    <div className="utrecht-page-layout toeslagen-page">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <header className="utrecht-page-header toeslagen-header">
        <div className="utrecht-page-header__content toeslagen-header__content">
          <span className="toeslagen-logo">Dienst Toeslagen</span>
          {me && (
            <span className="toeslagen-user" data-testid="gebruiker">
              Ingelogd als <strong id="gebruikersnaam">{me.userName}</strong>
              {me.roles && me.roles.length > 0 && (
                <> ({me.roles.map((role) => role.label).join(', ')})</>
              )}
            </span>
          )}
        </div>
      </header>
      {me && me.navigation && me.navigation.length > 0 && (
        <nav className="utrecht-nav-bar toeslagen-nav" aria-label="Hoofdmenu">
          <ul className="utrecht-nav-list" role="list">
            {me.navigation.map((item) => (
              <li className="utrecht-nav-list__item" key={item.href}>
                <a className="utrecht-nav-list__link" href={'..' + (item.href ?? '/')}>
                  {item.label}
                </a>
              </li>
            ))}
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
