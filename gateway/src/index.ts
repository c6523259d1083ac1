export * from './compose';
export * from './gateway';
export { LIVE_IDENTITY_CACHE_MS } from './live-identity';
export { StaffTokenCheck } from './auth';
