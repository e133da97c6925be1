// The page's only module script. The suite runs inside runTests (mocha's globals exist only from then on);
// it is not inline because the page's script-src has no 'unsafe-inline'.
import { runTests } from '@web/test-runner-mocha';

runTests(async () => {
  await import('./strict-csp-suite.js');
});
