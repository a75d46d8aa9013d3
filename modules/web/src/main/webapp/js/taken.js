// Script of /taken.html (kept out of the page: the Content-Security-Policy allows no inline script).
import { frame, api, el, showError, showMessage, formatDate } from '/js/app.js';
const me = await frame();
const manager = me.roles.some(r => r.code === 'TEAMLEIDER');
const form = document.getElementById('filters');
const assignForm = document.getElementById('toewijzen');
const caseLink = t => t.process === 'ObjectionHandling' ? '/bezwaren/bezwaar.html?id=' + t.caseId
  : t.process === 'FraudReview' ? '/toezicht/signaal.html?id=' + t.caseId : '#';
async function load() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v !== '') q.set(k, k === 'overdue' ? 'true' : v);
  q.set('size', '200');
  try {
    const data = await api('tasks?' + q);
    assignForm.hidden = !(manager && data.scope === 'all');
    const rows = data.tasks.map(t => el('tr', {},
      el('td', {}, assignForm.hidden ? '' : el('input', { type: 'checkbox', name: 'taak', value: t.id, style: 'width:auto', 'aria-label': 'Selecteer ' + t.name + ' ' + (t.caseLabel || t.caseId) })),
      el('td', {}, t.name),
      el('td', {}, el('a', { href: caseLink(t) }, t.caseLabel || t.caseId)),
      el('td', {}, t.citizen || ''),
      el('td', {}, t.benefitType || ''),
      el('td', {}, formatDate(t.deadline)),
      el('td', {}, t.daysLeft == null ? '' : el('span', { class: 'label ' + (t.daysLeft < 0 ? 'te-laat' : t.daysLeft <= 7 ? 'krap' : '') }, String(t.daysLeft))),
      el('td', {}, t.assignee || '—'),
      el('td', {}, t.assignee ? (data.scope === 'mine' ? el('button', { class: 'secundair', onclick: () => act(t.id, 'release') }, 'Teruggeven') : '')
        : el('button', { onclick: () => act(t.id, 'claim') }, 'Oppakken'))));
    document.getElementById('taken').replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 9 }, 'Geen taken gevonden.'))]));
  } catch (e) { showError('melding', e); }
}
async function act(id, what) {
  try { await api('tasks/' + id + '/' + what, { method: 'POST' });
    showMessage('melding', what === 'claim' ? 'De taak staat nu op uw naam.' : 'De taak is teruggegeven.');
    await load();
  } catch (e) { showError('melding', e); }
}
form.addEventListener('submit', e => { e.preventDefault(); load(); });
assignForm.addEventListener('submit', async e => {
  e.preventDefault();
  const taskIds = [...document.querySelectorAll('input[name=taak]:checked')].map(c => c.value);
  try {
    const result = await api('tasks/assignments', { method: 'POST', body: { assignee: assignForm.assignee.value, reason: assignForm.reason.value, taskIds } });
    showMessage('melding', result.assigned + ' taak/taken toegewezen aan ' + result.assignee + '.');
    await load();
  } catch (err) { showError('melding', err); }
});
await load();
