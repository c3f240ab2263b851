// The programme templates shipped with Circletime.
import type { ProgrammeTemplate } from '../template';
import { gettingAlong } from './getting-along';
import { screenTime } from './screen-time';
import { selfConfidence } from './self-confidence';

export const PROGRAMME_TEMPLATES: readonly ProgrammeTemplate[] = [selfConfidence, gettingAlong, screenTime];

export function programmeTemplate(id: string): ProgrammeTemplate | undefined {
  return PROGRAMME_TEMPLATES.find((t) => t.id === id);
}
