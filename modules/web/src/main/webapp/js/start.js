// Script of /index.html (kept out of the page: the Content-Security-Policy allows no inline script).
import { frame, el } from '/js/app.js';
const me = await frame();
document.getElementById('welkom').textContent = 'Welkom, ' + me.userName;
document.getElementById('werk').replaceChildren(...me.navigation.map(i => el('li', {}, el('a', { href: i.href }, i.label))));
