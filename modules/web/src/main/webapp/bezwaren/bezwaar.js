import { renderDiagram } from '/js/diagram.js';
import { api, el, frame, formatDate, formatDateTime, param, showError, showMessage } from '/js/app.js';

const id = param('id');
const REQUIREMENTS = { SIGNATURE: 'Handtekening', NAME_AND_ADDRESS: 'Naam en adres', DATE: 'Datum',
  CONTESTED_DECISION: 'Bestreden besluit', GROUNDS: 'Gronden' };
const SKIP = { A_KENNELIJK_NIET_ONTVANKELIJK: 'a. kennelijk niet-ontvankelijk', B_KENNELIJK_ONGEGROND: 'b. kennelijk ongegrond',
  C_AFSTAND_GEDAAN: 'c. afgezien van horen', D_GEEN_REACTIE: 'd. geen reactie op uitnodiging',
  E_VOLLEDIG_TEGEMOETGEKOMEN: 'e. volledig tegemoetgekomen' };
let roles = [];

const field = (label, input) => [el('label', { for: input.id }, label), input];
const input = (id, attrs = {}) => el('input', { id, ...attrs });
const area = id => el('textarea', { id });
const select = (id, options) => el('select', { id }, Object.entries(options).map(([v, l]) => el('option', { value: v }, l)));
const val = id => { const n = document.getElementById(id); return n ? (n.type === 'checkbox' ? n.checked : n.value) : null; };
const lines = id => (val(id) || '').split('\n').map(s => s.trim()).filter(Boolean);

function form(title, children, submit, action) {
  return el('form', { onsubmit: async e => {
    e.preventDefault();
    try { await action(); showMessage('melding', 'Vastgelegd.'); await load(); } catch (err) { showError('melding', err); }
  } }, el('h3', {}, title), children, el('button', { type: 'submit' }, submit));
}

const post = (path, body) => api('objections/' + id + '/' + path, { method: 'POST', body });

