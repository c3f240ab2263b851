// Check-in instruments: the data format, validation of instrument files, scoring, and the catalog.
export * from './schema';
export * from './validate';
export * from './score';
export * from './catalog';
export * from './response';
