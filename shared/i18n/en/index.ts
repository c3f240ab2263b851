// The English dictionary: one section per page, with every activity's words merged in from the registry.
import { common } from './common';
import { consolePage } from './console-page';
import { consoleStaff } from './console-staff';
import { screenPage } from './screen-page';
import { tabletPage } from './tablet-page';
import { reviewPage } from './review-page';
import { reviewOverview } from './review-overview';
import { reviewReplay } from './review-replay';
import { reviewPrePost } from './review-prepost';
import { reviewReport } from './review-report';
import { records } from './records';
import { caPage } from './ca-page';
import { activityWords, mergeWords, type ActivityWords } from '../activity-words';

/** The generic sections alone: the zh-CN sections are typed against these. */
export const enCore = {
  common,
  consolePage,
  consoleStaff,
  screenPage,
  tabletPage,
  reviewPage,
  reviewOverview,
  reviewReplay,
  reviewPrePost,
  reviewReport,
  records,
  caPage,
};

export const en: typeof enCore & ActivityWords = mergeWords(enCore, activityWords('en') as ActivityWords);