function stageForms(c) {
  const works = roles.includes('BEHANDELAAR');
  switch (c.stage) {
    case 'ADMISSIBILITY': return works && form('Ontvankelijkheid beoordelen', [
      el('p', {}, c.timely ? 'Het bezwaar is op tijd.' : 'Het bezwaar is te laat. Leg een verschoonbare reden vast als die er is (art. 6:11 Awb).'),
      el('fieldset', {}, el('legend', {}, 'Wat ontbreekt (art. 6:5 Awb)?'),
        Object.entries(REQUIREMENTS).map(([k, l]) => el('label', {}, el('input', { type: 'checkbox', name: 'missing', value: k, style: 'width:auto' }), ' ' + l))),
      field('Hersteltermijn tot en met (standaard twee weken)', input('repairDueDate', { type: 'date' })),
      c.timely ? null : field('Reden verschoonbaarheid', area('excuseReason'))],
      'Beoordeling vastleggen', () => post('admissibility', {
        missing: [...document.querySelectorAll('input[name=missing]:checked')].map(i => i.value),
        repairDueDate: val('repairDueDate') || null, excuseReason: val('excuseReason') || null }));
    case 'AWAITING_REPAIR': return works && form('Herstel vastleggen', [
      el('p', {}, 'Hersteltermijn tot en met ' + formatDate(c.repairDueDate) + '. Laat de datum leeg als de termijn ongebruikt is verstreken.'),
      field('Hersteld op', input('repairedOn', { type: 'date' }))],
      'Vastleggen', () => post('repair', { repairedOn: val('repairedOn') || null, stillMissing: val('repairedOn') ? [] : null }));
    case 'CONTACT': return works && form('Bezwaarmaker bellen', [
      el('label', {}, el('input', { id: 'reached', type: 'checkbox', style: 'width:auto' }), ' Bereikt'),
      field('Wat is besproken of afgesproken', area('agreement')),
      el('label', {}, el('input', { id: 'resolved', type: 'checkbox', style: 'width:auto' }), ' Opgelost in het gesprek'),
      el('label', {}, el('input', { id: 'withdrawn', type: 'checkbox', style: 'width:auto' }), ' Bezwaar ingetrokken')],
      'Contact vastleggen', () => post('contact', { reached: val('reached'), agreement: val('agreement'), resolved: val('resolved'), withdrawn: val('withdrawn') }));
    case 'HEARING': return works && [
      form('Hoorzitting plannen', [field('Datum en tijd', input('scheduledAt', { type: 'datetime-local' })),
        field('Hoe', select('mode', { OP_LOCATIE: 'Op locatie', TELEFONISCH: 'Telefonisch', VIDEO: 'Video' })),
        field('Adres, telefoonnummer of videolink', input('place')),
        el('label', {}, el('input', { id: 'shortNotice', type: 'checkbox', style: 'width:auto' }), ' Bezwaarmaker stemt in met minder dan een week (art. 7:4 Awb)'),
        field('Hoe en wanneer stemde de bezwaarmaker in', area('shortNoticeNote'))],
        'Plannen en uitnodiging sturen', () => post('hearing', { scheduledAt: val('scheduledAt'), mode: val('mode'), place: val('place'),
          objectorAgreedToShortNotice: val('shortNotice'), shortNoticeNote: val('shortNoticeNote') || null })),
      form('Niet horen (art. 7:3 Awb)', [field('Reden', select('reason', SKIP)), field('Toelichting', area('explanation'))],
        'Vastleggen', () => post('hearing/waiver', { reason: val('reason'), explanation: val('explanation') }))];
    case 'DRAFTING':
      if (c.hearing && !c.hearing.skipReason && !c.hearing.report) {
        return works && form('Verslag hoorzitting', [field('Verslag', area('report'))], 'Verslag vastleggen',
          () => post('hearing/report', { report: val('report') }));
      }
      return works && form('Beslissing op bezwaar opstellen', [
        c.reviewRemarks ? el('p', { class: 'melding waarschuwing' }, 'Opmerkingen beoordelaar: ' + c.reviewRemarks) : null,
        field('Uitkomst', select('outcome', { ONGEGROND: 'Ongegrond', GEGROND: 'Gegrond', GEDEELTELIJK_GEGROND: 'Gedeeltelijk gegrond', NIET_ONTVANKELIJK: 'Niet-ontvankelijk' })),
        field('Motivering', area('reasons')),
        c.stage === 'DRAFTING' && c.timeliness !== 'LATE' ? c.grounds.map((g, i) => el('fieldset', {}, el('legend', {}, 'Grond: ' + g),
          el('label', {}, el('input', { id: 'upheld' + i, type: 'checkbox', style: 'width:auto' }), ' Terecht'),
          field('Antwoord met reden', area('answer' + i)))) : null,
        field('Wettelijke grondslagen (één per regel, bijv. BWBR0018472 art. 16)', area('refs')),
        field('Jurisprudentie (ECLI, één per regel)', area('ecli')),
        field('Nieuw bedrag in euro (leeg als gelijk)', input('newAmount', { inputmode: 'decimal' })),
        el('label', {}, el('input', { id: 'recoveryDropped', type: 'checkbox', style: 'width:auto' }), ' Terugvordering vervalt'),
        field('Nabetaling of terugvordering in euro', input('amountAtStake', { inputmode: 'decimal' })),
        field('Wat verandert er voor de burger', area('effect'))],
        'Beslissing opslaan', () => post('decision', {
          outcome: val('outcome'), reasons: val('reasons'),
          answers: c.grounds.map((g, i) => ({ ground: g, upheld: val('upheld' + i), reasons: val('answer' + i) }))
            .filter(a => a.reasons !== null && a.reasons !== ''),
          legalReferences: lines('refs'), caseLaw: lines('ecli'),
          effect: { newAmount: val('newAmount') || null, recoveryDropped: val('recoveryDropped'), amountAtStake: val('amountAtStake') || null, description: val('effect') } }));
    case 'REVIEW': return roles.includes('VAKTECHNIEK') && form('Beslissing beoordelen (vier ogen)', [
      el('p', {}, 'Opgesteld door ' + c.decision.preparedBy + '. U kunt een beslissing die u zelf opstelde niet beoordelen.'),
      el('label', {}, el('input', { id: 'approved', type: 'checkbox', style: 'width:auto' }), ' Goedgekeurd'),
      field('Opmerkingen (verplicht bij afkeuren)', area('remarks'))],
      'Beoordeling vastleggen', () => post('review', { approved: val('approved'), remarks: val('remarks') }));
    default: return el('p', {}, 'Geen handeling nodig in deze fase.');
  }
}

