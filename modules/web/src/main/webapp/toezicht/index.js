// Script of /toezicht/index.html (kept out of the page: the Content-Security-Policy allows no inline script).
import { frame, api, el, showError, showMessage } from '/js/app.js';
const FASEN = { RELEVANTIE: 'Relevantie', RECHTMATIGHEID: 'Rechtmatigheid', OPZET_GROVE_SCHULD: 'Opzet of grove schuld', UITKOMST: 'Uitkomst' };
await frame();
let rows = [];
const status = s => s.waitingForApproval ? 'Wacht op goedkeuring (' + s.requiredApproverRole + ')'
  : s.returnedForRevision ? 'Teruggestuurd naar opsteller' : 'In onderzoek';
const row = s => el('tr', {}, el('td', {}, s.caseNumber), el('td', {}, s.bsnMasked), el('td', {}, s.benefitType), el('td', {}, s.source),
  el('td', {}, FASEN[s.phase] || s.phase), el('td', {}, s.priority || ''), el('td', {}, s.ageDays),
  el('td', {}, status(s), s.waitingForMe ? el('strong', {}, ' — wacht op u') : null),
  el('td', {}, el('a', { href: '/toezicht/signaal.html?id=' + encodeURIComponent(s.id) }, 'Open')));
function render() {
  const fase = document.getElementById('fase').value;
  const mine = document.getElementById('wachtOpMij').checked;
  const approval = document.getElementById('wachtOpGoedkeuring').checked;
  const shown = rows.filter(s => (!fase || s.phase === fase) && (!mine || s.waitingForMe) && (!approval || s.waitingForApproval));
  document.getElementById('signalen').replaceChildren(...shown.map(row));
  if (!shown.length) showMessage('melding', 'Geen open signalen die aan de filters voldoen.');
  else document.getElementById('melding').replaceChildren();
}
async function load() {
  try { rows = await api('signals/work-list'); render(); } catch (e) { showError('melding', e); }
}
document.getElementById('filters').addEventListener('change', render);
document.getElementById('zoeken').addEventListener('submit', async ev => {
  ev.preventDefault();
  try {
    const found = await api('signals/search', { method: 'POST', body: { bsn: document.getElementById('zoekBsn').value.trim() } });
    document.getElementById('zoekresultaat').replaceChildren(found.length
      ? el('ul', {}, ...found.map(s => el('li', {}, el('a', { href: '/toezicht/signaal.html?id=' + encodeURIComponent(s.id) },
          (s.caseNumber ? s.caseNumber + ' — ' : '') + s.benefitType + ' — ' + (FASEN[s.phase] || s.phase)))))
      : el('p', {}, 'Geen open signalen over deze burger.'));
  } catch (e) { showError('zoekresultaat', e); }
});
document.getElementById('registreren').addEventListener('submit', async ev => {
  ev.preventDefault();
  const v = id => document.getElementById(id).value;
  try {
    const created = await api('signals', { method: 'POST', body: { bsn: v('bsn').trim(), benefitType: v('benefitType'), source: v('source'),
      description: v('description'), legalBasis: v('legalBasis'), retentionDate: v('retentionDate') } });
    showMessage('registratiemelding', 'Signaal geregistreerd. Volgende stap: relevantie beoordelen.');
    ev.target.reset();
    window.location.href = '/toezicht/signaal.html?id=' + encodeURIComponent(created.id);
  } catch (e) { showError('registratiemelding', e); }
});
await load();
