export * from './schemas';
export * from './types';
export * from './text';
export * from './ids';
export * from './defaults';
export * from './presets';
export * from './queries';
export * from './integrity';
