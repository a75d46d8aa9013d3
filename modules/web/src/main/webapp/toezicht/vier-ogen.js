// Vier ogen op de signaalpagina: wie de openstaande vaststelling mag goedkeuren, een waarschuwing
// als niemand dat mag, en voor de opsteller het intrekken van de vaststelling (met reden).
// Het signaal zelf komt van signaal.js (gebeurtenis 'signaal-geladen'): een paginabezoek leest het
// dossier één keer, dus één leesregel in de audittrail.
import { api, el, param } from '/js/app.js';

async function toon(signaal) {
  const doel = document.getElementById('vierOgen');
  const id = param('id');
  if (!doel || !id || !signaal) return;
  let ik;
  try {
    ik = await api('me');
  } catch (e) {
    return;
  }
  const open = (signaal.determinations || []).find(d => d.status === 'AWAITING_APPROVAL');
  if (!open) { doel.hidden = true; return; }
  const mogen = open.eligibleApprovers || [];
  const kinderen = [
    el('h2', { id: 'vierOgenKop' }, 'Wie mag goedkeuren'),
    el('p', {}, mogen.length ? 'Mag deze vaststelling goedkeuren: ' + mogen.join(', ') + '.' : 'Niemand mag deze vaststelling nu goedkeuren.')
  ];
  if (open.noApproverWarningNl) {
    kinderen.push(el('p', { class: 'melding fout', role: 'alert' }, open.noApproverWarningNl));
  }
  if (ik && ik.userName === open.author) {
    const reden = el('textarea', { id: 'intrekReden', required: 'required' });
    const melding = el('p', { role: 'status' });
    kinderen.push(el('form', {
      onsubmit: async ev => {
        ev.preventDefault();
        try {
          await api('signals/' + encodeURIComponent(id) + '/determinations/' + encodeURIComponent(open.id) + '/withdrawal',
            { method: 'POST', body: { reason: reden.value } });
          window.location.reload();
        } catch (e) {
          melding.textContent = e.message;
        }
      }
    },
    el('label', { for: 'intrekReden' }, 'Reden om uw vaststelling in te trekken (verplicht)'),
    reden,
    el('button', { type: 'submit' }, 'Vaststelling intrekken'),
    melding));
  }
  doel.replaceChildren(...kinderen);
  doel.hidden = false;
}

document.addEventListener('signaal-geladen', ev => toon(ev.detail));
