// The English dictionary, assembled from one section per page.
import { common } from './common';
import { consolePage } from './console-page';
import { screenPage } from './screen-page';
import { tabletPage } from './tablet-page';
import { reviewPage } from './review-page';

export const en = { common, consolePage, screenPage, tabletPage, reviewPage };
