// Script of /audit.html (kept out of the page: the Content-Security-Policy allows no inline script).
import { frame, api, el, showError, showMessage, formatDateTime } from '/js/app.js';
const me = await frame();
const mayVerify = me.roles.some(r => r.code === 'INSPECTIE' || r.code === 'BEHEER');
document.getElementById('controleer').hidden = !mayVerify;
document.getElementById('export-csv').hidden = !mayVerify;
document.getElementById('controleer').addEventListener('click', async () => {
  try {
    const v = await api('audit/verification');
    showMessage('integriteit', v.intact ? 'De keten is intact: ' + v.entries + ' regels gecontroleerd.'
      : 'De keten is verbroken bij regel ' + v.firstBrokenSequence + ': ' + v.reason, v.intact ? 'ok' : 'fout');
  } catch (e) { showError('integriteit', e); }
});
const form = document.getElementById('zoek');
async function load() {
  const q = new URLSearchParams({ order: 'desc', size: '200' });
  for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
  const exportQuery = new URLSearchParams(q); exportQuery.delete('order'); exportQuery.delete('size'); exportQuery.set('format', 'csv');
  document.getElementById('export-csv').href = '/api/audit/export?' + exportQuery;
  try {
    const page = await api('audit/entries?' + q);
    document.getElementById('aantal').textContent = page.total + ' regels gevonden' + (page.total > page.entries.length ? ', de nieuwste ' + page.entries.length + ' getoond.' : '.');
    document.getElementById('regels').replaceChildren(...page.entries.map(e => el('tr', {},
      el('td', {}, e.sequence), el('td', {}, formatDateTime(e.occurredAt)), el('td', {}, e.actor), el('td', {}, e.role || ''),
      el('td', {}, e.action), el('td', {}, e.objectType + (e.objectId ? ' ' + e.objectId : '')),
      el('td', {}, e.outcome), el('td', {}, e.legalBasis || ''), el('td', {}, e.reasons || ''))));
  } catch (e) { showError('melding', e); }
}
form.addEventListener('submit', e => { e.preventDefault(); load(); });
await load();
