// Demo-only script for csp.html: counts the page's CSP violations, watches the payload canary, and sets the
// live date. It is a module file, not inline: the page's script-src has no 'unsafe-inline'.

// Registered before the elements load (they are imported below), so nothing they do goes uncounted.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} ${event.blockedURI || 'inline'}`);
  report();
});

const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
document.getElementById('policy').textContent = (policy ?? '').split(/;\s*/).join(';\n');

/** The status line: how many violations so far, and whether any payload ran. */
function report() {
  const status = document.getElementById('csp-status');
  const ran = window.__xss !== undefined;
  const ok = violations.length === 0 && !ran;
  status.classList.toggle('ok', ok);
  status.classList.toggle('failed', !ok);
  status.textContent = ok
    ? 'No CSP violation reported on this page, and no payload ran.'
    : `${violations.length} CSP violation(s)${ran ? `, and a payload ran (${window.__xss})` : ''}: ${violations.join(', ')}`;
}

// A live relative date: static HTML cannot say "a few minutes ago".
document.getElementById('live-date').setAttribute('datetime', new Date(Date.now() - 4 * 60e3).toISOString());

await import('../../src/index.ts');
report();
// Images load and fail (the hostile `missing.png`) a little later: look again once they have.
window.addEventListener('load', () => setTimeout(report, 500));
