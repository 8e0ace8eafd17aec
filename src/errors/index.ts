export * from './codes.js';
export * from './radlabel-error.js';
