// Script of /bezwaren/termijnen.html (kept out of the page: the Content-Security-Policy allows no inline script).
import { api, el, frame, formatDate, formatCents, showError } from '/js/app.js';

const STAGES = {
  ADMISSIBILITY: 'Ontvankelijkheid', AWAITING_REPAIR: 'Wacht op herstel', CONTACT: 'Bellen', HEARING: 'Horen',
  DRAFTING: 'Beslissing opstellen', REVIEW: 'Vier-ogenbeoordeling', SENDING: 'Verzenden'
};
const link = c => el('a', { href: '/bezwaren/bezwaar.html?id=' + c.id }, formatDate(c.decisionDeadline));
const days = c => el('span', { class: 'label ' + (c.overdue ? 'te-laat' : c.workingDaysLeft <= 10 ? 'krap' : '') },
  c.overdue ? 'te laat' : String(c.workingDaysLeft));

function table(id, headers, rows, empty) {
  const target = document.getElementById(id);
  if (!rows.length) { target.replaceChildren(el('p', {}, empty)); return; }
  target.replaceChildren(el('table', {},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows)));
}

async function main() {
  await frame();
  const o = await api('objections/deadlines');
  document.getElementById('vandaag').textContent = formatDate(o.today);
  const counts = { telOpen: o.open, telTeLaat: o.overdue, telKrap: o.dueSoon, telOpSchema: o.onTrack, telIngebreke: o.inDefault };
  for (const [id, n] of Object.entries(counts)) document.getElementById(id).textContent = String(n);
  document.getElementById('dwangsomTotaal').textContent = formatCents(o.penaltyTotalCents);
  document.getElementById('kpiNorm').textContent = o.normPercentage;
  document.getElementById('kpiBeslist').textContent = o.decidedThisYear;
  document.getElementById('kpiOpTijd').textContent = o.decidedInTimeThisYear;
  document.getElementById('kpiTeLaat').textContent = o.decidedLateThisYear;
  document.getElementById('kpiPercentage').textContent = o.inTimePercentage === null || o.inTimePercentage === undefined
    ? 'nog niets beslist' : o.inTimePercentage + '% ' + (o.meetsNorm ? '(haalt de norm)' : '(onder de norm)');

  const caseRow = c => el('tr', { 'data-id': c.id },
    el('td', {}, link(c)), el('td', {}, days(c)), el('td', {}, c.bsn), el('td', {}, c.benefitType),
    el('td', {}, STAGES[c.stage] || c.stage), el('td', {}, formatDate(c.receivedDate)), el('td', {}, c.extended ? 'ja' : 'nee'));
  const caseHeaders = ['Uiterste beslisdatum', 'Werkdagen over', 'Burger', 'Toeslag', 'Fase', 'Ontvangen', 'Verdaagd'];
  table('open', caseHeaders, o.cases.map(caseRow), 'Er zijn geen open bezwaren.');
  table('teLaat', caseHeaders, o.cases.filter(c => c.overdue).map(caseRow), 'Geen bezwaren over de termijn.');
  table('ingebreke', ['Uiterste beslisdatum', 'Burger', 'Ingebrekestelling ontvangen', 'Dwangsom vanaf', 'Volle weken', 'Dwangsom nu', 'Toelichting'],
    o.cases.filter(c => c.noticeOfDefaultOn).map(c => el('tr', { 'data-id': c.id },
      el('td', {}, link(c)), el('td', {}, c.bsn), el('td', {}, formatDate(c.noticeOfDefaultOn)),
      el('td', {}, formatDate(c.penalty.firstPenaltyDay)), el('td', {}, String(c.penalty.fullWeeks)),
      el('td', { class: 'dwangsom' }, formatCents(c.penalty.amountCents)), el('td', {}, c.penalty.reason))),
    'Er is geen bezwaar in gebreke gesteld.');
}

main().catch(err => showError('melding', err));
