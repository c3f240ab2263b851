// What the middle of the star circle says for a view, as words (the scene draws them, the mirror lists them).
import type { PassStarScreen } from '../../../../shared/activities/pass-star/views';
import { fill, type Dict } from '../../../../shared/i18n';

export interface PromptLines {
  name: string;
  prompt: string;
  hint: string;
}

/** What the middle says for this view: the holder's name, their prompt, and who threw the star if asked. */
export function promptLines(view: PassStarScreen, t: Dict['screenPage']): PromptLines {
  const p = t.passStar;
  const holder = view.circle.find((c) => c.childId === view.holder);
  // The holder's tablet dropped out of the circle: the star waits calmly for them or someone else.
  if (!holder) return { name: '', prompt: view.holder === null ? p.whoFirst : p.waiting, hint: '' };
  const thrower = view.circle.find((c) => c.childId === view.thrower);
  if (view.prompt === 'none' || (view.prompt === 'say-thrower' && !thrower))
    return { name: '', prompt: fill(p.hasTheStar, { name: holder.nickname }), hint: '' };
  const hint = view.prompt === 'say-thrower' && thrower ? fill(p.cameFrom, { name: thrower.nickname }) : '';
  return { name: holder.nickname, prompt: p.prompts[view.prompt], hint };
}
