// Messages on the login page (an external script: the Content-Security-Policy allows no inline script).
const p = new URLSearchParams(location.search);
const box = document.getElementById('melding');
if (p.get('fout')) box.innerHTML = '<div class="melding fout" role="alert">De gebruikersnaam of het wachtwoord is onjuist.</div>';
if (p.get('uitgelogd')) box.innerHTML = '<div class="melding ok" role="status">U bent uitgelogd.</div>';
