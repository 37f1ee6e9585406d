export * from './common';
export * from './template';
export * from './clip';
export * from './calendar';
export * from './checklist';
export * from './author';
export * from './settings';