// Awb 4:18: the penalty is set by decision within two weeks after its last day due (a task in the process).
function penaltyForm(c) {
  const due = c.activeSteps.some(s => s === 'SetPenaltyTask' || s === 'SetPenaltyOpenCaseTask');
  if (!due || !roles.includes('BEHANDELAAR')) return null;
  return form('Dwangsom vaststellen (art. 4:18 Awb)', [
    el('p', {}, 'Berekend: ' + c.penalty.amount + ' (' + c.penalty.fullWeeks + ' volle weken, maximum ' + c.penalty.cap
      + '). Vast te stellen uiterlijk op ' + formatDate(c.penalty.decisionDue) + '.'),
    field('Geen dwangsom omdat het bezwaar (art. 4:17 lid 6 Awb)', select('manifestly', { '': 'niet van toepassing',
      KENNELIJK_NIET_ONTVANKELIJK: 'kennelijk niet-ontvankelijk was', KENNELIJK_ONGEGROND: 'kennelijk ongegrond was' })),
    field('Motivering (verplicht bij kennelijk)', area('penaltyReasons'))],
    'Dwangsom vaststellen', () => post('penalty-decision', { manifestly: val('manifestly') || null, reasons: val('penaltyReasons') || null }));
}

function termForms(c) {
  if (!roles.includes('BEHANDELAAR') || c.stage === 'DECIDED' || c.stage === 'WITHDRAWN') return null;
  return [
    c.extended ? null : form('Verdagen met zes weken (art. 7:10 lid 3 Awb)', [field('Reden', area('extReasons'))], 'Verdagen',
      () => post('extension', { reasons: val('extReasons') })),
    form('Verder uitstel met instemming (art. 7:10 lid 4 Awb)', [field('Nieuwe beslisdatum', input('newDeadline', { type: 'date' })),
      field('Hoe en wanneer stemde de bezwaarmaker in', area('consent'))], 'Uitstel vastleggen',
      () => post('postponement', { newDeadline: val('newDeadline'), consent: val('consent') })),
    form('Ingebrekestelling registreren', [field('Ontvangen op', input('noticeOn', { type: 'date' }))], 'Registreren',
      () => post('notice-of-default', { receivedOn: val('noticeOn') })),
    form('Grond aanvullen', [field('Grond', area('groundText')), field('Ontvangen op', input('groundOn', { type: 'date' })),
      field('Bron', select('groundSource', { WRITTEN: 'Schriftelijk', AFTER_REPAIR: 'Na verzoek om herstel', HEARING: 'Op de hoorzitting' }))],
      'Grond toevoegen', () => post('grounds', { text: val('groundText'), receivedOn: val('groundOn') || null, source: val('groundSource') })),
    form('Intrekking vastleggen', [field('Hoe ingetrokken', select('withdrawChannel', { TELEPHONE: 'Telefonisch (bevestiging per brief)', WRITTEN: 'Schriftelijk' })),
      field('Ontvangen op (verplicht bij schriftelijk)', input('withdrawOn', { type: 'date' })),
      field('Hoe en waarom ingetrokken', area('withdrawReason'))], 'Intrekken',
      () => post('withdrawal', { reason: val('withdrawReason'), channel: val('withdrawChannel'), receivedOn: val('withdrawOn') || null }))];
}

