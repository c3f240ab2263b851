// The zh-CN dictionary: its sections typed against the English ones, every activity's words merged in from the registry.
import type { CoreDict, Dict } from '../types';
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
import { activityWords, mergeWords } from '../activity-words';

const core: CoreDict = {
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

export const zhCN: Dict = mergeWords(core, activityWords('zh-CN'));
