export * from './report.js';
export * from './ontology.js';
export * from './labels.js';
export * from './image.js';
