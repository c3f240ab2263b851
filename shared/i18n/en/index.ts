// The English dictionary, assembled from one section per page.
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

export const en = { common, consolePage, consoleStaff, screenPage, tabletPage, reviewPage, reviewOverview, reviewReplay, reviewPrePost, reviewReport, records, caPage };
