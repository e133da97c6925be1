import { LatestStoriesElement } from './latest-stories.js';
import { defineElement } from '../../shared/define.js';

export { LatestStoriesElement };
defineElement('latest-stories', LatestStoriesElement);
