// Vastgelopen signalen (intensief toezicht) voor de teamleider: een vaststelling die niemand mag
// goedkeuren (vier ogen), of die langer dan de toegestane werkdagen op goedkeuring wacht.
import { api, el, formatDateTime } from '/js/app.js';

const FASEN = {
  RELEVANTIE: 'Relevantie', RECHTMATIGHEID: 'Rechtmatigheid', OPZET_GROVE_SCHULD: 'Opzet of grove schuld',
  UITKOMST: 'Uitkomst'
};

async function toon() {
  const doel = document.getElementById('vastgelopen');
  if (!doel) return;
  let lijst;
  try {
    lijst = await api('signals/stuck');
  } catch (e) {
    doel.replaceChildren(el('p', {}, e.message));
    return;
  }
  if (!lijst.length) {
    doel.replaceChildren(el('p', {}, 'Geen vastgelopen signalen.'));
    return;
  }
  doel.replaceChildren(el('table', {},
    el('thead', {}, el('tr', {}, ['Signaal', 'Fase', 'Opgesteld door', 'Sinds', 'Mag goedkeuren', 'Waarom vastgelopen']
      .map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, lijst.map(s => el('tr', {},
      el('td', {}, s.bsnMasked),
      el('td', {}, FASEN[s.phase] || s.phase),
      el('td', {}, s.author),
      el('td', {}, formatDateTime(s.authoredAt)),
      el('td', {}, s.eligibleApprovers && s.eligibleApprovers.length ? s.eligibleApprovers.join(', ') : 'niemand'),
      el('td', {}, s.reasonNl))))));
}

toon();
