// Shared helpers of the Dutch UI: API calls with the session cookie, problem+json errors, and the page frame
// (header, navigation per role, footer). Every page imports this module.

export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', 'X-Toeslagen-Request': '1', ...(options.headers || {}) };
  let body = options.body;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(body);
  }
  const response = await fetch('/api/' + path.replace(/^\//, ''), { ...options, headers, body, credentials: 'same-origin' });
  if (response.status === 401) {
    window.location.href = '/login.html';
    throw new Error('Niet ingelogd');
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error((data && data.detailNl) || 'Er ging iets mis (' + response.status + ').');
    error.problem = data;
    error.status = response.status;
    throw error;
  }
  return data;
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function showMessage(target, text, kind = 'ok') {
  const box = typeof target === 'string' ? document.getElementById(target) : target;
  box.replaceChildren(el('div', { class: 'melding ' + kind, role: kind === 'fout' ? 'alert' : 'status' }, text));
}

export function showError(target, error) {
  const field = error.problem && error.problem.field ? ' (veld: ' + error.problem.field + ')' : '';
  showMessage(target, error.message + field, 'fout');
}

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? iso + 'T12:00:00' : iso);
  return d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatCents(cents) {
  if (cents === null || cents === undefined) return '';
  return (cents / 100).toLocaleString('nl-NL', { style: 'currency', currency: 'EUR' });
}

export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

// Builds the header, the menu of the logged-in user's roles and the footer; returns the user (GET /api/me).
export async function frame() {
  const me = await api('me');
  const header = el('header', { class: 'kop' },
    el('a', { class: 'skip', href: '#inhoud' }, 'Naar de inhoud'),
    el('div', { class: 'logo' },
      el('div', { class: 'beeldmerk', 'aria-hidden': 'true' }, 'NL'),
      el('div', { class: 'naam' }, el('strong', {}, 'Dienst Toeslagen'), 'Zaakbehandeling')));
  const items = me.navigation.map(item => el('li', {},
    el('a', { href: item.href, 'aria-current': window.location.pathname === item.href ? 'page' : null }, item.label)));
  const roles = me.roles.map(r => r.label).join(', ');
  const logout = el('form', { method: 'post', action: '/logout' }, el('button', { type: 'submit' }, 'Uitloggen'));
  const nav = el('nav', { class: 'menu', 'aria-label': 'Hoofdmenu' },
    el('ul', {}, el('li', {}, el('a', { href: '/index.html' }, 'Start')), ...items,
      el('li', { class: 'gebruiker' }, me.userName + ' (' + roles + ')'), el('li', {}, logout)));
  document.body.prepend(header, nav);
  document.body.append(el('footer', { class: 'voet' }, 'Dienst Toeslagen — elke handeling wordt vastgelegd in de audittrail.'));
  return me;
}
