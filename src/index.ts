export * from './core/index.js';
export * from './react/index.js';
export * from './locales/index.js';
export * from './ui/index.js';
