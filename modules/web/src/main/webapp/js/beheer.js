// Script of /beheer.html (kept out of the page: the Content-Security-Policy allows no inline script).
import { frame, api, el, showError, showMessage } from '/js/app.js';
await frame();
const ROLES = { BEHANDELAAR: 'Behandelaar', VAKTECHNIEK: 'Vaktechniek', TOEZICHT: 'Toezicht', PRIVACY: 'Privacy',
  TEAMLEIDER: 'Teamleider', INSPECTIE: 'Inspectie', BEHEER: 'Beheer' };
document.getElementById('rollen').replaceChildren(...Object.entries(ROLES).map(([code, label]) =>
  el('label', {}, el('input', { type: 'checkbox', name: 'roles', value: code, style: 'width:auto' }), ' ' + label)));
async function load() {
  const data = await api('users');
  document.getElementById('gebruikers').replaceChildren(...data.users.map(u => el('tr', {},
    el('td', {}, u.userName), el('td', {}, u.displayName), el('td', {}, u.roles.join(', ')), el('td', {}, u.team), el('td', {}, u.demo ? 'ja' : 'nee'))));
}
document.getElementById('nieuw').addEventListener('submit', async e => {
  e.preventDefault();
  const f = new FormData(e.target);
  try {
    await api('users', { method: 'POST', body: { userName: f.get('userName'), displayName: f.get('displayName'),
      password: f.get('password'), roles: f.getAll('roles'), team: f.get('team') } });
    showMessage('melding', 'De gebruiker is toegevoegd.');
    e.target.reset(); await load();
  } catch (err) { showError('melding', err); }
});
await load();
