export * from './compose';
export * from './gateway';
