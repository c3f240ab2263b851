// The registry built from the one-line list: every activity keyed by its own id, in id order; the default plan declared.
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_IDS, defaultPlanActivities } from '../../shared/activities/registry';
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
});
