export { warnOnce } from '../core/dev-warning.js';
