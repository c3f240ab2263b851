// Participation and turn-taking metrics (MEASURES §2): one pure implementation for the live console and the review.
export { MetricsAccumulator } from './accumulator';
export { coefficientOfVariation, gini, giniNormalized, normalizedEntropy } from './equality';
export { addFollow, followCounts, followEdges, type FollowCounts, type WeightedEdge } from './follows';
export { participation } from './participation';
export { quietChildren, quietChildrenFromSequence, type QuietChild, type QuietInput, type QuietOptions, type QuietReason } from './quiet';
export { equalityReading, majorityHolders, EVEN_BELOW, FAIRLY_EVEN_BELOW, type EqualityCode, type EqualityReading } from './reading';
export { median, RunningMedian } from './running-median';
export { sociogram, type EdgeInput, type ReciprocatedPair, type Sociogram, type SociogramNode } from './sociogram';
export {
  OBSERVATION_TAGS,
  type ChildParticipation,
  type GroupParticipation,
  type MetricEvent,
  type ObservationTag,
  type Participation,
  type ParticipationOptions,
  type RosterInput,
} from './types';
