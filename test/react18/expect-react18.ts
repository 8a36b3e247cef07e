import { version } from 'react';
import { version as domVersion } from 'react-dom';

// Runs before every test file of the react18 projects: a missed alias fails them all, loudly.
if (!version.startsWith('18.3.') || !domVersion.startsWith('18.3.')) {
  throw new Error(`A react18 project loaded react ${version} and react-dom ${domVersion}`);
}
