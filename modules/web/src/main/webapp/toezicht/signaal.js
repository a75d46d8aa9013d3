// Script of /toezicht/signaal.html (kept out of the page: the Content-Security-Policy allows no inline script).
import { frame, api, el, showError, showMessage, formatDate, formatDateTime, param } from '/js/app.js';
import { renderDiagram } from '/js/diagram.js';
const FASEN = { RELEVANTIE: 'Relevantie', RECHTMATIGHEID: 'Rechtmatigheid', OPZET_GROVE_SCHULD: 'Opzet of grove schuld', UITKOMST: 'Uitkomst', AFGESLOTEN: 'Afgesloten' };
const CONCLUSIES = {
  RELEVANTIE: ['RELEVANT', 'NIET_RELEVANT'], RECHTMATIGHEID: ['TOEKENNING_JUIST', 'TOEKENNING_ONJUIST'],
  OPZET_GROVE_SCHULD: ['OPZET', 'GROVE_SCHULD', 'GEEN_OPZET_OF_GROVE_SCHULD'],
  UITKOMST: ['GEEN_ONJUISTHEID', 'ONBEWUSTE_FOUT', 'OPZET_OF_GROVE_SCHULD'] };
const STATUS = { AWAITING_APPROVAL: 'Wacht op goedkeuring', APPROVED: 'Goedgekeurd', REJECTED: 'Afgewezen, terug naar opsteller', WITHDRAWN: 'Ingetrokken door de opsteller' };
const id = param('id');
await frame();
let signal;

function determination(d) {
  const review = d.mayBeReviewedByMe ? el('form', { class: 'beoordelen', onsubmit: ev => decide(ev, d.id) },
    el('label', { for: 'r-' + d.id }, 'Uw motivering (verplicht)'), el('textarea', { id: 'r-' + d.id, required: true }),
    el('button', { type: 'submit', value: 'ja' }, 'Goedkeuren'), ' ',
    el('button', { type: 'submit', value: 'nee', class: 'secundair' }, 'Afwijzen en terugsturen')) : null;
  return el('article', { class: 'kaart' },
    el('h3', {}, FASEN[d.phase] + ': ' + d.conclusion),
    el('p', {}, el('strong', {}, STATUS[d.status]), d.status === 'AWAITING_APPROVAL' ? ' (rol ' + d.requiredApproverRole + ' nodig)' : ''),
    el('dl', {},
      el('dt', {}, 'Opgesteld door'), el('dd', {}, d.author + ', ' + formatDateTime(d.authoredAt)),
      el('dt', {}, 'Motivering opsteller'), el('dd', {}, d.reasons),
      d.facts.length ? [el('dt', {}, 'Feiten'), el('dd', {}, el('ul', {}, ...d.facts.map(f => el('li', {}, f))))] : null,
      d.legalReferences.length ? [el('dt', {}, 'Grondslagen'), el('dd', {}, d.legalReferences.join('; '))] : null,
      d.fine ? [el('dt', {}, 'Boetevoorstel'), el('dd', {}, d.fine.amount + ' (' + d.fine.percentage + '% van de terugvordering)')] : null,
      d.approver && d.status === 'WITHDRAWN' ? [el('dt', {}, 'Ingetrokken door'), el('dd', {}, d.approver + ', ' + formatDateTime(d.reviewedAt)),
        el('dt', {}, 'Reden van intrekken'), el('dd', {}, d.approvalReasons)] : null,
      d.approver && d.status !== 'WITHDRAWN' ? [el('dt', {}, 'Beoordeeld door'), el('dd', {}, d.approver + ', ' + formatDateTime(d.reviewedAt)),
        el('dt', {}, 'Motivering beoordelaar'), el('dd', {}, d.approvalReasons)] : null),
    review,
    d.whyNotByMeNl ? el('p', { class: 'melding niet-beoordelen', role: 'note' }, 'U kunt deze vaststelling niet beoordelen: ' + d.whyNotByMeNl) : null);
}

