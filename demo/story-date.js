// Relative dates a few seconds, minutes, hours and days away from now, in several languages.
const now = Date.now();
const cases = [
  [-20e3, 'en'],
  [-5 * 60e3, 'en'],
  [-3 * 3600e3, 'fr'],
  [-26 * 3600e3, 'de'],
  [-3 * 86400e3, 'es'],
  [2 * 3600e3 + 60e3, 'pt'],
];
const host = document.getElementById('relative');
for (const [offset, lang] of cases) {
  const p = document.createElement('p');
  const date = document.createElement('story-date');
  date.setAttribute('datetime', new Date(now + offset).toISOString());
  date.setAttribute('locale', lang);
  const code = document.createElement('code');
  code.textContent = `locale="${lang}", ${Math.round(offset / 60e3)} min`;
  p.append(date, code);
  host.append(p);
}
