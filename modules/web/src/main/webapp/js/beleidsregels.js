// Script of /beleidsregels.html (kept out of the page: the Content-Security-Policy allows no inline script).
import { frame, api, el, showError } from '/js/app.js';
await frame();
const filter = document.getElementById('filter');
let policies = [];
// The part of the system that enforces a rule, in plain Dutch: from GET /api/labels (the API gives the module's code).
let parts = {};
function part(p) {
  return (parts[p.context] && parts[p.context].nl) || p.context;
}
function text(p) {
  return [p.name, p.context, part(p), p.guardsNl, p.guardsEn, p.legalBasis, ...p.appliesTo, p.implementation].join(' ').toLowerCase();
}
function show() {
  const words = filter.value.toLowerCase().split(/\s+/).filter(w => w);
  const shown = policies.filter(p => words.every(w => p.text.includes(w)));
  document.getElementById('aantal').textContent = shown.length === policies.length
    ? policies.length + ' regels.' : shown.length + ' van de ' + policies.length + ' regels.';
  document.getElementById('regelrijen').replaceChildren(...shown.map(p => el('tr', {},
    el('td', {}, el('strong', {}, p.name)), el('td', {}, part(p)), el('td', {}, p.guardsNl),
    el('td', {}, p.legalBasis), el('td', {}, p.appliesTo.join('; ')))));
}
try {
  const [catalogue, labels] = await Promise.all([api('policies'), api('labels')]);
  parts = labels.contexts;
  policies = catalogue.policies.map(p => ({ ...p, text: text(p) }));
  show();
} catch (e) { showError('melding', e); }
filter.addEventListener('input', show);
document.getElementById('zoek').addEventListener('submit', e => e.preventDefault());
