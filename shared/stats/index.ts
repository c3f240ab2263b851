// Pre/post statistics (MEASURES §3): paired t, Wilcoxon signed-rank, reliable change, pairing, descriptives, distributions.
export * from './input';
export * from './notes';
export * from './descriptives';
export * from './distributions';
export * from './special-functions';
export * from './ranks';
export * from './pair-scores';
export * from './paired-t';
export * from './wilcoxon';
export * from './reliable-change';
