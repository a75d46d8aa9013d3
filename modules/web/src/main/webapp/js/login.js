// The login page (an external script: the Content-Security-Policy allows no inline script).
// A login that did not succeed comes back as this page with an error summary from the server
// (security.LoginPage): the summary takes the focus, and each error about a field is shown at that
// field too (NL Design System form-error pattern). After logging out: a short confirmation.
const summary = document.getElementById('foutoverzicht');
if (summary && summary.querySelector('h2')) {
  for (const link of summary.querySelectorAll('a[data-veld]')) {
    const input = document.getElementById(link.dataset.veld);
    if (!input) continue;
    const message = document.createElement('p');
    message.className = 'veldfout';
    message.id = input.id + '-fout';
    message.textContent = link.textContent;
    input.before(message);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', message.id);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.focus();
    });
  }
  summary.focus();
} else if (new URLSearchParams(location.search).get('uitgelogd')) {
  const box = document.getElementById('melding');
  const ok = document.createElement('div');
  ok.className = 'melding ok';
  ok.setAttribute('role', 'status');
  ok.textContent = 'U bent uitgelogd.';
  box.append(ok);
}