async function load() {
  const c = await api('objections/' + id);
  const dl = (pairs) => el('dl', { class: 'gegevens' }, pairs.filter(p => p[1] !== null && p[1] !== undefined && p[1] !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
  document.querySelector('h1').textContent = 'Bezwaar ' + c.caseNumber;
  document.getElementById('gegevens').replaceChildren(dl([
    ['Zaaknummer', c.caseNumber], ['Burger (BSN)', c.bsn], ['Toeslag', c.benefitType], ['Bestreden besluit', c.contestedType + ' ' + c.contestedReference + ' van ' + formatDate(c.contestedDate)],
    ['Ontvangen', formatDate(c.receivedDate) + ' (' + c.channel + ')'], ['Poststempel', formatDate(c.postmarkDate)],
    ['Tijdig', c.timely ? 'Ja (' + c.timeliness + ')' : 'Nee, te laat'], ['Gronden', c.grounds.join(' | ')],
    ['Fase', c.stage], ['Uitkomst', c.decision && c.decision.outcome], ['Beoordeeld door', c.reviewedBy],
    ['Niet horen', c.hearing && c.hearing.skipStatement], ['Intrekking', c.withdrawalReason]]));
  const stepForms = [stageForms(c), penaltyForm(c)].filter(Boolean);
  document.getElementById('stapInhoud').replaceChildren(
    el('p', { id: 'stapNamen' }, 'Actieve stap(pen) in het proces: ' + (c.activeSteps.filter(s => s.endsWith('Task')).join(', ') || 'geen')),
    ...(stepForms.length ? stepForms : [el('p', {}, 'U heeft geen handeling in deze stap.')]));
  document.getElementById('termijn').replaceChildren(...[dl([
    ['Laatste dag bezwaartermijn', formatDate(c.objectionTermEnd)], ['Uiterste beslisdatum', formatDate(c.decisionDeadline)],
    ['Werkdagen over', c.workingDaysLeft], ['Herinnering', formatDate(c.reminderDate)], ['Escalatie teamleider', formatDate(c.escalationDate)],
    ['Verdaagd', c.extended ? 'Ja' : 'Nee'], ['Ingebrekestelling', formatDate(c.noticeOfDefaultOn)],
    ['Dwangsom', c.penalty.applies ? c.penalty.amount + ' — ' + c.penalty.reason : c.penalty.reason]]),
    c.termChanges.length ? el('ul', {}, c.termChanges.map(t => el('li', {}, t.kind + ': ' + formatDate(t.previousDeadline) + ' → ' + formatDate(t.newDeadline) + ' (' + t.reasons + ')'))) : null,
    termForms(c)].filter(Boolean));
  const diagram = await api('objections/' + id + '/diagram');
  if (diagram.xml) {
    const steps = renderDiagram(document.getElementById('diagram'), diagram.xml, diagram.activeActivityIds)
      .filter(s => s.id.endsWith('Task')).map(s => s.name);
    document.getElementById('stapNamen').textContent = 'Actieve stap(pen) in het proces: ' + (steps.join(', ') || 'geen');
  }
  else document.getElementById('diagram').replaceChildren(el('p', {}, 'Geen procesdiagram beschikbaar.'));
  const letters = await api('objections/' + id + '/letters');
  document.getElementById('brieven').replaceChildren(letters.length ? el('ul', {}, letters.map(l => el('li', {},
    el('a', { href: '/api/objections/' + id + '/letters/' + l.id, download: l.fileName }, l.fileName), ' — ' + formatDateTime(l.createdAt)))) : el('p', {}, 'Nog geen brieven.'));
  try {
    const audit = await api('audit/entries?objectType=OBJECTION&objectId=' + encodeURIComponent(id));
    const entries = Array.isArray(audit) ? audit : (audit.entries || []);
    document.getElementById('tijdlijn').replaceChildren(el('ol', {}, entries.map(e => el('li', {},
      formatDateTime(e.occurredAt) + ' — ' + e.action + ' door ' + e.actor + (e.legalBasis ? ' (' + e.legalBasis + ')' : '') + (e.reasons ? ': ' + e.reasons : '')))));
  } catch (err) {
    document.getElementById('tijdlijn').replaceChildren(el('p', {}, 'De tijdlijn is niet beschikbaar voor uw rol.'));
  }
}

async function main() {
  const me = await frame();
  roles = me.roles.map(r => r.code);
  await load();
}

main().catch(err => showError('melding', err));
