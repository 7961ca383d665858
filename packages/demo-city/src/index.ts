export * from './city';
export * from './places';
export * from './rides';
export * from './pace';
