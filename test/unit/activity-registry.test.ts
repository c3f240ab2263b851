// The registry built from the one-line list: every activity keyed by its own id, in id order; the default plan declared.
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_IDS, activityEventTypes, defaultPlanActivities, instrumentResponseOf } from '../../shared/activities/registry';
import { CHECKIN_REST } from '../support/event-fixtures';
import { keyedById } from '../../shared/activities/keyed';
import * as LISTED from '../../shared/activities/list';

describe('activity registry', () => {
  it('keys every listed activity by the id it declares, in id order', () => {
    expect(ACTIVITY_IDS).toEqual(
      Object.values(LISTED)
        .map((d) => d.id)
        .sort(),
    );
    for (const id of ACTIVITY_IDS) expect(ACTIVITIES[id].id).toBe(id);
    expect(Object.keys(keyedById({ b: { id: 'zeta' }, a: { id: 'alpha' }, c: { id: 'mid' } }))).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('the one-click default plan is Pass the Star, then Spotlight (their declared places)', () => {
    expect(defaultPlanActivities()).toEqual(['pass-star', 'spotlight']);
  });

  it('reads instrument answers from the one event type that declares them, and from no other', () => {
    const response = { ...CHECKIN_REST, childId: 'c1', status: 'finished' as const, answers: { q1: 'face-3' }, itemScores: { q1: 3 }, total: 3 };
    // Every declared event type is offered the same payload: only the check-in's stored response yields answers.
    const yielding = activityEventTypes().filter(([type]) => instrumentResponseOf(type, response) !== null);
    expect(yielding.map(([type, id]) => `${id}:${type}`)).toEqual(['checkin:checkin.response']);
    expect(instrumentResponseOf('checkin.response', response)).toEqual(response);
    // A stored payload that does not match the declared schema is left out, never guessed at; core events hold none.
    expect(instrumentResponseOf('checkin.response', { ...response, total: 'three' })).toBeNull();
    expect(instrumentResponseOf('session.started', response)).toBeNull();
  });
});
