export * from './codes.js';
export * from './radlabel-error.js';
export * from './skip-reasons.js';
export * from './error-behaviour.js';
