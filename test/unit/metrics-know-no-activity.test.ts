// The metrics module derives everything from the activities' declarations: no activity id or event type is named in it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_IDS, activityEventTypes } from '../../shared/activities/registry';
import { REPO } from '../support/test-server';

const METRICS_DIR = join(REPO, 'shared/metrics');

describe('metrics and activities', () => {
  it('no file of shared/metrics names an activity or one of its event types', () => {
    const names = [...ACTIVITY_IDS, ...activityEventTypes().map(([type]) => type)];
    const files = readdirSync(METRICS_DIR).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => {
      const text = readFileSync(join(METRICS_DIR, f), 'utf8');
      return names.filter((n) => text.includes(`'${n}'`) || text.includes(`"${n}"`) || text.includes(`\`${n}\``)).map((n) => `${f}: ${n}`);
    });
    expect(found).toEqual([]);
  });

  it('every event type an activity says something about is one it declares', () => {
    for (const id of ACTIVITY_IDS) {
      const def = ACTIVITIES[id] as unknown as { events: Record<string, unknown>; participation: Record<string, unknown> };
      for (const type of Object.keys(def.participation)) expect(Object.keys(def.events), `${id}: ${type}`).toContain(type);
    }
  });
});