async function decide(ev, determinationId) {
  ev.preventDefault();
  const approved = ev.submitter && ev.submitter.value === 'ja';
  try {
    await api('signals/' + encodeURIComponent(id) + '/determinations/' + encodeURIComponent(determinationId) + '/approval',
      { method: 'POST', body: { approved, reasons: document.getElementById('r-' + determinationId).value } });
    showMessage('melding', approved ? 'Goedgekeurd: de vaststelling is nu geldig.' : 'Afgewezen: de vaststelling gaat terug naar de opsteller.');
    await load();
  } catch (e) { showError('melding', e); }
}

function render() {
  document.querySelector('h1').textContent = 'Signaal ' + signal.caseNumber;
  document.getElementById('gegevens').replaceChildren(el('dl', {},
    el('dt', {}, 'Zaaknummer'), el('dd', {}, signal.caseNumber), el('dt', {}, 'BSN'), el('dd', {}, signal.bsn), el('dt', {}, 'Toeslag'), el('dd', {}, signal.benefitType),
    el('dt', {}, 'Bron'), el('dd', {}, signal.source), el('dt', {}, 'Omschrijving'), el('dd', {}, signal.description),
    el('dt', {}, 'Grondslag verwerking'), el('dd', {}, signal.legalBasis),
    el('dt', {}, 'Bewaren tot'), el('dd', {}, formatDate(signal.retentionDate),
      signal.retention ? el('span', { id: 'bewaarregel' }, ' — ' + signal.retention.ruleNl) : null),
    el('dt', {}, 'Fase'), el('dd', {}, FASEN[signal.phase]),
    signal.outcome ? [el('dt', {}, 'Uitkomst'), el('dd', {}, signal.outcome)] : null,
    signal.zienswijze ? [el('dt', {}, 'Zienswijze'), el('dd', {}, signal.zienswijze.responded ? signal.zienswijze.summary : 'Gevraagd, geen reactie')] : null,
    signal.zienswijzeRequest ? [el('dt', {}, 'Zienswijze gevraagd'), el('dd', {}, formatDate(signal.zienswijzeRequest.requestedOn)
      + ', reageren tot en met ' + formatDate(signal.zienswijzeRequest.respondBy) + ' (voorgenomen boete ' + signal.zienswijzeRequest.intendedFine.amount + ')')] : null,
    signal.letterId ? [el('dt', {}, 'Brief aan de burger'), el('dd', {}, el('a', { id: 'brief', href: '/api/signals/' + encodeURIComponent(id) + '/letter' }, 'Uitkomstbrief (PDF)'))] : null,
    (signal.letters || []).length ? [el('dt', {}, 'Brieven'), el('dd', {}, el('ul', {}, ...signal.letters.map(l =>
      el('li', {}, el('a', { href: '/api/signals/' + encodeURIComponent(id) + '/letters/' + encodeURIComponent(l.id) }, l.fileName + ' (' + formatDateTime(l.createdAt) + ')')))))] : null));
  document.getElementById('vaststellingen').replaceChildren(...signal.determinations.map(determination));
  const waiting = signal.determinations.some(d => d.status === 'AWAITING_APPROVAL');
  const open = signal.phase !== 'AFGESLOTEN';
  document.getElementById('nieuw').hidden = !open || waiting;
  if (open) {
    document.getElementById('conclusion').replaceChildren(...CONCLUSIES[signal.phase].map(c => el('option', { value: c }, c)));
    document.getElementById('prioriteitVeld').hidden = signal.phase !== 'RELEVANTIE';
  }
  const culpableApproved = signal.determinations.some(d => d.phase === 'OPZET_GROVE_SCHULD' && d.status === 'APPROVED'
    && (d.conclusion === 'OPZET' || d.conclusion === 'GROVE_SCHULD'));
  const hearing = signal.phase === 'UITKOMST' && culpableApproved && !signal.zienswijze;
  document.getElementById('zienswijze').hidden = !hearing;
  document.getElementById('zienswijzeVragen').hidden = !hearing || !!signal.zienswijzeRequest;
  const asked = signal.zienswijzeRequest;
  const requestedOn = document.getElementById('requestedOn');
  requestedOn.required = !asked;
  requestedOn.disabled = !!asked;
  if (asked) requestedOn.value = asked.requestedOn;
  document.getElementById('zienswijzeTermijn').textContent = asked
    ? 'Gevraagd op ' + formatDate(asked.requestedOn) + '. De burger kan reageren tot en met ' + formatDate(asked.respondBy)
      + (asked.periodLapsed ? '; die termijn is verstreken.' : '; "geen reactie" kunt u pas daarna vastleggen.')
    : '';
  toggleFine();
}
function toggleFine() {
  document.getElementById('boete').hidden = document.getElementById('conclusion').value !== 'OPZET_OF_GROVE_SCHULD';
}
document.getElementById('conclusion').addEventListener('change', toggleFine);

