// Programme templates: bilingual programmes shipped with Circletime, copied into a group in its language.
import type { ActivityId } from '../activities/registry';
import type { Language } from '../session/roster';
import type { PlanSettings, Programme } from './programme';

export interface Bilingual {
  en: string;
  'zh-CN': string;
}

export interface TemplateRound {
  activity: ActivityId;
  settings: PlanSettings;
  note: Bilingual;
}

export interface TemplateSession {
  title: Bilingual;
  goal: Bilingual;
  rounds: TemplateRound[];
}

export interface ProgrammeTemplate {
  id: string;
  title: Bilingual;
  /** Who it is for and what it aims at, in a sentence or two. */
  summary: Bilingual;
  /** The practice it was built from. */
  basis: Bilingual;
  sessions: TemplateSession[];
}

/** The group's own copy of a template, in the group's language; from then on it is edited freely. */
export function programmeFromTemplate(t: ProgrammeTemplate, lang: Language): Programme {
  return {
    templateId: t.id,
    title: t.title[lang],
    sessions: t.sessions.map((s) => ({
      title: s.title[lang],
      goal: s.goal[lang],
      rounds: s.rounds.map((r) => ({ activity: r.activity, settings: { ...r.settings }, note: r.note[lang] })),
    })),
  };
}

/** A short way to write a round in the template files. */
export function round(activity: ActivityId, settings: PlanSettings, en: string, zh: string): TemplateRound {
  return { activity, settings, note: { en, 'zh-CN': zh } };
}

export function text(en: string, zh: string): Bilingual {
  return { en, 'zh-CN': zh };
}
