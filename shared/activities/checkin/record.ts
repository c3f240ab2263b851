// The check-in's line in the record's group-level section: the instrument's title, how many finished or declined.
import type { RecordLine, RecordRound } from '../activity';
import { count } from '../../metrics/rows';
import type { CheckinSettings } from './settings';

/** The instrument's title in the record's language, from the round's settings (the log keeps the instrument used). */
function instrumentTitle({ settings, lang, records, name }: RecordRound<CheckinSettings>): string {
  const used = (settings as { used?: { title?: Record<string, string>; validation?: Record<string, string> } } | null)?.used;
  const title = used?.title?.[lang] ?? name;
  if (used?.validation?.[lang] !== 'not-a-scale' || !used.title) return title;
  const note = String(records.instrumentNote ?? '');
  return lang === 'zh-CN' ? `${title}（${note}）` : `${title} (${note})`;
}

// Counts only: a child's answers never reach the record.
export function checkinGroupLine(round: RecordRound<CheckinSettings>): RecordLine {
  const m = round.children;
  return {
    words: 'checkinGroup',
    values: {
      title: instrumentTitle(round),
      finished: count(m, (c) => c.checkinsFinished > 0),
      declined: count(m, (c) => c.checkinsDeclined > 0 && c.checkinsFinished === 0),
      present: round.present,
    },
  };
}
