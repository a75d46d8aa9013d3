import { api, el, frame, formatDate, showError, showMessage } from '/js/app.js';

const STAGES = {
  ADMISSIBILITY: 'Ontvankelijkheid', AWAITING_REPAIR: 'Wacht op herstel', CONTACT: 'Bellen', HEARING: 'Horen',
  DRAFTING: 'Beslissing opstellen', REVIEW: 'Vier-ogenbeoordeling', SENDING: 'Verzenden', DECIDED: 'Afgehandeld',
  WITHDRAWN: 'Ingetrokken'
};

function table(cases) {
  if (!cases.length) return el('p', {}, 'Geen bezwaren gevonden.');
  return el('table', {},
    el('thead', {}, el('tr', {}, ['Zaaknummer', 'Ontvangen', 'Burger', 'Toeslag', 'Fase', 'Uiterste beslisdatum', 'Werkdagen over']
      .map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, cases.map(c => el('tr', { class: c.overdue ? 'te-laat' : null },
      el('td', {}, el('a', { href: '/bezwaren/bezwaar.html?id=' + c.id }, c.caseNumber)),
      el('td', {}, formatDate(c.receivedDate)),
      el('td', {}, c.bsn), el('td', {}, c.benefitType), el('td', {}, STAGES[c.stage] || c.stage),
      el('td', {}, formatDate(c.decisionDeadline)), el('td', {}, String(c.workingDaysLeft))))));
}

async function main() {
  const me = await frame();
  const roles = me.roles.map(r => r.code);
  document.getElementById('nieuw').hidden = !roles.includes('BEHANDELAAR');

  document.getElementById('zoeken').addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const found = await api('objections/search', { method: 'POST', body: {
        bsn: document.getElementById('zoekBsn').value || null,
        caseNumber: document.getElementById('zoekZaaknummer').value || null,
        receivedFrom: document.getElementById('vanaf').value || null,
        receivedTo: document.getElementById('tot').value || null } });
      document.getElementById('resultaten').replaceChildren(table(found));
    } catch (err) { showError('melding', err); }
  });

  document.getElementById('termijnOverschreden').addEventListener('click', async () => {
    try {
      document.getElementById('resultaten').replaceChildren(table(await api('objections/overdue')));
    } catch (err) { showError('melding', err); }
  });

  document.getElementById('intake').addEventListener('submit', async e => {
    e.preventDefault();
    const v = id => document.getElementById(id).value;
    try {
      const created = await api('objections', { method: 'POST', body: {
        bsn: v('bsn'), benefitType: v('benefitType'),
        contestedDecision: { reference: v('reference'), type: v('type'), date: v('date') },
        receivedDate: v('receivedDate'), postmarkDate: v('postmarkDate') || null, channel: v('channel'),
        grounds: v('grounds').split('\n').map(s => s.trim()).filter(Boolean),
        advisoryCommittee: document.getElementById('committee').checked } });
      showMessage('melding', 'Bezwaar geregistreerd. ' + (created.timely ? 'Op tijd ingediend.' : 'Te laat ingediend.')
        + ' Uiterste beslisdatum: ' + formatDate(created.decisionDeadline) + '.');
      window.location.href = '/bezwaren/bezwaar.html?id=' + created.id;
    } catch (err) { showError('melding', err); }
  });

  document.getElementById('termijnen').addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const t = await api('terms/objection?decisionDate=' + encodeURIComponent(document.getElementById('dagtekening').value));
      document.getElementById('termijnUitkomst').replaceChildren(el('dl', {},
        el('dt', {}, 'Laatste dag bezwaartermijn'), el('dd', {}, formatDate(t.objectionTermEnd)),
        el('dt', {}, 'Uiterste beslisdatum'), el('dd', {}, formatDate(t.decisionDeadline)),
        el('dt', {}, 'Na verdaging (zes weken)'), el('dd', {}, formatDate(t.extendedDecisionDeadline))));
    } catch (err) { showError('melding', err); }
  });
}

main().catch(err => showError('melding', err));
