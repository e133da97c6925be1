// A classic script, loaded (not inline: the page's script-src has no 'unsafe-inline') before any module, so
// every CSP violation of strict-csp.test.html is collected from the start, including ones that happen while
// the page is still being parsed.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(
    `${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sample}`.trim(),
  );
});
