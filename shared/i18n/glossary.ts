// The product's fixed terms in both languages (see glossary.md): one word per idea, checked by test/unit/glossary.test.ts.

/** Each term: its English and Chinese words, and the words it replaces (never to appear in that language). */
export const GLOSSARY = {
  checkIn: { en: 'check-in', 'zh-CN': '小问答', notZh: ['签到', '打卡'] },
  dailyCheckIn: { en: 'daily check-in', 'zh-CN': '每日小问答', notZh: ['每日签到'] },
  instrument: { en: 'questionnaire', 'zh-CN': '问卷', notZh: ['量表问答'] },
  programme: { en: 'programme', 'zh-CN': '方案', notZh: ['课程'], notEn: ['program '] },
  /** Staff-facing pages (console, review, reports, terminal). */
  facilitator: { en: 'facilitator', 'zh-CN': '带领者', notZh: ['主持人', '带领老师', '辅导员'] },
  /** Children-facing pages (tablet, shared screen): the same person, in a child's words. */
  leaderForChildren: { en: 'group leader', 'zh-CN': '老师', notZh: ['带领老师'] },
  session: { en: 'session', 'zh-CN': '活动', notZh: [] },
  round: { en: 'round', 'zh-CN': '轮', notZh: [] },
  group: { en: 'group', 'zh-CN': '小组', notZh: [] },
  /** Staff-facing pages; children's pages say 数字 / "the number" (on the big screen). */
  joinCode: { en: 'join code', 'zh-CN': '加入码', notZh: ['加入代码', '邀请码'] },
} as const;
