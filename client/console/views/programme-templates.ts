// The programme templates the server ships (loaded once per page) and how the console labels them.
import { api } from '../../common/api';
import { lang, t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import type { ProgrammeTemplateInfo } from '../../../shared/api/schemas';
import type { ActivityId } from '../../../shared/activities/registry';
import { consoleActivity } from '../activities';
import { activityName } from '../activities/names';
import type { ConsoleActivity } from '../activities/types';

let cached: Promise<ProgrammeTemplateInfo[]> | null = null;

/** Templates never change while the server runs, so one request serves every form on the page. */
export function loadTemplates(): Promise<ProgrammeTemplateInfo[]> {
  if (!cached) {
    cached = api<ProgrammeTemplateInfo[]>('GET', '/programme-templates');
    // A failed load (server briefly down) must not stick: the next form asks again.
    cached.catch(() => (cached = null));
  }
  return cached;
}

export function templateLabel(tpl: ProgrammeTemplateInfo): string {
  return fill(t().consolePage.programme.templateOption, { title: tpl.title[lang()], n: tpl.sessions.length });
}

/**
 * An activity's console module, or null: a programme may name an activity this console build has no
 * controls for yet (a newer server), and the programme must still show and save.
 */
export function activityModule(id: ActivityId): ConsoleActivity<unknown> | null {
  return (consoleActivity(id) as ConsoleActivity<unknown> | undefined) ?? null;
}

export function safeActivityName(id: ActivityId): string {
  return activityName(id) ?? id;
}

export function settingsSummary(id: ActivityId, settings: Record<string, unknown>): string[] {
  return activityModule(id)?.summary(settings) ?? [];
}