document.getElementById('vaststellen').addEventListener('submit', async ev => {
  ev.preventDefault();
  const v = x => document.getElementById(x).value;
  const lines = x => v(x).split('\n').map(s => s.trim()).filter(Boolean);
  const body = { phase: signal.phase, conclusion: v('conclusion'), reasons: v('reasons'), facts: lines('facts'),
    legalReferences: lines('refs'), priority: signal.phase === 'RELEVANTIE' ? v('priority') : null };
  if (body.conclusion === 'OPZET_OF_GROVE_SCHULD') {
    body.fine = { recoveryCents: Math.round(parseFloat(v('recovery').replace(',', '.')) * 100), percentage: parseInt(v('percentage'), 10),
      previousFineDate: v('previousFineDate') || null, correctedBeforeAware: document.getElementById('corrected').checked,
      reportReference: v('report') || null };
  }
  try {
    await api('signals/' + encodeURIComponent(id) + '/determinations', { method: 'POST', body });
    showMessage('melding', 'Vastgelegd. Een tweede beoordelaar moet de vaststelling nog goedkeuren.');
    ev.target.reset();
    await load();
  } catch (e) { showError('melding', e); }
});

document.getElementById('zienswijzeVragenForm').addEventListener('submit', async ev => {
  ev.preventDefault();
  const v = x => document.getElementById(x).value;
  try {
    await api('signals/' + encodeURIComponent(id) + '/zienswijze-request', { method: 'POST', body: {
      facts: v('zvFacts').split('\n').map(s => s.trim()).filter(Boolean),
      intendedFine: { recoveryCents: Math.round(parseFloat(v('zvRecovery').replace(',', '.')) * 100),
        percentage: parseInt(v('zvPercentage'), 10), correctedBeforeAware: document.getElementById('zvCorrected').checked,
        reportReference: v('zvReport') || null } } });
    showMessage('melding', 'Verzoek om zienswijze verstuurd.');
    await load();
  } catch (e) { showError('melding', e); }
});

document.getElementById('zienswijzeForm').addEventListener('submit', async ev => {
  ev.preventDefault();
  try {
    await api('signals/' + encodeURIComponent(id) + '/zienswijze', { method: 'POST', body: {
      requestedOn: signal.zienswijzeRequest ? null : document.getElementById('requestedOn').value, responded: document.getElementById('responded').checked,
      summary: document.getElementById('summary').value } });
    showMessage('melding', 'Zienswijze vastgelegd.');
    await load();
  } catch (e) { showError('melding', e); }
});

async function load() {
  try {
    signal = await api('signals/' + encodeURIComponent(id));
    render();
    document.dispatchEvent(new CustomEvent('signaal-geladen', { detail: signal }));
  } catch (e) { showError('melding', e); }
  try {
    const diagram = await api('signals/' + encodeURIComponent(id) + '/diagram');
    if (diagram.xml) renderDiagram(document.getElementById('diagram'), diagram.xml, diagram.activeActivityIds || []);
    else document.getElementById('diagram').replaceChildren(el('p', {}, 'Geen procesdiagram beschikbaar.'));
  } catch (e) { document.getElementById('diagram').replaceChildren(el('p', {}, 'Het procesdiagram is niet beschikbaar.')); }
}
await load();
